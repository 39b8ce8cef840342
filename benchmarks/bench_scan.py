"""Benchmark `netra scan` against DuckDB just reading the same events.jsonl.

    .venv/bin/python benchmarks/bench_scan.py --employees 40000 --employees 400000

For each size: generate a synthetic bundle (cached under benchmarks/out/), then run, each in a
fresh process, DuckDB reading events.jsonl into a table (baseline), `netra scan`, and the
baseline again. Reports events/second, the ratio scan / baseline (best baseline of the two), and
the peak resident memory of the scan process. Machines here are shared and noisy, so the ratio
(same run, same machine) is the figure to compare, not seconds.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
ROOT = HERE.parent
BIN = Path(sys.executable).parent

BASELINE = """
import duckdb, sys
con = duckdb.connect()
con.execute("CREATE TABLE t AS SELECT * FROM read_json(?, format='newline_delimited', "
            "ignore_errors=true)", [sys.argv[1]])
"""

LAUNCHER = """
import resource, subprocess, sys, time
t = time.perf_counter()
code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode
elapsed = time.perf_counter() - t
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(f"{elapsed} {rss} {code}")
"""


def measure(cmd: list[str]) -> tuple[float, int]:
    """Wall seconds and peak RSS (KiB) of `cmd` run in a fresh process."""
    res = subprocess.run(
        [sys.executable, "-c", LAUNCHER, *cmd], capture_output=True, text=True, check=True
    )
    elapsed, rss, code = res.stdout.split()
    if code != "0":
        raise SystemExit(f"command failed ({code}): {' '.join(cmd)}\n{res.stderr}")
    return float(elapsed), int(rss)


def generator_fingerprint(per_employee: float) -> str:
    """Hash of the generator's sources and options: a cached bundle of another is stale."""
    digest = hashlib.sha256(str(per_employee).encode())
    for src in sorted((ROOT / "src" / "netra" / "synth").rglob("*")):
        if src.is_file() and src.suffix in (".py", ".json", ".yaml", ".txt"):
            digest.update(src.name.encode() + src.read_bytes())
    return digest.hexdigest()[:16]


def bundle_for(employees: int, seed: int, per_employee: float) -> Path:
    """The cached synthetic bundle of this size (made again when the generator changed)."""
    path = OUT / f"bundle-{employees}-{seed}"
    stamp = path / ".generator"
    fingerprint = generator_fingerprint(per_employee)
    fresh = stamp.exists() and stamp.read_text() == fingerprint
    if not fresh or not (path / "events.jsonl").exists():
        shutil.rmtree(path, ignore_errors=True)
        t = time.perf_counter()
        subprocess.run(
            [
                str(BIN / "netra"),
                "synth",
                str(path),
                "--employees",
                str(employees),
                "--seed",
                str(seed),
                "--events-per-employee",
                str(per_employee),
            ],
            check=True,
        )
        stamp.write_text(fingerprint)
        print(f"  generated {path.name} in {time.perf_counter() - t:.1f}s", file=sys.stderr)
    return path


def run(employees: int, seed: int, per_employee: float) -> dict[str, object]:
    """Measure one bundle size."""
    bundle = bundle_for(employees, seed, per_employee)
    events = bundle / "events.jsonl"
    lines = sum(1 for _ in events.open("rb"))
    base1, _ = measure([sys.executable, "-c", BASELINE, str(events)])
    ws = OUT / f"ws-{employees}"
    shutil.rmtree(ws, ignore_errors=True)
    scan_s, scan_rss = measure(
        [
            str(BIN / "netra"),
            "scan",
            str(bundle),
            "--out",
            str(OUT / f"findings-{employees}.jsonl"),
            "--workspace",
            str(ws),
            "--quiet",
        ]
    )
    base2, _ = measure([sys.executable, "-c", BASELINE, str(events)])
    baseline = min(base1, base2)
    shutil.rmtree(ws, ignore_errors=True)
    return {
        "employees": employees,
        "events": lines,
        "events_mb": round(events.stat().st_size / 1e6, 1),
        "duckdb_read_s": round(baseline, 2),
        "scan_s": round(scan_s, 2),
        "events_per_s": round(lines / scan_s),
        "ratio": round(scan_s / baseline, 2),
        "scan_peak_rss_mb": round(scan_rss / 1024),
    }


def main() -> None:
    """Parse arguments, run every size, print a Markdown table and JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--employees", type=int, action="append")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--events-per-employee", type=float, default=8.75)
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    results = [run(n, args.seed, args.events_per_employee) for n in args.employees or [40000]]
    print("| employees | events | MB | DuckDB read s | scan s | events/s | ratio | peak RSS MB |")
    print("|---|---|---|---|---|---|---|---|")
    for r in results:
        print(
            f"| {r['employees']:,} | {r['events']:,} | {r['events_mb']} | {r['duckdb_read_s']} "
            f"| {r['scan_s']} | {r['events_per_s']:,} | {r['ratio']} | {r['scan_peak_rss_mb']} |"
        )
    print(json.dumps(results))


if __name__ == "__main__":
    main()
