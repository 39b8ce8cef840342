"""Public complaints (aduan): what was reported, by whom (admins only), and its status."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from netra.core.db import Base, UTCDateTime


class Complaint(Base):
    """A report from the public about an employee's social-media conduct."""

    __tablename__ = "complaints"
    __table_args__ = (Index("ix_complaints_ip_created", "ip_hash", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket: Mapped[str] = mapped_column(String(40), unique=True)
    reported_nip: Mapped[str | None] = mapped_column(String(18))
    reported_name: Mapped[str] = mapped_column(String(300))
    reported_agency: Mapped[str | None] = mapped_column(String(300))
    url: Mapped[str | None] = mapped_column(String(1000))
    category: Mapped[str | None] = mapped_column(String(50))
    reason: Mapped[str] = mapped_column(Text)
    reporter_name: Mapped[str] = mapped_column(String(300))
    reporter_contact: Mapped[str] = mapped_column(String(300))
    screenshot_sha256: Mapped[str | None] = mapped_column(String(64))
    screenshot_type: Mapped[str | None] = mapped_column(String(40))
    screenshot_size: Mapped[int | None] = mapped_column(Integer)
    # received, in_review, accepted, rejected
    status: Mapped[str] = mapped_column(String(20), default="received", index=True)
    status_note: Mapped[str | None] = mapped_column(Text)
    agency_code: Mapped[str | None] = mapped_column(String(50))
    region_code: Mapped[str | None] = mapped_column(String(20))
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"))
    # SHA-256 of the client address with the app secret: enough for the rate limit, no IP kept.
    ip_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
