"""events.jsonl → validated, de-duplicated Parquet, in set-oriented DuckDB SQL.

The file is cut into chunks at line breaks and handed to DuckDB as Arrow string arrays built
straight on the file's bytes (no Python object per line). DuckDB parses and validates every
line once; the reasons for rejecting a line are computed in SQL, so a bad line costs no more
than a good one and nothing is dropped silently.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Generator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import closing, suppress
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import numpy as np
import orjson
import pyarrow as pa
from duckdb.sqltypes import BOOLEAN, VARCHAR

from netra.ingest.bundle import Rejects
from netra.ingest.schemas import ACTIONS, PLATFORMS

CHUNK_BYTES = 64 * 1024 * 1024
FILE = "events.jsonl"

# JSON paths read from each line: their string values in one parse per line
# (json_extract_string with a list) and their JSON types in another (json_type with a list).
# `actor` and `target` are only type-checked: asking for their string value would serialise
# both objects back to JSON text on every line for nothing.
STRING_PATHS = [
    "$.event_id",
    "$.platform",
    "$.action",
    "$.occurred_at",
    "$.actor.user_id",
    "$.actor.handle",
    "$.actor.display_name",
    "$.actor.bio",
    "$.actor.location",
    "$.target.post_id",
    "$.target.author_user_id",
    "$.target.author_handle",
    "$.target.text",
    "$.target.url",
    "$.text",
    "$.url",
    "$.media",
    "$.source",
]
TYPE_PATHS = [
    "$.event_id",
    "$.platform",
    "$.action",
    "$.occurred_at",
    "$.actor",
    "$.actor.user_id",
    "$.actor.handle",
    "$.actor.display_name",
    "$.actor.bio",
    "$.actor.location",
    "$.target",
    "$.target.text",
    "$.target.url",
    "$.text",
    "$.url",
    "$.media",
    "$.source",
]
S = {path: i + 1 for i, path in enumerate(STRING_PATHS)}  # DuckDB lists are 1-based
T = {path: i + 1 for i, path in enumerate(TYPE_PATHS)}

_TIME = r"[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?"
# An offset is at most 23:59 either way (ISO 8601); "+25:00" breaks the format.
_OFFSET = r"(Z|[+-]([01]\d|2[0-3])(:?[0-5]\d)?)"
ISO_LOCAL = r"\d{4}-\d{2}-\d{2}(" + _TIME + r")?"
ISO_OFFSET = r"\d{4}-\d{2}-\d{2}" + _TIME + _OFFSET
# ISO 8601's other ways of writing the same instant, rewritten to the extended form above
# before casting: the basic format (20240115T100000+0700), a decimal comma (10:00:00,5) and
# reduced precision (2024-01-15T10Z, the hour alone). Week and ordinal dates stay rejected.
_ISO_REWRITES = [
    (r"^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})", r"\1-\2-\3T\4:\5:\6"),
    (r"^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})", r"\1-\2-\3T\4:\5"),
    (r"^(\d{4})(\d{2})(\d{2})T(\d{2})", r"\1-\2-\3T\4"),
    (r"^(\d{4}-\d{2}-\d{2}[T ]\d{2})([Zz+-]|$)", r"\1:00\2"),
    (r"(:\d{2}),(\d)", r"\1.\2"),
    (r"z$", "Z"),
]


def _iso_extended(expr: str) -> str:
    """SQL: `expr` with the basic format, decimal comma and hour-only forms made extended."""
    for pattern, repl in _ISO_REWRITES:
        expr = f"regexp_replace({expr}, '{pattern}', '{repl}')"
    return expr


# Parquet schema of stored events (also used to create an empty table when nothing is stored).
EVENT_COLUMNS = """
    event_id VARCHAR, platform VARCHAR, action VARCHAR, occurred_at TIMESTAMPTZ,
    occurred_at_raw VARCHAR, actor_user_id VARCHAR, actor_handle VARCHAR,
    actor_display_name VARCHAR, actor_bio VARCHAR, actor_location VARCHAR,
    target_post_id VARCHAR, target_author_user_id VARCHAR, target_author_handle VARCHAR,
    target_text VARCHAR, target_url VARCHAR, text VARCHAR, url VARCHAR, media VARCHAR,
    media_text VARCHAR, source VARCHAR, import_id BIGINT, line_no BIGINT
"""


def _sql_list(values: frozenset[str]) -> str:
    return ", ".join(f"'{v}'" for v in sorted(values))


def _s(path: str) -> str:
    return f"s[{S[path]}]"


def _t(path: str) -> str:
    return f"t[{T[path]}]"


def _id(path: str) -> str:
    """An id field: strings and integers both accepted, blank means absent."""
    return f"nullif(trim({_s(path)}), '')"


def _handle(path: str) -> str:
    return f"nullif(lower(trim(ltrim(trim({_s(path)}), '@'))), '')"


def _text(path: str) -> str:
    return f"CASE WHEN {_t(path)} = 'VARCHAR' THEN {_s(path)} END"


_STRINGY = "('VARCHAR', 'NULL')"
_IDISH = "('VARCHAR', 'BIGINT', 'UBIGINT', 'NULL')"


def _validation_sql(tz: str) -> str:
    raw_at = _s("$.occurred_at")
    ext = _iso_extended(raw_at)
    ts = f"""CASE
        WHEN {_t("$.occurred_at")} IS NULL OR {_t("$.occurred_at")} = 'NULL' THEN NULL
        WHEN regexp_full_match({raw_at}, '{ISO_OFFSET}') THEN try_cast({raw_at} AS TIMESTAMPTZ)
        WHEN regexp_full_match({raw_at}, '{ISO_LOCAL}')
            THEN timezone('{tz}', try_cast({raw_at} AS TIMESTAMP))
        WHEN regexp_full_match({ext}, '{ISO_OFFSET}') THEN try_cast({ext} AS TIMESTAMPTZ)
        WHEN regexp_full_match({ext}, '{ISO_LOCAL}')
            THEN timezone('{tz}', try_cast({ext} AS TIMESTAMP))
        END"""
    target_ids = (
        f"coalesce({_id('$.target.post_id')}, {_id('$.target.author_user_id')}, "
        f"{_handle('$.target.author_handle')}, {_id('$.target.url')})"
    )
    has_media = f"{_t('$.media')} = 'ARRAY' AND {_s('$.media')} <> '[]'"
    reasons = [
        f"CASE WHEN {_t('$.event_id')} NOT IN ('VARCHAR', 'BIGINT', 'UBIGINT') "
        f"OR {_id('$.event_id')} IS NULL THEN 'event_id is missing or empty' END",
        f"CASE WHEN {_t('$.platform')} IS DISTINCT FROM 'VARCHAR' OR {_s('$.platform')} NOT IN "
        f"({_sql_list(PLATFORMS)}) THEN 'platform must be one of {', '.join(sorted(PLATFORMS))}"
        f", got ' || coalesce({_s('$.platform')}, 'nothing') END",
        f"CASE WHEN {_t('$.action')} IS DISTINCT FROM 'VARCHAR' OR {_s('$.action')} NOT IN "
        f"({_sql_list(ACTIONS)}) THEN 'action must be one of {', '.join(sorted(ACTIONS))}"
        f", got ' || coalesce({_s('$.action')}, 'nothing') END",
        f"CASE WHEN {_t('$.occurred_at')} NOT IN {_STRINGY} OR ({_t('$.occurred_at')} = 'VARCHAR'"
        f" AND ts IS NULL) THEN 'occurred_at must be an ISO 8601 timestamp or null, got ' || "
        f"coalesce({raw_at}, '?') END",
        f"CASE WHEN {_t('$.actor')} IS DISTINCT FROM 'OBJECT' THEN 'actor must be an object' "
        f"WHEN {_t('$.actor.user_id')} NOT IN {_IDISH} OR {_t('$.actor.handle')} NOT IN "
        f"{_STRINGY} THEN 'actor.user_id and actor.handle must be strings' "
        f"WHEN {_id('$.actor.user_id')} IS NULL AND {_handle('$.actor.handle')} IS NULL "
        f"THEN 'actor needs a user_id or a handle' END",
        f"CASE WHEN {_s('$.action')} = 'post' THEN NULL "
        f"WHEN {_t('$.target')} IS DISTINCT FROM 'OBJECT' "
        f"THEN 'target is required (an object) for action ' || {_s('$.action')} "
        f"WHEN {_s('$.action')} = 'follow' AND {_id('$.target.author_user_id')} IS NULL AND "
        f"{_handle('$.target.author_handle')} IS NULL "
        f"THEN 'target of a follow needs author_user_id or author_handle' "
        f"WHEN {target_ids} IS NULL THEN 'target needs a post_id, author_user_id, "
        f"author_handle or url' END",
        f"CASE WHEN {_t('$.text')} NOT IN {_STRINGY} THEN 'text must be a string or null' END",
        f"CASE WHEN {_t('$.media')} NOT IN ('ARRAY', 'NULL') THEN 'media must be a list' "
        # Items are checked only when there are some (most events carry none).
        f"WHEN {has_media} AND NOT list_bool_and(list_transform("
        f"json_extract({_s('$.media')}, '$[*]'), lambda x: json_type(x) = 'OBJECT')) "
        f"THEN 'each media item must be an object' "
        f"WHEN {has_media} AND NOT list_bool_and(list_transform("
        f"json_extract({_s('$.media')}, '$[*].kind'), lambda k: k IS NULL "
        f"OR json_type(k) = 'NULL' OR k::VARCHAR IN ('\"image\"', '\"video\"'))) "
        f"THEN 'media kind must be image or video' END",
    ]
    return f"""
    WITH checked AS (
        -- DuckDB's parser takes NaN and Infinity, which JSON (RFC 8259) does not have
        -- (only the rare lines that hold those words are parsed again, strictly)
        SELECT line_no, byte_offset, json_valid(raw) AND CASE
                WHEN contains(raw, 'NaN') OR contains(raw, 'Infinity')
                THEN netra_strict_json(raw) ELSE TRUE END AS valid, raw FROM lines
    ), fields AS (
        SELECT line_no, byte_offset, valid,
            CASE WHEN valid THEN
                CASE WHEN starts_with(raw, '{{') THEN 'OBJECT' ELSE json_type(raw) END
            WHEN trim(raw, ' ' || chr(9) || chr(13) || chr(10)) = '' THEN 'BLANK'
            END AS root,
            CASE WHEN valid THEN json_extract_string(raw, {STRING_PATHS!r}) END AS s,
            CASE WHEN valid THEN json_type(raw, {TYPE_PATHS!r}) END AS t
        FROM checked
    ), withmedia AS (
        -- the media list is re-read from its own small fragment, and only when it has items
        SELECT *, CASE WHEN {_t("$.media")} = 'ARRAY' AND {_s("$.media")} <> '[]' THEN
                array_to_string(
                    list_concat(
                        json_extract_string({_s("$.media")}, '$[*].ocr_text'),
                        json_extract_string({_s("$.media")}, '$[*].alt_text')),
                    ' ')
            END AS media_text
        FROM fields
    ), timed AS (SELECT *, {ts} AS ts FROM withmedia)
    SELECT line_no, byte_offset,
        CASE WHEN root = 'BLANK' THEN 'blank line (not a JSON object)'
             WHEN NOT valid THEN 'not valid JSON'
             WHEN root <> 'OBJECT' THEN 'a line must be a JSON object'
             ELSE concat_ws('; ', {", ".join(reasons)})
        END AS reason,
        {_id("$.event_id")} AS event_id,
        {_s("$.platform")} AS platform,
        {_s("$.action")} AS action,
        ts AS occurred_at,
        {_text("$.occurred_at")} AS occurred_at_raw,
        {_id("$.actor.user_id")} AS actor_user_id,
        {_handle("$.actor.handle")} AS actor_handle,
        {_text("$.actor.display_name")} AS actor_display_name,
        {_text("$.actor.bio")} AS actor_bio,
        {_text("$.actor.location")} AS actor_location,
        {_id("$.target.post_id")} AS target_post_id,
        {_id("$.target.author_user_id")} AS target_author_user_id,
        {_handle("$.target.author_handle")} AS target_author_handle,
        {_text("$.target.text")} AS target_text,
        {_text("$.target.url")} AS target_url,
        {_text("$.text")} AS text,
        {_text("$.url")} AS url,
        CASE WHEN {_t("$.media")} = 'ARRAY' THEN {_s("$.media")} END AS media,
        nullif(media_text, '') AS media_text,
        {_text("$.source")} AS source
    FROM timed
    """


@dataclass(slots=True)
class EventImportResult:
    """What happened to the lines of events.jsonl."""

    lines: int = 0
    accepted: int = 0
    already_present: int = 0
    rejected: int = 0
    parquet: list[Path] = field(default_factory=list)


def iter_line_chunks(path: Path, size: int = CHUNK_BYTES) -> Generator[pa.Table]:
    """Yield Arrow tables (line_no, byte_offset, raw) for consecutive chunks of the file."""
    line_no = 1
    offset = 0
    carry = np.empty(0, dtype=np.uint8)
    with path.open("rb") as fh:
        # A byte-order mark is no part of the first line (editors on Windows write one).
        if fh.read(3) == b"\xef\xbb\xbf":
            offset = 3
        else:
            fh.seek(0)
        while True:
            # Each chunk is read straight into its own buffer, after the unfinished line carried
            # over from the previous one, and never copied again: the Arrow strings point into it.
            buf = np.empty(len(carry) + size, dtype=np.uint8)
            buf[: len(carry)] = carry
            got = fh.readinto(buf[len(carry) :].data)
            end = len(carry) + got
            if not end:
                break
            breaks = np.flatnonzero(buf[:end] == 10)
            if got:
                if not len(breaks):
                    carry = buf[:end]
                    continue
                cut = int(breaks[-1]) + 1
                data, carry = buf[:cut], buf[cut:end].copy()
            else:
                data, carry = buf[:end], np.empty(0, dtype=np.uint8)
            starts = np.concatenate(([0], breaks + 1)).astype(np.int64)
            ends = np.concatenate((breaks, [len(data)])).astype(np.int64)
            if len(data) and data[-1] == 10:
                starts, ends = starts[:-1], ends[:-1]
            yield _lines_table(data, starts, ends, line_no, offset)
            line_no += len(starts)
            offset += len(data)
            if not got:
                break


def _lines_table(
    data: np.ndarray, starts: np.ndarray, ends: np.ndarray, first_line: int, base_offset: int
) -> pa.Table:
    n = len(starts)
    # Zero-copy: each Arrow string is a whole line with its line break, read straight from the
    # chunk's bytes; JSON treats the trailing "\r\n" as whitespace.
    offsets = np.empty(n + 1, dtype=np.int32)
    offsets[:n] = starts
    offsets[n] = min(len(data), int(ends[-1]) + 1) if n else 0
    raw = pa.StringArray.from_buffers(n, pa.py_buffer(offsets.tobytes()), pa.py_buffer(data))
    bad: list[int] = []
    try:
        raw.validate(full=True)
    except pa.ArrowInvalid:
        raw, bad = _repair_utf8(data, offsets)
    table = pa.table(
        {
            "line_no": pa.array(np.arange(first_line, first_line + n, dtype=np.int64)),
            "byte_offset": pa.array(starts + base_offset),
            "raw": raw,
        }
    )
    return table.replace_schema_metadata({"bad_utf8": ",".join(map(str, bad))})


def _repair_utf8(packed: np.ndarray, offsets: np.ndarray) -> tuple[pa.Array, list[int]]:
    """Blank the lines that are not UTF-8 (they are rejected by index) and keep the others."""
    lines: list[str] = []
    bad: list[int] = []
    for i in range(len(offsets) - 1):
        chunk = packed[offsets[i] : offsets[i + 1]].tobytes()
        try:
            lines.append(chunk.decode("utf-8"))
        except UnicodeDecodeError:
            bad.append(i)
            lines.append("")
    return pa.array(lines, type=pa.string()), bad


def _strict_json(raw: str) -> bool:
    """Whether `raw` is JSON as RFC 8259 has it (no NaN or Infinity, which DuckDB takes)."""
    try:
        orjson.loads(raw)
    except orjson.JSONDecodeError:
        return False
    return True


def import_events(
    path: Path,
    *,
    con: duckdb.DuckDBPyConnection,
    out_prefix: Path,
    existing: list[Path],
    timezone: str,
    rejects: Rejects,
    import_id: int,
    progress: Callable[[int, int], None] | None = None,
) -> EventImportResult:
    """Validate events.jsonl into Parquet parts `{out_prefix}-NNN.parquet`.

    Bad lines are rejected; a repeated event_id is rejected with a pointer to its first line;
    events already stored by an earlier import are skipped (importing twice changes nothing).
    Each chunk is validated, de-duplicated and written on its own, so memory stays bounded.
    """
    result = EventImportResult()
    total = path.stat().st_size
    sql = _validation_sql(timezone)
    with suppress(duckdb.InvalidInputException):  # not registered on this connection yet
        con.remove_function("netra_strict_json")
    con.create_function("netra_strict_json", _strict_json, [VARCHAR], BOOLEAN, side_effects=False)
    con.execute("CREATE OR REPLACE TEMP TABLE seen (event_id VARCHAR, line_no BIGINT)")
    if existing:
        con.execute(
            "CREATE OR REPLACE TEMP TABLE present AS SELECT DISTINCT event_id "
            f"FROM read_parquet({[str(p) for p in existing]!r})"
        )
    else:
        con.execute("CREATE OR REPLACE TEMP TABLE present (event_id VARCHAR)")
    # Validated chunks live in a private in-memory database rather than in temp tables, so
    # that a second connection (the Parquet writer's thread) can read them.
    scratch = f"netra_events_{uuid.uuid4().hex}"
    con.execute(f"ATTACH ':memory:' AS {scratch}")
    writer_con = con.cursor()
    done = 0
    if progress:
        progress(0, total)
    try:
        # Writing a chunk's Parquet runs on one core; it overlaps the validation of the next
        # chunk (DuckDB releases the GIL), with at most one write in flight to bound memory.
        with ThreadPoolExecutor(1, thread_name_prefix="netra-events-parquet") as writer:
            pending: Future[None] | None = None
            with closing(_prefetched(iter_line_chunks(path, CHUNK_BYTES))) as chunks:
                for part, table in enumerate(chunks):
                    chunk = f"{scratch}.chunk_{part:03d}"
                    fresh = _validate_chunk(
                        con, sql, chunk, path, table, rejects, result, bool(existing)
                    )
                    if pending is not None:
                        pending.result()
                        pending = None
                    if fresh:
                        out = Path(f"{out_prefix}-{part:03d}.parquet")
                        out.parent.mkdir(parents=True, exist_ok=True)
                        pending = writer.submit(_write_part, writer_con, chunk, out, import_id)
                        result.parquet.append(out)
                    else:
                        con.execute(f"DROP TABLE {chunk}")
                    done += int(table.column("raw").nbytes)
                    if progress:
                        progress(min(done, total), total)
            if pending is not None:
                pending.result()
    finally:
        writer_con.close()
        con.execute(f"DETACH {scratch}")
        for name in ("seen", "present", "dups"):
            con.execute(f"DROP TABLE IF EXISTS {name}")
    result.rejected = rejects.counts.get(FILE, 0)
    return result


def _validate_chunk(
    con: duckdb.DuckDBPyConnection,
    sql: str,
    chunk: str,
    path: Path,
    table: pa.Table,
    rejects: Rejects,
    result: EventImportResult,
    has_present: bool,
) -> int:
    """Validate one chunk into table `chunk`, quarantine its bad lines; return the new events."""
    meta = table.schema.metadata or {}
    bad = [int(i) for i in meta.get(b"bad_utf8", b"").decode().split(",") if i]
    line_nos = table.column("line_no").to_pylist() if bad else []
    bad_lines = {line_nos[i] for i in bad}
    for i in bad:
        rejects.add(FILE, line_nos[i], "not valid UTF-8", _read_raw(path, table, i))
    result.lines += table.num_rows
    # Many small record batches, not one: DuckDB scans an Arrow table one batch per thread,
    # so a single 64 MB batch would validate on one core (measured: 2.45 s -> 1.45 s wall
    # on two cores for the 40,000-employee bundle). The slices share the file's buffers.
    con.register("lines", pa.Table.from_batches(table.to_batches(max_chunksize=16_384)))
    try:
        con.execute(
            f"CREATE TABLE {chunk} AS SELECT *, NULL::BIGINT AS dup_of, false AS present "
            f"FROM ({sql})"
        )
    finally:
        con.unregister("lines")
    # Repeated event_ids are found on two narrow columns and marked in place (usually none),
    # rather than by joining every wide validated row.
    con.execute(
        f"""CREATE OR REPLACE TEMP TABLE dups AS
        WITH ok AS (SELECT event_id, line_no FROM {chunk} WHERE reason = ''),
            firsts AS (SELECT event_id, min(line_no) AS first_line FROM ok GROUP BY event_id)
        SELECT ok.line_no, coalesce(s.line_no, f.first_line) AS dup_of
        FROM ok JOIN firsts f ON f.event_id = ok.event_id
        LEFT JOIN seen s ON s.event_id = ok.event_id
        WHERE s.line_no IS NOT NULL OR f.first_line < ok.line_no"""
    )
    if con.execute("SELECT count(*) FROM dups").fetchall()[0][0]:
        con.execute(
            f"UPDATE {chunk} c SET dup_of = d.dup_of FROM dups d WHERE c.line_no = d.line_no"
        )
    if has_present:
        con.execute(
            f"UPDATE {chunk} SET present = true "
            "WHERE reason = '' AND event_id IN (SELECT event_id FROM present)"
        )
    # The raw text of a rejected line is taken from the chunk already in memory (the same
    # bytes `read_line_at` would read back from the file), not by reopening the file per line.
    raws = table.column("raw")
    first_line = table.column("line_no")[0].as_py() if table.num_rows else 0
    for line_no, reason, dup_of in con.execute(
        f"""SELECT line_no, reason, dup_of FROM {chunk}
           WHERE reason <> '' OR dup_of IS NOT NULL ORDER BY line_no"""
    ).fetchall():
        if line_no in bad_lines:
            continue
        why = reason or f"duplicate event_id (first on line {dup_of})"
        rejects.add(FILE, line_no, why, raws[line_no - first_line].as_py().rstrip("\r\n"))
    fresh, present = con.execute(
        f"""SELECT count(*) FILTER (WHERE NOT present), count(*) FILTER (WHERE present)
           FROM {chunk} WHERE reason = '' AND dup_of IS NULL"""
    ).fetchall()[0]
    result.accepted += fresh
    result.already_present += present
    con.execute(
        f"INSERT INTO seen SELECT event_id, line_no FROM {chunk} "
        "WHERE reason = '' AND dup_of IS NULL"
    )
    return int(fresh)


def _write_part(con: duckdb.DuckDBPyConnection, chunk: str, out: Path, import_id: int) -> None:
    """Write the new events of a validated chunk to one Parquet file, then drop the chunk."""
    con.execute(
        f"""COPY (SELECT event_id, platform, action, occurred_at, occurred_at_raw,
                actor_user_id, actor_handle, actor_display_name, actor_bio,
                actor_location, target_post_id, target_author_user_id,
                target_author_handle, target_text, target_url, text, url, media,
                media_text, source, {import_id}::BIGINT AS import_id, line_no
            FROM {chunk} WHERE reason = '' AND dup_of IS NULL AND NOT present
            ORDER BY line_no)
        TO '{out}' (FORMAT parquet)"""
    )
    con.execute(f"DROP TABLE {chunk}")


def _prefetched(chunks: Generator[pa.Table]) -> Generator[pa.Table]:
    """The same chunks, the next one read on a thread while the caller works on this one."""
    # Reading the file and finding its line breaks release the GIL, so they overlap DuckDB.
    with ThreadPoolExecutor(1, thread_name_prefix="netra-events-read") as reader:
        ahead = reader.submit(next, chunks, None)
        try:
            while (table := ahead.result()) is not None:
                ahead = reader.submit(next, chunks, None)
                yield table
        finally:
            # Let the read in flight finish before closing the generator it is advancing.
            if not ahead.cancel():
                ahead.exception()
            chunks.close()


def _read_raw(path: Path, table: pa.Table, index: int) -> str:
    return read_line_at(path, int(table.column("byte_offset")[index].as_py()))


def read_line_at(path: Path, byte_offset: int) -> str:
    """The raw line that starts at `byte_offset` (for the quarantine), undecodable bytes marked."""
    with path.open("rb") as fh:
        fh.seek(byte_offset)
        line = fh.readline()
    return line.rstrip(b"\r\n").decode("utf-8", errors="replace")
