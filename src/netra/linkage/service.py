"""Linkage: which employee, if any, is behind the account that acted in an event.

v0 knows declared (and reviewer-confirmed) accounts: by (platform, user_id), falling back to
(platform, handle) only where one side has no user_id. An event that resolves to two different
employees is left unattributed: a wrong name is worse than none.
"""

from __future__ import annotations

import duckdb


def link_events_sql(events: str = "events") -> str:
    """SQL giving (event_id, nip, link_method, link_probability) for linked events of `events`."""
    return f"""
    WITH by_uid AS (
        SELECT e.event_id, a.nip, a.link_method, a.link_probability
        FROM {events} e JOIN accounts a
          ON a.platform = e.platform AND a.user_id = e.actor_user_id
    ), by_handle AS (
        SELECT e.event_id, a.nip, a.link_method, a.link_probability
        FROM {events} e JOIN accounts a
          ON a.platform = e.platform AND a.handle = e.actor_handle
         AND (a.user_id IS NULL OR e.actor_user_id IS NULL)
        WHERE e.event_id NOT IN (SELECT event_id FROM by_uid)
    ), candidates AS (
        SELECT * FROM by_uid UNION ALL SELECT * FROM by_handle
    )
    SELECT event_id, any_value(nip) AS nip,
           min(link_method) AS link_method, min(link_probability) AS link_probability
    FROM candidates GROUP BY event_id HAVING count(DISTINCT nip) = 1
    """


def link_events(con: duckdb.DuckDBPyConnection, events: str, out: str = "event_links") -> None:
    """Create table `out` with the link of every linkable event of `events`."""
    con.execute(f"CREATE OR REPLACE TEMP TABLE {out} AS {link_events_sql(events)}")
