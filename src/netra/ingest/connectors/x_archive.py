"""X (Twitter) archive: `data/tweets.js`, `data/like.js`, `data/following.js`, `account.js`."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from netra.ingest.connectors.archive import ExportSource, get_key, iter_list
from netra.ingest.connectors.base import Note, Record, RunContext
from netra.ingest.connectors.common import clean_text, event_id, make_event
from netra.ingest.connectors.exports import ExportConnector, Owner, located, skip

PLATFORM = "x"
SOURCE = "x-archive"
_RT = re.compile(r"^RT @(\w{1,30}):\s?(.*)$", re.DOTALL)
_STATUS_URL = re.compile(
    r"^https?://(?:www\.|mobile\.)?(?:twitter|x)\.com/(\w{1,30})/status(?:es)?/(\d+)", re.I
)
_ANY_STATUS = re.compile(r"/status(?:es)?/(\d+)")
_USER_ID_LINK = re.compile(r"user_id=(\d+)")
_PROFILE_LINK = re.compile(r"^https?://(?:www\.)?(?:twitter|x)\.com/(\w{1,30})/?$", re.I)

TWEET_FILES = (r"data/tweets?(-part\d+)?\.js", r"data/deleted-tweets?(-part\d+)?\.js")
LIKE_FILES = (r"data/like(-part\d+)?\.js",)
FOLLOWING_FILES = (r"data/following(-part\d+)?\.js",)


def parse_created_at(value: Any) -> str | None:
    """X's `Wed Jan 03 10:22:00 +0000 2024` (or ISO 8601) as ISO 8601; None if unreadable."""
    if not isinstance(value, str):
        return None
    for fmt in ("%a %b %d %H:%M:%S %z %Y",):
        try:
            return datetime.strptime(value.strip(), fmt).isoformat()
        except ValueError:
            pass
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed.isoformat() if parsed.tzinfo else None


def _id(value: Any) -> str | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return str(value)
    text = clean_text(value)
    return text if text and text.isdigit() else None


class XArchiveConnector(ExportConnector):
    """Connector `x-archive`."""

    name = "x-archive"
    label = "X (Twitter) archive"
    platform = PLATFORM
    data_files = TWEET_FILES + LIKE_FILES + FOLLOWING_FILES
    reads = (
        "data/tweets.js (posts, replies, retweets as shares, quotes), data/deleted-tweets.js, "
        "data/like.js (likes, without time), data/following.js (follows, without time), "
        "data/account.js and data/profile.js (owner)"
    )
    cannot_see = (
        "when a like or follow happened (the archive gives no time); the author of a liked "
        "post (only its id and text); the original post of a retweet"
    )

    def owner(self, src: ExportSource) -> Owner:
        """The owner from data/account.js, bio and location from data/profile.js."""
        user_id = handle = display = bio = location = None
        for name in src.find(r"data/account\.js"):
            value, _ = self.load(src, name, ytd=True)
            for _, item in iter_list(value):
                account = get_key(item, "account")
                user_id = _id(get_key(account, "accountId")) or user_id
                handle = clean_text(get_key(account, "username")) or handle
                display = clean_text(get_key(account, "accountDisplayName")) or display
        for name in src.find(r"data/profile\.js"):
            value, _ = self.load(src, name, ytd=True)
            for _, item in iter_list(value):
                description = get_key(get_key(item, "profile"), "description")
                bio = clean_text(get_key(description, "bio")) or bio
                location = clean_text(get_key(description, "location")) or location
        return Owner(user_id, handle, display, bio, location)

    def read(self, src: ExportSource, owner: Owner, ctx: RunContext) -> Iterator[Record]:
        """Tweets, likes and follows, file by file."""
        for name in src.find(*TWEET_FILES):
            yield from self._tweets(src, name, owner)
        for name in src.find(*LIKE_FILES):
            yield from self._likes(src, name, owner)
        for name in src.find(*FOLLOWING_FILES):
            yield from self._following(src, name, owner)

    def _items(self, src: ExportSource, name: str, key: str) -> Iterator[Record | tuple[int, Any]]:
        value, reports = self.load(src, name, ytd=True)
        yield from reports
        if value is not None and not isinstance(value, list):
            yield skip(name, 0, "expected a list of items (window.YTD… = [ … ])", None)
            return
        yield Note(f"{name}: {len(value or [])} item(s)")
        for index, item in iter_list(value):
            inner = get_key(item, key)
            if not isinstance(inner, dict):
                yield skip(name, index, f"not a {{{key!r}: {{…}}}} item", item)
                continue
            yield index, inner

    def _tweets(self, src: ExportSource, name: str, owner: Owner) -> Iterator[Record]:
        deleted = "deleted" in name.rsplit("/", 1)[-1]
        for got in self._items(src, name, "tweet"):
            if not isinstance(got, tuple):
                yield got
                continue
            index, tweet = got
            tweet_id = _id(get_key(tweet, "id_str")) or _id(get_key(tweet, "id"))
            text = get_key(tweet, "full_text")
            if text is None:
                text = get_key(tweet, "text")
            if tweet_id is None or not isinstance(text, str):
                yield skip(name, index, "tweet without id_str or full_text", tweet)
                continue
            text = html.unescape(text)
            target: dict[str, Any] | None = None
            action = "post"
            mentions = get_key(get_key(tweet, "entities"), "user_mentions")
            urls = [
                u.get("expanded_url")
                for u in (get_key(get_key(tweet, "entities"), "urls") or [])
                if isinstance(u, dict) and isinstance(u.get("expanded_url"), str)
            ]
            rt = _RT.match(text)
            reply_to = _id(get_key(tweet, "in_reply_to_status_id_str")) or _id(
                get_key(tweet, "in_reply_to_status_id")
            )
            if rt:
                action = "share"
                author_id = None
                for m in mentions or []:
                    if (
                        isinstance(m, dict)
                        and str(m.get("screen_name", "")).lower() == rt[1].lower()
                    ):
                        author_id = _id(m.get("id_str"))
                        break
                target = {"author_handle": rt[1], "author_user_id": author_id, "text": rt[2]}
                text = None
            elif reply_to:
                action = "reply"
                target = {
                    "post_id": reply_to,
                    "author_user_id": _id(get_key(tweet, "in_reply_to_user_id_str")),
                    "author_handle": clean_text(get_key(tweet, "in_reply_to_screen_name")),
                }
            else:
                quoted = next((m for u in urls if u and (m := _STATUS_URL.match(str(u)))), None)
                if quoted:
                    action = "quote"
                    target = {"post_id": quoted[2], "author_handle": quoted[1], "url": quoted[0]}
            media = []
            for entry in (
                get_key(get_key(tweet, "extended_entities"), "media")
                or get_key(get_key(tweet, "entities"), "media")
                or []
            ):
                if isinstance(entry, dict):
                    kind = "video" if entry.get("type") in ("video", "animated_gif") else "image"
                    media.append({"kind": kind, "url": entry.get("media_url_https")})
            url = (
                f"https://x.com/{owner.handle}/status/{tweet_id}"
                if owner.handle
                else f"https://x.com/i/web/status/{tweet_id}"
            )
            yield located(
                make_event(
                    platform=PLATFORM,
                    action=action,
                    event_id=event_id(PLATFORM, tweet_id, action, owner.key),
                    actor=owner.actor(),
                    occurred_at=parse_created_at(get_key(tweet, "created_at")),
                    target=target,
                    text=text,
                    url=url,
                    media=media,
                    source=SOURCE + (":deleted" if deleted else ""),
                ),
                name,
                index,
            )

    def _likes(self, src: ExportSource, name: str, owner: Owner) -> Iterator[Record]:
        for got in self._items(src, name, "like"):
            if not isinstance(got, tuple):
                yield got
                continue
            index, like = got
            tweet_id = _id(get_key(like, "tweetId"))
            link = clean_text(get_key(like, "expandedUrl"))
            if tweet_id is None and link:
                found = _ANY_STATUS.search(link)
                tweet_id = found[1] if found else None
            if tweet_id is None:
                yield skip(name, index, "like without tweetId", like)
                continue
            author = _STATUS_URL.match(link or "")
            text = get_key(like, "fullText")
            yield located(
                make_event(
                    platform=PLATFORM,
                    action="like",
                    event_id=event_id(PLATFORM, tweet_id, "like", owner.key),
                    actor=owner.actor(),
                    occurred_at=None,  # the archive does not say when a like was given
                    target={
                        "post_id": tweet_id,
                        "author_handle": author[1] if author and author[1] != "i" else None,
                        "text": html.unescape(text) if isinstance(text, str) else None,
                        "url": link,
                    },
                    source=SOURCE,
                ),
                name,
                index,
            )

    def _following(self, src: ExportSource, name: str, owner: Owner) -> Iterator[Record]:
        for got in self._items(src, name, "following"):
            if not isinstance(got, tuple):
                yield got
                continue
            index, follow = got
            link = clean_text(get_key(follow, "userLink"))
            account_id = _id(get_key(follow, "accountId"))
            if account_id is None and link and (m := _USER_ID_LINK.search(link)):
                account_id = m[1]
            handle = None
            if link and (p := _PROFILE_LINK.match(link)) and p[1].lower() != "intent":
                handle = p[1]
            if account_id is None and handle is None:
                yield skip(name, index, "following without accountId", follow)
                continue
            yield located(
                make_event(
                    platform=PLATFORM,
                    action="follow",
                    event_id=event_id(PLATFORM, account_id or f"@{handle}", "follow", owner.key),
                    actor=owner.actor(),
                    occurred_at=None,  # the archive does not say when a follow began
                    target={"author_user_id": account_id, "author_handle": handle, "url": link},
                    source=SOURCE,
                ),
                name,
                index,
            )
