from datetime import UTC, datetime
from pathlib import Path

import duckdb
import orjson
import pytest

from bundles import NIP_A, event, write_bundle, write_csv
from netra.core.db import Database
from netra.core.errors import BundleUnusableError
from netra.ingest.service import import_bundle
from netra.roster.models import Employee

TARGET = {"post_id": "p1", "author_user_id": "12345", "author_handle": "prabowo"}


def rejected(db: Database) -> list[dict[str, object]]:
    path = db.workspace.rejected_path
    return [orjson.loads(line) for line in path.read_bytes().splitlines()] if path.exists() else []


def stored_events(db: Database) -> dict[str, tuple[object, ...]]:
    rows = duckdb.sql(
        f"SELECT event_id, occurred_at, occurred_at_raw, actor_handle, target_author_handle,"
        f" media_text FROM read_parquet('{db.workspace.events_dir}/*.parquet')"
    ).fetchall()
    return {r[0]: r[1:] for r in rows}


def test_missing_required_file_makes_the_bundle_unusable(tmp_path: Path, db: Database) -> None:
    bundle = write_bundle(tmp_path / "b", [])
    (bundle / "roster.csv").unlink()
    with pytest.raises(BundleUnusableError, match=r"missing required file\(s\): roster.csv"):
        import_bundle(db, bundle)


def test_wrong_format_makes_the_bundle_unusable(tmp_path: Path, db: Database) -> None:
    bundle = write_bundle(tmp_path / "b", [])
    (bundle / "bundle.yaml").write_text("format: netra-bundle/2\npolicy: id\n")
    with pytest.raises(BundleUnusableError, match="format must be exactly 'netra-bundle/1'"):
        import_bundle(db, bundle)


def test_bad_lines_are_rejected_with_line_and_reason_and_the_rest_goes_on(
    tmp_path: Path, db: Database
) -> None:
    lines = [
        event("e1", "like", target=TARGET),
        "{this is not json",
        event("e2", "dance", target=TARGET),
        event("e3", "like", occurred_at="2024-13-45T10:00:00", target=TARGET),
        event("e4", "like", actor={"display_name": "nobody"}, target=TARGET),
        event("e5", "like", target=None),
        event("e1", "comment", target=TARGET, text="again"),
        "[1, 2]",
        "",
        event("e6", "follow", target={"post_id": "x"}),
        event("e7", "post", text="Selamat pagi"),
    ]
    summary = import_bundle(db, write_bundle(tmp_path / "b", lines))
    assert summary.events.accepted == 2
    got = {(r["file"], r["line"]): r["reason"] for r in rejected(db)}
    assert got == {
        ("events.jsonl", 2): "not valid JSON",
        ("events.jsonl", 3): "action must be one of comment, follow, join, like, post, quote, "
        "reply, share, got dance",
        ("events.jsonl", 4): "occurred_at must be an ISO 8601 timestamp or null, got "
        "2024-13-45T10:00:00",
        ("events.jsonl", 5): "actor needs a user_id or a handle",
        ("events.jsonl", 6): "target is required (an object) for action like",
        ("events.jsonl", 7): "duplicate event_id (first on line 1)",
        ("events.jsonl", 8): "a line must be a JSON object",
        ("events.jsonl", 9): "blank line (not a JSON object)",  # nothing dropped silently
        ("events.jsonl", 10): "target of a follow needs author_user_id or author_handle",
    }
    raw = {r["line"]: r["raw"] for r in rejected(db)}
    assert raw[2] == "{this is not json"  # nothing lost: the line is kept whole
    assert summary.events.rejected == 9
    assert set(stored_events(db)) == {"e1", "e7"}


def test_timestamps_honour_offsets_and_the_bundle_timezone(tmp_path: Path, db: Database) -> None:
    lines = [
        event("a", "post", occurred_at="2024-01-05T10:22:00+07:00", text="x"),
        event("b", "post", occurred_at="2024-01-05T03:22:00Z", text="x"),
        event("c", "post", occurred_at="2024-01-05T10:22:00", text="x"),
        event("d", "post", occurred_at="2024-01-05T12:22:00+09:00", text="x"),
        event("e", "post", occurred_at=None, text="x"),
    ]
    import_bundle(db, write_bundle(tmp_path / "b", lines))
    ev = stored_events(db)
    instant = datetime(2024, 1, 5, 3, 22, tzinfo=UTC)
    for key in "abcd":
        assert ev[key][0] == instant, key
    assert ev["e"][0] is None  # a missing time stays missing
    assert ev["c"][1] == "2024-01-05T10:22:00"


def test_every_iso_8601_form_of_an_instant_is_read_and_impossible_offsets_are_not(
    tmp_path: Path, db: Database
) -> None:
    forms = {
        "basic": "20240105T032200Z",
        "basic-offset": "20240105T102200+0700",
        "basic-minutes": "20240105T1022+07",
        "comma": "2024-01-05T10:22:00,0+07:00",
        "lower-z": "2024-01-05T03:22:00z",
        "hour-only": "2024-01-05T03Z",
    }
    bad = ["2024-01-05T10:22:00+25:00", "2024-01-05T10:22:00+07:60", "2024-W01-5T10:22:00Z"]
    lines = [event(k, "post", occurred_at=v, text="x") for k, v in forms.items()]
    lines += [event(f"bad{i}", "post", occurred_at=v, text="x") for i, v in enumerate(bad)]
    import_bundle(db, write_bundle(tmp_path / "b", lines))
    ev = stored_events(db)
    at = datetime(2024, 1, 5, 3, 22, tzinfo=UTC)
    assert {k: ev[k][0] for k in forms} == {
        **{k: at for k in forms},
        "hour-only": datetime(2024, 1, 5, 3, 0, tzinfo=UTC),
    }
    assert ev["comma"][1] == "2024-01-05T10:22:00,0+07:00"  # the source's own text is kept
    assert sorted(r["line"] for r in rejected(db)) == [7, 8, 9]


def test_a_byte_order_mark_and_non_json_numbers(tmp_path: Path, db: Database) -> None:
    bundle = write_bundle(
        tmp_path / "b",
        [
            event("e1", "post", text="x"),
            orjson.dumps(event("e2", "post", text="x")).decode().replace('"url":null', '"url":NaN'),
            event("e3", "post", text="NaN, Infinity]"),  # only inside a string: fine
        ],
    )
    path = bundle / "events.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    import_bundle(db, bundle)
    assert set(stored_events(db)) == {"e1", "e3"}
    assert [(r["line"], r["reason"]) for r in rejected(db)] == [(2, "not valid JSON")]


def test_importing_the_same_bundle_twice_changes_nothing(tmp_path: Path, db: Database) -> None:
    bundle = write_bundle(tmp_path / "b", [event("e1", "like", target=TARGET)])
    first = import_bundle(db, bundle)
    assert first.files["roster.csv"].inserted == 3
    second = import_bundle(db, bundle)
    assert second.events.accepted == 0 and second.events.already_present == 1
    assert all(c.inserted == 0 and c.updated == 0 for c in second.files.values())
    assert len(stored_events(db)) == 1
    with db.session() as s:
        assert s.query(Employee).count() == 3


def test_a_changed_row_is_updated_and_audited(tmp_path: Path, db: Database) -> None:
    bundle = write_bundle(tmp_path / "b", [])
    import_bundle(db, bundle)
    roster = (bundle / "roster.csv").read_text().replace("Dinas Pendidikan", "Dinas Pariwisata")
    (bundle / "roster.csv").write_text(roster)
    summary = import_bundle(db, bundle)
    assert summary.files["roster.csv"].updated == 1
    with db.session() as s:
        assert s.query(Employee).filter_by(nip=NIP_A).one().unit == "Dinas Pariwisata"


def test_csv_rows_are_rejected_with_physical_line_numbers(tmp_path: Path, db: Database) -> None:
    bundle = write_bundle(tmp_path / "b", [])
    write_csv(
        bundle / "roster.csv",
        [
            "nip",
            "name",
            "agency_code",
            "unit",
            "position",
            "employment_type",
            "region_code",
            "status",
        ],
        [
            [NIP_A, "Budi", "PEMKAB1706", "Unit\nwith a line break", "", "PNS", "17.06", "active"],
            ["198502302010011002", "Bad Date", "PEMKAB1706", "", "", "PNS", "", "active"],
            ["199001152015032001", "Siti", "NOPE", "", "", "PNS", "", "active"],
            [NIP_A, "Budi again", "PEMKAB1706", "", "", "PNS", "", "active"],
            ["199001152015032001", "Siti", "PEMKAB1706", "", "", "CPNS", "", "active"],
        ],
    )
    summary = import_bundle(db, bundle)
    got = {(r["file"], r["line"]): r["reason"] for r in rejected(db)}
    # the first row spans lines 2-3, so the second data row starts on line 4
    assert got[("roster.csv", 4)] == "NIP birth date 19850230 is not a calendar date"
    assert got[("roster.csv", 5)] == "agency_code 'NOPE' is not in agencies.csv"
    assert got[("roster.csv", 6)] == "duplicate nip (first on line 2)"
    assert got[("roster.csv", 7)] == "employment_type must be one of PNS, PPPK, got 'CPNS'"
    # accounts of NIPs that were rejected are rejected in turn, with the reason
    assert any(
        r["file"] == "accounts.csv" and "not in roster.csv" in r["reason"] for r in rejected(db)
    )
    assert summary.files["roster.csv"].rejected == 4
    assert summary.files["roster.csv"].inserted == 1


def test_invalid_utf8_line_is_rejected_alone(tmp_path: Path, db: Database) -> None:
    bundle = write_bundle(tmp_path / "b", [event("ok1", "post", text="x")])
    with (bundle / "events.jsonl").open("ab") as fh:
        fh.write(b'{"event_id": "bad", "text": "\xff\xfe"}\r\n')
        fh.write(orjson.dumps(event("ok2", "post", text="y")) + b"\r\n")
    summary = import_bundle(db, bundle)
    assert summary.events.accepted == 2
    assert [(r["line"], r["reason"]) for r in rejected(db)] == [(2, "not valid UTF-8")]


def test_media_ocr_text_is_kept_for_the_detectors(tmp_path: Path, db: Database) -> None:
    media = [{"kind": "image", "ocr_text": "COBLOS NOMOR 3"}, {"kind": "image", "alt_text": "x"}]
    import_bundle(db, write_bundle(tmp_path / "b", [event("m", "post", media=media)]))
    assert stored_events(db)["m"][4] == "COBLOS NOMOR 3 x"


def test_handles_compare_without_at_sign_and_case(tmp_path: Path, db: Database) -> None:
    ev = event("h", "follow", actor={"handle": "@Budi_S"}, target={"author_handle": "@PraBowo"})
    import_bundle(db, write_bundle(tmp_path / "b", [ev]))
    assert stored_events(db)["h"][2:4] == ("budi_s", "prabowo")


def test_field_types_are_checked(tmp_path: Path, db: Database) -> None:
    lines: list[dict[str, object] | str] = [
        {**event("n1", "post", text="x"), "event_id": 12345},
        {**event("n2", "post", text="x"), "text": 5},
        {**event("n3", "like", target=TARGET), "actor": "budi"},
        {**event("n4", "post", text="x"), "media": {"kind": "image"}},
        {**event("n5", "post", text="x"), "event_id": 1.5},
        "{}",
        '{"event_id": "x1"}{"event_id": "x2"}',
        event("n6", "like", occurred_at=None, target={"url": "https://x.test/p/1"}),
        event("n7", "post", text='kutip "ini" \\ dan \u2728', occurred_at="2024-01-05T10:22"),
    ]
    summary = import_bundle(db, write_bundle(tmp_path / "b", lines))
    got = {r["line"]: r["reason"] for r in rejected(db)}
    assert got == {
        2: "text must be a string or null",
        3: "actor must be an object",
        4: "media must be a list",
        5: "event_id is missing or empty",
        6: "event_id is missing or empty; platform must be one of bluesky, facebook, instagram, "
        "mastodon, other, threads, tiktok, x, youtube, got nothing; action must be one of "
        "comment, follow, join, like, post, quote, reply, share, got nothing; actor must be an "
        "object",
        7: "not valid JSON",
    }
    assert summary.events.accepted == 3
    assert set(stored_events(db)) == {"12345", "n6", "n7"}


def test_an_empty_optional_file_is_as_if_absent_but_not_a_required_one(
    tmp_path: Path, db: Database
) -> None:
    bundle = write_bundle(tmp_path / "b", [event("e1", "like", target=TARGET)])
    (bundle / "claims.csv").write_bytes(b"")
    (bundle / "accounts.csv").write_bytes(b"")
    summary = import_bundle(db, bundle)
    assert summary.events.accepted == 1 and summary.files["accounts.csv"].inserted == 0
    (bundle / "roster.csv").write_bytes(b"")
    with pytest.raises(BundleUnusableError, match=r"roster\.csv: empty file"):
        import_bundle(db, bundle)


def test_a_second_import_does_not_quarantine_the_same_rows_again(
    tmp_path: Path, db: Database
) -> None:
    bundle = write_bundle(tmp_path / "b", [event("e1", "like", target=TARGET), "{oops"])
    first = import_bundle(db, bundle)
    second = import_bundle(db, bundle)
    assert first.events.rejected == second.events.rejected == 1  # still reported
    assert [(r["import_id"], r["line"]) for r in rejected(db)] == [(first.import_id, 2)]


def test_media_items_are_objects_of_kind_image_or_video(tmp_path: Path, db: Database) -> None:
    lines = [
        event("ok", "post", text="x", media=[{"kind": "image", "ocr_text": "teks"}, {}]),
        event("audio", "post", text="x", media=[{"kind": "audio", "url": "https://a"}]),
        event("scalar", "post", text="x", media=["https://a.jpg"]),
    ]
    import_bundle(db, write_bundle(tmp_path / "b", lines))
    assert set(stored_events(db)) == {"ok"}
    assert [(r["line"], r["reason"]) for r in rejected(db)] == [
        (2, "media kind must be image or video"),
        (3, "each media item must be an object"),
    ]
