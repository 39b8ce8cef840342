"""Connector plugins: a source (export, screenshot, API, CSV) that yields bundle records.

A connector is a class with `name`, `label`, typed `parameters` and `sensitive_parameters`, and
a `records()` method that yields :class:`Event` (an events.jsonl object), :class:`AccountRow`
and :class:`TargetRow` (rows of accounts.csv and targets.csv), :class:`Skipped` (an item of the
source that could not be read, with its file and index) and :class:`Note` (what was found, such
as the format version). Connectors are found through the `netra.connectors` entry points; the
built-ins register the same way (pyproject.toml).
"""

from __future__ import annotations

import logging
import os
import re
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any, ClassVar, Literal

from netra.core.errors import NetraError, NotFoundError, ValidationError

GROUP = "netra.connectors"
MASK = "***"

ParamType = Literal["str", "int", "float", "bool", "path", "url"]
ParamValue = str | int | float | bool | Path | None


class ConnectorError(NetraError):
    """A source cannot be read at all (not an export, unreadable file, token refused)."""

    exit_code = 2
    http_status = 422


class ConnectorInterrupted(ConnectorError):
    """A collection stopped early (rate limit, network); what was read is kept, resume later."""

    exit_code = 7
    http_status = 503
    # Set by the import service: the summary of what was kept before the interruption.
    summary: Any = None


class CollectLockedError(NetraError):
    """Another `netra collect` holds the workspace's lock."""

    exit_code = 8
    http_status = 409


@dataclass(frozen=True, slots=True)
class Parameter:
    """One parameter of a connector: name, type, help, and whether it must be given."""

    name: str
    help: str
    type: ParamType = "str"
    required: bool = False
    default: ParamValue = None
    choices: tuple[str, ...] = ()

    def parse(self, raw: str) -> ParamValue:
        """Convert the text given on the command line (or in a config file) to the type."""
        value = raw.strip()
        try:
            if self.type == "int":
                return int(value)
            if self.type == "float":
                return float(value)
        except ValueError:
            raise ValidationError(
                f"parameter {self.name} must be a {self.type}, got {raw!r}"
            ) from None
        if self.type == "bool":
            lowered = value.lower()
            if lowered in ("1", "true", "yes", "y", "on"):
                return True
            if lowered in ("0", "false", "no", "n", "off"):
                return False
            raise ValidationError(f"parameter {self.name} must be true or false, got {raw!r}")
        if self.type == "path":
            return Path(value).expanduser()
        if self.type == "url" and not re.match(r"^https?://[^\s/]+", value):
            raise ValidationError(f"parameter {self.name} must be an http(s) URL, got {raw!r}")
        if self.choices and value not in self.choices:
            raise ValidationError(
                f"parameter {self.name} must be one of {', '.join(self.choices)}, got {raw!r}"
            )
        return value


@dataclass(frozen=True, slots=True)
class Event:
    """An events.jsonl object, with where in the source it came from (for the quarantine)."""

    data: dict[str, Any]
    file: str | None = None
    index: int | None = None


@dataclass(frozen=True, slots=True)
class AccountRow:
    """A row of accounts.csv (columns as in the spec; empty or missing cells mean unknown)."""

    cells: dict[str, str]


@dataclass(frozen=True, slots=True)
class TargetRow:
    """A row of targets.csv."""

    cells: dict[str, str]


@dataclass(frozen=True, slots=True)
class Skipped:
    """An item of the source that could not be read: file, index (0-based), reason, content."""

    file: str
    index: int
    reason: str
    raw: Any = None


@dataclass(frozen=True, slots=True)
class Note:
    """Something the user should know about the run (format version found, file missing)."""

    message: str


Record = Event | AccountRow | TargetRow | Skipped | Note


class Redactor:
    """Masks the values of sensitive parameters in any text (logs, errors, audit payloads)."""

    def __init__(self, secrets: list[str] | None = None) -> None:
        # Longest first, so a secret that contains another is masked whole.
        self._secrets = sorted({s for s in secrets or [] if s}, key=len, reverse=True)

    def add(self, secret: str) -> None:
        """Mask `secret` from now on."""
        if secret and secret not in self._secrets:
            self._secrets = sorted([*self._secrets, secret], key=len, reverse=True)

    def redact(self, text: str) -> str:
        """`text` with every secret replaced by ***."""
        for secret in self._secrets:
            text = text.replace(secret, MASK)
        return text


class RedactingFilter(logging.Filter):
    """A logging filter that masks secrets in every message it lets through."""

    def __init__(self, redactor: Redactor) -> None:
        super().__init__()
        self.redactor = redactor

    def filter(self, record: logging.LogRecord) -> bool:
        """Render the message, mask it, and drop the arguments it was built from."""
        record.msg = self.redactor.redact(record.getMessage())
        record.args = None
        return True


def mask_params(params: Mapping[str, Any], sensitive: frozenset[str] | set[str]) -> dict[str, Any]:
    """Parameters safe to log or store: sensitive ones replaced by ***, paths as text."""
    return {
        key: (MASK if key in sensitive and value not in (None, "") else _plain(value))
        for key, value in sorted(params.items())
    }


def _plain(value: Any) -> Any:
    return str(value) if isinstance(value, Path) else value


@dataclass(slots=True)
class Checkpoint:
    """Where a collection stopped: a JSON-able state that is saved only after an import."""

    state: dict[str, Any] = field(default_factory=dict)

    def stream(self, key: str) -> dict[str, Any]:
        """The state of one paginated stream (created empty on first use)."""
        streams: dict[str, Any] = self.state.setdefault("streams", {})
        found: dict[str, Any] = streams.setdefault(key, {})
        return found


@dataclass(slots=True)
class RunContext:
    """What a connector's `records()` gets: its source, parsed parameters and services."""

    source: Path | None
    params: dict[str, Any]
    nip: str | None = None
    checkpoint: Checkpoint = field(default_factory=Checkpoint)
    redactor: Redactor = field(default_factory=Redactor)
    log: logging.Logger = field(default_factory=lambda: logging.getLogger("netra.connectors"))
    # httpx transport for API connectors (tests pass a MockTransport); None means the network.
    transport: Any = None
    sleep: Callable[[float], None] = field(default=lambda seconds: None)
    now: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))

    def param(self, name: str) -> Any:
        """A parameter's value (None when not given and without default)."""
        return self.params.get(name)


class Connector(ABC):
    """Base class of connector plugins."""

    name: ClassVar[str]
    label: ClassVar[str]
    parameters: ClassVar[tuple[Parameter, ...]] = ()
    sensitive_parameters: ClassVar[frozenset[str]] = frozenset()
    # Exports and screenshots read SOURCE; API connectors take everything from parameters.
    needs_source: ClassVar[bool] = True
    # True for API collections: an interrupted run keeps what it read and resumes later.
    resumable: ClassVar[bool] = False
    # What this connector reads and what it cannot see (shown by `netra connectors list`).
    reads: ClassVar[str] = ""
    cannot_see: ClassVar[str] = ""

    @abstractmethod
    def records(self, ctx: RunContext) -> Iterator[Record]:
        """Yield the records read from the source."""


@dataclass(frozen=True, slots=True)
class Unavailable:
    """A registered connector that could not be loaded (missing dependency, bad plugin)."""

    name: str
    reason: str


@cache
def _load() -> tuple[dict[str, type[Connector]], tuple[Unavailable, ...]]:
    found: dict[str, type[Connector]] = {}
    broken: list[Unavailable] = []
    for ep in entry_points(group=GROUP):
        try:
            cls = ep.load()
        except Exception as exc:  # a broken plugin must not take the others down
            broken.append(Unavailable(ep.name, f"{type(exc).__name__}: {exc}"))
            continue
        if not (isinstance(cls, type) and issubclass(cls, Connector)):
            broken.append(Unavailable(ep.name, f"{ep.value} is not a Connector class"))
            continue
        found[ep.name] = cls
    return dict(sorted(found.items())), tuple(broken)


def connectors() -> dict[str, type[Connector]]:
    """Every installed connector class by name."""
    return dict(_load()[0])


def unavailable() -> tuple[Unavailable, ...]:
    """Registered connectors that failed to load, with the reason."""
    return _load()[1]


def get_connector(name: str) -> type[Connector]:
    """The connector class called `name`; NotFoundError lists the known ones."""
    found = connectors()
    if name in found:
        return found[name]
    broken = {u.name: u.reason for u in unavailable()}
    if name in broken:
        raise NotFoundError(f"connector {name!r} is installed but cannot load: {broken[name]}")
    raise NotFoundError(
        f"unknown connector {name!r} (known: {', '.join(found) or 'none'}); "
        "see `netra connectors list`"
    )


def env_name(connector: str, param: str) -> str:
    """The environment variable a parameter may be given in (secrets stay off the command line)."""
    return f"NETRA_{connector}_{param}".upper().replace("-", "_")


def parse_params(
    cls: type[Connector],
    raw: Mapping[str, str],
    *,
    environ: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """Typed parameters from `k=v` texts, else the environment, else defaults; check required."""
    env = os.environ if environ is None else environ
    known = {p.name: p for p in cls.parameters}
    unknown = sorted(set(raw) - set(known))
    if unknown:
        raise ValidationError(
            f"connector {cls.name} has no parameter {', '.join(unknown)} "
            f"(known: {', '.join(known) or 'none'})"
        )
    values: dict[str, Any] = {}
    for name, spec in known.items():
        text = raw.get(name)
        if text is None:
            text = env.get(env_name(cls.name, name))
        if text is not None and text != "":
            values[name] = spec.parse(text)
        elif spec.required:
            raise ValidationError(
                f"connector {cls.name} needs parameter {name} ({spec.help}); give "
                f"--param {name}=… or set {env_name(cls.name, name)}"
            )
        else:
            values[name] = spec.default
    return values


def split_param(text: str) -> tuple[str, str]:
    """`key=value` → (key, value)."""
    key, sep, value = text.partition("=")
    if not sep or not key.strip():
        raise ValidationError(f"a parameter is written key=value, got {text!r}")
    return key.strip(), value
