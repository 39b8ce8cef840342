"""Running a connector into a workspace, through the same checks as a bundle's events.

The connector's events are written to a temporary events.jsonl and handed to
:func:`netra.ingest.events.import_events`: the same validation, quarantine (rejected.jsonl,
with the item's file and index in the source) and idempotency by event_id as a bundle. Account
and target rows go through the bundle's row validators. Items the connector could not read are
quarantined too, so nothing is dropped silently.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

import duckdb
import orjson
import pyarrow.parquet as pq
from sqlalchemy import desc, select
from sqlalchemy.orm import Session

from netra.accounts.models import Account
from netra.audit.service import record
from netra.core.db import Database, utcnow
from netra.core.errors import NetraError, NotFoundError, ValidationError
from netra.ingest import rows as R
from netra.ingest.bundle import Rejects, RowError
from netra.ingest.connectors.base import (
    AccountRow,
    Checkpoint,
    Connector,
    ConnectorError,
    ConnectorInterrupted,
    Event,
    Note,
    RedactingFilter,
    Redactor,
    RunContext,
    Skipped,
    TargetRow,
    get_connector,
    mask_params,
    parse_params,
)
from netra.ingest.events import FILE, EventImportResult, import_events
from netra.ingest.models import EventFile, ImportRun
from netra.ingest.service import FileCounts, sync_rows
from netra.roster.models import Employee
from netra.targets.models import Election, Target, TargetAccount

log = logging.getLogger("netra.connectors")
DEFAULT_TIMEZONE = "Asia/Jakarta"
DEFAULT_POLICY = "id"


@dataclass(slots=True)
class ConnectorImportSummary:
    """The outcome of one connector run."""

    connector: str
    import_id: int
    events: EventImportResult = field(default_factory=EventImportResult)
    records: int = 0
    skipped: int = 0
    accounts: FileCounts = field(default_factory=FileCounts)
    targets: FileCounts = field(default_factory=FileCounts)
    notes: list[str] = field(default_factory=list)
    rejected_path: Path | None = None
    interrupted: str | None = None

    @property
    def rejected(self) -> int:
        """Source items skipped plus records rejected by validation."""
        return self.skipped + self.events.rejected + self.accounts.rejected + self.targets.rejected


class _SourceRejects(Rejects):
    """The quarantine, naming a rejected event by its place in the source, not the temp file."""

    origins: dict[int, tuple[str, int | None]]
    connector: str

    def add(self, file: str, line: int, reason: str, raw: Any) -> None:
        """Quarantine one record; events are located by (source file, index) when known."""
        where_file, where_line = file, line
        if file == FILE and line in self.origins:
            origin, index = self.origins[line]
            where_file = f"{self.connector}:{origin}"
            where_line = index if index is not None else line
        assert self._fh is not None
        self._fh.write(
            orjson.dumps(
                {
                    "import_id": self.import_id,
                    "file": where_file,
                    "line": where_line,
                    "reason": reason,
                    "raw": raw,
                },
                default=str,
            )
            + b"\n"
        )
        self.counts[file] = self.counts.get(file, 0) + 1


def checkpoint_path(db: Database, connector: str, params: Mapping[str, Any]) -> Path:
    """Where a collection's checkpoint lives: one file per connector and (masked) parameters."""
    cls = get_connector(connector)
    safe = {k: v for k, v in mask_params(params, cls.sensitive_parameters).items() if v != "***"}
    digest = hashlib.sha256(orjson.dumps(safe, option=orjson.OPT_SORT_KEYS)).hexdigest()[:16]
    return db.workspace.root / "connectors" / "checkpoints" / f"{connector}-{digest}.json"


def load_checkpoint(path: Path) -> Checkpoint:
    """The saved checkpoint, or an empty one (a damaged file starts the collection afresh)."""
    try:
        state = orjson.loads(path.read_bytes())
    except (OSError, orjson.JSONDecodeError):
        return Checkpoint()
    return Checkpoint(state if isinstance(state, dict) else {})


def save_checkpoint(path: Path, checkpoint: Checkpoint) -> None:
    """Write the checkpoint atomically (a crash leaves the old one whole)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(orjson.dumps(checkpoint.state, option=orjson.OPT_INDENT_2))
    tmp.replace(path)


def workspace_defaults(db: Database) -> tuple[str, str]:
    """Policy and timezone of the workspace's latest import (a connector run has no header)."""
    with db.session() as session:
        row = session.execute(
            select(ImportRun.policy, ImportRun.timezone).order_by(desc(ImportRun.id)).limit(1)
        ).first()
    return (row[0], row[1]) if row else (DEFAULT_POLICY, DEFAULT_TIMEZONE)


def import_connector(
    db: Database,
    connector: str | type[Connector],
    *,
    source: Path | None = None,
    params: Mapping[str, str] | None = None,
    nip: str | None = None,
    actor: str = "system",
    timezone: str | None = None,
    transport: Any = None,
    sleep: Callable[[float], None] | None = None,
    progress: Callable[[str, int, int], None] | None = None,
) -> ConnectorImportSummary:
    """Run a connector and import what it yields; bad items go to the quarantine, the rest in.

    `params` are the `key=value` texts of the command line. An export tied to `nip` declares the
    exported account for that employee. A resumable (API) connector that is interrupted keeps
    what it read and saves its checkpoint, then raises ConnectorInterrupted; any other failure
    of a connector imports nothing.
    """
    import time

    cls = get_connector(connector) if isinstance(connector, str) else connector
    parsed = parse_params(cls, params or {})
    redactor = Redactor(
        [str(parsed[n]) for n in cls.sensitive_parameters if parsed.get(n) not in (None, "")]
    )
    masked = mask_params(parsed, cls.sensitive_parameters)
    if cls.needs_source and source is None:
        raise ValidationError(f"connector {cls.name} reads SOURCE: give the file or folder")
    if nip is not None:
        with db.session() as session:
            if session.scalar(select(Employee.nip).where(Employee.nip == nip)) is None:
                raise NotFoundError(f"nip {nip} is not in the workspace's roster")
    policy, default_tz = workspace_defaults(db)
    tz = timezone or default_tz
    ckpt_file = checkpoint_path(db, cls.name, parsed) if cls.resumable else None
    checkpoint = load_checkpoint(ckpt_file) if ckpt_file else Checkpoint()
    ws = db.workspace
    source_text = redactor.redact(
        f"connector:{cls.name}" + (f" {source.resolve()}" if source else "")
    )
    with db.session(actor=actor) as session:
        run = ImportRun(
            source=source_text[:1000],
            bundle_name=f"connector {cls.name}",
            policy=policy,
            timezone=tz,
            started_at=utcnow(),
            counts={"connector": cls.name, "params": masked, "nip": nip},
        )
        session.add(run)
        session.flush()
        import_id = run.id
    summary = ConnectorImportSummary(
        connector=cls.name, import_id=import_id, rejected_path=ws.rejected_path
    )
    tmp_dir = ws.root / "tmp"
    tmp_dir.mkdir(parents=True, exist_ok=True)
    events_path = tmp_dir / f"connector-{import_id:06d}.jsonl"
    rejects = cast(_SourceRejects, _SourceRejects.open(ws.rejected_path, import_id))
    rejects.origins = {}
    rejects.connector = cls.name
    logger = logging.getLogger(f"netra.connectors.{cls.name}")
    secret_filter = RedactingFilter(redactor)
    # httpx logs every request URL at INFO: its loggers are masked too while the run lasts.
    watched = [logger, logging.getLogger("httpx"), logging.getLogger("httpcore")]
    for each in watched:
        each.addFilter(secret_filter)
    ctx = RunContext(
        source=source,
        params=parsed,
        nip=nip,
        checkpoint=checkpoint,
        redactor=redactor,
        log=logger,
        transport=transport,
        sleep=sleep or time.sleep,
    )
    accounts: list[AccountRow] = []
    targets: list[TargetRow] = []
    prefix = ws.events_dir / f"import-{import_id:06d}"
    try:
        line = 0
        with events_path.open("wb") as fh:
            try:
                for rec in cls().records(ctx):
                    summary.records += 1
                    if isinstance(rec, Event):
                        line += 1
                        fh.write(orjson.dumps(rec.data, default=str) + b"\n")
                        if rec.file is not None:
                            rejects.origins[line] = (rec.file, rec.index)
                    elif isinstance(rec, Skipped):
                        summary.skipped += 1
                        rejects.add(f"{cls.name}:{rec.file}", rec.index, rec.reason, rec.raw)
                    elif isinstance(rec, AccountRow):
                        accounts.append(rec)
                    elif isinstance(rec, TargetRow):
                        targets.append(rec)
                    elif isinstance(rec, Note):
                        summary.notes.append(redactor.redact(rec.message))
            except ConnectorInterrupted as exc:
                if not cls.resumable:
                    raise
                summary.interrupted = redactor.redact(exc.message)
            except NetraError as exc:
                raise ConnectorError(redactor.redact(exc.message)) from None
            except Exception as exc:
                # A plugin's bug or an unreadable source must not leak a secret in a traceback.
                why = redactor.redact(f"{type(exc).__name__}: {exc}")
                raise ConnectorError(f"connector {cls.name} failed: {why}") from None
        if progress:
            progress("import", 0, 1)
        with db.session(actor=actor) as session:
            summary.accounts = _declare_accounts(session, accounts, rejects, cls.name, tz)
            summary.targets = _import_targets(session, targets, rejects, cls.name, import_id)
            existing = [Path(p) for p in session.scalars(select(EventFile.path))]
            con = duckdb.connect()
            try:
                summary.events = import_events(
                    events_path,
                    con=con,
                    out_prefix=prefix,
                    existing=existing,
                    timezone=tz,
                    rejects=rejects,
                    import_id=import_id,
                )
            finally:
                con.close()
            for part in summary.events.parquet:
                session.add(
                    EventFile(
                        import_id=import_id,
                        path=str(part),
                        rows=pq.ParquetFile(part).metadata.num_rows,
                        sha256=_sha256(part),
                    )
                )
            run = session.get_one(ImportRun, import_id)
            run.finished_at = utcnow()
            run.counts = {
                "connector": cls.name,
                "params": masked,
                "nip": nip,
                "records": summary.records,
                "skipped": summary.skipped,
                "interrupted": summary.interrupted,
                "notes": summary.notes[:100],
                "accounts": _counts(summary.accounts),
                "targets": _counts(summary.targets),
                "events": {
                    "lines": summary.events.lines,
                    "accepted": summary.events.accepted,
                    "already_present": summary.events.already_present,
                    "rejected": summary.events.rejected,
                },
            }
            record(
                session,
                action="import",
                entity="connector",
                entity_id=f"import:{import_id}",
                payload={
                    "connector": cls.name,
                    "params": masked,
                    "source": source_text,
                    "accepted": summary.events.accepted,
                    "skipped": summary.skipped,
                    "interrupted": summary.interrupted,
                    "events_sha256": _sha256(events_path),
                },
            )
        # Only now is the collection's progress durable: the checkpoint follows the import.
        if ckpt_file is not None:
            save_checkpoint(ckpt_file, checkpoint)
    except BaseException:
        for part in ws.events_dir.glob(f"{prefix.name}-*.parquet"):
            part.unlink()  # nothing half-imported
        raise
    finally:
        rejects.close()
        for each in watched:
            each.removeFilter(secret_filter)
        events_path.unlink(missing_ok=True)
    if summary.interrupted:
        stopped = ConnectorInterrupted(
            f"{summary.interrupted}; kept {summary.events.accepted:,} new event(s), the next run "
            "resumes from the checkpoint"
        )
        stopped.summary = summary
        raise stopped
    return summary


def _counts(c: FileCounts) -> dict[str, int]:
    return {
        "read": c.read,
        "inserted": c.inserted,
        "updated": c.updated,
        "unchanged": c.unchanged,
        "rejected": c.rejected,
    }


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _declare_accounts(
    session: Session, rows: list[AccountRow], rejects: Rejects, name: str, tz: str
) -> FileCounts:
    """Declare accounts for employees without undoing what is known (approval, other owner)."""
    from zoneinfo import ZoneInfo

    counts = FileCounts(read=len(rows))
    if not rows:
        return counts
    nips = set(session.scalars(select(Employee.nip)))
    where = f"{name}:accounts"
    for index, row in enumerate(rows):
        try:
            rec = R.account(row.cells, nips, ZoneInfo(tz))
        except RowError as exc:
            rejects.add(where, index, str(exc), row.cells)
            counts.rejected += 1
            continue
        found = None
        if rec["user_id"]:
            found = session.scalar(
                select(Account).where(
                    Account.platform == rec["platform"], Account.user_id == rec["user_id"]
                )
            )
        if found is None and rec["handle"]:
            found = session.scalar(
                select(Account).where(
                    Account.platform == rec["platform"],
                    Account.handle == rec["handle"],
                    Account.user_id.is_(None),
                )
            )
        if found is None:
            session.add(Account(**rec))
            counts.inserted += 1
            continue
        if found.nip and found.nip != rec["nip"] and found.link_method in ("declared", "confirmed"):
            rejects.add(
                where,
                index,
                f"the account is already {found.link_method} for nip {found.nip}; not changed",
                row.cells,
            )
            counts.rejected += 1
            continue
        changed = False
        if found.nip != rec["nip"] or found.link_method not in ("declared", "confirmed"):
            found.nip, found.link_method, found.link_probability = rec["nip"], "declared", 1.0
            changed = True
        for attr in ("user_id", "handle", "display_name"):
            if getattr(found, attr) is None and rec[attr]:
                setattr(found, attr, rec[attr])
                changed = True
        counts.updated += int(changed)
        counts.unchanged += int(not changed)
    session.flush()  # ORM writes: the audit listener records each one
    return counts


def _import_targets(
    session: Session, rows: list[TargetRow], rejects: Rejects, name: str, import_id: int
) -> FileCounts:
    """Targets and their accounts from a connector, through targets.csv's validator."""
    counts = FileCounts(read=len(rows))
    if not rows:
        return counts
    elections = set(session.scalars(select(Election.election_id)))
    targets: dict[str, dict[str, Any]] = {}
    accounts: list[dict[str, Any]] = []
    where = f"{name}:targets"
    for index, row in enumerate(rows):
        try:
            rec, account = R.target(row.cells, elections)
        except RowError as exc:
            rejects.add(where, index, str(exc), row.cells)
            counts.rejected += 1
            continue
        targets.setdefault(rec["target_id"], rec)
        if account and account not in accounts:
            accounts.append(account)
    a = sync_rows(session, Target, ("target_id",), list(targets.values()), import_id=import_id)
    b = sync_rows(
        session,
        TargetAccount,
        ("target_id", "platform", "user_id", "handle"),
        accounts,
        import_id=import_id,
    )
    counts.inserted, counts.updated = a.inserted + b.inserted, a.updated + b.updated
    counts.unchanged = a.unchanged + b.unchanged
    return counts


def connector_summary_text(summary: ConnectorImportSummary) -> str:
    """One line for the CLI and the collect log."""
    ev = summary.events
    text = (
        f"{summary.connector}: {ev.accepted:,} new events, {ev.already_present:,} already "
        f"present, {summary.rejected:,} rejected or skipped"
    )
    if summary.accounts.inserted or summary.accounts.updated:
        text += f", {summary.accounts.inserted + summary.accounts.updated} account(s) declared"
    return text
