"""Reading platform exports as downloaded: a ZIP (even a damaged one) or an unpacked folder.

Exports are large (media) and sometimes broken (an interrupted download cuts the ZIP, a file is
cut mid-way), so this module reads only the files asked for, recovers what can be read from a
damaged ZIP by its local headers, and parses cut JSON as far as it goes: every complete item is
kept and the damage is reported, never silently dropped.
"""

from __future__ import annotations

import mmap
import re
import struct
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from json.decoder import scanstring  # type: ignore[attr-defined]
from pathlib import Path
from typing import Any

import orjson

from netra.ingest.connectors.base import ConnectorError, Skipped

# A member bigger than this is not one of the JSON files we read (those are a few MB at most);
# the cap keeps a hostile or corrupt ZIP from exhausting memory.
MAX_MEMBER_BYTES = 512 * 1024 * 1024
_CHUNK = 1 << 20
_LOCAL_HEADER = b"PK\x03\x04"
_YTD_PREFIX = re.compile(rb"^\s*window\.YTD\.[\w.]+\s*=\s*")
# Deeper nesting is not in any export; refusing it keeps the walkers below from recursing away.
MAX_DEPTH = 200


@dataclass(slots=True)
class ExportSource:
    """The files of an export (ZIP or folder), by their path inside it."""

    path: Path
    names: list[str]
    damage: list[Skipped] = field(default_factory=list)
    _zip: zipfile.ZipFile | None = None
    _salvaged: dict[str, tuple[bytes, str | None]] | None = None

    @classmethod
    def open(cls, path: Path) -> ExportSource:
        """Open a ZIP file or a folder; a damaged ZIP is read by its local file headers."""
        if path.is_dir():
            names = sorted(p.relative_to(path).as_posix() for p in path.rglob("*") if p.is_file())
            return cls(path=path, names=names)
        if not path.is_file():
            raise ConnectorError(f"{path}: no such file or folder")
        try:
            zf = zipfile.ZipFile(path)
        except zipfile.BadZipFile as exc:
            return cls._salvage(path, str(exc))
        except OSError as exc:
            raise ConnectorError(f"{path}: cannot be read: {exc}") from None
        names = [i.filename for i in zf.infolist() if not i.is_dir()]
        return cls(path=path, names=sorted(names), _zip=zf)

    @classmethod
    def _salvage(cls, path: Path, why: str) -> ExportSource:
        with path.open("rb") as fh:
            head = fh.read(4)
            if head != _LOCAL_HEADER:
                raise ConnectorError(
                    f"{path}: not a ZIP file or a folder ({why}); give the export as downloaded"
                )
            with mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as data:
                members, notes = _scan_local_headers(data)
        damage = [
            Skipped(
                file=path.name,
                index=0,
                reason=f"damaged ZIP ({why}, truncated download?): read {len(members)} file(s) "
                "by their local headers",
            )
        ]
        damage.extend(Skipped(file=name, index=0, reason=reason) for name, reason in notes)
        return cls(path=path, names=sorted(members), damage=damage, _salvaged=members)

    def close(self) -> None:
        """Release the ZIP file."""
        if self._zip is not None:
            self._zip.close()
            self._zip = None

    def find(self, *patterns: str) -> list[str]:
        """Files whose path ends with one of the regex `patterns` (any top folder allowed)."""
        compiled = [re.compile(r"(?:^|/)" + p + r"$", re.IGNORECASE) for p in patterns]
        return [n for n in self.names if any(c.search(n) for c in compiled)]

    def read(self, name: str) -> tuple[bytes, str | None]:
        """The bytes of a file and, when it could not be read whole, why."""
        if self._salvaged is not None:
            return self._salvaged.get(name, (b"", "not in the archive"))
        if self._zip is not None:
            return _read_member(self._zip, name)
        file = self.path / name
        size = file.stat().st_size
        if size > MAX_MEMBER_BYTES:
            return b"", f"too large ({size:,} bytes) for a data file"
        return file.read_bytes(), None


def _read_member(zf: zipfile.ZipFile, name: str) -> tuple[bytes, str | None]:
    try:
        info = zf.getinfo(name)
    except KeyError:
        return b"", "not in the archive"
    if info.flag_bits & 0x1:
        return b"", "encrypted in the ZIP"
    if info.file_size > MAX_MEMBER_BYTES:
        return b"", f"too large ({info.file_size:,} bytes) for a data file"
    parts: list[bytes] = []
    got = 0
    try:
        with zf.open(info) as fh:
            while got <= MAX_MEMBER_BYTES:
                block = fh.read(_CHUNK)
                if not block:
                    break
                parts.append(block)
                got += len(block)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError) as exc:
        return b"".join(parts), f"damaged in the ZIP ({exc}); read {got:,} bytes"
    if got > MAX_MEMBER_BYTES:
        return b"", "larger than its header says (corrupt ZIP)"
    return b"".join(parts), None


def _scan_local_headers(
    data: mmap.mmap,
) -> tuple[dict[str, tuple[bytes, str | None]], list[tuple[str, str]]]:
    """Every member found by its local header, decompressed as far as the bytes go."""
    members: dict[str, tuple[bytes, str | None]] = {}
    notes: list[tuple[str, str]] = []
    pos = 0
    size = len(data)
    while True:
        at = data.find(_LOCAL_HEADER, pos)
        if at < 0 or at + 30 > size:
            break
        (_sig, _ver, flags, method, _t, _d, _crc, csize, _usize, nlen, xlen) = struct.unpack(
            "<IHHHHHIIIHH", data[at : at + 30]
        )
        raw_name = data[at + 30 : at + 30 + nlen]
        name = raw_name.decode("utf-8" if flags & 0x800 else "cp437", errors="replace")
        start = at + 30 + nlen + xlen
        pos = at + 4
        if not name or name.endswith("/") or start > size:
            continue
        known_size = csize if not flags & 0x8 and csize else None
        end = min(size, start + known_size) if known_size is not None else size
        if flags & 0x1:
            notes.append((name, "encrypted in the ZIP"))
            continue
        if method == 0:
            if known_size is None:
                nxt = data.find(_LOCAL_HEADER, start)
                end = nxt if nxt >= 0 else size
            body = bytes(data[start:end])
            cut = known_size is not None and start + known_size > size
            members[name] = (body, "cut short in the ZIP" if cut else None)
            pos = max(pos, end)
        elif method == 8:
            inflater = zlib.decompressobj(-15)
            chunks: list[bytes] = []
            got = 0
            offset = start
            error: str | None = None
            try:
                while offset < end and not inflater.eof and got <= MAX_MEMBER_BYTES:
                    block = inflater.decompress(data[offset : min(end, offset + _CHUNK)], _CHUNK)
                    chunks.append(block)
                    got += len(block)
                    # Unconsumed input (output limit reached) is fed again before moving on.
                    while inflater.unconsumed_tail and got <= MAX_MEMBER_BYTES:
                        block = inflater.decompress(inflater.unconsumed_tail, _CHUNK)
                        chunks.append(block)
                        got += len(block)
                    offset = min(end, offset + _CHUNK)
            except zlib.error as exc:
                error = f"damaged in the ZIP ({exc})"
            if got > MAX_MEMBER_BYTES:
                notes.append((name, "too large for a data file"))
                continue
            if error is None and not inflater.eof:
                error = "cut short in the ZIP"
            members[name] = (b"".join(chunks), error)
            if inflater.eof:
                pos = max(pos, offset - len(inflater.unused_data))
        else:
            notes.append((name, f"compression method {method} is not supported"))
    return members, notes


# ---------------------------------------------------------------------------------------------
# JSON that may be cut or damaged


@dataclass(frozen=True, slots=True)
class Parsed:
    """A parsed file: the value (None when nothing could be read) and any damage found."""

    value: Any
    damage: str | None = None
    dropped: int = 0


def strip_ytd(data: bytes) -> bytes:
    """The JSON of an X archive file (`window.YTD.<name>.partN = [ … ]`)."""
    match = _YTD_PREFIX.match(data)
    return data[match.end() :] if match else data


def load_json(data: bytes) -> Parsed:
    """Parse JSON; when it is cut or damaged, keep every complete item before the break."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return Parsed(orjson.loads(data))
    except orjson.JSONDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    if not text.strip():
        return Parsed(None, "empty file")
    return _lenient(text)


_NUMBER = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?")
_SPACE = re.compile(r"[ \t\n\r]*")
_LITERALS = {"true": True, "false": False, "null": None}


class _Broken(Exception):
    pass


@dataclass(slots=True)
class _Frame:
    value: list[Any] | dict[str, Any]
    key: str | None = None
    started_item: bool = False  # something of the next item was read before the break


def _lenient(text: str) -> Parsed:
    """Iterative JSON parser that returns the complete part of a cut or damaged document."""
    stack: list[_Frame] = []
    pos = 0
    n = len(text)
    root: Any = None
    have_root = False
    expect_key = False  # inside an object, a key (or '}') comes next
    after_value = False  # a value just ended: ',' or a closing bracket comes next

    def attach(value: Any) -> None:
        nonlocal root, have_root, after_value
        after_value = True
        if not stack:
            root, have_root = value, True
            return
        top = stack[-1]
        if isinstance(top.value, list):
            top.value.append(value)
        else:
            assert top.key is not None
            top.value[top.key] = value
            top.key = None
        top.started_item = False

    try:
        while True:
            pos = _SPACE.match(text, pos).end()  # type: ignore[union-attr]
            if have_root and not stack:
                break
            if pos >= n:
                raise _Broken
            ch = text[pos]
            if after_value:
                top = stack[-1]
                closer = "]" if isinstance(top.value, list) else "}"
                if ch == ",":
                    pos += 1
                    after_value = False
                    expect_key = isinstance(top.value, dict)
                    top.started_item = True
                elif ch == closer:
                    pos += 1
                    stack.pop()
                    expect_key = False
                    attach(top.value)
                else:
                    raise _Broken
                continue
            if expect_key:
                top = stack[-1]
                if ch == "}" and not top.value and not top.started_item:
                    pos += 1
                    stack.pop()
                    expect_key = False
                    attach(top.value)
                    continue
                if ch != '"':
                    raise _Broken
                top.started_item = True
                key, pos = scanstring(text, pos + 1)
                pos = _SPACE.match(text, pos).end()  # type: ignore[union-attr]
                if pos >= n or text[pos] != ":":
                    raise _Broken
                pos += 1
                top.key = key
                expect_key = False
                continue
            if stack:
                stack[-1].started_item = True
            if ch == "{":
                if len(stack) >= MAX_DEPTH:
                    raise _Broken
                stack.append(_Frame({}))
                pos += 1
                expect_key = True
            elif ch == "[":
                if len(stack) >= MAX_DEPTH:
                    raise _Broken
                stack.append(_Frame([]))
                pos += 1
                pos = _SPACE.match(text, pos).end()  # type: ignore[union-attr]
                if pos < n and text[pos] == "]":
                    pos += 1
                    attach(stack.pop().value)
            elif ch == "]" and stack and isinstance(stack[-1].value, list) and not stack[-1].value:
                pos += 1
                attach(stack.pop().value)
            elif ch == '"':
                value, pos = scanstring(text, pos + 1)
                attach(value)
            elif (m := _NUMBER.match(text, pos)) is not None:
                number = m.group()
                pos = m.end()
                attach(float(number) if any(c in number for c in ".eE") else int(number))
            else:
                for word, literal in _LITERALS.items():
                    if text.startswith(word, pos):
                        pos += len(word)
                        attach(literal)
                        break
                else:
                    raise _Broken
    except (_Broken, ValueError, RecursionError) as exc:
        line = text.count("\n", 0, min(pos, n)) + 1
        value, dropped = _unwind(stack, root if have_root else None)
        cut = pos >= n or "Unterminated string" in str(exc)
        where = "the file ends too early" if cut else f"unreadable at line {line}"
        if value is None:
            return Parsed(None, f"not JSON ({where})")
        return Parsed(value, f"cut or damaged: {where}; the items before it were read", dropped)
    trailing = text[pos:].strip()
    if trailing:
        return Parsed(root, "unexpected text after the JSON value (ignored)")
    return Parsed(root)


def _unwind(stack: list[_Frame], root: Any) -> tuple[Any, int]:
    """Close the open containers around a break.

    The outermost open list is the file's collection of items: its complete items stay and the
    item being read at the break is dropped whole (its later fields are unknown). The objects
    around that list (the file's sections) stay with what they hold.
    """
    if not stack:
        return root, 0
    lists = [i for i, frame in enumerate(stack) if isinstance(frame.value, list)]
    if lists:
        cut = lists[0]
        dropped = 1 if cut < len(stack) - 1 or stack[cut].started_item else 0
    else:
        cut, dropped = len(stack) - 1, 0
    child: Any = stack[cut].value
    for depth in range(cut - 1, -1, -1):
        frame = stack[depth]
        if isinstance(frame.value, dict) and frame.key is not None:
            frame.value[frame.key] = child
        child = frame.value
    return child, dropped


# ---------------------------------------------------------------------------------------------
# Text repair and tolerant lookups


def fix_mojibake(value: Any, depth: int = 0) -> Any:
    """Undo Facebook/Instagram's escaping of UTF-8 bytes as latin-1 code points, everywhere."""
    if depth > MAX_DEPTH:
        return value
    if isinstance(value, str):
        return repair_text(value)
    if isinstance(value, list):
        return [fix_mojibake(v, depth + 1) for v in value]
    if isinstance(value, dict):
        return {repair_text(str(k)): fix_mojibake(v, depth + 1) for k, v in value.items()}
    return value


def repair_text(text: str) -> str:
    """`Ã©` → `é`: re-read latin-1 code points as the UTF-8 bytes they were; else unchanged."""
    if not text or text.isascii() or max(text) > "\xff":
        return text
    try:
        return text.encode("latin-1").decode("utf-8")
    except UnicodeDecodeError:
        return text


def norm_key(key: str) -> str:
    """Keys compare without case, spaces, '_' or '-' (export key names drift between versions)."""
    return re.sub(r"[\s_\-]+", "", key).lower()


def get_key(obj: Any, *names: str) -> Any:
    """The value of the first of `names` present in a dict, compared by :func:`norm_key`."""
    if not isinstance(obj, dict):
        return None
    wanted = [norm_key(n) for n in names]
    keys = {norm_key(str(k)): v for k, v in obj.items()}
    for name in wanted:
        if name in keys:
            return keys[name]
    return None


def get_path(obj: Any, *paths: tuple[str, ...]) -> Any:
    """The value at the first path (each step a tolerant key) that exists."""
    for path in paths:
        current = obj
        for step in path:
            current = get_key(current, step)
            if current is None:
                break
        else:
            return current
    return None


def iter_list(value: Any) -> Iterator[tuple[int, Any]]:
    """(index, item) of a list; nothing for anything else."""
    if isinstance(value, list):
        yield from enumerate(value)
