"""Audit trail: every write is recorded as a hash-chained, append-only entry."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any, cast

import orjson
from sqlalchemy import Connection, Table, event, insert, inspect, select, text
from sqlalchemy.orm import Session

from netra.audit.models import AuditEntry
from netra.core.db import Base, utcnow
from netra.core.errors import AuditIntegrityError

GENESIS = "0" * 64
_AUDIT = cast(Table, AuditEntry.__table__)


def _default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, set | frozenset | tuple):
        return sorted(value) if isinstance(value, set | frozenset) else list(value)
    raise TypeError(f"not serialisable for the audit log: {type(value).__name__}")


def canonical(payload: Any) -> str:
    """Canonical JSON (sorted keys) so that a payload always hashes the same."""
    return orjson.dumps(payload, default=_default, option=orjson.OPT_SORT_KEYS).decode()


def entry_hash(
    *, prev_hash: str, at: str, actor: str, action: str, entity: str, entity_id: str, payload: str
) -> str:
    """SHA-256 over the previous hash and every field of the entry."""
    h = hashlib.sha256()
    for part in (prev_hash, at, actor, action, entity, entity_id, payload):
        h.update(part.encode())
        h.update(b"\x1f")
    return h.hexdigest()


# One advisory lock key for the audit chain: concurrent writers must append one at a time, or
# two entries would link to the same predecessor and fork the chain.
_PG_LOCK_KEY = 0x4E4554524131  # "NETRA1"


def lock_chain(conn: Connection) -> None:
    """Hold the audit chain's lock until the transaction ends (PostgreSQL; SQLite has one writer).

    Taken before a transaction's first write (see `_lock_before_flush`), so that a writer never
    waits for the chain while holding row locks another writer needs; taken again, harmlessly,
    before the head of the chain is read.
    """
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY})


def _last_hash(conn: Connection) -> str:
    lock_chain(conn)
    row = conn.execute(select(_AUDIT.c.hash).order_by(_AUDIT.c.seq.desc()).limit(1)).first()
    return row[0] if row else GENESIS


def _at_text(at: datetime) -> str:
    # Hash the UTC text without tzinfo so the value survives SQLite's offset-less storage.
    return at.replace(tzinfo=None).isoformat(timespec="microseconds")


def record_many(
    conn: Connection, entries: list[tuple[str, str, str, str, Any]], *, at: datetime | None = None
) -> None:
    """Append entries (actor, action, entity, entity_id, payload) to the chain on `conn`."""
    if not entries:
        return
    at = at or utcnow()
    prev = _last_hash(conn)
    rows = []
    for actor, action, entity, entity_id, payload in entries:
        text = canonical(payload)
        digest = entry_hash(
            prev_hash=prev,
            at=_at_text(at),
            actor=actor,
            action=action,
            entity=entity,
            entity_id=entity_id,
            payload=text,
        )
        rows.append(
            {
                "at": at,
                "actor": actor,
                "action": action,
                "entity": entity,
                "entity_id": entity_id,
                "payload": text,
                "prev_hash": prev,
                "hash": digest,
            }
        )
        prev = digest
    conn.execute(insert(_AUDIT), rows)


def record(session: Session, *, action: str, entity: str, entity_id: str, payload: Any) -> None:
    """Append one entry for a change made outside the ORM (bulk writes, imports)."""
    actor = str(session.info.get("actor", "system"))
    record_many(session.connection(), [(actor, action, entity, entity_id, payload)])


def record_batch(
    session: Session,
    *,
    action: str,
    entity: str,
    entity_id: str,
    keys: list[str],
    rows: list[dict[str, Any]],
) -> None:
    """One entry for rows inserted in bulk: their keys and the SHA-256 of the rows themselves."""
    digest = hashlib.sha256(orjson.dumps(rows, default=str, option=orjson.OPT_SORT_KEYS))
    record(
        session,
        action=action,
        entity=entity,
        entity_id=entity_id,
        payload={"inserted": keys, "records_sha256": digest.hexdigest()},
    )


def _row_payload(obj: Base) -> dict[str, Any]:
    mapper = inspect(obj).mapper
    return {attr.key: getattr(obj, attr.key) for attr in mapper.column_attrs}


def _identity(obj: Base) -> str:
    key = inspect(obj).mapper.primary_key_from_instance(obj)
    return ",".join(str(part) for part in key)


@event.listens_for(Session, "before_flush")
def _lock_before_flush(session: Session, _ctx: Any, _instances: Any) -> None:
    """Every ORM write takes the chain's lock before it writes anything."""
    if session.new or session.dirty or session.deleted:
        lock_chain(session.connection())


@event.listens_for(Session, "after_flush")
def _audit_orm_changes(session: Session, _ctx: Any) -> None:
    """Record every ORM insert, update and delete: no write escapes the log."""
    actor = str(session.info.get("actor", "system"))
    entries: list[tuple[str, str, str, str, Any]] = []
    for action, objs in (
        ("create", session.new),
        ("update", session.dirty),
        ("delete", session.deleted),
    ):
        for obj in objs:
            if isinstance(obj, AuditEntry) or not isinstance(obj, Base):
                continue
            if action == "update" and not session.is_modified(obj, include_collections=False):
                continue
            payload = _row_payload(obj)
            if action == "update":
                state = inspect(obj)
                payload = {
                    key: value
                    for key, value in payload.items()
                    if state.attrs[key].history.has_changes()
                }
            entries.append((actor, action, obj.__tablename__, _identity(obj), payload))
    entries.sort(key=lambda e: (e[2], e[3], e[1]))
    record_many(session.connection(), entries)


@dataclass(frozen=True, slots=True)
class VerifyResult:
    """Outcome of walking the audit chain."""

    entries: int
    head: str


def verify(session: Session) -> VerifyResult:
    """Walk the whole chain; raise AuditIntegrityError at the first entry that does not verify."""
    prev = GENESIS
    count = 0
    rows = session.execute(select(AuditEntry).order_by(AuditEntry.seq)).scalars()
    for entry in rows:
        if entry.prev_hash != prev:
            raise AuditIntegrityError(
                f"audit entry {entry.seq}: previous-hash link broken (an entry before it was "
                "removed or changed)"
            )
        expected = entry_hash(
            prev_hash=prev,
            at=_at_text(entry.at),
            actor=entry.actor,
            action=entry.action,
            entity=entry.entity,
            entity_id=entry.entity_id,
            payload=entry.payload,
        )
        if expected != entry.hash:
            raise AuditIntegrityError(f"audit entry {entry.seq}: content does not match its hash")
        prev = entry.hash
        count += 1
    return VerifyResult(entries=count, head=prev)
