"""Detector plugin `campaign`: the employee's own words that campaign for a political target.

Texts are read once per scan (`DetectContext.texts`), each distinct text classified once by
netra.detect.campaign (pure Python, no per-event database work), and the hits are fanned out to
their events and checked against election windows in SQL again.
"""

from __future__ import annotations

from collections.abc import Sequence

import orjson
import pyarrow as pa
from pydantic import Field

from netra.detect.campaign import CampaignDetector, CampaignHit, TargetRef, election_office
from netra.detect.context import DetectContext
from netra.detect.engagement import Action, Kind, When, matched_targets_sql
from netra.detect.registry import Draft
from netra.roster.regions import PROVINCES, regencies, regency_place
from netra.rules.loader import LoadedRule
from netra.rules.schemas import Strict


class CampaignCondition(Strict):
    """Which of the employee's own actions are read, and which targets count when."""

    actions: list[Action] = Field(min_length=1)
    target_kinds: dict[Kind, When] = Field(min_length=1)
    read_media_text: bool = True


def build_detector(ctx: DetectContext) -> CampaignDetector:
    """A CampaignDetector over the context's targets and keywords."""
    targets = [
        TargetRef(target_id=t, name=n, kind=k, election_id=e, ballot_number=b, party=p)
        for t, n, k, e, b, p in ctx.con.execute(
            "SELECT target_id, name, kind, election_id, ballot_number, party FROM targets "
            "ORDER BY target_id"
        ).fetchall()
    ]
    keywords = [
        (t, term)
        for t, term in ctx.con.execute(
            "SELECT target_id, term FROM keywords ORDER BY target_id, term"
        ).fetchall()
    ]
    elections = ctx.con.execute(
        "SELECT DISTINCT election_id, contest, region_code FROM elections"
    ).fetchall()
    legislative = [e for e, contest, _ in elections if contest == "legislative"]
    offices = {
        e: office
        for e, contest, region in elections
        if (office := election_office(contest, region)) is not None
    }
    return CampaignDetector(
        targets,
        keywords,
        list_elections=legislative,
        offices=offices,
        places={
            e: place
            for e, contest, region in elections
            if contest == "regional_head" and (place := region_name(region)) is not None
        },
    )


def region_name(code: str | None) -> str | None:
    """A region's name as people write it: "Wonogiri" for 33.12, "Jawa Timur" for 35."""
    if not code:
        return None
    if "." in code:
        name = regencies().get(code)
        return regency_place(name)[0] if name else None
    return PROVINCES.get(code)


_HITS = pa.schema(
    [
        ("body_id", pa.int32()),
        ("event_id", pa.string()),  # set: the hit holds for this event only (`implied`)
        ("target_id", pa.string()),
        ("via", pa.string()),
        ("evidence", pa.string()),
        ("reason", pa.string()),
        ("placed", pa.bool_()),  # the text names the place of the target's election
    ]
)


def _add_hit(
    rows: dict[str, list[object]], body_id: int, event_id: str | None, hit: CampaignHit
) -> None:
    rows["body_id"].append(body_id)
    rows["event_id"].append(event_id)
    rows["target_id"].append(hit.target_id)
    rows["via"].append(hit.via)
    rows["evidence"].append(orjson.dumps(list(hit.evidence)).decode())
    rows["reason"].append(hit.reason)
    rows["placed"].append(hit.placed)


# Actions whose target is someone's post: a reply to a target's own post carries its name,
# and so does a share with words of the sharer's own ("Mantap, menang 27 November!").
_REPLIES = ("comment", "reply", "quote", "share")


def _replies_to_targets(
    ctx: DetectContext, table: str, actions: Sequence[str], bodies: Sequence[int]
) -> list[tuple[int, str, str]]:
    """(body_id, event_id, target_id) of the events with one of these texts (`bodies`)
    that answer a target's own post."""
    if not bodies:
        return []
    listed = ", ".join(f"'{a}'" for a in actions)
    ctx.con.register("_silent", pa.table({"body_id": pa.array(bodies, pa.int32())}))
    try:
        rows = ctx.con.execute(
            f"""WITH {matched_targets_sql(listed)}
                SELECT DISTINCT t.body_id, t.event_id, m.target_id
                FROM {table} t SEMI JOIN _silent s USING (body_id)
                JOIN matched m USING (event_id)
                ORDER BY t.body_id, t.event_id, m.target_id"""
        ).fetchall()
    finally:
        ctx.con.unregister("_silent")
    return [(int(b), str(e), str(tid)) for b, e, tid in rows]


class CampaignRuleDetector:
    """Detector plugin `campaign`."""

    name = "campaign"
    label = "Own posts and comments that campaign for a political target"
    condition_model = CampaignCondition

    def run(self, ctx: DetectContext, rules: list[LoadedRule]) -> list[Draft]:
        """Classify the texts once per rule and keep hits inside their target's window."""
        detector = build_detector(ctx)
        drafts: list[Draft] = []
        for loaded in rules:
            rule = loaded.rule
            cond = CampaignCondition.model_validate(rule.condition)
            # Shares and copy-paste campaigns repeat texts verbatim: classify each text once.
            # A share's own words are the sharer's; its pictures are the shared post's.
            media = [a for a in cond.actions if a != "share"] if cond.read_media_text else False
            texts = ctx.texts(cond.actions, media=media)
            if not texts:
                continue
            results = detector.detect_many(texts.texts, normals=texts.normals())
            # One row per (text, hit); SQL fans them out to the events carrying the text.
            hit_rows: dict[str, list[object]] = {
                "body_id": [],
                "event_id": [],
                "target_id": [],
                "via": [],
                "evidence": [],
                "reason": [],
                "placed": [],
            }

            for body_id, hits in enumerate(results):
                for hit in hits:
                    _add_hit(hit_rows, body_id, None, hit)
            # Replies to a target's own post whose words name nobody: "kami siap menangkan!"
            # under the candidate's post is support of the candidate.
            replies = [a for a in cond.actions if a in _REPLIES]
            if replies:
                silent = [i for i, hits in enumerate(results) if not hits]
                judged: dict[tuple[int, str], CampaignHit | None] = {}
                normals = texts.normals()
                for body_id, event_id, target_id in _replies_to_targets(
                    ctx, texts.table, replies, silent
                ):
                    key = (body_id, target_id)
                    if key not in judged:
                        judged[key] = detector.implied(
                            texts.texts[body_id], target_id, normals[body_id]
                        )
                    implied = judged[key]
                    if implied is not None:
                        _add_hit(hit_rows, body_id, event_id, implied)
                # A ballot number under the own post of the target it belongs to: for that
                # target ("coblos nomor 3" under the caleg's post), which the scan then
                # prefers as the post answered.
                called = [
                    i for i, hits in enumerate(results) if any(h.via == "ballot" for h in hits)
                ]
                for body_id, event_id, target_id in _replies_to_targets(
                    ctx, texts.table, replies, called
                ):
                    answered = detector.answered_number(results[body_id], target_id)
                    if answered is not None:
                        _add_hit(hit_rows, body_id, event_id, answered)
            if not hit_rows["body_id"]:
                continue
            kinds = ", ".join(f"'{k}'" for k in cond.target_kinds)
            always = [k for k, w in cond.target_kinds.items() if w == "always"]
            always_sql = ", ".join(f"'{k}'" for k in always) or "NULL"
            ctx.con.register("_hits", pa.table(hit_rows, schema=_HITS))
            result = ctx.con.execute(
                f"""
                WITH j AS (
                    SELECT e.event_id, e.occurred_at, h.target_id, h.via, h.evidence, h.reason,
                           h.placed,
                           t.name AS target_name, t.kind, t.election_id,
                           w.name AS election_name, w.starts_on, w.ends_on, w.start_ts, w.end_ts
                    FROM {texts.table} e JOIN _hits h
                        ON h.body_id = e.body_id
                        AND (h.event_id IS NULL OR h.event_id = e.event_id)
                    JOIN targets t USING (target_id)
                    LEFT JOIN windows w ON w.election_id = t.election_id
                    WHERE t.kind IN ({kinds})
                ), ok AS (
                    SELECT j.*, (kind IN ({always_sql})) AS any_time FROM j
                    WHERE (kind IN ({always_sql})
                           -- a ballot number of a party means something only during an election
                           AND (via <> 'ballot' OR EXISTS (
                               SELECT 1 FROM windows x WHERE j.occurred_at >= x.start_ts
                                 AND j.occurred_at < x.end_ts)))
                       OR (occurred_at IS NOT NULL AND occurred_at >= start_ts
                           AND occurred_at < end_ts)
                ), staged AS (
                    SELECT ok.*, (SELECT s.stage FROM stages s
                                  WHERE s.election_id = ok.election_id
                                    AND ok.occurred_at >= s.start_ts AND ok.occurred_at < s.end_ts
                                  ORDER BY s.starts_on DESC LIMIT 1) AS stage
                    FROM ok
                ), ev AS (
                    -- The events with more than one hit: whose post they answer, and where
                    -- the (declared) account's owner votes.
                    SELECT e.event_id, e.platform, e.target_author_user_id,
                           e.target_author_handle,
                           coalesce(au.region_code, ah.region_code) AS region_code
                    FROM events e
                    SEMI JOIN (SELECT event_id FROM staged GROUP BY event_id
                               HAVING count(*) > 1) m USING (event_id)
                    LEFT JOIN accounts au ON au.platform = e.platform
                        AND au.user_id = e.actor_user_id
                    LEFT JOIN accounts ah ON ah.platform = e.platform
                        AND ah.handle = e.actor_handle
                        AND (ah.user_id IS NULL OR e.actor_user_id IS NULL)
                ), ranked AS (
                    SELECT s.*,
                           EXISTS (SELECT 1 FROM target_accounts ta
                                   WHERE ta.target_id = s.target_id
                                     AND ta.platform = ev.platform
                                     AND (ta.user_id = ev.target_author_user_id
                                          OR ta.handle = ev.target_author_handle)) AS answered,
                           (el.region_code IS NULL OR el.region_code = ''
                            OR starts_with(ev.region_code || '.', el.region_code || '.'))
                               AS local
                    FROM staged s LEFT JOIN ev USING (event_id)
                    LEFT JOIN elections el ON el.election_id = s.election_id
                )
                SELECT event_id, target_id, target_name, kind, via, evidence, reason,
                       election_name, starts_on, ends_on, any_time, stage
                FROM ranked
                -- One target per event: the strongest kind of hit; of one ballot number
                -- shared by several elections, the one whose post the event answers, then
                -- the one whose place the text names, then one the employee votes in
                -- ("pilih 02" from Jayapura is not Ambon's 02).
                QUALIFY row_number() OVER (
                    PARTITION BY event_id
                    ORDER BY CASE via WHEN 'keyword' THEN 0 WHEN 'ballot' THEN 1
                                      WHEN 'name' THEN 2 ELSE 3 END,
                             answered DESC NULLS LAST,
                             placed DESC,
                             local DESC NULLS LAST,
                             CASE kind WHEN 'candidate' THEN 0 WHEN 'campaign_team' THEN 1
                                  ELSE 2 END,
                             target_id) = 1
                """
            ).fetchall()
            ctx.con.unregister("_hits")
            # Many events share a hit: read its words and word them once.
            quoted: dict[str, str] = {}
            for (
                event_id,
                target_id,
                target_name,
                kind,
                via,
                evidence,
                reason,
                election_name,
                starts_on,
                ends_on,
                any_time,
                stage,
            ) in result:
                words = orjson.loads(evidence)
                said = quoted.get(evidence)
                if said is None:
                    said = quoted[evidence] = ", ".join(repr(w) for w in words)
                if any_time:
                    when = f"a {kind.replace('_', ' ')} is political at any time"
                else:
                    when = (
                        f"inside the neutrality window of {election_name} "
                        f"({starts_on} to {ends_on}, stage: {stage or 'between stages'})"
                    )
                severity = (
                    rule.severity_by_stage.get(stage, rule.severity) if stage else rule.severity
                )
                drafts.append(
                    Draft(
                        rule_id=rule.id,
                        event_id=event_id,
                        target_id=target_id,
                        severity=severity,
                        explanation=(
                            f"The account's own words support the {kind.replace('_', ' ')} "
                            f"{target_name} ({target_id}): "
                            f"{said} ({reason}); {when}."
                        ),
                        evidence={"matched": words, "via": via, "stage": stage},
                    )
                )
        return drafts
