"""Imports every domain's models so that metadata (and Alembic) sees all tables."""

from netra.accounts.models import Account
from netra.audit.models import AuditEntry
from netra.cases.models import Case, CaseEvent, Clarification
from netra.complaints.models import Complaint
from netra.detect.models import Finding
from netra.ingest.models import EventFile, ImportRun
from netra.linkage.models import LinkDecision
from netra.review.models import ReviewItem, ReviewItemFinding, ReviewNote
from netra.roster.models import Agency, Employee
from netra.selfservice.models import PermissionRequest
from netra.targets.models import (
    Claim,
    Document,
    Election,
    ElectionStage,
    Keyword,
    Target,
    TargetAccount,
)
from netra.users.models import ApiToken, User, UserCredential, WebSession

__all__ = [
    "Account",
    "Agency",
    "ApiToken",
    "AuditEntry",
    "Case",
    "CaseEvent",
    "Claim",
    "Clarification",
    "Complaint",
    "Document",
    "Election",
    "ElectionStage",
    "Employee",
    "EventFile",
    "Finding",
    "ImportRun",
    "Keyword",
    "LinkDecision",
    "PermissionRequest",
    "ReviewItem",
    "ReviewItemFinding",
    "ReviewNote",
    "Target",
    "TargetAccount",
    "User",
    "UserCredential",
    "WebSession",
]
