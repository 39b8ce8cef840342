"""PostgreSQL: migrations, scope queries and concurrent writers keeping one audit chain."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from netra.audit.service import verify
from netra.core.config import Workspace
from netra.core.db import Database
from netra.review import service as review
from netra.review.schemas import QueueFilters
from webfactories import NIP_A1, PASSWORD, add_finding, seed_roster, seed_users

pytestmark = pytest.mark.postgres
# Debian's server binaries, whichever major version the machine has.
PG_BIN = max(Path("/usr/lib/postgresql").glob("*/bin"), default=Path("/usr/lib/postgresql/15/bin"))


@pytest.fixture(scope="module")
def pg_url() -> Iterator[str]:
    """A throw-away PostgreSQL cluster on a free local port."""
    if not (PG_BIN / "initdb").exists():
        pytest.fail("PostgreSQL binaries missing: apt-get install -y postgresql")
    root = Path(tempfile.mkdtemp(prefix="netra-pgtest-"))
    as_pg = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    if as_pg:
        shutil.chown(root, "postgres")
    data = root / "data"
    subprocess.run(
        [*as_pg, str(PG_BIN / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust"],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(
        [
            *as_pg,
            str(PG_BIN / "postgres"),
            "-D",
            str(data),
            "-p",
            str(port),
            "-k",
            str(root),
            "-c",
            "listen_addresses=127.0.0.1",
            "-c",
            "fsync=off",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    import psycopg

    deadline = time.monotonic() + 30
    while True:
        try:
            with psycopg.connect(
                f"host=127.0.0.1 port={port} user=postgres dbname=postgres", autocommit=True
            ) as conn:
                conn.execute("CREATE DATABASE netra")
            break
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)
    yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/netra"
    subprocess.run(
        [*as_pg, str(PG_BIN / "pg_ctl"), "stop", "-D", str(data), "-m", "fast"],
        check=False,
        stdout=subprocess.DEVNULL,
    )
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
    shutil.rmtree(root, ignore_errors=True)


def test_concurrent_web_writes_keep_one_audit_chain(
    pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NETRA_DATABASE_URL", pg_url)
    db = Database(Workspace.at(tmp_path / "ws"))
    seed_roster(db)
    for i in range(12):
        add_finding(db, nip=NIP_A1, target_id=f"t{i}")
    review.sync_queue(db)
    people = seed_users(db)
    items = review.list_queue(db, principal=people.admin, filters=QueueFilters()).rows
    assert len(items) == 12
    assert [
        r.id for r in review.list_queue(db, principal=people.analyst, filters=QueueFilters()).rows
    ]
    from netra.users.service import sign_in

    errors: list[BaseException] = []

    def worker(i: int) -> None:
        try:
            sign_in(db, username="analis", password=PASSWORD)
            review.add_note(db, principal=people.analyst, item_id=items[i].id, text=f"catatan {i}")
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(12)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with db.session() as s:
        assert verify(s).entries > 40  # no fork: every entry links to the one before
    db.dispose()


def test_findings_are_stored_alike_on_postgres(
    pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The driver-level insert of findings keeps every typed value (JSON, UTC times)."""
    from datetime import datetime

    from sqlalchemy import select

    from bundles import NIP_A, event, write_bundle
    from netra.detect.models import Finding
    from netra.detect.service import ProbableLinks, detect
    from netra.ingest.service import import_bundle

    monkeypatch.setenv("NETRA_DATABASE_URL", pg_url)
    bundle = write_bundle(
        tmp_path / "b",
        [
            event("e1", "like", target={"post_id": "1", "author_user_id": "12345"}),
            event("e2", "post", text="Ayo coblos nomor 2, Prabowo Gibran menang!"),
            event(
                "e3",
                "like",
                occurred_at=None,
                target={"post_id": "2", "author_user_id": "12345"},
            ),
        ],
    )
    db = Database(Workspace.at(tmp_path / "ws-pg"))
    summary = import_bundle(db, bundle)
    result = detect(
        db,
        policy=summary.header.policy,
        timezone=summary.header.timezone,
        probable_links=ProbableLinks(),
    )
    assert {f["event_ids"][0] for f in result.findings} >= {"e1", "e2"}
    with db.session() as s:
        ids = [f["finding_id"] for f in result.findings]
        stored = {
            f.finding_id: f for f in s.scalars(select(Finding).where(Finding.finding_id.in_(ids)))
        }
        assert set(stored) == set(ids)  # the module's database also holds other tests' findings
        for f in result.findings:
            row = stored[f["finding_id"]]
            assert row.evidence == f["evidence"] and row.event_ids == f["event_ids"]
            assert row.citations == f["citations"] and row.nip == f["nip"] == NIP_A
            when = f["occurred_at"]
            if when is None:
                assert row.occurred_at is None
            else:
                assert row.occurred_at == datetime.fromisoformat(when)
        assert verify(s).entries > 0
    db.dispose()
