"""Linkage v0: declared accounts, with restraint where the evidence is not unique."""

from pathlib import Path

from bundles import NIP_A, NIP_B, event, write_bundle, write_csv
from netra.core.db import Database
from netra.detect.service import detect
from netra.ingest.service import import_bundle

CANDIDATE_POST = {"post_id": "1", "author_user_id": "12345"}


def findings_by_event(
    tmp_path: Path,
    db: Database,
    events: list[dict[str, object]],
    accounts: list[list[str]] | None = None,
) -> dict[str, dict[str, object]]:
    bundle = write_bundle(tmp_path / "b", events)
    if accounts is not None:
        write_csv(
            bundle / "accounts.csv",
            ["nip", "platform", "handle", "user_id", "display_name", "declared_at", "approved"],
            accounts,
        )
    import_bundle(db, bundle)
    result = detect(db, policy="id", timezone="Asia/Jakarta")
    return {f["event_ids"][0]: f for f in result.findings}


def test_user_id_links_even_when_the_handle_changed(tmp_path: Path, db: Database) -> None:
    got = findings_by_event(
        tmp_path,
        db,
        [event("e", "like", actor={"user_id": "99", "handle": "new_name"}, target=CANDIDATE_POST)],
    )
    assert got["e"]["nip"] == NIP_A


def test_handle_fallback_only_when_a_user_id_is_missing(tmp_path: Path, db: Database) -> None:
    got = findings_by_event(
        tmp_path,
        db,
        [
            # instagram account declared by handle only: the event's user_id cannot contradict it
            event(
                "ig",
                "like",
                platform="instagram",
                actor={"user_id": "4242", "handle": "budi.santoso"},
                target={"post_id": "9", "author_handle": "prabowo"},
            ),
            # x account declared with user_id 99: same handle but another user_id is another account
            event("x", "like", actor={"user_id": "100", "handle": "budi_s"}, target=CANDIDATE_POST),
            # the event has no user_id: the handle decides
            event("x2", "like", actor={"handle": "@BUDI_S"}, target=CANDIDATE_POST),
        ],
    )
    assert got["ig"]["nip"] == NIP_A
    assert got["x"]["nip"] is None
    assert got["x2"]["nip"] == NIP_A


def test_an_account_claimed_by_two_employees_is_not_attributed(
    tmp_path: Path, db: Database
) -> None:
    accounts = [
        [NIP_A, "x", "shared_handle", "", "", "", ""],
        [NIP_B, "x", "", "777000", "", "", ""],
    ]
    got = findings_by_event(
        tmp_path,
        db,
        [
            event(
                "e",
                "like",
                actor={"user_id": "777000", "handle": "shared_handle"},
                target=CANDIDATE_POST,
            )
        ],
        accounts,
    )
    # by user_id the account is NIP_B's; the handle-only declaration must not compete with it
    assert got["e"]["nip"] == NIP_B
    got = findings_by_event(
        tmp_path / "2",
        Database(db.workspace.__class__.at(tmp_path / "ws2")),
        [event("e", "like", actor={"handle": "shared_handle"}, target=CANDIDATE_POST)],
        [
            [NIP_A, "x", "shared_handle", "", "", "", ""],
            [NIP_B, "x", "shared_handle", "5", "", "", ""],
        ],
    )
    # without a user_id on the event both declarations fit: nobody is accused
    assert got["e"]["nip"] is None


def test_a_targets_own_account_is_not_an_employee_engaging(tmp_path: Path, db: Database) -> None:
    got = findings_by_event(
        tmp_path,
        db,
        [
            event(
                "self",
                "share",
                actor={"user_id": "777", "handle": "ganjarpranowo"},
                target=CANDIDATE_POST,
            )
        ],
    )
    assert "self" not in got
