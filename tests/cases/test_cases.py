"""Cases: the workflow to closure, four eyes, deadlines, scope, appeal."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from netra.audit.service import verify
from netra.cases import service
from netra.cases.models import Case
from netra.core.config import Workspace
from netra.core.db import Database, utcnow
from netra.core.errors import NotFoundError, ValidationError
from netra.review import service as review
from netra.review.models import ReviewItem
from netra.users.service import PermissionDeniedError
from webfactories import NIP_A1, NIP_A2, People, add_finding, seed_roster, seed_users


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


def _open_case(db: Database, people: People, nip: str = NIP_A1, severity: str = "sedang") -> int:
    add_finding(db, nip=nip, severity=severity)
    review.sync_queue(db)
    with db.session() as s:
        item_id = s.scalar(
            select(ReviewItem.id).where(ReviewItem.nip == nip, ReviewItem.status == "open")
        )
    assert item_id is not None
    (case_id,) = review.decide(
        db, principal=people.admin, item_ids=[item_id], decision="confirm", reason="terbukti"
    )
    return case_id


def _state(db: Database, case_id: int) -> Case:
    with db.session() as s:
        return s.get_one(Case, case_id)


def test_full_workflow_to_closure_with_four_eyes(db: Database, people: People) -> None:
    cid = _open_case(db, people, severity="berat")
    case = _state(db, cid)
    assert case.state == "opened" and case.proposed_tier == "berat" and case.due_kind == "review"
    assert case.number.startswith("KASUS-")

    service.request_clarification(
        db, principal=people.analyst, case_id=cid, question="Mohon klarifikasi unggahan ini."
    )
    assert _state(db, cid).due_kind == "clarification"
    with pytest.raises(service.CaseStateError, match="may still answer"):
        service.recommend(db, principal=people.analyst, case_id=cid, tier="berat", note="x" * 5)
    service.answer_clarification(
        db, principal=people.employee, case_id=cid, answer="Saya tidak sengaja menyukai."
    )
    service.recommend(db, principal=people.analyst, case_id=cid, tier="sedang", note="ringankan")
    service.send_to_ppk(db, principal=people.analyst, case_id=cid)
    case = _state(db, cid)
    assert case.state == "sent_to_ppk" and case.due_kind == "ppk_follow_up"
    assert case.due_at is not None and case.sent_to_ppk_at is not None
    assert case.due_at - case.sent_to_ppk_at == timedelta(days=service.PPK_FOLLOW_UP_DAYS)

    with pytest.raises(PermissionDeniedError):
        service.record_decision(
            db,
            principal=people.analyst,
            case_id=cid,
            tier="sedang",
            decree_number="800/1",
            decree_date=date.today(),
        )
    with pytest.raises(NotFoundError):  # another agency's PPK cannot even see it
        service.record_decision(
            db,
            principal=people.ppk2,
            case_id=cid,
            tier="sedang",
            decree_number="800/1",
            decree_date=date.today(),
        )
    service.record_decision(
        db,
        principal=people.ppk1,
        case_id=cid,
        tier="sedang",
        decree_number="800/123/BKPSDM/2024",
        decree_date=date.today(),
    )
    service.propose_close(db, principal=people.analyst, case_id=cid, note="sanksi dijatuhkan")
    with pytest.raises(service.FourEyesError):
        service.close(db, principal=people.analyst, case_id=cid)
    service.close(db, principal=people.analyst2, case_id=cid, note="setuju")
    case = _state(db, cid)
    assert (case.state, case.closed_by, case.close_proposed_by) == (
        "closed",
        "user:analis2",
        "user:analis",
    )
    assert case.due_at is None
    detail = service.get_case(db, principal=people.admin, case_id=cid)
    kinds = [e["kind"] for e in detail.events]
    assert kinds == [
        "opened",
        "findings_attached",
        "clarification_requested",
        "clarification_answered",
        "recommendation",
        "sent_to_ppk",
        "ppk_decision",
        "close_proposed",
        "closed",
    ]
    mine = service.get_case(db, principal=people.employee, case_id=cid)
    assert {e["actor"] for e in mine.events} == {"petugas", "user:pegawai"}  # staff stay unnamed
    assert mine.case["closed_by"] is None and not mine.actions
    with db.session() as s:
        assert verify(s).entries > 10  # every step is in the audit chain


def test_recommend_after_the_clarification_deadline_passes_unanswered(
    db: Database, people: People
) -> None:
    cid = _open_case(db, people)
    service.request_clarification(db, principal=people.admin, case_id=cid, question="Jelaskan.")
    with db.session() as s:
        s.get_one(Case, cid).due_at = utcnow() - timedelta(minutes=1)
    assert "recommend" in service.get_case(db, principal=people.admin, case_id=cid).actions
    service.recommend(db, principal=people.admin, case_id=cid, tier="ringan", note="tidak menjawab")
    assert _state(db, cid).state == "recommendation"


def test_no_sanction_closes_without_the_ppk_and_reject_goes_back(
    db: Database, people: People
) -> None:
    cid = _open_case(db, people)
    service.request_clarification(db, principal=people.admin, case_id=cid, question="Jelaskan.")
    service.answer_clarification(db, principal=people.employee, case_id=cid, answer="Akun palsu.")
    service.recommend(db, principal=people.admin, case_id=cid, tier="none", note="bukan dia")
    with pytest.raises(service.CaseStateError):
        service.send_to_ppk(db, principal=people.admin, case_id=cid)
    service.propose_close(db, principal=people.admin, case_id=cid, note="tutup")
    service.reject_close(db, principal=people.analyst, case_id=cid, note="periksa lagi")
    assert _state(db, cid).state == "recommendation"
    service.propose_close(db, principal=people.analyst, case_id=cid, note="tutup")
    service.close(db, principal=people.admin, case_id=cid)
    assert _state(db, cid).state == "closed"


def test_appeal_and_decision_on_appeal(db: Database, people: People) -> None:
    cid = _open_case(db, people)
    service.request_clarification(db, principal=people.admin, case_id=cid, question="Jelaskan.")
    service.answer_clarification(db, principal=people.employee, case_id=cid, answer="Maaf.")
    service.recommend(db, principal=people.admin, case_id=cid, tier="berat", note="berat")
    service.send_to_ppk(db, principal=people.admin, case_id=cid)
    service.record_decision(
        db,
        principal=people.ppk1,
        case_id=cid,
        tier="berat",
        decree_number="1/2024",
        decree_date=date.today(),
    )
    assert "file_appeal" in service.get_case(db, principal=people.employee, case_id=cid).actions
    service.file_appeal(db, principal=people.employee, case_id=cid, note="Saya keberatan.")
    assert _state(db, cid).due_kind == "appeal"
    service.record_decision(
        db,
        principal=people.ppk1,
        case_id=cid,
        tier="sedang",
        decree_number="2/2024",
        decree_date=date.today(),
    )
    case = _state(db, cid)
    assert (case.state, case.decision_tier, case.decree_number) == (
        "ppk_decision",
        "sedang",
        "2/2024",
    )
    kinds = [e["kind"] for e in service.get_case(db, principal=people.admin, case_id=cid).events]
    assert kinds[-2:] == ["appeal", "appeal_decision"]


def test_scope_of_cases(db: Database, people: People) -> None:
    c1 = _open_case(db, people, nip=NIP_A1)
    c2 = _open_case(db, people, nip=NIP_A2)
    rows, _ = service.list_cases(db, principal=people.ppk1, state=None)
    assert [r.id for r in rows] == [c1]
    rows, _ = service.list_cases(db, principal=people.ppk2, state=None)
    assert [r.id for r in rows] == [c2]
    rows, _ = service.list_cases(db, principal=people.employee, state=None)
    assert [r.id for r in rows] == [c1]
    for who, case_id in (
        (people.ppk1, c2),
        (people.ppk2, c1),
        (people.employee, c2),
        (people.analyst_a2, c1),
    ):
        with pytest.raises(NotFoundError):
            service.get_case(db, principal=who, case_id=case_id)
    service.request_clarification(db, principal=people.admin, case_id=c2, question="Jelaskan.")
    with pytest.raises(NotFoundError):
        service.answer_clarification(db, principal=people.employee, case_id=c2, answer="bukan saya")
    with pytest.raises(PermissionDeniedError):
        service.request_clarification(db, principal=people.auditor, case_id=c1, question="Halo.")


def test_one_open_case_per_employee_collects_confirmed_items(db: Database, people: People) -> None:
    c1 = _open_case(db, people, severity="ringan")
    add_finding(db, nip=NIP_A1, target_id="other", severity="berat")
    review.sync_queue(db)
    with db.session() as s:
        item_id = s.scalar(select(ReviewItem.id).where(ReviewItem.status == "open"))
    assert review.decide(
        db, principal=people.admin, item_ids=[item_id or 0], decision="confirm", reason="ya benar"
    ) == [c1]
    assert _state(db, c1).proposed_tier == "berat"


def test_overdue_views_and_working_days(db: Database, people: People) -> None:
    friday = datetime(2024, 1, 5, 9, tzinfo=UTC)
    assert service.add_working_days(friday, 3) == datetime(2024, 1, 10, 9, tzinfo=UTC)
    cid = _open_case(db, people)
    assert service.list_cases(db, principal=people.admin, overdue=True)[0] == []
    with db.session() as s:
        s.get_one(Case, cid).due_at = utcnow() - timedelta(days=1)
    rows, _ = service.list_cases(db, principal=people.admin, overdue=True)
    assert [r.id for r in rows] == [cid] and rows[0].overdue
    assert service.case_counts(db, principal=people.admin)["overdue"] == 1


def test_validation(db: Database, people: People) -> None:
    cid = _open_case(db, people)
    with pytest.raises(ValidationError):
        service.request_clarification(db, principal=people.admin, case_id=cid, question="")
    with pytest.raises(service.CaseStateError):
        service.send_to_ppk(db, principal=people.admin, case_id=cid)
    with pytest.raises(NotFoundError):
        service.get_case(db, principal=people.admin, case_id=999)
