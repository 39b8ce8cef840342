"""Netra detect domain."""
