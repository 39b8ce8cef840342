"""Score `political.campaign` on texts written independently of Netra (campaign_probe_texts.py).

    .venv/bin/python benchmarks/campaign_probe.py [--show]

Builds a bundle in a temporary folder: one declared employee account posting every text on x
(inside the 2024 presidential window, or outside it for label O), with the elections, targets
and keywords of a `netra synth` bundle (the three pairs, their teams and volunteers, the
parties); scans it and prints precision and recall over the clear cases (C against N), what
happened to the ambiguous ones (A) and to campaign posted outside the window (O). `--show`
lists the misses and false alarms.
"""

from __future__ import annotations

import argparse
import csv
import random
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import orjson

sys.path.insert(0, str(Path(__file__).parent))
from campaign_probe_texts import T

BIN = Path(sys.executable).parent
NIP = "198503122010011002"
KEEP = ("CAPRES", "TIM-0", "REL-", "BUZ-02", "PARTAI")


def _copy(src: Path, dst: Path, keep: Callable[[dict[str, str]], bool]) -> None:
    rows = list(csv.DictReader(src.open(encoding="utf-8")))
    with dst.open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(r for r in rows if keep(r))


def build(root: Path) -> dict[str, tuple[str, str, str, str]]:
    """Write the bundle to `root`; return event_id -> (label, group, target, text)."""
    ref = root / "ref"
    subprocess.run(
        [str(BIN / "netra"), "synth", str(ref), "--employees", "50", "--seed", "1"],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    b = root / "bundle"
    b.mkdir()
    (b / "bundle.yaml").write_text(
        "format: netra-bundle/1\nname: campaign probe\npolicy: id\ntimezone: Asia/Jakarta\n"
    )
    (b / "agencies.csv").write_text(
        "code,name,parent_code,region_code\nPROV-31,Pemerintah Provinsi DKI Jakarta,,31\n"
    )
    (b / "roster.csv").write_text(
        "nip,name,agency_code,unit,position,employment_type,region_code,status\n"
        f'{NIP},"Budi Santoso, S.Kom.",PROV-31,Diskominfotik,Pranata Komputer,PNS,31,active\n'
    )
    (b / "accounts.csv").write_text(
        "nip,platform,handle,user_id,display_name,declared_at,approved\n"
        f"{NIP},x,budi_s,99001,Budi Santoso,2023-01-10,true\n"
    )
    _copy(ref / "elections.csv", b / "elections.csv", lambda r: r["election_id"] == "pilpres2024")
    _copy(
        ref / "targets.csv",
        b / "targets.csv",
        lambda r: r["target_id"].startswith(KEEP) and r["kind"] != "buzzer",
    )
    _copy(ref / "keywords.csv", b / "keywords.csv", lambda r: r["target_id"].startswith(KEEP))
    rnd = random.Random(7)
    start = datetime(2023, 12, 1, 6, 0)
    span = (datetime(2024, 2, 10, 22, 0) - start).total_seconds()
    outside = [datetime(2023, 6, 1, 9), datetime(2024, 6, 15, 9), datetime(2024, 7, 1, 20)]
    labels: dict[str, tuple[str, str, str, str]] = {}
    with (b / "events.jsonl").open("wb") as fh:
        for i, (label, group, target, text) in enumerate(T):
            when = (
                outside[i % 3] if label == "O" else start + timedelta(seconds=rnd.random() * span)
            )
            event_id = f"x:{1750000000000000000 + i}:post:99001"
            event = {
                "event_id": event_id,
                "platform": "x",
                "action": "post",
                "occurred_at": when.strftime("%Y-%m-%dT%H:%M:%S") + "+07:00",
                "actor": {"user_id": "99001", "handle": "budi_s", "display_name": "Budi Santoso"},
                "target": None,
                "text": text,
                "media": [],
                "source": "probe",
            }
            fh.write(orjson.dumps(event) + b"\n")
            labels[event_id] = (label, group, target, text)
    return labels


def main() -> None:
    """Build, scan, score."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="list misses and false alarms")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="netra-campaign-probe-") as tmp:
        root = Path(tmp)
        labels = build(root)
        out = root / "findings.jsonl"
        subprocess.run(
            [
                str(BIN / "netra"),
                "scan",
                str(root / "bundle"),
                "--out",
                str(out),
                "--workspace",
                str(root / "ws"),
                "--quiet",
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        hit = {
            f["event_ids"][0]
            for f in map(orjson.loads, out.read_bytes().splitlines())
            if f["category"] == "political.campaign"
        }
    counts: Counter[tuple[str, bool]] = Counter()
    for event_id, (label, group, _target, text) in labels.items():
        found = event_id in hit
        counts[(label, found)] += 1
        if args.show and ((label == "C" and not found) or (label == "N" and found)):
            print(f"{'missed' if label == 'C' else 'false alarm'} [{group}] {text}")
    tp, fn, fp = counts[("C", True)], counts[("C", False)], counts[("N", True)]
    print(
        f"clear cases: {tp} found, {fn} missed, {fp} false alarms, "
        f"{counts[('N', False)]} negatives passed; precision {tp / max(tp + fp, 1):.3f}, "
        f"recall {tp / max(tp + fn, 1):.3f}"
    )
    print(
        f"ambiguous flagged {counts[('A', True)]} of {counts[('A', True)] + counts[('A', False)]};"
        f" outside the window flagged {counts[('O', True)]} of "
        f"{counts[('O', True)] + counts[('O', False)]}"
    )


if __name__ == "__main__":
    main()
