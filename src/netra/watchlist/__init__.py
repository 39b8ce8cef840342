"""Netra watchlist domain: editors for targets, keywords, elections, claims, documents."""
