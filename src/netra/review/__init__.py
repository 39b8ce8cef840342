"""Netra review domain."""
