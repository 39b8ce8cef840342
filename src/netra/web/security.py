"""Request-level security: who is asking (session cookie or API token), CSRF, cookies."""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fastapi import Request
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData

from netra.core.db import Database
from netra.core.errors import NetraError
from netra.users.schemas import Principal
from netra.users.service import (
    AuthError,
    csrf_token,
    csrf_valid,
    principal_for_api_token,
    principal_for_session,
)

SESSION_COOKIE = "netra_session"
VISITOR_COOKIE = "netra_visitor"
LANG_COOKIE = "netra_lang"
FLASH_COOKIE = "netra_flash"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


class CsrfError(NetraError):
    """A state-changing request without a valid CSRF token."""

    exit_code = 9
    http_status = 403


@dataclass(frozen=True, slots=True)
class WebSettings:
    """Settings of one app instance."""

    secret: bytes
    secure_cookies: bool


def load_secret(root: Path) -> bytes:
    """$NETRA_SECRET_KEY, else the workspace's `web-secret.key` (created 0600 on first use)."""
    env = os.environ.get("NETRA_SECRET_KEY")
    if env:
        return env.encode()
    path = root / "web-secret.key"
    if not path.exists():
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write(secrets.token_hex(32))
    return path.read_text().strip().encode()


def db_of(request: Request) -> Database:
    """The app's database."""
    db: Database = request.app.state.db
    return db


def settings_of(request: Request) -> WebSettings:
    """The app's settings."""
    settings: WebSettings = request.app.state.settings
    return settings


def _bearer(request: Request) -> str | None:
    auth = request.headers.get("authorization", "")
    if auth.lower().startswith("bearer "):
        return auth[7:].strip() or None
    return None


def optional_principal(request: Request) -> Principal | None:
    """The signed-in principal, or None (cached on the request)."""
    if "principal" in request.state._state:
        cached: Principal | None = request.state.principal
        return cached
    found: Principal | None = None
    db = db_of(request)
    token = _bearer(request)
    try:
        if token:
            found = principal_for_api_token(db, token=token)
            request.state.via_token = True
        elif cookie := request.cookies.get(SESSION_COOKIE):
            found = principal_for_session(db, token=cookie)
    except AuthError:
        if token:
            raise
        found = None
    request.state.principal = found
    return found


async def current_principal(request: Request) -> Principal:
    """Dependency: the signed-in principal, else AuthError (redirect to login / 401).

    Async, so that a page does not pay a thread hand-off for it: a session look-up is a dict
    hit in the per-process cache (a query once per SESSION_CACHE_SECONDS), answered on the
    event loop; an API token always costs a query, so that one runs in a thread.
    """
    if _bearer(request) and "principal" not in request.state._state:
        found = await run_in_threadpool(optional_principal, request)
    else:
        found = optional_principal(request)
    if found is None:
        raise AuthError("not signed in")
    return found


def csrf_seed(request: Request) -> str:
    """The cookie the CSRF token is bound to: the session, else the visitor cookie."""
    seed = request.cookies.get(SESSION_COOKIE) or request.cookies.get(VISITOR_COOKIE)
    if not seed:
        # First visit: a visitor cookie is set on the response (see app middleware).
        seed = request.state._state.get("new_visitor") or secrets.token_urlsafe(32)
        request.state.new_visitor = seed
    return seed


def csrf_for(request: Request) -> str:
    """The CSRF token to put in this page's forms and htmx headers."""
    return csrf_token(settings_of(request).secret, csrf_seed(request))


def check_csrf(request: Request, form: FormData | None = None) -> None:
    """Refuse a state-changing request whose token does not match its cookie."""
    if request.method in SAFE_METHODS or request.state._state.get("via_token"):
        return
    candidates = [request.headers.get(CSRF_HEADER)]
    if form is not None:
        value = form.get(CSRF_FIELD)
        candidates.append(value if isinstance(value, str) else None)
    seed = request.cookies.get(SESSION_COOKIE) or request.cookies.get(VISITOR_COOKIE)
    secret = settings_of(request).secret
    # Either carrier will do: a page swapped in by htmx may hold an older header value.
    if not seed or not any(csrf_valid(secret, seed, given) for given in candidates):
        raise CsrfError("the form expired or did not come from this site: reload and retry")


async def read_form(request: Request) -> FormData:
    """The submitted form, after the CSRF check."""
    form = await request.form(max_files=2, max_fields=1000)
    check_csrf(request, form)
    return form


def cookie_args(request: Request) -> dict[str, Any]:
    """Flags of every cookie the app sets (HttpOnly, SameSite=Lax, Secure over HTTPS)."""
    secure = settings_of(request).secure_cookies or request.url.scheme == "https"
    return {"httponly": True, "samesite": "lax", "secure": secure, "path": "/"}


def client_address(request: Request) -> str:
    """The client's address as the server sees it (behind a proxy: configure the proxy)."""
    return request.client.host if request.client else "unknown"


def csrf_guard(request: Request) -> None:
    """Router dependency: state-changing API calls with a session cookie need the header."""
    if request.method in SAFE_METHODS:
        return
    optional_principal(request)  # marks bearer-token requests, which carry no cookie
    check_csrf(request)
