"""Generic CSV import with a column mapping, and scheduled collection (`netra collect`)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import duckdb
import orjson
import pytest
import yaml
from typer.testing import CliRunner

from bundles import write_bundle, write_csv
from netra.cli.main import app
from netra.core.db import Database
from netra.core.errors import ValidationError
from netra.ingest.connectors.base import CollectLockedError, ConnectorError
from netra.ingest.connectors.collect import collect_lock, collect_loop, parse_every
from netra.ingest.connectors.service import import_connector
from netra.ingest.service import import_bundle

MAPPING = {
    "columns": {
        "author": "Nama Akun",
        "handle": "Username",
        "text": "Isi",
        "url": "Tautan",
        "time": "Waktu",
        "platform": "Sumber",
        "action": "Jenis",
        "target_handle": "Membalas",
    },
    "values": {
        "platform": {"Twitter": "x", "FB": "facebook"},
        "action": {"Tweet": "post", "Balasan": "reply", "RT": "share"},
    },
    "defaults": {"platform": "x"},
    "time_format": "%d/%m/%Y %H:%M",
}
HEADER = ["Nama Akun", "Username", "Isi", "Tautan", "Waktu", "Sumber", "Jenis", "Membalas"]


def stored(db: Database) -> dict[str, dict[str, object]]:
    files = sorted(db.workspace.events_dir.glob("*.parquet"))
    if not files:
        return {}
    con = duckdb.connect()
    rows = con.execute(f"SELECT * FROM read_parquet({[str(f) for f in files]!r})").fetchall()
    names = [d[0] for d in con.description]
    return {r[0]: dict(zip(names, r, strict=True)) for r in rows}


def write_mapping(path: Path, mapping: dict[str, object] = MAPPING) -> Path:
    path.write_text(yaml.safe_dump(mapping), encoding="utf-8")
    return path


def test_csv_rows_become_events_and_bad_rows_are_reported(tmp_path: Path, db: Database) -> None:
    csv_file = tmp_path / "patroli.csv"
    write_csv(
        csv_file,
        HEADER,
        [
            [
                "Budi",
                "budi_s",
                "Coblos 02!",
                "https://x.com/budi_s/status/1",
                "05/01/2024 10:22",
                "Twitter",
                "Tweet",
                "",
            ],
            ["Rina", "rina", "setuju", "", "05/01/2024 11:00", "FB", "Balasan", "prabowo"],
            ["Agus", "", "tanpa akun", "", "05/01/2024 11:00", "Twitter", "Tweet", ""],
            ["Dewi", "dewi", "kapan?", "", "kemarin", "Twitter", "Tweet", ""],
            ["Yudi", "yudi", "x", "", "", "Telegram", "Tweet", ""],
            ["Eko", "eko", "", "", "", "Twitter", "Balasan", ""],
        ],
    )
    mapping = write_mapping(tmp_path / "map.yaml")
    summary = import_connector(db, "csv", source=csv_file, params={"mapping": str(mapping)})
    events = stored(db)
    assert summary.events.accepted == 2
    post = next(e for e in events.values() if e["actor_handle"] == "budi_s")
    assert post["platform"] == "x" and post["text"] == "Coblos 02!"
    assert post["occurred_at"].isoformat() == "2024-01-05T03:22:00+00:00"  # read in Jakarta
    reply = next(e for e in events.values() if e["actor_handle"] == "rina")
    assert reply["platform"] == "facebook" and reply["target_author_handle"] == "prabowo"
    lines = [orjson.loads(x) for x in db.workspace.rejected_path.read_bytes().splitlines()]
    assert [(r["file"], r["line"]) for r in lines] == [
        ("csv:patroli.csv", 4),
        ("csv:patroli.csv", 5),
        ("csv:patroli.csv", 6),
        ("csv:patroli.csv", 7),
    ]
    reasons = " | ".join(r["reason"] for r in lines)
    assert "no author handle" in reasons and "does not match %d/%m/%Y %H:%M" in reasons
    assert "'telegram' is not a bundle platform" in reasons and "needs a target" in reasons
    assert (
        import_connector(
            db, "csv", source=csv_file, params={"mapping": str(mapping)}
        ).events.accepted
        == 0
    )


def test_csv_mapping_errors_are_clear(tmp_path: Path, db: Database) -> None:
    csv_file = tmp_path / "a.csv"
    write_csv(csv_file, ["Username", "Isi"], [["budi", "hai"]])
    bad = write_mapping(tmp_path / "bad.yaml", {"columns": {"handle": "Username", "txt": "Isi"}})
    with pytest.raises(ConnectorError, match=r"unknown field.*txt"):
        import_connector(db, "csv", source=csv_file, params={"mapping": str(bad)})
    missing = write_mapping(tmp_path / "m.yaml", {"columns": {"handle": "User", "text": "Isi"}})
    with pytest.raises(ConnectorError, match="not in the header: User"):
        import_connector(db, "csv", source=csv_file, params={"mapping": str(missing)})
    with pytest.raises(ValidationError, match="needs parameter mapping"):
        import_connector(db, "csv", source=csv_file)


def bluesky_transport() -> Any:
    httpx = pytest.importorskip("httpx")
    did = "did:plc:calon02"

    def answer(request: Any) -> Any:
        if request.url.path.endswith("getAuthorFeed"):
            return httpx.Response(
                200,
                json={
                    "feed": [
                        {
                            "post": {
                                "uri": f"at://{did}/app.bsky.feed.post/1",
                                "author": {"did": did, "handle": "calon02.bsky.social"},
                                "record": {"text": "Kampanye", "createdAt": "2024-01-05T03:00:00Z"},
                                "indexedAt": "2024-01-05T03:00:00Z",
                            }
                        }
                    ]
                },
            )
        if request.url.path.endswith("getLikes"):
            return httpx.Response(
                200,
                json={
                    "likes": [
                        {
                            "actor": {"did": "did:plc:asn1", "handle": "budi.bsky.social"},
                            "createdAt": "2024-01-05T04:00:00Z",
                        }
                    ]
                },
            )
        return httpx.Response(200, json={"repostedBy": []})

    return httpx.MockTransport(answer)


def test_collect_once_runs_the_sources_and_detection(tmp_path: Path, db: Database) -> None:
    import_bundle(db, write_bundle(tmp_path / "bundle", []))
    config = tmp_path / "collect.yaml"
    config.write_text(
        yaml.safe_dump(
            {
                "sources": [
                    {"connector": "bluesky", "params": {"actor": "calon02.bsky.social"}},
                    {
                        "connector": "x-api",
                        "params": {"user": "x", "bearer_token": "${NETRA_TEST_NO_SUCH}"},
                    },
                ]
            }
        )
    )
    with pytest.raises(ValidationError, match="NETRA_TEST_NO_SUCH is not set"):
        collect_loop(db, config, every=900, once=True)
    config.write_text(
        yaml.safe_dump(
            {
                "sources": [
                    {"connector": "bluesky", "params": {"actor": "calon02.bsky.social"}},
                    {
                        "connector": "mastodon",
                        "params": {"instance": "https://m.example", "account": "a"},
                    },
                ]
            }
        )
    )
    said: list[str] = []
    results = collect_loop(
        db, config, every=900, once=True, transport=bluesky_transport(), say=said.append
    )
    assert len(results) == 1
    assert results[0].new_events == 2 and results[0].findings is not None
    assert any("mastodon: failed" in s for s in said)  # one bad source does not stop the round
    # Rounds repeat every `every` seconds until told to stop.
    waits: list[float] = []
    results = collect_loop(
        db, config, every=60, rounds=2, transport=bluesky_transport(), sleep=waits.append
    )
    assert len(results) == 2 and len(waits) == 1 and results[1].new_events == 0


def test_collect_lock_keeps_a_second_collection_out(tmp_path: Path) -> None:
    with collect_lock(tmp_path):
        # Another process holds the lock meanwhile.
        code = (
            "import sys; from pathlib import Path\n"
            "from netra.ingest.connectors.collect import collect_lock\n"
            "from netra.ingest.connectors.base import CollectLockedError\n"
            "try:\n"
            f"    with collect_lock(Path({str(tmp_path)!r})): sys.exit(0)\n"
            "except CollectLockedError as e: print(e.message); sys.exit(8)\n"
        )
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=False
        )
        assert done.returncode == 8 and f"pid {os.getpid()}" in done.stdout
        with pytest.raises(CollectLockedError), collect_lock(tmp_path):
            pass
    with collect_lock(tmp_path):
        pass  # free again


def test_parse_every() -> None:
    assert parse_every("15m") == 900 and parse_every("1h") == 3600 and parse_every("90") == 90
    with pytest.raises(ValidationError):
        parse_every("soon")
    with pytest.raises(ValidationError):
        parse_every("1s")


def test_cli_collect_once_with_a_csv_source(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    csv_file = tmp_path / "p.csv"
    write_csv(
        csv_file,
        HEADER,
        [["Budi", "budi_s", "hai", "", "05/01/2024 10:22", "Twitter", "Tweet", ""]],
    )
    mapping = write_mapping(tmp_path / "map.yaml")
    ws.mkdir()
    (ws / "collect.yaml").write_text(
        yaml.safe_dump(
            {
                "sources": [
                    {
                        "connector": "csv",
                        "source": str(csv_file),
                        "params": {"mapping": str(mapping)},
                    }
                ]
            }
        )
    )
    result = CliRunner().invoke(app, ["collect", "--once", "--workspace", str(ws)])
    assert result.exit_code == 0, result.output
    assert "csv: 1 new events" in result.output and "detection:" in result.output
    missing = CliRunner().invoke(app, ["collect", "--once", "-w", str(tmp_path / "none")])
    assert missing.exit_code == 2 and "no collect configuration" in missing.output
