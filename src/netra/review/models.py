"""The review queue: one item per (person, target, rule), grouping that person's findings."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Float, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from netra.core.db import Base, UTCDateTime


class ReviewItem(Base):
    """A unit of review work: N findings of one person on one target under one rule."""

    __tablename__ = "review_items"
    __table_args__ = (
        # The queue reads "undecided, riskiest first", often inside one agency or region and
        # filtered by category or platform: these indexes answer it without the table, and
        # n_findings lets the dashboard's sums read them alone too.
        Index("ix_review_items_status_risk", "status", "risk_key", "category", "platform"),
        Index(
            "ix_review_items_agency_status_risk",
            "agency_code",
            "status",
            "risk_key",
            "n_findings",
            "category",
            "platform",
        ),
        Index(
            "ix_review_items_region_status_risk",
            "region_code",
            "status",
            "risk_key",
            "n_findings",
            "category",
            "platform",
        ),
        Index("ix_review_items_status_due", "status", "due_at"),
        Index("ix_review_items_group_status", "group_key", "status"),
        Index("ix_review_items_latest_at", "latest_at"),
        # Quality control lists the few sampled dismissals: without this index SQLite reads
        # every dismissed item (240 ms at a million findings; 0.6 ms with it).
        Index(
            "ix_review_items_qc",
            "qc_state",
            "risk_key",
            sqlite_where=text("qc_state IS NOT NULL"),
            postgresql_where=text("qc_state IS NOT NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # sha256 of (person, target, rule): a re-offence after a decision opens a new item.
    group_key: Mapped[str] = mapped_column(String(64))
    nip: Mapped[str | None] = mapped_column(String(18), index=True)
    account_key: Mapped[str] = mapped_column(String(250))
    platform: Mapped[str] = mapped_column(String(20))
    target_id: Mapped[str | None] = mapped_column(String(100))
    rule_id: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(50))
    severity: Mapped[str] = mapped_column(String(20))
    agency_code: Mapped[str | None] = mapped_column(String(50))
    region_code: Mapped[str | None] = mapped_column(String(20))
    # open, escalated, confirmed, dismissed
    status: Mapped[str] = mapped_column(String(20), default="open")
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    n_findings: Mapped[int] = mapped_column(Integer, default=0)
    first_at: Mapped[datetime] = mapped_column(UTCDateTime())
    latest_at: Mapped[datetime] = mapped_column(UTCDateTime())
    confidence: Mapped[float] = mapped_column(Float)
    # log(severity × confidence) + days/τ: ordering by it equals ordering by
    # severity × confidence × exp(-age/τ) at any "now", so the index never goes stale.
    risk_key: Mapped[float] = mapped_column(Float)
    reason: Mapped[str | None] = mapped_column(Text)
    decided_by: Mapped[str | None] = mapped_column(String(200))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Quality control of dismissed items: pending, agreed, disagreed
    qc_state: Mapped[str | None] = mapped_column(String(20), index=True)
    qc_by: Mapped[str | None] = mapped_column(String(200))
    qc_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    qc_note: Mapped[str | None] = mapped_column(Text)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    due_at: Mapped[datetime] = mapped_column(UTCDateTime())


class ReviewItemFinding(Base):
    """Which item a finding belongs to (each finding to exactly one item)."""

    __tablename__ = "review_item_findings"

    finding_id: Mapped[int] = mapped_column(ForeignKey("findings.id"), primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("review_items.id"), index=True)


class ReviewNote(Base):
    """A reviewer's note on an item."""

    __tablename__ = "review_notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("review_items.id"), index=True)
    author: Mapped[str] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    text: Mapped[str] = mapped_column(Text)
