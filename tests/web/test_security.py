"""Sign-in, sessions, CSRF, lock-out, headers, and scope enforced on every route."""

from __future__ import annotations

from collections.abc import Callable

from fastapi.routing import APIRoute
from sqlalchemy import select

from conftest import csrf_of, login
from netra.audit.models import AuditEntry
from netra.cases.models import Case
from netra.core.db import Database
from netra.detect.models import Finding
from netra.review.models import ReviewItem
from netra.roster.models import Employee
from netra.users.models import UserCredential, WebSession
from webfactories import NIP_A1, NIP_A2, People


def test_login_logout_and_session_cookie_flags(client, people: People, web_db: Database) -> None:  # type: ignore[no-untyped-def]
    assert client.get("/review").status_code == 303  # to the login page
    page = client.get("/login")
    assert "netra_visitor" in page.headers.get("set-cookie", "")
    r = client.post(
        "/login",
        data={
            "username": "analis",
            "password": "correct horse battery",
            "csrf_token": csrf_of(page.text),
        },
    )
    assert r.status_code == 303
    cookie = r.headers["set-cookie"]
    assert "netra_session=" in cookie and "HttpOnly" in cookie and "SameSite=lax" in cookie
    assert client.get("/review").status_code == 200
    with web_db.session() as s:
        (session_row,) = s.scalars(select(WebSession)).all()
        assert len(session_row.id) == 64 and session_row.id not in cookie  # only the hash is kept
    old = client.cookies.get("netra_session")
    logout = client.post("/logout", data={"csrf_token": csrf_of(client.get("/review").text)})
    assert logout.status_code == 303
    with web_db.session() as s:
        assert s.scalars(select(WebSession)).all() == []
    client.cookies.set("netra_session", old)
    assert client.get("/review").status_code == 303  # the old cookie no longer works


def test_https_cookies_are_secure(app, people: People) -> None:  # type: ignore[no-untyped-def]
    from fastapi.testclient import TestClient

    c = TestClient(app, base_url="https://testserver", follow_redirects=False)
    page = c.get("/login")
    r = c.post(
        "/login",
        data={
            "username": "admin",
            "password": "correct horse battery",
            "csrf_token": csrf_of(page.text),
        },
    )
    assert "Secure" in r.headers["set-cookie"]
    assert "strict-transport-security" in r.headers


def test_wrong_password_and_lockout(client, people: People) -> None:  # type: ignore[no-untyped-def]
    token = csrf_of(client.get("/login").text)
    for _ in range(5):
        r = client.post(
            "/login", data={"username": "analis", "password": "wrong-password", "csrf_token": token}
        )
        assert r.status_code == 401
    r = client.post(
        "/login",
        data={"username": "analis", "password": "correct horse battery", "csrf_token": token},
    )
    assert r.status_code == 429  # locked even with the right password
    r = client.post(
        "/login", data={"username": "nobody", "password": "x" * 12, "csrf_token": token}
    )
    assert r.status_code == 401


def test_csrf_is_required_for_every_state_change(signed_in: Callable, web_db: Database) -> None:  # type: ignore[type-arg]
    c = signed_in("admin")
    with web_db.session() as s:
        item_id = s.scalar(select(ReviewItem.id).where(ReviewItem.nip == NIP_A1))
    url = f"/review/items/{item_id}/dismiss"
    assert c.post(url, data={"reason": "tidak"}).status_code == 403
    assert c.post(url, data={"reason": "tidak", "csrf_token": "forged"}).status_code == 403
    ok = c.post(url, data={"reason": "tidak", "csrf_token": csrf_of(c.get("/review").text)})
    assert ok.status_code == 303
    # the htmx header works as well as the form field
    token = csrf_of(c.get("/review").text)
    r = c.post(
        f"/review/items/{item_id}/reopen", data={"reason": "lagi"}, headers={"X-CSRF-Token": token}
    )
    assert r.status_code == 303
    # JSON API with the session cookie needs the header too
    body = {"item_ids": [item_id], "decision": "dismiss", "reason": "tidak relevan"}
    assert c.post("/api/v1/review/decisions", json=body).status_code == 403
    assert (
        c.post("/api/v1/review/decisions", json=body, headers={"X-CSRF-Token": token}).status_code
        == 200
    )


def test_login_form_needs_csrf(client, people: People) -> None:  # type: ignore[no-untyped-def]
    r = client.post("/login", data={"username": "admin", "password": "correct horse battery"})
    assert r.status_code == 403


def test_security_headers(client) -> None:  # type: ignore[no-untyped-def]
    r = client.get("/login")
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert r.headers["x-frame-options"] == "DENY"
    assert r.headers["x-content-type-options"] == "nosniff"


def test_ppk_cannot_see_another_agencys_cases_or_findings(
    signed_in: Callable,
    web_db: Database,
    people: People,  # type: ignore[type-arg]
) -> None:
    admin = signed_in("admin")
    token = csrf_of(admin.get("/review").text)
    with web_db.session() as s:
        items = {nip: i for nip, i in s.execute(select(ReviewItem.nip, ReviewItem.id)) if nip}
    r = admin.post(
        "/api/v1/review/decisions",
        json={"item_ids": list(items.values()), "decision": "confirm", "reason": "terbukti"},
        headers={"X-CSRF-Token": token},
    )
    assert r.status_code == 200, r.text
    with web_db.session() as s:
        cases = {c.nip: c.id for c in s.scalars(select(Case))}
        findings = {f.nip: f.id for f in s.scalars(select(Finding)) if f.nip}
    ppk1 = signed_in("ppk1")
    own, other = cases[NIP_A1], cases[NIP_A2]
    assert ppk1.get(f"/cases/{own}").status_code == 200
    assert ppk1.get(f"/api/v1/cases/{own}").status_code == 200
    assert ppk1.get(f"/api/v1/findings/{findings[NIP_A1]}").status_code == 200
    # URL guessing: every id of the other agency reads as missing
    for url in (
        f"/cases/{other}",
        f"/api/v1/cases/{other}",
        f"/findings/{findings[NIP_A2]}",
        f"/api/v1/findings/{findings[NIP_A2]}",
    ):
        assert ppk1.get(url).status_code == 404, url
    listing = ppk1.get("/cases?state=").text
    assert f"/cases/{own}" in listing and f"/cases/{other}" not in listing
    api_list = ppk1.get("/api/v1/cases").json()["cases"]
    assert [c["id"] for c in api_list] == [own]
    # and the queue is not a PPK page at all
    assert ppk1.get("/review").status_code == 403
    assert ppk1.get(f"/review/items/{items[NIP_A2]}").status_code == 403
    token = csrf_of(ppk1.get("/cases").text)
    r = ppk1.post(
        f"/cases/{other}/record_decision",
        data={
            "csrf_token": token,
            "tier": "berat",
            "decree_number": "1",
            "decree_date": "2024-01-01",
        },
    )
    assert r.status_code == 404
    dash = ppk1.get("/api/v1/dashboard").json()
    assert dash["cases"] == {"opened": 1}


def test_every_page_needs_a_session(app, client) -> None:  # type: ignore[no-untyped-def]
    public = {
        "/login",
        "/complaint",
        "/complaint/done",
        "/complaint/status",
        "/healthz",
        "/",
        "/openapi.json",
        "/api/docs",
        "/api/docs/oauth2-redirect",
        "/lang/{code}",
    }
    checked = 0
    routes = []
    for top in app.routes:
        inner = getattr(top, "original_router", None)
        routes.extend(inner.routes if inner is not None else [top])
    for route in routes:
        if not isinstance(route, APIRoute) or route.path in public or "GET" not in route.methods:
            continue
        path = route.path
        for name in route.param_convertors:
            path = path.replace("{" + name + "}", "1")
        r = client.get(path)
        assert r.status_code in (303, 401), (path, r.status_code)
        checked += 1
    assert checked >= 20


def test_api_token(app, people: People, web_db: Database) -> None:  # type: ignore[no-untyped-def]
    from fastapi.testclient import TestClient

    from netra.users.service import create_api_token

    token = create_api_token(web_db, username="admin", label="simpeg", actor="test")
    c = TestClient(app)
    assert c.get("/api/v1/me").status_code == 401
    h = {"Authorization": f"Bearer {token}"}
    assert c.get("/api/v1/me", headers=h).json()["role"] == "admin"
    items = c.get("/api/v1/review/items", headers=h).json()["items"]
    assert len(items) == 3 and items[0]["risk"] > 0
    r = c.post(
        "/api/v1/review/decisions",
        json={"item_ids": [items[0]["id"]], "decision": "escalate", "reason": "cek atasan"},
        headers=h,
    )
    assert r.status_code == 200  # bearer tokens carry no cookie, so no CSRF header
    assert c.get("/api/v1/me", headers={"Authorization": "Bearer nope"}).status_code == 401
    spec = c.get("/openapi.json").json()
    assert (
        "/api/v1/review/items" in spec["paths"]
        and "/api/v1/cases/{case_id}/decision" in spec["paths"]
    )
    assert c.get("/healthz").json() == {"status": "ok"}


def test_audit_log_records_web_writes_without_secrets(
    signed_in: Callable, web_db: Database
) -> None:  # type: ignore[type-arg]
    c = signed_in("analis")
    with web_db.session() as s:
        item_id = s.scalar(select(ReviewItem.id).where(ReviewItem.nip == NIP_A1))
        hashes = list(s.scalars(select(UserCredential.password_hash)))
    r = c.post(
        f"/review/items/{item_id}/dismiss",
        data={"reason": "bukan pelanggaran", "csrf_token": csrf_of(c.get("/review").text)},
    )
    assert r.status_code == 303
    with web_db.session() as s:
        entries = s.scalars(select(AuditEntry)).all()
    assert any(e.actor == "user:analis" and e.entity == "review_items" for e in entries)
    text = " ".join(e.payload for e in entries)
    assert all(h not in text for h in hashes) and "argon2" not in text


def test_auditor_is_read_only(signed_in: Callable, web_db: Database) -> None:  # type: ignore[type-arg]
    c = signed_in("auditor")
    assert c.get("/review").status_code == 200
    assert c.get("/admin/audit?verify_chain=1").status_code == 200
    with web_db.session() as s:
        item_id = s.scalar(select(ReviewItem.id))
    token = csrf_of(c.get("/review").text)
    assert c.post(f"/review/items/{item_id}/claim", data={"csrf_token": token}).status_code == 403
    assert c.get("/admin/users").status_code == 403


def test_unused_import_guard() -> None:
    assert Employee and login and NIP_A2
