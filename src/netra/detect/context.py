"""What detectors see: one DuckDB connection with the events and the watchlist as tables."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
from sqlalchemy import select
from sqlalchemy.orm import Session

from netra.accounts.models import Account
from netra.ingest.events import EVENT_COLUMNS
from netra.ingest.models import EventFile
from netra.targets.models import (
    Claim,
    Document,
    Election,
    ElectionStage,
    Keyword,
    Target,
    TargetAccount,
)


def _arrow(session: Session, query: Any, names: list[str]) -> pa.Table:
    rows = session.execute(query).all()
    return pa.table({name: [row[i] for row in rows] for i, name in enumerate(names)})


def _accounts(session: Session) -> pa.Table:
    return _arrow(
        session,
        select(
            Account.platform,
            Account.user_id,
            Account.handle,
            Account.nip,
            Account.link_method,
            Account.link_probability,
            Account.approved,
        ).where(Account.nip.is_not(None)),
        ["platform", "user_id", "handle", "nip", "link_method", "link_probability", "approved"],
    )


@dataclass(slots=True)
class DetectContext:
    """A DuckDB connection holding `events`, `targets`, `target_accounts`, `keywords`,
    `elections`, `stages`, `windows` and `accounts`, plus the bundle's timezone."""

    con: duckdb.DuckDBPyConnection
    timezone: str
    policy: str
    model_dir: Path | None = None
    cache: dict[str, object] = field(default_factory=dict)

    @classmethod
    def build(
        cls,
        session: Session,
        *,
        timezone: str,
        policy: str,
        temp_dir: Path | None = None,
        model_dir: Path | None = None,
    ) -> DetectContext:
        """Load the watchlist and accounts from the database and point `events` at Parquet."""
        con = duckdb.connect()
        if temp_dir is not None:
            con.execute(f"SET temp_directory = '{temp_dir}'")
        files = [str(p) for p in session.scalars(select(EventFile.path))]
        if files:
            con.execute(f"CREATE VIEW events AS SELECT * FROM read_parquet({files!r})")
        else:
            con.execute(f"CREATE TABLE events ({EVENT_COLUMNS})")
        tables = {
            "targets": _arrow(
                session,
                select(
                    Target.target_id,
                    Target.name,
                    Target.kind,
                    Target.election_id,
                    Target.ballot_number,
                    Target.party,
                ),
                ["target_id", "name", "kind", "election_id", "ballot_number", "party"],
            ),
            "target_accounts": _arrow(
                session,
                select(
                    TargetAccount.target_id,
                    TargetAccount.platform,
                    TargetAccount.user_id,
                    TargetAccount.handle,
                ),
                ["target_id", "platform", "user_id", "handle"],
            ),
            "keywords": _arrow(
                session, select(Keyword.target_id, Keyword.term), ["target_id", "term"]
            ),
            "elections": _arrow(
                session,
                select(Election.election_id, Election.name, Election.contest, Election.region_code),
                ["election_id", "name", "contest", "region_code"],
            ),
            "stages_raw": _arrow(
                session,
                select(
                    ElectionStage.election_id,
                    ElectionStage.stage,
                    ElectionStage.starts_on,
                    ElectionStage.ends_on,
                ),
                ["election_id", "stage", "starts_on", "ends_on"],
            ),
            "claims": _arrow(
                session,
                select(Claim.claim_id, Claim.text, Claim.verdict),
                ["claim_id", "text", "verdict"],
            ),
            "documents": _arrow(
                session, select(Document.doc_id, Document.text), ["doc_id", "text"]
            ),
            "accounts": _accounts(session),
        }
        for name, table in tables.items():
            con.register(f"_{name}", table)
            con.execute(f"CREATE TABLE {name} AS SELECT * FROM _{name}")
            con.unregister(f"_{name}")
        # Stage dates are whole days in the bundle's timezone: [start 00:00, day after end 00:00).
        con.execute(
            f"""CREATE TABLE stages AS SELECT election_id, stage, starts_on, ends_on,
                    timezone('{timezone}', starts_on::TIMESTAMP) AS start_ts,
                    timezone('{timezone}', (ends_on + 1)::TIMESTAMP) AS end_ts
                FROM stages_raw"""
        )
        con.execute(
            """CREATE TABLE windows AS SELECT s.election_id, any_value(e.name) AS name,
                    min(s.starts_on) AS starts_on, max(s.ends_on) AS ends_on,
                    min(s.start_ts) AS start_ts, max(s.end_ts) AS end_ts
                FROM stages s LEFT JOIN elections e USING (election_id)
                GROUP BY s.election_id"""
        )
        return cls(con=con, timezone=timezone, policy=policy, model_dir=model_dir)

    def reload_accounts(self, session: Session) -> None:
        """Read `accounts` again (after linkage wrote probable links)."""
        self.con.register("_accounts", _accounts(session))
        self.con.execute("CREATE OR REPLACE TABLE accounts AS SELECT * FROM _accounts")
        self.con.unregister("_accounts")

    def close(self) -> None:
        """Release the DuckDB connection."""
        self.con.close()
