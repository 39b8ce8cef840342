"""Netra synth domain."""
