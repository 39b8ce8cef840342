"""The public complaint form and ticket status; the staff's complaint pages."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from starlette.datastructures import FormData, UploadFile

from netra.complaints import service
from netra.complaints.schemas import MAX_SCREENSHOT_BYTES
from netra.core.errors import NetraError, ValidationError
from netra.rules.schemas import CATEGORIES
from netra.users.schemas import Principal
from netra.web.app import redirect, render
from netra.web.security import client_address, current_principal, db_of, read_form, settings_of

router = APIRouter()
Me = Annotated[Principal, Depends(current_principal)]
Form = Annotated[FormData, Depends(read_form)]
FIELDS = (
    "reported_name",
    "reported_nip",
    "reported_agency",
    "url",
    "category",
    "reason",
    "reporter_name",
    "reporter_contact",
)


@router.get("/complaint")
def complaint_form(request: Request) -> Response:
    """The public form (no sign-in)."""
    return render(request, "complaint_form.html", categories=CATEGORIES, values={}, error=None)


async def _read_upload(upload: UploadFile) -> bytes:
    # Read one byte past the limit: enough to know it is too large without reading it all.
    data = await upload.read(MAX_SCREENSHOT_BYTES + 1)
    if len(data) > MAX_SCREENSHOT_BYTES:
        raise ValidationError("screenshot too large (at most 5 MB)")
    return data


@router.post("/complaint")
async def complaint_submit(request: Request, form: Form) -> Response:
    """Validate, store, and show the ticket number."""
    from fastapi.concurrency import run_in_threadpool

    values = {k: str(form.get(k, "")) for k in FIELDS}
    upload = form.get("screenshot")
    try:
        shot = await _read_upload(upload) if isinstance(upload, UploadFile) else None
        ticket = await run_in_threadpool(
            service.submit,
            db_of(request),
            form=values,
            screenshot=shot or None,
            client=client_address(request),
            secret=settings_of(request).secret,
        )
    except NetraError as exc:
        return render(
            request,
            "complaint_form.html",
            status_code=exc.http_status,
            categories=CATEGORIES,
            values=values,
            error=exc.message,
        )
    return redirect(request, f"/complaint/done?ticket={ticket}")


@router.get("/complaint/done")
def complaint_done(request: Request, ticket: str) -> Response:
    """The ticket number to keep."""
    return render(request, "complaint_done.html", ticket=ticket)


@router.get("/complaint/status")
def complaint_status(request: Request, ticket: str = "") -> Response:
    """Status of a ticket: status and dates only."""
    info = service.ticket_status(db_of(request), ticket=ticket) if ticket else None
    return render(request, "complaint_status.html", info=info, ticket=ticket)


@router.get("/complaints")
def complaints_page(request: Request, me: Me, status: str | None = None) -> Response:
    """Complaints in scope (reporter identity for admins only)."""
    rows = service.list_complaints(db_of(request), principal=me, status=status or None)
    return render(request, "complaints.html", rows=rows, status=status, statuses=service.STATUSES)


@router.get("/complaints/{complaint_id}")
def complaint_page(request: Request, me: Me, complaint_id: int) -> Response:
    """One complaint with its triage form."""
    c = service.get_complaint(db_of(request), principal=me, complaint_id=complaint_id)
    return render(request, "complaint.html", c=c, statuses=service.STATUSES[1:])


@router.get("/complaints/{complaint_id}/screenshot")
def complaint_screenshot(request: Request, me: Me, complaint_id: int) -> Response:
    """The screenshot, served with its checked type and no sniffing."""
    data, kind = service.screenshot(db_of(request), principal=me, complaint_id=complaint_id)
    return Response(data, media_type=kind, headers={"Content-Disposition": "inline"})


@router.post("/complaints/{complaint_id}/triage")
def complaint_triage(request: Request, me: Me, form: Form, complaint_id: int) -> Response:
    """Move the complaint on; accepting opens or extends the employee's case."""
    case_id = service.triage(
        db_of(request),
        principal=me,
        complaint_id=complaint_id,
        status=str(form.get("status", "")),
        note=str(form.get("note", "")),
        nip=str(form.get("nip", "")) or None,
    )
    return redirect(request, f"/cases/{case_id}" if case_id else f"/complaints/{complaint_id}")
