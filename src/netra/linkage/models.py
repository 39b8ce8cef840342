"""Reviewer decisions on links between accounts and employees."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from netra.core.db import Base, UTCDateTime


class LinkDecision(Base):
    """A reviewer confirmed or rejected that `nip` is behind an account; the latest one counts."""

    __tablename__ = "link_decisions"
    __table_args__ = (Index("ix_link_decisions_account", "platform", "user_id", "handle"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    platform: Mapped[str] = mapped_column(String(20))
    user_id: Mapped[str | None] = mapped_column(String(100))
    handle: Mapped[str | None] = mapped_column(String(200))
    nip: Mapped[str] = mapped_column(ForeignKey("employees.nip"), index=True)
    decision: Mapped[str] = mapped_column(String(20))  # confirmed | rejected
    decided_by: Mapped[str] = mapped_column(String(200))
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime())
    reason: Mapped[str | None] = mapped_column(Text)
