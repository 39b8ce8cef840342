"""Factories for the review, cases and web tests: synthetic agencies, employees, findings, users."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, cast

from argon2 import PasswordHasher
from sqlalchemy import Table, insert

from netra.core.db import Database, utcnow
from netra.detect.models import Finding
from netra.roster.models import Agency, Employee
from netra.users.schemas import Principal
from netra.users.service import create_user, set_hasher

NIP_A1 = "198503122010011002"  # agency A1 (region 17.06)
NIP_A1B = "199001152015032001"  # agency A1
NIP_A2 = "197812302005011003"  # agency A2 (region 31.71)
PASSWORD = "correct horse battery"

_counter = 0


def cheap_hashing() -> None:
    """Argon2 with test-sized cost: the default costs ~50 ms a hash."""
    set_hasher(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


def seed_roster(db: Database) -> None:
    """Two agencies in two regions, three employees."""
    with db.session(actor="test") as s:
        s.add_all(
            [
                Agency(code="A1", name="Pemkab Satu", parent_code=None, region_code="17.06"),
                Agency(code="A2", name="Pemprov Dua", parent_code=None, region_code="31.71"),
            ]
        )
        s.flush()
        for nip, name, agency, region in (
            (NIP_A1, "Budi Santoso", "A1", "17.06"),
            (NIP_A1B, "Siti Aminah", "A1", "17.06"),
            (NIP_A2, "Joko Widodo Putra", "A2", "31.71"),
        ):
            s.add(
                Employee(
                    nip=nip,
                    name=name,
                    agency_code=agency,
                    unit="Unit",
                    position="Staf",
                    employment_type="PNS",
                    region_code=region,
                    status="active",
                )
            )


def add_finding(
    db: Database,
    *,
    nip: str | None,
    rule_id: str = "id.skb2022.engagement",
    category: str = "political.engagement",
    severity: str = "berat",
    target_id: str | None = "02",
    platform: str = "x",
    handle: str = "akun",
    user_id: str | None = "99",
    occurred_at: datetime | None = None,
    link_probability: float | None = 1.0,
    evidence: dict[str, Any] | None = None,
) -> str:
    """Insert one finding the way detection does; returns its finding_id."""
    global _counter
    _counter += 1
    fid = hashlib.sha256(f"f{_counter}".encode()).hexdigest()[:32]
    with db.session(actor="test") as s:
        s.connection().execute(
            insert(cast(Table, Finding.__table__)),
            [
                {
                    "finding_id": fid,
                    "rule_id": rule_id,
                    "category": category,
                    "severity": severity,
                    "nip": nip,
                    "link_method": "declared" if nip else None,
                    "link_probability": link_probability if nip else None,
                    "platform": platform,
                    "account_user_id": user_id,
                    "account_handle": handle,
                    "action": "like",
                    "event_ids": [f"ev-{_counter}"],
                    "target_id": target_id,
                    "occurred_at": occurred_at or datetime(2024, 1, 5, 3, 0, tzinfo=UTC),
                    "explanation": "The account liked a candidate's post.",
                    "evidence": evidence or {"matched": ["coblos"]},
                    "citations": ["PP 94/2021 tentang Disiplin PNS, Pasal 5 huruf n"],
                    "status": "new",
                    "created_at": utcnow(),
                }
            ],
        )
    return fid


@dataclass
class People:
    """The test users, by role."""

    admin: Principal
    analyst: Principal
    analyst2: Principal
    analyst_a2: Principal
    ppk1: Principal
    ppk2: Principal
    auditor: Principal
    employee: Principal
    employee_a2: Principal


def seed_users(db: Database) -> People:
    """One user of each role; analysts and PPKs scoped to A1 or A2."""
    cheap_hashing()

    def mk(username: str, role: str, **kw: Any) -> Principal:
        return create_user(db, username=username, password=PASSWORD, role=role, **kw)

    return People(
        admin=mk("admin", "admin"),
        analyst=mk("analis", "analyst", regions=["17"]),
        analyst2=mk("analis2", "analyst", agencies=["A1"]),
        analyst_a2=mk("analis3", "analyst", agencies=["A2"]),
        ppk1=mk("ppk1", "ppk", agencies=["A1"]),
        ppk2=mk("ppk2", "ppk", agencies=["A2"]),
        auditor=mk("auditor", "auditor"),
        employee=mk("pegawai", "employee", nip=NIP_A1),
        employee_a2=mk("pegawai2", "employee", nip=NIP_A2),
    )


def days_ago(n: float) -> datetime:
    """A UTC time n days ago."""
    return utcnow() - timedelta(days=n)
