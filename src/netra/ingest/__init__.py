"""Netra ingest domain."""
