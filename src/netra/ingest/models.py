"""Import runs and the Parquet files that hold their events."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from netra.core.db import Base, UTCDateTime


class ImportRun(Base):
    """One import of one bundle (or connector run) into the workspace."""

    __tablename__ = "imports"

    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(String(1000))
    bundle_name: Mapped[str | None] = mapped_column(String(300))
    policy: Mapped[str] = mapped_column(String(10))
    timezone: Mapped[str] = mapped_column(String(64))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime())
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    counts: Mapped[dict[str, Any]] = mapped_column(default=dict)


class EventFile(Base):
    """A pointer to a Parquet file of events (the events themselves stay out of the RDBMS)."""

    __tablename__ = "event_files"

    id: Mapped[int] = mapped_column(primary_key=True)
    import_id: Mapped[int] = mapped_column(ForeignKey("imports.id"))
    path: Mapped[str] = mapped_column(String(1000), unique=True)
    rows: Mapped[int]
    sha256: Mapped[str] = mapped_column(String(64))
