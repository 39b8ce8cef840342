"""Findings: one per (rule, event), with the evidence that explains them."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Float, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from netra.core.db import Base, UTCDateTime


class Finding(Base):
    """A detected breach of a rule, attributed to an employee when the account is linked."""

    __tablename__ = "findings"
    __table_args__ = (Index("ix_findings_category_status", "category", "status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    finding_id: Mapped[str] = mapped_column(String(64), unique=True)
    rule_id: Mapped[str] = mapped_column(String(200), index=True)
    category: Mapped[str] = mapped_column(String(50))
    severity: Mapped[str] = mapped_column(String(20))
    nip: Mapped[str | None] = mapped_column(String(18), index=True)
    link_method: Mapped[str | None] = mapped_column(String(20))
    link_probability: Mapped[float | None] = mapped_column(Float)
    platform: Mapped[str] = mapped_column(String(20))
    account_user_id: Mapped[str | None] = mapped_column(String(100))
    account_handle: Mapped[str | None] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(20))
    event_ids: Mapped[list[str]]
    target_id: Mapped[str | None] = mapped_column(String(100))
    occurred_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    explanation: Mapped[str] = mapped_column(Text)
    evidence: Mapped[dict[str, Any]] = mapped_column(default=dict)
    citations: Mapped[list[str]]
    status: Mapped[str] = mapped_column(String(20), default="new")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
