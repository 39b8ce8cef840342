"""Fixtures for the web tests: a seeded workspace, the app, and signed-in clients."""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from netra.core.config import Workspace
from netra.core.db import Database
from netra.review.service import sync_queue
from webfactories import NIP_A1, NIP_A2, PASSWORD, People, add_finding, seed_roster, seed_users

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette's notice about httpx2
    from fastapi.testclient import TestClient

CSRF_RE = re.compile(r'name="csrf_token" value="([^"]+)"')


def csrf_of(html: str) -> str:
    """The CSRF token of a rendered page."""
    match = CSRF_RE.search(html)
    assert match, "page has no CSRF token"
    return match.group(1)


@pytest.fixture
def web_db(tmp_path: Path) -> Iterator[Database]:
    """A workspace with roster, findings in two agencies, and the queue filled."""
    database = Database(Workspace.at(tmp_path / "ws"))
    seed_roster(database)
    add_finding(database, nip=NIP_A1, target_id="02", evidence={"matched": ["coblos"]})
    add_finding(database, nip=NIP_A1, target_id="02")
    add_finding(database, nip=NIP_A2, target_id="03", category="hoax", rule_id="id.se137-2018.hoax")
    add_finding(database, nip=None, handle="anon")
    sync_queue(database)
    yield database
    database.dispose()


@pytest.fixture
def people(web_db: Database) -> People:
    """Users of every role (password PASSWORD)."""
    return seed_users(web_db)


@pytest.fixture
def app(web_db: Database, people: People) -> object:
    """The web app on the seeded workspace."""
    from netra.web.app import create_app

    return create_app(web_db.workspace, db=web_db)


@pytest.fixture
def client(app: object) -> TestClient:
    """An anonymous client."""
    return TestClient(app, follow_redirects=False)  # type: ignore[arg-type]


def login(client: TestClient, username: str, password: str = PASSWORD) -> TestClient:
    """Sign `client` in through the login form."""
    page = client.get("/login")
    r = client.post(
        "/login",
        data={"username": username, "password": password, "csrf_token": csrf_of(page.text)},
    )
    assert r.status_code == 303, r.text
    return client


@pytest.fixture
def signed_in(app: object) -> Callable[[str], TestClient]:
    """A factory of signed-in clients, one per username."""

    def make(username: str) -> TestClient:
        return login(TestClient(app, follow_redirects=False), username)  # type: ignore[arg-type]

    return make
