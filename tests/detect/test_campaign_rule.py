"""The campaign rule in a scan: which target a ballot number shared by elections names."""

from __future__ import annotations

import csv
from pathlib import Path

import orjson
from typer.testing import CliRunner

from bundles import NIP_A, NIP_B, event, write_bundle, write_csv
from netra.cli.main import app

runner = CliRunner()

# Two invented regional elections at the same time, each with a pair numbered 2: one in
# Mukomuko (17.06, where Budi works), one in Jayapura (91.03, far from both employees).
STAGES = [("campaign", "2024-09-25", "2024-11-23"), ("voting", "2024-11-27", "2024-11-27")]
ELECTIONS = [
    ("pilbup-mukomuko", "Pilbup Mukomuko 2024", "17.06"),
    ("pilbup-jpr", "Pilbup Jayapura 2024", "91.03"),
]
TARGETS = [
    # target_id sorts the far pair first: without the rule it would be chosen
    ["A2", "Yosua Kogoya – Ruth Rumbewas", "candidate", "pilbup-jpr", "2", "", "facebook",
     "yosruth", "8802"],
    ["M2", "Darmawan Sitepu – Lina Marlina", "candidate", "pilbup-mukomuko", "2", "", "facebook",
     "damai.mkm", "8801"],
    # a caleg numbered 2 on a party list, in an election open at the same time
    ["L2", "Rahmat Hidayat Saputra", "candidate", "dprd-bengkulu", "2", "PKB", "x",
     "rahmat_dprd", "8803"],
    ["PKB", "Partai Kebangkitan Bangsa (PKB)", "party", "", "1", "", "x", "pkb", "8804"],
]  # fmt: skip


def _scan(tmp_path: Path, events: list[dict[str, object] | str]) -> list[dict]:
    bundle = write_bundle(tmp_path / "bundle", events)
    rows = list(csv.reader((bundle / "elections.csv").open(encoding="utf-8")))
    for election_id, name, region in ELECTIONS:
        rows += [[election_id, name, "regional_head", region, s, a, b] for s, a, b in STAGES]
    dprd = ["dprd-bengkulu", "DPRD Bengkulu 2024", "legislative", "17"]
    rows += [[*dprd, s, a, b] for s, a, b in STAGES]
    write_csv(bundle / "elections.csv", rows[0], rows[1:])
    targets = list(csv.reader((bundle / "targets.csv").open(encoding="utf-8")))
    write_csv(bundle / "targets.csv", targets[0], targets[1:] + TARGETS)
    out = tmp_path / "findings.jsonl"
    result = runner.invoke(
        app, ["scan", str(bundle), "--out", str(out), "--workspace", str(tmp_path / "ws"), "-q"]
    )
    assert result.exit_code == 0, result.output
    return [orjson.loads(x) for x in out.read_bytes().splitlines()]


def test_a_shared_number_names_the_answered_post_then_the_employees_own_election(
    tmp_path: Path,
) -> None:
    at = "2024-10-10T09:00:00+07:00"
    budi = {"user_id": "99", "handle": "budi_s", "display_name": "Budi"}
    siti = {"user_id": "555", "handle": "siti.aminah", "display_name": "Siti"}
    findings = _scan(
        tmp_path,
        [
            # Budi (Mukomuko) calls for "02": his own regency's pair, not Jayapura's, not the
            # caleg whose 2 is a place on PKB's list
            event("own", "post", occurred_at=at, actor=budi, text="Sa tetap pilih 02"),
            # Siti answers the Jayapura pair's own post: that pair's number 2
            event(
                "answer",
                "comment",
                platform="facebook",
                occurred_at=at,
                actor=siti,
                target={"post_id": "p1", "author_user_id": "8802", "author_handle": "yosruth"},
                text="Kamek sekeluarga sepakat, nomor 2 bah!",
            ),
        ],
    )
    campaign = {
        f["event_ids"][0]: (f["target_id"], f["nip"])
        for f in findings
        if f["category"] == "political.campaign"
    }
    assert campaign == {"own": ("M2", NIP_A), "answer": ("A2", NIP_B)}


def test_a_place_named_comes_before_the_employees_own_election(tmp_path: Path) -> None:
    at = "2024-10-10T09:00:00+07:00"
    budi = {"user_id": "99", "handle": "budi_s", "display_name": "Budi"}
    findings = _scan(
        tmp_path,
        [
            # Budi works in Mukomuko but goes home to Jayapura to vote: Jayapura's 2
            event(
                "home",
                "post",
                occurred_at=at,
                actor=budi,
                text="Mudik ke Jayapura, pilih 02 di sana!",
            ),
            # no place named: his own regency's 2
            event("own", "post", occurred_at=at, actor=budi, text="Sa tetap pilih 02"),
        ],
    )
    campaign = {
        f["event_ids"][0]: f["target_id"] for f in findings if f["category"] == "political.campaign"
    }
    assert campaign == {"home": "A2", "own": "M2"}


def test_region_names_as_people_write_them() -> None:
    from netra.detect.campaign_rule import region_name

    assert region_name("33.12") == "Wonogiri"
    assert region_name("35") == "Jawa Timur"
    assert region_name("35.73") == "Malang"
    assert region_name("") is None and region_name("99.99") is None


def test_a_list_number_under_the_caleg_own_post_is_for_the_caleg(tmp_path: Path) -> None:
    at = "2024-10-10T09:00:00+07:00"
    siti = {"user_id": "555", "handle": "siti.aminah", "display_name": "Siti"}
    findings = _scan(
        tmp_path,
        [
            # under the caleg's own post, his list number: for him, not Mukomuko's pair 2
            event(
                "under",
                "reply",
                platform="x",
                occurred_at=at,
                actor=siti,
                target={"post_id": "t1", "author_user_id": "8803", "author_handle": "rahmat_dprd"},
                text="Siap Bang, coblos nomor 2!",
            ),
        ],
    )
    campaign = {
        f["event_ids"][0]: f["target_id"] for f in findings if f["category"] == "political.campaign"
    }
    assert campaign == {"under": "L2"}
