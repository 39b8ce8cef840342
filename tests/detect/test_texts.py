"""Texts read once per scan (DetectContext.texts) and the equal-key joins of engagement.

Each is checked against the SQL it replaced, on random small worlds: the same texts, the same
events behind each text, the same (event, target account) pairs.
"""

from __future__ import annotations

from typing import Any

import duckdb
import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from netra.detect.context import DetectContext
from netra.detect.engagement import actor_is_target_sql, match_target_sql, matched_targets_sql
from netra.ingest.events import EVENT_COLUMNS
from netra.text.normalize import MEDIA_MARK, normalize

ACTIONS = ["post", "comment", "reply", "quote", "share", "like", "follow", "join"]
PLATFORMS = ["x", "facebook", None]
IDS = ["u1", "u2", "t1", "t2", None]
HANDLES = ["ani", "budi", "tim", "partai", None]
TEXTS = [None, "", " ", "  \n ", "Ayo coblos 02", "ayo coblos 02", "HOAKS vaksin", "a \n b"]

TARGET_ACCOUNT = st.tuples(
    st.sampled_from(["T1", "T2"]),
    st.sampled_from(["x", "facebook"]),
    st.sampled_from(["t1", "t2", "u2", None]),
    st.sampled_from(["tim", "partai", "budi", None]),
)
EVENT = st.fixed_dictionaries(
    {
        "platform": st.sampled_from(PLATFORMS),
        "action": st.sampled_from(ACTIONS),
        "actor_user_id": st.sampled_from(IDS),
        "actor_handle": st.sampled_from(HANDLES),
        "target_post_id": st.sampled_from(IDS),
        "target_author_user_id": st.sampled_from(IDS),
        "target_author_handle": st.sampled_from(HANDLES),
        "text": st.sampled_from(TEXTS),
        "media_text": st.sampled_from(TEXTS),
        "target_text": st.sampled_from(TEXTS),
    }
)


def _context(events: list[dict[str, Any]], accounts: list[tuple[Any, ...]]) -> DetectContext:
    con = duckdb.connect()
    con.execute(f"CREATE TABLE events ({EVENT_COLUMNS})")
    rows = [{"event_id": f"e{i:03d}", **event} for i, event in enumerate(events)]
    for name in {key for row in rows for key in row}:
        for row in rows:
            row.setdefault(name, None)
    if rows:
        table = pa.Table.from_pylist(rows, schema=pa.schema([(k, pa.string()) for k in rows[0]]))
        con.register("_new", table)
        con.execute("INSERT INTO events BY NAME SELECT * FROM _new")
        con.unregister("_new")
    con.execute(
        "CREATE TABLE target_accounts "
        "(target_id VARCHAR, platform VARCHAR, user_id VARCHAR, handle VARCHAR)"
    )
    if accounts:
        con.executemany("INSERT INTO target_accounts VALUES (?, ?, ?, ?)", accounts)
    return DetectContext(con=con, timezone="Asia/Jakarta", policy="id")


def _old_fetch_texts(
    ctx: DetectContext, actions: list[str], shared_text_actions: list[str], media: bool
) -> list[tuple[str, list[str]]]:
    """The query `fetch_texts` ran before texts were shared (a correlated NOT EXISTS)."""
    # With the media text after its mark (`MEDIA_MARK`), blank media text left out.
    own = (
        f"e.text, CASE WHEN trim(e.media_text) <> '' THEN chr({ord(MEDIA_MARK)}) || ' ' "
        "|| e.media_text END"
        if media
        else "e.text"
    )
    shared = ", ".join(f"'{a}'" for a in shared_text_actions) or "NULL"
    body = f"concat_ws(' \n ', {own}, CASE WHEN e.action IN ({shared}) THEN e.target_text END)"
    listed = ", ".join(f"'{a}'" for a in actions)
    rows = ctx.con.execute(
        f"""SELECT {body} AS body, list(e.event_id ORDER BY e.event_id) FROM events e
            WHERE e.action IN ({listed}) AND NOT {actor_is_target_sql()}
            GROUP BY body HAVING nullif(trim(body), '') IS NOT NULL ORDER BY body"""
    ).fetchall()
    return [(str(text), list(ids)) for text, ids in rows]


@settings(max_examples=40, deadline=None)
@given(
    events=st.lists(EVENT, max_size=40),
    accounts=st.lists(TARGET_ACCOUNT, max_size=6),
    actions=st.lists(st.sampled_from(ACTIONS), min_size=1, max_size=5, unique=True),
    shared=st.lists(st.sampled_from(["share", "quote"]), max_size=2, unique=True),
    media=st.booleans(),
)
def test_texts_are_the_texts_fetch_texts_read(
    events: list[dict[str, Any]],
    accounts: list[tuple[Any, ...]],
    actions: list[str],
    shared: list[str],
    media: bool,
) -> None:
    ctx = _context(events, accounts)
    try:
        expected = _old_fetch_texts(ctx, actions, shared, media)
        texts = ctx.texts(actions, shared_text_actions=shared, media=media)
        assert texts.texts == [text for text, _ in expected]
        ids = texts.event_ids(range(len(texts)))
        assert [ids[i] for i in range(len(texts))] == [event_ids for _, event_ids in expected]
        assert texts.normals() == [normalize(t) for t in texts.texts]
        # Read once: the same object for the same actions in another order.
        assert ctx.texts(actions[::-1], shared_text_actions=shared, media=media) is texts
        # The table carries each event once, with the number of its text.
        rows = ctx.con.execute(f"SELECT body_id, event_id FROM {texts.table}").fetchall()
        assert sorted(rows) == sorted((i, e) for i, (_, es) in enumerate(expected) for e in es)
    finally:
        ctx.close()


def test_texts_without_actions_are_empty() -> None:
    ctx = _context([{"action": "post", "text": "halo"}], [])
    try:
        texts = ctx.texts([])
        assert texts.texts == [] and texts.event_ids([]) == {}
    finally:
        ctx.close()


def test_event_ids_only_for_the_texts_asked() -> None:
    events = [
        {"action": "post", "text": "b", "platform": "x", "actor_user_id": "u1"},
        {"action": "post", "text": "a", "platform": "x", "actor_user_id": "u2"},
        {"action": "share", "target_text": "a", "platform": "x", "actor_user_id": "u1"},
        {"action": "post", "text": "a", "platform": "x", "actor_user_id": "t1"},
    ]
    ctx = _context(events, [("T1", "x", "t1", None)])
    try:
        texts = ctx.texts(["post", "share"], shared_text_actions=["share"])
        assert texts.texts == ["a", "b"]
        # e003 is the target's own post: never a text of an employee.
        assert texts.event_ids([0]) == {0: ["e001", "e002"]}
        assert texts.event_ids([1, 1]) == {1: ["e000"]}
    finally:
        ctx.close()


@settings(max_examples=40, deadline=None)
@given(
    events=st.lists(EVENT, max_size=40),
    accounts=st.lists(TARGET_ACCOUNT, max_size=6),
    actions=st.lists(st.sampled_from(ACTIONS), min_size=1, max_size=6, unique=True),
)
def test_matched_targets_are_the_or_join(
    events: list[dict[str, Any]], accounts: list[tuple[Any, ...]], actions: list[str]
) -> None:
    ctx = _context(events, accounts)
    listed = ", ".join(f"'{a}'" for a in actions)
    try:
        old = ctx.con.execute(
            f"""SELECT DISTINCT e.event_id, ta.target_id, ta.user_id, ta.handle
                FROM events e JOIN target_accounts ta ON {match_target_sql()}
                WHERE e.action IN ({listed}) AND NOT {actor_is_target_sql()}"""
        ).fetchall()
        new = ctx.con.execute(
            f"""WITH {matched_targets_sql(listed)}
                SELECT DISTINCT event_id, target_id, ta_user_id, ta_handle FROM matched"""
        ).fetchall()
        assert sorted(new, key=repr) == sorted(old, key=repr)
    finally:
        ctx.close()


@pytest.mark.parametrize("media", [True, False])
def test_a_text_set_per_way_of_reading(media: bool) -> None:
    ctx = _context([{"action": "post", "text": "a", "media_text": "b"}], [])
    try:
        with_media = ctx.texts(["post"], media=True)
        without = ctx.texts(["post"], media=False)
        assert with_media is not without
        assert (with_media if media else without).texts == (
            [f"a \n {MEDIA_MARK} b"] if media else ["a"]
        )
    finally:
        ctx.close()


def test_drop_texts_frees_them_and_reads_again_when_asked() -> None:
    ctx = _context([{"action": "post", "text": "a"}, {"action": "post", "text": "b"}], [])
    try:
        texts = ctx.texts(["post"])
        assert texts.normals() == ["a", "b"] and ctx.normal_memo
        ctx.drop_texts()
        assert not ctx.normal_memo
        tables = {
            t for (t,) in ctx.con.execute("SELECT table_name FROM duckdb_tables()").fetchall()
        }
        assert texts.table not in tables
        again = ctx.texts(["post"])
        assert again is not texts and again.texts == ["a", "b"]
        assert again.event_ids([1]) == {1: ["e001"]}
    finally:
        ctx.close()


def test_media_text_read_only_for_the_actions_listed() -> None:
    ctx = _context(
        [
            {"action": "post", "text": "a", "media_text": "b"},
            {"action": "share", "text": "c", "media_text": "d"},
        ],
        [],
    )
    try:
        texts = ctx.texts(["post", "share"], media=["post"])
        assert texts.texts == [f"a \n {MEDIA_MARK} b", "c"]
        assert ctx.texts(["post", "share"], media=[]) is ctx.texts(["post", "share"], media=False)
    finally:
        ctx.close()
