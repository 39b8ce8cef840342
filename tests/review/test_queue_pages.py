"""Queue pages of scoped users (one index walk per agency and region code) match a plain sort."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import insert, select

from netra.core.config import Workspace
from netra.core.db import Database
from netra.review import service
from netra.review.models import ReviewItem
from netra.review.schemas import QueueFilters
from netra.users.schemas import Principal
from webfactories import seed_roster, seed_users

REGIONS = ("17", "17.06", "17.07", "17.07.01", "17.1", "170.01", "18.01", None)
AGENCIES = ("A1", "A2", "A3", None)
STATUSES = ("open", "open", "escalated", "dismissed")


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    """Items spread over agencies, region codes (some outside prefix 17), statuses."""
    database = Database(Workspace.at(tmp_path / "ws"))
    seed_roster(database)
    me = seed_users(database).analyst.id
    rng = random.Random(7)
    start = datetime(2024, 1, 1, tzinfo=UTC)
    rows = []
    for i in range(1, 801):
        latest = start + timedelta(hours=rng.randrange(24 * 60))
        rows.append(
            {
                "id": i,
                "group_key": f"{i:064x}",
                "nip": None,
                "account_key": f"x:akun{i}",
                "platform": rng.choice(("x", "facebook")),
                "target_id": None,
                "rule_id": "id.r",
                "category": rng.choice(("hoax", "political.campaign")),
                "severity": "berat",
                "agency_code": rng.choice(AGENCIES),
                "region_code": rng.choice(REGIONS),
                "status": rng.choice(STATUSES),
                "assignee_id": rng.choice((None, None, me)),
                "n_findings": 1,
                "first_at": latest,
                "latest_at": latest,
                "confidence": 1.0,
                # Ties on purpose: the id decides among equal risks.
                "risk_key": float(rng.randrange(40)),
                "created_at": latest,
                "due_at": latest + timedelta(days=7),
            }
        )
    with database.engine.begin() as conn:
        conn.execute(insert(ReviewItem), rows)
    yield database
    database.dispose()


def _expected(db: Database, p: Principal, f: QueueFilters, limit: int, offset: int) -> list[int]:
    with db.session() as s:
        items = list(s.scalars(select(ReviewItem)))
    keep = [
        i
        for i in items
        if p.sees(i.agency_code, i.region_code)
        and (f.status is None or i.status == f.status)
        and (f.category is None or i.category == f.category)
        and (f.platform is None or i.platform == f.platform)
        and (f.date_from is None or i.latest_at.date() >= f.date_from)
        and (f.date_to is None or i.latest_at.date() <= f.date_to)
        and (not f.mine or i.assignee_id == p.id)
    ]
    keep.sort(key=lambda i: (-i.risk_key, i.id))
    return [i.id for i in keep[offset : offset + limit]]


@pytest.mark.parametrize(
    ("agencies", "regions"),
    [((), ("17",)), (("A1", "A3"), ()), (("A2",), ("17", "17.07")), ((), ("17.07", "18"))],
)
@pytest.mark.parametrize(
    "filters",
    [
        QueueFilters(status="open"),
        QueueFilters(status="escalated", category="hoax"),
        QueueFilters(status="open", platform="x", date_from=date(2024, 1, 20)),
        QueueFilters(status="open", date_to=date(2024, 2, 10), mine=True),
        QueueFilters(status=None),
    ],
)
def test_scoped_pages_equal_a_plain_sort(
    db: Database, agencies: tuple[str, ...], regions: tuple[str, ...], filters: QueueFilters
) -> None:
    with db.session() as s:
        me = s.scalar(select(ReviewItem.assignee_id).where(ReviewItem.assignee_id.is_not(None)))
    assert me is not None
    p = Principal(
        id=me,
        username="a",
        display_name="A",
        role="analyst",
        agencies=agencies,
        regions=regions,
    )
    for limit, offset in ((25, 0), (25, 25), (10, 40), (50, 0)):
        page = service.list_queue(db, principal=p, filters=filters, limit=limit, offset=offset)
        want = _expected(db, p, filters, limit + 1, offset)
        assert [r.id for r in page.rows] == want[:limit]
        assert page.more == (len(want) > limit)
