"""Netra accounts domain."""
