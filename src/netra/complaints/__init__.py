"""Netra complaints domain: reports from the public, with a ticket to follow."""
