"""Netra users domain: accounts of people who use the web app, roles, sessions and scope."""
