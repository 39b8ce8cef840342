"""The shared part of the platform-export connectors: open, find the owner, read, report."""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, ClassVar

from netra.ingest.connectors.archive import ExportSource, Parsed, fix_mojibake, load_json
from netra.ingest.connectors.base import (
    AccountRow,
    Connector,
    ConnectorError,
    Event,
    Note,
    Parameter,
    Record,
    RunContext,
    Skipped,
)

OWNER_PARAMETERS = (
    Parameter("user_id", "the exported account's platform user id, when the export omits it"),
    Parameter("handle", "the exported account's handle, when the export omits it"),
)


@dataclass(frozen=True, slots=True)
class Owner:
    """The account whose export it is (the actor of every event in it)."""

    user_id: str | None = None
    handle: str | None = None
    display_name: str | None = None
    bio: str | None = None
    location: str | None = None

    @property
    def key(self) -> str:
        """The account's part of an event id: the user id, else @handle."""
        if self.user_id:
            return self.user_id
        return f"@{(self.handle or '').lower()}"

    def actor(self) -> dict[str, Any]:
        """The events.jsonl `actor` object."""
        return {
            "user_id": self.user_id,
            "handle": self.handle,
            "display_name": self.display_name,
            "bio": self.bio,
            "location": self.location,
        }


class ExportConnector(Connector):
    """A platform's "download your information" export, tied to the employee who gave it."""

    platform: ClassVar[str]
    parameters: ClassVar[tuple[Parameter, ...]] = OWNER_PARAMETERS
    # Regexes (matched at the end of a path) of the files this export is recognised by.
    data_files: ClassVar[tuple[str, ...]]
    mojibake: ClassVar[bool] = False

    def records(self, ctx: RunContext) -> Iterator[Record]:
        """Open the export, find its owner, declare the account for --nip, read every file."""
        if ctx.source is None:
            raise ConnectorError(f"connector {self.name} reads an export: give its ZIP or folder")
        src = ExportSource.open(ctx.source)
        try:
            yield from src.damage
            if not src.find(*self.data_files):
                raise ConnectorError(
                    f"{ctx.source}: no {self.label} data found (looked for "
                    f"{', '.join(p.replace(chr(92), '') for p in self.data_files)})"
                )
            found = self.owner(src)
            owner = Owner(
                user_id=ctx.param("user_id") or found.user_id,
                handle=(ctx.param("handle") or found.handle or "").lstrip("@") or None,
                display_name=found.display_name,
                bio=found.bio,
                location=found.location,
            )
            if not owner.user_id and not owner.handle:
                raise ConnectorError(
                    f"{ctx.source}: the export does not say whose account it is; give "
                    "--param handle=… (or user_id=…)"
                )
            yield Note(
                f"{self.platform} account: "
                + ", ".join(
                    f"{k} {v}"
                    for k, v in (("user_id", owner.user_id), ("handle", owner.handle))
                    if v
                )
            )
            if ctx.nip:
                yield AccountRow(
                    {
                        "nip": ctx.nip,
                        "platform": self.platform,
                        "user_id": owner.user_id or "",
                        "handle": owner.handle or "",
                        "display_name": owner.display_name or "",
                    }
                )
            yield from self.read(src, owner, ctx)
        finally:
            src.close()

    @abstractmethod
    def owner(self, src: ExportSource) -> Owner:
        """Whose export this is, as far as the export says."""

    @abstractmethod
    def read(self, src: ExportSource, owner: Owner, ctx: RunContext) -> Iterator[Record]:
        """Yield the events of every data file."""

    def load(self, src: ExportSource, name: str, *, ytd: bool = False) -> tuple[Any, list[Record]]:
        """A data file's JSON (what could be read) and the reports of any damage."""
        from netra.ingest.connectors.archive import strip_ytd

        data, problem = src.read(name)
        reports: list[Record] = []
        if problem:
            reports.append(Skipped(name, 0, problem))
        parsed: Parsed = load_json(strip_ytd(data) if ytd else data)
        if parsed.damage:
            count = len(parsed.value) if isinstance(parsed.value, list) else 0
            extra = f"; {parsed.dropped} cut item(s) left out" if parsed.dropped else ""
            reports.append(Skipped(name, count, parsed.damage + extra))
        value = fix_mojibake(parsed.value) if self.mojibake else parsed.value
        return value, reports


def located(data: dict[str, Any], file: str, index: int) -> Event:
    """An event with where it was read."""
    return Event(data, file=file, index=index)


def skip(file: str, index: int, reason: str, raw: Any) -> Skipped:
    """An item that could not be read, its content kept for the quarantine."""
    return Skipped(file, index, reason, raw)
