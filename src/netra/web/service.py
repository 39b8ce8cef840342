"""Dashboard figures, computed in SQL over the review queue and cases, cached per scope."""

from __future__ import annotations

import threading
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Date, cast, func, select

from netra.cases.models import Case
from netra.cases.service import PPK_FOLLOW_UP_DAYS
from netra.core.db import Database, utcnow
from netra.review.models import ReviewItem
from netra.review.service import UNDECIDED
from netra.roster.models import Agency
from netra.targets.models import Election, ElectionStage
from netra.users.schemas import Principal
from netra.users.service import require
from netra.web.charts import week_start

# Figures may be this old (weekly trends, not a live feed); a stale entry is served while one
# thread recomputes it. A national table takes seconds to aggregate: see docs/performance.md.
CACHE_TTL = 300.0


@dataclass(frozen=True, slots=True)
class Dashboard:
    """Everything the dashboard page shows."""

    computed_at: datetime
    findings_by_week: dict[date, int]
    cases_by_week: dict[date, int]
    by_category: list[tuple[str, int]]
    by_agency: list[tuple[str, int]]
    by_region: list[tuple[str, int]]
    by_platform: list[tuple[str, int]]
    queue: dict[str, int]
    cases: dict[str, int]
    overdue_cases: int
    overdue_items: int
    sent_to_ppk: int
    decided: int
    decided_on_time: int
    stages: list[tuple[date, date, str, str]] = field(default_factory=list)

    @property
    def findings_total(self) -> int:
        """Findings in scope."""
        return sum(n for _, n in self.by_category)

    @property
    def followup_rate(self) -> float | None:
        """Share of recommendations sent to a PPK that the PPK decided."""
        return self.decided / self.sent_to_ppk if self.sent_to_ppk else None

    @property
    def ontime_rate(self) -> float | None:
        """Share of recommendations decided within the follow-up deadline."""
        return self.decided_on_time / self.sent_to_ppk if self.sent_to_ppk else None


def _day(db: Database, col: Any) -> Any:
    # SQLite keeps datetimes as ISO text; date() reads them. PostgreSQL casts.
    if db.engine.dialect.name == "sqlite":
        return func.date(col)
    return cast(col, Date)


def _as_date(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def compute_dashboard(db: Database, *, principal: Principal) -> Dashboard:
    """The dashboard's figures for this principal's scope (uncached)."""
    item_scope = principal.clause(ReviewItem.agency_code, ReviewItem.region_code)
    case_scope = principal.clause(Case.agency_code, Case.region_code)
    now = utcnow()
    with db.session() as session:

        def grouped(col: Any, *, limit: int | None = None) -> list[tuple[str, int]]:
            total = func.sum(ReviewItem.n_findings)
            stmt = select(col, total).where(item_scope).group_by(col).order_by(total.desc())
            if limit:
                stmt = stmt.limit(limit)
            return [
                (str(k) if k is not None else "—", int(n or 0)) for k, n in session.execute(stmt)
            ]

        day = _day(db, ReviewItem.first_at)
        weekly: dict[date, int] = defaultdict(int)
        for d, n in session.execute(
            select(day, func.sum(ReviewItem.n_findings)).where(item_scope).group_by(day)
        ):
            if d is not None:
                weekly[week_start(_as_date(d))] += int(n or 0)
        cday = _day(db, Case.opened_at)
        cases_weekly: dict[date, int] = defaultdict(int)
        for d, n in session.execute(select(cday, func.count()).where(case_scope).group_by(cday)):
            if d is not None:
                cases_weekly[week_start(_as_date(d))] += int(n)
        agencies = dict(session.execute(select(Agency.code, Agency.name)).all())
        by_agency = [
            (agencies.get(code, code), n) for code, n in grouped(ReviewItem.agency_code, limit=12)
        ]
        queue = {
            str(s): int(n)
            for s, n in session.execute(
                select(ReviewItem.status, func.count())
                .where(item_scope)
                .group_by(ReviewItem.status)
            )
        }
        cases = {
            str(s): int(n)
            for s, n in session.execute(
                select(Case.state, func.count()).where(case_scope).group_by(Case.state)
            )
        }
        overdue_cases = session.scalar(
            select(func.count())
            .select_from(Case)
            .where(case_scope, Case.due_at.is_not(None), Case.due_at < now)
        )
        overdue_items = session.scalar(
            select(func.count())
            .select_from(ReviewItem)
            .where(item_scope, ReviewItem.status.in_(UNDECIDED), ReviewItem.due_at < now)
        )
        sent = session.execute(
            select(Case.sent_to_ppk_at, Case.decided_at).where(
                case_scope, Case.sent_to_ppk_at.is_not(None)
            )
        ).all()
        limit = timedelta(days=PPK_FOLLOW_UP_DAYS)
        decided = [(s, d) for s, d in sent if s is not None and d is not None]
        on_time = [(s, d) for s, d in decided if d - s <= limit]
        stages = [
            (s.starts_on, s.ends_on, s.stage, f"{name}: {s.stage}")
            for s, name in session.execute(
                select(ElectionStage, Election.name).join(
                    Election, Election.election_id == ElectionStage.election_id
                )
            )
        ]
        return Dashboard(
            computed_at=now,
            findings_by_week=dict(sorted(weekly.items())),
            cases_by_week=dict(sorted(cases_weekly.items())),
            by_category=grouped(ReviewItem.category),
            by_agency=by_agency,
            by_region=grouped(ReviewItem.region_code, limit=12),
            by_platform=grouped(ReviewItem.platform),
            queue=queue,
            cases=cases,
            overdue_cases=int(overdue_cases or 0),
            overdue_items=int(overdue_items or 0),
            sent_to_ppk=len(sent),
            decided=len(decided),
            decided_on_time=len(on_time),
            stages=stages,
        )


class _Cache:
    """Per-scope cache: fresh entries served, stale ones served while one thread refreshes."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._entries: dict[tuple[Any, ...], tuple[float, Dashboard]] = {}
        self._busy: dict[tuple[Any, ...], threading.Lock] = {}

    def get(self, key: tuple[Any, ...], compute: Callable[[], Dashboard]) -> Dashboard:
        with self._lock:
            entry = self._entries.get(key)
            busy = self._busy.setdefault(key, threading.Lock())
        now = time.monotonic()
        if entry is not None and now - entry[0] < CACHE_TTL:
            return entry[1]
        if entry is not None:
            if busy.acquire(blocking=False):
                threading.Thread(
                    target=self._refresh, args=(key, compute, busy), daemon=True
                ).start()
            return entry[1]
        with busy:  # single flight: concurrent first requests wait for one computation
            with self._lock:
                entry = self._entries.get(key)
            if entry is not None:
                return entry[1]
            value = compute()
            with self._lock:
                self._entries[key] = (time.monotonic(), value)
            return value

    def _refresh(
        self, key: tuple[Any, ...], compute: Callable[[], Dashboard], busy: threading.Lock
    ) -> None:
        try:
            value = compute()
            with self._lock:
                self._entries[key] = (time.monotonic(), value)
        finally:
            busy.release()

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


_caches: dict[int, _Cache] = {}


def dashboard(db: Database, *, principal: Principal, fresh: bool = False) -> Dashboard:
    """The dashboard for this principal's scope, at most CACHE_TTL seconds old."""
    require(principal, "dashboard.read")
    if fresh:
        return compute_dashboard(db, principal=principal)
    cache = _caches.setdefault(id(db), _Cache())
    key = (principal.is_global, principal.agencies, principal.regions)
    return cache.get(key, lambda: compute_dashboard(db, principal=principal))


def invalidate(db: Database) -> None:
    """Forget cached figures (after a write that the user expects to see at once)."""
    cache = _caches.get(id(db))
    if cache is not None:
        cache.clear()
