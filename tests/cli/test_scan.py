from pathlib import Path

import orjson
from typer.testing import CliRunner

from bundles import NIP_A, NIP_B, event, write_bundle
from netra.cli.main import app

runner = CliRunner()
SPEC_KEYS = {
    "finding_id",
    "rule_id",
    "category",
    "severity",
    "nip",
    "link",
    "platform",
    "account_user_id",
    "action",
    "event_ids",
    "target_id",
    "occurred_at",
    "explanation",
    "citations",
}


def scan(tmp_path: Path, events: list[dict[str, object] | str]) -> tuple[int, str, list[dict]]:
    bundle = write_bundle(tmp_path / "bundle", events)
    out = tmp_path / "findings.jsonl"
    result = runner.invoke(
        app, ["scan", str(bundle), "--out", str(out), "--workspace", str(tmp_path / "ws"), "-q"]
    )
    findings = [orjson.loads(x) for x in out.read_bytes().splitlines()] if out.exists() else []
    return result.exit_code, result.output, findings


def test_scan_writes_findings_per_the_spec(tmp_path: Path) -> None:
    code, output, findings = scan(
        tmp_path,
        [
            event(
                "x:1:like:99",
                "like",
                target={"post_id": "1", "author_user_id": "12345", "author_handle": "prabowo"},
            ),
            event(
                "fb:2:like:555",
                "like",
                platform="facebook",
                actor={"user_id": "555"},
                occurred_at="2024-01-06T09:00:00",
                target={"post_id": "2", "author_user_id": "9001"},
            ),
            event(
                "x:3:like:1",
                "like",
                actor={"user_id": "1", "handle": "random"},
                target={"post_id": "3", "author_user_id": "333"},
                occurred_at=None,
            ),
            event("x:4:like:99", "like", target={"post_id": "4", "author_user_id": "444"}),
            "{broken",
        ],
    )
    assert code == 0, output
    by_event = {f["event_ids"][0]: f for f in findings}
    assert set(by_event) == {"x:1:like:99", "fb:2:like:555", "x:3:like:1"}
    first = by_event["x:1:like:99"]
    assert set(first) >= SPEC_KEYS
    assert first["category"] == "political.engagement"
    assert first["rule_id"] == "id.skb2022.engagement"
    assert first["nip"] == NIP_A
    assert first["link"] == {"method": "declared", "probability": 1.0}
    assert first["target_id"] == "T02"
    assert first["occurred_at"] == "2024-01-05T10:22:00+07:00"
    assert first["severity"] == "berat"
    assert first["citations"] and "Prabowo" in first["explanation"]
    # a timestamp without offset is read in the bundle's timezone and written with it
    assert by_event["fb:2:like:555"]["occurred_at"] == "2024-01-06T09:00:00+07:00"
    assert by_event["fb:2:like:555"]["nip"] == NIP_B
    # not linked to anyone: nip null, no link
    assert by_event["x:3:like:1"]["nip"] is None and by_event["x:3:like:1"]["link"] is None
    assert "events read" in output and "rejected" in output
    assert "rejected.jsonl" in output.replace("\n", "")
    assert "political.engagement" in output


def test_scan_is_idempotent_in_one_workspace(tmp_path: Path) -> None:
    evs: list[dict[str, object] | str] = [
        event("e1", "like", target={"post_id": "1", "author_user_id": "12345"})
    ]
    _, _, first = scan(tmp_path, evs)
    _, _, second = scan(tmp_path, evs)
    assert first == second and len(first) == 1


def test_unusable_bundle_exits_2(tmp_path: Path) -> None:
    bundle = write_bundle(tmp_path / "bundle", [])
    (bundle / "events.jsonl").unlink()
    result = runner.invoke(app, ["scan", str(bundle), "--out", str(tmp_path / "f.jsonl")])
    assert result.exit_code == 2
    assert "events.jsonl" in result.output


def test_wrong_format_exits_2(tmp_path: Path) -> None:
    bundle = write_bundle(tmp_path / "bundle", [])
    (bundle / "bundle.yaml").write_text("format: something-else\n")
    result = runner.invoke(app, ["scan", str(bundle), "--out", str(tmp_path / "f.jsonl")])
    assert result.exit_code == 2


def test_audit_verify_after_a_scan(tmp_path: Path) -> None:
    scan(tmp_path, [event("e1", "like", target={"post_id": "1", "author_user_id": "12345"})])
    result = runner.invoke(app, ["audit", "verify", "--workspace", str(tmp_path / "ws")])
    assert result.exit_code == 0
    assert "audit log intact" in result.output


def test_a_post_restating_a_true_claim_is_not_a_hoax(tmp_path: Path) -> None:
    hoax = "Gaji ke-13 bagi seluruh PNS dihapus mulai tahun 2024 oleh pemerintah."
    true = "Pemerintah menaikkan gaji PNS sebesar delapan persen pada tahun 2024."
    bundle = write_bundle(
        tmp_path / "bundle",
        [
            event("verbatim-true", "post", text=true),
            event("verbatim-hoax", "post", text=hoax),
        ],
    )
    with (bundle / "claims.csv").open("a", encoding="utf-8") as fh:
        fh.write(f"C2,{hoax},hoax,https://example.org/c2,2024-01-10\n")
        fh.write(f"C3,{true},true,https://example.org/c3,2024-01-01\n")
    out = tmp_path / "findings.jsonl"
    result = runner.invoke(
        app, ["scan", str(bundle), "--out", str(out), "--workspace", str(tmp_path / "ws"), "-q"]
    )
    assert result.exit_code == 0, result.output
    hoaxes = [orjson.loads(x) for x in out.read_bytes().splitlines()]
    assert [(f["event_ids"], f["category"]) for f in hoaxes] == [(["verbatim-hoax"], "hoax")]


def test_a_finding_names_the_declared_account_an_event_gave_only_the_handle_of(
    tmp_path: Path,
) -> None:
    code, _output, findings = scan(
        tmp_path,
        [
            event(
                "x:9:like",
                "like",
                actor={"handle": "@Budi_S"},
                target={"post_id": "1", "author_user_id": "12345", "author_handle": "prabowo"},
            )
        ],
    )
    assert code == 0
    assert [(f["nip"], f["account_user_id"]) for f in findings] == [(NIP_A, "99")]


def test_the_summary_says_where_rejected_rows_go_even_when_there_are_none(
    tmp_path: Path,
) -> None:
    code, output, _ = scan(
        tmp_path, [event("e1", "like", target={"post_id": "1", "author_user_id": "12345"})]
    )
    flat = output.replace("\n", "")
    assert code == 0
    assert "no rows rejected" in flat and "rejected.jsonl" in flat
