"""How often the linkage model's best candidate is right, by probability, on synthetic truth.

    .venv/bin/python benchmarks/linkage_calibration.py WS1:BUNDLE1/truth WS2:BUNDLE2/truth ...

Each workspace is one `netra scan` of a `netra synth` bundle. The model runs on every
undeclared account of the workspace without writing anything (`propose_links(write=False)`);
each account's best candidate is joined with `truth/links.jsonl` by (platform, user_id), else
(platform, handle). Prints, pooled over the workspaces: the fraction right per probability bin
for corroborated and name-only best candidates, and where the true links end up (linked,
below the threshold, name only, no candidate, another best candidate).
"""

from __future__ import annotations

import argparse
from collections import Counter
from itertools import pairwise
from pathlib import Path
from typing import Any

import orjson

from netra.core.config import Workspace
from netra.core.db import Database
from netra.linkage.service import LinkRow, propose_links

BINS = [0.0, 0.01, 0.1, 0.3, 0.5, 0.7, 0.9, 0.97, 0.99, 1.0001]


def _truth(folder: Path) -> tuple[dict[tuple[str, str], Any], dict[tuple[str, str], Any]]:
    rows = [orjson.loads(x) for x in (folder / "links.jsonl").read_bytes().splitlines() if x]
    by_uid = {(t["platform"], t["user_id"]): t for t in rows if t["user_id"]}
    by_handle = {(t["platform"], (t["handle"] or "").lower()): t for t in rows if t["handle"]}
    return by_uid, by_handle


def main() -> None:
    """Run the model on each workspace and print the pooled calibration and recall table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pairs", nargs="+", help="WORKSPACE:TRUTH_FOLDER")
    args = parser.parse_args()
    joined: list[tuple[LinkRow, dict[str, Any] | None]] = []
    for pair in args.pairs:
        ws, _, truth = pair.partition(":")
        by_uid, by_handle = _truth(Path(truth))
        db = Database(Workspace.at(Path(ws)))
        try:
            report = propose_links(db, write=False)
        finally:
            db.dispose()
        for r in report.rows:
            t = (
                by_uid.get((r.platform, r.user_id))
                if r.user_id
                else by_handle.get((r.platform, (r.handle or "").lower()))
            )
            joined.append((r, t))
    print("| best candidate | probability | n | mean probability | right |")
    print("|---|---|---|---|---|")
    for corroborated in (True, False):
        kind = "corroborated" if corroborated else "name only"
        for lo, hi in pairwise(BINS):
            sel = [
                (r, t)
                for r, t in joined
                if r.nip and t and r.corroborated == corroborated and lo <= r.probability < hi
            ]
            if not sel:
                continue
            right = sum(t["nip"] == r.nip for r, t in sel if t) / len(sel)
            mean = sum(r.probability for r, _ in sel) / len(sel)
            print(f"| {kind} | {lo:.2f}–{min(hi, 1):.2f} | {len(sel)} | {mean:.3f} | {right:.3f} |")
    fate: Counter[tuple[str, str]] = Counter()
    for r, t in joined:
        if not t or not t["nip"]:
            continue
        verdict = "right" if r.nip == t["nip"] else ("-" if r.nip is None else "other best")
        fate[(r.status, verdict)] += 1
    total = sum(fate.values())
    print(f"\ntrue links among undeclared accounts: {total}")
    for (status, verdict), n in fate.most_common():
        print(f"  {status} / {verdict}: {n} ({n / total:.3f})")


if __name__ == "__main__":
    main()
