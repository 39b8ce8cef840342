"""Review queue: grouping, risk order, scope, decisions, QC sampling."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from netra.cases.models import Case
from netra.core.config import Workspace
from netra.core.db import Database, utcnow
from netra.core.errors import NotFoundError, ValidationError
from netra.detect.models import Finding
from netra.review import service
from netra.review.models import ReviewItem
from netra.review.schemas import QueueFilters
from netra.users.service import PermissionDeniedError
from webfactories import NIP_A1, NIP_A2, People, add_finding, days_ago, seed_roster, seed_users


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    """A workspace with the roster and users."""
    database = Database(Workspace.at(tmp_path / "ws"))
    seed_roster(database)
    yield database
    database.dispose()


@pytest.fixture
def people(db: Database) -> People:
    """Users of every role."""
    return seed_users(db)


def _items(db: Database) -> list[ReviewItem]:
    with db.session() as s:
        return list(s.scalars(select(ReviewItem).order_by(ReviewItem.id)))


def test_same_person_target_rule_is_one_item_with_n_events(db: Database) -> None:
    for _ in range(3):
        add_finding(db, nip=NIP_A1, target_id="02")
    add_finding(db, nip=NIP_A1, target_id="03")
    add_finding(db, nip=NIP_A1, target_id="02", rule_id="id.other", category="hoax")
    add_finding(db, nip=None, handle="anon", user_id="5")
    add_finding(db, nip=None, handle="anon", user_id="5")
    assert service.sync_queue(db) == 7
    items = _items(db)
    assert sorted(i.n_findings for i in items) == [1, 1, 2, 3]
    big = next(i for i in items if i.n_findings == 3)
    assert (big.nip, big.target_id, big.agency_code, big.region_code) == (
        NIP_A1,
        "02",
        "A1",
        "17.06",
    )
    unlinked = next(i for i in items if i.nip is None)
    assert unlinked.n_findings == 2 and unlinked.agency_code is None
    assert service.sync_queue(db) == 0  # idempotent


def test_later_findings_join_the_open_item_and_a_new_one_after_a_decision(
    db: Database, people: People
) -> None:
    add_finding(db, nip=NIP_A1)
    service.sync_queue(db)
    add_finding(db, nip=NIP_A1)
    service.sync_queue(db)
    (item,) = _items(db)
    assert item.n_findings == 2
    service.decide(
        db, principal=people.admin, item_ids=[item.id], decision="dismiss", reason="bukan"
    )
    add_finding(db, nip=NIP_A1)
    service.sync_queue(db)
    items = _items(db)
    assert [i.status for i in items] == ["dismissed", "open"]


def test_queue_is_ordered_by_severity_confidence_and_recency(db: Database, people: People) -> None:
    add_finding(db, nip=NIP_A1, severity="ringan", target_id="t1", occurred_at=days_ago(1))
    add_finding(db, nip=NIP_A1, severity="berat", target_id="t2", occurred_at=days_ago(1))
    add_finding(db, nip=NIP_A1, severity="berat", target_id="t3", occurred_at=days_ago(60))
    add_finding(
        db,
        nip=NIP_A1,
        severity="berat",
        target_id="t4",
        occurred_at=days_ago(1),
        link_probability=0.4,
    )
    service.sync_queue(db)
    page = service.list_queue(db, principal=people.admin, filters=QueueFilters())
    assert [r.target_id for r in page.rows] == ["t2", "t4", "t1", "t3"]
    assert page.rows[0].risk > page.rows[-1].risk
    now = utcnow()
    later = service.risk_score(service.risk_key(severity="berat", confidence=1, at=now), now=now)
    assert later == pytest.approx(90.0)


def test_risk_ordering_does_not_depend_on_when_it_is_read() -> None:
    now = utcnow()
    a = service.risk_key(severity="berat", confidence=0.5, at=now - timedelta(days=3))
    b = service.risk_key(severity="ringan", confidence=1.0, at=now)
    for later in (now, now + timedelta(days=400)):
        sa, sb = service.risk_score(a, now=later), service.risk_score(b, now=later)
        assert (sa > sb) == (a > b) or sa == sb == 0.0


def test_filters_and_scope(db: Database, people: People) -> None:
    add_finding(db, nip=NIP_A1, platform="x")
    add_finding(db, nip=NIP_A2, platform="facebook", category="hoax", rule_id="id.hoax")
    add_finding(db, nip=None)
    service.sync_queue(db)

    def ids(principal: object, **kw: object) -> list[str | None]:
        page = service.list_queue(db, principal=principal, filters=QueueFilters(**kw))  # type: ignore[arg-type]
        return sorted(r.agency_code or "-" for r in page.rows)

    assert ids(people.admin) == ["-", "A1", "A2"]
    assert ids(people.analyst) == ["A1"]  # region prefix 17
    assert ids(people.analyst_a2) == ["A2"]
    assert ids(people.auditor) == ["-", "A1", "A2"]
    assert ids(people.admin, category="hoax") == ["A2"]
    assert ids(people.admin, platform="x") == ["-", "A1"]
    assert ids(people.admin, agency="A1") == ["A1"]
    from datetime import date

    assert ids(people.admin, date_from=date(2024, 1, 6)) == []
    with pytest.raises(PermissionDeniedError):
        service.list_queue(db, principal=people.ppk1, filters=QueueFilters())
    other = next(i for i in _items(db) if i.agency_code == "A2")
    with pytest.raises(NotFoundError):
        service.get_item(db, principal=people.analyst, item_id=other.id)


def test_confirm_opens_a_case_and_marks_findings(db: Database, people: People) -> None:
    add_finding(db, nip=NIP_A1, severity="sedang", target_id="a")
    add_finding(db, nip=NIP_A1, severity="berat", target_id="b")
    service.sync_queue(db)
    ids = [i.id for i in _items(db)]
    with pytest.raises(ValidationError):
        service.decide(db, principal=people.analyst, item_ids=ids, decision="confirm", reason="")
    cases = service.decide(
        db, principal=people.analyst, item_ids=ids, decision="confirm", reason="jelas"
    )
    assert len(cases) == 1
    with db.session() as s:
        case = s.get_one(Case, cases[0])
        assert case.nip == NIP_A1 and case.state == "opened" and case.proposed_tier == "berat"
        assert set(s.scalars(select(Finding.status))) == {"confirmed"}
    with pytest.raises(service.ReviewStateError):
        service.decide(
            db, principal=people.analyst, item_ids=ids, decision="dismiss", reason="lagi"
        )


def test_unlinked_items_cannot_be_confirmed_and_auditors_cannot_decide(
    db: Database, people: People
) -> None:
    add_finding(db, nip=None)
    service.sync_queue(db)
    (item,) = _items(db)
    with pytest.raises(ValidationError, match="not linked"):
        service.decide(
            db, principal=people.admin, item_ids=[item.id], decision="confirm", reason="yakin"
        )
    with pytest.raises(PermissionDeniedError):
        service.decide(
            db, principal=people.auditor, item_ids=[item.id], decision="dismiss", reason="yakin"
        )


def test_claims_escalation_and_reopen(db: Database, people: People) -> None:
    add_finding(db, nip=NIP_A1)
    service.sync_queue(db)
    (item,) = _items(db)
    service.claim(db, principal=people.analyst, item_id=item.id)
    with pytest.raises(service.ReviewStateError):
        service.claim(db, principal=people.analyst2, item_id=item.id)
    service.assign(db, principal=people.admin, item_id=item.id, assignee_id=people.analyst2.id)
    page = service.list_queue(db, principal=people.analyst2, filters=QueueFilters(mine=True))
    assert [r.id for r in page.rows] == [item.id]
    service.decide(
        db, principal=people.analyst2, item_ids=[item.id], decision="escalate", reason="ragu"
    )
    service.reopen(db, principal=people.admin, item_id=item.id, reason="cek lagi")
    service.add_note(db, principal=people.admin, item_id=item.id, text="catatan")
    detail = service.get_item(db, principal=people.admin, item_id=item.id)
    assert detail.row.status == "open" and detail.notes[0][2] == "catatan"


def test_qc_sampling_needs_a_second_person(db: Database, people: People) -> None:
    for t in range(10):
        add_finding(db, nip=NIP_A1, target_id=f"t{t}")
    service.sync_queue(db)
    ids = [i.id for i in _items(db)]
    service.decide(
        db, principal=people.analyst, item_ids=ids, decision="dismiss", reason="tidak relevan"
    )
    n = service.sample_for_qc(db, principal=people.admin, rate=0.2, seed=1)
    assert n == 2
    pending = service.qc_pending(db, principal=people.admin)
    assert len(pending) == 2
    with pytest.raises(service.ReviewStateError, match="someone other"):
        service.qc_review(db, principal=people.analyst, item_id=pending[0].id, agree=True, note="")
    service.qc_review(db, principal=people.analyst2, item_id=pending[0].id, agree=True, note="ok")
    service.qc_review(
        db, principal=people.analyst2, item_id=pending[1].id, agree=False, note="harus dicek"
    )
    statuses = {i.id: (i.status, i.qc_state) for i in _items(db)}
    assert statuses[pending[0].id] == ("dismissed", "agreed")
    assert statuses[pending[1].id] == ("open", "disagreed")
    assert service.sample_for_qc(db, principal=people.admin, rate=1.0) == 8


def test_overdue_verification_items(db: Database, people: People) -> None:
    add_finding(db, nip=NIP_A1)
    service.sync_queue(db)
    with db.session() as s:
        item = s.scalars(select(ReviewItem)).one()
        assert item.due_at - item.created_at == timedelta(days=service.VERIFICATION_DAYS)
        item.due_at = utcnow() - timedelta(hours=1)
    rows = service.overdue_items(db, principal=people.admin)
    assert [r.overdue for r in rows] == [True]
