"""The reference judge: which findings a correct scan must produce for an accepted event.

It is deliberately independent of how events were generated: it reads only what the bundle
says (declared accounts, target rows, election stages, the event itself) plus one hidden label
per event, the target whose support the event's own words express. That label is the only
thing a text detector has to recover; everything else follows from the rules below.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

WIB = timezone(timedelta(hours=7), "WIB")

ENGAGEMENT_RULE = "id.skb2022.engagement"
CAMPAIGN_RULE = "id.skb2022.campaign"
ENGAGEMENT_CATEGORY = "political.engagement"
CAMPAIGN_CATEGORY = "political.campaign"

ENGAGE_ACTIONS = frozenset({"like", "comment", "reply", "share", "quote", "follow", "join"})
CAMPAIGN_ACTIONS = frozenset({"post", "comment", "reply", "quote"})
WINDOWED_KINDS = frozenset({"candidate", "campaign_team"})


@dataclass(frozen=True, slots=True)
class _Row:
    """One declared account (key = nip) or target account (key = target_id)."""

    key: str
    user_id: str


class _AccountIndex:
    """Match an (platform, user_id, handle) triple the way the spec prescribes.

    By (platform, user_id) when both sides have a user_id; by (platform, handle) only when
    the row or the event lacks one. Two different user_ids never match, even with one handle.
    """

    def __init__(self) -> None:
        self._by_uid: dict[tuple[str, str], _Row] = {}
        self._by_handle: dict[tuple[str, str], _Row] = {}

    def add(self, key: str, platform: str, handle: str, user_id: str) -> None:
        """Register a row; empty strings mean unknown."""
        row = _Row(key, user_id)
        if user_id:
            self._by_uid[(platform, user_id)] = row
        if handle:
            self._by_handle[(platform, handle.lower())] = row

    def match(self, platform: str, user_id: str | None, handle: str | None) -> str | None:
        """The matched row's key, or None."""
        if user_id:
            hit = self._by_uid.get((platform, user_id))
            if hit is not None:
                return hit.key
        if handle:
            hit = self._by_handle.get((platform, handle.lower()))
            if hit is not None and (not user_id or not hit.user_id):
                return hit.key
        return None


def parse_when(value: str) -> datetime:
    """An ISO 8601 timestamp; without offset it is Asia/Jakarta (the bundle timezone)."""
    dt = datetime.fromisoformat(value)
    return dt if dt.tzinfo is not None else dt.replace(tzinfo=WIB)


class Judge:
    """Computes expected engagement and campaign findings for accepted events."""

    def __init__(self) -> None:
        self._employees = _AccountIndex()
        self._targets = _AccountIndex()
        self._kind: dict[str, str] = {}
        self._election: dict[str, str] = {}
        self._stages: dict[str, list[tuple[date, date]]] = {}
        self._windows: dict[str, tuple[datetime, datetime]] = {}

    # -- loading, from the rows as written to the bundle (rejected rows are never added)

    def add_account(self, nip: str, platform: str, handle: str, user_id: str) -> None:
        """A row of accounts.csv."""
        self._employees.add(nip, platform, handle, user_id)

    def add_target(
        self, target_id: str, kind: str, election_id: str, platform: str, handle: str, user_id: str
    ) -> None:
        """A row of targets.csv."""
        self._kind[target_id] = kind
        self._election[target_id] = election_id
        if platform and (handle or user_id):
            self._targets.add(target_id, platform, handle, user_id)

    def add_stage(self, election_id: str, starts_on: str, ends_on: str) -> None:
        """A row of elections.csv."""
        self._stages.setdefault(election_id, []).append(
            (date.fromisoformat(starts_on), date.fromisoformat(ends_on))
        )
        self._windows.pop(election_id, None)

    def window(self, election_id: str) -> tuple[datetime, datetime]:
        """[start, end) of an election's neutrality window, as aware datetimes."""
        w = self._windows.get(election_id)
        if w is None:
            stages = self._stages[election_id]
            lo = min(s for s, _ in stages)
            hi = max(e for _, e in stages)
            # Inclusive end date: everything before the next midnight, Asia/Jakarta.
            w = (
                datetime.combine(lo, time(0), WIB),
                datetime.combine(hi + timedelta(days=1), time(0), WIB),
            )
            self._windows[election_id] = w
        return w

    def kind_of(self, target_id: str) -> str:
        """The kind of a target."""
        return self._kind[target_id]

    def in_window(self, target_id: str, occurred_at: str | None) -> bool:
        """True when the time is known and inside the target's election window."""
        if occurred_at is None:
            return False
        eid = self._election.get(target_id, "")
        if not eid:
            return False
        lo, hi = self.window(eid)
        return lo <= parse_when(occurred_at) < hi

    def target_of_account(
        self, platform: str, user_id: str | None, handle: str | None
    ) -> str | None:
        """The target whose account this is, if any."""
        return self._targets.match(platform, user_id, handle)

    def attribute(self, platform: str, user_id: str | None, handle: str | None) -> str | None:
        """The NIP of the declared account an actor matches, or None."""
        return self._employees.match(platform, user_id, handle)

    # -- judging

    def judge(self, ev: dict[str, Any], support: str | None) -> list[dict[str, Any]]:
        """Expected findings for one accepted event; `support` is the hidden text label."""
        action = ev["action"]
        platform = ev["platform"]
        out: list[dict[str, Any]] = []
        engaged: str | None = None
        if action in ENGAGE_ACTIONS:
            tgt = ev.get("target") or {}
            tid = self._targets.match(platform, tgt.get("author_user_id"), tgt.get("author_handle"))
            if tid is not None:
                kind = self._kind[tid]
                if kind == "party" or (
                    kind in WINDOWED_KINDS and self.in_window(tid, ev["occurred_at"])
                ):
                    engaged = tid
        campaigned: str | None = None
        if support is not None and action in CAMPAIGN_ACTIONS:
            kind = self._kind[support]
            if kind == "party" or (
                kind in WINDOWED_KINDS and self.in_window(support, ev["occurred_at"])
            ):
                campaigned = support
        if engaged is None and campaigned is None:
            return out
        actor = ev["actor"]
        uid, handle = actor.get("user_id"), actor.get("handle")
        if self._targets.match(platform, uid, handle) is not None:
            # A political actor's own account acting is not an employee's breach.
            if campaigned is not None:
                raise AssertionError(f"campaign label on a target account: {ev['event_id']}")
            return out
        nip = self._employees.match(platform, uid, handle)
        if engaged is not None:
            out.append(
                {
                    "category": ENGAGEMENT_CATEGORY,
                    "rule_id": ENGAGEMENT_RULE,
                    "event_id": ev["event_id"],
                    "nip": nip,
                    "target_id": engaged,
                }
            )
        if campaigned is not None:
            out.append(
                {
                    "category": CAMPAIGN_CATEGORY,
                    "rule_id": CAMPAIGN_RULE,
                    "event_id": ev["event_id"],
                    "nip": nip,
                    "target_id": campaigned,
                }
            )
        return out
