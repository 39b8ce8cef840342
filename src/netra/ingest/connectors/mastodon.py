"""Mastodon (REST API, public per instance): an account's statuses, favourites and boosts."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator, Mapping
from typing import Any
from urllib.parse import parse_qs, urlparse

from netra.ingest.connectors.base import (
    Connector,
    ConnectorError,
    Event,
    Note,
    Parameter,
    Record,
    RunContext,
)
from netra.ingest.connectors.common import clean_text, event_id, iso_utc, make_event
from netra.ingest.connectors.webapi import ApiClient, paged
from netra.ingest.connectors.youtube import MAX_WAIT

PLATFORM = "mastodon"
SOURCE = "mastodon-api"
_TAG = re.compile(r"<[^>]+>")
_BREAK = re.compile(r"<br\s*/?>|</p>\s*<p[^>]*>", re.I)


def html_text(content: Any) -> str | None:
    """Plain text of a status's HTML content."""
    if not isinstance(content, str):
        return None
    return clean_text(html.unescape(_TAG.sub("", _BREAK.sub("\n", content))))


def full_acct(account: dict[str, Any], host: str) -> str | None:
    """`user@instance` for local and remote accounts alike (local acct has no domain)."""
    acct = account.get("acct")
    if not isinstance(acct, str) or not acct:
        return None
    return acct if "@" in acct else f"{acct}@{host}"


def next_max_id(links: Mapping[Any, Mapping[str, str]]) -> str | None:
    """The `max_id` of the Link header's next page."""
    url = links.get("next", {}).get("url")
    if not url:
        return None
    values = parse_qs(urlparse(url).query).get("max_id")
    return values[0] if values else None


class MastodonConnector(Connector):
    """Connector `mastodon`."""

    name = "mastodon"
    label = "Mastodon (REST API)"
    needs_source = False
    resumable = True
    parameters = (
        Parameter("instance", "the instance's URL (https://…)", type="url", required=True),
        Parameter("account", "the account: user, user@domain or numeric id", required=True),
        Parameter("token", "access token (public data needs none)"),
        Parameter("max_pages", "pages (of 40) per stream and run", type="int", default=5),
        Parameter(
            "max_posts",
            "newest own statuses whose favourites and boosts are read",
            type="int",
            default=20,
        ),
        Parameter("favourites", "read who favourited the statuses", type="bool", default=True),
        Parameter("reblogs", "read who boosted the statuses", type="bool", default=True),
        MAX_WAIT,
    )
    sensitive_parameters = frozenset({"token"})
    reads = (
        "/api/v1/accounts/:id/statuses (posts, replies, boosts), /api/v1/statuses/:id/"
        "favourited_by and reblogged_by of the newest statuses"
    )
    cannot_see = (
        "when a favourite or boost was given (lists come without dates); statuses that are "
        "not public; other instances' views of remote accounts beyond what this one federates"
    )

    def records(self, ctx: RunContext) -> Iterator[Record]:
        """Statuses of the account, then who favourited and boosted the newest ones."""
        base = str(ctx.param("instance")).rstrip("/")
        host = urlparse(base).netloc
        token = ctx.param("token")
        headers = {"Authorization": f"Bearer {token}"} if token else None
        max_pages = int(ctx.param("max_pages"))
        with ApiClient(
            ctx,
            platform=PLATFORM,
            base_url=base + "/api/v1",
            headers=headers,
            max_wait=float(ctx.param("max_wait")),
        ) as api:
            account = str(ctx.param("account")).lstrip("@")
            if account.isdigit():
                info = api.json(f"/accounts/{account}")
            else:
                info = api.json("/accounts/lookup", {"acct": account})
            if not isinstance(info, dict) or not info.get("id"):
                raise ConnectorError(f"mastodon: account {account} not found on {host}")
            account_id = str(info["id"])

            def statuses(cursor: str | None) -> tuple[list[dict[str, Any]], str | None]:
                params: dict[str, Any] = {"limit": 40}
                if cursor:
                    params["max_id"] = cursor
                resp = api.get(f"/accounts/{account_id}/statuses", params)
                body = resp.json()
                items = [s for s in body if isinstance(s, dict)] if isinstance(body, list) else []
                return items, next_max_id(resp.links)

            own: list[dict[str, Any]] = []
            for status in paged(
                ctx.checkpoint,
                f"statuses:{host}:{account_id}",
                statuses,
                key=lambda s: iso_utc(s.get("created_at")),
                max_pages=max_pages,
            ):
                event = self._status(status, host)
                if event is None:
                    continue
                yield event
                if event.data["action"] == "post" and len(own) < int(ctx.param("max_posts")):
                    own.append(status)
            yield Note(f"mastodon: {len(own)} own status(es) checked for favourites and boosts")
            for status in own:
                yield from self._engagement(ctx, api, status, host, max_pages)

    def _status(self, status: dict[str, Any], host: str) -> Event | None:
        account = status.get("account") or {}
        handle = full_acct(account, host)
        uri = status.get("uri") or status.get("url")
        if not handle or not isinstance(uri, str):
            return None
        actor = {
            "handle": handle,
            "display_name": clean_text(account.get("display_name")),
            "bio": html_text(account.get("note")),
        }
        reblog = status.get("reblog")
        action, target, text = "post", None, html_text(status.get("content"))
        if isinstance(reblog, dict):
            action, text = "share", None
            target = {
                "post_id": reblog.get("uri"),
                "author_handle": full_acct(reblog.get("account") or {}, host),
                "text": html_text(reblog.get("content")),
                "url": reblog.get("url"),
            }
        elif status.get("in_reply_to_id"):
            action = "reply"
            mention = next(
                (
                    m
                    for m in status.get("mentions") or []
                    if isinstance(m, dict) and m.get("id") == status.get("in_reply_to_account_id")
                ),
                None,
            )
            target = {
                "post_id": f"{host}:{status['in_reply_to_id']}",
                "author_handle": full_acct(mention, host) if mention else None,
            }
        media = [
            {
                "kind": "video" if m.get("type") in ("video", "gifv") else "image",
                "url": m.get("url"),
                "alt_text": m.get("description"),
            }
            for m in status.get("media_attachments") or []
            if isinstance(m, dict)
        ]
        return Event(
            make_event(
                platform=PLATFORM,
                action=action,
                event_id=event_id(PLATFORM, uri, action, handle),
                actor=actor,
                occurred_at=clean_text(status.get("created_at")),
                target=target,
                text=text,
                url=status.get("url"),
                media=media,
                source=SOURCE,
            ),
            file="statuses",
        )

    def _engagement(
        self, ctx: RunContext, api: ApiClient, status: dict[str, Any], host: str, max_pages: int
    ) -> Iterator[Record]:
        uri = str(status.get("uri") or status.get("url"))
        author = full_acct(status.get("account") or {}, host)
        target = {
            "post_id": uri,
            "author_handle": author,
            "text": html_text(status.get("content")),
            "url": status.get("url"),
        }
        streams = []
        if ctx.param("favourites"):
            streams.append(("favourited_by", "like"))
        if ctx.param("reblogs"):
            streams.append(("reblogged_by", "share"))
        for path, action in streams:

            def fetch(
                cursor: str | None, path: str = path
            ) -> tuple[list[dict[str, Any]], str | None]:
                params: dict[str, Any] = {"limit": 40}
                if cursor:
                    params["max_id"] = cursor
                resp = api.get(f"/statuses/{status['id']}/{path}", params)
                body = resp.json()
                items = [a for a in body if isinstance(a, dict)] if isinstance(body, list) else []
                return items, next_max_id(resp.links)

            for account in paged(ctx.checkpoint, f"{path}:{uri}", fetch, max_pages=max_pages):
                handle = full_acct(account, host)
                if not handle:
                    continue
                yield Event(
                    make_event(
                        platform=PLATFORM,
                        action=action,
                        event_id=event_id(PLATFORM, uri, action, handle),
                        actor={
                            "handle": handle,
                            "display_name": clean_text(account.get("display_name")),
                            "bio": html_text(account.get("note")),
                        },
                        occurred_at=None,  # favourite and boost lists carry no dates
                        target=target,
                        source=SOURCE,
                    ),
                    file=path,
                )
