"""Netra cli domain."""
