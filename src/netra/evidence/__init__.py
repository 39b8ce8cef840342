"""Netra evidence domain."""
