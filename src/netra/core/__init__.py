"""Netra core domain."""
