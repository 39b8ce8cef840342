"""Helpers shared by connectors: stable event ids, timestamps and the events.jsonl shape."""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, datetime
from typing import Any

import orjson

_WS = re.compile(r"\s+")


def event_id(platform: str, object_id: str, action: str, actor: str) -> str:
    """The spec's id shape `platform:object:action:actor` (same event, same id, any source)."""
    return f"{platform}:{object_id}:{action}:{actor}"


def content_id(*parts: Any) -> str:
    """A stable id for an item the platform gives no id for: a hash of what identifies it."""
    data = orjson.dumps(
        [p if isinstance(p, str | int | float | bool | None) else str(p) for p in parts]
    )
    return "h" + hashlib.sha256(data).hexdigest()[:24]


def from_epoch(value: Any) -> str | None:
    """A Unix timestamp (seconds; milliseconds when too large) as ISO 8601 UTC, else None."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return None
    try:
        seconds = float(value)
    except ValueError:
        return None
    if seconds != seconds or seconds <= 0:  # NaN, zero and negatives are "not known"
        return None
    if seconds > 1e11:
        seconds /= 1000.0
    try:
        return datetime.fromtimestamp(seconds, UTC).isoformat()
    except (OverflowError, OSError, ValueError):
        return None


def iso_utc(value: Any) -> str | None:
    """An ISO 8601 timestamp text normalised to UTC (for ordering), else None."""
    if not isinstance(value, str) or not value:
        return None
    text = value.strip().replace("Z", "+00:00").replace("z", "+00:00")
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC).isoformat()


def clean_text(value: Any) -> str | None:
    """A string with surrounding blanks removed, or None."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    return text or None


def one_line(value: str, limit: int = 200) -> str:
    """A short single-line form of a text (for reasons and notes)."""
    text = _WS.sub(" ", value).strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


def make_event(
    *,
    platform: str,
    action: str,
    event_id: str,
    actor: dict[str, Any],
    source: str,
    occurred_at: str | None = None,
    target: dict[str, Any] | None = None,
    text: str | None = None,
    url: str | None = None,
    media: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """An events.jsonl object in the spec's shape (empty fields dropped from actor/target)."""
    return {
        "event_id": event_id,
        "platform": platform,
        "action": action,
        "occurred_at": occurred_at,
        "actor": {k: v for k, v in actor.items() if v not in (None, "")},
        "target": {k: v for k, v in target.items() if v not in (None, "")}
        if target is not None
        else None,
        "text": text,
        "url": url,
        "media": media or [],
        "source": source,
    }
