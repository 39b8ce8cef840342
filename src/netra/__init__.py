"""Netra: civil-servant social-media conduct monitoring, from signal to sanction decision."""

__version__ = "0.1.0"
