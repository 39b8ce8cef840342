"""political.engagement: liking, commenting, sharing, following or joining a political target.

Set-oriented: one DuckDB query joins every event with the target accounts, the election windows
and the stages; no Python runs per event.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from netra.detect.context import DetectContext, not_target_actor_joins
from netra.detect.registry import Draft
from netra.rules.loader import LoadedRule
from netra.rules.schemas import Strict

Action = Literal["post", "comment", "reply", "share", "quote", "like", "follow", "join"]
Kind = Literal["candidate", "party", "campaign_team", "official"]
When = Literal["election_window", "always"]

VERBS = {
    "like": "liked/reacted to",
    "comment": "commented on",
    "reply": "replied to",
    "share": "shared",
    "quote": "quoted",
    "follow": "followed",
    "join": "joined",
    "post": "posted about",
}


class EngagementCondition(Strict):
    """Which actions on which kinds of target, and when they count."""

    actions: list[Action] = Field(min_length=1)
    target_kinds: dict[Kind, When] = Field(min_length=1)


def match_target_sql(prefix: str = "e") -> str:
    """Join condition of an event's target with a target account `ta`.

    user_id is the stable key; a handle decides only where one side has no user_id, because
    a handle can pass from one account to another.
    """
    e = prefix
    return f"""ta.platform = {e}.platform AND (
        (ta.user_id IS NOT NULL AND (ta.user_id = {e}.target_author_user_id
            OR ({e}.action = 'join' AND ta.user_id = {e}.target_post_id)))
        OR (ta.handle IS NOT NULL AND ta.handle = {e}.target_author_handle
            AND (ta.user_id IS NULL OR {e}.target_author_user_id IS NULL)))"""


def actor_is_target_sql(prefix: str = "e") -> str:
    """True when the actor is itself a target's account (a political actor, not an employee)."""
    e = prefix
    return f"""EXISTS (SELECT 1 FROM target_accounts x WHERE x.platform = {e}.platform AND (
        (x.user_id IS NOT NULL AND x.user_id = {e}.actor_user_id)
        OR (x.handle IS NOT NULL AND x.handle = {e}.actor_handle
            AND (x.user_id IS NULL OR {e}.actor_user_id IS NULL))))"""


def matched_targets_sql(actions: str) -> str:
    """CTEs ending in ``matched``: each event with these actions (a SQL list) and each target
    account its target matches by `match_target_sql`, the actor not being a target.

    The same pairs as a join on `match_target_sql`, as three joins on equal keys: DuckDB runs
    that join on the platform alone and tests the OR on every (event, account) pair of it.
    """
    cols = (
        "e.event_id, e.action, e.platform, e.occurred_at, e.target_post_id, ta.target_id, "
        "ta.user_id AS ta_user_id, ta.handle AS ta_handle"
    )
    return f"""engaged AS MATERIALIZED (
        SELECT e.event_id, e.action, e.platform, e.occurred_at, e.target_post_id,
               e.target_author_user_id, e.target_author_handle
        FROM events e {not_target_actor_joins()} WHERE e.action IN ({actions})
    ), matched AS (
        SELECT {cols} FROM engaged e JOIN target_accounts ta
            ON ta.platform = e.platform AND ta.user_id = e.target_author_user_id
        UNION
        SELECT {cols} FROM engaged e JOIN target_accounts ta
            ON ta.platform = e.platform AND ta.user_id = e.target_post_id
            WHERE e.action = 'join'
        UNION
        SELECT {cols} FROM engaged e JOIN target_accounts ta
            ON ta.platform = e.platform AND ta.handle = e.target_author_handle
            AND (ta.user_id IS NULL OR e.target_author_user_id IS NULL)
    )"""


class EngagementDetector:
    """Detector plugin `engagement`."""

    name = "engagement"
    label = "Engagement with a political target's account or post"
    condition_model = EngagementCondition

    def run(self, ctx: DetectContext, rules: list[LoadedRule]) -> list[Draft]:
        """Apply each engagement rule with one query."""
        drafts: list[Draft] = []
        for loaded in rules:
            rule = loaded.rule
            cond = EngagementCondition.model_validate(rule.condition)
            actions = ", ".join(f"'{a}'" for a in cond.actions)
            kinds = ", ".join(f"'{k}'" for k in cond.target_kinds)
            always = [k for k, w in cond.target_kinds.items() if w == "always"]
            always_sql = ", ".join(f"'{k}'" for k in always) or "NULL"
            sql = f"""
            WITH {matched_targets_sql(actions)}, hits AS (
                SELECT m.event_id, m.action, m.platform, m.occurred_at, m.target_post_id,
                       t.target_id, t.name AS target_name, t.kind, t.election_id,
                       m.ta_user_id, m.ta_handle
                FROM matched m JOIN targets t ON t.target_id = m.target_id
                WHERE t.kind IN ({kinds})
            ), timed AS (
                SELECT h.*, w.name AS election_name, w.starts_on, w.ends_on,
                       (h.kind IN ({always_sql})) AS any_time
                FROM hits h LEFT JOIN windows w ON w.election_id = h.election_id
                WHERE h.kind IN ({always_sql})
                   OR (h.occurred_at IS NOT NULL AND h.occurred_at >= w.start_ts
                       AND h.occurred_at < w.end_ts)
            ), staged AS (
                SELECT t.*, (SELECT s.stage FROM stages s
                             WHERE s.election_id = t.election_id
                               AND t.occurred_at >= s.start_ts AND t.occurred_at < s.end_ts
                             ORDER BY s.starts_on DESC LIMIT 1) AS stage
                FROM timed t
            )
            SELECT event_id, action, platform, target_id, target_name, kind, election_name,
                   starts_on, ends_on, any_time, stage, ta_user_id, ta_handle, target_post_id
            FROM staged
            QUALIFY row_number() OVER (
                PARTITION BY event_id
                ORDER BY CASE kind WHEN 'candidate' THEN 0 WHEN 'campaign_team' THEN 1 ELSE 2 END,
                         target_id) = 1
            """
            for (
                event_id,
                action,
                platform,
                target_id,
                target_name,
                kind,
                election_name,
                starts_on,
                ends_on,
                any_time,
                stage,
                ta_user_id,
                ta_handle,
                post_id,
            ) in ctx.con.execute(sql).fetchall():
                what = (
                    "account" if action == "follow" else ("group" if action == "join" else "post")
                )
                who = f"{kind.replace('_', ' ')} {target_name} ({target_id})"
                if any_time:
                    when = f"a {kind.replace('_', ' ')} is political at any time"
                else:
                    when = (
                        f"inside the neutrality window of {election_name} "
                        f"({starts_on} to {ends_on}, stage: {stage or 'between stages'})"
                    )
                severity = (
                    rule.severity_by_stage.get(stage, rule.severity) if stage else rule.severity
                )
                handle = f"@{ta_handle}" if ta_handle else f"user {ta_user_id}"
                drafts.append(
                    Draft(
                        rule_id=rule.id,
                        event_id=event_id,
                        target_id=target_id,
                        severity=severity,
                        explanation=(
                            f"The account {VERBS.get(action, action)} {what} of the {who}, "
                            f"{handle} on {platform}; {when}."
                        ),
                        evidence={
                            "target_account": {
                                "platform": platform,
                                "user_id": ta_user_id,
                                "handle": ta_handle,
                            },
                            "target_post_id": post_id,
                            "stage": stage,
                        },
                    )
                )
        return drafts
