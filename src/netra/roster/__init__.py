"""Netra roster domain."""
