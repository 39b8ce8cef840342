import sqlite3

import pytest
from sqlalchemy import text

from netra.audit.models import AuditEntry
from netra.audit.service import GENESIS, record, verify
from netra.core.db import Database
from netra.core.errors import AuditIntegrityError
from netra.roster.models import Agency


def test_every_orm_write_is_chained_in_the_audit_log(db: Database) -> None:
    with db.session(actor="analyst:ani") as s:
        s.add(Agency(code="A1", name="Dinas Pendidikan"))
    with db.session(actor="analyst:ani") as s:
        agency = s.query(Agency).one()
        agency.name = "Dinas Pendidikan dan Kebudayaan"
    with db.session(actor="admin") as s:
        s.delete(s.query(Agency).one())
    with db.session() as s:
        entries = s.query(AuditEntry).order_by(AuditEntry.seq).all()
        assert [(e.action, e.entity, e.actor) for e in entries] == [
            ("create", "agencies", "analyst:ani"),
            ("update", "agencies", "analyst:ani"),
            ("delete", "agencies", "admin"),
        ]
        assert entries[0].prev_hash == GENESIS
        assert entries[1].prev_hash == entries[0].hash
        assert '"name":"Dinas Pendidikan dan Kebudayaan"' in entries[1].payload
        assert verify(s).entries == 3


def test_the_database_refuses_to_change_or_delete_entries(db: Database) -> None:
    with db.session() as s:
        record(s, action="import", entity="roster", entity_id="1", payload={"n": 1})
    for sql in ("UPDATE audit_log SET actor = 'x'", "DELETE FROM audit_log"):
        with pytest.raises(Exception, match="append-only"), db.engine.begin() as conn:
            conn.execute(text(sql))


def test_tampering_behind_the_triggers_is_detected(db: Database) -> None:
    with db.session() as s:
        for i in range(3):
            record(s, action="import", entity="roster", entity_id=str(i), payload={"n": i})
    db.dispose()
    # Someone with file access drops the trigger and edits an entry.
    conn = sqlite3.connect(db.workspace.db_path)
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET payload = '{\"n\":99}' WHERE seq = 2")
    conn.commit()
    conn.close()
    with db.session() as s, pytest.raises(AuditIntegrityError, match="entry 2"):
        verify(s)


def test_removing_an_entry_breaks_the_chain(db: Database) -> None:
    with db.session() as s:
        for i in range(3):
            record(s, action="import", entity="roster", entity_id=str(i), payload={"n": i})
    db.dispose()
    conn = sqlite3.connect(db.workspace.db_path)
    conn.execute("DROP TRIGGER audit_log_no_delete")
    conn.execute("DELETE FROM audit_log WHERE seq = 2")
    conn.commit()
    conn.close()
    with db.session() as s, pytest.raises(AuditIntegrityError, match="entry 3"):
        verify(s)


def test_a_bulk_insert_is_one_entry_naming_its_rows_and_their_digest(db: Database) -> None:
    import hashlib
    from datetime import UTC, datetime

    import orjson

    from netra.audit.service import record_batch

    rows = [
        {"id": "f2", "at": datetime(2024, 2, 1, tzinfo=UTC), "n": 1},
        {"id": "f1", "at": None, "n": 2},
    ]
    with db.session(actor="system") as s:
        record_batch(
            s, action="detect", entity="findings", entity_id="batch:1", keys=["f2", "f1"], rows=rows
        )
    with db.session() as s:
        entry = s.query(AuditEntry).one()
        payload = orjson.loads(entry.payload)
        assert (entry.action, entry.entity, entry.entity_id) == ("detect", "findings", "batch:1")
        assert payload["inserted"] == ["f2", "f1"]
        # Key order inside a row does not change the digest; a changed value does.
        same = [dict(reversed(list(r.items()))) for r in rows]
        digest = hashlib.sha256(orjson.dumps(same, default=str, option=orjson.OPT_SORT_KEYS))
        assert payload["records_sha256"] == digest.hexdigest()
        other = hashlib.sha256(orjson.dumps([{**rows[0], "n": 9}, rows[1]], default=str))
        assert payload["records_sha256"] != other.hexdigest()
        assert verify(s).entries == 1
