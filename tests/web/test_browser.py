"""Browser tests: Debian Chromium driven by Playwright against a real uvicorn server."""

from __future__ import annotations

import socket
import struct
import threading
import time
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from netra.core.config import Workspace
from netra.core.db import Database
from netra.review.service import sync_queue
from webfactories import NIP_A1, NIP_A2, PASSWORD, add_finding, days_ago, seed_roster, seed_users

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
SHOTS = Path(__file__).parent / "screenshots"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A seeded workspace served by uvicorn on 127.0.0.1 in a background thread."""
    import uvicorn

    from netra.web.app import create_app

    db = Database(Workspace.at(tmp_path_factory.mktemp("browser") / "ws"))
    seed_roster(db)
    for i in range(3):
        add_finding(db, nip=NIP_A1, target_id="02", occurred_at=days_ago(10 + i))
    add_finding(db, nip=NIP_A1, target_id="03", severity="sedang", occurred_at=days_ago(3))
    add_finding(db, nip=NIP_A1, target_id="P03", occurred_at=days_ago(2))
    add_finding(db, nip=NIP_A2, target_id="02", category="hoax", rule_id="id.se137-2018.hoax")
    add_finding(db, nip=None, handle="anon", occurred_at=days_ago(1))
    sync_queue(db)
    seed_users(db)
    port = _free_port()
    config = uvicorn.Config(
        create_app(db.workspace, db=db), host="127.0.0.1", port=port, log_level="warning"
    )
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)
    db.dispose()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Debian's Chromium (no downloaded browser)."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: apt-get install -y chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


class Session:
    """One signed-in browser context, collecting console errors (CSP violations included)."""

    def __init__(self, browser: Any, base: str) -> None:
        self.base = base
        self.context = browser.new_context(viewport={"width": 1366, "height": 900})
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)

    def go(self, path: str) -> Any:
        self.page.goto(self.base + path)
        self.page.wait_for_load_state("networkidle")
        return self.page

    def login(self, username: str) -> Session:
        page = self.go("/login")
        page.fill("input[name=username]", username)
        page.fill("input[name=password]", PASSWORD)
        self.click_post("main button[type=submit]")
        assert "/login" not in page.url, f"{username} could not sign in"
        return self

    def click_link(self, selector: str) -> None:
        """Click a (boosted) link and wait for its page."""
        with self.page.expect_response(
            lambda r: r.request.resource_type in ("xhr", "fetch", "document")
        ):
            self.page.locator(selector).first.click()
        self.page.wait_for_load_state("networkidle")
        self.page.wait_for_timeout(150)

    def click_post(self, selector: str) -> None:
        """Click a submit button and wait for the POST (htmx-boosted: no navigation event)."""
        with self.page.expect_response(lambda r: r.request.method == "POST"):
            self.page.click(selector)
        self.page.wait_for_load_state("networkidle")
        self.page.wait_for_timeout(150)  # let htmx swap the body and push the URL

    def shot(self, name: str) -> None:
        SHOTS.mkdir(exist_ok=True)
        self.page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)

    def submit(self, form: str, **fields: str) -> None:
        for name, value in fields.items():
            selector = f"{form} [name={name}]"
            if self.page.locator(selector).evaluate("e => e.tagName") == "SELECT":
                self.page.select_option(selector, value)
            else:
                self.page.fill(selector, value)
        self.click_post(f"{form} button")

    def close(self) -> None:
        assert not [e for e in self.errors if "Content Security Policy" in e], self.errors
        self.context.close()


def test_login_and_review_confirm_dismiss(server: str, browser: Any) -> None:
    s = Session(browser, server)
    page = s.go("/review")
    assert "/login" in page.url  # not signed in
    s.login("analis")
    page = s.go("/review")
    assert page.evaluate("typeof htmx") == "object", "htmx not served (run `make assets`)"
    rows = page.locator("#queue tbody tr")
    assert rows.count() == 3  # A1 only: the analyst's region, grouped per target
    s.shot("queue")
    # filter through htmx: rows swap without a full page load
    with page.expect_response(lambda r: "category=political.engagement" in r.url) as resp:
        page.select_option("select[name=category]", "political.engagement")
    assert resp.value.request.headers.get("hx-request") == "true"
    page.wait_for_timeout(150)
    assert "category=political.engagement" in page.url
    s.click_link("#queue tbody tr a")
    assert "/review/items/" in page.url
    assert page.locator("text=SKB MenPANRB").count() > 0
    s.shot("evidence")
    s.submit("#dismiss-form", reason="Bukan akun pegawai")
    assert page.locator(".badge.st-dismissed").count() > 0
    s.go("/review")
    s.click_link("#queue tbody tr a")
    s.submit("#confirm-form", reason="Terbukti menyukai unggahan calon")
    # htmx pushes the case's URL after the swap; on a loaded machine that can take longer
    # than `click_post` waits (fails after 10 s if it never comes).
    page.wait_for_url(lambda url: "/cases/" in url, timeout=10_000)
    assert page.locator("text=KASUS-").count() > 0
    s.close()


def test_case_to_closure_with_four_eyes(server: str, browser: Any) -> None:
    analyst = Session(browser, server).login("analis2")
    page = analyst.go("/review?status=open")
    analyst.click_link("#queue tbody tr a")
    analyst.submit("#confirm-form", reason="Bukti cukup")
    case_url = page.url.replace(server, "")
    assert case_url.startswith("/cases/")
    analyst.submit("#act-request_clarification", note="Mohon klarifikasi interaksi ini.")
    employee = Session(browser, server).login("pegawai")
    employee.go("/me")
    employee.click_link(f"a[href='{case_url}']")
    employee.submit("#act-answer_clarification", note="Saya tidak tahu itu akun calon.")
    employee.shot("self-service-case")
    analyst.go(case_url)
    analyst.submit("#act-recommend", tier="ringan", note="Pelanggaran pertama")
    analyst.submit("#act-send_to_ppk")
    ppk = Session(browser, server).login("ppk1")
    ppk.go(case_url)
    ppk.submit(
        "#act-record_decision",
        tier="ringan",
        decree_number="800/45/BKPSDM/2024",
        decree_date="2024-03-01",
    )
    ppk.submit("#act-propose_close", note="Sanksi sudah dijatuhkan")
    page_p = ppk.go(case_url)
    assert page_p.locator("#act-close").count() == 0  # the proposer cannot close
    admin = Session(browser, server).login("admin")
    page_a = admin.go(case_url)
    admin.submit("#act-close", note="Diperiksa orang kedua")
    assert page_a.locator(".badge.st-closed").count() > 0
    admin.shot("case-closed")
    admin.go("/dashboard")
    admin.shot("dashboard")
    admin.go("/lang/en?next=/cases")
    assert "Cases" in admin.page.inner_text("h1")
    admin.shot("cases-en")
    for session in (analyst, employee, ppk, admin):
        session.close()


def _png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = struct.pack(">I", zlib.crc32(kind + data))
        return struct.pack(">I", len(data)) + kind + data + crc

    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\x00\xff\x00\x00")
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def test_public_complaint_form(server: str, browser: Any, tmp_path: Path) -> None:
    shot = tmp_path / "bukti.png"
    shot.write_bytes(_png())
    s = Session(browser, server)
    page = s.go("/complaint")
    page.fill("input[name=reported_name]", "Budi Santoso")
    page.fill("input[name=reported_nip]", NIP_A1)
    page.fill("input[name=url]", "https://x.example/budi/status/1")
    page.select_option("select[name=category]", "political.campaign")
    page.set_input_files("input[name=screenshot]", str(shot))
    page.fill("textarea[name=reason]", "Mengajak memilih pasangan calon nomor 2 di akun pribadi.")
    page.fill("input[name=reporter_name]", "Warga Peduli")
    page.fill("input[name=reporter_contact]", "warga@example.org")
    s.shot("complaint-form")
    s.click_post("main form button[type=submit]")
    ticket = page.inner_text("#ticket")
    assert ticket.startswith("ADU-")
    s.shot("complaint-done")
    admin = Session(browser, server).login("admin")
    page_a = admin.go("/complaints")
    admin.click_link(f"text={ticket}")
    assert page_a.locator("text=warga@example.org").count() == 1
    assert page_a.locator("img.shot").evaluate("i => i.naturalWidth") == 1
    admin.shot("complaint-admin")
    s.close()
    admin.close()
