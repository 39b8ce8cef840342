"""Netra cases domain."""
