"""Detector plugins: each rule names a detector that implements its condition.

Detectors are found through the `netra.detectors` entry points; the built-ins register the same
way (pyproject.toml), so a third-party package can add a detector without touching Netra.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib.metadata import entry_points
from typing import TYPE_CHECKING, Any, Protocol

from pydantic import BaseModel

from netra.core.errors import RuleFileError

if TYPE_CHECKING:
    from netra.detect.context import DetectContext
    from netra.rules.loader import LoadedRule

GROUP = "netra.detectors"


@dataclass(slots=True)
class Draft:
    """A rule matched an event: what the finding needs beyond the event and its link."""

    rule_id: str
    event_id: str
    target_id: str | None
    severity: str
    explanation: str
    evidence: dict[str, Any] = field(default_factory=dict)


class Detector(Protocol):
    """A detector plugin."""

    name: str
    label: str
    condition_model: type[BaseModel]

    def run(self, ctx: DetectContext, rules: list[LoadedRule]) -> list[Draft]:
        """Apply every given rule (all naming this detector) to the context's events."""
        ...


@cache
def detectors() -> dict[str, Detector]:
    """Every installed detector by name."""
    found: dict[str, Detector] = {}
    for ep in entry_points(group=GROUP):
        cls = ep.load()
        found[ep.name] = cls()
    return found


def validate_condition(loaded: LoadedRule) -> BaseModel:
    """Check the rule's detector exists and its condition fits that detector's schema."""
    from netra.rules.loader import validate_model

    rule = loaded.rule
    plugin = detectors().get(rule.detector)
    if plugin is None:
        known = ", ".join(sorted(detectors())) or "none"
        raise RuleFileError(
            f"{loaded.where('detector')}: unknown detector {rule.detector!r} (known: {known})"
        )
    return validate_model(
        plugin.condition_model, rule.condition, loaded.lines, loaded.path, ("condition",)
    )
