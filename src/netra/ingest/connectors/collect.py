"""Scheduled collection: run the configured API connectors, then detection, in a loop.

The configuration is YAML (default `<workspace>/collect.yaml`):

```yaml
policy: id                   # policy pack for detection (default: the workspace's last import)
timezone: Asia/Jakarta
sources:
  - connector: bluesky
    params: {actor: calon.example.social}
  - connector: youtube
    params: {channel_id: UCxxxxxxxx, api_key: ${YOUTUBE_API_KEY}}
```

`${NAME}` is replaced by the environment variable NAME, so tokens need not be written in the
file. A file lock (`<workspace>/collect.lock`) keeps two collections off the same workspace.
"""

from __future__ import annotations

import fcntl
import os
import re
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import yaml

from netra.core.db import Database
from netra.core.errors import NetraError, ValidationError
from netra.ingest.connectors.base import CollectLockedError, ConnectorInterrupted, get_connector
from netra.ingest.connectors.service import (
    ConnectorImportSummary,
    connector_summary_text,
    import_connector,
    workspace_defaults,
)

_ENV = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")
_EVERY = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$")


def parse_every(text: str) -> float:
    """`15m`, `1h`, `90s`, `2d` or plain seconds → seconds (at least 10)."""
    m = _EVERY.match(text)
    if not m:
        raise ValidationError(f"--every must look like 15m, 1h or 90s, got {text!r}")
    seconds = float(m[1]) * {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}[m[2]]
    if seconds < 10:
        raise ValidationError("--every must be at least 10 seconds")
    return seconds


@dataclass(frozen=True, slots=True)
class SourceConfig:
    """One configured source: a connector and its parameters (as text)."""

    connector: str
    params: dict[str, str]
    source: Path | None = None
    nip: str | None = None


@dataclass(frozen=True, slots=True)
class CollectConfig:
    """The collect.yaml file."""

    sources: list[SourceConfig]
    policy: str | None = None
    timezone: str | None = None


def _expand(value: Any, where: str) -> str:
    def env(m: re.Match[str]) -> str:
        if m[1] not in os.environ:
            raise ValidationError(f"{where}: environment variable {m[1]} is not set")
        return os.environ[m[1]]

    return _ENV.sub(env, str(value))


def load_config(path: Path) -> CollectConfig:
    """Read collect.yaml; ValidationError names the entry that is wrong."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ValidationError(
            f"{path}: no collect configuration (a YAML list of sources: connector + params)"
        ) from None
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ValidationError(f"{path}: cannot read: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("sources"), list):
        raise ValidationError(f"{path}: needs a 'sources' list")
    sources = []
    for i, entry in enumerate(data["sources"]):
        where = f"{path}: sources[{i}]"
        if not isinstance(entry, dict) or not isinstance(entry.get("connector"), str):
            raise ValidationError(f"{where}: needs 'connector'")
        params = entry.get("params") or {}
        if not isinstance(params, dict):
            raise ValidationError(f"{where}: 'params' must be a mapping")
        cls = get_connector(entry["connector"])
        if cls.needs_source and not entry.get("source"):
            raise ValidationError(f"{where}: connector {cls.name} needs 'source'")
        sources.append(
            SourceConfig(
                connector=cls.name,
                params={str(k): _expand(v, where) for k, v in params.items() if v is not None},
                source=Path(entry["source"]) if entry.get("source") else None,
                nip=str(entry["nip"]) if entry.get("nip") else None,
            )
        )
    return CollectConfig(
        sources=sources,
        policy=str(data["policy"]) if data.get("policy") else None,
        timezone=str(data["timezone"]) if data.get("timezone") else None,
    )


@contextmanager
def collect_lock(root: Path) -> Iterator[IO[str]]:
    """Hold `<workspace>/collect.lock`; CollectLockedError when another collect holds it."""
    root.mkdir(parents=True, exist_ok=True)
    path = root / "collect.lock"
    fh = path.open("a+")
    try:
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            fh.seek(0)
            holder = fh.read().strip() or "?"
            raise CollectLockedError(
                f"another `netra collect` is running on {root} (pid {holder})"
            ) from None
        fh.seek(0)
        fh.truncate()
        fh.write(str(os.getpid()))
        fh.flush()
        yield fh
    finally:
        fh.close()  # closing releases the lock


@dataclass(slots=True)
class RoundResult:
    """What one round did."""

    imports: list[ConnectorImportSummary] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    new_events: int = 0
    findings: int | None = None


def run_round(
    db: Database,
    config: CollectConfig,
    *,
    actor: str = "collect",
    transport: Any = None,
    sleep: Callable[[float], None] | None = None,
    say: Callable[[str], None] = lambda _text: None,
) -> RoundResult:
    """Run every source once (one failing does not stop the others), then detect if new."""
    from netra.detect.service import ProbableLinks, detect

    result = RoundResult()
    for source in config.sources:
        try:
            summary = import_connector(
                db,
                source.connector,
                source=source.source,
                params=source.params,
                nip=source.nip,
                actor=actor,
                timezone=config.timezone,
                transport=transport,
                sleep=sleep,
            )
        except ConnectorInterrupted as exc:
            result.errors.append(f"{source.connector}: {exc.message}")
            say(f"{source.connector}: interrupted: {exc.message}")
            if isinstance(exc.summary, ConnectorImportSummary):
                result.imports.append(exc.summary)
                result.new_events += exc.summary.events.accepted
            continue
        except NetraError as exc:
            result.errors.append(f"{source.connector}: {exc.message}")
            say(f"{source.connector}: failed: {exc.message}")
            continue
        result.imports.append(summary)
        result.new_events += summary.events.accepted
        say(connector_summary_text(summary))
    if result.new_events:
        policy, tz = workspace_defaults(db)
        found = detect(
            db,
            policy=config.policy or policy,
            timezone=config.timezone or tz,
            actor=actor,
            probable_links=ProbableLinks(),
        )
        result.findings = len(found.findings)
        say(f"detection: {result.findings:,} finding(s) in the workspace")
    return result


def collect_loop(
    db: Database,
    config_path: Path,
    *,
    every: float,
    once: bool = False,
    transport: Any = None,
    sleep: Callable[[float], None] = time.sleep,
    say: Callable[[str], None] = lambda _text: None,
    rounds: int | None = None,
) -> list[RoundResult]:
    """Run rounds every `every` seconds under the workspace lock (`once`: a single round)."""
    results: list[RoundResult] = []
    with collect_lock(db.workspace.root):
        while True:
            started = time.monotonic()
            config = load_config(config_path)  # re-read: edits apply from the next round
            results.append(run_round(db, config, transport=transport, sleep=sleep, say=say))
            if once or (rounds is not None and len(results) >= rounds):
                return results
            wait = max(0.0, every - (time.monotonic() - started))
            say(f"next round in {wait:.0f} s")
            sleep(wait)
