"""Generic CSV (exports of other monitoring tools) read through a column-mapping YAML file.

```yaml
columns:            # event field: CSV column (only author/handle and text or url are needed)
  author: Author Name
  handle: Username
  author_id: User ID
  text: Content
  url: URL
  time: Published
  platform: Source
  action: Type
  post_id: Post ID
  target_handle: In Reply To
  target_post_id: Parent ID
  target_url: Parent URL
values:             # cell value → bundle word
  platform: {Twitter: x, "X (Twitter)": x, FB: facebook, IG: instagram}
  action: {Tweet: post, Retweet: share, Reply: reply, Quote: quote}
defaults: {platform: x, action: post}
time_format: "%d/%m/%Y %H:%M"   # strptime format; ISO 8601 when absent
delimiter: ","
encoding: utf-8
```
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import yaml

from netra.ingest.connectors.base import (
    Connector,
    ConnectorError,
    Event,
    Note,
    Parameter,
    Record,
    RunContext,
    Skipped,
)
from netra.ingest.connectors.common import content_id, event_id, make_event
from netra.ingest.schemas import ACTIONS, PLATFORMS

FIELDS = frozenset(
    {
        "author",
        "handle",
        "author_id",
        "bio",
        "location",
        "text",
        "url",
        "time",
        "platform",
        "action",
        "post_id",
        "target_handle",
        "target_user_id",
        "target_post_id",
        "target_url",
        "target_text",
    }
)
SOURCE = "csv"


def load_mapping(path: Path) -> dict[str, Any]:
    """Read and check a mapping file; ConnectorError says what is wrong."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ConnectorError(f"{path}: cannot read the mapping: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("columns"), dict):
        raise ConnectorError(f"{path}: the mapping needs a 'columns' section (field: column)")
    unknown = sorted(set(map(str, data["columns"])) - FIELDS)
    if unknown:
        raise ConnectorError(
            f"{path}: unknown field(s) in columns: {', '.join(unknown)} "
            f"(known: {', '.join(sorted(FIELDS))})"
        )
    columns = data["columns"]
    if not ({"handle", "author_id"} & set(columns)):
        raise ConnectorError(f"{path}: columns must map handle or author_id (who acted)")
    for section in ("values", "defaults"):
        if not isinstance(data.get(section, {}), dict):
            raise ConnectorError(f"{path}: '{section}' must be a mapping")
    defaults = data.get("defaults", {})
    for key, allowed in (("platform", PLATFORMS), ("action", ACTIONS)):
        if key in defaults and defaults[key] not in allowed:
            raise ConnectorError(
                f"{path}: defaults.{key} must be one of {', '.join(sorted(allowed))}"
            )
    return data


class CsvConnector(Connector):
    """Connector `csv`."""

    name = "csv"
    label = "CSV of another monitoring tool (with a column mapping)"
    parameters = (
        Parameter(
            "mapping", "YAML file mapping columns to event fields", type="path", required=True
        ),
    )
    reads = "one event per CSV row: author, handle, text, URL, time, platform, action, target"
    cannot_see = "anything the tool did not export; rows without an author are skipped"

    def records(self, ctx: RunContext) -> Iterator[Record]:
        """One event per row; rows that cannot become an event are skipped with the reason."""
        if ctx.source is None or not ctx.source.is_file():
            raise ConnectorError(f"{ctx.source}: give the CSV file")
        mapping = load_mapping(Path(ctx.param("mapping")))
        columns: dict[str, str] = {str(k): str(v) for k, v in mapping["columns"].items()}
        values: dict[str, dict[str, str]] = {
            str(k): {str(a).strip().lower(): str(b) for a, b in (v or {}).items()}
            for k, v in mapping.get("values", {}).items()
            if isinstance(v, dict)
        }
        defaults = {str(k): str(v) for k, v in mapping.get("defaults", {}).items()}
        fmt = mapping.get("time_format")
        encoding = str(mapping.get("encoding") or "utf-8-sig")
        try:
            text = ctx.source.read_bytes().decode(encoding, errors="strict")
        except (UnicodeDecodeError, LookupError) as exc:
            raise ConnectorError(f"{ctx.source}: not {encoding} text: {exc}") from None
        reader = csv.reader(
            io.StringIO(text, newline=""), delimiter=str(mapping.get("delimiter") or ",")
        )
        name = ctx.source.name
        try:
            header = [h.strip() for h in next(reader)]
        except StopIteration:
            raise ConnectorError(f"{ctx.source}: empty file (a header row is required)") from None
        except csv.Error as exc:
            raise ConnectorError(f"{ctx.source}:1: header is not valid CSV: {exc}") from None
        missing = sorted(c for c in columns.values() if c not in header)
        if missing:
            raise ConnectorError(
                f"{ctx.source}:1: mapped column(s) not in the header: {', '.join(missing)}"
            )
        index = {field: header.index(col) for field, col in columns.items()}
        rows = 0
        while True:
            line = reader.line_num + 1
            try:
                cells = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                yield Skipped(name, line, f"not valid CSV: {exc}")
                continue
            if not any(c.strip() for c in cells):
                continue
            rows += 1
            if len(cells) != len(header):
                yield Skipped(
                    name, line, f"has {len(cells)} cells, the header has {len(header)}", cells
                )
                continue
            try:
                yield Event(self._event(cells, index, values, defaults, fmt), name, line)
            except ValueError as exc:
                yield Skipped(name, line, str(exc), dict(zip(header, cells, strict=True)))
        yield Note(f"{name}: {rows} row(s)")

    def _event(
        self,
        cells: list[str],
        index: dict[str, int],
        values: dict[str, dict[str, str]],
        defaults: dict[str, str],
        fmt: Any,
    ) -> dict[str, Any]:
        def get(field: str) -> str | None:
            raw = cells[index[field]].strip() if field in index else ""
            if raw and field in values:
                raw = values[field].get(raw.lower(), raw)
            return raw or defaults.get(field) or None

        platform = (get("platform") or "").lower()
        if platform not in PLATFORMS:
            raise ValueError(
                f"platform {platform or 'missing'!r} is not a bundle platform "
                "(map it under values.platform)"
            )
        action = (get("action") or "").lower()
        if action not in ACTIONS:
            raise ValueError(
                f"action {action or 'missing'!r} is not a bundle action "
                "(map it under values.action)"
            )
        handle, author_id = get("handle"), get("author_id")
        if not handle and not author_id:
            raise ValueError("no author handle or id")
        when = get("time")
        occurred = None
        if when:
            try:
                parsed = (
                    datetime.strptime(when, str(fmt))
                    if fmt
                    else datetime.fromisoformat(when.replace("Z", "+00:00"))
                )
            except ValueError:
                raise ValueError(f"time {when!r} does not match {fmt or 'ISO 8601'}") from None
            occurred = parsed.isoformat()
        target = {
            "post_id": get("target_post_id"),
            "author_handle": get("target_handle"),
            "author_user_id": get("target_user_id"),
            "url": get("target_url"),
            "text": get("target_text"),
        }
        has_target = any(target.values())
        if action != "post" and not has_target:
            raise ValueError(
                f"a {action} needs a target column (target_post_id, target_handle, "
                "target_user_id or target_url)"
            )
        text, url, post_id = get("text"), get("url"), get("post_id")
        actor_key = author_id or f"@{(handle or '').lower()}"
        ident = post_id or content_id(platform, action, actor_key, text, url, when)
        return make_event(
            platform=platform,
            action=action,
            event_id=event_id(platform, ident, action, actor_key),
            actor={
                "user_id": author_id,
                "handle": handle,
                "display_name": get("author"),
                "bio": get("bio"),
                "location": get("location"),
            },
            occurred_at=occurred,
            target=target if has_target else None,
            text=text,
            url=url,
            source=SOURCE,
        )
