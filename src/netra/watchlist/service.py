"""Editors for the watchlist (targets, accounts, keywords) and the election calendar."""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Any

from sqlalchemy import delete, select

from netra.core.db import Database
from netra.core.errors import NotFoundError, ValidationError
from netra.ingest.schemas import CONTESTS, PLATFORMS, STAGES, TARGET_KINDS, VERDICTS
from netra.targets.models import (
    Claim,
    Document,
    Election,
    ElectionStage,
    Keyword,
    Target,
    TargetAccount,
)
from netra.users.schemas import Principal
from netra.users.service import ConflictError, require


def _text(value: str | None, what: str, *, required: bool = True, size: int = 300) -> str | None:
    text = (value or "").strip()
    if required and not text:
        raise ValidationError(f"{what} is required")
    if len(text) > size:
        raise ValidationError(f"{what} is longer than {size} characters")
    return text or None


def watchlist(db: Database, *, principal: Principal) -> dict[str, Any]:
    """Targets with their accounts and keywords; claims; documents (titles only)."""
    require(principal, "watchlist.read")
    with db.session() as session:
        accounts: dict[str, list[dict[str, Any]]] = {}
        for a in session.scalars(select(TargetAccount).order_by(TargetAccount.id)):
            accounts.setdefault(a.target_id, []).append(
                {"id": a.id, "platform": a.platform, "handle": a.handle, "user_id": a.user_id}
            )
        keywords: dict[str, list[dict[str, Any]]] = {}
        for k in session.scalars(select(Keyword).order_by(Keyword.term)):
            keywords.setdefault(k.target_id, []).append({"id": k.id, "term": k.term})
        targets = [
            {
                "target_id": t.target_id,
                "name": t.name,
                "kind": t.kind,
                "election_id": t.election_id,
                "ballot_number": t.ballot_number,
                "party": t.party,
                "accounts": accounts.get(t.target_id, []),
                "keywords": keywords.get(t.target_id, []),
            }
            for t in session.scalars(select(Target).order_by(Target.kind, Target.target_id))
        ]
        claims = [
            {"claim_id": c.claim_id, "text": c.text, "verdict": c.verdict, "url": c.source_url}
            for c in session.scalars(select(Claim).order_by(Claim.claim_id))
        ]
        documents = [
            {"doc_id": d.doc_id, "sha256": d.sha256, "chars": len(d.text)}
            for d in session.scalars(select(Document).order_by(Document.doc_id))
        ]
    return {"targets": targets, "claims": claims, "documents": documents}


def add_target(
    db: Database,
    *,
    principal: Principal,
    target_id: str,
    name: str,
    kind: str,
    election_id: str | None = None,
    ballot_number: str | None = None,
    party: str | None = None,
) -> None:
    """Add a political target."""
    require(principal, "watchlist.write")
    if kind not in TARGET_KINDS:
        raise ValidationError(f"kind must be one of {', '.join(sorted(TARGET_KINDS))}")
    tid = _text(target_id, "target id", size=100) or ""
    with db.session(actor=principal.actor) as session:
        if session.scalar(select(Target.id).where(Target.target_id == tid)) is not None:
            raise ConflictError(f"target {tid} exists")
        eid = _text(election_id, "election", required=False, size=100)
        if eid and session.scalar(select(Election.id).where(Election.election_id == eid)) is None:
            raise NotFoundError(f"no election {eid}")
        session.add(
            Target(
                target_id=tid,
                name=_text(name, "name") or "",
                kind=kind,
                election_id=eid,
                ballot_number=_text(ballot_number, "ballot number", required=False, size=20),
                party=_text(party, "party", required=False),
            )
        )


def _target(session: Any, target_id: str) -> None:
    if session.scalar(select(Target.id).where(Target.target_id == target_id)) is None:
        raise NotFoundError(f"no target {target_id}")


def add_target_account(
    db: Database,
    *,
    principal: Principal,
    target_id: str,
    platform: str,
    handle: str | None,
    user_id: str | None,
) -> None:
    """Add an account of a target."""
    require(principal, "watchlist.write")
    if platform not in PLATFORMS:
        raise ValidationError(f"unknown platform {platform!r}")
    handle = _text(handle, "handle", required=False, size=200)
    user_id = _text(user_id, "user id", required=False, size=100)
    if not handle and not user_id:
        raise ValidationError("give a handle or a user id")
    with db.session(actor=principal.actor) as session:
        _target(session, target_id)
        session.add(
            TargetAccount(
                target_id=target_id,
                platform=platform,
                handle=handle.lstrip("@") if handle else None,
                user_id=user_id,
            )
        )


def add_keyword(db: Database, *, principal: Principal, target_id: str, term: str) -> None:
    """Add a keyword that signals support for a target."""
    require(principal, "watchlist.write")
    term_ = _text(term, "term") or ""
    with db.session(actor=principal.actor) as session:
        _target(session, target_id)
        if session.scalar(
            select(Keyword.id).where(Keyword.target_id == target_id, Keyword.term == term_)
        ):
            raise ConflictError(f"keyword {term_!r} exists")
        session.add(Keyword(target_id=target_id, term=term_))


def delete_keyword(db: Database, *, principal: Principal, keyword_id: int) -> None:
    """Remove a keyword."""
    require(principal, "watchlist.write")
    with db.session(actor=principal.actor) as session:
        kw = session.get(Keyword, keyword_id)
        if kw is None:
            raise NotFoundError(f"no keyword {keyword_id}")
        session.delete(kw)


def delete_target_account(db: Database, *, principal: Principal, account_id: int) -> None:
    """Remove an account of a target."""
    require(principal, "watchlist.write")
    with db.session(actor=principal.actor) as session:
        acct = session.get(TargetAccount, account_id)
        if acct is None:
            raise NotFoundError(f"no target account {account_id}")
        session.delete(acct)


def calendar(db: Database, *, principal: Principal) -> list[dict[str, Any]]:
    """Elections with their stages, in date order."""
    require(principal, "watchlist.read")
    with db.session() as session:
        stages: dict[str, list[dict[str, Any]]] = {}
        for s in session.scalars(select(ElectionStage).order_by(ElectionStage.starts_on)):
            stages.setdefault(s.election_id, []).append(
                {"id": s.id, "stage": s.stage, "starts_on": s.starts_on, "ends_on": s.ends_on}
            )
        return [
            {
                "election_id": e.election_id,
                "name": e.name,
                "contest": e.contest,
                "region_code": e.region_code,
                "stages": stages.get(e.election_id, []),
            }
            for e in session.scalars(select(Election).order_by(Election.election_id))
        ]


def add_election(
    db: Database,
    *,
    principal: Principal,
    election_id: str,
    name: str,
    contest: str,
    region_code: str | None = None,
) -> None:
    """Add an election."""
    require(principal, "watchlist.write")
    if contest not in CONTESTS:
        raise ValidationError(f"contest must be one of {', '.join(sorted(CONTESTS))}")
    eid = _text(election_id, "election id", size=100) or ""
    with db.session(actor=principal.actor) as session:
        if session.scalar(select(Election.id).where(Election.election_id == eid)) is not None:
            raise ConflictError(f"election {eid} exists")
        session.add(
            Election(
                election_id=eid,
                name=_text(name, "name") or "",
                contest=contest,
                region_code=_text(region_code, "region", required=False, size=20),
            )
        )


def set_stage(
    db: Database,
    *,
    principal: Principal,
    election_id: str,
    stage: str,
    starts_on: date,
    ends_on: date,
) -> None:
    """Add or change one stage of an election (dates inclusive)."""
    require(principal, "watchlist.write")
    if stage not in STAGES:
        raise ValidationError(f"stage must be one of {', '.join(sorted(STAGES))}")
    if ends_on < starts_on:
        raise ValidationError("the stage ends before it starts")
    with db.session(actor=principal.actor) as session:
        if session.scalar(select(Election.id).where(Election.election_id == election_id)) is None:
            raise NotFoundError(f"no election {election_id}")
        row = session.scalar(
            select(ElectionStage).where(
                ElectionStage.election_id == election_id, ElectionStage.stage == stage
            )
        )
        if row is None:
            session.add(
                ElectionStage(
                    election_id=election_id, stage=stage, starts_on=starts_on, ends_on=ends_on
                )
            )
        else:
            row.starts_on, row.ends_on = starts_on, ends_on


def delete_stage(db: Database, *, principal: Principal, stage_id: int) -> None:
    """Remove a stage."""
    require(principal, "watchlist.write")
    with db.session(actor=principal.actor) as session:
        row = session.get(ElectionStage, stage_id)
        if row is None:
            raise NotFoundError(f"no stage {stage_id}")
        session.delete(row)


def add_claim(
    db: Database,
    *,
    principal: Principal,
    claim_id: str,
    text: str,
    verdict: str,
    source_url: str | None = None,
) -> None:
    """Add a fact-checked claim to the hoax catalogue."""
    require(principal, "watchlist.write")
    if verdict not in VERDICTS:
        raise ValidationError(f"verdict must be one of {', '.join(sorted(VERDICTS))}")
    cid = _text(claim_id, "claim id", size=100) or ""
    with db.session(actor=principal.actor) as session:
        if session.scalar(select(Claim.id).where(Claim.claim_id == cid)) is not None:
            raise ConflictError(f"claim {cid} exists")
        session.add(
            Claim(
                claim_id=cid,
                text=_text(text, "text", size=5000) or "",
                verdict=verdict,
                source_url=_text(source_url, "source", required=False, size=1000),
            )
        )


def add_document(db: Database, *, principal: Principal, doc_id: str, text: str) -> None:
    """Register a confidential document (its text is matched against posts)."""
    require(principal, "watchlist.write")
    did = _text(doc_id, "document id", size=200) or ""
    body = _text(text, "text", size=200_000) or ""
    with db.session(actor=principal.actor) as session:
        if session.scalar(select(Document.id).where(Document.doc_id == did)) is not None:
            raise ConflictError(f"document {did} exists")
        session.add(
            Document(doc_id=did, text=body, sha256=hashlib.sha256(body.encode()).hexdigest())
        )


def delete_claim(db: Database, *, principal: Principal, claim_id: str) -> None:
    """Remove a claim."""
    require(principal, "watchlist.write")
    with db.session(actor=principal.actor) as session:
        n = session.execute(delete(Claim).where(Claim.claim_id == claim_id)).rowcount  # type: ignore[attr-defined]
        if not n:
            raise NotFoundError(f"no claim {claim_id}")
