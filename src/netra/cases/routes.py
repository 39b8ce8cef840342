"""Case pages (list, overdue, case file with its steps) and the cases JSON API."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response
from starlette.datastructures import FormData

from netra.cases import service
from netra.cases.schemas import STATES, TIERS, DecisionIn
from netra.core.errors import ValidationError
from netra.users.schemas import Principal
from netra.web.app import redirect, render
from netra.web.security import csrf_guard, current_principal, db_of, read_form

router = APIRouter()
api = APIRouter(prefix="/api/v1", tags=["cases"], dependencies=[Depends(csrf_guard)])
Me = Annotated[Principal, Depends(current_principal)]
Form = Annotated[FormData, Depends(read_form)]


@router.get("/cases")
def cases_page(
    request: Request,
    me: Me,
    state: str | None = "open",
    overdue: bool = False,
    agency: str | None = None,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> Response:
    """Cases in scope; `overdue=1` lists those past their deadline, oldest first."""
    state = state if state in (*STATES, "open") else None
    rows, more = service.list_cases(
        db_of(request),
        principal=me,
        state=state,
        overdue=overdue,
        agency=agency or None,
        offset=offset,
    )
    return render(
        request,
        "cases.html",
        rows=rows,
        more=more,
        offset=offset,
        state=state,
        overdue=overdue,
        states=STATES,
        agency=agency,
    )


@router.get("/cases/{case_id}")
def case_page(request: Request, me: Me, case_id: int) -> Response:
    """The case file: employee, findings, clarifications, history, and the allowed steps."""
    detail = service.get_case(db_of(request), principal=me, case_id=case_id)
    return render(request, "case.html", d=detail, tiers=TIERS, today=date.today())


@router.post("/cases/{case_id}/{action}")
def case_action(request: Request, me: Me, form: Form, case_id: int, action: str) -> Response:
    """One step of the case workflow."""
    db = db_of(request)
    note = str(form.get("note", ""))
    kw: dict[str, Any] = {"principal": me, "case_id": case_id}
    if action == "request_clarification":
        service.request_clarification(db, question=note, **kw)
    elif action == "answer_clarification":
        service.answer_clarification(db, answer=note, **kw)
    elif action == "recommend":
        service.recommend(db, tier=str(form.get("tier", "")), note=note, **kw)
    elif action == "send_to_ppk":
        service.send_to_ppk(db, **kw)
    elif action == "record_decision":
        try:
            decree_date = date.fromisoformat(str(form.get("decree_date", "")))
        except ValueError:
            raise ValidationError("decree date: use YYYY-MM-DD") from None
        service.record_decision(
            db,
            tier=str(form.get("tier", "")),
            decree_number=str(form.get("decree_number", "")),
            decree_date=decree_date,
            note=note,
            **kw,
        )
    elif action == "file_appeal":
        service.file_appeal(db, note=note, **kw)
    elif action == "propose_close":
        service.propose_close(db, note=note, **kw)
    elif action == "close":
        service.close(db, note=note, **kw)
    elif action == "reject_close":
        service.reject_close(db, note=note, **kw)
    else:
        raise ValidationError(f"unknown step {action!r}")
    return redirect(request, f"/cases/{case_id}")


@api.get("/cases")
def api_cases(
    request: Request,
    me: Me,
    state: str | None = None,
    overdue: bool = False,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> dict[str, Any]:
    """Cases in the caller's scope."""
    rows, more = service.list_cases(
        db_of(request), principal=me, state=state, overdue=overdue, limit=limit, offset=offset
    )
    return {"cases": [asdict(r) for r in rows], "more": more}


@api.get("/cases/{case_id}")
def api_case(request: Request, me: Me, case_id: int) -> dict[str, Any]:
    """One case with its history."""
    return asdict(service.get_case(db_of(request), principal=me, case_id=case_id))


@api.post("/cases/{case_id}/decision")
def api_decision(request: Request, me: Me, case_id: int, body: DecisionIn) -> dict[str, str]:
    """Record the PPK's decision from a personnel system."""
    service.record_decision(
        db_of(request),
        principal=me,
        case_id=case_id,
        tier=body.tier,
        decree_number=body.decree_number,
        decree_date=body.decree_date,
        note=body.note,
    )
    return {"state": "ppk_decision"}
