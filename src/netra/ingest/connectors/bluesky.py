"""Bluesky (AT Protocol XRPC, public): an account's feed, likes, reposts and followers."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from netra.ingest.connectors.base import Connector, Event, Note, Parameter, Record, RunContext
from netra.ingest.connectors.common import clean_text, event_id, iso_utc, make_event
from netra.ingest.connectors.webapi import ApiClient, paged
from netra.ingest.connectors.youtube import MAX_WAIT

PLATFORM = "bluesky"
SOURCE = "bluesky-api"
_DID = re.compile(r"^at://(did:[^/]+)/")


def _profile(p: Any) -> dict[str, Any]:
    p = p if isinstance(p, dict) else {}
    return {
        "user_id": p.get("did"),
        "handle": p.get("handle"),
        "display_name": clean_text(p.get("displayName")),
        "bio": clean_text(p.get("description")),
    }


def post_url(uri: str, handle: str | None) -> str | None:
    """The bsky.app link of a post's at:// URI."""
    m = re.match(r"^at://([^/]+)/app\.bsky\.feed\.post/([^/]+)$", uri)
    if not m:
        return None
    return f"https://bsky.app/profile/{handle or m[1]}/post/{m[2]}"


def _uri_author(uri: Any) -> str | None:
    m = _DID.match(uri) if isinstance(uri, str) else None
    return m[1] if m else None


class BlueskyConnector(Connector):
    """Connector `bluesky`."""

    name = "bluesky"
    label = "Bluesky (AT Protocol, public API)"
    needs_source = False
    resumable = True
    parameters = (
        Parameter("actor", "handle or DID of the account to watch", required=True),
        Parameter("service", "XRPC host", type="url", default="https://public.api.bsky.app"),
        Parameter("max_pages", "pages (of 100) per stream and run", type="int", default=5),
        Parameter(
            "max_posts", "newest own posts whose likes and reposts are read", type="int", default=20
        ),
        Parameter("likes", "read who liked the posts", type="bool", default=True),
        Parameter("reposts", "read who reposted the posts", type="bool", default=True),
        Parameter("followers", "read the account's followers", type="bool", default=False),
        Parameter("token", "app password session token (not needed for public data)"),
        MAX_WAIT,
    )
    sensitive_parameters = frozenset({"token"})
    reads = (
        "app.bsky.feed.getAuthorFeed (posts, replies, quotes, reposts), getLikes and "
        "getRepostedBy of the newest posts, app.bsky.graph.getFollowers"
    )
    cannot_see = "when a follow began (followers come without a date); deleted posts"

    def records(self, ctx: RunContext) -> Iterator[Record]:
        """The actor's feed, then engagement with their newest posts, then followers."""
        actor = str(ctx.param("actor")).lstrip("@")
        token = ctx.param("token")
        headers = {"Authorization": f"Bearer {token}"} if token else None
        max_pages = int(ctx.param("max_pages"))
        with ApiClient(
            ctx,
            platform=PLATFORM,
            base_url=str(ctx.param("service")).rstrip("/") + "/xrpc",
            headers=headers,
            max_wait=float(ctx.param("max_wait")),
        ) as api:

            def feed(cursor: str | None) -> tuple[list[dict[str, Any]], str | None]:
                params: dict[str, Any] = {
                    "actor": actor,
                    "limit": 100,
                    "filter": "posts_with_replies",
                }
                if cursor:
                    params["cursor"] = cursor
                body = api.json("/app.bsky.feed.getAuthorFeed", params)
                return [i for i in body.get("feed", []) if isinstance(i, dict)], body.get("cursor")

            def stamp(item: dict[str, Any]) -> str | None:
                reason = item.get("reason") or {}
                return iso_utc(reason.get("indexedAt") or item.get("post", {}).get("indexedAt"))

            own: list[dict[str, Any]] = []
            for item in paged(
                ctx.checkpoint, f"feed:{actor}", feed, key=stamp, max_pages=max_pages
            ):
                post = item.get("post") or {}
                reason = item.get("reason") or {}
                uri = post.get("uri")
                author = _profile(post.get("author"))
                record = post.get("record") or {}
                if not isinstance(uri, str):
                    continue
                url = post_url(uri, author["handle"])
                if "Repost" in str(reason.get("$type", "")):
                    by = _profile(reason.get("by"))
                    yield Event(
                        make_event(
                            platform=PLATFORM,
                            action="share",
                            event_id=event_id(PLATFORM, uri, "share", str(by["user_id"])),
                            actor=by,
                            occurred_at=clean_text(reason.get("indexedAt")),
                            target={
                                "post_id": uri,
                                "author_user_id": author["user_id"],
                                "author_handle": author["handle"],
                                "text": clean_text(record.get("text")),
                                "url": url,
                            },
                            source=SOURCE,
                        ),
                        file="getAuthorFeed",
                    )
                    continue
                action, target = "post", None
                parent = (record.get("reply") or {}).get("parent") or {}
                embed = record.get("embed") or {}
                quoted = embed.get("record") or {}
                quoted_uri = quoted.get("uri") or (quoted.get("record") or {}).get("uri")
                if parent.get("uri"):
                    action = "reply"
                    target = {
                        "post_id": parent["uri"],
                        "author_user_id": _uri_author(parent["uri"]),
                    }
                elif "embed.record" in str(embed.get("$type", "")) and quoted_uri:
                    action = "quote"
                    target = {"post_id": quoted_uri, "author_user_id": _uri_author(quoted_uri)}
                yield Event(
                    make_event(
                        platform=PLATFORM,
                        action=action,
                        event_id=event_id(PLATFORM, uri, action, str(author["user_id"])),
                        actor=author,
                        occurred_at=clean_text(record.get("createdAt")),
                        target=target,
                        text=clean_text(record.get("text")),
                        url=url,
                        source=SOURCE,
                    ),
                    file="getAuthorFeed",
                )
                if action == "post" and len(own) < int(ctx.param("max_posts")):
                    own.append(post)
            yield Note(f"bluesky: {len(own)} own post(s) checked for likes and reposts")
            for post in own:
                yield from self._engagement(ctx, api, post, max_pages)
            if ctx.param("followers"):
                yield from self._followers(ctx, api, actor, max_pages)

    def _engagement(
        self, ctx: RunContext, api: ApiClient, post: dict[str, Any], max_pages: int
    ) -> Iterator[Record]:
        uri = str(post["uri"])
        author = _profile(post.get("author"))
        target = {
            "post_id": uri,
            "author_user_id": author["user_id"],
            "author_handle": author["handle"],
            "text": clean_text((post.get("record") or {}).get("text")),
            "url": post_url(uri, author["handle"]),
        }
        streams = []
        if ctx.param("likes"):
            streams.append(("app.bsky.feed.getLikes", "likes", "like"))
        if ctx.param("reposts"):
            streams.append(("app.bsky.feed.getRepostedBy", "repostedBy", "share"))
        for method, field, action in streams:

            def fetch(
                cursor: str | None, method: str = method, field: str = field
            ) -> tuple[list[dict[str, Any]], str | None]:
                params: dict[str, Any] = {"uri": uri, "limit": 100}
                if cursor:
                    params["cursor"] = cursor
                body = api.json(f"/{method}", params)
                return [i for i in body.get(field, []) if isinstance(i, dict)], body.get("cursor")

            for item in paged(ctx.checkpoint, f"{field}:{uri}", fetch, max_pages=max_pages):
                who = _profile(item.get("actor") if action == "like" else item)
                if not who["user_id"]:
                    continue
                yield Event(
                    make_event(
                        platform=PLATFORM,
                        action=action,
                        event_id=event_id(PLATFORM, uri, action, str(who["user_id"])),
                        actor=who,
                        occurred_at=clean_text(item.get("createdAt")) if action == "like" else None,
                        target=target,
                        source=SOURCE,
                    ),
                    file=method,
                )

    def _followers(
        self, ctx: RunContext, api: ApiClient, actor: str, max_pages: int
    ) -> Iterator[Record]:
        subject: dict[str, Any] = {}

        def fetch(cursor: str | None) -> tuple[list[dict[str, Any]], str | None]:
            params: dict[str, Any] = {"actor": actor, "limit": 100}
            if cursor:
                params["cursor"] = cursor
            body = api.json("/app.bsky.graph.getFollowers", params)
            subject.update(_profile(body.get("subject")))
            return [i for i in body.get("followers", []) if isinstance(i, dict)], body.get("cursor")

        for follower in paged(ctx.checkpoint, f"followers:{actor}", fetch, max_pages=max_pages):
            who = _profile(follower)
            if not who["user_id"]:
                continue
            yield Event(
                make_event(
                    platform=PLATFORM,
                    action="follow",
                    event_id=event_id(
                        PLATFORM,
                        str(subject.get("user_id") or actor),
                        "follow",
                        str(who["user_id"]),
                    ),
                    actor=who,
                    occurred_at=None,  # the API does not say when the follow began
                    target={
                        "author_user_id": subject.get("user_id"),
                        "author_handle": subject.get("handle") or actor,
                    },
                    source=SOURCE,
                ),
                file="getFollowers",
            )
