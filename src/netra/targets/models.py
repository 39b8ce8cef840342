"""The watchlist: political targets and their accounts, keywords, elections, claims, documents."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from netra.core.db import Base


class Election(Base):
    """An election (pemilu, pilkada); its stages give the neutrality window."""

    __tablename__ = "elections"

    id: Mapped[int] = mapped_column(primary_key=True)
    election_id: Mapped[str] = mapped_column(String(100), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    contest: Mapped[str] = mapped_column(String(20))
    region_code: Mapped[str | None] = mapped_column(String(20))


class ElectionStage(Base):
    """One stage of one election, with inclusive dates."""

    __tablename__ = "election_stages"
    __table_args__ = (UniqueConstraint("election_id", "stage"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    election_id: Mapped[str] = mapped_column(ForeignKey("elections.election_id"))
    stage: Mapped[str] = mapped_column(String(20))
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)


class Target(Base):
    """A political actor: candidate, party, campaign team, or an official who is not standing."""

    __tablename__ = "targets"

    id: Mapped[int] = mapped_column(primary_key=True)
    target_id: Mapped[str] = mapped_column(String(100), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(20))
    election_id: Mapped[str | None] = mapped_column(ForeignKey("elections.election_id"))
    ballot_number: Mapped[str | None] = mapped_column(String(20))
    party: Mapped[str | None] = mapped_column(String(300))


class TargetAccount(Base):
    """One account of a target."""

    __tablename__ = "target_accounts"
    __table_args__ = (UniqueConstraint("target_id", "platform", "user_id", "handle"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    target_id: Mapped[str] = mapped_column(ForeignKey("targets.target_id"), index=True)
    platform: Mapped[str] = mapped_column(String(20))
    handle: Mapped[str | None] = mapped_column(String(200))
    user_id: Mapped[str | None] = mapped_column(String(100))


class Keyword(Base):
    """A term that signals support for a target."""

    __tablename__ = "keywords"
    __table_args__ = (UniqueConstraint("target_id", "term"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    target_id: Mapped[str] = mapped_column(ForeignKey("targets.target_id"), index=True)
    term: Mapped[str] = mapped_column(String(300))


class Claim(Base):
    """A fact-checked claim of the hoax catalogue."""

    __tablename__ = "claims"

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[str] = mapped_column(String(100), unique=True)
    text: Mapped[str] = mapped_column(Text)
    verdict: Mapped[str] = mapped_column(String(20))
    source_url: Mapped[str | None] = mapped_column(String(1000))
    published_on: Mapped[date | None] = mapped_column(Date)


class Document(Base):
    """A registered confidential document."""

    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    doc_id: Mapped[str] = mapped_column(String(200), unique=True)
    text: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
