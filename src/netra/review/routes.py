"""Review queue pages (queue, evidence viewer, QC) and its JSON API."""

from __future__ import annotations

import time
from dataclasses import asdict
from datetime import date
from typing import Annotated, Any, cast

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response
from starlette.datastructures import FormData

from netra.core.errors import ValidationError
from netra.ingest.schemas import PLATFORMS
from netra.review import service
from netra.review.schemas import STATUSES, Decision, DecisionIn, QueueFilters
from netra.rules.schemas import CATEGORIES
from netra.users.schemas import Principal
from netra.web.app import redirect, render
from netra.web.security import csrf_guard, current_principal, db_of, read_form

router = APIRouter()
api = APIRouter(prefix="/api/v1", tags=["review"], dependencies=[Depends(csrf_guard)])
Me = Annotated[Principal, Depends(current_principal)]
Form = Annotated[FormData, Depends(read_form)]


REVIEWERS_TTL = 30.0
# Rows per page of the queue page (the API's default stays 50): the first screen shows the
# riskiest 25, and a page of 25 renders in half the time (docs/performance.md, Web).
QUEUE_PAGE = 25


def _reviewers(request: Request, me: Principal) -> list[tuple[int, str]]:
    """The assign menu, cached briefly per process (it changes when users are added)."""
    cached = getattr(request.app.state, "reviewers", None)
    now = time.monotonic()
    if cached is None or now - cached[0] > REVIEWERS_TTL:
        cached = (now, service.reviewers(db_of(request), principal=me))
        request.app.state.reviewers = cached
    result: list[tuple[int, str]] = cached[1]
    return result


def _date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValidationError(f"not a date: {value!r} (use YYYY-MM-DD)") from None


def _filters(
    status: str | None,
    category: str | None,
    agency: str | None,
    platform: str | None,
    date_from: str | None,
    date_to: str | None,
    mine: bool,
) -> QueueFilters:
    return QueueFilters(
        status=status if status in STATUSES else (None if status == "any" else "open"),
        category=category or None,
        agency=agency or None,
        platform=platform or None,
        date_from=_date(date_from),
        date_to=_date(date_to),
        mine=mine,
    )


@router.get("/review")
def queue_page(
    request: Request,
    me: Me,
    status: str | None = "open",
    category: str | None = None,
    agency: str | None = None,
    platform: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    mine: bool = False,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> Response:
    """The queue, riskiest first, with filters and bulk actions; htmx asks for rows only."""
    filters = _filters(status, category, agency, platform, date_from, date_to, mine)
    page = service.list_queue(
        db_of(request), principal=me, filters=filters, limit=QUEUE_PAGE, offset=offset
    )
    query = {
        k: v
        for k, v in {
            "status": status,
            "category": category,
            "agency": agency,
            "platform": platform,
            "date_from": date_from,
            "date_to": date_to,
            "mine": "1" if mine else None,
        }.items()
        if v
    }
    template = "queue_rows.html" if request.headers.get("hx-target") == "queue" else "queue.html"
    return render(
        request,
        template,
        page=page,
        filters=filters,
        query=query,
        statuses=STATUSES,
        categories=CATEGORIES,
        platforms=sorted(PLATFORMS),
        reviewers=_reviewers(request, me),
    )


@router.post("/review/bulk")
def bulk(request: Request, me: Me, form: Form) -> Response:
    """Apply one decision (or claim) to every selected item."""
    ids = [int(v) for v in form.getlist("item") if isinstance(v, str) and v.isdigit()]
    action = str(form.get("action", ""))
    back = str(form.get("back", "/review"))
    back = back if back.startswith("/review") else "/review"
    if not ids:
        raise ValidationError("no items selected")
    if action == "claim":
        for i in ids:
            service.claim(db_of(request), principal=me, item_id=i)
    else:
        service.decide(
            db_of(request),
            principal=me,
            item_ids=ids,
            decision=cast(Decision, action),  # checked by the service
            reason=str(form.get("reason", "")),
        )
    return redirect(request, back, flash=f"{action}: {len(ids)}")


@router.get("/review/items/{item_id}")
def item_page(request: Request, me: Me, item_id: int) -> Response:
    """The evidence viewer: post, target, matched words, link evidence, rule and citations."""
    detail = service.get_item(db_of(request), principal=me, item_id=item_id)
    return render(
        request,
        "item.html",
        d=detail,
        reviewers=_reviewers(request, me),
    )


@router.post("/review/items/{item_id}/{action}")
def item_action(request: Request, me: Me, form: Form, item_id: int, action: str) -> Response:
    """claim, release, assign, confirm, dismiss, escalate, reopen, note, qc."""
    db = db_of(request)
    reason = str(form.get("reason", ""))
    url = f"/review/items/{item_id}"
    if action == "claim":
        service.claim(db, principal=me, item_id=item_id)
    elif action == "release":
        service.release(db, principal=me, item_id=item_id)
    elif action == "assign":
        service.assign(db, principal=me, item_id=item_id, assignee_id=int(str(form.get("user", 0))))
    elif action in ("confirm", "dismiss", "escalate"):
        decision = cast(Decision, action)
        cases = service.decide(
            db, principal=me, item_ids=[item_id], decision=decision, reason=reason
        )
        if cases:
            url = f"/cases/{cases[0]}"
    elif action == "reopen":
        service.reopen(db, principal=me, item_id=item_id, reason=reason)
    elif action == "note":
        service.add_note(db, principal=me, item_id=item_id, text=str(form.get("text", "")))
    elif action in ("qc-agree", "qc-disagree"):
        service.qc_review(
            db, principal=me, item_id=item_id, agree=action == "qc-agree", note=reason
        )
        url = "/review/qc"
    else:
        raise ValidationError(f"unknown action {action!r}")
    return redirect(request, url)


@router.get("/review/qc")
def qc_page(request: Request, me: Me) -> Response:
    """Dismissed items sampled for a second look."""
    rows = service.qc_pending(db_of(request), principal=me)
    return render(request, "qc.html", rows=rows)


@router.post("/review/qc/sample")
def qc_sample(request: Request, me: Me, form: Form) -> Response:
    """Draw a random sample of dismissed items."""
    try:
        rate = float(str(form.get("rate", "0.1")))
    except ValueError:
        raise ValidationError("rate must be a number") from None
    n = service.sample_for_qc(db_of(request), principal=me, rate=rate)
    return redirect(request, "/review/qc", flash=f"+{n}")


@api.get("/review/items")
def api_queue(
    request: Request,
    me: Me,
    status: str | None = "open",
    category: str | None = None,
    agency: str | None = None,
    platform: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> dict[str, Any]:
    """The queue in the caller's scope, riskiest first."""
    filters = _filters(status, category, agency, platform, date_from, date_to, False)
    page = service.list_queue(
        db_of(request), principal=me, filters=filters, limit=limit, offset=offset
    )
    return {"items": [asdict(r) for r in page.rows], "more": page.more, "offset": offset}


@api.get("/review/items/{item_id}")
def api_item(request: Request, me: Me, item_id: int) -> dict[str, Any]:
    """One item with its findings."""
    d = service.get_item(db_of(request), principal=me, item_id=item_id)
    out = asdict(d)
    for f in out["findings"]:
        f.pop("event", None)
    return out


@api.post("/review/decisions")
def api_decide(request: Request, me: Me, body: DecisionIn) -> dict[str, Any]:
    """Confirm, dismiss or escalate items; returns the cases touched."""
    cases = service.decide(
        db_of(request),
        principal=me,
        item_ids=body.item_ids,
        decision=body.decision,
        reason=body.reason,
    )
    return {"decided": len(body.item_ids), "cases": cases}


@api.get("/findings/{finding_id}")
def api_finding(request: Request, me: Me, finding_id: int) -> dict[str, Any]:
    """One finding, if its employee is in the caller's scope."""
    return service.get_finding(db_of(request), principal=me, finding_id=finding_id)


@router.get("/findings/{finding_id}")
def finding_page(request: Request, me: Me, finding_id: int) -> Response:
    """A finding opens its review item (or its JSON when it has none yet)."""
    f = service.get_finding(db_of(request), principal=me, finding_id=finding_id)
    if f["item_id"] is not None and me.can("queue.read"):
        return redirect(request, f"/review/items/{f['item_id']}")
    return render(request, "finding.html", f=f)
