"""Fuzzing the export parsers: whatever the bytes, only records or clean rejections."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import orjson
import pytest
from exportfiles import (
    facebook_files,
    instagram_files,
    tiktok_user_data,
    write_folder,
    x_archive_files,
    zip_bytes,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netra.ingest.connectors.archive import load_json
from netra.ingest.connectors.base import ConnectorError, Event, RunContext, connectors

FAST = settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
LONG = settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))

EXPORTS: dict[str, dict[str, bytes]] = {
    "x-archive": x_archive_files(),
    "facebook-export": facebook_files(),
    "instagram-export": instagram_files(),
    "tiktok-export": {"user_data.json": tiktok_user_data()},
}
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**63), 2**63 - 1)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=12), inner, max_size=5)
    ),
    max_leaves=30,
)


def run(connector: str, files: dict[str, bytes], *, zipped: bool) -> list[Any]:
    """Every record of a connector over the given files; ConnectorError is a clean rejection."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        if zipped:
            source = root / "export.zip"
            source.write_bytes(zip_bytes(files))
        else:
            source = write_folder(root / "export", files)
        ctx = RunContext(source=source, params={"export_timezone": "UTC"})
        try:
            records = list(connectors()[connector]().records(ctx))
        except ConnectorError:
            return []
    for rec in records:
        if isinstance(rec, Event):
            orjson.dumps(rec.data)  # every event is JSON, as events.jsonl needs
            assert rec.data["actor"] and rec.data["event_id"]
    return records


def _mutations(data: bytes) -> st.SearchStrategy[bytes]:
    return st.one_of(
        st.integers(0, len(data)).map(lambda n: data[:n]),  # truncated
        st.tuples(st.integers(0, max(0, len(data) - 1)), st.binary(min_size=1, max_size=8)).map(
            lambda t: data[: t[0]] + t[1] + data[t[0] + len(t[1]) :]  # overwritten bytes
        ),
        st.binary(max_size=200),  # garbage
    )


def _fuzz_case(draw: st.DrawFn, connector: str) -> tuple[dict[str, bytes], bool]:
    files = dict(EXPORTS[connector])
    names = sorted(files)
    name = draw(st.sampled_from(names))
    kind = draw(st.sampled_from(["mutate", "json"]))
    if kind == "mutate":
        files[name] = draw(_mutations(files[name]))
    else:
        files[name] = orjson.dumps(draw(json_values))
    return files, draw(st.booleans())


@st.composite
def cases(draw: st.DrawFn) -> tuple[str, dict[str, bytes], bool]:
    connector = draw(st.sampled_from(sorted(EXPORTS)))
    files, zipped = _fuzz_case(draw, connector)
    return connector, files, zipped


@FAST
@given(cases())
def test_export_parsers_never_crash(case: tuple[str, dict[str, bytes], bool]) -> None:
    connector, files, zipped = case
    run(connector, files, zipped=zipped)


@pytest.mark.slow
@LONG
@given(cases())
def test_export_parsers_never_crash_long(case: tuple[str, dict[str, bytes], bool]) -> None:
    connector, files, zipped = case
    run(connector, files, zipped=zipped)


@FAST
@given(st.binary(max_size=300))
def test_load_json_takes_any_bytes(data: bytes) -> None:
    load_json(data)


items = st.lists(
    st.dictionaries(st.sampled_from(["a", "b", "c"]), json_values, max_size=3), max_size=8
)


@settings(max_examples=60, deadline=None)
@given(items, st.data())
def test_a_cut_list_keeps_exactly_its_complete_items(
    value: list[dict[str, Any]], data: st.DataObject
) -> None:
    text = orjson.dumps(value, option=orjson.OPT_INDENT_2)
    cut = data.draw(st.integers(0, len(text)))
    parsed = load_json(text[:cut])
    if cut == len(text):
        assert parsed.value == value and parsed.damage is None
    elif parsed.value is not None:
        kept = parsed.value
        assert isinstance(kept, list) and kept == value[: len(kept)]  # no partial item


def test_every_connector_survives_a_zip_bomb_shape(tmp_path: Path) -> None:
    # A member claiming a huge size is refused as a data file, not read into memory.
    import zipfile

    path = tmp_path / "bomb.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("data/tweets.js", b"[" + b" " * (1 << 20) + b"]")
    from netra.ingest.connectors import archive

    old = archive.MAX_MEMBER_BYTES
    archive.MAX_MEMBER_BYTES = 1000
    try:
        records = list(
            connectors()["x-archive"]().records(RunContext(source=path, params={"handle": "a"}))
        )
    finally:
        archive.MAX_MEMBER_BYTES = old
    assert any("too large" in getattr(r, "reason", "") for r in records)
