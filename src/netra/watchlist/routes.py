"""Watchlist and election-calendar editor pages."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from starlette.datastructures import FormData

from netra.core.errors import ValidationError
from netra.ingest.schemas import CONTESTS, PLATFORMS, STAGES, TARGET_KINDS, VERDICTS
from netra.users.schemas import Principal
from netra.watchlist import service
from netra.web.app import redirect, render
from netra.web.security import current_principal, db_of, read_form

router = APIRouter()
Me = Annotated[Principal, Depends(current_principal)]
Form = Annotated[FormData, Depends(read_form)]


def _f(form: FormData, name: str) -> str:
    value = form.get(name, "")
    return value.strip() if isinstance(value, str) else ""


def _day(form: FormData, name: str) -> date:
    try:
        return date.fromisoformat(_f(form, name))
    except ValueError:
        raise ValidationError(f"{name}: use YYYY-MM-DD") from None


@router.get("/watchlist")
def watchlist_page(request: Request, me: Me) -> Response:
    """Targets with accounts and keywords, claims, documents."""
    data = service.watchlist(db_of(request), principal=me)
    return render(
        request,
        "watchlist.html",
        data=data,
        kinds=sorted(TARGET_KINDS),
        platforms=sorted(PLATFORMS),
        verdicts=sorted(VERDICTS),
    )


@router.post("/watchlist/{what}")
def watchlist_edit(request: Request, me: Me, form: Form, what: str) -> Response:
    """Add or remove one thing of the watchlist."""
    db = db_of(request)
    if what == "target":
        service.add_target(
            db,
            principal=me,
            target_id=_f(form, "target_id"),
            name=_f(form, "name"),
            kind=_f(form, "kind"),
            election_id=_f(form, "election_id") or None,
            ballot_number=_f(form, "ballot_number") or None,
            party=_f(form, "party") or None,
        )
    elif what == "account":
        service.add_target_account(
            db,
            principal=me,
            target_id=_f(form, "target_id"),
            platform=_f(form, "platform"),
            handle=_f(form, "handle") or None,
            user_id=_f(form, "user_id") or None,
        )
    elif what == "keyword":
        service.add_keyword(
            db, principal=me, target_id=_f(form, "target_id"), term=_f(form, "term")
        )
    elif what == "keyword-delete":
        service.delete_keyword(db, principal=me, keyword_id=int(_f(form, "id") or 0))
    elif what == "account-delete":
        service.delete_target_account(db, principal=me, account_id=int(_f(form, "id") or 0))
    elif what == "claim":
        service.add_claim(
            db,
            principal=me,
            claim_id=_f(form, "claim_id"),
            text=_f(form, "text"),
            verdict=_f(form, "verdict"),
            source_url=_f(form, "source_url") or None,
        )
    elif what == "claim-delete":
        service.delete_claim(db, principal=me, claim_id=_f(form, "claim_id"))
    elif what == "document":
        service.add_document(db, principal=me, doc_id=_f(form, "doc_id"), text=_f(form, "text"))
    else:
        raise ValidationError(f"unknown editor {what!r}")
    return redirect(request, "/watchlist")


@router.get("/calendar")
def calendar_page(request: Request, me: Me) -> Response:
    """Elections and their stages."""
    return render(
        request,
        "calendar.html",
        elections=service.calendar(db_of(request), principal=me),
        contests=sorted(CONTESTS),
        stages=["candidacy", "campaign", "quiet", "voting", "counting", "result"],
        all_stages=sorted(STAGES),
    )


@router.post("/calendar/{what}")
def calendar_edit(request: Request, me: Me, form: Form, what: str) -> Response:
    """Add an election, set or delete a stage."""
    db = db_of(request)
    if what == "election":
        service.add_election(
            db,
            principal=me,
            election_id=_f(form, "election_id"),
            name=_f(form, "name"),
            contest=_f(form, "contest"),
            region_code=_f(form, "region_code") or None,
        )
    elif what == "stage":
        service.set_stage(
            db,
            principal=me,
            election_id=_f(form, "election_id"),
            stage=_f(form, "stage"),
            starts_on=_day(form, "starts_on"),
            ends_on=_day(form, "ends_on"),
        )
    elif what == "stage-delete":
        service.delete_stage(db, principal=me, stage_id=int(_f(form, "id") or 0))
    else:
        raise ValidationError(f"unknown editor {what!r}")
    return redirect(request, "/calendar")
