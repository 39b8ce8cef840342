"""Case views and API bodies."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, Field

STATES = (
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
# Sanction tiers, mildest first; Indonesia (PP 94/2021 + code of ethics) and Pakistan (E&D 2020).
TIER_RANK = {
    "none": 0,
    "moral": 1,
    "ringan": 2,
    "minor": 2,
    "sedang": 3,
    "berat": 4,
    "major": 4,
    "pemberhentian": 5,
}
TIERS = tuple(TIER_RANK)


@dataclass(frozen=True, slots=True)
class CaseRow:
    """One line of the case list."""

    id: int
    number: str
    nip: str
    employee: str | None
    agency_code: str | None
    state: str
    opened_at: datetime
    due_at: datetime | None
    due_kind: str | None
    overdue: bool
    proposed_tier: str | None
    decision_tier: str | None


@dataclass(frozen=True, slots=True)
class CaseDetail:
    """A case page: the case, its employee, items, history and clarifications."""

    row: CaseRow
    case: dict[str, Any]
    employee: dict[str, Any] | None
    items: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    clarifications: list[dict[str, Any]] = field(default_factory=list)
    complaints: list[dict[str, Any]] = field(default_factory=list)
    actions: list[str] = field(default_factory=list)


class ClarificationIn(BaseModel):
    """API body: ask the employee a question."""

    question: str = Field(min_length=5, max_length=4000)


class RecommendIn(BaseModel):
    """API body: the recommended sanction tier."""

    tier: str
    note: str = Field(min_length=3, max_length=4000)


class DecisionIn(BaseModel):
    """API body: the PPK's decision."""

    tier: str
    decree_number: str = Field(min_length=1, max_length=100)
    decree_date: date
    note: str = ""


class NoteIn(BaseModel):
    """API body: a note for a transition (appeal, closing)."""

    note: str = Field(min_length=3, max_length=4000)
