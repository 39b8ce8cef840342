"""Who is asking: the signed-in principal, its role's permissions and its data scope."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import ColumnElement, and_, false, or_, true

Role = Literal["admin", "analyst", "ppk", "auditor", "employee"]
ROLES: tuple[str, ...] = ("admin", "analyst", "ppk", "auditor", "employee")

# Permission -> roles holding it. Scope (which rows) is checked separately, on every query.
PERMISSIONS: dict[str, frozenset[str]] = {
    "dashboard.read": frozenset({"admin", "analyst", "ppk", "auditor"}),
    "queue.read": frozenset({"admin", "analyst", "auditor"}),
    "queue.write": frozenset({"admin", "analyst"}),
    "findings.read": frozenset({"admin", "analyst", "ppk", "auditor"}),
    "cases.read": frozenset({"admin", "analyst", "ppk", "auditor"}),
    "cases.write": frozenset({"admin", "analyst"}),
    "cases.decide": frozenset({"admin", "ppk"}),
    "cases.close": frozenset({"admin", "analyst", "ppk"}),
    "watchlist.read": frozenset({"admin", "analyst", "auditor"}),
    "watchlist.write": frozenset({"admin", "analyst"}),
    "complaints.read": frozenset({"admin", "analyst", "auditor"}),
    "complaints.write": frozenset({"admin", "analyst"}),
    "complaints.reporter": frozenset({"admin"}),
    "permissions.read": frozenset({"admin", "analyst", "ppk", "auditor"}),
    "permissions.decide": frozenset({"admin", "ppk"}),
    "users.manage": frozenset({"admin"}),
    "audit.read": frozenset({"admin", "auditor"}),
    "self.service": frozenset({"employee"}),
}


@dataclass(frozen=True, slots=True)
class Principal:
    """A signed-in user as the services see it (no ORM object leaves a session)."""

    id: int
    username: str
    display_name: str
    role: str
    agencies: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    nip: str | None = None

    @property
    def actor(self) -> str:
        """The name written to the audit log."""
        return f"user:{self.username}"

    @property
    def is_global(self) -> bool:
        """True when the principal sees every agency."""
        if self.role == "admin":
            return True
        return self.role == "auditor" and not self.agencies and not self.regions

    def can(self, permission: str) -> bool:
        """Whether the role holds `permission`."""
        return self.role in PERMISSIONS.get(permission, frozenset())

    def sees(self, agency_code: str | None, region_code: str | None) -> bool:
        """Whether a row of this agency and region is inside the scope."""
        if self.is_global:
            return True
        if agency_code is not None and agency_code in self.agencies:
            return True
        if region_code:
            return any(region_code == r or region_code.startswith(r + ".") for r in self.regions)
        return False

    def clause(self, agency_col: Any, region_col: Any | None = None) -> ColumnElement[bool]:
        """SQL condition that keeps only rows inside the scope."""
        if self.is_global:
            return true()
        parts: list[ColumnElement[bool]] = []
        if self.agencies:
            parts.append(agency_col.in_(self.agencies))
        if region_col is not None:
            for r in self.regions:
                # "r" or "r.…": a range ('/' follows '.') so an index on the region can serve it.
                parts.append(region_col == r)
                parts.append(and_(region_col > f"{r}.", region_col < f"{r}/"))
        return or_(*parts) if parts else false()


SYSTEM = Principal(id=0, username="system", display_name="System", role="admin")
