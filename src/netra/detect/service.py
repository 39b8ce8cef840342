"""Detection: apply a policy pack to the workspace's events and produce findings."""

from __future__ import annotations

import hashlib
import os
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, cast
from zoneinfo import ZoneInfo

import pyarrow as pa
from sqlalchemy import Table, select

from netra.audit.service import record_batch
from netra.core.db import Database, insert_many, large_page_cache, utcnow
from netra.detect.context import DetectContext
from netra.detect.models import Finding
from netra.detect.registry import Draft, detectors
from netra.linkage.service import (
    DEFAULT_MARGIN,
    DEFAULT_THRESHOLD,
    PreparedRoster,
    link_events,
    prepare_roster,
    propose_links,
)
from netra.rules.loader import LoadedRule, Pack, load_pack


def default_model_dir(workspace: Path) -> Path | None:
    """$NETRA_TEXT_MODEL, else `<workspace>/models/text` if it holds a model, else None."""
    env = os.environ.get("NETRA_TEXT_MODEL")
    if env:
        return Path(env)
    folder = workspace / "models" / "text"
    return folder if (folder / "manifest.json").is_file() else None


def finding_id(rule_id: str, event_id: str) -> str:
    """Stable id of the finding of `rule_id` on `event_id` (re-scans give the same id)."""
    return hashlib.sha256(f"{rule_id}\x1f{event_id}".encode()).hexdigest()[:32]


@dataclass(frozen=True, slots=True)
class DetectResult:
    """Findings as spec records (findings.jsonl lines), in a stable order."""

    findings: list[dict[str, Any]]

    def by_category(self) -> dict[str, int]:
        """How many findings of each category."""
        counts: dict[str, int] = defaultdict(int)
        for f in self.findings:
            counts[f["category"]] += 1
        return dict(sorted(counts.items()))


@dataclass(frozen=True, slots=True)
class ProbableLinks:
    """Link undeclared accounts during detection (`netra.linkage.service.propose_links`)."""

    threshold: float = DEFAULT_THRESHOLD
    margin: float = DEFAULT_MARGIN


def needs_links(name: str) -> bool:
    """Whether detector `name` reads the links themselves (runs after probable linkage).

    A detector plugin says so with a class attribute `needs_links = True`; the others only
    see events and the watchlist, and their findings are linked afterwards.
    """
    return bool(getattr(detectors()[name], "needs_links", False))


def run_detectors(
    ctx: DetectContext,
    pack: Pack,
    step: Callable[[str], None],
    *,
    linked: bool | None = None,
) -> list[Draft]:
    """Run every rule of the pack through its detector (`linked`: only those that do or
    do not read links; None: all)."""
    by_detector: dict[str, list[LoadedRule]] = defaultdict(list)
    for loaded in pack.rules:
        by_detector[loaded.rule.detector].append(loaded)
    plugins = detectors()
    drafts: list[Draft] = []
    for name, rules in sorted(by_detector.items()):
        if linked is not None and needs_links(name) != linked:
            continue
        step(name)
        drafts.extend(plugins[name].run(ctx, rules))
    return drafts


def draft_actors(
    ctx: DetectContext, drafts: list[Draft]
) -> list[tuple[str, str | None, str | None]]:
    """The distinct accounts (platform, user_id, handle) that acted in the drafts' events."""
    if not drafts:
        return []
    ctx.con.register("_draft_ids", pa.table({"event_id": [d.event_id for d in drafts]}))
    rows = ctx.con.execute(
        "SELECT DISTINCT platform, actor_user_id, actor_handle FROM events "
        "SEMI JOIN _draft_ids USING (event_id)"
    ).fetchall()
    ctx.con.unregister("_draft_ids")
    return [(p, u, h) for p, u, h in rows]


def assemble(ctx: DetectContext, pack: Pack, drafts: list[Draft]) -> list[dict[str, Any]]:
    """Join drafts with their events and links into spec finding records."""
    if not drafts:
        return []
    rules = {loaded.rule.id: loaded.rule for loaded in pack.rules}
    citations = {rule_id: rule.citation_texts() for rule_id, rule in rules.items()}
    table = pa.table(
        {
            "idx": list(range(len(drafts))),
            "event_id": [d.event_id for d in drafts],
        }
    )
    ctx.con.register("_drafts", table)
    # Only the columns a finding needs: the events' texts stay in Parquet.
    ctx.con.execute(
        "CREATE OR REPLACE TEMP TABLE draft_events AS SELECT e.event_id, e.platform, "
        "e.actor_user_id, e.actor_handle, e.action, e.occurred_at FROM events e "
        "SEMI JOIN _drafts d USING (event_id)"
    )
    link_events(ctx.con, "draft_events")
    rows = ctx.con.execute(
        """SELECT d.idx, e.platform, coalesce(e.actor_user_id, l.account_user_id),
                  e.actor_handle, e.action, e.occurred_at,
                  l.nip, l.link_method, l.link_probability
           FROM _drafts d JOIN draft_events e USING (event_id)
           LEFT JOIN event_links l USING (event_id)"""
    ).fetchall()
    ctx.con.unregister("_drafts")
    tz = ZoneInfo(ctx.timezone)
    out: list[tuple[Any, ...]] = []
    for idx, platform, user_id, handle, action, occurred_at, nip, method, prob in rows:
        draft = drafts[idx]
        rule = rules[draft.rule_id]
        when: datetime | None = occurred_at
        record_ = {
            "finding_id": finding_id(draft.rule_id, draft.event_id),
            "rule_id": draft.rule_id,
            "category": rule.category,
            "severity": draft.severity,
            "nip": nip,
            "link": {"method": method, "probability": prob} if nip else None,
            "platform": platform,
            "account_user_id": user_id,
            "account_handle": handle,
            "action": action,
            "event_ids": [draft.event_id],
            "target_id": draft.target_id,
            "occurred_at": when.astimezone(tz).isoformat() if when else None,
            "explanation": draft.explanation,
            "evidence": draft.evidence,
            "citations": citations[draft.rule_id],
        }
        out.append(
            (when.timestamp() if when else float("inf"), draft.event_id, draft.rule_id, record_)
        )
    out.sort(key=lambda t: (t[0], t[1], t[2]))
    return [t[3] for t in out]


def persist(db: Database, findings: list[dict[str, Any]], *, actor: str) -> int:
    """Store findings not yet in the database; audit the batch. Returns how many were new."""
    with db.session(actor=actor) as session:
        known = set(session.scalars(select(Finding.finding_id)))
        now = utcnow()
        rows = [
            {
                "finding_id": f["finding_id"],
                "rule_id": f["rule_id"],
                "category": f["category"],
                "severity": f["severity"],
                "nip": f["nip"],
                "link_method": f["link"]["method"] if f["link"] else None,
                "link_probability": f["link"]["probability"] if f["link"] else None,
                "platform": f["platform"],
                "account_user_id": f["account_user_id"],
                "account_handle": f["account_handle"],
                "action": f["action"],
                "event_ids": f["event_ids"],
                "target_id": f["target_id"],
                "occurred_at": datetime.fromisoformat(f["occurred_at"])
                if f["occurred_at"]
                else None,
                "explanation": f["explanation"],
                "evidence": f["evidence"],
                "citations": f["citations"],
                "status": "new",
                "created_at": now,
            }
            for f in findings
            if f["finding_id"] not in known
        ]
        if rows:
            with large_page_cache(session):
                insert_many(session, cast(Table, Finding.__table__), rows)
            record_batch(
                session,
                action="detect",
                entity="findings",
                entity_id=f"batch:{now.isoformat()}",
                keys=[r["finding_id"] for r in rows],
                rows=rows,
            )
        return len(rows)


def detect(
    db: Database,
    *,
    policy: str,
    timezone: str,
    pack: Pack | None = None,
    actor: str = "system",
    step: Callable[[str], None] = lambda _name: None,
    model_dir: Path | None = None,
    probable_links: ProbableLinks | None = None,
) -> DetectResult:
    """Apply the policy pack to every event of the workspace; store and return the findings.

    The text model comes from `model_dir`, else $NETRA_TEXT_MODEL, else the workspace's
    `models/text` folder when it exists; without one the classifiers run on lexicons alone.

    With `probable_links`, undeclared accounts are linked between the detectors that only
    read events and those that read links: just the accounts that acted in a finding's event
    are scored (all of them when a rule of the pack reads links, e.g. unapproved accounts).
    """
    pack = pack or load_pack(policy)
    model_dir = model_dir or default_model_dir(db.workspace.root)
    with db.session(actor=actor) as session:
        ctx = DetectContext.build(
            session,
            timezone=timezone,
            policy=policy,
            temp_dir=db.workspace.root / "tmp",
            model_dir=model_dir,
        )
    roster: PreparedRoster | None = None
    try:
        if probable_links is None:
            drafts = run_detectors(ctx, pack, step)
        else:
            # The roster's features are made in worker processes while the detectors run
            # (mostly Python on one core): the other cores would idle.
            step("linkage: roster")
            roster = prepare_roster(db, actor=actor)
            drafts = run_detectors(ctx, pack, step, linked=False)
            ctx.drop_texts()  # linkage needs the memory more than a later detector the texts
            linking = any(needs_links(r.rule.detector) for r in pack.rules)
            propose_links(
                db,
                threshold=probable_links.threshold,
                margin=probable_links.margin,
                actor=actor,
                only=None if linking else draft_actors(ctx, drafts),
                step=step,
                roster=roster,
            )
            with db.session(actor=actor) as session:
                ctx.reload_accounts(session)
            drafts.extend(run_detectors(ctx, pack, step, linked=True))
        step("assemble")
        findings = assemble(ctx, pack, drafts)
    finally:
        if roster is not None:
            roster.close()
        ctx.close()
    step("store")
    persist(db, findings, actor=actor)
    return DetectResult(findings=findings)
