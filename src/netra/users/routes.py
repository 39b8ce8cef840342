"""Sign-in, sign-out and the user administration page."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from starlette.datastructures import FormData

from netra.core.errors import NetraError
from netra.users.schemas import ROLES, Principal
from netra.users.service import (
    SESSION_LIFETIME,
    AuthError,
    LockedOutError,
    create_user,
    list_users,
    require,
    sign_in,
    sign_out,
)
from netra.web.app import lang_of, redirect, render
from netra.web.i18n import translate
from netra.web.security import (
    SESSION_COOKIE,
    VISITOR_COOKIE,
    client_address,
    cookie_args,
    current_principal,
    db_of,
    read_form,
)

router = APIRouter()
Me = Annotated[Principal, Depends(current_principal)]
Form = Annotated[FormData, Depends(read_form)]


def _safe_next(value: str | None) -> str:
    return value if value and value.startswith("/") and not value.startswith("//") else "/"


@router.get("/login")
def login_page(request: Request, next: str = "/") -> Response:
    """The sign-in form."""
    return render(request, "login.html", next=_safe_next(next), error=None)


@router.post("/login")
async def login(request: Request, form: Form) -> Response:
    """Check the password (argon2, in a worker thread), open a session, set the cookie."""
    username = str(form.get("username", ""))
    password = str(form.get("password", ""))
    target = _safe_next(str(form.get("next", "/")))
    try:
        result = await run_in_threadpool(
            sign_in,
            db_of(request),
            username=username,
            password=password,
            ip=client_address(request),
            user_agent=request.headers.get("user-agent"),
        )
    except LockedOutError:
        msg = translate("login.locked", lang_of(request))
        return render(request, "login.html", status_code=429, next=target, error=msg)
    except AuthError:
        msg = translate("login.failed", lang_of(request))
        return render(request, "login.html", status_code=401, next=target, error=msg)
    response = redirect(request, target)
    response.set_cookie(
        SESSION_COOKIE,
        result.token,
        max_age=int(SESSION_LIFETIME.total_seconds()),
        **cookie_args(request),
    )
    response.delete_cookie(VISITOR_COOKIE, path="/")
    return response


@router.post("/logout")
def logout(request: Request, me: Me, form: Form) -> Response:
    """End the session server-side and drop the cookie."""
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        sign_out(db_of(request), token=token, actor=me.actor)
    response = redirect(request, "/login")
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


@router.get("/admin/users")
def users_page(request: Request, me: Me) -> Response:
    """Users and a form to add one (admins)."""
    require(me, "users.manage")
    return render(request, "users.html", users=list_users(db_of(request)), roles=ROLES)


@router.post("/admin/users")
def add_user(request: Request, me: Me, form: Form) -> Response:
    """Create a user from the form."""
    require(me, "users.manage")

    def split(name: str) -> list[str]:
        return [p.strip() for p in str(form.get(name, "")).split(",") if p.strip()]

    try:
        create_user(
            db_of(request),
            username=str(form.get("username", "")),
            password=str(form.get("password", "")),
            role=str(form.get("role", "")),
            display_name=str(form.get("display_name", "")) or None,
            agencies=split("agencies"),
            regions=split("regions"),
            nip=str(form.get("nip", "")).strip() or None,
            actor=me.actor,
        )
    except NetraError as exc:
        return redirect(request, "/admin/users", flash=exc.message)
    return redirect(request, "/admin/users", flash=translate("flash.saved", lang_of(request)))
