"""Connectors: plugins that turn real sources (exports, screenshots, APIs, CSV) into records."""
