"""The fast paths of the roster and accounts import agree with the rules they stand in for."""

from __future__ import annotations

import itertools
import random
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import orjson
import pytest
from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Integer,
    MetaData,
    String,
    Table,
    create_engine,
    insert,
    select,
    text,
)
from sqlalchemy.orm import Session

from bundles import NIP_A, NIP_B, event, write_bundle, write_csv
from netra.accounts.models import Account
from netra.audit.models import AuditEntry
from netra.core.db import Database, UTCDateTime, insert_many, large_page_cache
from netra.ingest import rows as R
from netra.ingest.bundle import CsvFile, Rejects, RowError, read_csv
from netra.ingest.service import import_bundle
from netra.roster import nip as N
from netra.roster.nip import NipCheck, NipError, validate_nip

TODAY = date(2026, 11, 21)
JAKARTA = ZoneInfo("Asia/Jakarta")


def _outcome(check: Any, *args: Any, **kwargs: Any) -> tuple[str, Any]:
    try:
        return ("ok", check(*args, **kwargs))
    except (NipError, RowError) as exc:
        return (type(exc).__name__, str(exc))


def _nips() -> list[str]:
    """NIPs on and around every boundary of the PNS rules, and malformed ones."""
    rng = random.Random(7)
    out = ["198503122010011002", "199001152015032001", "197812302005011003"]
    years = ["1899", "1900", "1985", "2000", str(TODAY.year), str(TODAY.year + 1)]
    for birth_y, birth_m, birth_d in itertools.product(
        years, ["00", "01", "02", "11", "12", "13"], ["00", "01", "21", "22", "29", "30", "31"]
    ):
        birth = birth_y + birth_m + birth_d
        for ap_y in (str(int(birth_y) - 1), birth_y, str(TODAY.year + 1), str(TODAY.year + 2)):
            for ap_m in ("00", "01", birth_m, "12", "13"):
                sex = rng.choice("0123456789")
                out.append(f"{birth}{ap_y}{ap_m}{sex}{rng.randrange(1000):03d}")
    for _ in range(3000):
        y, m, d = rng.randrange(1890, 2030), rng.randrange(0, 14), rng.randrange(0, 33)
        ap_year, ap_month = rng.randrange(1890, 2030), rng.randrange(0, 14)
        out.append(f"{y:04d}{m:02d}{d:02d}{ap_year:04d}{ap_month:02d}{rng.choice('0123')}001")
    out += [
        "19850312201001100",  # 17 digits
        "1985031220100110021",  # 19 digits
        "19850312201001100A",
        " 198503122010011002 ",
        "١٩٨٥٠٣١٢٢٠١٠٠١١٠٠٢",  # Arabic-Indic digits: isdigit() but not ASCII
        "",
    ]
    return out


@pytest.mark.parametrize("employment_type", ["PNS", "PPPK"])
def test_nip_check_agrees_with_validate_nip(employment_type: str) -> None:
    check = NipCheck(TODAY)
    for nip in _nips():
        fast = _outcome(check, nip, employment_type)
        slow = _outcome(validate_nip, nip, employment_type=employment_type, today=TODAY)
        assert fast == slow, nip


def test_nip_check_accepts_a_valid_nip_without_parsing_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def parse(*_: Any, **__: Any) -> str:
        raise AssertionError("validate_nip called for a valid PNS NIP")

    monkeypatch.setattr(N, "validate_nip", parse)
    check = NipCheck(TODAY)
    assert check(NIP_A, "PNS") == NIP_A
    assert check(NIP_B, "PNS") == NIP_B


# A roster with every oddity the reader handles: a multi-line cell, a blank line, an unknown
# column, a row with too few cells, padding, and the faults each rule rejects.
ROSTER_TEXT = (
    "NIP , name,agency_code,unit,employment_type,region_code,status,extra\r\n"
    f'{NIP_A}," Budi ",PEMKAB1706,"Unit\r\nbaru",PNS,17.06,active,x\r\n'
    "\r\n"
    f"{NIP_B},Siti,PEMPROV17,,,17,,\r\n"
    f"{NIP_A},Budi again,PEMKAB1706,,PNS,,active,\r\n"
    "198502302010011002,Bad Date,PEMKAB1706,,PNS,,active,\r\n"
    "199001152015032002,Siti,NOPE,,PNS,,active,\r\n"
    "199001152015032003,,PEMKAB1706,,PNS,,active,\r\n"
    "199001152015032004,Tono,PEMKAB1706,,CPNS,,active,\r\n"
    "199001152015032005,Tini,PEMKAB1706,,PNS,17.6,active,\r\n"
    "199001152015032006,Tina,PEMKAB1706,,PNS,,retired,\r\n"
    "1990011520150320,Tuti,PEMKAB1706,,PPPK,,active,\r\n"
    ",Nobody,PEMKAB1706,,PNS,,active,\r\n"
    "199001152015032007,Short,PEMKAB1706\r\n"
    '199001152015032008,"Bad "quote,PEMKAB1706,,PNS,,active,\r\n'
    "199001152015032009,Last,PEMKAB1706,,PPPK,,inactive,\r\n"
)
ACCOUNTS_TEXT = (
    "platform,nip,user_id,handle,declared_at,approved\n"
    f"x,{NIP_A},99,@Budi_S,2023-01-01,TRUE\n"
    f"instagram,{NIP_A},,@Budi.Santoso,,\n"
    f"facebook,{NIP_B},555,,2023-01-01T10:00:00+08:00,false\n"
    f"tiktok,{NIP_B},,,2023-01-01,\n"
    f"myspace,{NIP_B},1,,,\n"
    f",{NIP_B},1,,,\n"
    "x,199001152015032999,7,,,\n"
    f"x,{NIP_B},8,,2023-02-30,\n"
    f"x,{NIP_B},9,,yesterday,\n"
    f"x,{NIP_B},10,,,maybe\n"
    f"x,{NIP_B},11,,2023-01-01 10:00,\n"
)


def _read_both(
    tmp_path: Path, name: str, content: str, parse: Any, columns: tuple[str, ...]
) -> tuple[list[Any], list[Any], list[bytes], list[bytes]]:
    """The rows as read_csv + the dict rule, and as CsvFile.values + the positional rule."""
    path = tmp_path / name
    path.write_bytes(content.encode())
    by_dict, by_values = [], []
    rejects = [Rejects.open(tmp_path / f"rejected-{i}.jsonl", 1) for i in range(2)]
    for row in read_csv(path, rejects[0]):
        by_dict.append((row.line, row.raw, _outcome(parse[0], row.cells)))
    source = CsvFile(path, rejects[1])
    for line, last, values in source.values(columns):
        by_values.append((line, source.raw(line, last), _outcome(parse[1], values)))
    assert rejects[0].seen == rejects[1].seen and rejects[0].counts == rejects[1].counts
    for r in rejects:
        r.close()
    return (
        by_dict,
        by_values,
        (tmp_path / "rejected-0.jsonl").read_bytes().splitlines(),
        (tmp_path / "rejected-1.jsonl").read_bytes().splitlines(),
    )


def test_roster_rows_read_by_position_agree_with_the_dict_rule(tmp_path: Path) -> None:
    agencies = {"PEMKAB1706", "PEMPROV17"}
    check = NipCheck(TODAY)
    by_dict, by_values, rej_dict, rej_values = _read_both(
        tmp_path,
        "roster.csv",
        ROSTER_TEXT,
        (
            lambda cells: R.employee_values(
                tuple(cells.get(k, "") for k in R.ROSTER_COLUMNS), agencies, nip_check=check
            ),
            lambda values: R.employee_values(values, agencies, nip_check=check),
        ),
        R.ROSTER_COLUMNS,
    )
    assert by_dict == by_values
    assert rej_dict == rej_values
    reasons = {line: outcome[1] for line, _, outcome in by_values if outcome[0] != "ok"}
    assert reasons == {
        7: "NIP birth date 19850230 is not a calendar date",
        8: "agency_code 'NOPE' is not in agencies.csv",
        9: "name is empty",
        10: "employment_type must be one of PNS, PPPK, got 'CPNS'",
        11: "region_code must be a Kemendagri code like 31 or 31.71, got '17.6'",
        12: "status must be one of active, inactive, got 'retired'",
        13: "NIP must be 18 digits, got '1990011520150320'",
        14: "nip is empty",
    }
    first = by_values[0]
    assert (
        first[0] == 2 and first[1] == f'{NIP_A}," Budi ",PEMKAB1706,"Unit\nbaru",PNS,17.06,active,x'
    )
    assert first[2][1]["name"] == "Budi" and first[2][1]["unit"] == "Unit\r\nbaru"
    assert first[2][1]["position"] is None  # an absent column reads as empty
    assert by_values[1][2][1]["employment_type"] == "PNS"  # empty: the default
    assert [orjson.loads(r)["line"] for r in rej_values] == [15, 16]  # 3 cells; bad quote


def test_the_dict_rules_keep_their_results(tmp_path: Path) -> None:
    agencies = {"PEMKAB1706", "PEMPROV17"}
    by_dict, by_values, _, _ = _read_both(
        tmp_path,
        "roster.csv",
        ROSTER_TEXT,
        (
            lambda cells: R.employee(cells, agencies),
            lambda values: R.employee_values(values, agencies),
        ),
        R.ROSTER_COLUMNS,
    )
    assert by_dict == by_values
    nips = {NIP_A, NIP_B}
    by_dict, by_values, _, _ = _read_both(
        tmp_path,
        "accounts.csv",
        ACCOUNTS_TEXT,
        (
            lambda cells: R.account(cells, nips, JAKARTA),
            lambda values: R.account_values(values, nips, JAKARTA, {}),
        ),
        R.ACCOUNT_COLUMNS,
    )
    assert by_dict == by_values


def test_account_rows_read_by_position_agree_with_the_dict_rule(tmp_path: Path) -> None:
    nips = {NIP_A, NIP_B}
    stamps: dict[str, datetime] = {}
    by_dict, by_values, rej_dict, rej_values = _read_both(
        tmp_path,
        "accounts.csv",
        ACCOUNTS_TEXT,
        (
            lambda cells: R.account(cells, nips, JAKARTA),
            lambda values: R.account_values(values, nips, JAKARTA, stamps),
        ),
        R.ACCOUNT_COLUMNS,
    )
    assert by_dict == by_values
    assert rej_dict == rej_values == []
    reasons = {line: outcome[1] for line, _, outcome in by_values if outcome[0] != "ok"}
    assert reasons == {
        5: "an account needs a user_id or a handle",
        6: "platform must be one of bluesky, facebook, instagram, mastodon, other, threads, "
        "tiktok, x, youtube, got 'myspace'",
        7: "platform must be one of bluesky, facebook, instagram, mastodon, other, threads, "
        "tiktok, x, youtube, got None",
        8: "nip 199001152015032999 is not in roster.csv",
        9: "declared_at is not a calendar date: '2023-02-30'",
        10: "declared_at must be an ISO 8601 timestamp, got 'yesterday'",
        11: "approved must be true, false or empty, got 'maybe'",
    }
    assert by_values[0][:2] == (2, f"x,{NIP_A},99,@Budi_S,2023-01-01,TRUE")
    ok = {line: outcome[1] for line, _, outcome in by_values if outcome[0] == "ok"}
    assert ok[2]["handle"] == "budi_s" and ok[2]["approved"] is True
    assert ok[2]["declared_at"] == datetime(2023, 1, 1, tzinfo=JAKARTA)
    assert ok[12]["declared_at"] == datetime(2023, 1, 1, 10, tzinfo=JAKARTA)
    assert set(stamps) == {"2023-01-01", "2023-01-01T10:00:00+08:00", "2023-01-01 10:00"}


def _import_entries(db: Database) -> dict[str, list[dict[str, Any]]]:
    with db.session() as s:
        entries = s.scalars(
            select(AuditEntry).where(AuditEntry.action == "import").order_by(AuditEntry.seq)
        ).all()
        out: dict[str, list[dict[str, Any]]] = {}
        for e in entries:
            out.setdefault(e.entity, []).append(orjson.loads(e.payload))
        return out


def test_reimports_update_and_audit_only_what_changed(tmp_path: Path, db: Database) -> None:
    bundle = write_bundle(tmp_path / "b", [event("e1", "post", text="x")])
    import_bundle(db, bundle)
    first = _import_entries(db)
    assert first["employees"][0]["inserted"] == [NIP_A, NIP_B, "197812302005011003"]
    assert first["accounts"][0]["inserted"] == ["x|99", "facebook|555"]
    assert first["accounts"][1]["inserted"] == ["instagram|budi.santoso"]

    import_bundle(db, bundle)  # the same bundle: nothing to record
    assert _import_entries(db) == first

    write_csv(
        bundle / "accounts.csv",
        ["nip", "platform", "handle", "user_id", "display_name", "declared_at", "approved"],
        [
            [NIP_A, "x", "budi_s", "99", "Budi S.", "2023-01-01", "false"],
            [NIP_A, "instagram", "@Budi.Santoso", "", "Budi", "", ""],
            [NIP_B, "facebook", "siti.aminah", "555", "Siti", "2023-02-01T00:00:00+07:00", "false"],
            [NIP_B, "tiktok", "siti", "", "", "", ""],
        ],
    )
    summary = import_bundle(db, bundle)
    counts = summary.files["accounts.csv"]
    assert (counts.inserted, counts.updated, counts.unchanged) == (1, 1, 2)
    latest = _import_entries(db)["accounts"][2:]
    assert len(latest) == 2
    assert latest[0]["updated"] == {
        "x|99": {"display_name": ["Budi", "Budi S."], "approved": [True, False]}
    }
    assert latest[0]["inserted"] == [] and latest[0]["unchanged"] == 1
    assert latest[1]["inserted"] == ["tiktok|siti"] and latest[1]["updated"] == {}


def test_declared_times_shared_by_rows_are_stored_each_right(tmp_path: Path, db: Database) -> None:
    bundle = write_bundle(tmp_path / "b", [event("e1", "post", text="x")])
    nips = [f"19850312201001{i:04d}" for i in range(1000, 1030)]
    write_csv(
        bundle / "roster.csv",
        ["nip", "name", "agency_code"],
        [[n, f"Pegawai {n}", "PEMPROV17"] for n in nips],
    )
    stamps = ["2023-01-01", "2023-01-01T00:00:00+07:00", "2022-12-31T17:00:00Z", "2023-06-01"]
    write_csv(
        bundle / "accounts.csv",
        ["nip", "platform", "user_id", "declared_at", "approved"],
        [[n, "x", str(i), stamps[i % 4], ["true", ""][i % 2]] for i, n in enumerate(nips)],
    )
    import_bundle(db, bundle)
    with db.session() as s:
        stored = {a.user_id: a for a in s.scalars(select(Account))}
    assert len(stored) == len(nips)
    for i in range(len(nips)):
        account = stored[str(i)]
        when = datetime(2023, 5, 31, 17) if i % 4 == 3 else datetime(2022, 12, 31, 17)
        assert account.declared_at == when.replace(tzinfo=UTC)
        assert account.declared_at is not None and account.declared_at.tzinfo == UTC
        assert account.approved is [True, None][i % 2]


def test_insert_many_binds_each_object_as_a_core_insert_does() -> None:
    """Shared objects are bound once each; equal values of different objects are not merged."""
    meta = MetaData()
    table = Table(
        "t",
        meta,
        Column("id", Integer, primary_key=True),
        Column("naive", DateTime()),
        Column("aware", UTCDateTime()),
        Column("flag", Boolean),
        Column("doc", JSON),
        Column("name", String),
    )
    engine = create_engine("sqlite://")
    meta.create_all(engine)
    shared = datetime(2024, 1, 5, 10, tzinfo=JAKARTA)
    same_instant = datetime(2024, 1, 5, 3, tzinfo=UTC)  # == shared, but its wall time differs
    doc = {"a": [1, 2]}
    rows = [
        {
            "naive": [shared, same_instant, None][i % 3],
            "aware": [shared, same_instant, None][i % 3],
            "flag": [True, False, None][i % 3],
            "doc": doc if i % 2 else {"b": i},
            "name": f"n{i}",
        }
        for i in range(30)
    ]
    with Session(engine) as s:
        insert_many(s, table, rows)
        s.commit()
    with engine.begin() as conn:
        got = conn.execute(text("SELECT naive, aware, flag, doc, name FROM t ORDER BY id")).all()
        conn.exec_driver_sql("DELETE FROM t")
        conn.execute(insert(table), rows)
        want = conn.execute(text("SELECT naive, aware, flag, doc, name FROM t ORDER BY id")).all()
    assert got == want
    assert got[0][0] != got[1][0]  # equal instants, different wall times: bound apart


def test_the_page_cache_is_larger_only_while_the_tables_are_written(db: Database) -> None:
    with db.session() as s:
        conn = s.connection()
        before = conn.exec_driver_sql("PRAGMA cache_size").scalar_one()
        with large_page_cache(s):
            assert conn.exec_driver_sql("PRAGMA cache_size").scalar_one() == -256 * 1024
        assert conn.exec_driver_sql("PRAGMA cache_size").scalar_one() == before


def test_a_repeated_column_reads_as_its_last_cell_either_way(tmp_path: Path) -> None:
    content = f"nip,name,agency_code,name\n{NIP_A},First,PEMPROV17,Last\n"
    by_dict, by_values, _, _ = _read_both(
        tmp_path,
        "roster.csv",
        content,
        (
            lambda cells: R.employee(cells, {"PEMPROV17"}),
            lambda values: R.employee_values(values, {"PEMPROV17"}),
        ),
        R.ROSTER_COLUMNS,
    )
    assert by_dict == by_values
    assert by_values[0][2][1]["name"] == "Last"
