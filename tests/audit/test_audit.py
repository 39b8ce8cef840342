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
