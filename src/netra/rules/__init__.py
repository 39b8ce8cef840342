"""Netra rules domain."""
