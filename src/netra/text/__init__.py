"""Netra text domain."""
