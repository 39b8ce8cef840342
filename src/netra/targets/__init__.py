"""Netra targets domain."""
