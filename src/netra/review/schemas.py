"""Views of the review queue handed to routes and templates (plain data, no ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, Field

Decision = Literal["confirm", "dismiss", "escalate"]
STATUSES = ("open", "escalated", "confirmed", "dismissed")


@dataclass(frozen=True, slots=True)
class QueueFilters:
    """Filters of the queue page; None means any."""

    status: str | None = "open"
    category: str | None = None
    agency: str | None = None
    platform: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    mine: bool = False


@dataclass(frozen=True, slots=True)
class QueueRow:
    """One line of the queue."""

    id: int
    risk: float
    category: str
    severity: str
    rule_id: str
    nip: str | None
    employee: str | None
    agency_code: str | None
    platform: str
    account_key: str
    target_id: str | None
    n_findings: int
    latest_at: datetime
    status: str
    assignee: str | None
    due_at: datetime
    overdue: bool


@dataclass(frozen=True, slots=True)
class QueuePage:
    """A page of the queue: rows plus whether more follow."""

    rows: list[QueueRow]
    offset: int
    limit: int
    more: bool


@dataclass(frozen=True, slots=True)
class FindingView:
    """A finding with the event it came from (when the event files are readable)."""

    id: int
    finding_id: str
    rule_id: str
    category: str
    severity: str
    action: str
    platform: str
    account_handle: str | None
    occurred_at: datetime | None
    explanation: str
    evidence: dict[str, Any]
    citations: list[str]
    link_method: str | None
    link_probability: float | None
    status: str
    event: dict[str, Any] | None = None


@dataclass(frozen=True, slots=True)
class ItemDetail:
    """Everything the evidence viewer shows for one item."""

    row: QueueRow
    reason: str | None
    decided_by: str | None
    decided_at: datetime | None
    qc_state: str | None
    qc_note: str | None
    case_id: int | None
    employee: dict[str, Any] | None
    account: dict[str, Any] | None
    target: dict[str, Any] | None
    rule: dict[str, Any] | None
    findings: list[FindingView] = field(default_factory=list)
    notes: list[tuple[str, datetime, str]] = field(default_factory=list)


class DecisionIn(BaseModel):
    """API body: decide one or more items."""

    item_ids: list[int] = Field(min_length=1, max_length=500)
    decision: Decision
    reason: str = Field(min_length=3, max_length=4000)
