"""Netra audit domain."""
