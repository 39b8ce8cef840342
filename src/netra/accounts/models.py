"""Social-media accounts and their link to an employee."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Float, ForeignKey, Index, String, text
from sqlalchemy.orm import Mapped, mapped_column

from netra.core.db import Base, UTCDateTime


class Account(Base):
    """An account on a platform; `nip` and `link_method` say whose it is and how we know."""

    __tablename__ = "accounts"
    __table_args__ = (
        # user_id is the stable key; handle only identifies accounts whose user_id is unknown.
        Index(
            "uq_accounts_platform_user_id",
            "platform",
            "user_id",
            unique=True,
            sqlite_where=text("user_id IS NOT NULL"),
            postgresql_where=text("user_id IS NOT NULL"),
        ),
        Index(
            "uq_accounts_platform_handle_no_uid",
            "platform",
            "handle",
            unique=True,
            sqlite_where=text("user_id IS NULL"),
            postgresql_where=text("user_id IS NULL"),
        ),
        Index("ix_accounts_platform_handle", "platform", "handle"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    platform: Mapped[str] = mapped_column(String(20))
    user_id: Mapped[str | None] = mapped_column(String(100))
    handle: Mapped[str | None] = mapped_column(String(200))
    display_name: Mapped[str | None] = mapped_column(String(300))
    nip: Mapped[str | None] = mapped_column(ForeignKey("employees.nip"), index=True)
    # declared (accounts.csv), probable (matched by Netra), confirmed (by a reviewer)
    link_method: Mapped[str | None] = mapped_column(String(20))
    link_probability: Mapped[float | None] = mapped_column(Float)
    declared_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    approved: Mapped[bool | None] = mapped_column()
