"""Validation of the CSV records of a bundle: each function returns clean values or raises."""

from __future__ import annotations

import re
from collections.abc import Set
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from netra.ingest.bundle import REGION_CODE, RowError
from netra.ingest.schemas import (
    COLUMNS,
    CONTESTS,
    EMPLOYEE_STATUSES,
    EMPLOYMENT_TYPES,
    PLATFORMS,
    STAGES,
    TARGET_KINDS,
    VERDICTS,
)
from netra.roster.nip import NipCheck, NipError

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ROSTER_COLUMNS = COLUMNS["roster.csv"]
ACCOUNT_COLUMNS = COLUMNS["accounts.csv"]


def opt(cells: dict[str, str], key: str) -> str | None:
    """The cell's value, or None when empty or absent ("not known")."""
    value = cells.get(key, "")
    return value or None


def need(cells: dict[str, str], key: str) -> str:
    """The cell's value; an empty required cell rejects the row."""
    value = cells.get(key, "")
    if not value:
        raise RowError(f"{key} is empty")
    return value


def one_of(value: str | None, allowed: frozenset[str], key: str) -> str:
    """Check that `value` is one of the allowed words."""
    if value is None or value not in allowed:
        raise _not_one_of(value, allowed, key)
    return value


def _not_one_of(value: str | None, allowed: frozenset[str], key: str) -> RowError:
    return RowError(f"{key} must be one of {', '.join(sorted(allowed))}, got {value!r}")


def parse_date(value: str, key: str) -> date:
    """A YYYY-MM-DD date."""
    if not _DATE.match(value):
        raise RowError(f"{key} must be a date YYYY-MM-DD, got {value!r}")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise RowError(f"{key} is not a calendar date: {value!r}") from None


def parse_timestamp(value: str, key: str, tz: ZoneInfo) -> datetime:
    """An ISO 8601 date or timestamp; one without an offset is read in the bundle timezone."""
    if _DATE.match(value):
        return datetime.combine(parse_date(value, key), datetime.min.time(), tzinfo=tz)
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise RowError(f"{key} must be an ISO 8601 timestamp, got {value!r}") from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=tz)


def region_code(cells: dict[str, str]) -> str | None:
    """A Kemendagri region code (31, 31.71, 31.71.01, 31.71.01.1001) or None."""
    return _region(cells.get("region_code", ""))


def _region(value: str) -> str | None:
    if not value:
        return None
    if not REGION_CODE.match(value):
        raise RowError(f"region_code must be a Kemendagri code like 31 or 31.71, got {value!r}")
    return value


def norm_handle(handle: str | None) -> str | None:
    """Handles compare without '@' and case."""
    if handle is None:
        return None
    value = handle.strip().lstrip("@").strip().lower()
    return value or None


def agency(cells: dict[str, str]) -> dict[str, Any]:
    """A row of agencies.csv."""
    return {
        "code": need(cells, "code"),
        "name": need(cells, "name"),
        "parent_code": opt(cells, "parent_code"),
        "region_code": region_code(cells),
    }


def employee(cells: dict[str, str], agencies: Set[str]) -> dict[str, Any]:
    """A row of roster.csv."""
    return employee_values(tuple(cells.get(k, "") for k in ROSTER_COLUMNS), agencies)


def employee_values(
    values: tuple[str, ...], agencies: Set[str], *, nip_check: NipCheck | None = None
) -> dict[str, Any]:
    """A row of roster.csv as its stripped cells in ROSTER_COLUMNS order (absent ones empty)."""
    # Positional cells instead of a dict per row: a bundle can hold 400,000 employees. The
    # checks run in the order that decides which reason a row with several faults is given.
    nip, name, code, unit, position, employment_type, region, status = values
    employment_type = employment_type or "PNS"
    if employment_type not in EMPLOYMENT_TYPES:
        raise _not_one_of(employment_type, EMPLOYMENT_TYPES, "employment_type")
    if not nip:
        raise RowError("nip is empty")
    try:
        nip = (nip_check or NipCheck())(nip, employment_type)
    except NipError as exc:
        raise RowError(str(exc)) from None
    if not code:
        raise RowError("agency_code is empty")
    if code not in agencies:
        raise RowError(f"agency_code {code!r} is not in agencies.csv")
    if not name:
        raise RowError("name is empty")
    region_value = _region(region)
    status = status or "active"
    if status not in EMPLOYEE_STATUSES:
        raise _not_one_of(status, EMPLOYEE_STATUSES, "status")
    return {
        "nip": nip,
        "name": name,
        "agency_code": code,
        "unit": unit or None,
        "position": position or None,
        "employment_type": employment_type,
        "region_code": region_value,
        "status": status,
    }


def account(cells: dict[str, str], nips: Set[str], tz: ZoneInfo) -> dict[str, Any]:
    """A row of accounts.csv: a declared account."""
    return account_values(tuple(cells.get(k, "") for k in ACCOUNT_COLUMNS), nips, tz)


def account_values(
    values: tuple[str, ...],
    nips: Set[str],
    tz: ZoneInfo,
    stamps: dict[str, datetime] | None = None,
) -> dict[str, Any]:
    """A row of accounts.csv as its stripped cells in ACCOUNT_COLUMNS order (absent ones empty)."""
    # `stamps` keeps parsed declared_at values: a roster declares its accounts on few dates.
    nip, platform, handle, user_id, display_name, declared, approved = values
    if not nip:
        raise RowError("nip is empty")
    if nip not in nips:
        raise RowError(f"nip {nip} is not in roster.csv")
    if platform not in PLATFORMS:
        raise _not_one_of(platform or None, PLATFORMS, "platform")
    user_id_value, handle_value = user_id or None, norm_handle(handle or None)
    if user_id_value is None and handle_value is None:
        raise RowError("an account needs a user_id or a handle")
    approved_raw = approved.lower()
    if approved_raw not in ("", "true", "false"):
        raise RowError(f"approved must be true, false or empty, got {approved!r}")
    declared_at = None
    if declared:
        declared_at = stamps.get(declared) if stamps is not None else None
        if declared_at is None:
            declared_at = parse_timestamp(declared, "declared_at", tz)
            if stamps is not None:
                stamps[declared] = declared_at
    return {
        "platform": platform,
        "user_id": user_id_value,
        "handle": handle_value,
        "display_name": display_name or None,
        "nip": nip,
        "link_method": "declared",
        "link_probability": 1.0,
        "declared_at": declared_at,
        "approved": None if approved_raw == "" else approved_raw == "true",
    }


def election_stage(cells: dict[str, str]) -> tuple[dict[str, Any], dict[str, Any]]:
    """A row of elections.csv: (election, stage)."""
    starts = parse_date(need(cells, "starts_on"), "starts_on")
    ends = parse_date(need(cells, "ends_on"), "ends_on")
    if starts > ends:
        raise RowError(f"starts_on {starts} is after ends_on {ends}")
    election_id = need(cells, "election_id")
    election = {
        "election_id": election_id,
        "name": opt(cells, "name") or election_id,
        "contest": one_of(opt(cells, "contest") or "other", CONTESTS, "contest"),
        "region_code": region_code(cells),
    }
    stage = {
        "election_id": election_id,
        "stage": one_of(opt(cells, "stage"), STAGES, "stage"),
        "starts_on": starts,
        "ends_on": ends,
    }
    return election, stage


def target(
    cells: dict[str, str], elections: set[str]
) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """A row of targets.csv: (target, its account or None)."""
    election_id = opt(cells, "election_id")
    if election_id is not None and election_id not in elections:
        raise RowError(f"election_id {election_id!r} is not in elections.csv")
    kind = one_of(opt(cells, "kind"), TARGET_KINDS, "kind")
    record = {
        "target_id": need(cells, "target_id"),
        "name": need(cells, "name"),
        "kind": kind,
        "election_id": election_id,
        "ballot_number": opt(cells, "ballot_number"),
        "party": opt(cells, "party"),
    }
    platform = opt(cells, "platform")
    user_id, handle = opt(cells, "user_id"), norm_handle(opt(cells, "handle"))
    if platform is None:
        if user_id or handle:
            raise RowError("an account (handle or user_id) needs a platform")
        return record, None
    platform = one_of(platform, PLATFORMS, "platform")
    if user_id is None and handle is None:
        raise RowError("a target account needs a user_id or a handle")
    return record, {
        "target_id": record["target_id"],
        "platform": platform,
        "user_id": user_id,
        "handle": handle,
    }


def keyword(cells: dict[str, str], targets: set[str]) -> dict[str, Any]:
    """A row of keywords.csv."""
    target_id = need(cells, "target_id")
    if target_id not in targets:
        raise RowError(f"target_id {target_id!r} is not in targets.csv")
    return {"target_id": target_id, "term": need(cells, "term")}


def claim(cells: dict[str, str]) -> dict[str, Any]:
    """A row of claims.csv."""
    published = opt(cells, "published_on")
    return {
        "claim_id": need(cells, "claim_id"),
        "text": need(cells, "text"),
        "verdict": one_of(opt(cells, "verdict"), VERDICTS, "verdict"),
        "source_url": opt(cells, "source_url"),
        "published_on": parse_date(published, "published_on") if published else None,
    }
