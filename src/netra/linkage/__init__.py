"""Netra linkage domain."""
