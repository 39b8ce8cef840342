"""Scoring findings against a synthetic bundle's truth files (precision, recall, F1)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson


@dataclass(slots=True)
class CategoryScore:
    """Counts and rates of one category."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    wrong_nip: int = 0  # right (category, event) but attributed to another employee
    missed_nip: int = 0  # right (category, event), truth names an employee, scan named nobody
    attributable: int = 0  # true positives whose truth names an employee
    attributed: int = 0  # ... of which the scan named that employee
    false_positives: list[str] = field(default_factory=list)
    false_negatives: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        """TP / (TP + FP)."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """TP / (TP + FN)."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def attribution_recall(self) -> float:
        """Share of true positives with a known employee that the scan attributed to them."""
        return self.attributed / self.attributable if self.attributable else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [orjson.loads(line) for line in path.read_bytes().splitlines() if line.strip()]


def score_findings(
    findings: list[dict[str, Any]], truth_dir: Path, categories: set[str] | None = None
) -> dict[str, CategoryScore]:
    """Match findings to expected findings by (category, event_id); also check the NIP."""
    expected = _read_jsonl(truth_dir / "expected_findings.jsonl")
    other = truth_dir / "expected_other.jsonl"  # hoax, leaks and the content categories
    if other.is_file():
        expected += _read_jsonl(other)
    cats = categories or {e["category"] for e in expected}
    want = {(e["category"], e["event_id"]): e for e in expected if e["category"] in cats}
    # Categories a planted text may rightly also fall in: findings there are not counted.
    tolerated = {(c, e["event_id"]) for e in expected for c in e.get("also", ())}
    got: dict[tuple[str, str], dict[str, Any]] = {}
    for f in findings:
        if f["category"] in cats:
            for event_id in f["event_ids"]:
                got[(f["category"], event_id)] = f
    scores: dict[str, CategoryScore] = defaultdict(CategoryScore)
    for key, exp in want.items():
        s = scores[key[0]]
        if key in got:
            s.tp += 1
            nip = got[key]["nip"]
            if exp["nip"] is not None:
                s.attributable += 1
                s.attributed += nip == exp["nip"]
            if nip != exp["nip"]:
                # Naming nobody is a missed attribution; naming someone else is an accusation.
                if nip is None:
                    s.missed_nip += 1
                else:
                    s.wrong_nip += 1
        else:
            s.fn += 1
            s.false_negatives.append(key[1])
    for key in got.keys() - want.keys() - tolerated:
        scores[key[0]].fp += 1
        scores[key[0]].false_positives.append(key[1])
    return dict(sorted(scores.items()))


def score_file(findings_path: Path, truth_dir: Path) -> dict[str, CategoryScore]:
    """Score a findings.jsonl file."""
    return score_findings(_read_jsonl(findings_path), truth_dir)
