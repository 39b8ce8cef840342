"""Cases: clarification, recommendation, PPK decision, appeal, four-eyes closing, deadlines."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from netra.cases.models import Case, CaseEvent, Clarification
from netra.cases.schemas import TIER_RANK, TIERS, CaseDetail, CaseRow
from netra.core.db import Database, utcnow
from netra.core.errors import NetraError, NotFoundError, ValidationError
from netra.review.models import ReviewItem
from netra.roster.models import Employee
from netra.users.schemas import Principal
from netra.users.service import PermissionDeniedError, require

# Deadlines (calendar days unless "working"): see docs/web.md, "Deadlines".
CLARIFICATION_DAYS = 7
REVIEW_WORKING_DAYS = 3
PPK_FOLLOW_UP_DAYS = 14
APPEAL_DAYS = 14
CLOSING_DAYS = 7
DUE: dict[str, tuple[str, int, bool]] = {
    # state: (deadline kind, length, working days?)
    "opened": ("review", REVIEW_WORKING_DAYS, True),
    "clarification_requested": ("clarification", CLARIFICATION_DAYS, False),
    "clarification_answered": ("review", REVIEW_WORKING_DAYS, True),
    "recommendation": ("send_to_ppk", REVIEW_WORKING_DAYS, True),
    "sent_to_ppk": ("ppk_follow_up", PPK_FOLLOW_UP_DAYS, False),
    "appeal": ("appeal", APPEAL_DAYS, False),
    "ppk_decision": ("closing", CLOSING_DAYS, False),
    "close_proposed": ("four_eyes", REVIEW_WORKING_DAYS, True),
}
OPEN_STATES = tuple(s for s in DUE)


class CaseStateError(NetraError):
    """The case is not in a state that allows this step."""

    exit_code = 2
    http_status = 409


class FourEyesError(CaseStateError):
    """Closing needs a second person: the closer proposed the closing themselves."""


def add_working_days(start: datetime, days: int) -> datetime:
    """`start` plus `days` working days (Monday–Friday; public holidays are not modelled)."""
    at = start
    left = days
    while left > 0:
        at += timedelta(days=1)
        if at.weekday() < 5:
            left -= 1
    return at


def _set_state(case: Case, state: str, now: datetime) -> None:
    case.state = state
    case.updated_at = now
    if state in DUE:
        kind, length, working = DUE[state]
        case.due_kind = kind
        case.due_at = add_working_days(now, length) if working else now + timedelta(days=length)
    else:
        case.due_kind = None
        case.due_at = None


def _event(
    session: Session, case: Case, *, actor: str, kind: str, note: str | None, **data: Any
) -> None:
    session.add(
        CaseEvent(case_id=case.id, at=utcnow(), actor=actor, kind=kind, note=note, data=data)
    )


def _max_tier(tiers: Iterable[str | None]) -> str | None:
    known = [t for t in tiers if t in TIER_RANK]
    return max(known, key=lambda t: TIER_RANK[t]) if known else None


def open_case(session: Session, *, nip: str, actor: str, reason: str) -> Case:
    """The employee's open case, or a new one (one open case per employee)."""
    case = session.scalar(
        select(Case).where(Case.nip == nip, Case.state != "closed").order_by(Case.id).limit(1)
    )
    if case is not None:
        return case
    emp = session.scalar(select(Employee).where(Employee.nip == nip))
    if emp is None:
        raise NotFoundError(f"no employee with NIP {nip}")
    now = utcnow()
    case = Case(
        number="pending",
        nip=nip,
        agency_code=emp.agency_code,
        region_code=emp.region_code,
        state="opened",
        opened_at=now,
        opened_by=actor,
        updated_at=now,
    )
    _set_state(case, "opened", now)
    session.add(case)
    session.flush()
    case.number = f"KASUS-{now.year}-{case.id:06d}"
    _event(session, case, actor=actor, kind="opened", note=reason)
    return case


def attach_items(session: Session, *, items: list[ReviewItem], actor: str) -> list[int]:
    """Attach confirmed review items to their employees' open cases (opening them as needed)."""
    touched: dict[int, Case] = {}
    for item in items:
        if item.nip is None:
            raise ValidationError(f"item {item.id} has no employee")
        case = open_case(session, nip=item.nip, actor=actor, reason="temuan dikonfirmasi")
        item.case_id = case.id
        touched[case.id] = case
        _event(
            session,
            case,
            actor=actor,
            kind="findings_attached",
            note=item.reason,
            item_id=item.id,
            rule_id=item.rule_id,
            n_findings=item.n_findings,
        )
    session.flush()
    for case in touched.values():
        severities = session.scalars(
            select(ReviewItem.severity).where(
                ReviewItem.case_id == case.id, ReviewItem.status == "confirmed"
            )
        )
        case.proposed_tier = _max_tier(severities)
        case.updated_at = utcnow()
    return sorted(touched)


def _scoped_case(session: Session, principal: Principal, case_id: int) -> Case:
    case = session.get(Case, case_id)
    if case is None:
        raise NotFoundError(f"no case {case_id}")
    if principal.role == "employee":
        visible = principal.nip is not None and case.nip == principal.nip
    else:
        visible = principal.can("cases.read") and principal.sees(case.agency_code, case.region_code)
    if not visible:  # out of scope reads exactly like missing
        raise NotFoundError(f"no case {case_id}")
    return case


def _expect(case: Case, *states: str) -> None:
    if case.state not in states:
        raise CaseStateError(
            f"case {case.number} is {case.state}; this step needs {' or '.join(states)}"
        )


def _note(note: str | None, *, required: bool = True) -> str | None:
    text = (note or "").strip()
    if required and len(text) < 3:
        raise ValidationError("a note is required (at least 3 characters)")
    return text or None


def request_clarification(
    db: Database, *, principal: Principal, case_id: int, question: str
) -> None:
    """Ask the employee for a clarification (deadline: CLARIFICATION_DAYS)."""
    require(principal, "cases.write")
    question = _note(question) or ""
    with db.session(actor=principal.actor) as session:
        case = _scoped_case(session, principal, case_id)
        _expect(case, "opened", "clarification_answered")
        now = utcnow()
        _set_state(case, "clarification_requested", now)
        session.add(
            Clarification(
                case_id=case.id,
                question=question,
                asked_by=principal.actor,
                asked_at=now,
                due_at=case.due_at or now,
            )
        )
        _event(session, case, actor=principal.actor, kind="clarification_requested", note=question)


def answer_clarification(db: Database, *, principal: Principal, case_id: int, answer: str) -> None:
    """The employee answers the open clarification of their own case."""
    require(principal, "self.service")
    answer = _note(answer) or ""
    with db.session(actor=principal.actor) as session:
        case = _scoped_case(session, principal, case_id)
        _expect(case, "clarification_requested")
        clar = session.scalar(
            select(Clarification)
            .where(Clarification.case_id == case.id, Clarification.answered_at.is_(None))
            .order_by(Clarification.id.desc())
        )
        if clar is None:
            raise CaseStateError("no open clarification")
        now = utcnow()
        clar.answer = answer
        clar.answered_by = principal.actor
        clar.answered_at = now
        _set_state(case, "clarification_answered", now)
        _event(session, case, actor=principal.actor, kind="clarification_answered", note=answer)


def recommend(db: Database, *, principal: Principal, case_id: int, tier: str, note: str) -> None:
    """Record the recommended tier (default proposal: the heaviest severity of the findings).

    Needs the employee's answer, or the clarification deadline to have passed unanswered.
    """
    require(principal, "cases.write")
    if tier not in TIERS:
        raise ValidationError(f"unknown tier {tier!r}: expected one of {', '.join(TIERS)}")
    text = _note(note)
    with db.session(actor=principal.actor) as session:
        case = _scoped_case(session, principal, case_id)
        now = utcnow()
        if case.state == "clarification_requested":
            if case.due_at is not None and case.due_at > now:
                raise CaseStateError(
                    "the employee may still answer: recommend after the answer or the deadline"
                )
        else:
            _expect(case, "clarification_answered", "clarification_requested")
        case.recommended_tier = tier
        case.recommendation = text
        case.recommended_by = principal.actor
        _set_state(case, "recommendation", now)
        _event(
            session,
            case,
            actor=principal.actor,
            kind="recommendation",
            note=text,
            tier=tier,
            proposed_tier=case.proposed_tier,
        )


def send_to_ppk(db: Database, *, principal: Principal, case_id: int) -> None:
    """Send the recommendation to the PPK (follow-up deadline: PPK_FOLLOW_UP_DAYS)."""
    require(principal, "cases.write")
    with db.session(actor=principal.actor) as session:
        case = _scoped_case(session, principal, case_id)
        _expect(case, "recommendation")
        if case.recommended_tier == "none":
            raise CaseStateError("no sanction recommended: propose closing instead")
        now = utcnow()
        case.sent_to_ppk_at = now
        _set_state(case, "sent_to_ppk", now)
        _event(session, case, actor=principal.actor, kind="sent_to_ppk", note=None)


def record_decision(
    db: Database,
    *,
    principal: Principal,
    case_id: int,
    tier: str,
    decree_number: str,
    decree_date: date,
    note: str = "",
) -> None:
    """The PPK's decision (or the decision on appeal): tier, decree number and date."""
    require(principal, "cases.decide")
    if tier not in TIERS:
        raise ValidationError(f"unknown tier {tier!r}")
    decree_number = (decree_number or "").strip()
    if not decree_number:
        raise ValidationError("the decree number is required")
    with db.session(actor=principal.actor) as session:
        case = _scoped_case(session, principal, case_id)
        _expect(case, "sent_to_ppk", "appeal")
        if decree_date > utcnow().date() + timedelta(days=1):
            raise ValidationError("the decree date is in the future")
        kind = "appeal_decision" if case.state == "appeal" else "ppk_decision"
        now = utcnow()
        case.decision_tier = tier
        case.decree_number = decree_number
        case.decree_date = decree_date
        case.decided_by = principal.actor
        case.decided_at = now
        _set_state(case, "ppk_decision", now)
        _event(
            session,
            case,
            actor=principal.actor,
            kind=kind,
            note=_note(note, required=False),
            tier=tier,
            decree_number=decree_number,
            decree_date=decree_date.isoformat(),
        )


def file_appeal(db: Database, *, principal: Principal, case_id: int, note: str) -> None:
    """An appeal against the decision, by the employee or recorded by staff."""
    if principal.role != "employee":
        require(principal, "cases.write")
    text = _note(note)
    with db.session(actor=principal.actor) as session:
        case = _scoped_case(session, principal, case_id)
        _expect(case, "ppk_decision")
        case.appeal_note = text
        _set_state(case, "appeal", utcnow())
        _event(session, case, actor=principal.actor, kind="appeal", note=text)


def propose_close(db: Database, *, principal: Principal, case_id: int, note: str) -> None:
    """First of the four eyes: propose to close the case."""
    require(principal, "cases.close")
    text = _note(note)
    with db.session(actor=principal.actor) as session:
        case = _scoped_case(session, principal, case_id)
        if case.state == "recommendation" and case.recommended_tier != "none":
            raise CaseStateError("a sanction was recommended: send it to the PPK first")
        _expect(case, "ppk_decision", "recommendation")
        now = utcnow()
        case.close_proposed_by = principal.actor
        case.close_proposed_at = now
        _set_state(case, "close_proposed", now)
        _event(session, case, actor=principal.actor, kind="close_proposed", note=text)


def close(db: Database, *, principal: Principal, case_id: int, note: str = "") -> None:
    """Second of the four eyes: close the case; the closer must not be the proposer."""
    require(principal, "cases.close")
    with db.session(actor=principal.actor) as session:
        case = _scoped_case(session, principal, case_id)
        _expect(case, "close_proposed")
        if case.close_proposed_by == principal.actor:
            raise FourEyesError(
                "closing needs a second person: you proposed closing this case yourself"
            )
        now = utcnow()
        case.closed_by = principal.actor
        case.closed_at = now
        _set_state(case, "closed", now)
        _event(
            session,
            case,
            actor=principal.actor,
            kind="closed",
            note=_note(note, required=False),
            proposed_by=case.close_proposed_by,
        )


def reject_close(db: Database, *, principal: Principal, case_id: int, note: str) -> None:
    """The second person does not agree: the case goes back to where it was."""
    require(principal, "cases.close")
    text = _note(note)
    with db.session(actor=principal.actor) as session:
        case = _scoped_case(session, principal, case_id)
        _expect(case, "close_proposed")
        if case.close_proposed_by == principal.actor:
            raise FourEyesError("withdrawing your own proposal needs a second person too")
        back = "ppk_decision" if case.decided_at is not None else "recommendation"
        case.close_proposed_by = None
        case.close_proposed_at = None
        _set_state(case, back, utcnow())
        _event(session, case, actor=principal.actor, kind="close_rejected", note=text)


def allowed_actions(principal: Principal, case: Case, now: datetime) -> list[str]:
    """The steps this principal may take on this case now (drives the buttons)."""
    acts: list[str] = []
    s = case.state
    if principal.can("cases.write"):
        if s in ("opened", "clarification_answered"):
            acts.append("request_clarification")
        if s == "clarification_answered" or (
            s == "clarification_requested" and case.due_at is not None and case.due_at <= now
        ):
            acts.append("recommend")
        if s == "recommendation" and case.recommended_tier != "none":
            acts.append("send_to_ppk")
        if s == "ppk_decision":
            acts.append("file_appeal")
    if principal.can("cases.decide") and s in ("sent_to_ppk", "appeal"):
        acts.append("record_decision")
    if principal.can("cases.close"):
        if s == "ppk_decision" or (s == "recommendation" and case.recommended_tier == "none"):
            acts.append("propose_close")
        if s == "close_proposed" and case.close_proposed_by != principal.actor:
            acts.extend(["close", "reject_close"])
    if principal.role == "employee":
        if s == "clarification_requested":
            acts.append("answer_clarification")
        if s == "ppk_decision":
            acts.append("file_appeal")
    return acts


def _case_row(case: Any, employee: str | None, now: datetime) -> CaseRow:
    """A list row from a Case or a row of _ROW_COLUMNS."""
    return CaseRow(
        id=case.id,
        number=case.number,
        nip=case.nip,
        employee=employee,
        agency_code=case.agency_code,
        state=case.state,
        opened_at=case.opened_at,
        due_at=case.due_at,
        due_kind=case.due_kind,
        overdue=case.due_at is not None and case.due_at < now,
        proposed_tier=case.proposed_tier,
        decision_tier=case.decision_tier,
    )


# The columns a case row shows: plain tuples, not ORM objects (a list page loads faster).
_ROW_COLUMNS = (
    Case.id,
    Case.number,
    Case.nip,
    Employee.name.label("employee"),
    Case.agency_code,
    Case.state,
    Case.opened_at,
    Case.due_at,
    Case.due_kind,
    Case.proposed_tier,
    Case.decision_tier,
)


def _cases_select(principal: Principal) -> Select[*tuple[Any, ...]]:
    stmt = select(*_ROW_COLUMNS).outerjoin(Employee, Employee.nip == Case.nip)
    if principal.role == "employee":
        return stmt.where(Case.nip == (principal.nip or "-"))
    require(principal, "cases.read")
    return stmt.where(principal.clause(Case.agency_code, Case.region_code))


def list_cases(
    db: Database,
    *,
    principal: Principal,
    state: str | None = None,
    overdue: bool = False,
    agency: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> tuple[list[CaseRow], bool]:
    """Cases in scope (newest first, or by deadline when `overdue`); returns (rows, more)."""
    now = utcnow()
    stmt = _cases_select(principal)
    if state == "open":
        stmt = stmt.where(Case.state.in_(OPEN_STATES))
    elif state:
        stmt = stmt.where(Case.state == state)
    if agency:
        stmt = stmt.where(Case.agency_code == agency)
    if overdue:
        # Closed cases have no deadline, so the range on due_at alone finds the open ones.
        stmt = stmt.where(Case.due_at.is_not(None), Case.due_at < now).order_by(Case.due_at)
    else:
        stmt = stmt.order_by(Case.opened_at.desc(), Case.id.desc())
    limit = max(1, min(limit, 200))
    with db.session() as session:
        rows = session.execute(stmt.limit(limit + 1).offset(max(0, offset))).all()
    return [_case_row(r, r.employee, now) for r in rows[:limit]], len(rows) > limit


def get_case(db: Database, *, principal: Principal, case_id: int) -> CaseDetail:
    """A case with its employee, items, history, clarifications and allowed steps."""
    from netra.complaints.models import Complaint

    now = utcnow()
    with db.session() as session:
        case = _scoped_case(session, principal, case_id)
        emp = session.scalar(select(Employee).where(Employee.nip == case.nip))
        items = [
            {
                "id": i.id,
                "rule_id": i.rule_id,
                "category": i.category,
                "severity": i.severity,
                "n_findings": i.n_findings,
                "latest_at": i.latest_at,
                "reason": i.reason,
                "decided_by": i.decided_by,
            }
            for i in session.scalars(
                select(ReviewItem).where(ReviewItem.case_id == case.id).order_by(ReviewItem.id)
            )
        ]
        events = [
            {"at": e.at, "actor": e.actor, "kind": e.kind, "note": e.note, "data": e.data}
            for e in session.scalars(
                select(CaseEvent).where(CaseEvent.case_id == case.id).order_by(CaseEvent.id)
            )
        ]
        clars = [
            {
                "id": c.id,
                "question": c.question,
                "asked_by": c.asked_by,
                "asked_at": c.asked_at,
                "due_at": c.due_at,
                "answer": c.answer,
                "answered_at": c.answered_at,
            }
            for c in session.scalars(
                select(Clarification)
                .where(Clarification.case_id == case.id)
                .order_by(Clarification.id)
            )
        ]
        complaints = [
            {"ticket": c.ticket, "reason": c.reason, "url": c.url, "created_at": c.created_at}
            for c in session.scalars(select(Complaint).where(Complaint.case_id == case.id))
        ]
        data = {col.key: getattr(case, col.key) for col in Case.__table__.columns}
        employee = (
            {
                "nip": emp.nip,
                "name": emp.name,
                "agency_code": emp.agency_code,
                "unit": emp.unit,
                "position": emp.position,
            }
            if emp
            else None
        )
        if principal.role == "employee":
            # The employee sees the steps and the findings, not who reviewed them.
            for item in items:
                item["decided_by"] = None
            for ev in events:
                if ev["actor"] != principal.actor:
                    ev["actor"] = "petugas"
            for key in (
                "opened_by",
                "recommended_by",
                "decided_by",
                "close_proposed_by",
                "closed_by",
            ):
                data[key] = None
        return CaseDetail(
            row=_case_row(case, emp.name if emp else None, now),
            case=data,
            employee=employee,
            items=items,
            events=events,
            clarifications=clars,
            complaints=complaints,
            actions=allowed_actions(principal, case, now),
        )


def case_counts(db: Database, *, principal: Principal) -> dict[str, int]:
    """Cases in scope per state, plus 'overdue'."""
    now = utcnow()
    if principal.role == "employee":
        raise PermissionDeniedError("not for employees")
    require(principal, "cases.read")
    scope = principal.clause(Case.agency_code, Case.region_code)
    with db.session() as session:
        rows = session.execute(
            select(Case.state, func.count()).where(scope).group_by(Case.state)
        ).all()
        overdue = session.scalar(
            select(func.count())
            .select_from(Case)
            .where(scope, Case.due_at.is_not(None), Case.due_at < now)
        )
    out = {str(s): int(n) for s, n in rows}
    out["overdue"] = int(overdue or 0)
    return out
