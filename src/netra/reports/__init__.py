"""Netra reports domain."""
