"""events.jsonl in many chunks: the same lines, rejects and Parquet rows as in one chunk."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb
import orjson
import pytest

from bundles import event
from netra.ingest import events
from netra.ingest.bundle import Rejects
from netra.ingest.events import EventImportResult, import_events, iter_line_chunks

TARGET = {"post_id": "p1", "author_user_id": "12345", "author_handle": "prabowo"}


def _lines() -> list[bytes]:
    """Good lines, every kind of bad line, repeats within and across chunks, a very long line."""
    out: list[bytes] = []
    for i in range(60):
        out.append(orjson.dumps(event(f"e{i}", "like", target=TARGET)))
        if i % 7 == 0:
            out.append(orjson.dumps(event(f"e{i // 2}", "comment", target=TARGET, text="again")))
        if i % 11 == 0:
            out.append(b"{this is not json")
            out.append(b"")
            out.append(orjson.dumps(event(f"bad{i}", "dance", target=TARGET)))
            out.append(b'{"event_id": "u8", "text": "\xff\xfe"}')
            out.append(b"   \r")
    out.append(orjson.dumps(event("long", "post", text="panjang " * 2000)))
    out.append(orjson.dumps(event("crlf", "post", text="x")) + b"\r")
    out.append(orjson.dumps(event("last", "post", text="tanpa baris baru")))  # no final newline
    return out


def by_line(record: dict[str, Any]) -> int:
    """Sort key of a quarantined record."""
    line: int = record["line"]
    return line


def _run(
    path: Path, tmp: Path, existing: list[Path] | None = None
) -> tuple[EventImportResult, list[dict[str, Any]], list[tuple[Any, ...]]]:
    tmp.mkdir(parents=True)
    rejects = Rejects.open(tmp / "rejected.jsonl", 1)
    con = duckdb.connect()
    try:
        result = import_events(
            path,
            con=con,
            out_prefix=tmp / "events" / "import-000001",
            existing=existing or [],
            timezone="Asia/Jakarta",
            rejects=rejects,
            import_id=1,
        )
        # Nothing is left behind on the caller's connection.
        assert (
            con.execute("SELECT count(*) FROM duckdb_databases() WHERE NOT internal").fetchall()[0][
                0
            ]
            == 1
        )
        assert con.execute("SELECT count(*) FROM duckdb_tables()").fetchall()[0][0] == 0
    finally:
        con.close()
        rejects.close()
    quarantined = [
        orjson.loads(line) for line in (tmp / "rejected.jsonl").read_bytes().splitlines()
    ]
    rows: list[tuple[Any, ...]] = []
    for part in result.parquet:
        rows += duckdb.sql(f"SELECT * FROM read_parquet('{part}')").fetchall()
    return result, quarantined, rows


def test_line_chunks_match_a_plain_split(tmp_path: Path) -> None:
    data = b"\n".join(_lines())
    path = tmp_path / "events.jsonl"
    path.write_bytes(data)
    expected = data.split(b"\n")
    for size in (1, 7, 100, 4096, 1 << 20):
        raws: list[bytes] = []
        numbers: list[int] = []
        offsets: list[int] = []
        for table in iter_line_chunks(path, size):
            raws += [r.encode() for r in table.column("raw").to_pylist()]
            numbers += table.column("line_no").to_pylist()
            offsets += table.column("byte_offset").to_pylist()
        assert numbers == list(range(1, len(expected) + 1)), size
        assert [r.rstrip(b"\n") for r in raws if r] == [
            line for line in expected if not line.startswith(b'{"event_id": "u8"')
        ]
        assert all(data[o : o + len(r)] == r for o, r in zip(offsets, raws, strict=True) if r)


@pytest.mark.parametrize("size", [1500, 5000])
def test_many_chunks_give_the_same_result_as_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, size: int
) -> None:
    path = tmp_path / "events.jsonl"
    path.write_bytes(b"\n".join(_lines()))
    one, one_rejects, one_rows = _run(path, tmp_path / "one")
    # One chunk, and the unterminated last line on its own when the end of the file is reached.
    assert len(one.parquet) == 2 and one.accepted == len(one_rows) == 63
    monkeypatch.setattr(events, "CHUNK_BYTES", size)
    many, many_rejects, many_rows = _run(path, tmp_path / "many")
    assert len(many.parquet) > 3
    assert (many.lines, many.accepted, many.rejected) == (one.lines, one.accepted, one.rejected)
    # Same lines, reasons and raw text (a chunk quarantines its undecodable lines first).
    assert sorted(many_rejects, key=by_line) == sorted(one_rejects, key=by_line)
    assert many_rows == one_rows  # same events, in line order
    reasons = {r["reason"] for r in many_rejects}
    assert "duplicate event_id (first on line 1)" in reasons
    assert {"not valid JSON", "not valid UTF-8"} <= reasons


def test_events_already_stored_are_skipped_in_every_chunk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "events.jsonl"
    path.write_bytes(b"\n".join(_lines()))
    monkeypatch.setattr(events, "CHUNK_BYTES", 5000)
    first, first_rejects, rows = _run(path, tmp_path / "first")
    again, again_rejects, again_rows = _run(path, tmp_path / "again", existing=first.parquet)
    assert (again.accepted, again.already_present) == (0, len(rows))
    assert again.parquet == [] and again_rows == []
    assert again_rejects == first_rejects


def test_a_failed_parquet_write_fails_the_import_and_cleans_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "events.jsonl"
    path.write_bytes(b"\n".join(_lines()))
    monkeypatch.setattr(events, "CHUNK_BYTES", 1000)
    (tmp_path / "events" / "import-000001-002.parquet").mkdir(parents=True)  # not writable
    con = duckdb.connect()
    rejects = Rejects.open(tmp_path / "rejected.jsonl", 1)
    with pytest.raises(duckdb.Error):
        import_events(
            path,
            con=con,
            out_prefix=tmp_path / "events" / "import-000001",
            existing=[],
            timezone="Asia/Jakarta",
            rejects=rejects,
            import_id=1,
        )
    rejects.close()
    assert (
        con.execute("SELECT count(*) FROM duckdb_databases() WHERE NOT internal").fetchall()[0][0]
        == 1
    )
    con.close()
