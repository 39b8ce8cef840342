"""API connectors replayed from recorded-shape answers (httpx.MockTransport, no network)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
import httpx
import orjson
import pytest
from sqlalchemy import select

from netra.audit.models import AuditEntry
from netra.core.db import Database
from netra.ingest.connectors.base import (
    ConnectorError,
    ConnectorInterrupted,
    Redactor,
    RunContext,
)
from netra.ingest.connectors.service import checkpoint_path, import_connector, load_checkpoint
from netra.ingest.connectors.webapi import ApiClient, parse_reset
from netra.ingest.models import ImportRun

Handler = Callable[[httpx.Request], httpx.Response]
SECRET = "tok-SECRET-1234567890"


class Recorder:
    """A MockTransport whose answers are given per path; keeps every request."""

    def __init__(self, routes: dict[str, Handler | list[httpx.Response] | Any]) -> None:
        self.routes = routes
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        route = self.routes.get(request.url.path)
        if route is None:
            return httpx.Response(404, json={"error": "not found"})
        if isinstance(route, httpx.Response):
            return httpx.Response(route.status_code, headers=route.headers, content=route.content)
        if callable(route):
            return route(request)
        if isinstance(route, list):
            item = route.pop(0) if len(route) > 1 else route[0]
            if isinstance(item, httpx.Response):
                return httpx.Response(item.status_code, headers=item.headers, content=item.content)
            return httpx.Response(200, json=item)
        return httpx.Response(200, json=route)

    @property
    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self)

    def paths(self) -> list[str]:
        return [r.url.path for r in self.requests]


def stored(db: Database) -> dict[str, dict[str, Any]]:
    files = sorted(db.workspace.events_dir.glob("*.parquet"))
    if not files:
        return {}
    con = duckdb.connect()
    rows = con.execute(f"SELECT * FROM read_parquet({[str(f) for f in files]!r})").fetchall()
    names = [d[0] for d in con.description]
    con.close()
    return {r[0]: dict(zip(names, r, strict=True)) for r in rows}


def everything_written(db: Database) -> str:
    """Every text the workspace holds about runs: quarantine, audit, import runs, checkpoints."""
    parts = []
    if db.workspace.rejected_path.exists():
        parts.append(db.workspace.rejected_path.read_text())
    with db.session() as session:
        parts.extend(e.payload for e in session.scalars(select(AuditEntry)))
        parts.extend(
            orjson.dumps(r.counts).decode() + r.source for r in session.scalars(select(ImportRun))
        )
    for path in (db.workspace.root / "connectors").rglob("*"):
        if path.is_file():
            parts.append(path.read_text())
    return "\n".join(parts)


# --- Bluesky ---------------------------------------------------------------------------------

DID = "did:plc:calon02"
POST = f"at://{DID}/app.bsky.feed.post/3kabc"
PROFILE = {"did": DID, "handle": "calon02.bsky.social", "displayName": "Calon 02"}


def feed_item(rkey: str, when: str, text: str, **extra: Any) -> dict[str, Any]:
    return {
        "post": {
            "uri": f"at://{DID}/app.bsky.feed.post/{rkey}",
            "author": PROFILE,
            "record": {"text": text, "createdAt": when, **extra},
            "indexedAt": when,
        }
    }


def bluesky_routes(pages: list[httpx.Response] | None = None) -> dict[str, Any]:
    first = {
        "feed": [
            feed_item("3kabc", "2024-01-05T03:00:00Z", "Terima kasih relawan!"),
            feed_item(
                "3kdef",
                "2024-01-04T03:00:00Z",
                "setuju",
                reply={"parent": {"uri": "at://did:plc:other/app.bsky.feed.post/1"}},
            ),
        ],
        "cursor": "c1",
    }
    second = {
        "feed": [
            {
                **feed_item("3kold", "2024-01-01T00:00:00Z", "dari teman"),
                "reason": {
                    "$type": "app.bsky.feed.defs#reasonRepost",
                    "by": PROFILE,
                    "indexedAt": "2024-01-03T00:00:00Z",
                },
            }
        ]
    }

    def feed(request: httpx.Request) -> httpx.Response:
        if request.url.params.get("cursor") == "c1":
            if pages:
                return pages.pop(0)
            return httpx.Response(200, json=second)
        return httpx.Response(200, json=first)

    return {
        "/xrpc/app.bsky.feed.getAuthorFeed": feed,
        "/xrpc/app.bsky.feed.getLikes": [
            httpx.Response(429, headers={"Retry-After": "3"}, json={"error": "RateLimit"}),
            httpx.Response(
                200,
                json={
                    "uri": POST,
                    "likes": [
                        {
                            "actor": {"did": "did:plc:asn1", "handle": "budi.bsky.social"},
                            "createdAt": "2024-01-05T04:00:00Z",
                        },
                        {
                            "actor": {"did": "did:plc:asn2", "handle": "rina.bsky.social"},
                            "createdAt": "2024-01-05T05:00:00Z",
                        },
                    ],
                },
            ),
        ],
        "/xrpc/app.bsky.feed.getRepostedBy": {
            "uri": POST,
            "repostedBy": [{"did": "did:plc:asn3", "handle": "agus.bsky.social"}],
        },
        "/xrpc/app.bsky.graph.getFollowers": {
            "subject": PROFILE,
            "followers": [{"did": "did:plc:asn1", "handle": "budi.bsky.social"}],
        },
    }


def test_bluesky_feed_likes_reposts_followers_with_rate_limit(db: Database) -> None:
    rec = Recorder(bluesky_routes())
    slept: list[float] = []
    summary = import_connector(
        db,
        "bluesky",
        params={"actor": "calon02.bsky.social", "followers": "true"},
        transport=rec.transport,
        sleep=slept.append,
    )
    events = stored(db)
    assert summary.events.accepted == 7
    assert events[f"bluesky:{POST}:post:{DID}"]["text"] == "Terima kasih relawan!"
    reply = next(e for e in events.values() if e["action"] == "reply")
    assert reply["target_author_user_id"] == "did:plc:other"
    like = events[f"bluesky:{POST}:like:did:plc:asn1"]
    assert like["target_author_user_id"] == DID and like["occurred_at"] is not None
    assert events[f"bluesky:{POST}:share:did:plc:asn3"]["occurred_at"] is None
    assert events[f"bluesky:{DID}:follow:did:plc:asn1"]["target_author_handle"] == (
        "calon02.bsky.social"
    )
    assert slept == [3.0]  # Retry-After respected


def test_bluesky_interrupted_run_keeps_what_it_read_and_resumes(db: Database) -> None:
    failing = [httpx.Response(503) for _ in range(10)]
    rec = Recorder(bluesky_routes(pages=failing))
    with pytest.raises(ConnectorInterrupted, match="HTTP 503 6 times") as info:
        import_connector(
            db,
            "bluesky",
            params={"actor": "calon02.bsky.social", "likes": "false", "reposts": "false"},
            transport=rec.transport,
            sleep=lambda s: None,
        )
    assert info.value.summary.events.accepted == 2  # the first page is kept
    params = {"actor": "calon02.bsky.social", "likes": "false", "reposts": "false"}
    from netra.ingest.connectors.base import get_connector, parse_params

    path = checkpoint_path(db, "bluesky", parse_params(get_connector("bluesky"), params))
    assert load_checkpoint(path).stream("feed:calon02.bsky.social")["cursor"] == "c1"
    # The next run starts where the last one stopped.
    rec2 = Recorder(bluesky_routes())
    summary = import_connector(db, "bluesky", params=params, transport=rec2.transport)
    assert rec2.requests[0].url.params.get("cursor") == "c1"
    assert summary.events.accepted == 1 and len(stored(db)) == 3
    state = load_checkpoint(path).stream("feed:calon02.bsky.social")
    assert state["cursor"] is None and state["stop_at"] == "2024-01-05T03:00:00+00:00"
    # A later round reads the first page only: nothing there is newer than the last pass.
    rec3 = Recorder(bluesky_routes())
    again = import_connector(db, "bluesky", params=params, transport=rec3.transport)
    assert rec3.paths() == ["/xrpc/app.bsky.feed.getAuthorFeed"]
    assert again.events.accepted == 0


# --- X API v2 --------------------------------------------------------------------------------


def x_routes(now: datetime) -> dict[str, Any]:
    reset = str(int(now.timestamp()) + 60)
    return {
        "/2/users/by/username/calon02": {
            "data": {"id": "12345", "username": "calon02", "name": "Calon 02"}
        },
        "/2/users/12345/tweets": httpx.Response(
            200,
            headers={"x-rate-limit-remaining": "0", "x-rate-limit-reset": reset},
            json={
                "data": [
                    {
                        "id": "900",
                        "text": "Kampanye akbar hari ini",
                        "author_id": "12345",
                        "created_at": "2024-01-05T03:00:00.000Z",
                    },
                    {
                        "id": "901",
                        "text": "RT @teman: hebat",
                        "author_id": "12345",
                        "created_at": "2024-01-04T03:00:00.000Z",
                        "referenced_tweets": [{"type": "retweeted", "id": "50"}],
                    },
                ],
                "includes": {
                    "tweets": [{"id": "50", "author_id": "77", "text": "hebat"}],
                    "users": [{"id": "77", "username": "teman"}],
                },
                "meta": {"result_count": 2},
            },
        ),
        "/2/tweets/900/quote_tweets": {
            "data": [
                {
                    "id": "950",
                    "text": "Setuju! coblos 02",
                    "author_id": "99",
                    "created_at": "2024-01-05T04:00:00.000Z",
                    "referenced_tweets": [{"type": "quoted", "id": "900"}],
                }
            ],
            "includes": {
                "users": [{"id": "99", "username": "budi_s", "name": "Budi"}],
                "tweets": [{"id": "900", "author_id": "12345"}],
            },
            "meta": {},
        },
        "/2/tweets/search/recent": {
            "data": [
                {
                    "id": "960",
                    "text": "@calon02 siap!",
                    "author_id": "98",
                    "created_at": "2024-01-05T05:00:00.000Z",
                    "in_reply_to_user_id": "12345",
                    "referenced_tweets": [{"type": "replied_to", "id": "900"}],
                }
            ],
            "includes": {"users": [{"id": "98", "username": "rina"}]},
            "meta": {},
        },
        "/2/tweets/900/retweeted_by": {"data": [{"id": "97", "username": "agus"}], "meta": {}},
    }


def test_x_api_collects_tweets_quotes_replies_retweets_and_waits_for_the_reset(
    db: Database,
) -> None:
    rec = Recorder(x_routes(datetime.now(UTC)))
    slept: list[float] = []
    # The service's RunContext uses the wall clock: reset is computed against the real now.
    summary = import_connector(
        db,
        "x-api",
        params={"bearer_token": SECRET, "user": "calon02"},
        transport=rec.transport,
        sleep=slept.append,
    )
    events = stored(db)
    assert summary.events.accepted == 5
    assert events["x:950:quote:99"]["target_post_id"] == "900"
    assert events["x:960:reply:98"]["target_author_user_id"] == "12345"
    assert events["x:900:share:97"]["occurred_at"] is None
    assert events["x:901:share:12345"]["target_author_handle"] == "teman"
    assert rec.requests[0].headers["Authorization"] == f"Bearer {SECRET}"
    assert "conversation_id:900 is:reply" in str(rec.requests[-2].url.params) or any(
        r.url.params.get("query") == "conversation_id:900 is:reply" for r in rec.requests
    )
    assert len(slept) == 1  # remaining 0 → one wait before the next request
    assert SECRET not in everything_written(db)


def test_x_api_rate_limit_longer_than_max_wait_interrupts(db: Database) -> None:
    def limited(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            429, headers={"x-rate-limit-remaining": "0", "x-rate-limit-reset": "9999999999"}
        )

    rec = Recorder({"/2/users/by/username/calon02": limited})
    with pytest.raises(ConnectorInterrupted, match="longer than max_wait"):
        import_connector(
            db,
            "x-api",
            params={"bearer_token": SECRET, "user": "calon02"},
            transport=rec.transport,
            sleep=lambda s: None,
        )


def test_refused_token_is_a_clear_error_without_the_token(
    db: Database, caplog: pytest.LogCaptureFixture
) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        return httpx.Response(401, json={"detail": f"Unauthorized token {SECRET}"})

    rec = Recorder({"/2/users/by/username/calon02": refuse})
    caplog.set_level(logging.DEBUG)
    with pytest.raises(ConnectorError) as info:
        import_connector(
            db, "x-api", params={"bearer_token": SECRET, "user": "calon02"}, transport=rec.transport
        )
    assert "refused the request (HTTP 401)" in info.value.message
    assert SECRET not in info.value.message and "***" in info.value.message
    assert SECRET not in caplog.text
    assert SECRET not in everything_written(db)


def test_token_from_the_environment(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NETRA_X_API_BEARER_TOKEN", SECRET)
    rec = Recorder(x_routes(datetime.now(UTC)))
    import_connector(
        db,
        "x-api",
        params={"user": "calon02", "quotes": "no", "replies": "no", "retweets": "no"},
        transport=rec.transport,
        sleep=lambda s: None,
    )
    assert rec.requests[0].headers["Authorization"] == f"Bearer {SECRET}"
    assert SECRET not in everything_written(db)


# --- YouTube ---------------------------------------------------------------------------------


def comment(cid: str, author: str, text: str, when: str) -> dict[str, Any]:
    return {
        "id": cid,
        "snippet": {
            "authorDisplayName": f"@{author}",
            "authorChannelId": {"value": f"UC{author}"},
            "textOriginal": text,
            "publishedAt": when,
        },
    }


def test_youtube_comment_threads_with_replies_and_masked_key(
    db: Database, caplog: pytest.LogCaptureFixture
) -> None:
    pages = {
        None: {
            "items": [
                {
                    "id": "t1",
                    "snippet": {
                        "topLevelComment": comment(
                            "c1", "budi", "Coblos 02!", "2024-01-05T03:00:00Z"
                        )
                    },
                    "replies": {
                        "comments": [comment("c1.r1", "rina", "setuju", "2024-01-05T04:00:00Z")]
                    },
                }
            ],
            "nextPageToken": "p2",
        },
        "p2": {
            "items": [
                {
                    "id": "t2",
                    "snippet": {
                        "topLevelComment": comment("c2", "agus", "mantap", "2024-01-04T03:00:00Z")
                    },
                }
            ]
        },
    }

    def threads(request: httpx.Request) -> httpx.Response:
        if request.url.params.get("videoId") == "vid2":
            return (
                httpx.Response(403, json={"error": {"errors": [{"reason": "rateLimitExceeded"}]}})
                if not hasattr(threads, "done")
                else (httpx.Response(200, json={"items": []}))
            )
        return httpx.Response(200, json=pages[request.url.params.get("pageToken")])

    def threads_once(request: httpx.Request) -> httpx.Response:
        answer = threads(request)
        if request.url.params.get("videoId") == "vid2":
            threads.done = True  # type: ignore[attr-defined]
        return answer

    rec = Recorder(
        {
            "/youtube/v3/channels": {
                "items": [{"contentDetails": {"relatedPlaylists": {"uploads": "UUcalon"}}}]
            },
            "/youtube/v3/playlistItems": {
                "items": [
                    {"contentDetails": {"videoId": "vid1"}},
                    {"contentDetails": {"videoId": "vid2"}},
                ]
            },
            "/youtube/v3/commentThreads": threads_once,
        }
    )
    slept: list[float] = []
    caplog.set_level(logging.DEBUG)
    summary = import_connector(
        db,
        "youtube",
        params={"api_key": SECRET, "channel_id": "UCcalon"},
        transport=rec.transport,
        sleep=slept.append,
    )
    events = stored(db)
    assert summary.events.accepted == 3
    top = events["youtube:c1:comment:UCbudi"]
    assert top["target_post_id"] == "vid1" and top["target_author_user_id"] == "UCcalon"
    assert top["actor_handle"] == "budi" and top["text"] == "Coblos 02!"
    reply = events["youtube:c1.r1:reply:UCrina"]
    assert reply["target_post_id"] == "c1" and reply["target_author_user_id"] == "UCbudi"
    assert len(slept) == 1 and 0 < slept[0] <= 2.0  # back-off with jitter after the 403
    # The key travels in a header, never in a URL that proxies and logs keep.
    assert all(r.headers["x-goog-api-key"] == SECRET for r in rec.requests)
    assert not any(SECRET in str(r.url) for r in rec.requests)
    assert SECRET not in caplog.text and SECRET not in everything_written(db)


def test_youtube_quota_exhausted_interrupts(db: Database) -> None:
    rec = Recorder(
        {
            "/youtube/v3/channels": httpx.Response(
                403, json={"error": {"errors": [{"reason": "quotaExceeded"}]}}
            )
        }
    )
    with pytest.raises(ConnectorInterrupted, match="daily quota"):
        import_connector(
            db, "youtube", params={"api_key": SECRET, "channel_id": "UCx"}, transport=rec.transport
        )


# --- Mastodon --------------------------------------------------------------------------------


def test_mastodon_statuses_favourites_and_boosts(db: Database) -> None:
    account = {"id": "1", "username": "calon", "acct": "calon", "display_name": "Calon"}
    status = {
        "id": "101",
        "uri": "https://mastodon.example/users/calon/statuses/101",
        "url": "https://mastodon.example/@calon/101",
        "created_at": "2024-01-05T03:00:00Z",
        "content": "<p>Ayo <b>menang</b> &amp; maju</p><p>bersama</p>",
        "account": account,
    }
    boost = {
        "id": "102",
        "uri": "https://mastodon.example/users/calon/statuses/102",
        "created_at": "2024-01-04T03:00:00Z",
        "content": "",
        "account": account,
        "reblog": {
            "uri": "https://other.example/s/5",
            "content": "<p>hi</p>",
            "account": {"acct": "teman@other.example"},
        },
    }
    base = "https://mastodon.example/api/v1"
    rec = Recorder(
        {
            "/api/v1/accounts/lookup": account,
            "/api/v1/accounts/1/statuses": [
                httpx.Response(
                    200,
                    json=[status],
                    headers={"Link": f'<{base}/accounts/1/statuses?max_id=101>; rel="next"'},
                ),
                httpx.Response(200, json=[boost]),
            ],
            "/api/v1/statuses/101/favourited_by": [
                [{"id": "7", "acct": "budi@asn.example", "display_name": "Budi"}]
            ],
            "/api/v1/statuses/101/reblogged_by": [[{"id": "8", "acct": "rina"}]],
        }
    )
    import_connector(
        db,
        "mastodon",
        params={"instance": "https://mastodon.example", "account": "calon"},
        transport=rec.transport,
    )
    events = stored(db)
    post = events[f"mastodon:{status['uri']}:post:calon@mastodon.example"]
    assert post["text"] == "Ayo menang & maju\nbersama"
    share = events[f"mastodon:{boost['uri']}:share:calon@mastodon.example"]
    assert share["target_author_handle"] == "teman@other.example"
    like = events[f"mastodon:{status['uri']}:like:budi@asn.example"]
    assert like["target_author_handle"] == "calon@mastodon.example" and like["occurred_at"] is None
    assert f"mastodon:{status['uri']}:share:rina@mastodon.example" in events
    statuses = [r for r in rec.requests if r.url.path.endswith("/statuses")]
    assert statuses[1].url.params.get("max_id") == "101"  # Link header pagination


# --- the HTTP layer --------------------------------------------------------------------------


def test_retries_are_bounded_and_back_off(tmp_path: Path) -> None:
    calls: list[httpx.Request] = []

    def down(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        raise httpx.ConnectError(f"cannot connect to {request.url}")

    slept: list[float] = []
    ctx = RunContext(
        source=None,
        params={},
        transport=httpx.MockTransport(down),
        sleep=slept.append,
        redactor=Redactor([SECRET]),
    )
    with (
        ApiClient(
            ctx, platform="test", base_url="https://api.example", max_retries=3, backoff=1.0
        ) as api,
        pytest.raises(ConnectorInterrupted) as info,
    ):
        api.get("/x", {"key": SECRET})
    assert len(calls) == 4 and len(slept) == 3
    assert slept[0] <= 1.0 and slept[1] <= 2.0 and slept[2] <= 4.0
    assert all(s >= 0.5 * 2**i for i, s in enumerate(slept))
    assert SECRET not in info.value.message


def test_parse_reset_forms() -> None:
    now = datetime(2024, 1, 1, tzinfo=UTC)
    assert parse_reset("30", now) == 30
    assert parse_reset(str(int(now.timestamp()) + 90), now) == 90
    assert parse_reset("2024-01-01T00:02:00Z", now) == 120
    assert parse_reset("Mon, 01 Jan 2024 00:00:10 GMT", now) == 10
    assert parse_reset("soon", now) is None
