"""Linkage: which employee, if any, is behind the account that acted in an event.

Declared (and reviewer-confirmed) accounts link by (platform, user_id), falling back to
(platform, handle) only where one side has no user_id. An event that resolves to two different
employees is left unattributed: a wrong name is worse than none.

Accounts nobody declared are linked by `propose_links`: a probabilistic model (Splink, see
`netra.linkage.model` and docs/linkage.md) proposes the employee behind each account with a
probability; links at or above the threshold, clearly ahead of the next candidate and never
rejected by a reviewer, are written to `accounts` as `link_method = 'probable'` so that
`link_events_sql` and the detectors pick them up like any other link.
"""

from __future__ import annotations

import os
import re
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

import duckdb
import orjson
from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from netra.accounts.models import Account
from netra.audit.service import record_batch
from netra.core.db import Database, insert_many, utcnow
from netra.core.errors import NotFoundError, ValidationError
from netra.ingest.models import EventFile
from netra.linkage.model import (
    Actor,
    Contact,
    Employee,
    LinkModel,
    ModelConfig,
    Proposal,
    RosterPrefetch,
    RosterStore,
    TrainingReport,
    Vocabulary,
    accounts_table,
    actor_bio,
    build_vocabulary,
    contradicted,
    corroborated,
    corroborators,
    employees_arrow,
    evidence_levels,
    explain,
    is_common,
    level_of,
    pair_gammas,
    resolve,
    temp_table,
    vetoes,
)
from netra.linkage.models import LinkDecision
from netra.linkage.names import parse_name
from netra.roster.models import Agency
from netra.roster.models import Employee as EmployeeRow
from netra.targets.models import TargetAccount

DEFAULT_THRESHOLD = 0.9
ROSTER_BATCH = 100_000  # employees per feature batch (one batch: no worker processes)
DEFAULT_MARGIN = 0.2
PLATFORMS = frozenset(
    {"x", "facebook", "instagram", "tiktok", "youtube", "threads", "bluesky", "mastodon", "other"}
)


def link_events_sql(events: str = "events") -> str:
    """SQL giving (event_id, nip, link_method, link_probability, account_user_id) for linked
    events of `events`; `account_user_id` is the linked account's, for events that gave only a
    handle."""
    return f"""
    WITH by_uid AS (
        SELECT e.event_id, a.nip, a.link_method, a.link_probability, a.user_id
        FROM {events} e JOIN accounts a
          ON a.platform = e.platform AND a.user_id = e.actor_user_id
    ), by_handle AS (
        SELECT e.event_id, a.nip, a.link_method, a.link_probability, a.user_id
        FROM {events} e JOIN accounts a
          ON a.platform = e.platform AND a.handle = e.actor_handle
         AND (a.user_id IS NULL OR e.actor_user_id IS NULL)
        WHERE e.event_id NOT IN (SELECT event_id FROM by_uid)
    ), candidates AS (
        SELECT * FROM by_uid UNION ALL SELECT * FROM by_handle
    )
    SELECT event_id, any_value(nip) AS nip,
           min(link_method) AS link_method, min(link_probability) AS link_probability,
           CASE WHEN count(DISTINCT user_id) = 1 THEN min(user_id) END AS account_user_id
    FROM candidates GROUP BY event_id HAVING count(DISTINCT nip) = 1
    """


def link_events(con: duckdb.DuckDBPyConnection, events: str, out: str = "event_links") -> None:
    """Create table `out` with the link of every linkable event of `events`."""
    con.execute(f"CREATE OR REPLACE TEMP TABLE {out} AS {link_events_sql(events)}")


# ---------------------------------------------------------------------------------------------
# Probable links


@dataclass(slots=True)
class LinkRow:
    """One account nobody declared and the model's verdict on it."""

    platform: str
    user_id: str | None
    handle: str | None
    display_name: str | None
    nip: str | None  # best candidate (attributed only when status == "probable")
    probability: float
    second_nip: str | None
    second_probability: float
    evidence: str
    status: str  # probable | below_threshold | name_only | claims_official | contradicted |
    # claims_replacement | copies_declared | names_wife | ambiguous | no_candidate
    common_name: bool = False
    corroborated: bool = False  # evidence besides the name points at the employee

    def as_record(self) -> dict[str, Any]:
        """The row as a links.csv record."""
        return {
            "platform": self.platform,
            "user_id": self.user_id,
            "handle": self.handle,
            "display_name": self.display_name,
            "nip": self.nip,
            "probability": round(self.probability, 6),
            "second_nip": self.second_nip,
            "second_probability": round(self.second_probability, 6),
            "evidence": self.evidence,
            "status": self.status,
        }


@dataclass(slots=True)
class LinkReport:
    """What `propose_links` found and wrote."""

    threshold: float
    margin: float
    accounts: int = 0  # undeclared accounts seen acting
    labelled: int = 0  # declared accounts used as training labels (at most max_labels)
    rows: list[LinkRow] = field(default_factory=list)
    written: int = 0  # probable links in `accounts` after the run
    removed: int = 0  # probable links of earlier runs no longer supported
    employee_share: float = 0.0
    training: TrainingReport | None = None
    seconds: dict[str, float] = field(default_factory=dict)

    @property
    def probable(self) -> list[LinkRow]:
        """The rows attributed to an employee."""
        return [r for r in self.rows if r.status == "probable"]


@dataclass(slots=True)
class _Loaded:
    employees: list[Employee]
    agencies: list[tuple[str, str, str | None]]
    declared: dict[str, list[tuple[str, str]]]
    actors: list[Actor]
    rejected: set[tuple[str, str]]  # (actor key, nip)
    declared_names: dict[str, set[tuple[str, str]]] = field(default_factory=dict)


def _actor_key(platform: str, user_id: str | None, handle: str | None) -> str:
    return f"{platform}|u|{user_id}" if user_id else f"{platform}|h|{handle}"


@dataclass(slots=True)
class _Roster:
    employees: list[Employee]
    agencies: list[tuple[str, str, str | None]]
    # declared and confirmed accounts with their owner's agency and unit
    known: Sequence[tuple[str, str | None, str | None, str, str | None, str | None]]
    declared: dict[str, list[tuple[str, str]]]  # nip -> [(platform, handle)]
    # nip -> {(platform, display name as `same_display` compares it)}
    declared_names: dict[str, set[tuple[str, str]]] = field(default_factory=dict)


def _load_roster_rows(session: Session) -> _Roster:
    """The roster, the agencies and the declared (or confirmed) accounts of the workspace."""
    employees = [
        Employee(nip, name, agency, unit, position, region)
        for nip, name, agency, unit, position, region in session.execute(
            select(
                EmployeeRow.nip,
                EmployeeRow.name,
                EmployeeRow.agency_code,
                EmployeeRow.unit,
                EmployeeRow.position,
                EmployeeRow.region_code,
            ).order_by(EmployeeRow.nip)
        )
    ]
    agencies = [
        (c, n, r)
        for c, n, r in session.execute(select(Agency.code, Agency.name, Agency.region_code))
    ]
    # With the owner's agency and unit: the social graph's evidence (`_actors`).
    rows = session.execute(
        select(
            Account.platform,
            Account.user_id,
            Account.handle,
            Account.nip,
            EmployeeRow.agency_code,
            EmployeeRow.unit,
            Account.display_name,
        )
        .outerjoin(EmployeeRow, EmployeeRow.nip == Account.nip)
        .where(Account.nip.is_not(None), Account.link_method.in_(("declared", "confirmed")))
    ).all()
    known = [(p, u, h, n, a, un) for p, u, h, n, a, un, _d in rows if n is not None]
    declared: dict[str, list[tuple[str, str]]] = {}
    for platform, _uid, handle, nip, _agency, _unit in known:
        if handle and nip:
            declared.setdefault(nip, []).append((platform, handle))
    declared_names: dict[str, set[tuple[str, str]]] = {}
    for row in rows:
        shown = same_display(row.display_name or "")
        if row.nip and shown:
            declared_names.setdefault(row.nip, set()).add((row.platform, shown))
    return _Roster(employees, agencies, known, declared, declared_names)


@dataclass(slots=True)
class PreparedRoster:
    """What linkage needs before it knows which accounts to link, being made in the
    background (`prepare_roster`): the roster's features in worker processes, the accounts'
    profiles in a DuckDB connection of a thread of its own."""

    roster: _Roster
    features: RosterPrefetch
    con: duckdb.DuckDBPyConnection
    _profiles: threading.Thread
    _error: list[BaseException]

    def connection(self) -> duckdb.DuckDBPyConnection:
        """The connection holding tables `tgt`, `ev` and `acts`, once they are made."""
        self._profiles.join()
        if self._error:
            raise self._error[0]
        return self.con

    def close(self) -> None:
        """Wait for the background work; delete the feature files; close the connection."""
        self._profiles.join()
        self.features.close()
        self.con.close()


def prepare_roster(
    db: Database, *, config: ModelConfig | None = None, actor: str = "system"
) -> PreparedRoster:
    """Read the roster and start what linkage can do before it knows whom to link.

    Returns at once, for a caller with other work to do meanwhile (`netra scan` runs its
    detectors, mostly Python on one core): the roster's features are made in worker
    processes, the accounts' profiles by DuckDB in a thread (which leaves the interpreter
    free while it runs). Pass the result to `propose_links(roster=...)`; `close()` it in any
    case.
    """
    with db.session(actor=actor) as session:
        roster = _load_roster_rows(session)
        targets = session.execute(
            select(TargetAccount.platform, TargetAccount.user_id, TargetAccount.handle)
        ).all()
        files = [str(p) for p in session.scalars(select(EventFile.path))]
    folder = db.workspace.root / "tmp" / f"roster-{os.getpid()}-{time.monotonic_ns()}"
    batches = (
        employees_arrow(roster.employees[i : i + ROSTER_BATCH])
        for i in range(0, len(roster.employees), ROSTER_BATCH)
    )
    features = RosterPrefetch(batches, roster.agencies, roster.declared, folder, config=config)
    con = duckdb.connect()
    temp_table(con, "tgt", ["platform", "user_id", "handle"], targets)
    error: list[BaseException] = []

    def profiles() -> None:
        try:
            if files:
                _actor_profiles(con, files)
        except BaseException as exc:  # raised again in the caller's thread by `connection`
            error.append(exc)

    thread = threading.Thread(target=profiles, name="account-profiles", daemon=True)
    thread.start()
    return PreparedRoster(roster, features, con, thread, error)


def _load(
    session: Session,
    con: duckdb.DuckDBPyConnection,
    only: Sequence[tuple[str, str | None, str | None]] | None = None,
    max_labels: int | None = None,
    prepared: PreparedRoster | None = None,
) -> _Loaded:
    """Roster, declared accounts, target accounts and event actors of the workspace.

    With `only`, undeclared actors are limited to those accounts (platform, user_id, handle);
    declared ones are kept as training labels, at most `max_labels` of them. `prepared`: the
    roster read and the accounts' profiles made already on `con` (`prepare_roster`).
    """
    roster = prepared.roster if prepared is not None else _load_roster_rows(session)
    employees, agencies, known = roster.employees, roster.agencies, roster.known
    declared = roster.declared
    files = [str(p) for p in session.scalars(select(EventFile.path))]
    # Arrow, not executemany: DuckDB runs bound inserts one statement per row.
    temp_table(con, "known", ["platform", "user_id", "handle", "nip", "agency", "unit"], known)
    if prepared is None:
        targets = session.execute(
            select(TargetAccount.platform, TargetAccount.user_id, TargetAccount.handle)
        ).all()
        temp_table(con, "tgt", ["platform", "user_id", "handle"], targets)
    temp_table(con, "only_actors", ["platform", "user_id", "handle"], list(only or []))
    actors: list[Actor] = []
    if files:
        actors = _actors(
            con,
            files,
            scoped=only is not None,
            max_labels=max_labels,
            profiled=prepared is not None,
        )
    rejected: set[tuple[str, str]] = set()
    latest: dict[tuple[str, str | None, str | None, str], str] = {}
    for d in session.scalars(
        select(LinkDecision).order_by(LinkDecision.decided_at, LinkDecision.id)
    ):
        latest[(d.platform, d.user_id, d.handle, d.nip)] = d.decision
    by_handle = {(a.platform, a.handle): a.key for a in actors if a.handle}
    for (platform, uid, handle, nip), decision in latest.items():
        if decision != "rejected":
            continue
        rejected.add((_actor_key(platform, uid, handle), nip))
        # A rejection recorded by handle also covers the account seen with its user id.
        if handle and (platform, handle) in by_handle:
            rejected.add((by_handle[(platform, handle)], nip))
    return _Loaded(employees, agencies, declared, actors, rejected, roster.declared_names)


def _actor_profiles(con: duckdb.DuckDBPyConnection, files: list[str]) -> None:
    """Tables `ev` (the events' actors and targets) and `acts` (one profile per account seen
    acting, not a target's: latest non-empty fields win); table `tgt` must exist.

    Independent of which accounts are to be linked: `prepare_roster` makes them while the
    detectors run.
    """
    con.execute(
        f"""CREATE OR REPLACE TEMP TABLE ev AS
            SELECT platform, actor_user_id AS uid, actor_handle AS handle,
                   actor_display_name AS dn, actor_bio AS bio, actor_location AS loc,
                   -- latest first; ties (same time, or no time) by import and line, so
                   -- that every run picks the same profile. One HUGEINT (microseconds,
                   -- import, line: both below 2^32) orders as the triple would, and
                   -- arg_max compares it several times faster than a struct.
                   epoch_us(coalesce(occurred_at, TIMESTAMPTZ '1970-01-01 00:00:00+00'))
                       ::HUGEINT * 18446744073709551616
                   + import_id::HUGEINT * 4294967296 + line_no AS t,
                   action, target_author_user_id AS tuid, target_author_handle AS th
            FROM read_parquet({files!r})"""
    )
    con.execute(
        """CREATE OR REPLACE TEMP TABLE by_uid AS
           SELECT platform, uid,
                  arg_max(handle, t) FILTER (WHERE handle IS NOT NULL) AS handle,
                  arg_max(dn, t) FILTER (WHERE dn IS NOT NULL) AS dn,
                  arg_max(bio, t) FILTER (WHERE bio IS NOT NULL) AS bio,
                  arg_max(loc, t) FILTER (WHERE loc IS NOT NULL) AS loc
           FROM ev WHERE uid IS NOT NULL GROUP BY platform, uid"""
    )
    # Accounts, keyed as `_actor_key` does: the user id, else the handle.
    con.execute(
        """CREATE OR REPLACE TEMP TABLE acts AS
           WITH by_handle AS (
              SELECT platform, NULL::VARCHAR AS uid, handle,
                     arg_max(dn, t) FILTER (WHERE dn IS NOT NULL) AS dn,
                     arg_max(bio, t) FILTER (WHERE bio IS NOT NULL) AS bio,
                     arg_max(loc, t) FILTER (WHERE loc IS NOT NULL) AS loc
              FROM ev e WHERE uid IS NULL AND handle IS NOT NULL
                AND NOT EXISTS (SELECT 1 FROM by_uid u
                                WHERE u.platform = e.platform AND u.handle = e.handle)
              GROUP BY platform, handle
           ), actors AS (SELECT * FROM by_uid UNION ALL SELECT * FROM by_handle)
           SELECT *, CASE WHEN uid IS NOT NULL THEN 'u|' || uid ELSE 'h|' || handle END AS k
           FROM actors a
           WHERE NOT EXISTS (SELECT 1 FROM tgt g
                             WHERE g.platform = a.platform AND g.user_id = a.uid)
             AND NOT EXISTS (SELECT 1 FROM tgt g
                             WHERE g.platform = a.platform AND g.handle = a.handle
                               AND (g.user_id IS NULL OR a.uid IS NULL))"""
    )


def _actors(
    con: duckdb.DuckDBPyConnection,
    files: list[str],
    *,
    scoped: bool = False,
    max_labels: int | None = None,
    profiled: bool = False,
) -> list[Actor]:
    """One record per account seen acting: latest non-empty profile fields win.

    `scoped`: undeclared accounts only when table `only_actors` names them (same keys as
    `link_events_sql`); declared accounts always, at most `max_labels` of them (a fixed sample,
    in the order of the SHA-256 of their keys: the same accounts on every run).

    Each account also carries its social graph as far as the roster can see it: the owners
    (NIP, agency, unit) of the declared accounts (table `known`) whose posts it liked,
    commented, replied to, shared or quoted, or which it followed - the account itself never
    counts, so a declared account used as a label cannot vouch for itself.

    Every join is on equal keys (a user id, or a handle where one side has no user id, as two
    joins): a join on `a OR b` runs as a nested loop, hours at a national roster.
    `profiled`: `_actor_profiles` ran on `con` already.
    """
    if not profiled:
        _actor_profiles(con, files)
    scope = (
        """AND (d.nip IS NOT NULL
                OR EXISTS (SELECT 1 FROM only_actors o
                           WHERE o.platform = a.platform AND o.user_id = a.uid)
                OR EXISTS (SELECT 1 FROM only_actors o
                           WHERE o.platform = a.platform AND o.handle = a.handle
                             AND (o.user_id IS NULL OR a.uid IS NULL)))"""
        if scoped
        else ""
    )
    cap = f"WHERE nip IS NULL OR n > 1 OR label_rank <= {int(max_labels)}" if max_labels else ""
    con.execute(
        f"""CREATE OR REPLACE TEMP TABLE sel AS
            WITH decl AS (
               SELECT a.platform, a.k, k.nip FROM acts a JOIN known k
                 ON k.platform = a.platform AND k.user_id = a.uid
               UNION
               SELECT a.platform, a.k, k.nip FROM acts a JOIN known k
                 ON k.platform = a.platform AND k.handle = a.handle
               WHERE k.user_id IS NULL OR a.uid IS NULL
            ), decl1 AS (
               SELECT platform, k, any_value(nip) AS nip, count(DISTINCT nip) AS n
               FROM decl GROUP BY platform, k
            ), chosen AS (
               SELECT a.*, d.nip, d.n,
                      CASE WHEN d.n = 1 THEN row_number() OVER (
                          PARTITION BY d.n = 1 ORDER BY sha256(a.platform || '|' || a.k))
                      END AS label_rank
               FROM acts a LEFT JOIN decl1 d ON d.platform = a.platform AND d.k = a.k
               WHERE TRUE {scope}
            )
            SELECT * FROM chosen {cap}"""
    )
    rows = con.execute(
        """WITH handle_uid AS (
              SELECT platform, handle, min(uid) AS uid FROM by_uid
              WHERE handle IS NOT NULL GROUP BY platform, handle
           ), ev_actor AS (
              -- the actor each interaction belongs to; handle-only events join the account
              -- seen with that handle and a user id, as profiles do
              SELECT e.platform, coalesce(e.uid, u.uid) AS uid,
                     CASE WHEN e.uid IS NULL AND u.uid IS NULL THEN e.handle END AS h_only,
                     e.tuid, e.th
              FROM ev e LEFT JOIN handle_uid u
                ON e.uid IS NULL AND u.platform = e.platform AND u.handle = e.handle
              WHERE e.action <> 'post' AND (e.tuid IS NOT NULL OR e.th IS NOT NULL)
           ), ev_sel AS (
              SELECT x.*, CASE WHEN x.uid IS NOT NULL THEN 'u|' || x.uid
                               ELSE 'h|' || x.h_only END AS k
              FROM ev_actor x
              SEMI JOIN sel s ON s.platform = x.platform
                   AND s.k = CASE WHEN x.uid IS NOT NULL THEN 'u|' || x.uid
                                  ELSE 'h|' || x.h_only END
           ), hits AS (
              SELECT x.*, k.user_id AS k_uid, k.handle AS k_handle, k.nip, k.agency, k.unit
              FROM ev_sel x JOIN known k ON k.platform = x.platform AND k.user_id = x.tuid
              UNION ALL
              SELECT x.*, k.user_id, k.handle, k.nip, k.agency, k.unit
              FROM ev_sel x JOIN known k ON k.platform = x.platform AND k.handle = x.th
              WHERE k.user_id IS NULL OR x.tuid IS NULL
           ), contacts AS (
              -- declared accounts of employees it engaged with (liked, commented, replied,
              -- shared, quoted, followed); never the account itself
              SELECT DISTINCT platform, k, nip, agency, unit
              FROM hits x
              WHERE nip IS NOT NULL
                AND (x.tuid IS NULL OR x.uid IS NULL OR x.tuid <> x.uid)
                AND (x.k_uid IS NULL OR x.uid IS NULL OR x.k_uid <> x.uid)
                AND (x.th IS NULL OR x.h_only IS NULL OR x.th <> x.h_only)
                AND (x.k_handle IS NULL OR x.h_only IS NULL OR x.k_handle <> x.h_only)
           ), unit_share AS (
              -- how much of the declared graph a unit holds: a stranger's random engagement
              -- lands in a big unit often, in a small one rarely
              SELECT agency, unit, count(DISTINCT nip)
                     / (SELECT count(DISTINCT nip) FROM known WHERE nip IS NOT NULL) AS share
              FROM known WHERE nip IS NOT NULL AND agency IS NOT NULL AND unit IS NOT NULL
              GROUP BY agency, unit
           ), graph AS (
              SELECT c.platform, c.k,
                     list(struct_pack(nip := c.nip, agency := c.agency, unit := c.unit,
                                      share := s.share)
                          ORDER BY c.nip, c.agency, c.unit) AS contacts
              FROM contacts c LEFT JOIN unit_share s
                ON s.agency = c.agency AND s.unit = c.unit
              GROUP BY c.platform, c.k
           )
           SELECT a.platform, a.uid, a.handle, a.dn, a.bio, a.loc, a.nip, a.n, g.contacts
           FROM sel a LEFT JOIN graph g ON g.platform = a.platform AND g.k = a.k
           ORDER BY a.platform, a.uid, a.handle"""
    ).fetchall()
    out = []
    for platform, uid, handle, dn, bio, loc, nip, n, contacts in rows:
        if n is not None and n > 1:
            continue  # claimed by two employees: neither a label nor a candidate
        graph = tuple(
            Contact(c["nip"], c["agency"], c["unit"], c["share"])
            for c in contacts or ()
            if c["nip"] is not None
        )
        out.append(
            Actor(
                _actor_key(platform, uid, handle),
                platform,
                uid,
                handle,
                dn,
                bio,
                loc,
                nip,
                contacts=graph,
            )
        )
    return out


def run_model(
    employees: list[Employee],
    agencies: list[tuple[str, str, str | None]],
    declared: dict[str, list[tuple[str, str]]],
    actors: list[Actor],
    *,
    rejected: set[tuple[str, str]] | None = None,
    threshold: float = DEFAULT_THRESHOLD,
    margin: float = DEFAULT_MARGIN,
    config: ModelConfig | None = None,
    step: Callable[[str], None] = lambda _s: None,
    features: RosterPrefetch | None = None,
    declared_names: dict[str, set[tuple[str, str]]] | None = None,
) -> LinkReport:
    """Build features, train, predict and resolve; no database involved.

    `features`: the roster's features, being made already (`prepare_roster`);
    `declared_names`: nip -> {(platform, `same_display` of a declared account's name)}.
    """
    report = LinkReport(threshold=threshold, margin=margin)
    clock = time.perf_counter()

    def lap(name: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        report.seconds[name] = report.seconds.get(name, 0.0) + now - clock
        clock = now

    cfg = config or ModelConfig()
    undeclared = [a for a in actors if a.declared_nip is None]
    report.accounts = len(undeclared)
    nips = {e.nip for e in employees}
    # `_actors` already keeps at most `max_labels` declared accounts (a fixed sample).
    labelled = [a for a in actors if a.declared_nip in nips]
    report.labelled = len(labelled)
    labels = [(a.key, a.declared_nip) for a in labelled]
    actors = undeclared + labelled
    if not employees or not undeclared:
        return report
    step("linkage: features")
    # The roster goes to DuckDB in Arrow batches (features in worker processes when there
    # are several); its counts and vocabulary are SQL aggregates there.
    batches = features or (
        employees_arrow(employees[i : i + ROSTER_BATCH])
        for i in range(0, len(employees), ROSTER_BATCH)
    )
    store = RosterStore(batches, agencies, declared, config=cfg)
    vocab = store.vocab
    accounts = accounts_table(actors, vocab)
    lap("features")
    model = LinkModel(
        store,
        accounts,
        vocab,
        config=cfg,
        labels=[(k, n) for k, n in labels if n is not None],
        step=step,
    )
    try:
        report.training = model.train()
        lap("train")
        model.predict()
        lap("predict")
        proposals, share = resolve(
            model.con,
            n_roster=len(employees),
            accounts=len(undeclared),
            employee_share=model.config.employee_share,
            rejected=rejected or set(),
        )
        lap("resolve")
    finally:
        model.close()
    report.employee_share = share
    if report.training is not None:
        report.training.employee_share = share
    by_key = {a.key: a for a in undeclared}
    by_nip = {e.nip: e for e in employees}
    report.rows = _rows(
        proposals,
        by_key,
        by_nip,
        vocab,
        threshold,
        margin,
        veto=vetoes(report.training),
        corroborate=corroborators(report.training),
        declared_names=declared_names,
    )
    lap("explain")
    return report


# "Resmi" alone is also a woman's name (Resmi Wati): only "akun resmi", "(resmi)" count.
_OFFICIAL = re.compile(r"\b(?:official|offical)\b|\bakun\s+resmi\b|\(\s*resmi\s*\)", re.IGNORECASE)
# also cut short by a platform's length limit ("dalionoanggriawan_offici")
_OFFICIAL_HANDLE = re.compile(r"off?ici(?:al?)?|offical", re.IGNORECASE)
# "akun baru, yang lama dihack", "Akun kedua", "(akun baru)": the line impersonators use to
# explain why the person seems to have two accounts.
_REPLACEMENT = re.compile(
    r"\bakun\s+(?:baru|kedua|ke-?\s?2|lama)\b|\b(?:di|ke|kena\s+)-?(?:hack|hak|retas)\b"
    r"|\bdiretas\b",
    re.IGNORECASE,
)


def claims_official(actor: Actor) -> bool:
    """Whether the account's display name, bio or handle presents it as someone's official
    account ("(Official)", "Akun resmi …", `jumadiofficial71`)."""
    if actor.handle and _OFFICIAL_HANDLE.search(actor.handle):
        return True
    return any(_OFFICIAL.search(t) for t in (actor.display_name, actor_bio(actor)) if t)


def claims_replacement(actor: Actor) -> bool:
    """Whether the display name or bio says the account replaces or doubles another of its
    owner's ("akun baru, yang lama dihack", "Akun kedua")."""
    return any(_REPLACEMENT.search(t) for t in (actor.display_name, actor_bio(actor)) if t)


def same_display(name: str) -> str:
    """A display name as two accounts' names are compared: case, spacing and marks aside."""
    return " ".join(re.sub(r"[^\w]+", " ", name.casefold()).split())


def copies_declared(
    actor: Actor, nip: str, gammas: dict[str, int], declared_names: dict[str, set[tuple[str, str]]]
) -> bool:
    """Whether the account shows the display name of the employee's own declared account on
    the same platform and does not engage with that account: a clone as often as a second
    account, so only a reviewer who checked may attribute it."""
    names = declared_names.get(nip)
    if not names or not actor.display_name:
        return False
    if (actor.platform, same_display(actor.display_name)) not in names:
        return False
    own = level_of("own", gammas.get("own"))
    return own is None or own[1] != "own account"


# A woman's form of address before a man's name is his wife's ("Ibu Rudi Tri Cahyono", "Bu
# Bambang"): Indonesians call a wife by her husband's name, Dharma Wanita included.
_WIFE_OF = frozenset(
    {"ibu", "bu", "bunda", "mama", "mamah", "mami", "umi", "ummi", "nyonya", "ny", "mbak"}
)


def names_wife(actor: Actor, nip: str) -> bool:
    """Whether the account's display name is a woman's form of address and the name of the
    employee, a man (the NIP's sex digit): his wife's account, not his."""
    if len(nip) != 18 or nip[14] != "1" or not actor.display_name:
        return False
    first = re.findall(r"[a-z]+", actor.display_name.casefold())[:1]
    return bool(first) and first[0] in _WIFE_OF


def _rows(
    proposals: list[Proposal],
    actors: dict[str, Actor],
    employees: dict[str, Employee],
    vocab: Vocabulary,
    threshold: float,
    margin: float,
    require_corroboration: bool = True,
    veto: dict[str, frozenset[str]] | None = None,
    corroborate: dict[str, frozenset[str]] | None = None,
    declared_names: dict[str, set[tuple[str, str]]] | None = None,
) -> list[LinkRow]:
    rows: list[LinkRow] = []
    seen: set[str] = set()
    for prop in proposals:
        actor = actors.get(prop.account)
        if actor is None or prop.nip is None:
            continue  # a declared account (a training label), never proposed
        seen.add(prop.account)
        emp = employees[prop.nip]
        if prop.probability < threshold:
            status = "below_threshold"
        elif require_corroboration and not corroborated(prop.gammas, corroborate):
            # A name alone is weak evidence (namesakes): it never makes a link by itself.
            status = "name_only"
        elif require_corroboration and names_wife(actor, prop.nip):
            status = "names_wife"
        elif require_corroboration and contradicted(prop.gammas, veto):
            # Another province or another workplace: a namesake's mark, left to a reviewer.
            status = "contradicted"
        elif require_corroboration and claims_official(actor):
            # "(Official)", "Akun resmi …", "Official account of …": how impersonators present
            # a copy of an official; only a reviewer who checked may attribute it.
            status = "claims_official"
        elif require_corroboration and claims_replacement(actor):
            # The impersonator's explanation for a second account of the person; a reviewer
            # who asked the employee may still confirm it.
            status = "claims_replacement"
        elif require_corroboration and copies_declared(
            actor, prop.nip, prop.gammas, declared_names or {}
        ):
            # The name of the employee's declared account on the same platform, and no sign
            # of knowing it: impersonators clone accounts so ("akun kloningan").
            status = "copies_declared"
        elif prop.probability - prop.second_probability < margin:
            status = "ambiguous"
        else:
            status = "probable"
        rows.append(
            LinkRow(
                platform=actor.platform,
                user_id=actor.user_id,
                handle=actor.handle,
                display_name=actor.display_name,
                nip=prop.nip,
                probability=prop.probability,
                second_nip=prop.second_nip,
                second_probability=prop.second_probability,
                evidence=explain(prop, actor, emp, vocab),
                status=status,
                common_name=is_common(parse_name(emp.name), vocab),
                corroborated=corroborated(prop.gammas, corroborate),
            )
        )
    for key, actor in actors.items():
        if key not in seen:
            rows.append(
                LinkRow(
                    actor.platform,
                    actor.user_id,
                    actor.handle,
                    actor.display_name,
                    None,
                    0.0,
                    None,
                    0.0,
                    "no employee's name comes close",
                    "no_candidate",
                )
            )
    rows.sort(key=lambda r: (r.platform, r.user_id or "", r.handle or ""))
    return rows


def propose_links(
    db: Database,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    margin: float = DEFAULT_MARGIN,
    actor: str = "system",
    write: bool = True,
    config: ModelConfig | None = None,
    only: Sequence[tuple[str, str | None, str | None]] | None = None,
    step: Callable[[str], None] = lambda _s: None,
    roster: PreparedRoster | None = None,
) -> LinkReport:
    """Link the workspace's undeclared event actors to employees; write probable links.

    Every account seen acting that is not a declared or confirmed account of someone and not
    a political target's is scored against the roster — or, with `only`, just those of these
    (platform, user_id, handle) accounts (`netra scan` passes the actors of findings); probable
    links of other accounts are then left as they are. An account is attributed when its
    best candidate's probability is at least `threshold`, at least `margin` ahead of the
    runner-up, and no reviewer rejected that link. Probable links of earlier runs that no
    longer hold are removed. `roster`: read and being featurised already (`prepare_roster`;
    the caller closes it).
    """
    if not 0.0 < threshold <= 1.0:
        raise ValidationError(f"threshold must be in (0, 1], got {threshold}")
    if not 0.0 <= margin < 1.0:
        raise ValidationError(f"margin must be in [0, 1), got {margin}")
    step("linkage: load")
    con = roster.connection() if roster is not None else duckdb.connect()
    try:
        with db.session(actor=actor) as session:
            loaded = _load(session, con, only, (config or ModelConfig()).max_labels, roster)
    finally:
        con.close()
    report = run_model(
        loaded.employees,
        loaded.agencies,
        loaded.declared,
        loaded.actors,
        rejected=loaded.rejected,
        threshold=threshold,
        margin=margin,
        config=config,
        step=step,
        features=roster.features if roster is not None else None,
        declared_names=loaded.declared_names,
    )
    if write:
        step("linkage: write")
        scope = None
        if only is not None:
            scope = {a.key for a in loaded.actors if a.declared_nip is None}
        report.written, report.removed = _write(db, report.probable, actor=actor, scope=scope)
    return report


def _write(
    db: Database, rows: list[LinkRow], *, actor: str, scope: set[str] | None = None
) -> tuple[int, int]:
    """Upsert probable links into `accounts`; drop probable links no longer proposed.

    With `scope` (actor keys that were scored), only probable links of those accounts can go.
    """
    with db.session(actor=actor) as session:
        existing = {
            _actor_key(a.platform, a.user_id, a.handle): a
            for a in session.scalars(
                select(Account).where(
                    (Account.link_method == "probable") | Account.link_method.is_(None)
                )
            )
        }
        wanted: set[str] = set()
        new: list[dict[str, Any]] = []
        for r in rows:
            key = _actor_key(r.platform, r.user_id, r.handle)
            wanted.add(key)
            acc = existing.get(key)
            if acc is None:
                new.append(
                    {
                        "platform": r.platform,
                        "user_id": r.user_id,
                        "handle": r.handle,
                        "display_name": r.display_name,
                        "nip": r.nip,
                        "link_method": "probable",
                        # six places: the last bits of a float sum vary with DuckDB's threads
                        "link_probability": round(r.probability, 6),
                    }
                )
                continue
            # Only rewrite what changed, so the audit log shows real changes only.
            prob = round(r.probability, 6)
            if acc.nip != r.nip:
                acc.nip = r.nip
            if acc.link_method != "probable":
                acc.link_method = "probable"
            if acc.link_probability is None or round(acc.link_probability, 6) != prob:
                acc.link_probability = prob
            if r.handle and acc.handle != r.handle:
                acc.handle = r.handle
            if r.display_name and acc.display_name != r.display_name:
                acc.display_name = r.display_name
        removed = 0
        for key, acc in existing.items():
            if scope is not None and key not in scope:
                continue
            if acc.link_method == "probable" and key not in wanted:
                session.delete(acc)
                removed += 1
        if new:
            # New links in one driver-level insert (a national scan proposes tens of
            # thousands) and one audit entry naming each of them, as findings are stored.
            session.flush()
            insert_many(session, cast(Table, Account.__table__), new)
            record_batch(
                session,
                action="create",
                entity="accounts",
                entity_id=f"probable-links:{utcnow().isoformat()}",
                keys=[_actor_key(r["platform"], r["user_id"], r["handle"]) for r in new],
                rows=new,
            )
    return len(rows), removed


# ---------------------------------------------------------------------------------------------
# Reviewer decisions


def _check_account(platform: str, user_id: str | None, handle: str | None) -> str | None:
    if platform not in PLATFORMS:
        raise ValidationError(f"unknown platform {platform!r}")
    if not user_id and not handle:
        raise ValidationError("an account needs a user_id or a handle")
    return handle.strip().lstrip("@").lower() if handle else None


def _decide(
    db: Database,
    *,
    platform: str,
    user_id: str | None,
    handle: str | None,
    nip: str,
    decision: str,
    decided_by: str,
    reason: str | None,
) -> LinkDecision:
    handle = _check_account(platform, user_id, handle)
    with db.session(actor=decided_by) as session:
        if session.scalar(select(EmployeeRow.id).where(EmployeeRow.nip == nip)) is None:
            raise NotFoundError(f"no employee with NIP {nip}")
        row = LinkDecision(
            platform=platform,
            user_id=user_id or None,
            handle=handle,
            nip=nip,
            decision=decision,
            decided_by=decided_by,
            decided_at=utcnow(),
            reason=reason,
        )
        session.add(row)
        q = select(Account).where(Account.platform == platform)
        q = (
            q.where(Account.user_id == user_id)
            if user_id
            else q.where(Account.user_id.is_(None), Account.handle == handle)
        )
        acc = session.scalars(q).first()
        if decision == "confirmed":
            if acc is None:
                session.add(
                    Account(
                        platform=platform,
                        user_id=user_id or None,
                        handle=handle,
                        nip=nip,
                        link_method="confirmed",
                        link_probability=1.0,
                    )
                )
            elif acc.link_method == "declared" and acc.nip != nip:
                raise ValidationError(
                    f"the account is declared by {acc.nip}; change accounts.csv instead"
                )
            else:
                acc.nip, acc.link_method, acc.link_probability = nip, "confirmed", 1.0
        elif acc is not None and acc.nip == nip and acc.link_method in ("probable", "confirmed"):
            # The rejected link stops counting at once, not only at the next run.
            session.delete(acc)
        session.flush()
        return row


def confirm_link(
    db: Database,
    *,
    platform: str,
    user_id: str | None = None,
    handle: str | None = None,
    nip: str,
    decided_by: str,
    reason: str | None = None,
) -> LinkDecision:
    """A reviewer confirms that `nip` is behind the account: it links as `confirmed`."""
    return _decide(
        db,
        platform=platform,
        user_id=user_id,
        handle=handle,
        nip=nip,
        decision="confirmed",
        decided_by=decided_by,
        reason=reason,
    )


def reject_link(
    db: Database,
    *,
    platform: str,
    user_id: str | None = None,
    handle: str | None = None,
    nip: str,
    decided_by: str,
    reason: str | None = None,
) -> LinkDecision:
    """A reviewer rejects that `nip` is behind the account: never proposed again."""
    return _decide(
        db,
        platform=platform,
        user_id=user_id,
        handle=handle,
        nip=nip,
        decision="rejected",
        decided_by=decided_by,
        reason=reason,
    )


# ---------------------------------------------------------------------------------------------
# Evaluation against a synthetic bundle's truth


@dataclass(slots=True)
class GroupScore:
    """Precision and recall of links for one group of names."""

    proposed: int = 0
    correct: int = 0
    true_links: int = 0
    found: int = 0

    @property
    def precision(self) -> float:
        """Correct links / proposed links."""
        return self.correct / self.proposed if self.proposed else 1.0

    @property
    def recall(self) -> float:
        """True links found / true links."""
        return self.found / self.true_links if self.true_links else 1.0


@dataclass(slots=True)
class LinkEval:
    """Link quality against truth/links.jsonl, and findings attributed to the wrong person."""

    groups: dict[str, GroupScore] = field(default_factory=dict)  # all, common, rare
    wrong_by_kind: dict[str, int] = field(default_factory=dict)  # namesake, public, ...
    unknown_accounts: int = 0  # proposals for accounts the truth does not list
    probable_findings: int = 0
    wrong_findings: int = 0
    namesake_findings: int = 0  # findings attributed to an employee through a namesake
    # Recall of true links by what the account shows, "<names>|<evidence>" with names all,
    # common, rare and evidence "besides the name" (some corroborating level holds for the
    # true pair), "name only" (never linked by design) or "declared or not seen" (not an
    # undeclared actor of the workspace: mostly accounts that accounts.csv does declare).
    # Only true_links and found are filled.
    by_evidence: dict[str, GroupScore] = field(default_factory=dict)


def evaluate_links(db: Database, truth_dir: Path) -> LinkEval:
    """Compare the workspace's probable links (and their findings) with truth/links.jsonl."""

    from netra.detect.models import Finding

    path = Path(truth_dir) / "links.jsonl"
    if not path.is_file():
        raise NotFoundError(f"{path} not found: is this a synthetic bundle's truth folder?")
    truth = [orjson.loads(x) for x in path.read_bytes().splitlines() if x.strip()]
    by_uid = {(t["platform"], t["user_id"]): t for t in truth if t["user_id"]}
    by_handle = {(t["platform"], (t["handle"] or "").lower()): t for t in truth if t["handle"]}

    def find(platform: str, uid: str | None, handle: str | None) -> dict[str, Any] | None:
        if uid:
            return by_uid.get((platform, uid))
        return by_handle.get((platform, (handle or "").lower())) if handle else None

    out = LinkEval(groups={"all": GroupScore(), "common": GroupScore(), "rare": GroupScore()})
    with db.session() as session:
        employees = [
            Employee(n, name, a, u, p, r)
            for n, name, a, u, p, r in session.execute(
                select(
                    EmployeeRow.nip,
                    EmployeeRow.name,
                    EmployeeRow.agency_code,
                    EmployeeRow.unit,
                    EmployeeRow.position,
                    EmployeeRow.region_code,
                )
            )
        ]
        vocab = build_vocabulary(employees, [])
        names = {e.nip: e.name for e in employees}

        def group(nip: str) -> str:
            return "common" if is_common(parse_name(names.get(nip, "")), vocab) else "rare"

        links = session.execute(
            select(Account.platform, Account.user_id, Account.handle, Account.nip).where(
                Account.link_method == "probable"
            )
        ).all()
        found: set[tuple[str, str | None, str | None]] = set()
        for platform, uid, handle, nip in links:
            t = find(platform, uid, handle)
            if t is None:
                out.unknown_accounts += 1
                continue
            ok = t["nip"] == nip
            for g in ("all", group(nip or "")):
                out.groups[g].proposed += 1
                out.groups[g].correct += ok
            if ok:
                found.add((t["platform"], t["user_id"], t["handle"]))
            else:
                kind = t.get("kind") or ("employee" if t["nip"] else "public")
                out.wrong_by_kind[kind] = out.wrong_by_kind.get(kind, 0) + 1
        evidence = _true_link_evidence(session, employees, truth)
        for t in truth:
            if not t["nip"]:
                continue
            hit = (t["platform"], t["user_id"], t["handle"]) in found
            key = (t["platform"], t["user_id"], t["handle"])
            cls = evidence.get(key, "declared or not seen")
            for g in ("all", group(t["nip"])):
                out.groups[g].true_links += 1
                out.groups[g].found += hit
                ev = out.by_evidence.setdefault(f"{g}|{cls}", GroupScore())
                ev.true_links += 1
                ev.found += hit
        for platform, uid, handle, nip in session.execute(
            select(
                Finding.platform, Finding.account_user_id, Finding.account_handle, Finding.nip
            ).where(Finding.link_method == "probable")
        ):
            out.probable_findings += 1
            t = find(platform, uid, handle)
            if t is None or t["nip"] != nip:
                out.wrong_findings += 1
                out.namesake_findings += bool(t and t.get("kind") == "namesake")
    return out


def _true_link_evidence(
    session: Session,
    employees: list[Employee],
    truth: list[dict[str, Any]],
) -> dict[tuple[str, str | None, str | None], str]:
    """Per true link (platform, user_id, handle): "besides the name" or "name only".

    Scores the true pair itself (`pair_gammas`: the evidence the account and the employee
    share, as the model sees it); a true link whose account is not an undeclared actor of
    the workspace is left out (the caller counts it as "declared or not seen").
    """
    con = duckdb.connect()
    try:
        loaded = _load(session, con)
    finally:
        con.close()
    nips = {e.nip for e in employees}
    undeclared = [a for a in loaded.actors if a.declared_nip is None]
    by_uid = {(a.platform, a.user_id): a for a in undeclared if a.user_id}
    by_handle = {(a.platform, (a.handle or "").lower()): a for a in undeclared if a.handle}
    pairs: dict[tuple[str, str | None, str | None], tuple[Actor, str]] = {}
    for t in truth:
        if not t["nip"] or t["nip"] not in nips:
            continue
        a = (
            by_uid.get((t["platform"], t["user_id"]))
            if t["user_id"]
            else by_handle.get((t["platform"], (t["handle"] or "").lower()))
        )
        if a is not None:
            pairs[(t["platform"], t["user_id"], t["handle"])] = (a, t["nip"])
    if not pairs or not employees:
        return {}
    store = RosterStore([employees_arrow(employees)], loaded.agencies, loaded.declared)
    try:
        actors = list({a.key: a for a, _ in pairs.values()}.values())
        gammas = pair_gammas(
            store, accounts_table(actors, store.vocab), [(a.key, n) for a, n in pairs.values()]
        )
    finally:
        store.close()
    return {
        k: "besides the name"
        if corroborated(gammas.get((a.key, n), {}), evidence_levels())
        else "name only"
        for k, (a, n) in pairs.items()
    }
