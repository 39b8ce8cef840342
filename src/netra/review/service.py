"""The review queue: grouping findings into items, ranking by risk, decisions, QC sampling."""

from __future__ import annotations

import hashlib
import math
import random
from collections import defaultdict
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    bindparam,
    func,
    insert,
    or_,
    select,
    text,
)
from sqlalchemy.orm import Session

from netra.accounts.models import Account
from netra.audit.service import record
from netra.core.db import Database, UTCDateTime, utcnow
from netra.core.errors import NetraError, NotFoundError, ValidationError
from netra.detect.models import Finding
from netra.review.models import ReviewItem, ReviewItemFinding, ReviewNote
from netra.review.schemas import (
    Decision,
    FindingView,
    ItemDetail,
    QueueFilters,
    QueuePage,
    QueueRow,
)
from netra.roster.models import Employee
from netra.targets.models import Target, TargetAccount
from netra.users.models import User
from netra.users.schemas import Principal
from netra.users.service import require, serialize_writes

VERIFICATION_DAYS = 7
# Recency: risk halves every RECENCY_HALF_LIFE days of age.
RECENCY_HALF_LIFE = 14.0
_TAU = RECENCY_HALF_LIFE / math.log(2)
_EPOCH = datetime(2020, 1, 1, tzinfo=UTC)
SEVERITY_WEIGHT = {
    "pemberhentian": 1.0,
    "berat": 0.9,
    "major": 0.9,
    "sedang": 0.6,
    "ringan": 0.35,
    "minor": 0.4,
    "moral": 0.3,
}
UNLINKED_CONFIDENCE = 0.5
UNDECIDED = ("open", "escalated")


class ReviewStateError(NetraError):
    """The item is not in a state that allows this action."""

    exit_code = 2
    http_status = 409


def _days(at: datetime) -> float:
    return (at - _EPOCH).total_seconds() / 86400.0


def risk_key(*, severity: str, confidence: float, at: datetime) -> float:
    """Sortable risk: log(severity × confidence) + age term; see ReviewItem.risk_key."""
    weight = SEVERITY_WEIGHT.get(severity, 0.5)
    return math.log(weight) + math.log(max(confidence, 1e-3)) + _days(at) / _TAU


def risk_score(key: float, *, now: datetime) -> float:
    """Risk 0–100 as of `now`: 100 × severity × confidence × 2^(-age/half-life)."""
    return round(min(100.0, 100.0 * math.exp(min(key - _days(now) / _TAU, 0.0))), 1)


def group_key(*, person: str, target_id: str | None, rule_id: str) -> str:
    """Same person + same target + same rule = one item."""
    return hashlib.sha256(f"{person}\x1f{target_id or ''}\x1f{rule_id}".encode()).hexdigest()


def _person(nip: str | None, platform: str, user_id: str | None, handle: str | None) -> str:
    # Unattributed findings group by the account: the person is not known yet.
    return f"nip:{nip}" if nip else f"acct:{platform}:{user_id or ''}:{(handle or '').lower()}"


def _confidence(link_probability: float | None, nip: str | None, evidence: Any) -> float:
    link = (link_probability if link_probability is not None else 1.0) if nip else None
    score = evidence.get("score") if isinstance(evidence, dict) else None
    content = float(score) if isinstance(score, int | float) and 0 < score <= 1 else 1.0
    return round((link if link is not None else UNLINKED_CONFIDENCE) * content, 4)


def sync_queue(db: Database, *, actor: str = "system", batch: int = 20000) -> int:
    """Put every finding that is in no item yet into its item; returns findings placed."""
    placed = 0
    while True:
        with db.session(actor=actor) as session:
            n = _sync_batch(session, batch)
        placed += n
        if n < batch:
            return placed


def _sync_batch(session: Session, batch: int) -> int:
    rows = session.execute(
        select(
            Finding.id,
            Finding.nip,
            Finding.platform,
            Finding.account_user_id,
            Finding.account_handle,
            Finding.target_id,
            Finding.rule_id,
            Finding.category,
            Finding.severity,
            Finding.link_probability,
            Finding.evidence,
            Finding.occurred_at,
            Finding.created_at,
        )
        .outerjoin(ReviewItemFinding, ReviewItemFinding.finding_id == Finding.id)
        .where(ReviewItemFinding.finding_id.is_(None))
        .order_by(Finding.id)
        .limit(batch)
    ).all()
    if not rows:
        return 0
    now = utcnow()
    groups: dict[str, list[Any]] = defaultdict(list)
    for r in rows:
        person = _person(r.nip, r.platform, r.account_user_id, r.account_handle)
        groups[group_key(person=person, target_id=r.target_id, rule_id=r.rule_id)].append(r)
    nips = {r.nip for r in rows if r.nip}
    where: dict[str, tuple[str | None, str | None]] = {}
    for chunk in _chunks(sorted(nips), 900):
        for nip, agency_code, region_code in session.execute(
            select(Employee.nip, Employee.agency_code, Employee.region_code).where(
                Employee.nip.in_(chunk)
            )
        ):
            where[nip] = (agency_code, region_code)
    existing: dict[str, ReviewItem] = {}
    for chunk in _chunks(sorted(groups), 900):
        for found in session.scalars(
            select(ReviewItem).where(
                ReviewItem.group_key.in_(chunk), ReviewItem.status.in_(UNDECIDED)
            )
        ):
            existing[found.group_key] = found
    ids = {key: item.id for key, item in existing.items()}
    new_rows: list[dict[str, Any]] = []
    links: list[tuple[str, int]] = []
    for key, members in groups.items():
        first = members[0]
        times = [m.occurred_at or m.created_at for m in members]
        conf = max(_confidence(m.link_probability, m.nip, m.evidence) for m in members)
        sev = max((m.severity for m in members), key=lambda s: SEVERITY_WEIGHT.get(s, 0.5))
        links.extend((key, m.id) for m in members)
        item = existing.get(key)
        if item is not None:
            item.n_findings += len(members)
            item.latest_at = max(item.latest_at, *times)
            item.first_at = min(item.first_at, *times)
            item.confidence = max(item.confidence, conf)
            if SEVERITY_WEIGHT.get(sev, 0.5) > SEVERITY_WEIGHT.get(item.severity, 0.5):
                item.severity = sev
            item.risk_key = risk_key(
                severity=item.severity, confidence=item.confidence, at=item.latest_at
            )
            continue
        agency, region = where.get(first.nip, (None, None)) if first.nip else (None, None)
        latest = max(times)
        new_rows.append(
            {
                "group_key": key,
                "nip": first.nip,
                "account_key": _person(None, first.platform, first.account_user_id, None)
                if first.nip is None
                else f"{first.platform}:{first.account_handle or first.account_user_id or ''}",
                "platform": first.platform,
                "target_id": first.target_id,
                "rule_id": first.rule_id,
                "category": first.category,
                "severity": sev,
                "agency_code": agency,
                "region_code": region,
                "status": "open",
                "n_findings": len(members),
                "first_at": min(times),
                "latest_at": latest,
                "confidence": conf,
                "risk_key": risk_key(severity=sev, confidence=conf, at=latest),
                "created_at": now,
                "due_at": now + timedelta(days=VERIFICATION_DAYS),
            }
        )
    serialize_writes(session)  # the Core writes below are audited by hand, not by a flush
    if new_rows:
        # ORM bulk insert with RETURNING: one statement, not one flush per item.
        created = session.execute(
            insert(ReviewItem).returning(ReviewItem.id, ReviewItem.group_key), new_rows
        ).all()
        ids.update({key: item_id for item_id, key in created})
    session.execute(
        insert(ReviewItemFinding),
        [{"finding_id": fid, "item_id": ids[key]} for key, fid in links],
    )
    # Bulk statements bypass the ORM flush hook, so the batch is audited here.
    record(
        session,
        action="queue_sync",
        entity="review_items",
        entity_id=f"batch:{now.isoformat()}",
        payload={
            "created": sorted(ids[r["group_key"]] for r in new_rows),
            "placed": [[ids[key], fid] for key, fid in links],
        },
    )
    return len(rows)


def _chunks(seq: list[Any], size: int) -> Iterable[list[Any]]:
    for i in range(0, len(seq), size):
        yield seq[i : i + size]


def _queue_where(
    principal: Principal, filters: QueueFilters, *, scoped: bool = True
) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = (
        [principal.clause(ReviewItem.agency_code, ReviewItem.region_code)] if scoped else []
    )
    if filters.status:
        conds.append(ReviewItem.status == filters.status)
    if filters.category:
        conds.append(ReviewItem.category == filters.category)
    if filters.agency:
        conds.append(ReviewItem.agency_code == filters.agency)
    if filters.platform:
        conds.append(ReviewItem.platform == filters.platform)
    if filters.date_from:
        start = datetime.combine(filters.date_from, datetime.min.time(), tzinfo=UTC)
        conds.append(ReviewItem.latest_at >= start)
    if filters.date_to:
        end = datetime.combine(filters.date_to, datetime.min.time(), tzinfo=UTC)
        conds.append(ReviewItem.latest_at < end + timedelta(days=1))
    if filters.mine:
        conds.append(ReviewItem.assignee_id == principal.id)
    return conds


# The columns a queue row shows: plain tuples, not ORM objects (a page loads faster).
_ROW_COLUMNS = (
    ReviewItem.id,
    ReviewItem.risk_key,
    ReviewItem.category,
    ReviewItem.severity,
    ReviewItem.rule_id,
    ReviewItem.nip,
    Employee.name.label("employee"),
    ReviewItem.agency_code,
    ReviewItem.platform,
    ReviewItem.account_key,
    ReviewItem.target_id,
    ReviewItem.n_findings,
    ReviewItem.latest_at,
    ReviewItem.status,
    User.display_name.label("assignee"),
    ReviewItem.due_at,
)


def _queue_select(principal: Principal, filters: QueueFilters) -> Select[*tuple[Any, ...]]:
    return (
        select(*_ROW_COLUMNS)
        .outerjoin(Employee, Employee.nip == ReviewItem.nip)
        .outerjoin(User, User.id == ReviewItem.assignee_id)
        .where(*_queue_where(principal, filters))
    )


# More region codes than this in a scope: one plain query instead of one index walk each.
MAX_SCOPE_BRANCHES = 64


def _region_codes(session: Session, prefix: str) -> list[str]:
    """The region codes under `prefix` ("11" → "11.00", "11.06", …) present in the items.

    A loose index scan (one seek per code) as a recursive CTE, on SQLite and PostgreSQL.
    """
    low, high = f"{prefix}.", f"{prefix}/"
    rows = session.execute(
        text(
            "WITH RECURSIVE r(code, n) AS ("
            " SELECT min(region_code), 1 FROM review_items"
            " WHERE region_code > :low AND region_code < :high"
            " UNION ALL SELECT (SELECT min(region_code) FROM review_items"
            " WHERE region_code > r.code AND region_code < :high), r.n + 1 FROM r"
            " WHERE r.code IS NOT NULL AND r.n < :cap)"
            " SELECT code FROM r WHERE code IS NOT NULL"
        ).bindparams(low=low, high=high, cap=MAX_SCOPE_BRANCHES + 1),
    ).scalars()
    return [str(c) for c in rows]


def _page_ids(
    session: Session, principal: Principal, filters: QueueFilters, limit: int, offset: int
) -> list[int]:
    """The ids of one page in queue order (riskiest first), plus one to tell if more follow.

    The indexes hold (agency or region, status, risk), so one agency or one region code is
    read in risk order and the database stops after the page. A scope of several agencies or
    a region prefix ("11" covers every "11.xx") is several such ranges, which the database
    would read whole and sort (a province: ~17k entries). Instead: one index walk per agency
    and per region code present, each stopping after offset + limit + 1 entries, and a merge
    of those few.
    """
    order = (ReviewItem.risk_key.desc(), ReviewItem.id)
    upto = offset + limit + 1
    plain = (
        select(ReviewItem.id)
        .where(*_queue_where(principal, filters))
        .order_by(*order)
        .limit(limit + 1)
        .offset(offset)
    )
    if principal.is_global or not filters.status or filters.agency:
        return list(session.scalars(plain))
    branches: list[tuple[str, str]] = [("agency_code", a) for a in sorted(set(principal.agencies))]
    codes: set[str] = set()
    for r in principal.regions:
        found = _region_codes(session, r)
        if len(found) > MAX_SCOPE_BRANCHES:
            return list(session.scalars(plain))
        codes.update([r, *found])
    branches += [("region_code", c) for c in sorted(codes)]
    if not branches or len(branches) > MAX_SCOPE_BRANCHES:
        return list(session.scalars(plain))
    # Plain SQL: building 16 SQLAlchemy sub-selects costs more CPU than running them.
    params: dict[str, Any] = {"status": filters.status, "upto": upto, "lim": limit + 1}
    conds = ["status = :status"]
    binds = []
    if filters.category:
        conds.append("category = :category")
        params["category"] = filters.category
    if filters.platform:
        conds.append("platform = :platform")
        params["platform"] = filters.platform
    if filters.date_from:
        conds.append("latest_at >= :dfrom")
        params["dfrom"] = datetime.combine(filters.date_from, datetime.min.time(), tzinfo=UTC)
        binds.append(bindparam("dfrom", type_=UTCDateTime()))
    if filters.date_to:
        conds.append("latest_at < :dto")
        params["dto"] = datetime.combine(
            filters.date_to, datetime.min.time(), tzinfo=UTC
        ) + timedelta(days=1)
        binds.append(bindparam("dto", type_=UTCDateTime()))
    if filters.mine:
        conds.append("assignee_id = :me")
        params["me"] = principal.id
    where = " AND ".join(conds)
    parts = []
    for i, (column, value) in enumerate(branches):
        params[f"b{i}"] = value
        parts.append(
            f"SELECT id, risk_key FROM (SELECT id, risk_key FROM review_items"
            f" WHERE {column} = :b{i} AND {where} ORDER BY risk_key DESC, id LIMIT :upto) AS s{i}"
        )
    # Region codes are distinct, so are agencies: only a mix of both can reach an item twice.
    glue = " UNION " if principal.agencies and codes else " UNION ALL "
    sql = (
        f"SELECT id FROM ({glue.join(parts)}) AS m"
        f" ORDER BY risk_key DESC, id LIMIT :lim OFFSET {int(offset)}"
    )
    return [int(i) for i in session.scalars(text(sql).bindparams(*binds), params)]


def as_of(session: Session, now: datetime) -> datetime:
    """The time recency counts from: now, or the newest activity when the data is older.

    An archive reviewed after the election would otherwise show every risk as 0.
    """
    newest = session.scalar(select(func.max(ReviewItem.latest_at)))
    return min(now, newest) if newest is not None else now


def _row(r: Any, now: datetime, ref: datetime | None = None) -> QueueRow:
    return QueueRow(
        id=r.id,
        risk=risk_score(r.risk_key, now=ref or now),
        category=r.category,
        severity=r.severity,
        rule_id=r.rule_id,
        nip=r.nip,
        employee=r.employee,
        agency_code=r.agency_code,
        platform=r.platform,
        account_key=r.account_key,
        target_id=r.target_id,
        n_findings=r.n_findings,
        latest_at=r.latest_at,
        status=r.status,
        assignee=r.assignee,
        due_at=r.due_at,
        overdue=r.status in UNDECIDED and r.due_at < now,
    )


def list_queue(
    db: Database,
    *,
    principal: Principal,
    filters: QueueFilters,
    limit: int = 50,
    offset: int = 0,
) -> QueuePage:
    """Items in scope, riskiest first (severity × confidence × recency)."""
    require(principal, "queue.read")
    limit = max(1, min(limit, 200))
    offset = max(offset, 0)
    now = utcnow()
    with db.session() as session:
        # The page's ids first (often from an index alone), then names for those rows only:
        # a scope of 10k items is ordered without reading 10k employees.
        ids = _page_ids(session, principal, filters, limit, offset)
        rows = (
            session.execute(
                select(*_ROW_COLUMNS)
                .outerjoin(Employee, Employee.nip == ReviewItem.nip)
                .outerjoin(User, User.id == ReviewItem.assignee_id)
                .where(ReviewItem.id.in_(ids))
                .order_by(ReviewItem.risk_key.desc(), ReviewItem.id)
            ).all()
            if ids
            else []
        )
        ref = as_of(session, now)
    out = [_row(r, now, ref) for r in rows[:limit]]
    return QueuePage(rows=out, offset=offset, limit=limit, more=len(rows) > limit)


def overdue_items(db: Database, *, principal: Principal, limit: int = 100) -> list[QueueRow]:
    """Undecided items past their verification deadline, oldest deadline first."""
    require(principal, "queue.read")
    now = utcnow()
    stmt = (
        _queue_select(principal, QueueFilters(status=None))
        .where(ReviewItem.status.in_(UNDECIDED), ReviewItem.due_at < now)
        .order_by(ReviewItem.due_at)
        .limit(limit)
    )
    with db.session() as session:
        return [_row(r, now) for r in session.execute(stmt).all()]


def _scoped_item(session: Session, principal: Principal, item_id: int) -> ReviewItem:
    item = session.get(ReviewItem, item_id)
    # Out of scope reads exactly like missing: URL guessing learns nothing.
    if item is None or not principal.sees(item.agency_code, item.region_code):
        raise NotFoundError(f"no review item {item_id}")
    return item


@lru_cache(maxsize=8)
def _pack(name: str) -> Any:
    from netra.rules.loader import load_pack

    return load_pack(name)


def rule_info(rule_id: str) -> dict[str, Any] | None:
    """Title, severity and citations of a rule from its pack (None when unknown)."""
    try:
        loaded = _pack(rule_id.split(".", 1)[0]).by_id(rule_id)
    except (KeyError, NetraError):
        return None
    rule = loaded.rule
    return {
        "id": rule.id,
        "title_id": rule.title.id,
        "title_en": rule.title.en,
        "category": rule.category,
        "severity": rule.severity,
        "severity_by_stage": dict(rule.severity_by_stage),
        "citations": rule.citation_texts(),
        "file": loaded.path.name,
    }


def read_events(events_dir: Path, event_ids: list[str]) -> dict[str, dict[str, Any]]:
    """The events with these ids from the workspace's Parquet files (empty if none)."""
    files = sorted(str(p) for p in events_dir.glob("*.parquet"))
    if not files or not event_ids:
        return {}
    import duckdb

    con = duckdb.connect()
    try:
        cur = con.execute(
            "SELECT * FROM read_parquet(?, union_by_name=true) WHERE event_id IN "
            "(SELECT unnest(?::VARCHAR[]))",
            [files, event_ids],
        )
        names = [d[0] for d in cur.description]
        return {row[0]: dict(zip(names, row, strict=True)) for row in cur.fetchall()}
    finally:
        con.close()


def get_item(db: Database, *, principal: Principal, item_id: int) -> ItemDetail:
    """One item with its findings, events, employee, account, target and rule."""
    require(principal, "queue.read")
    now = utcnow()
    with db.session() as session:
        item = _scoped_item(session, principal, item_id)
        emp = session.scalar(select(Employee).where(Employee.nip == item.nip)) if item.nip else None
        assignee = session.get(User, item.assignee_id) if item.assignee_id else None
        findings = session.scalars(
            select(Finding)
            .join(ReviewItemFinding, ReviewItemFinding.finding_id == Finding.id)
            .where(ReviewItemFinding.item_id == item.id)
            .order_by(Finding.occurred_at, Finding.id)
            .limit(200)
        ).all()
        first = findings[0] if findings else None
        account = None
        if first is not None:
            # Same keys as linkage: user_id when both sides have one, else the handle.
            conds = []
            if first.account_user_id:
                conds.append(Account.user_id == first.account_user_id)
            if first.account_handle:
                conds.append(
                    and_(Account.handle == first.account_handle, Account.user_id.is_(None))
                )
            candidates = (
                session.scalars(
                    select(Account).where(Account.platform == first.platform, or_(*conds))
                ).all()
                if conds
                else []
            )
            acct = next(
                (a for a in candidates if a.user_id and a.user_id == first.account_user_id),
                candidates[0] if candidates else None,
            )
            if acct is not None:
                account = {
                    "platform": acct.platform,
                    "handle": acct.handle,
                    "user_id": acct.user_id,
                    "display_name": acct.display_name,
                    "nip": acct.nip,
                    "link_method": acct.link_method,
                    "link_probability": acct.link_probability,
                    "declared_at": acct.declared_at,
                    "approved": acct.approved,
                }
        target = None
        if item.target_id:
            t = session.scalar(select(Target).where(Target.target_id == item.target_id))
            if t is not None:
                accounts = session.scalars(
                    select(TargetAccount).where(TargetAccount.target_id == t.target_id)
                ).all()
                target = {
                    "target_id": t.target_id,
                    "name": t.name,
                    "kind": t.kind,
                    "election_id": t.election_id,
                    "ballot_number": t.ballot_number,
                    "party": t.party,
                    "accounts": [f"{a.platform}:@{a.handle or a.user_id}" for a in accounts],
                }
        notes = [
            (n.author, n.at, n.text)
            for n in session.scalars(
                select(ReviewNote).where(ReviewNote.item_id == item.id).order_by(ReviewNote.at)
            )
        ]
        employee = (
            {
                "nip": emp.nip,
                "name": emp.name,
                "agency_code": emp.agency_code,
                "unit": emp.unit,
                "position": emp.position,
                "region_code": emp.region_code,
                "status": emp.status,
            }
            if emp
            else None
        )
        row = _row(
            SimpleNamespace(
                **{c.key: getattr(item, c.key) for c in ReviewItem.__table__.columns},
                employee=emp.name if emp else None,
                assignee=assignee.display_name if assignee else None,
            ),
            now,
        )
        detail_fields = (item.reason, item.decided_by, item.decided_at, item.qc_state, item.qc_note)
        case_id = item.case_id
    events = read_events(db.workspace.events_dir, [e for f in findings for e in f.event_ids][:200])
    views = [
        FindingView(
            id=f.id,
            finding_id=f.finding_id,
            rule_id=f.rule_id,
            category=f.category,
            severity=f.severity,
            action=f.action,
            platform=f.platform,
            account_handle=f.account_handle,
            occurred_at=f.occurred_at,
            explanation=f.explanation,
            evidence=f.evidence or {},
            citations=list(f.citations or []),
            link_method=f.link_method,
            link_probability=f.link_probability,
            status=f.status,
            event=events.get(f.event_ids[0]) if f.event_ids else None,
        )
        for f in findings
    ]
    return ItemDetail(
        row=row,
        reason=detail_fields[0],
        decided_by=detail_fields[1],
        decided_at=detail_fields[2],
        qc_state=detail_fields[3],
        qc_note=detail_fields[4],
        case_id=case_id,
        employee=employee,
        account=account,
        target=target,
        rule=rule_info(item.rule_id),
        findings=views,
        notes=notes,
    )


def get_finding(db: Database, *, principal: Principal, finding_id: int) -> dict[str, Any]:
    """One finding, if its employee's agency is in scope (else NotFoundError)."""
    require(principal, "findings.read")
    with db.session() as session:
        row = session.execute(
            select(Finding, Employee.agency_code, Employee.region_code, ReviewItemFinding.item_id)
            .outerjoin(Employee, Employee.nip == Finding.nip)
            .outerjoin(ReviewItemFinding, ReviewItemFinding.finding_id == Finding.id)
            .where(Finding.id == finding_id)
        ).first()
        if row is None or not principal.sees(row[1], row[2]):
            raise NotFoundError(f"no finding {finding_id}")
        f: Finding = row[0]
        return {
            "id": f.id,
            "finding_id": f.finding_id,
            "rule_id": f.rule_id,
            "category": f.category,
            "severity": f.severity,
            "nip": f.nip,
            "agency_code": row[1],
            "platform": f.platform,
            "account_handle": f.account_handle,
            "action": f.action,
            "target_id": f.target_id,
            "occurred_at": f.occurred_at.isoformat() if f.occurred_at else None,
            "explanation": f.explanation,
            "evidence": f.evidence,
            "citations": f.citations,
            "status": f.status,
            "item_id": row[3],
        }


def claim(db: Database, *, principal: Principal, item_id: int) -> None:
    """Take an item: it shows as yours and others see who is on it."""
    assign(db, principal=principal, item_id=item_id, assignee_id=principal.id)


def release(db: Database, *, principal: Principal, item_id: int) -> None:
    """Give an item back to the pool."""
    require(principal, "queue.write")
    with db.session(actor=principal.actor) as session:
        item = _scoped_item(session, principal, item_id)
        if item.assignee_id not in (None, principal.id) and principal.role != "admin":
            raise ReviewStateError("only the assignee or an admin can release this item")
        item.assignee_id = None
        item.claimed_at = None


def assign(db: Database, *, principal: Principal, item_id: int, assignee_id: int) -> None:
    """Assign an undecided item to a reviewer whose scope covers it."""
    require(principal, "queue.write")
    with db.session(actor=principal.actor) as session:
        item = _scoped_item(session, principal, item_id)
        if item.status not in UNDECIDED:
            raise ReviewStateError(f"item {item_id} is already {item.status}")
        user = session.get(User, assignee_id)
        if user is None or user.role not in ("admin", "analyst") or not user.active:
            raise ValidationError("assignee must be an active admin or analyst")
        if (
            item.assignee_id not in (None, principal.id, assignee_id)
            and assignee_id == principal.id
        ):
            raise ReviewStateError(f"item {item_id} is claimed by someone else")
        item.assignee_id = assignee_id
        item.claimed_at = utcnow()


def decide(
    db: Database,
    *,
    principal: Principal,
    item_ids: list[int],
    decision: Decision,
    reason: str,
) -> list[int]:
    """Confirm, dismiss or escalate items (bulk); confirming opens or extends the case.

    Returns the ids of the cases touched (confirmations only).
    """
    require(principal, "queue.write")
    reason = (reason or "").strip()
    if len(reason) < 3:
        raise ValidationError("a reason is required (at least 3 characters)")
    if decision not in ("confirm", "dismiss", "escalate"):
        raise ValidationError(f"unknown decision {decision!r}")
    if not item_ids:
        raise ValidationError("no items selected")
    from netra.cases.service import attach_items

    now = utcnow()
    cases: list[int] = []
    with db.session(actor=principal.actor) as session:
        items = [_scoped_item(session, principal, i) for i in dict.fromkeys(item_ids)]
        for item in items:
            if item.status not in UNDECIDED:
                raise ReviewStateError(f"item {item.id} is already {item.status}")
            if decision == "escalate" and item.status == "escalated":
                raise ReviewStateError(f"item {item.id} is already escalated")
            if decision == "confirm" and item.nip is None:
                raise ValidationError(
                    f"item {item.id}: the account is not linked to an employee; link it first"
                )
        status = {"confirm": "confirmed", "dismiss": "dismissed", "escalate": "escalated"}[decision]
        for item in items:
            item.status = status
            item.reason = reason
            item.decided_by = principal.actor
            item.decided_at = now
            if decision != "escalate":
                _set_findings_status(session, item.id, status)
        if decision == "confirm":
            cases = attach_items(session, items=items, actor=principal.actor)
    return cases


def _set_findings_status(session: Session, item_id: int, status: str) -> None:
    ids = select(ReviewItemFinding.finding_id).where(ReviewItemFinding.item_id == item_id)
    for finding in session.scalars(select(Finding).where(Finding.id.in_(ids))):
        finding.status = status


def reopen(db: Database, *, principal: Principal, item_id: int, reason: str) -> None:
    """Put a dismissed or escalated item back in the queue."""
    require(principal, "queue.write")
    if len((reason or "").strip()) < 3:
        raise ValidationError("a reason is required (at least 3 characters)")
    with db.session(actor=principal.actor) as session:
        item = _scoped_item(session, principal, item_id)
        if item.status not in ("dismissed", "escalated"):
            raise ReviewStateError(
                f"item {item_id} is {item.status}: only dismissed or escalated items reopen"
            )
        item.status = "open"
        item.reason = reason.strip()
        item.decided_by = principal.actor
        item.decided_at = utcnow()
        _set_findings_status(session, item.id, "new")


def add_note(db: Database, *, principal: Principal, item_id: int, text: str) -> None:
    """A free-text note on an item."""
    require(principal, "queue.write")
    text = (text or "").strip()
    if not text:
        raise ValidationError("empty note")
    with db.session(actor=principal.actor) as session:
        _scoped_item(session, principal, item_id)
        session.add(ReviewNote(item_id=item_id, author=principal.actor, at=utcnow(), text=text))


def sample_for_qc(
    db: Database,
    *,
    principal: Principal,
    rate: float = 0.1,
    limit: int = 50,
    seed: int | None = None,
) -> int:
    """Mark a random share of dismissed, not yet sampled items for a second look."""
    require(principal, "queue.write")
    if not 0 < rate <= 1:
        raise ValidationError("rate must be in (0, 1]")
    with db.session(actor=principal.actor) as session:
        ids = list(
            session.scalars(
                select(ReviewItem.id).where(
                    ReviewItem.status == "dismissed",
                    ReviewItem.qc_state.is_(None),
                    principal.clause(ReviewItem.agency_code, ReviewItem.region_code),
                )
            )
        )
        rng = random.Random(seed)
        k = min(limit, max(1, round(len(ids) * rate))) if ids else 0
        chosen = sorted(rng.sample(ids, k)) if k else []
        for item in session.scalars(select(ReviewItem).where(ReviewItem.id.in_(chosen))):
            item.qc_state = "pending"
    return len(chosen)


def qc_pending(db: Database, *, principal: Principal) -> list[QueueRow]:
    """Dismissed items waiting for quality control, in scope."""
    require(principal, "queue.read")
    now = utcnow()
    stmt = (
        _queue_select(principal, QueueFilters(status="dismissed"))
        .where(ReviewItem.qc_state == "pending")
        .order_by(ReviewItem.risk_key.desc())
        .limit(200)
    )
    with db.session() as session:
        return [_row(r, now) for r in session.execute(stmt).all()]


def qc_review(db: Database, *, principal: Principal, item_id: int, agree: bool, note: str) -> None:
    """Second look at a dismissal by someone else; disagreeing puts it back in the queue."""
    require(principal, "queue.write")
    with db.session(actor=principal.actor) as session:
        item = _scoped_item(session, principal, item_id)
        if item.qc_state != "pending":
            raise ReviewStateError(f"item {item_id} is not waiting for quality control")
        if item.decided_by == principal.actor:
            raise ReviewStateError("quality control needs someone other than the one who dismissed")
        item.qc_state = "agreed" if agree else "disagreed"
        item.qc_by = principal.actor
        item.qc_at = utcnow()
        item.qc_note = (note or "").strip() or None
        if not agree:
            item.status = "open"
            item.reason = f"QC: {item.qc_note or 'disagreed with dismissal'}"
            _set_findings_status(session, item.id, "new")


def queue_counts(db: Database, *, principal: Principal) -> dict[str, int]:
    """How many items in scope per status (for the nav badges and the dashboard)."""
    require(principal, "queue.read")
    with db.session() as session:
        rows = session.execute(
            select(ReviewItem.status, func.count())
            .where(principal.clause(ReviewItem.agency_code, ReviewItem.region_code))
            .group_by(ReviewItem.status)
        ).all()
    return {str(s): int(n) for s, n in rows}


def reviewers(db: Database, *, principal: Principal) -> list[tuple[int, str]]:
    """Active admins and analysts (for the assign menu)."""
    require(principal, "queue.read")
    with db.session() as session:
        rows = session.execute(
            select(User.id, User.display_name)
            .where(User.role.in_(("admin", "analyst")), User.active.is_(True))
            .order_by(User.display_name)
        ).all()
    return [(int(i), str(n)) for i, n in rows]
