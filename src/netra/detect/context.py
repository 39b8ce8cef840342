"""What detectors see: one DuckDB connection with the events and the watchlist as tables."""

from __future__ import annotations

import itertools
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from netra.accounts.models import Account
from netra.ingest.events import EVENT_COLUMNS
from netra.ingest.models import EventFile
from netra.roster.models import Agency, Employee
from netra.targets.models import (
    Claim,
    Document,
    Election,
    ElectionStage,
    Keyword,
    Target,
    TargetAccount,
)
from netra.text.normalize import MEDIA_MARK


def _arrow(session: Session, query: Any, names: list[str]) -> pa.Table:
    rows = session.execute(query).all()
    return pa.table({name: [row[i] for row in rows] for i, name in enumerate(names)})


def _accounts(session: Session) -> pa.Table:
    # The employee's region (else the agency's): where the account's owner votes.
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
            func.coalesce(Employee.region_code, Agency.region_code),
        )
        .outerjoin(Employee, Employee.nip == Account.nip)
        .outerjoin(Agency, Agency.code == Employee.agency_code)
        .where(Account.nip.is_not(None)),
        [
            "platform",
            "user_id",
            "handle",
            "nip",
            "link_method",
            "link_probability",
            "approved",
            "region_code",
        ],
    )


def not_target_actor_joins(prefix: str = "e") -> str:
    """Anti-joins that drop the events whose actor is a target's account.

    The same rows as ``WHERE NOT actor_is_target_sql()`` (netra.detect.engagement), as two
    joins on equal keys: DuckDB runs that correlated ``EXISTS ... OR ...`` by materialising
    every column of every event first (5-6 s of CPU over 3.5 M events, against 0.45 s).
    """
    e = prefix
    return f"""ANTI JOIN target_accounts xu ON xu.platform = {e}.platform
            AND xu.user_id = {e}.actor_user_id
        ANTI JOIN target_accounts xh ON xh.platform = {e}.platform
            AND xh.handle = {e}.actor_handle
            AND (xh.user_id IS NULL OR {e}.actor_user_id IS NULL)"""


class TextSet:
    """The distinct texts of some events, each to be judged once.

    ``texts[i]`` is the text numbered ``i`` (sorted). The events stay in DuckDB: table
    :attr:`table` holds (body_id, event_id, occurred_at) of every event with one of the texts,
    so detectors read the ids of the texts that hit only (:meth:`event_ids`) or join their hits
    to it in SQL, instead of turning millions of event ids into Python objects.
    """

    __slots__ = ("_ctx", "_normals", "table", "texts")

    def __init__(self, ctx: DetectContext, table: str, texts: list[str]) -> None:
        """Wrap the texts numbered in ``table`` of ``ctx``'s connection."""
        self._ctx = ctx
        self.table = table
        self.texts = texts
        self._normals: list[str] | None = None

    def __len__(self) -> int:
        """Return the number of distinct texts."""
        return len(self.texts)

    def normals(self) -> list[str]:
        """``normalize()`` of each text, computed once per scan and shared by the detectors."""
        if self._normals is None:
            self._normals = self._ctx.normalize_all(self.texts)
        return self._normals

    def event_ids(self, indices: Iterable[int]) -> dict[int, list[str]]:
        """The ids of the events carrying each of these texts (by number), each list sorted."""
        wanted = sorted(set(indices))
        if not wanted:
            return {}
        rows = self._ctx.con.execute(
            f"SELECT body_id, list(event_id) FROM {self.table} "
            "WHERE body_id IN (SELECT unnest($wanted)) GROUP BY body_id",
            {"wanted": wanted},
        ).fetchall()
        # Sorted here: DuckDB's ordered aggregate is several times slower, and VARCHAR order
        # (UTF-8 bytes) is Python's (code points).
        return {int(i): sorted(ids) for i, ids in rows}


_NAMES = itertools.count()


@dataclass(slots=True)
class DetectContext:
    """A DuckDB connection holding `events`, `targets`, `target_accounts`, `keywords`,
    `elections`, `stages`, `windows` and `accounts`, plus the bundle's timezone."""

    con: duckdb.DuckDBPyConnection
    timezone: str
    policy: str
    model_dir: Path | None = None
    cache: dict[str, object] = field(default_factory=dict)
    # Guards `cache` and the text tables: building one twice would waste a scan of the events.
    lock: threading.RLock = field(default_factory=threading.RLock, repr=False, compare=False)
    normal_memo: dict[str, str] = field(default_factory=dict, repr=False, compare=False)

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

    def texts(
        self,
        actions: Sequence[str],
        *,
        shared_text_actions: Sequence[str] = (),
        media: bool | Sequence[str] = True,
    ) -> TextSet:
        """Distinct texts of the events with these actions, read once per scan and shared.

        A text is the event's own words (``text``, and ``media_text`` with ``media``: for
        every action, or only for the actions listed) and, for ``shared_text_actions``, the
        shared post's ``target_text``, joined by a line break. Events of a target's own
        account and empty texts are left out.
        """
        if not isinstance(media, bool):
            media = sorted(set(media)) or False
        key = f"texts:{sorted(set(actions))}:{sorted(set(shared_text_actions))}:{media}"
        with self.lock:
            found = self.cache.get(key)
            if isinstance(found, TextSet):
                return found
            table = f"_texts_{next(_NAMES)}"
            if not actions:
                self.con.execute(
                    f"CREATE TEMP TABLE {table} "
                    "(body_id INTEGER, event_id VARCHAR, occurred_at TIMESTAMPTZ)"
                )
                text_set = TextSet(self, table, [])
                self.cache[key] = text_set
                return text_set
            # The media text follows a mark (`MEDIA_MARK`): pictured words are not the
            # caption's, and the campaign detector reads a caption that reports them alone.
            media_of = (
                f"e.action IN ({', '.join(repr(a) for a in media)}) AND "
                if isinstance(media, list)
                else ""
            )
            own = (
                f"e.text, CASE WHEN {media_of}trim(e.media_text) <> '' "
                f"THEN chr({ord(MEDIA_MARK)}) || ' ' || e.media_text END"
                if media
                else "e.text"
            )
            shared = ", ".join(f"'{a}'" for a in shared_text_actions) or "NULL"
            body = (
                f"concat_ws(' \n ', {own}, CASE WHEN e.action IN ({shared}) THEN e.target_text END)"
            )
            listed = ", ".join(f"'{a}'" for a in actions)
            # The events are read once, into a table numbered afterwards. An empty text is
            # found per distinct text, in a column: as a filter (HAVING) DuckDB would push it
            # below the grouping and trim every event's text (4x the grouping's time).
            self.con.execute(
                f"""CREATE TEMP TABLE {table}_rows AS
                    SELECT {body} AS body, e.event_id, e.occurred_at
                    FROM events e {not_target_actor_joins()} WHERE e.action IN ({listed})"""
            )
            try:
                self.con.execute(
                    f"""CREATE TEMP TABLE {table}_distinct AS
                        SELECT body, nullif(trim(body), '') IS NOT NULL AS keep
                        FROM {table}_rows GROUP BY body"""
                )
                self.con.execute(
                    f"""CREATE TEMP TABLE {table}_bodies AS
                        SELECT (row_number() OVER (ORDER BY body) - 1)::INTEGER AS body_id, body
                        FROM {table}_distinct WHERE keep"""
                )
                self.con.execute(
                    f"""CREATE TEMP TABLE {table} AS
                        SELECT b.body_id, r.event_id, r.occurred_at
                        FROM {table}_rows r JOIN {table}_bodies b USING (body)"""
                )
                rows = self.con.execute(
                    f"SELECT body FROM {table}_bodies ORDER BY body_id"
                ).fetchall()
            finally:
                self.con.execute(f"DROP TABLE IF EXISTS {table}_rows")
                self.con.execute(f"DROP TABLE IF EXISTS {table}_distinct")
                self.con.execute(f"DROP TABLE IF EXISTS {table}_bodies")
            text_set = TextSet(self, table, [str(b) for (b,) in rows])
            self.cache[key] = text_set
            return text_set

    def drop_texts(self) -> None:
        """Free the texts read so far (their tables and normal forms); read again if asked.

        They live until `close` otherwise: about 30 bytes an event in DuckDB (60 MB at 3.5 M
        events) plus the distinct texts in Python.
        """
        with self.lock:
            for key in [k for k, v in self.cache.items() if isinstance(v, TextSet)]:
                text_set = self.cache.pop(key)
                assert isinstance(text_set, TextSet)
                self.con.execute(f"DROP TABLE IF EXISTS {text_set.table}")
            self.normal_memo.clear()

    def normalize_all(self, texts: Sequence[str]) -> list[str]:
        """``normalize()`` of each text, remembered for the scan (text sets overlap)."""
        from netra.text.normalize import normalize

        memo = self.normal_memo
        out: list[str] = []
        for text in texts:
            normal = memo.get(text)
            if normal is None:
                normal = memo[text] = normalize(text)
            out.append(normal)
        return out

    def reload_accounts(self, session: Session) -> None:
        """Read `accounts` again (after linkage wrote probable links)."""
        self.con.register("_accounts", _accounts(session))
        self.con.execute("CREATE OR REPLACE TABLE accounts AS SELECT * FROM _accounts")
        self.con.unregister("_accounts")

    def close(self) -> None:
        """Release the DuckDB connection."""
        self.con.close()
