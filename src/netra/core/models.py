"""Imports every domain's models so that metadata (and Alembic) sees all tables."""

from netra.accounts.models import Account
from netra.audit.models import AuditEntry
from netra.detect.models import Finding
from netra.ingest.models import EventFile, ImportRun
from netra.roster.models import Agency, Employee
from netra.targets.models import (
    Claim,
    Document,
    Election,
    ElectionStage,
    Keyword,
    Target,
    TargetAccount,
)

__all__ = [
    "Account",
    "Agency",
    "AuditEntry",
    "Claim",
    "Document",
    "Election",
    "ElectionStage",
    "Employee",
    "EventFile",
    "Finding",
    "ImportRun",
    "Keyword",
    "Target",
    "TargetAccount",
]
