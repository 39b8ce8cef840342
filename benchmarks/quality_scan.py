"""Score `netra scan` findings against synthetic truth over several seeds.

    .venv/bin/python benchmarks/quality_scan.py --employees 5000 --seeds 1 2 3

Prints precision, recall and F1 per category, and how many findings named the wrong employee.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

from netra.synth.generator import generate_bundle
from netra.synth.score import score_file

BIN = Path(sys.executable).parent


def main() -> None:
    """Generate, scan and score each seed; print one Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--employees", type=int, default=5000)
    parser.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3])
    args = parser.parse_args()
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for seed in args.seeds:
        tmp = Path(tempfile.mkdtemp(prefix="netra-quality-"))
        try:
            bundle = tmp / "bundle"
            generate_bundle(bundle, employees=args.employees, seed=seed)
            out = tmp / "findings.jsonl"
            subprocess.run(
                [
                    str(BIN / "netra"),
                    "scan",
                    str(bundle),
                    "--out",
                    str(out),
                    "--workspace",
                    str(tmp / "ws"),
                    "--quiet",
                ],
                check=True,
                stdout=subprocess.DEVNULL,
            )
            for category, s in score_file(out, bundle / "truth").items():
                t = totals[category]
                t[0] += s.tp
                t[1] += s.fp
                t[2] += s.fn
                t[3] += s.wrong_nip
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    print(f"employees {args.employees}, seeds {args.seeds}")
    print("| category | TP | FP | FN | precision | recall | F1 | wrong employee |")
    print("|---|---|---|---|---|---|---|---|")
    for category, (tp, fp, fn, wrong) in sorted(totals.items()):
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f"| {category} | {tp} | {fp} | {fn} | {p:.4f} | {r:.4f} | {f1:.4f} | {wrong} |")


if __name__ == "__main__":
    main()
