"""Load benchmark of the web app: queue and dashboard p95 under concurrent users.

Builds a workspace with N findings grouped into review items and M cases (SQLite file, and
PostgreSQL from Debian's packages started by this script on a local port), serves it with
uvicorn on 127.0.0.1 exactly as `netra serve` does (one process), and lets U virtual users
(admin, scoped analysts, PPKs) sign in and load the queue and the dashboard in a loop, for a
bounded number of requests and a bounded time (all users sign in first, then start together).
Prints latency percentiles per page and the load average around each run.

    .venv/bin/python benchmarks/bench_web.py --backend sqlite --backend postgres
"""

from __future__ import annotations

import argparse
import asyncio
import math
import os
import random
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import orjson
from sqlalchemy import func, insert, select

OUT = Path(__file__).parent / "out"
PASSWORD = "bench-password-1"
PG_BIN = Path("/usr/lib/postgresql/15/bin")
RULES = (
    ("id.skb2022.engagement", "political.engagement", "berat"),
    ("id.skb2022.campaign", "political.campaign", "berat"),
    ("id.se137-2018.insult", "abuse.defamation", "sedang"),
    ("id.se137-2018.hoax", "hoax", "sedang"),
    ("id.skb2022.affiliation", "political.affiliation", "pemberhentian"),
)
PLATFORMS = ("x", "facebook", "instagram", "tiktok", "youtube")
ITEM_STATUS = (("open", 0.6), ("escalated", 0.05), ("dismissed", 0.25), ("confirmed", 0.10))
CASE_STATES = (
    "opened",
    "clarification_requested",
    "clarification_answered",
    "recommendation",
    "sent_to_ppk",
    "ppk_decision",
    "appeal",
    "close_proposed",
    "closed",
)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def postgres(root: Path) -> Iterator[str]:
    """A throw-away PostgreSQL cluster (Debian's binaries) on a local port; yields its URL."""
    if not (PG_BIN / "initdb").exists():
        raise SystemExit(f"{PG_BIN}/initdb missing: apt-get install -y postgresql")
    data = root / "pgdata"
    sock = Path(tempfile.mkdtemp(prefix="netra-pg-"))
    as_pg: list[str] = []
    if os.geteuid() == 0:  # PostgreSQL refuses to run as root
        as_pg = ["runuser", "-u", "postgres", "--"]
        shutil.chown(sock, "postgres")
    if not data.exists():
        data.mkdir(parents=True)
        if as_pg:
            shutil.chown(root, "postgres")
            shutil.chown(data, "postgres")
        subprocess.run(
            [*as_pg, str(PG_BIN / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust"],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    port = _free_port()
    proc = subprocess.Popen(
        [
            *as_pg,
            str(PG_BIN / "postgres"),
            "-D",
            str(data),
            "-p",
            str(port),
            "-k",
            str(sock),
            "-c",
            "listen_addresses=127.0.0.1",
            "-c",
            "shared_buffers=512MB",
            "-c",
            "max_connections=100",
            "-c",
            "fsync=off",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        import psycopg

        deadline = time.monotonic() + 30
        while True:
            try:
                with psycopg.connect(
                    f"host=127.0.0.1 port={port} user=postgres dbname=postgres", autocommit=True
                ) as conn:
                    exists = conn.execute("SELECT 1 FROM pg_database WHERE datname='netra'")
                    if exists.fetchone() is None:
                        conn.execute("CREATE DATABASE netra")
                break
            except psycopg.OperationalError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.3)
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/netra"
    finally:
        # runuser does not pass signals on: ask the server itself to stop (fast mode).
        subprocess.run(
            [*as_pg, str(PG_BIN / "pg_ctl"), "stop", "-D", str(data), "-m", "fast"],
            check=False,
            stdout=subprocess.DEVNULL,
        )
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
        shutil.rmtree(sock, ignore_errors=True)


def _insert(db: Any, table: Any, rows: list[dict[str, Any]]) -> None:
    """Bulk insert: COPY on PostgreSQL, executemany on SQLite."""
    if not rows:
        return
    if db.engine.dialect.name == "postgresql":
        cols = list(rows[0])
        raw = db.engine.raw_connection()
        try:
            cur = raw.cursor()
            with cur.copy(f"COPY {table.name} ({', '.join(cols)}) FROM STDIN") as cp:
                for r in rows:
                    cp.write_row(
                        [
                            orjson.dumps(v).decode() if isinstance(v, list | dict) else v
                            for v in (r[c] for c in cols)
                        ]
                    )
            raw.commit()
        finally:
            raw.close()
    else:
        with db.engine.begin() as conn:
            conn.execute(insert(table), rows)


def build(db: Any, *, findings: int, cases: int, employees: int, agencies: int, seed: int) -> None:
    """Fill the database with synthetic rows straight through Core (no audit: bench data)."""
    from netra.cases.models import Case
    from netra.detect.models import Finding
    from netra.review.models import ReviewItem, ReviewItemFinding
    from netra.review.service import VERIFICATION_DAYS, risk_key
    from netra.roster.models import Agency, Employee
    from netra.targets.models import Election, ElectionStage
    from netra.users.service import create_user

    rng = random.Random(seed)
    t0 = time.perf_counter()
    agency_rows = [
        {
            "code": f"AG{i:04d}",
            "name": f"Pemerintah Daerah {i:04d}",
            "parent_code": None,
            "region_code": f"{11 + i % 24}.{i % 90:02d}",
        }
        for i in range(agencies)
    ]
    _insert(db, Agency.__table__, agency_rows)
    emp_rows = []
    for i in range(employees):
        ag = agency_rows[i % agencies]
        emp_rows.append(
            {
                "nip": f"19{i:016d}",
                "name": f"Pegawai {i}",
                "agency_code": ag["code"],
                "unit": "Unit",
                "position": "Staf",
                "employment_type": "PNS",
                "region_code": ag["region_code"],
                "status": "active",
            }
        )
    for k in range(0, len(emp_rows), 50_000):
        _insert(db, Employee.__table__, emp_rows[k : k + 50_000])
    _insert(
        db,
        Election.__table__,
        [
            {
                "election_id": "pemilu2024",
                "name": "Pemilu 2024",
                "contest": "presidential",
                "region_code": None,
            }
        ],
    )
    now = datetime.now(UTC)
    start = now - timedelta(days=180)
    stages = (
        ("candidacy", 0, 40),
        ("campaign", 40, 115),
        ("quiet", 116, 118),
        ("voting", 119, 119),
    )
    _insert(
        db,
        ElectionStage.__table__,
        [
            {
                "election_id": "pemilu2024",
                "stage": s,
                "starts_on": (start + timedelta(days=a)).date(),
                "ends_on": (start + timedelta(days=b)).date(),
            }
            for s, a, b in stages
        ],
    )
    print(
        f"  roster: {employees:,} employees in {agencies} agencies "
        f"({time.perf_counter() - t0:.1f} s)"
    )

    # Items with geometric sizes (mean ~2.5 findings), then their findings.
    t1 = time.perf_counter()
    statuses = [s for s, _ in ITEM_STATUS]
    weights = [w for _, w in ITEM_STATUS]
    made = 0
    item_id = 0
    finding_id = 0
    items: list[dict[str, Any]] = []
    found: list[dict[str, Any]] = []
    links: list[dict[str, Any]] = []

    def flush() -> None:
        _insert(db, ReviewItem.__table__, items)
        _insert(db, Finding.__table__, found)
        _insert(db, ReviewItemFinding.__table__, links)
        items.clear()
        found.clear()
        links.clear()

    while made < findings:
        n = min(findings - made, 1 + int(rng.expovariate(1 / 1.5)))
        item_id += 1
        emp = emp_rows[int(rng.paretovariate(1.2) * 97) % employees]
        rule, category, severity = RULES[rng.randrange(len(RULES))]
        platform = PLATFORMS[rng.randrange(len(PLATFORMS))]
        target = f"T{rng.randrange(40):02d}"
        times = sorted(start + timedelta(seconds=rng.uniform(0, 180 * 86400)) for _ in range(n))
        conf = rng.choice((1.0, 1.0, 1.0, 0.8, 0.6))
        status = rng.choices(statuses, weights)[0]
        created = times[-1] + timedelta(hours=1)
        items.append(
            {
                "id": item_id,
                "group_key": f"{item_id:064x}",
                "nip": emp["nip"],
                "account_key": f"{platform}:akun{item_id}",
                "platform": platform,
                "target_id": target,
                "rule_id": rule,
                "category": category,
                "severity": severity,
                "agency_code": emp["agency_code"],
                "region_code": emp["region_code"],
                "status": status,
                "assignee_id": None,
                "claimed_at": None,
                "n_findings": n,
                "first_at": times[0],
                "latest_at": times[-1],
                "confidence": conf,
                "risk_key": risk_key(severity=severity, confidence=conf, at=times[-1]),
                "reason": None if status == "open" else "bench",
                "decided_by": None,
                "decided_at": None,
                "qc_state": None,
                "qc_by": None,
                "qc_at": None,
                "qc_note": None,
                "case_id": None,
                "created_at": created,
                "due_at": created + timedelta(days=VERIFICATION_DAYS),
            }
        )
        for t in times:
            finding_id += 1
            found.append(
                {
                    "id": finding_id,
                    "finding_id": f"{finding_id:032x}",
                    "rule_id": rule,
                    "category": category,
                    "severity": severity,
                    "nip": emp["nip"],
                    "link_method": "declared",
                    "link_probability": conf,
                    "platform": platform,
                    "account_user_id": str(item_id),
                    "account_handle": f"akun{item_id}",
                    "action": "like",
                    "event_ids": [f"ev{finding_id}"],
                    "target_id": target,
                    "occurred_at": t,
                    "explanation": "The account liked a candidate's post.",
                    "evidence": {"matched": ["coblos"]},
                    "citations": ["PP 94/2021 tentang Disiplin PNS, Pasal 5 huruf n"],
                    "status": {"open": "new", "escalated": "new"}.get(status, status),
                    "created_at": created,
                }
            )
            links.append({"finding_id": finding_id, "item_id": item_id})
        made += n
        if len(found) >= 50_000:
            flush()
    flush()
    print(
        f"  findings: {findings:,} in {item_id:,} review items ({time.perf_counter() - t1:.1f} s)"
    )

    t2 = time.perf_counter()
    rows = []
    for i in range(1, cases + 1):
        emp = emp_rows[rng.randrange(employees)]
        state = CASE_STATES[rng.randrange(len(CASE_STATES))]
        opened = start + timedelta(seconds=rng.uniform(0, 180 * 86400))
        sent = (
            opened + timedelta(days=rng.uniform(3, 20)) if CASE_STATES.index(state) >= 4 else None
        )
        decided = (
            sent + timedelta(days=rng.uniform(1, 30))
            if sent and CASE_STATES.index(state) >= 5
            else None
        )
        due = None if state == "closed" else opened + timedelta(days=rng.uniform(2, 200))
        rows.append(
            {
                "id": i,
                "number": f"KASUS-BENCH-{i:07d}",
                "nip": emp["nip"],
                "agency_code": emp["agency_code"],
                "region_code": emp["region_code"],
                "state": state,
                "opened_at": opened,
                "opened_by": "bench",
                "due_at": due,
                "due_kind": None if due is None else "review",
                "proposed_tier": "berat",
                "recommended_tier": None,
                "recommendation": None,
                "recommended_by": None,
                "sent_to_ppk_at": sent,
                "decision_tier": "sedang" if decided else None,
                "decree_number": "800/1" if decided else None,
                "decree_date": decided.date() if decided else None,
                "decided_by": None,
                "decided_at": decided,
                "appeal_note": None,
                "close_proposed_by": None,
                "close_proposed_at": None,
                "closed_by": None,
                "closed_at": None,
                "updated_at": opened,
            }
        )
    for k in range(0, len(rows), 50_000):
        _insert(db, Case.__table__, rows[k : k + 50_000])
    print(f"  cases: {cases:,} ({time.perf_counter() - t2:.1f} s)")
    if db.engine.dialect.name == "postgresql":
        with db.engine.begin() as conn:
            for table in ("review_items", "findings", "cases", "employees", "review_item_findings"):
                conn.exec_driver_sql(f"ANALYZE {table}")
            for table in ("review_items", "cases"):  # ids were given explicitly
                conn.exec_driver_sql(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"(SELECT max(id) FROM {table}))"
                )
    else:
        with db.engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")
    busiest: dict[str, str] = {k: str(v) for k, v in agency_rows[0].items()}
    create_user(db, username="admin", password=PASSWORD, role="admin", actor="bench")
    create_user(
        db,
        username="analis",
        password=PASSWORD,
        role="analyst",
        regions=[busiest["region_code"].split(".")[0]],
        actor="bench",
    )
    create_user(
        db, username="ppk", password=PASSWORD, role="ppk", agencies=[busiest["code"]], actor="bench"
    )


def counts(db: Any) -> tuple[int, int]:
    """Findings and cases in the database."""
    from netra.cases.models import Case
    from netra.detect.models import Finding

    with db.session() as s:
        return (
            int(s.scalar(select(func.count()).select_from(Finding)) or 0),
            int(s.scalar(select(func.count()).select_from(Case)) or 0),
        )


SERVER = """
import os, sys, uvicorn
os.environ["NETRA_WORKSPACE"] = sys.argv[1]
uvicorn.run("netra.web.app:create_app_from_env", factory=True, host="127.0.0.1",
            port=int(sys.argv[2]), workers=int(sys.argv[3]), log_level="warning")
"""


@contextmanager
def serve(root: Path, env: dict[str, str], workers: int) -> Iterator[str]:
    """The app in its own process(es) on 127.0.0.1, as `netra serve --workers N` runs it."""
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-c", SERVER, str(root), str(port), str(workers)], env=env
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                if httpx.get(base + "/healthz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline or proc.poll() is not None:
                raise SystemExit("the server did not start")
            time.sleep(0.3)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=30)


class RawClient:
    """A minimal HTTP/1.1 keep-alive client: the load generator shares the machine with the
    server, so it must cost next to nothing per request (httpx costs ~1 ms)."""

    def __init__(self, host: str, port: int, cookie: str) -> None:
        self.host, self.port, self.cookie = host, port, cookie
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, path: str) -> int:
        """GET `path`; returns the status after reading the whole body."""
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        assert self.reader is not None
        self.writer.write(
            f"GET {path} HTTP/1.1\r\nHost: {self.host}\r\nCookie: {self.cookie}\r\n\r\n".encode()
        )
        head = await self.reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split()[1])
        length = 0
        for line in lines[1:]:
            if line.lower().startswith("content-length:"):
                length = int(line.split(":", 1)[1])
        await self.reader.readexactly(length)
        return status

    def close(self) -> None:
        """Drop the connection."""
        if self.writer is not None:
            self.writer.close()


async def _user(
    base: str,
    username: str,
    pages: list[str],
    seconds: float,
    ready: asyncio.Barrier,
    started: list[float],
    budget: list[int],
    lat: dict[str, list[float]],
    errors: list[str],
) -> None:
    async with httpx.AsyncClient(base_url=base, timeout=30, follow_redirects=False) as c:
        page = await c.get("/login")
        token = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
        assert token
        r = await c.post(
            "/login", data={"username": username, "password": PASSWORD, "csrf_token": token[1]}
        )
        if r.status_code != 303:
            errors.append(f"login {username}: {r.status_code}")
        cookie = "; ".join(f"{k}={v}" for k, v in c.cookies.items())
    # Every user signs in first (20 argon2 hashes take seconds), then all start together:
    # what is measured is the steady state of page loads, not a sign-in storm.
    await ready.wait()
    if r.status_code != 303:
        return
    if not started:
        started.append(time.perf_counter())
    deadline = time.monotonic() + seconds
    host, port = base.removeprefix("http://").split(":")
    raw = RawClient(host, int(port), cookie)
    try:
        i = 0
        while time.monotonic() < deadline and budget[0] > 0:
            budget[0] -= 1
            path = pages[i % len(pages)]
            i += 1
            t = time.perf_counter()
            status = await raw.get(path)
            dt = time.perf_counter() - t
            key = path.split("?")[0]
            if status != 200:
                errors.append(f"{path}: {status}")
            lat.setdefault(f"{key} ({username})", []).append(dt)
            lat.setdefault(key, []).append(dt)
    finally:
        raw.close()


def pct(values: list[float], p: float) -> float:
    """The p-th percentile (nearest rank), in ms."""
    ordered = sorted(values)
    return 1000 * ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


def load(base: str, *, users: int, requests: int, seconds: float) -> dict[str, Any]:
    """U concurrent signed-in users alternating queue and dashboard pages."""
    roles = ["admin", "analis", "ppk"]
    staff = [
        "/review",
        "/dashboard",
        "/review?category=political.campaign",
        "/dashboard",
        "/review?offset=50",
        "/cases?overdue=1",
    ]
    # A PPK has no queue: their pages are the dashboard and their agency's cases.
    ppk = ["/dashboard", "/cases", "/dashboard", "/cases?overdue=1"]
    lat: dict[str, list[float]] = {}
    errors: list[str] = []
    budget = [requests]

    async def main() -> float:
        ready = asyncio.Barrier(users)
        started: list[float] = []
        await asyncio.gather(
            *(
                _user(
                    base,
                    roles[i % len(roles)],
                    (ppk if roles[i % len(roles)] == "ppk" else staff)[i % 2 :]
                    + (ppk if roles[i % len(roles)] == "ppk" else staff)[: i % 2],
                    seconds,
                    ready,
                    started,
                    budget,
                    lat,
                    errors,
                )
                for i in range(users)
            )
        )
        return time.perf_counter() - started[0]

    load_before = os.getloadavg()[0]
    wall = asyncio.run(main())
    load = (load_before, os.getloadavg()[0])
    return {"lat": lat, "errors": errors, "wall": wall, "load": load}


def report(name: str, result: dict[str, Any]) -> None:
    """Print percentiles per page."""
    lat = result["lat"]
    total = sum(len(v) for k, v in lat.items() if "(" not in k)
    print(
        f"\n{name}: {total:,} requests in {result['wall']:.1f} s "
        f"({total / result['wall']:.0f} req/s), errors: {len(result['errors'])}; "
        f"load average (1 min) {result['load'][0]:.1f} before, {result['load'][1]:.1f} after"
    )
    print(f"  {'page':45} {'n':>6} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'max ms':>8}")
    for key in sorted(lat):
        v = lat[key]
        print(
            f"  {key:45} {len(v):>6} {pct(v, 50):>8.1f} {pct(v, 95):>8.1f} "
            f"{pct(v, 99):>8.1f} {1000 * max(v):>8.1f}"
        )
    if result["errors"]:
        print("  first errors:", result["errors"][:5])


def run(backend: str, args: argparse.Namespace) -> None:
    """Build (or reuse) the database of `backend`, then load it."""
    from netra.core.config import Workspace
    from netra.core.db import Database
    from netra.users.service import set_hasher

    root = OUT / f"web-{backend}-{args.findings}-{args.cases}"
    root.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    with postgres(root) if backend == "postgres" else contextmanager(lambda: iter([""]))() as url:
        if url:
            env["NETRA_DATABASE_URL"] = url
            os.environ["NETRA_DATABASE_URL"] = url
        else:
            env.pop("NETRA_DATABASE_URL", None)
            os.environ.pop("NETRA_DATABASE_URL", None)
        db = Database(Workspace.at(root))
        have = counts(db)
        if have != (args.findings, args.cases):
            if have != (0, 0):
                raise SystemExit(f"{root} holds {have}; remove it to rebuild")
            print(f"{backend}: building {args.findings:,} findings and {args.cases:,} cases…")
            from argon2 import PasswordHasher

            set_hasher(PasswordHasher())
            build(
                db,
                findings=args.findings,
                cases=args.cases,
                employees=args.employees,
                agencies=args.agencies,
                seed=args.seed,
            )
        if args.build_only:
            db.dispose()
            return
        from netra.users.service import list_users
        from netra.web.service import compute_dashboard

        admin = next(u for u in list_users(db) if u.username == "admin")
        t = time.perf_counter()
        compute_dashboard(db, principal=admin)
        cold = time.perf_counter() - t
        db.dispose()
        print(f"{backend}: dashboard computed cold for the global scope in {cold * 1000:.0f} ms")
        with serve(root, env, args.workers) as base:
            # The first requests per role and worker fill the per-scope dashboard caches; they
            # are reported apart from the steady state (more users with more workers, so that
            # every worker gets some of them).
            warm = load(base, users=6 * args.workers, requests=36 * args.workers, seconds=120)
            report(f"{backend} warm-up (first requests, cold caches)", warm)
            result = load(base, users=args.users, requests=args.requests, seconds=args.seconds)
            report(f"{backend}: {args.users} concurrent users", result)


def main() -> None:
    """Command line."""
    p = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument("--backend", action="append", choices=("sqlite", "postgres"))
    p.add_argument("--findings", type=int, default=1_000_000)
    p.add_argument("--cases", type=int, default=100_000)
    p.add_argument("--employees", type=int, default=200_000)
    p.add_argument("--agencies", type=int, default=500)
    p.add_argument("--users", type=int, default=20)
    p.add_argument("--requests", type=int, default=3000, help="Requests in all (bound).")
    p.add_argument("--seconds", type=float, default=120, help="Time bound of the load phase.")
    p.add_argument("--workers", type=int, default=1, help="uvicorn worker processes.")
    p.add_argument("--seed", type=int, default=5)
    p.add_argument("--build-only", action="store_true", help="Build the databases, no load.")
    args = p.parse_args()
    for backend in args.backend or ["sqlite", "postgres"]:
        run(backend, args)


if __name__ == "__main__":
    main()
