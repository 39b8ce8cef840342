"""Netra web domain."""
