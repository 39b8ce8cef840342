"""Reading a bundle folder: the header, CSV files with line numbers, and the quarantine."""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections.abc import Iterator
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import orjson
import yaml

from netra.core.errors import BundleUnusableError
from netra.ingest.schemas import COLUMNS, FORMAT, KEY_COLUMNS, POLICIES, REQUIRED_FILES

REGION_CODE = re.compile(r"^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$")
# The line breaks the csv module itself recognises, so that line numbers agree with it.
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True, slots=True)
class BundleHeader:
    """The parsed bundle.yaml."""

    path: Path
    name: str
    policy: str
    timezone: str

    @property
    def tz(self) -> ZoneInfo:
        """The bundle's timezone."""
        return ZoneInfo(self.timezone)


def read_header(bundle: Path) -> BundleHeader:
    """Check the required files and parse bundle.yaml; raise BundleUnusableError if unusable."""
    if not bundle.is_dir():
        raise BundleUnusableError(f"{bundle}: not a folder (a bundle is a folder of files)")
    missing = [name for name in REQUIRED_FILES if not (bundle / name).is_file()]
    if missing:
        raise BundleUnusableError(f"{bundle}: missing required file(s): {', '.join(missing)}")
    path = bundle / "bundle.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise BundleUnusableError(f"{path}: not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise BundleUnusableError(f"{path}: must be a mapping with format, name, policy, timezone")
    if data.get("format") != FORMAT:
        raise BundleUnusableError(
            f"{path}: format must be exactly {FORMAT!r}, got {data.get('format')!r}"
        )
    policy = str(data.get("policy") or "id")
    if policy not in POLICIES:
        raise BundleUnusableError(
            f"{path}: policy must be one of {', '.join(sorted(POLICIES))}, got {policy!r}"
        )
    tz = str(data.get("timezone") or "Asia/Jakarta")
    try:
        ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        raise BundleUnusableError(f"{path}: unknown IANA timezone {tz!r}") from None
    return BundleHeader(
        path=bundle, name=str(data.get("name") or bundle.name), policy=policy, timezone=tz
    )


class RowError(ValueError):
    """A row or line that breaks the spec; the message is the reason given to the user."""


def _reject_key(file: str, line: int, reason: str, raw: Any) -> bytes:
    return hashlib.blake2b(orjson.dumps([file, line, reason, raw]), digest_size=16).digest()


@dataclass(slots=True)
class Rejects:
    """Appends rejected rows to the workspace quarantine (rejected.jsonl) and counts them."""

    path: Path
    import_id: int
    counts: dict[str, int]
    seen: dict[str, int] = field(default_factory=dict)
    _fh: IO[bytes] | None = None
    _known: set[bytes] = field(default_factory=set)

    @classmethod
    def open(cls, path: Path, import_id: int) -> Rejects:
        """Open the quarantine for appending.

        Rows an earlier import already quarantined (same file, line, reason and content) are
        counted again but not written twice: importing a bundle again changes nothing.
        """
        known: set[bytes] = set()
        if path.is_file():
            with path.open("rb") as fh:
                for line in fh:
                    with suppress(orjson.JSONDecodeError, TypeError, KeyError):
                        r = orjson.loads(line)
                        known.add(_reject_key(r["file"], r["line"], r["reason"], r["raw"]))
        return cls(path=path, import_id=import_id, counts={}, _fh=path.open("ab"), _known=known)

    def add(self, file: str, line: int, reason: str, raw: Any) -> None:
        """Quarantine one row with its file, line and reason; the raw content is kept whole."""
        assert self._fh is not None
        self.counts[file] = self.counts.get(file, 0) + 1
        if self._known and _reject_key(file, line, reason, raw) in self._known:
            return
        record = {
            "import_id": self.import_id,
            "file": file,
            "line": line,
            "reason": reason,
            "raw": raw,
        }
        self._fh.write(orjson.dumps(record) + b"\n")

    @property
    def total(self) -> int:
        """Rows rejected so far."""
        return sum(self.counts.values())

    def close(self) -> None:
        """Flush and close the file."""
        if self._fh is not None:
            self._fh.close()
            self._fh = None


@dataclass(frozen=True, slots=True)
class CsvRow:
    """One data row of a CSV file: its first physical line, the cells, and the raw text."""

    line: int
    cells: dict[str, str]
    last_line: int
    source: CsvFile

    @property
    def raw(self) -> str:
        """The row as written (only built when a row is rejected)."""
        return self.source.raw(self.line, self.last_line)


def _decode(data: bytes, name: str) -> str:
    # Keep undecodable bytes as surrogates so the rows holding them can be rejected one by one.
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    return data.decode("utf-8", errors="surrogateescape")


def _has_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


class CsvFile:
    """A bundle CSV file, header checked; its rows are read once, by `rows` or `values`."""

    def __init__(self, path: Path, rejects: Rejects) -> None:
        """Read and decode the file and check its header; raise BundleUnusableError if unusable."""
        self.path, self.name, self.rejects = path, path.name, rejects
        self.text = _decode(path.read_bytes(), path.name)
        self._lines: list[str] | None = None
        self._reader = csv.reader(io.StringIO(self.text, newline=""), strict=True)
        try:
            header = next(self._reader)
        except StopIteration:
            if self.name in REQUIRED_FILES:
                msg = f"{path}: empty file (a header row is required)"
                raise BundleUnusableError(msg) from None
            # An optional file left empty, header and all, holds no rows: as if it were absent.
            header = list(COLUMNS.get(self.name, KEY_COLUMNS.get(self.name, ())))
        except csv.Error as exc:
            raise BundleUnusableError(f"{path}:1: header row is not valid CSV: {exc}") from None
        self.columns = [col.strip().lower() for col in header]
        missing = [col for col in KEY_COLUMNS.get(self.name, ()) if col not in self.columns]
        if missing:
            raise BundleUnusableError(
                f"{path}:1: header lacks required column(s): {', '.join(missing)}"
            )

    def raw(self, first: int, last: int) -> str:
        """Physical lines `first`..`last` as written (split only once a row is rejected)."""
        if self._lines is None:
            # str.split is many times faster than the regex; without \r they split alike.
            text = self.text
            self._lines = _LINE_BREAK.split(text) if "\r" in text else text.split("\n")
        return "\n".join(self._lines[first - 1 : max(first, last)])

    def rows(self) -> Iterator[tuple[int, int, list[str]]]:
        """(first line, last line, unstripped cells) of each data row that can be read at all."""
        # Blank rows are skipped; rows that are not valid CSV, hold undecodable bytes or have the
        # wrong number of cells are rejected here. Every non-blank row counts in `rejects.seen`.
        name, rejects, reader = self.name, self.rejects, self._reader
        undecodable = _has_surrogate(self.text)
        width = len(self.columns)
        seen = 0  # added to rejects.seen once, not per row
        start = reader.line_num + 1
        try:
            while True:
                try:
                    cells = next(reader)
                except StopIteration:
                    break
                except csv.Error as exc:
                    seen += 1
                    rejects.add(
                        name, start, f"not valid CSV: {exc}", self.raw(start, reader.line_num)
                    )
                    start = reader.line_num + 1
                    continue
                line, start = start, reader.line_num + 1
                # One C-level join instead of a strip per cell: blank iff every cell is blank.
                if not "".join(cells).strip():
                    continue  # blank line: no record to judge
                seen += 1
                if undecodable and _has_surrogate(raw := self.raw(line, reader.line_num)):
                    rejects.add(
                        name,
                        line,
                        "not valid UTF-8",
                        raw.encode("utf-8", "surrogateescape").decode("utf-8", "replace"),
                    )
                    continue
                if len(cells) != width:
                    rejects.add(
                        name,
                        line,
                        f"has {len(cells)} cells, the header has {width}",
                        self.raw(line, reader.line_num),
                    )
                    continue
                yield line, reader.line_num, cells
        finally:
            if seen:
                rejects.seen[name] = rejects.seen.get(name, 0) + seen

    def values(self, columns: tuple[str, ...]) -> Iterator[tuple[int, int, tuple[str, ...]]]:
        """(first line, last line, stripped cells of `columns` in that order, absent ones empty)."""
        # The same values read_csv puts in its dicts, without building a dict per row.
        if tuple(self.columns) == columns:
            for line, last, cells in self.rows():
                yield line, last, tuple(map(str.strip, cells))
            return
        # A repeated header name: the last one wins, as in read_csv's dict.
        index = {col: i for i, col in enumerate(self.columns)}
        picks = [index.get(col) for col in columns]
        for line, last, cells in self.rows():
            yield line, last, tuple("" if i is None else cells[i].strip() for i in picks)


def read_csv(path: Path, rejects: Rejects) -> Iterator[CsvRow]:
    """Yield the data rows of a bundle CSV; reject rows that cannot be read at all."""
    source = CsvFile(path, rejects)
    known = set(COLUMNS.get(source.name, source.columns))
    pairs = [(i, col) for i, col in enumerate(source.columns) if col in known]
    for line, last, cells in source.rows():
        row = {col: cells[i].strip() for i, col in pairs}
        yield CsvRow(line=line, cells=row, last_line=last, source=source)
