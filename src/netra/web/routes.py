"""Pages and API of the web domain itself: home, language, dashboard, audit log, health."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy import select, text
from starlette.datastructures import FormData

from netra.audit.models import AuditEntry
from netra.audit.service import verify
from netra.core.errors import AuditIntegrityError
from netra.users.schemas import Principal
from netra.users.service import require
from netra.web.app import redirect, render
from netra.web.charts import bar_chart, gauge, time_chart
from netra.web.i18n import LANGS, translate
from netra.web.security import (
    LANG_COOKIE,
    cookie_args,
    csrf_guard,
    current_principal,
    db_of,
    optional_principal,
    read_form,
)
from netra.web.service import Dashboard, dashboard

router = APIRouter()
api = APIRouter(prefix="/api/v1", tags=["general"], dependencies=[Depends(csrf_guard)])
Me = Annotated[Principal, Depends(current_principal)]
Form = Annotated[FormData, Depends(read_form)]

HOME = {"employee": "/me", "ppk": "/cases", "auditor": "/dashboard"}


@router.get("/")
def home(request: Request) -> Response:
    """Send each role to its first page; visitors to the login page."""
    p = optional_principal(request)
    if p is None:
        return RedirectResponse("/login", status_code=303)
    return RedirectResponse(HOME.get(p.role, "/review"), status_code=303)


@router.get("/lang/{code}")
def set_lang(request: Request, code: str, next: str = "/") -> Response:
    """Switch the UI language (a preference cookie; no server state changes)."""
    target = next if next.startswith("/") and not next.startswith("//") else "/"
    response = RedirectResponse(target, status_code=303)
    if code in LANGS:
        response.set_cookie(LANG_COOKIE, code, max_age=365 * 86400, **cookie_args(request))
    return response


@router.get("/dashboard")
def dashboard_page(request: Request, me: Me) -> Response:
    """Findings and cases over time against the election calendar, by dimension, follow-up."""
    data = dashboard(db_of(request), principal=me)
    lang = request.cookies.get(LANG_COOKIE, "id")
    # The figures are cached; so are their SVG drawings (same figures, same language).
    cache: dict[tuple[int, str, str], dict[str, Any]] = request.app.state.__dict__.setdefault(
        "chart_cache", {}
    )
    key = (id(data), data.computed_at.isoformat(), lang)
    charts = cache.get(key)
    if charts is None:
        if len(cache) > 64:
            cache.clear()
        charts = cache[key] = _charts(data, lang)
    return render(request, "dashboard.html", data=data, charts=charts)


def _charts(data: Dashboard, lang: str) -> dict[str, Any]:
    return {
        "findings_time": time_chart(data.findings_by_week, bands=data.stages),
        "cases_time": time_chart(data.cases_by_week, bands=data.stages, color="#c0392b"),
        "by_category": bar_chart(
            [(translate(f"cat.{c}", lang), float(n)) for c, n in data.by_category]
        ),
        "by_agency": bar_chart([(a, float(n)) for a, n in data.by_agency]),
        "by_region": bar_chart([(r, float(n)) for r, n in data.by_region]),
        "by_platform": bar_chart([(p, float(n)) for p, n in data.by_platform]),
        "followup": gauge(data.followup_rate, label=translate("dash.followup_rate", lang)),
        "ontime": gauge(data.ontime_rate, label=translate("dash.followup_ontime", lang)),
    }


@router.get("/admin/audit")
def audit_page(request: Request, me: Me, verify_chain: bool = False) -> Response:
    """The newest audit entries; optionally walk the whole chain."""
    require(me, "audit.read")
    db = db_of(request)
    result: dict[str, Any] | None = None
    with db.session() as session:
        entries = session.scalars(
            select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(100)
        ).all()
        if verify_chain:
            try:
                res = verify(session)
                result = {"ok": True, "entries": res.entries, "head": res.head}
            except AuditIntegrityError as exc:
                result = {"ok": False, "message": exc.message}
    return render(request, "audit.html", entries=entries, result=result)


@router.get("/healthz")
def healthz(request: Request) -> dict[str, str]:
    """Liveness and database reachability."""
    with db_of(request).engine.connect() as conn:
        conn.execute(text("SELECT 1"))
    return {"status": "ok"}


@router.post("/admin/cache/clear")
def clear_cache(request: Request, me: Me, form: Form) -> Response:
    """Recompute the dashboard now (admins)."""
    require(me, "users.manage")
    from netra.web.service import invalidate

    invalidate(db_of(request))
    return redirect(request, "/dashboard")


@api.get("/me")
def api_me(me: Me) -> dict[str, Any]:
    """Who the token or session belongs to, and its scope."""
    return {
        "username": me.username,
        "display_name": me.display_name,
        "role": me.role,
        "agencies": list(me.agencies),
        "regions": list(me.regions),
        "nip": me.nip,
    }


@api.get("/dashboard")
def api_dashboard(request: Request, me: Me) -> dict[str, Any]:
    """Dashboard figures of the caller's scope (cached up to a minute)."""
    d = dashboard(db_of(request), principal=me)
    return {
        "computed_at": d.computed_at.isoformat(),
        "findings_total": d.findings_total,
        "findings_by_week": {k.isoformat(): v for k, v in d.findings_by_week.items()},
        "cases_by_week": {k.isoformat(): v for k, v in d.cases_by_week.items()},
        "by_category": dict(d.by_category),
        "by_agency": dict(d.by_agency),
        "by_region": dict(d.by_region),
        "by_platform": dict(d.by_platform),
        "queue": d.queue,
        "cases": d.cases,
        "overdue_cases": d.overdue_cases,
        "overdue_items": d.overdue_items,
        "ppk_follow_up": {
            "sent": d.sent_to_ppk,
            "decided": d.decided,
            "decided_on_time": d.decided_on_time,
        },
    }
