"""Agencies and employees (the ASN roster)."""

from __future__ import annotations

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from netra.core.db import Base


class Agency(Base):
    """An agency (instansi); agencies nest through parent_code."""

    __tablename__ = "agencies"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(50), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    parent_code: Mapped[str | None] = mapped_column(String(50))
    region_code: Mapped[str | None] = mapped_column(String(20), index=True)


class Employee(Base):
    """A civil servant (PNS or PPPK), identified by NIP."""

    __tablename__ = "employees"

    id: Mapped[int] = mapped_column(primary_key=True)
    nip: Mapped[str] = mapped_column(String(18), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    agency_code: Mapped[str] = mapped_column(ForeignKey("agencies.code"), index=True)
    unit: Mapped[str | None] = mapped_column(String(300))
    position: Mapped[str | None] = mapped_column(String(300))
    employment_type: Mapped[str] = mapped_column(String(10))
    region_code: Mapped[str | None] = mapped_column(String(20), index=True)
    status: Mapped[str] = mapped_column(String(10))
