"""Employee self-service: declare accounts, ask permission; and the decisions on requests."""

from __future__ import annotations

from typing import Any

from sqlalchemy import or_, select

from netra.accounts.models import Account
from netra.core.db import Database, utcnow
from netra.core.errors import NotFoundError, ValidationError
from netra.ingest.schemas import PLATFORMS
from netra.roster.models import Employee
from netra.selfservice.models import PermissionRequest
from netra.users.schemas import Principal
from netra.users.service import ConflictError, require

KINDS = ("account", "media")
DECIDED = ("approved", "denied")


def _own_nip(principal: Principal) -> str:
    require(principal, "self.service")
    if not principal.nip:
        raise ValidationError("this user has no NIP")
    return principal.nip


def my_accounts(db: Database, *, principal: Principal) -> list[dict[str, Any]]:
    """The employee's accounts as Netra knows them (declared or linked)."""
    nip = _own_nip(principal)
    with db.session() as session:
        return [
            {
                "platform": a.platform,
                "handle": a.handle,
                "user_id": a.user_id,
                "link_method": a.link_method,
                "declared_at": a.declared_at,
                "approved": a.approved,
            }
            for a in session.scalars(
                select(Account).where(Account.nip == nip).order_by(Account.platform, Account.handle)
            )
        ]


def declare_account(
    db: Database,
    *,
    principal: Principal,
    platform: str,
    handle: str,
    user_id: str | None = None,
) -> None:
    """Declare an account as one's own: an `accounts` row with link_method 'declared'."""
    nip = _own_nip(principal)
    platform = (platform or "").strip().lower()
    handle = (handle or "").strip().lstrip("@")
    user_id = (user_id or "").strip() or None
    if platform not in PLATFORMS:
        raise ValidationError(f"unknown platform {platform!r}")
    if not handle or len(handle) > 200:
        raise ValidationError("the handle is required")
    with db.session(actor=principal.actor) as session:
        conds = [Account.handle == handle]
        if user_id:
            conds.append(Account.user_id == user_id)
        existing = session.scalars(
            select(Account).where(Account.platform == platform, or_(*conds))
        ).all()
        # Match on user_id when known, else on handle among accounts without one.
        match = next((a for a in existing if user_id and a.user_id == user_id), None) or next(
            (a for a in existing if a.handle == handle and (a.user_id is None or not user_id)),
            None,
        )
        now = utcnow()
        if match is not None:
            if match.nip and match.nip != nip and match.link_method in ("declared", "confirmed"):
                raise ConflictError("this account is already declared by another employee")
            match.nip = nip
            match.link_method = "declared"
            match.link_probability = 1.0
            match.declared_at = now
            match.handle = handle
            if user_id and not match.user_id:
                match.user_id = user_id
            return
        session.add(
            Account(
                platform=platform,
                user_id=user_id,
                handle=handle,
                display_name=None,
                nip=nip,
                link_method="declared",
                link_probability=1.0,
                declared_at=now,
                approved=None,
            )
        )


def request_permission(
    db: Database,
    *,
    principal: Principal,
    kind: str,
    description: str,
    platform: str | None = None,
    handle: str | None = None,
) -> int:
    """Ask for permission to use an account or to appear in the media; starts pending."""
    nip = _own_nip(principal)
    if kind not in KINDS:
        raise ValidationError(f"kind must be one of {', '.join(KINDS)}")
    description = (description or "").strip()
    if len(description) < 5:
        raise ValidationError("describe the request (at least 5 characters)")
    platform = (platform or "").strip().lower() or None
    if kind == "account" and (platform not in PLATFORMS or not (handle or "").strip()):
        raise ValidationError("an account request needs its platform and handle")
    with db.session(actor=principal.actor) as session:
        emp = session.scalar(select(Employee).where(Employee.nip == nip))
        req = PermissionRequest(
            nip=nip,
            agency_code=emp.agency_code if emp else None,
            region_code=emp.region_code if emp else None,
            kind=kind,
            platform=platform,
            handle=(handle or "").strip().lstrip("@") or None,
            description=description,
            status="pending",
            requested_at=utcnow(),
        )
        session.add(req)
        session.flush()
        return req.id


def _req_view(r: PermissionRequest) -> dict[str, Any]:
    return {
        "id": r.id,
        "nip": r.nip,
        "agency_code": r.agency_code,
        "kind": r.kind,
        "platform": r.platform,
        "handle": r.handle,
        "description": r.description,
        "status": r.status,
        "requested_at": r.requested_at,
        "decided_by": r.decided_by,
        "decided_at": r.decided_at,
        "decision_note": r.decision_note,
    }


def my_requests(db: Database, *, principal: Principal) -> list[dict[str, Any]]:
    """The employee's permission requests, newest first."""
    nip = _own_nip(principal)
    with db.session() as session:
        rows = session.scalars(
            select(PermissionRequest)
            .where(PermissionRequest.nip == nip)
            .order_by(PermissionRequest.id.desc())
        )
        return [_req_view(r) for r in rows]


def list_requests(
    db: Database, *, principal: Principal, status: str | None = "pending"
) -> list[dict[str, Any]]:
    """Permission requests in scope (PPK: own agency)."""
    require(principal, "permissions.read")
    stmt = select(PermissionRequest).where(
        principal.clause(PermissionRequest.agency_code, PermissionRequest.region_code)
    )
    if status:
        stmt = stmt.where(PermissionRequest.status == status)
    with db.session() as session:
        rows = session.scalars(stmt.order_by(PermissionRequest.id).limit(200))
        return [_req_view(r) for r in rows]


def decide_request(
    db: Database, *, principal: Principal, request_id: int, approve: bool, note: str
) -> None:
    """Approve or deny a pending request; an approved account is marked approved."""
    require(principal, "permissions.decide")
    with db.session(actor=principal.actor) as session:
        req = session.get(PermissionRequest, request_id)
        if req is None or not principal.sees(req.agency_code, req.region_code):
            raise NotFoundError(f"no request {request_id}")
        if req.status != "pending":
            raise ConflictError(f"request {request_id} is already {req.status}")
        req.status = "approved" if approve else "denied"
        req.decided_by = principal.actor
        req.decided_at = utcnow()
        req.decision_note = (note or "").strip() or None
        if req.kind == "account" and req.platform and req.handle:
            acct = session.scalar(
                select(Account).where(
                    Account.platform == req.platform,
                    Account.handle == req.handle,
                    Account.nip == req.nip,
                )
            )
            if acct is not None:
                acct.approved = approve
