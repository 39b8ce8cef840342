"""The web application: FastAPI + server-rendered Jinja2 + htmx, every asset served locally."""

from __future__ import annotations

import asyncio
import os
import re
import weakref
from datetime import datetime
from functools import partial
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from netra import __version__
from netra.core.config import Workspace
from netra.core.db import Database
from netra.core.errors import NetraError
from netra.users.service import AuthError, LockedOutError
from netra.web.i18n import LANGS, translate
from netra.web.rows import DISPLAY_TZ, case_rows, fmt_dt, queue_rows
from netra.web.security import (
    FLASH_COOKIE,
    LANG_COOKIE,
    VISITOR_COOKIE,
    WebSettings,
    cookie_args,
    csrf_for,
    load_secret,
    optional_principal,
)

WEB_ROOT = Path(str(resources.files("netra.web")))
# No inline script or style anywhere, so the policy can forbid both.
CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
)


# Page reads served at once per process; the rest wait their turn in arrival order.
# Handlers are plain functions run in threads: with 20 requests in progress they share one GIL
# and all advance together, so an 8 ms page takes 20 × 8 ms and the costliest pages see the
# longest waits; served a few at a time, each costs less CPU (no GIL hand-offs) and every page
# waits about the same. $NETRA_WEB_SLOTS overrides it (docs/performance.md, Web).
DEFAULT_SLOTS = 4
UNGATED_PATHS = ("/static/", "/healthz")


def _slots() -> int:
    try:
        return max(1, int(os.environ.get("NETRA_WEB_SLOTS", DEFAULT_SLOTS)))
    except ValueError:
        return DEFAULT_SLOTS


class PageGate:
    """Lets at most `slots` GET/HEAD requests compute at once, first come first served.

    The slot is given back as soon as the response starts (a page is rendered by then; a file
    streams outside the gate). Writes (POST: sign-in with its argon2 hash, decisions) and
    static files never wait here. Pure ASGI, one semaphore per event loop.
    """

    def __init__(self, app: ASGIApp, slots: int | None = None) -> None:
        self.app = app
        self.slots = slots or _slots()
        self._sems: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Semaphore] = (
            weakref.WeakKeyDictionary()
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Wait for a slot (page reads only), run the app, free the slot when it answers."""
        if (
            scope["type"] != "http"
            or scope["method"] not in ("GET", "HEAD")
            or scope["path"].startswith(UNGATED_PATHS)
        ):
            await self.app(scope, receive, send)
            return
        loop = asyncio.get_running_loop()
        sem = self._sems.get(loop)
        if sem is None:
            sem = self._sems[loop] = asyncio.Semaphore(self.slots)
        await sem.acquire()
        held = True

        def free() -> None:
            nonlocal held
            if held:
                held = False
                sem.release()

        async def send_and_free(message: Message) -> None:
            if message["type"] == "http.response.start":
                free()
            await send(message)

        try:
            await self.app(scope, receive, send_and_free)
        finally:
            free()


class SecurityHeaders:
    """Adds the security headers to every response (pure ASGI: no body buffering)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Wrap `send` to add the headers."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers += [
                    (b"content-security-policy", CSP.encode()),
                    (b"x-content-type-options", b"nosniff"),
                    (b"x-frame-options", b"DENY"),
                    (b"referrer-policy", b"same-origin"),
                    (b"cross-origin-opener-policy", b"same-origin"),
                ]
                if scope.get("scheme") == "https":
                    headers.append((b"strict-transport-security", b"max-age=31536000"))
                if not scope["path"].startswith("/static/"):
                    headers.append((b"cache-control", b"no-store"))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


def lang_of(request: Request) -> str:
    """The UI language: the toggle's cookie, else Indonesian."""
    lang = request.cookies.get(LANG_COOKIE, "id")
    return lang if lang in LANGS else "id"


def highlight(text: Any, words: Any) -> Markup:
    """Escape `text` and wrap each matched word (case-insensitive) in <mark>."""
    body = str(text or "")
    terms = [str(w) for w in (words or []) if str(w).strip()]
    if not terms:
        return Markup(escape(body))
    pattern = re.compile("|".join(re.escape(w) for w in sorted(terms, key=len, reverse=True)), re.I)
    out, last = [], 0
    for m in pattern.finditer(body):
        out.append(escape(body[last : m.start()]))
        out.append(Markup("<mark>") + escape(m.group(0)) + Markup("</mark>"))
        last = m.end()
    out.append(escape(body[last:]))
    return Markup("").join(out)


def render(request: Request, name: str, status_code: int = 200, **ctx: Any) -> HTMLResponse:
    """Render a page with the context every template needs (user, language, CSRF, flash)."""
    templates: Jinja2Templates = request.app.state.templates
    lang = lang_of(request)
    flash = request.cookies.get(FLASH_COOKIE)
    context = {
        "p": optional_principal(request),
        "lang": lang,
        "t": partial(translate, lang=lang),
        "csrf": csrf_for(request),
        "flash": unquote(flash) if flash else None,
        "version": __version__,
        "path": request.url.path,
        **ctx,
    }
    response = templates.TemplateResponse(request, name, context, status_code=status_code)
    if flash:
        response.delete_cookie(FLASH_COOKIE, path="/")
    new_visitor = request.state._state.get("new_visitor")
    if new_visitor:
        response.set_cookie(VISITOR_COOKIE, new_visitor, **cookie_args(request))
    return response


def redirect(request: Request, url: str, *, flash: str | None = None) -> RedirectResponse:
    """303 to `url` (after a POST), with an optional one-time message."""
    response = RedirectResponse(url, status_code=303)
    if flash:
        response.set_cookie(FLASH_COOKIE, quote(flash[:300]), max_age=60, **cookie_args(request))
    return response


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path in ("/healthz",)


def _error_page(request: Request, status: int, message: str) -> Response:
    if _is_api(request):
        return JSONResponse({"error": message}, status_code=status)
    return render(request, "error.html", status_code=status, message=message, status=status)


async def _netra_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, NetraError)
    if isinstance(exc, AuthError) and not isinstance(exc, LockedOutError) and not _is_api(request):
        target = "/login?next=" + quote(request.url.path)
        if request.headers.get("hx-request"):
            return Response(status_code=204, headers={"HX-Redirect": target})
        return RedirectResponse(target, status_code=303)
    return _error_page(request, exc.http_status, exc.message)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    return _error_page(request, exc.status_code, str(exc.detail))


async def _validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    if _is_api(request):
        return JSONResponse({"error": "invalid request", "detail": exc.errors()}, status_code=422)
    first = exc.errors()[0] if exc.errors() else {}
    where = ".".join(str(p) for p in first.get("loc", ()))
    return _error_page(request, 422, f"{where}: {first.get('msg', 'invalid input')}")


def create_app_from_env() -> FastAPI:
    """The app on $NETRA_WORKSPACE (for `uvicorn --factory` and `netra serve --workers N`)."""
    secure = os.environ.get("NETRA_COOKIE_SECURE", "") == "1"
    return create_app(Workspace.at(), secure_cookies=secure)


def create_app(
    workspace: Workspace | Path | str,
    *,
    db: Database | None = None,
    secure_cookies: bool = False,
) -> FastAPI:
    """The Netra web app on `workspace` (migrated on open)."""
    ws = workspace if isinstance(workspace, Workspace) else Workspace.at(workspace)
    database = db or Database(ws)
    app = FastAPI(
        title="Netra",
        version=__version__,
        description="Netra JSON API: review queue, findings, cases and dashboards. "
        "Authenticate with `Authorization: Bearer <token>` (`netra user token`).",
        docs_url="/api/docs",
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.state.db = database
    app.state.settings = WebSettings(
        secret=load_secret(database.workspace.root), secure_cookies=secure_cookies
    )
    templates = Jinja2Templates(directory=str(WEB_ROOT / "templates"))
    # Templates ship with the package: skip the per-render file-modification check.
    templates.env.auto_reload = False
    templates.env.filters["dt"] = fmt_dt
    templates.env.filters["d"] = partial(fmt_dt, with_time=False)
    templates.env.globals["queue_rows"] = queue_rows
    templates.env.globals["case_rows"] = case_rows
    templates.env.filters["highlight"] = highlight
    templates.env.globals["now"] = lambda: datetime.now(DISPLAY_TZ)
    app.state.templates = templates
    app.add_middleware(SecurityHeaders)
    app.add_middleware(PageGate)
    app.add_exception_handler(NetraError, _netra_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.mount("/static", StaticFiles(directory=str(WEB_ROOT / "static")), name="static")

    from netra.cases.routes import api as cases_api
    from netra.cases.routes import router as cases_router
    from netra.complaints.routes import router as complaints_router
    from netra.review.routes import api as review_api
    from netra.review.routes import router as review_router
    from netra.selfservice.routes import router as self_router
    from netra.users.routes import router as users_router
    from netra.watchlist.routes import router as watch_router
    from netra.web.routes import api as web_api
    from netra.web.routes import router as web_router

    for router in (
        web_router,
        users_router,
        review_router,
        cases_router,
        complaints_router,
        self_router,
        watch_router,
    ):
        app.include_router(router, include_in_schema=False)
    for router in (web_api, review_api, cases_api):
        app.include_router(router)
    return app
