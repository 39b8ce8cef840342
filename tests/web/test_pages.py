"""Pages through the TestClient: queue, evidence, cases to closure, complaints, self-service."""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable

from sqlalchemy import select

from conftest import csrf_of
from netra.accounts.models import Account
from netra.cases.models import Case
from netra.complaints.models import Complaint
from netra.core.db import Database
from netra.review.models import ReviewItem
from netra.selfservice.models import PermissionRequest
from webfactories import NIP_A1, People

Client = Callable[[str], object]


def tiny_png() -> bytes:
    """A valid 1×1 PNG."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    raw = zlib.compress(b"\x00\xff\x00\x00")
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


def test_queue_page_filters_and_htmx_rows(signed_in: Client) -> None:
    c = signed_in("admin")
    page = c.get("/review")  # type: ignore[attr-defined]
    assert page.status_code == 200 and "Antrean tinjauan" in page.text
    assert page.text.count('name="item"') == 3
    hoax = c.get("/review?category=hoax")  # type: ignore[attr-defined]
    assert hoax.text.count('name="item"') == 1
    rows = c.get("/review?platform=x", headers={"HX-Request": "true", "HX-Target": "queue"})  # type: ignore[attr-defined]
    assert rows.text.lstrip().startswith('<div id="queue">') and "<html" not in rows.text
    assert c.get("/review?date_from=bad").status_code == 422  # type: ignore[attr-defined]


def test_english_toggle(signed_in: Client) -> None:
    c = signed_in("admin")
    r = c.get("/lang/en?next=/review")  # type: ignore[attr-defined]
    assert r.status_code == 303 and r.headers["location"] == "/review"
    assert "Review queue" in c.get("/review").text  # type: ignore[attr-defined]
    assert c.get("/lang/en?next=//evil.example").headers["location"] == "/"  # type: ignore[attr-defined]


def test_evidence_viewer_shows_rule_citation_and_link(signed_in: Client, web_db: Database) -> None:
    with web_db.session() as s:
        item_id = s.scalar(select(ReviewItem.id).where(ReviewItem.nip == NIP_A1))
    page = c = signed_in("analis")
    page = c.get(f"/review/items/{item_id}")  # type: ignore[attr-defined]
    text = page.text
    assert "SKB MenPANRB" in text  # the rule's citation from the pack
    assert "Budi Santoso" in text and "<mark>coblos</mark>" in text
    assert "declared" in text


def test_bulk_confirm_then_case_to_closure_with_two_people(
    signed_in: Client, web_db: Database, people: People
) -> None:
    analyst, admin, ppk, employee = (
        signed_in("analis"),
        signed_in("admin"),
        signed_in("ppk1"),
        signed_in("pegawai"),
    )
    with web_db.session() as s:
        item_id = s.scalar(select(ReviewItem.id).where(ReviewItem.nip == NIP_A1))
    tok = csrf_of(analyst.get("/review").text)  # type: ignore[attr-defined]
    r = analyst.post(
        "/review/bulk",
        data={"item": [str(item_id)], "action": "confirm", "reason": "terbukti", "csrf_token": tok},
    )  # type: ignore[attr-defined]
    assert r.status_code == 303
    with web_db.session() as s:
        cid = s.scalars(select(Case.id)).one()

    def step(client: object, action: str, **data: str) -> None:
        token = csrf_of(client.get(f"/cases/{cid}").text)  # type: ignore[attr-defined]
        resp = client.post(f"/cases/{cid}/{action}", data={"csrf_token": token, **data})  # type: ignore[attr-defined]
        assert resp.status_code == 303, (action, resp.status_code, resp.text[:500])

    step(analyst, "request_clarification", note="Mohon jelaskan.")
    assert f"/cases/{cid}" in employee.get("/me").text  # type: ignore[attr-defined]
    step(employee, "answer_clarification", note="Saya khilaf.")
    step(analyst, "recommend", tier="sedang", note="sesuai aturan")
    step(analyst, "send_to_ppk")
    step(
        ppk, "record_decision", tier="sedang", decree_number="800/9/2024", decree_date="2024-03-01"
    )
    step(ppk, "propose_close", note="selesai")
    page = ppk.get(f"/cases/{cid}").text  # type: ignore[attr-defined]
    assert 'id="act-close"' not in page  # the proposer gets no close button
    token = csrf_of(page)
    same = ppk.post(f"/cases/{cid}/close", data={"csrf_token": token})  # type: ignore[attr-defined]
    assert same.status_code == 409 and "second person" in same.text
    step(admin, "close", note="diperiksa")
    with web_db.session() as s:
        case = s.get_one(Case, cid)
        assert (case.state, case.close_proposed_by, case.closed_by) == (
            "closed",
            "user:ppk1",
            "user:admin",
        )


def test_complaint_form_ticket_checks_and_reporter_privacy(
    client: object, signed_in: Client, web_db: Database
) -> None:
    form = {
        "reported_name": "Budi Santoso",
        "reported_nip": NIP_A1,
        "url": "https://x.example/budi/1",
        "category": "political.campaign",
        "reason": "Mengunggah ajakan memilih nomor 2 di akun pribadinya.",
        "reporter_name": "Warga Peduli",
        "reporter_contact": "warga@example.org",
    }

    def submit(files: dict[str, tuple[str, bytes, str]] | None = None, **over: str) -> object:
        token = csrf_of(client.get("/complaint").text)  # type: ignore[attr-defined]
        return client.post("/complaint", data={**form, **over, "csrf_token": token}, files=files)  # type: ignore[attr-defined]

    r = submit(files={"screenshot": ("s.png", tiny_png(), "image/png")})
    assert r.status_code == 303, r.text  # type: ignore[attr-defined]
    ticket = r.headers["location"].split("ticket=")[1]  # type: ignore[attr-defined]
    assert ticket.startswith("ADU-")
    status = client.get(f"/complaint/status?ticket={ticket}")  # type: ignore[attr-defined]
    assert "Diterima" in status.text and "Warga Peduli" not in status.text
    bad = submit(files={"screenshot": ("s.png", b"GIF89a" + b"0" * 100, "image/png")})
    assert bad.status_code == 422 and "PNG, JPEG or WebP" in bad.text  # type: ignore[attr-defined]
    big = submit(
        files={
            "screenshot": ("s.png", b"\x89PNG\r\n\x1a\n" + b"0" * (5 * 1024 * 1024), "image/png")
        }
    )
    assert big.status_code == 422 and "too large" in big.text  # type: ignore[attr-defined]
    assert submit(reported_nip="123").status_code == 422  # type: ignore[attr-defined]
    with web_db.session() as s:
        cid = s.scalars(select(Complaint.id)).one()
    analyst = signed_in("analis")
    listing = analyst.get("/complaints").text  # type: ignore[attr-defined]
    assert ticket in listing and "Warga Peduli" not in listing
    detail = analyst.get(f"/complaints/{cid}").text  # type: ignore[attr-defined]
    assert "warga@example.org" not in detail
    shot = analyst.get(f"/complaints/{cid}/screenshot")  # type: ignore[attr-defined]
    assert shot.status_code == 200 and shot.headers["content-type"] == "image/png"
    admin = signed_in("admin")
    assert "warga@example.org" in admin.get(f"/complaints/{cid}").text  # type: ignore[attr-defined]
    assert signed_in("analis3").get(f"/complaints/{cid}").status_code == 404  # type: ignore[attr-defined]
    token = csrf_of(detail)
    r = analyst.post(
        f"/complaints/{cid}/triage",
        data={"status": "accepted", "note": "diteruskan", "csrf_token": token},
    )  # type: ignore[attr-defined]
    assert r.status_code == 303 and r.headers["location"].startswith("/cases/")  # type: ignore[attr-defined]


def test_complaint_rate_limit(client: object) -> None:
    form = {
        "reported_name": "Seseorang",
        "reason": "Unggahan provokatif di grup warga.",
        "reporter_name": "Pelapor",
        "reporter_contact": "0812345678",
    }
    codes = []
    for _ in range(6):
        token = csrf_of(client.get("/complaint").text)  # type: ignore[attr-defined]
        codes.append(client.post("/complaint", data={**form, "csrf_token": token}).status_code)  # type: ignore[attr-defined]
    assert codes == [303] * 5 + [429]


def test_self_service_declare_request_and_decision(signed_in: Client, web_db: Database) -> None:
    me = signed_in("pegawai")
    token = csrf_of(me.get("/me").text)  # type: ignore[attr-defined]
    r = me.post(
        "/me/accounts", data={"platform": "tiktok", "handle": "@budi.tt", "csrf_token": token}
    )  # type: ignore[attr-defined]
    assert r.status_code == 303
    r = me.post(
        "/me/requests",
        data={
            "kind": "account",
            "platform": "tiktok",
            "handle": "budi.tt",
            "description": "Akun untuk sosialisasi program dinas.",
            "csrf_token": token,
        },
    )  # type: ignore[attr-defined]
    assert r.status_code == 303
    with web_db.session() as s:
        acct = s.scalars(select(Account).where(Account.handle == "budi.tt")).one()
        assert (acct.nip, acct.link_method, acct.approved) == (NIP_A1, "declared", None)
        req_id = s.scalars(select(PermissionRequest.id)).one()
    assert signed_in("ppk2").get("/permissions").text.count("budi.tt") == 0  # type: ignore[attr-defined]
    ppk = signed_in("ppk1")
    page = ppk.get("/permissions").text  # type: ignore[attr-defined]
    assert "budi.tt" in page
    r = ppk.post(
        f"/permissions/{req_id}",
        data={"decision": "approve", "note": "ok", "csrf_token": csrf_of(page)},
    )  # type: ignore[attr-defined]
    assert r.status_code == 303
    with web_db.session() as s:
        assert s.scalars(select(Account.approved).where(Account.handle == "budi.tt")).one() is True
    assert "Disetujui" in me.get("/me").text  # type: ignore[attr-defined]
    other = signed_in("pegawai2")
    r = other.post(
        "/me/accounts",
        data={
            "platform": "tiktok",
            "handle": "budi.tt",
            "csrf_token": csrf_of(other.get("/me").text),
        },
    )  # type: ignore[attr-defined]
    assert r.status_code == 409
    assert me.get("/review").status_code == 403  # type: ignore[attr-defined]


def test_dashboard_and_editors(signed_in: Client) -> None:
    admin = signed_in("admin")
    dash = admin.get("/dashboard")  # type: ignore[attr-defined]
    assert dash.status_code == 200 and "<svg" in dash.text
    token = csrf_of(admin.get("/calendar").text)  # type: ignore[attr-defined]
    for url, data in (
        (
            "/calendar/election",
            {"election_id": "pilkada2024", "name": "Pilkada 2024", "contest": "regional_head"},
        ),
        (
            "/calendar/stage",
            {
                "election_id": "pilkada2024",
                "stage": "campaign",
                "starts_on": "2024-09-25",
                "ends_on": "2024-11-23",
            },
        ),
        (
            "/watchlist/target",
            {
                "target_id": "C1",
                "name": "Calon Satu",
                "kind": "candidate",
                "election_id": "pilkada2024",
            },
        ),
        ("/watchlist/keyword", {"target_id": "C1", "term": "#CalonSatu"}),
        ("/watchlist/account", {"target_id": "C1", "platform": "x", "handle": "calonsatu"}),
        ("/watchlist/claim", {"claim_id": "K1", "text": "Pilkada diundur", "verdict": "hoax"}),
        ("/watchlist/document", {"doc_id": "memo-1", "text": "Rahasia: rencana mutasi."}),
    ):
        r = admin.post(url, data={**data, "csrf_token": token})  # type: ignore[attr-defined]
        assert r.status_code == 303, (url, r.text[:300])
    assert "#CalonSatu" in admin.get("/watchlist").text  # type: ignore[attr-defined]
    assert (
        "2024-09-25" in admin.get("/calendar").text or "25-09-2024" in admin.get("/calendar").text
    )  # type: ignore[attr-defined]
    analyst = signed_in("auditor")
    r = analyst.post(
        "/watchlist/keyword",
        data={
            "target_id": "C1",
            "term": "x",
            "csrf_token": csrf_of(analyst.get("/watchlist").text),
        },
    )  # type: ignore[attr-defined]
    assert r.status_code == 403
