"""The demo workspace: synthetic agency and election, the pipeline run, and demo users."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from netra.core.db import Database
from netra.detect.models import Finding
from netra.review.models import ReviewItem
from netra.users.models import User
from netra.users.service import create_user


@dataclass(frozen=True, slots=True)
class DemoUser:
    """A demo login (synthetic, published in the README: never use on real data)."""

    username: str
    password: str
    role: str
    scope: str


DEMO_PASSWORDS = {
    "admin": "netra-admin-2024",
    "analis": "netra-analis-2024",
    "ppk": "netra-ppk-2024",
    "auditor": "netra-auditor-2024",
    "pegawai": "netra-pegawai-2024",
}


def fill_demo(db: Database, *, employees: int = 400, seed: int = 7) -> bool:
    """Synthesize, import and scan a bundle when the workspace has no findings yet."""
    with db.session() as session:
        if session.scalar(select(func.count()).select_from(Finding)):
            return False
    from netra.detect.service import ProbableLinks, detect
    from netra.ingest.service import import_bundle
    from netra.synth.generator import generate_bundle

    bundle = db.workspace.root / "demo-bundle"
    generate_bundle(Path(bundle), employees=employees, seed=seed)
    summary = import_bundle(db, bundle, actor="demo")
    detect(
        db,
        policy=summary.header.policy,
        timezone=summary.header.timezone,
        actor="demo",
        probable_links=ProbableLinks(),
    )
    return True


def ensure_demo_users(db: Database) -> list[DemoUser]:
    """Create the demo users once; the PPK and the employee come from the busiest agency."""
    with db.session() as session:
        row = session.execute(
            select(ReviewItem.agency_code, func.count())
            .where(ReviewItem.agency_code.is_not(None), ReviewItem.nip.is_not(None))
            .group_by(ReviewItem.agency_code)
            .order_by(func.count().desc(), ReviewItem.agency_code)
            .limit(1)
        ).first()
        agency = str(row[0]) if row else "DEMO"
        nip = session.scalar(
            select(ReviewItem.nip)
            .where(ReviewItem.agency_code == agency, ReviewItem.nip.is_not(None))
            .order_by(ReviewItem.risk_key.desc())
            .limit(1)
        )
        region = session.scalar(
            select(ReviewItem.region_code).where(ReviewItem.agency_code == agency).limit(1)
        )
        existing = set(session.scalars(select(User.username)))
    province = (region or "").split(".")[0] or None
    specs = [
        ("admin", "admin", "Admin Netra", [], [], None, "semua / all"),
        (
            "analis",
            "analyst",
            "Analis Pemantauan",
            [agency],
            [province] if province else [],
            None,
            f"{agency} + wilayah {province or '-'}",
        ),
        ("ppk", "ppk", f"PPK {agency}", [agency], [], None, agency),
        ("auditor", "auditor", "Auditor", [], [], None, "semua, baca saja / all, read-only"),
        ("pegawai", "employee", "Pegawai (demo)", [], [], nip, f"NIP {nip}"),
    ]
    users: list[DemoUser] = []
    for username, role, name, agencies, regions, user_nip, scope in specs:
        if role == "employee" and not user_nip:
            continue
        if username not in existing:
            create_user(
                db,
                username=username,
                password=DEMO_PASSWORDS[username],
                role=role,
                display_name=name,
                agencies=agencies,
                regions=regions,
                nip=user_nip,
                actor="demo",
            )
        users.append(DemoUser(username, DEMO_PASSWORDS[username], role, scope))
    return users


def seed_story(db: Database) -> None:
    """Move a few items and cases along so every page has something to show (once)."""
    from netra.cases import service as cases
    from netra.review import service as review
    from netra.users.service import list_users

    by_name = {u.username: u for u in list_users(db)}
    analyst, admin, ppk = by_name.get("analis"), by_name.get("admin"), by_name.get("ppk")
    if analyst is None or admin is None or ppk is None:
        return
    with db.session() as session:
        if session.scalar(
            select(func.count()).select_from(ReviewItem).where(ReviewItem.status != "open")
        ):
            return
        agency = ppk.agencies[0]
        ids = list(
            session.scalars(
                select(ReviewItem.id)
                .where(ReviewItem.agency_code == agency, ReviewItem.nip.is_not(None))
                .order_by(ReviewItem.risk_key.desc())
                .limit(6)
            )
        )
        others = list(
            session.scalars(
                select(ReviewItem.id)
                .where(ReviewItem.nip.is_(None))
                .order_by(ReviewItem.risk_key)
                .limit(3)
            )
        )
    if len(ids) >= 3:
        case_ids = review.decide(
            db, principal=admin, item_ids=ids[1:3], decision="confirm", reason="bukti jelas (demo)"
        )
        for cid in case_ids[:1]:
            cases.request_clarification(
                db,
                principal=admin,
                case_id=cid,
                question="Mohon jelaskan unggahan/interaksi ini (demo).",
            )
    if others:
        review.decide(
            db,
            principal=admin,
            item_ids=others,
            decision="dismiss",
            reason="akun tidak terkait pegawai (demo)",
        )
