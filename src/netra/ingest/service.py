"""Importing a bundle into a workspace: validate, quarantine the bad, upsert the good, audit all."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from operator import itemgetter
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import duckdb
import pyarrow.parquet as pq
from sqlalchemy import Row, Table, bindparam, select, update
from sqlalchemy.orm import Session

from netra.accounts.models import Account
from netra.audit.service import canonical, record
from netra.core.db import Base, Database, insert_many, large_page_cache, utcnow
from netra.ingest import rows as R
from netra.ingest.bundle import BundleHeader, CsvFile, Rejects, RowError, read_csv, read_header
from netra.ingest.events import EventImportResult, import_events
from netra.ingest.models import EventFile, ImportRun
from netra.roster.models import Agency, Employee
from netra.roster.nip import NipCheck
from netra.targets.models import (
    Claim,
    Document,
    Election,
    ElectionStage,
    Keyword,
    Target,
    TargetAccount,
)

Progress = Callable[[str, int, int], None]


@dataclass(slots=True)
class FileCounts:
    """What happened to the records of one file."""

    read: int = 0
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0


@dataclass(slots=True)
class ImportSummary:
    """The outcome of one bundle import."""

    header: BundleHeader
    import_id: int
    files: dict[str, FileCounts] = field(default_factory=dict)
    events: EventImportResult = field(default_factory=EventImportResult)
    rejected_path: Path | None = None

    @property
    def rejected(self) -> int:
        """Rows and lines rejected across all files."""
        return sum(c.rejected for c in self.files.values()) + self.events.rejected


def _table(model: type[Base]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


def sync_rows(
    session: Session,
    model: type[Base],
    key: tuple[str, ...],
    records: list[dict[str, Any]],
    *,
    import_id: int,
    scope: Any = None,
) -> FileCounts:
    """Insert new records, update changed ones, leave equal ones alone; audit the batch."""
    table = _table(model)
    fields = list(records[0].keys()) if records else []
    counts = FileCounts(read=len(records))
    if not records:
        return counts
    cols = [table.c[name] for name in fields]
    query = select(table.c.id, *cols)
    if scope is not None:
        query = query.where(scope)
    # Rows and records compare as tuples in `fields` order, built by C-level getters: a dict per
    # existing row and a generator per key cost more than the rest of the comparison.
    values_of = _getter(fields)
    key_at = [fields.index(k) for k in key]
    key_of = _getter(key_at)
    stored_key_of = _getter([i + 1 for i in key_at])  # a stored row is (id, *fields)
    existing: dict[Any, Row[Any]] = {
        stored_key_of(row): row for row in session.execute(query).all()
    }
    inserts: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    changes: dict[str, dict[str, Any]] = {}
    inserted: list[Any] = []
    for rec in records:
        values = values_of(rec)
        ident = key_of(values)
        found = existing.get(ident)
        if found is None:
            inserts.append(rec)
            inserted.append(ident)
            continue
        # Tuple equality is field by field `==`, as `_differs` below (no NaN is stored here).
        if found[1:] == values:
            continue
        old: dict[str, Any] = dict(zip(fields, found[1:], strict=True))
        diff = {k: v for k, v in rec.items() if _differs(old.get(k), v)}
        if diff:
            updates.append({"_id": found[0], **rec})
            changes[_label(ident, len(key))] = {k: [old.get(k), v] for k, v in diff.items()}
    if inserts:
        insert_many(session, table, inserts)
    if updates:
        stmt = (
            update(table)
            .where(table.c.id == bindparam("_id"))
            .values({name: bindparam(name) for name in fields})
        )
        session.connection().execute(stmt, updates)
    counts.inserted, counts.updated = len(inserts), len(updates)
    counts.unchanged = len(records) - len(inserts) - len(updates)
    if inserts or updates:
        digest = hashlib.sha256(canonical(records).encode()).hexdigest()
        record(
            session,
            action="import",
            entity=table.name,
            entity_id=f"import:{import_id}",
            payload={
                "inserted": [_label(ident, len(key)) for ident in inserted],
                "updated": changes,
                "unchanged": counts.unchanged,
                "records_sha256": digest,
            },
        )
    return counts


def _getter(items: list[Any]) -> Callable[[Any], Any]:
    """itemgetter over `items`, always giving a tuple (itemgetter of one item gives the item)."""
    if len(items) == 1:
        only = items[0]
        return lambda obj: (obj[only],)
    return itemgetter(*items)


def _label(ident: tuple[Any, ...], width: int) -> str:
    """A key as the audit log writes it: its parts joined by '|'."""
    return str(ident[0]) if width == 1 else "|".join(map(str, ident))


def _differs(old: Any, new: Any) -> bool:
    return bool(old != new)


def _read(
    path: Path,
    rejects: Rejects,
    parse: Callable[[dict[str, str]], Any],
) -> Iterable[tuple[int, Any]]:
    """Parse each CSV row, quarantining rows that break a rule."""
    if not path.is_file():
        return
    for row in read_csv(path, rejects):
        try:
            yield row.line, parse(row.cells)
        except RowError as exc:
            rejects.add(path.name, row.line, str(exc), row.raw)


class _Firsts:
    """Remembers the line where each key was first seen, to reject later repeats."""

    def __init__(self, file: str, rejects: Rejects, what: str) -> None:
        self.file, self.rejects, self.what = file, rejects, what
        self.lines: dict[Any, int] = {}

    def first(self, key: Any, line: int, raw: Any) -> bool:
        """True the first time `key` is seen; later times quarantine the row."""
        seen = self.lines.get(key)
        if seen is None:
            self.lines[key] = line
            return True
        self.rejects.add(self.file, line, f"duplicate {self.what} (first on line {seen})", raw)
        return False

    def first_row(self, key: Any, line: int, last: int, source: CsvFile) -> bool:
        """As `first`, quarantining a repeat with its raw row, built only then."""
        seen = self.lines.setdefault(key, line)
        if seen == line:
            return True
        raw = source.raw(line, last)
        self.rejects.add(self.file, line, f"duplicate {self.what} (first on line {seen})", raw)
        return False


def import_bundle(
    db: Database,
    bundle: Path,
    *,
    actor: str = "system",
    progress: Progress | None = None,
) -> ImportSummary:
    """Import every file of a bundle; bad rows go to rejected.jsonl, the rest goes on."""
    header = read_header(bundle)
    ws = db.workspace
    with db.session(actor=actor) as session:
        run = ImportRun(
            source=str(bundle.resolve()),
            bundle_name=header.name,
            policy=header.policy,
            timezone=header.timezone,
            started_at=utcnow(),
            counts={},
        )
        session.add(run)
        session.flush()
        import_id = run.id
    summary = ImportSummary(header=header, import_id=import_id, rejected_path=ws.rejected_path)
    rejects = Rejects.open(ws.rejected_path, import_id)
    prefix = ws.events_dir / f"import-{import_id:06d}"
    try:
        with db.session(actor=actor) as session:
            _import_tables(session, bundle, header, rejects, summary, progress)
            for name, counts in summary.files.items():
                if name in rejects.seen:
                    counts.read = rejects.seen[name]
                    counts.rejected = rejects.counts.get(name, 0)
            existing = [Path(p) for p in session.scalars(select(EventFile.path))]
            con = duckdb.connect()
            try:
                summary.events = import_events(
                    bundle / "events.jsonl",
                    con=con,
                    out_prefix=prefix,
                    existing=existing,
                    timezone=header.timezone,
                    rejects=rejects,
                    import_id=import_id,
                    progress=(lambda d, t: progress("events", d, t)) if progress else None,
                )
            finally:
                con.close()
            for part in summary.events.parquet:
                rows = pq.ParquetFile(part).metadata.num_rows
                session.add(
                    EventFile(
                        import_id=import_id, path=str(part), rows=rows, sha256=_file_sha256(part)
                    )
                )
            run = session.get_one(ImportRun, import_id)
            run.finished_at = utcnow()
            run.counts = {
                "files": {
                    name: {
                        "read": c.read,
                        "inserted": c.inserted,
                        "updated": c.updated,
                        "unchanged": c.unchanged,
                        "rejected": c.rejected,
                    }
                    for name, c in summary.files.items()
                },
                "events": {
                    "lines": summary.events.lines,
                    "accepted": summary.events.accepted,
                    "already_present": summary.events.already_present,
                    "rejected": summary.events.rejected,
                },
            }
    except BaseException:
        for part in ws.events_dir.glob(f"{prefix.name}-*.parquet"):
            part.unlink()  # nothing half-imported
        raise
    finally:
        rejects.close()
    return summary


def _file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _import_tables(
    session: Session,
    bundle: Path,
    header: BundleHeader,
    rejects: Rejects,
    summary: ImportSummary,
    progress: Progress | None,
) -> None:
    iid = summary.import_id

    def step(name: str) -> None:
        if progress:
            progress(name, 0, 1)

    # agencies: parents may come later in the file, so check them after reading all rows.
    step("agencies.csv")
    firsts = _Firsts("agencies.csv", rejects, "code")
    agency_rows: list[tuple[int, dict[str, Any], str]] = []
    for row in read_csv(bundle / "agencies.csv", rejects):
        try:
            rec = R.agency(row.cells)
        except RowError as exc:
            rejects.add("agencies.csv", row.line, str(exc), row.raw)
            continue
        if firsts.first(rec["code"], row.line, row.raw):
            agency_rows.append((row.line, rec, row.raw))
    known = {r["code"] for _, r, _ in agency_rows} | set(session.scalars(select(Agency.code)))
    agencies = []
    for line, rec, raw in agency_rows:
        if rec["parent_code"] and rec["parent_code"] not in known:
            rejects.add("agencies.csv", line, f"parent_code {rec['parent_code']!r} is unknown", raw)
        else:
            agencies.append(rec)
    summary.files["agencies.csv"] = sync_rows(session, Agency, ("code",), agencies, import_id=iid)
    agency_codes = set(session.scalars(select(Agency.code)))

    with large_page_cache(session):
        step("roster.csv")
        summary.files["roster.csv"] = _import_roster(
            session, bundle / "roster.csv", rejects, agency_codes, iid
        )
        step("accounts.csv")
        summary.files["accounts.csv"] = _import_accounts(
            session, bundle / "accounts.csv", rejects, header.tz, iid
        )

    step("elections.csv")
    firsts = _Firsts("elections.csv", rejects, "election stage")
    elections: dict[str, dict[str, Any]] = {}
    election_line: dict[str, int] = {}
    stages = []
    for row in (
        read_csv(bundle / "elections.csv", rejects) if (bundle / "elections.csv").is_file() else ()
    ):
        try:
            election, stage = R.election_stage(row.cells)
        except RowError as exc:
            rejects.add("elections.csv", row.line, str(exc), row.raw)
            continue
        eid = election["election_id"]
        if eid in elections and elections[eid] != election:
            rejects.add(
                "elections.csv",
                row.line,
                f"name/contest/region_code differ from line {election_line[eid]} of the same "
                "election",
                row.raw,
            )
            continue
        if firsts.first((eid, stage["stage"]), row.line, row.raw):
            elections.setdefault(eid, election)
            election_line.setdefault(eid, row.line)
            stages.append(stage)
    summary.files["elections.csv"] = _add(
        sync_rows(session, Election, ("election_id",), list(elections.values()), import_id=iid),
        sync_rows(session, ElectionStage, ("election_id", "stage"), stages, import_id=iid),
    )

    step("targets.csv")
    election_ids = set(session.scalars(select(Election.election_id)))
    targets: dict[str, dict[str, Any]] = {}
    target_line: dict[str, int] = {}
    target_accounts: list[dict[str, Any]] = []
    firsts = _Firsts("targets.csv", rejects, "target account")
    for row in (
        read_csv(bundle / "targets.csv", rejects) if (bundle / "targets.csv").is_file() else ()
    ):
        try:
            rec, account = R.target(row.cells, election_ids)
        except RowError as exc:
            rejects.add("targets.csv", row.line, str(exc), row.raw)
            continue
        tid = rec["target_id"]
        if tid in targets and targets[tid] != rec:
            rejects.add(
                "targets.csv",
                row.line,
                f"name/kind/election/ballot/party differ from line {target_line[tid]} of the "
                "same target",
                row.raw,
            )
            continue
        targets.setdefault(tid, rec)
        target_line.setdefault(tid, row.line)
        if account and firsts.first(
            (account["platform"], account["user_id"], account["handle"], tid), row.line, row.raw
        ):
            target_accounts.append(account)
    summary.files["targets.csv"] = _add(
        sync_rows(session, Target, ("target_id",), list(targets.values()), import_id=iid),
        sync_rows(
            session,
            TargetAccount,
            ("target_id", "platform", "user_id", "handle"),
            target_accounts,
            import_id=iid,
        ),
    )

    step("keywords.csv")
    target_ids = set(session.scalars(select(Target.target_id)))
    firsts = _Firsts("keywords.csv", rejects, "keyword")
    keywords = [
        rec
        for line, rec in _read(bundle / "keywords.csv", rejects, lambda c: R.keyword(c, target_ids))
        if firsts.first((rec["target_id"], rec["term"].lower()), line, None)
    ]
    summary.files["keywords.csv"] = sync_rows(
        session, Keyword, ("target_id", "term"), keywords, import_id=iid
    )

    step("claims.csv")
    firsts = _Firsts("claims.csv", rejects, "claim_id")
    claims = [
        rec
        for line, rec in _read(bundle / "claims.csv", rejects, R.claim)
        if firsts.first(rec["claim_id"], line, None)
    ]
    summary.files["claims.csv"] = sync_rows(session, Claim, ("claim_id",), claims, import_id=iid)

    step("documents")
    documents = []
    docs_dir = bundle / "documents"
    for path in sorted(docs_dir.glob("*.txt")) if docs_dir.is_dir() else []:
        data = path.read_bytes()
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            rejects.add(f"documents/{path.name}", 0, f"not valid UTF-8: {exc}", None)
            continue
        if not text.strip():
            rejects.add(f"documents/{path.name}", 0, "empty document", None)
            continue
        documents.append(
            {"doc_id": path.stem, "text": text, "sha256": hashlib.sha256(data).hexdigest()}
        )
    summary.files["documents"] = sync_rows(session, Document, ("doc_id",), documents, import_id=iid)
    summary.files["documents"].read = len(documents) + sum(
        n for f, n in rejects.counts.items() if f.startswith("documents/")
    )
    summary.files["documents"].rejected = sum(
        n for f, n in rejects.counts.items() if f.startswith("documents/")
    )


def _add(a: FileCounts, b: FileCounts) -> FileCounts:
    return FileCounts(
        read=a.read + b.read,
        inserted=a.inserted + b.inserted,
        updated=a.updated + b.updated,
        unchanged=a.unchanged + b.unchanged,
    )


def _import_roster(
    session: Session, path: Path, rejects: Rejects, agency_codes: set[str], import_id: int
) -> FileCounts:
    """roster.csv: validate each row, reject repeated NIPs, upsert the rest."""
    source = CsvFile(path, rejects)
    firsts = _Firsts(path.name, rejects, "nip")
    nip_check = NipCheck()  # one date for the file; birth dates checked once each
    employees = []
    for line, last, values in source.values(R.ROSTER_COLUMNS):
        try:
            rec = R.employee_values(values, agency_codes, nip_check=nip_check)
        except RowError as exc:
            rejects.add(path.name, line, str(exc), source.raw(line, last))
            continue
        if firsts.first_row(rec["nip"], line, last, source):
            employees.append(rec)
    return sync_rows(session, Employee, ("nip",), employees, import_id=import_id)


def _import_accounts(
    session: Session, path: Path, rejects: Rejects, tz: ZoneInfo, import_id: int
) -> FileCounts:
    """accounts.csv: validate each row, reject repeated accounts, upsert the rest."""
    nips = set(session.scalars(select(Employee.nip)))
    firsts = _Firsts(path.name, rejects, "account")
    by_uid: list[dict[str, Any]] = []
    by_handle: list[dict[str, Any]] = []
    if path.is_file():
        source = CsvFile(path, rejects)
        stamps: dict[str, datetime] = {}
        for line, last, values in source.values(R.ACCOUNT_COLUMNS):
            try:
                rec = R.account_values(values, nips, tz, stamps)
            except RowError as exc:
                rejects.add(path.name, line, str(exc), source.raw(line, last))
                continue
            ident = (
                (rec["platform"], "uid", rec["user_id"])
                if rec["user_id"]
                else (rec["platform"], "handle", rec["handle"])
            )
            if firsts.first(ident, line, None):  # a repeated account is quarantined without raw
                (by_uid if rec["user_id"] else by_handle).append(rec)
    acc = sync_rows(
        session,
        Account,
        ("platform", "user_id"),
        by_uid,
        import_id=import_id,
        scope=Account.user_id.is_not(None),
    )
    acc2 = sync_rows(
        session,
        Account,
        ("platform", "handle"),
        by_handle,
        import_id=import_id,
        scope=Account.user_id.is_(None),
    )
    return _add(acc, acc2)
