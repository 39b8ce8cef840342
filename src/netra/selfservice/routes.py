"""Employee self-service pages and the permission-request decisions."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from starlette.datastructures import FormData

from netra.cases.service import list_cases
from netra.core.errors import ValidationError
from netra.ingest.schemas import PLATFORMS
from netra.selfservice import service
from netra.users.schemas import Principal
from netra.web.app import redirect, render
from netra.web.security import current_principal, db_of, read_form

router = APIRouter()
Me = Annotated[Principal, Depends(current_principal)]
Form = Annotated[FormData, Depends(read_form)]


@router.get("/me")
def self_page(request: Request, me: Me) -> Response:
    """My accounts, my permission requests, my cases (with clarifications to answer)."""
    db = db_of(request)
    cases, _ = list_cases(db, principal=me, state=None)
    return render(
        request,
        "self.html",
        accounts=service.my_accounts(db, principal=me),
        requests=service.my_requests(db, principal=me),
        cases=cases,
        platforms=sorted(PLATFORMS),
    )


@router.post("/me/accounts")
def declare(request: Request, me: Me, form: Form) -> Response:
    """Declare an account as mine."""
    service.declare_account(
        db_of(request),
        principal=me,
        platform=str(form.get("platform", "")),
        handle=str(form.get("handle", "")),
        user_id=str(form.get("user_id", "")) or None,
    )
    return redirect(request, "/me")


@router.post("/me/requests")
def ask(request: Request, me: Me, form: Form) -> Response:
    """Ask for permission."""
    service.request_permission(
        db_of(request),
        principal=me,
        kind=str(form.get("kind", "")),
        description=str(form.get("description", "")),
        platform=str(form.get("platform", "")) or None,
        handle=str(form.get("handle", "")) or None,
    )
    return redirect(request, "/me")


@router.get("/permissions")
def permissions_page(request: Request, me: Me, status: str = "pending") -> Response:
    """Permission requests in scope."""
    rows = service.list_requests(db_of(request), principal=me, status=status or None)
    return render(request, "permissions.html", rows=rows, status=status)


@router.post("/permissions/{request_id}")
def decide(request: Request, me: Me, form: Form, request_id: int) -> Response:
    """Approve or deny."""
    verdict = str(form.get("decision", ""))
    if verdict not in ("approve", "deny"):
        raise ValidationError("decision must be approve or deny")
    service.decide_request(
        db_of(request),
        principal=me,
        request_id=request_id,
        approve=verdict == "approve",
        note=str(form.get("note", "")),
    )
    return redirect(request, "/permissions")
