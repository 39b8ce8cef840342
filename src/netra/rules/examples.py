"""Running the examples of every rule: each pack's examples go through the real pipeline."""

from __future__ import annotations

import csv
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
import yaml

from netra.core.errors import RuleFileError
from netra.ingest.schemas import COLUMNS
from netra.rules.loader import Pack

WORLD_FILES = {
    "agencies": "agencies.csv",
    "roster": "roster.csv",
    "accounts": "accounts.csv",
    "elections": "elections.csv",
    "targets": "targets.csv",
    "keywords": "keywords.csv",
    "claims": "claims.csv",
}


@dataclass(frozen=True, slots=True)
class ExampleOutcome:
    """One example's result."""

    rule_id: str
    where: str  # file:line of the example
    note: str
    expect_match: bool
    passed: bool
    detail: str


def example_event_id(rule_id: str, kind: str, index: int) -> str:
    """The event_id an example gets inside the example bundle."""
    return f"example:{rule_id}:{kind}:{index}"


def _actor(value: Any, world: dict[str, Any]) -> dict[str, Any]:
    if isinstance(value, dict):
        return value
    for acc in world.get("accounts", []):
        if value in (acc.get("handle"), acc.get("user_id")):
            actor = {"handle": acc.get("handle") or None, "user_id": acc.get("user_id") or None}
            return {k: v for k, v in actor.items() if v}
    return {"handle": str(value)}


def build_example_bundle(pack: Pack, folder: Path) -> dict[str, tuple[str, str, bool, Any]]:
    """Write a bundle of the pack's world plus every example event; map event_id → example."""
    world = pack.world
    header = world.get("bundle") or {
        "format": "netra-bundle/1",
        "name": pack.name,
        "policy": pack.name,
        "timezone": "Asia/Jakarta",
    }
    (folder / "bundle.yaml").write_text(yaml.safe_dump(header), encoding="utf-8")
    for key, name in WORLD_FILES.items():
        columns = COLUMNS[name]
        with (folder / name).open("w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow(columns)
            for row in world.get(key, []):
                writer.writerow(["" if row.get(c) is None else row.get(c) for c in columns])
    docs = folder / "documents"
    docs.mkdir(exist_ok=True)
    for doc_id, text in (world.get("documents") or {}).items():
        (docs / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    index: dict[str, tuple[str, str, bool, Any]] = {}
    with (folder / "events.jsonl").open("wb") as fh:
        for loaded in pack.rules:
            for kind, examples in (
                ("match", loaded.rule.examples.match),
                ("no_match", loaded.rule.examples.no_match),
            ):
                for i, example in enumerate(examples):
                    event = dict(example.event)
                    event_id = example_event_id(loaded.rule.id, kind, i)
                    event["event_id"] = event_id
                    event.setdefault("platform", "x")
                    event["actor"] = _actor(event.get("actor"), world)
                    event.setdefault("source", "rule-example")
                    fh.write(orjson.dumps(event) + b"\n")
                    index[event_id] = (
                        loaded.rule.id,
                        loaded.where("examples", kind, i),
                        kind == "match",
                        example,
                    )
    return index


def run_examples(pack: Pack) -> list[ExampleOutcome]:
    """Scan the pack's example bundle and check every example against the findings."""
    from netra.core.config import Workspace
    from netra.core.db import Database
    from netra.detect.service import detect
    from netra.ingest.service import import_bundle

    with tempfile.TemporaryDirectory(prefix="netra-examples-") as tmp:
        folder = Path(tmp) / "bundle"
        folder.mkdir()
        index = build_example_bundle(pack, folder)
        db = Database(Workspace.at(Path(tmp) / "ws"))
        try:
            summary = import_bundle(db, folder, actor="rules-check")
            if summary.rejected:
                lines = (Path(tmp) / "ws" / "rejected.jsonl").read_text(encoding="utf-8")
                raise RuleFileError(
                    f"{pack.root}:1: the examples or the world of pack {pack.name} do not form "
                    f"a valid bundle:\n{lines}"
                )
            result = detect(
                db,
                policy=pack.name,
                timezone=summary.header.timezone,
                pack=pack,
                actor="rules-check",
            )
        finally:
            db.dispose()
    found = {(f["rule_id"], f["event_ids"][0]): f for f in result.findings}
    outcomes = []
    for event_id, (rule_id, where, expect, example) in index.items():
        finding = found.get((rule_id, event_id))
        passed = (finding is not None) == expect
        detail = "ok"
        if passed and finding is not None:
            if example.target_id is not None and finding["target_id"] != example.target_id:
                passed, detail = (
                    False,
                    (f"target_id {finding['target_id']!r}, expected {example.target_id!r}"),
                )
            elif example.severity is not None and finding["severity"] != example.severity:
                passed, detail = (
                    False,
                    (f"severity {finding['severity']!r}, expected {example.severity!r}"),
                )
        elif not passed:
            detail = (
                "no finding, expected one"
                if expect
                else (f"unexpected finding: {finding['explanation'] if finding else ''}")
            )
        outcomes.append(
            ExampleOutcome(
                rule_id=rule_id,
                where=where,
                note=example.note,
                expect_match=expect,
                passed=passed,
                detail=detail,
            )
        )
    return outcomes
