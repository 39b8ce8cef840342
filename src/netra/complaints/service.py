"""Public complaints: submission with screenshot checks and a rate limit, then triage."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import timedelta
from pathlib import Path
from typing import Any

from pydantic import ValidationError as PydanticValidationError
from sqlalchemy import func, select

from netra.cases.service import open_case
from netra.complaints.models import Complaint
from netra.complaints.schemas import IMAGE_SIGNATURES, MAX_SCREENSHOT_BYTES, ComplaintIn
from netra.core.db import Database, utcnow
from netra.core.errors import NetraError, NotFoundError, ValidationError
from netra.roster.models import Employee
from netra.users.schemas import Principal
from netra.users.service import require

RATE_LIMIT = 5  # complaints per client address per RATE_WINDOW
RATE_WINDOW = timedelta(hours=1)
_TICKET_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read over the phone
STATUSES = ("received", "in_review", "accepted", "rejected")


class RateLimitedError(NetraError):
    """Too many complaints from one address in a short time."""

    exit_code = 2
    http_status = 429


def image_type(data: bytes) -> str | None:
    """The image type by its magic number (PNG, JPEG, WebP), else None."""
    for magic, offset, mime in IMAGE_SIGNATURES:
        if data[offset : offset + len(magic)] == magic:
            if mime == "image/webp" and data[:4] != b"RIFF":
                continue
            return mime
    return None


def evidence_path(root: Path, sha256: str) -> Path:
    """Where the content-addressed store keeps a file."""
    return root / sha256[:2] / sha256


def _store(root: Path, data: bytes) -> str:
    digest = hashlib.sha256(data).hexdigest()
    path = evidence_path(root, digest)
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".part")
        tmp.write_bytes(data)
        tmp.replace(path)
    return digest


def new_ticket() -> str:
    """A ticket number that is hard to guess (the status page shows only the status)."""
    day = utcnow().strftime("%Y%m%d")
    return f"ADU-{day}-" + "".join(secrets.choice(_TICKET_ALPHABET) for _ in range(8))


def submit(
    db: Database,
    *,
    form: dict[str, Any],
    screenshot: bytes | None,
    client: str,
    secret: bytes,
) -> str:
    """Validate and store a complaint; returns its ticket number."""
    try:
        data = ComplaintIn.model_validate(form)
    except PydanticValidationError as exc:
        first = exc.errors()[0]
        raise ValidationError(f"{'.'.join(str(p) for p in first['loc'])}: {first['msg']}") from None
    ip_hash = hmac.new(secret, b"ip\x1f" + client.encode(), hashlib.sha256).hexdigest()
    shot_type = None
    if screenshot:
        if len(screenshot) > MAX_SCREENSHOT_BYTES:
            raise ValidationError(
                f"screenshot too large (at most {MAX_SCREENSHOT_BYTES // (1024 * 1024)} MB)"
            )
        shot_type = image_type(screenshot)
        if shot_type is None:
            raise ValidationError("screenshot must be a PNG, JPEG or WebP image")
    now = utcnow()
    with db.session(actor="public") as session:
        recent = session.scalar(
            select(func.count())
            .select_from(Complaint)
            .where(Complaint.ip_hash == ip_hash, Complaint.created_at > now - RATE_WINDOW)
        )
        if (recent or 0) >= RATE_LIMIT:
            raise RateLimitedError("too many complaints from this address: try again later")
        sha = _store(db.workspace.evidence_dir, screenshot) if screenshot else None
        agency = region = None
        if data.reported_nip:
            row = session.execute(
                select(Employee.agency_code, Employee.region_code).where(
                    Employee.nip == data.reported_nip
                )
            ).first()
            if row is not None:
                agency, region = row
        ticket = new_ticket()
        session.info["actor"] = f"public:{ticket}"
        session.add(
            Complaint(
                ticket=ticket,
                reported_nip=data.reported_nip,
                reported_name=data.reported_name,
                reported_agency=data.reported_agency,
                url=data.url,
                category=data.category,
                reason=data.reason,
                reporter_name=data.reporter_name,
                reporter_contact=data.reporter_contact,
                screenshot_sha256=sha,
                screenshot_type=shot_type,
                screenshot_size=len(screenshot) if screenshot else None,
                status="received",
                agency_code=agency,
                region_code=region,
                ip_hash=ip_hash,
                created_at=now,
                updated_at=now,
            )
        )
    return ticket


def ticket_status(db: Database, *, ticket: str) -> dict[str, Any]:
    """What the public may learn about a ticket: its status and dates, nothing else."""
    with db.session() as session:
        c = session.scalar(select(Complaint).where(Complaint.ticket == ticket.strip().upper()))
        if c is None:
            raise NotFoundError("no such ticket")
        return {
            "ticket": c.ticket,
            "status": c.status,
            "created_at": c.created_at,
            "updated_at": c.updated_at,
        }


def _view(c: Complaint, principal: Principal) -> dict[str, Any]:
    out = {
        "id": c.id,
        "ticket": c.ticket,
        "reported_nip": c.reported_nip,
        "reported_name": c.reported_name,
        "reported_agency": c.reported_agency,
        "url": c.url,
        "category": c.category,
        "reason": c.reason,
        "screenshot": bool(c.screenshot_sha256),
        "screenshot_type": c.screenshot_type,
        "screenshot_size": c.screenshot_size,
        "status": c.status,
        "status_note": c.status_note,
        "agency_code": c.agency_code,
        "case_id": c.case_id,
        "created_at": c.created_at,
        "updated_at": c.updated_at,
        "reporter_name": None,
        "reporter_contact": None,
    }
    # The reporter's identity protects the reporter: admins only.
    if principal.can("complaints.reporter"):
        out["reporter_name"] = c.reporter_name
        out["reporter_contact"] = c.reporter_contact
    return out


def list_complaints(
    db: Database, *, principal: Principal, status: str | None = None, limit: int = 100
) -> list[dict[str, Any]]:
    """Complaints in scope, newest first."""
    require(principal, "complaints.read")
    stmt = select(Complaint).where(principal.clause(Complaint.agency_code, Complaint.region_code))
    if status:
        stmt = stmt.where(Complaint.status == status)
    with db.session() as session:
        rows = session.scalars(stmt.order_by(Complaint.id.desc()).limit(limit)).all()
        return [_view(c, principal) for c in rows]


def _scoped(session: Any, principal: Principal, complaint_id: int) -> Complaint:
    c: Complaint | None = session.get(Complaint, complaint_id)
    if c is None or not principal.sees(c.agency_code, c.region_code):
        raise NotFoundError(f"no complaint {complaint_id}")
    return c


def get_complaint(db: Database, *, principal: Principal, complaint_id: int) -> dict[str, Any]:
    """One complaint (reporter identity for admins only)."""
    require(principal, "complaints.read")
    with db.session() as session:
        return _view(_scoped(session, principal, complaint_id), principal)


def screenshot(db: Database, *, principal: Principal, complaint_id: int) -> tuple[bytes, str]:
    """The screenshot bytes and type of a complaint in scope."""
    require(principal, "complaints.read")
    with db.session() as session:
        c = _scoped(session, principal, complaint_id)
        sha, kind = c.screenshot_sha256, c.screenshot_type
    if not sha or not kind:
        raise NotFoundError("no screenshot")
    data = evidence_path(db.workspace.evidence_dir, sha).read_bytes()
    if hashlib.sha256(data).hexdigest() != sha:  # the store is content-addressed: check it
        raise NotFoundError("screenshot does not match its hash")
    return data, kind


def triage(
    db: Database,
    *,
    principal: Principal,
    complaint_id: int,
    status: str,
    note: str,
    nip: str | None = None,
) -> int | None:
    """Move a complaint on; accepting it needs the employee's NIP and opens or extends a case."""
    require(principal, "complaints.write")
    if status not in STATUSES[1:]:
        raise ValidationError(f"status must be one of {', '.join(STATUSES[1:])}")
    note = (note or "").strip()
    if len(note) < 3:
        raise ValidationError("a note is required (at least 3 characters)")
    with db.session(actor=principal.actor) as session:
        c = _scoped(session, principal, complaint_id)
        if c.status in ("accepted", "rejected"):
            raise ValidationError(f"complaint {c.ticket} is already {c.status}")
        c.status = status
        c.status_note = note
        c.updated_at = utcnow()
        if status != "accepted":
            return None
        nip = (nip or c.reported_nip or "").strip()
        if not nip:
            raise ValidationError("accepting a complaint needs the employee's NIP")
        emp = session.scalar(select(Employee).where(Employee.nip == nip))
        if emp is None or not principal.sees(emp.agency_code, emp.region_code):
            raise NotFoundError(f"no employee with NIP {nip}")
        case = open_case(session, nip=nip, actor=principal.actor, reason=f"aduan {c.ticket}")
        c.reported_nip = nip
        c.agency_code, c.region_code = emp.agency_code, emp.region_code
        c.case_id = case.id
        from netra.cases.models import CaseEvent

        session.add(
            CaseEvent(
                case_id=case.id,
                at=utcnow(),
                actor=principal.actor,
                kind="complaint_attached",
                note=note,
                data={"ticket": c.ticket},
            )
        )
        return case.id
