"""account.unapproved: activity from an account that needed prior permission and lacks it."""

from __future__ import annotations

from pydantic import Field

from netra.detect.context import DetectContext
from netra.detect.engagement import Action
from netra.detect.registry import Draft
from netra.rules.loader import LoadedRule
from netra.rules.schemas import Strict

ALL_ACTIONS: list[Action] = ["post", "comment", "reply", "share", "quote", "like", "follow", "join"]


class UnapprovedCondition(Strict):
    """Which activity counts as using the account."""

    actions: list[Action] = Field(default_factory=lambda: list(ALL_ACTIONS), min_length=1)


class UnapprovedAccountDetector:
    """Detector plugin `unapproved_account`: `approved` in accounts.csv is false or empty."""

    name = "unapproved_account"
    needs_links = True  # a probable link makes an account the employee's too
    label = "Activity from an employee account used without prior permission"
    condition_model = UnapprovedCondition

    def run(self, ctx: DetectContext, rules: list[LoadedRule]) -> list[Draft]:
        """Join each event with the employee account it came from (same keys as linkage)."""
        drafts: list[Draft] = []
        for loaded in rules:
            cond = UnapprovedCondition.model_validate(loaded.rule.condition)
            actions = ", ".join(f"'{a}'" for a in cond.actions)
            rows = ctx.con.execute(
                f"""WITH hits AS (
                    SELECT e.event_id, a.platform, coalesce(a.handle, a.user_id) AS account,
                           a.approved, a.nip
                    FROM events e JOIN accounts a ON a.platform = e.platform AND (
                        a.user_id = e.actor_user_id
                        OR (a.handle = e.actor_handle
                            AND (a.user_id IS NULL OR e.actor_user_id IS NULL)))
                    WHERE e.action IN ({actions})
                )
                SELECT event_id, any_value(platform), any_value(account), any_value(approved)
                FROM hits GROUP BY event_id
                HAVING count(DISTINCT nip) = 1 AND NOT bool_or(coalesce(approved, false))
                ORDER BY event_id"""
            ).fetchall()
            for event_id, platform, account, approved in rows:
                state = "refused (approved = false)" if approved is False else "never given"
                drafts.append(
                    Draft(
                        rule_id=loaded.rule.id,
                        event_id=event_id,
                        target_id=None,
                        severity=loaded.rule.severity,
                        explanation=(
                            f"Activity from the employee's {platform} account {account}, for "
                            f"which prior permission was {state}."
                        ),
                        evidence={"account": account, "approved": approved},
                    )
                )
        return drafts
