"""Netra self-service domain: employees declare accounts, ask permission, answer."""
