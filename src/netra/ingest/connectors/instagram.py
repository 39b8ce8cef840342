"""Instagram "Download your information" (JSON): liked posts, post comments, following."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from netra.ingest.connectors.archive import ExportSource, get_key, iter_list
from netra.ingest.connectors.base import Note, Record, RunContext
from netra.ingest.connectors.common import (
    clean_text,
    content_id,
    event_id,
    from_epoch,
    make_event,
)
from netra.ingest.connectors.exports import ExportConnector, Owner, located, skip
from netra.ingest.connectors.facebook import labels

PLATFORM = "instagram"
SOURCE = "instagram-export"

LIKE_FILES = (r"likes/liked_posts\.json", r"liked_posts\.json")
COMMENT_FILES = (r"comments/post_comments(_\d+)?\.json", r"comments/reels_comments\.json")
FOLLOW_FILES = (r"followers_and_following/following\.json", r"connections/following\.json")

_SHORTCODE = re.compile(r"instagram\.com/(?:[\w.]+/)?(?:p|reel|reels|tv)/([A-Za-z0-9_-]+)")
_PROFILE = re.compile(r"instagram\.com/(?:_u/)?([A-Za-z0-9_.]{1,30})/?(?:\?.*)?$")


def _value(entry: Any) -> str | None:
    """A string_map_data entry's value (`{"value": …}`) or a plain string."""
    if isinstance(entry, dict):
        return clean_text(entry.get("value"))
    return clean_text(entry)


class InstagramConnector(ExportConnector):
    """Connector `instagram-export`."""

    name = "instagram-export"
    label = "Instagram export (JSON)"
    platform = PLATFORM
    mojibake = True
    data_files = LIKE_FILES + COMMENT_FILES + FOLLOW_FILES
    reads = (
        "likes/liked_posts.json (likes), comments/post_comments_N.json and reels_comments.json "
        "(comments), followers_and_following/following.json (follows), personal_information."
        "json (owner); older string_list_data and newer label_values shapes"
    )
    cannot_see = (
        "which post a comment was on (only its owner's handle); numeric user ids (handles only, "
        "and a handle can change hands); the export must be in JSON, not HTML"
    )

    def owner(self, src: ExportSource) -> Owner:
        """The owner from personal_information.json."""
        handle = display = bio = None
        for name in src.find(r"personal_information\.json"):
            value, _ = self.load(src, name)
            for _, user in iter_list(get_key(value, "profile_user")):
                data = get_key(user, "string_map_data")
                handle = _value(get_key(data, "Username", "Nama pengguna")) or handle
                display = _value(get_key(data, "Name", "Nama")) or display
                bio = _value(get_key(data, "Bio")) or bio
        return Owner(None, handle, display, bio)

    def read(self, src: ExportSource, owner: Owner, ctx: RunContext) -> Iterator[Record]:
        """Likes, comments and follows."""
        for name in src.find(*LIKE_FILES):
            yield from self._likes(src, name, owner)
        for name in src.find(*COMMENT_FILES):
            yield from self._comments(src, name, owner)
        for name in src.find(*FOLLOW_FILES):
            yield from self._following(src, name, owner)

    def _list(self, src: ExportSource, name: str, *keys: str) -> Iterator[Record | tuple[int, Any]]:
        value, reports = self.load(src, name)
        yield from reports
        items: Any = value if isinstance(value, list) else None
        for key in keys:
            if items is None and isinstance(get_key(value, key), list):
                items = get_key(value, key)
        if items is None:
            if value is not None:
                yield skip(name, 0, f"no list of items (looked for {', '.join(keys)})", None)
            return
        yield Note(f"{name}: {len(items)} item(s)")
        for index, item in enumerate(items):
            if not isinstance(item, dict):
                yield skip(name, index, "an item must be an object", item)
                continue
            yield index, item

    def _likes(self, src: ExportSource, name: str, owner: Owner) -> Iterator[Record]:
        for got in self._list(src, name, "likes_media_likes"):
            if not isinstance(got, tuple):
                yield got
                continue
            index, item = got
            entries = [
                e for _, e in iter_list(get_key(item, "string_list_data")) if isinstance(e, dict)
            ]
            entry: dict[str, Any] = entries[0] if entries else {}
            lv = labels(item)
            href = clean_text(entry.get("href")) or clean_text(lv.get("urlhref") or lv.get("url"))
            author = clean_text(get_key(item, "title")) or clean_text(
                lv.get("username") or lv.get("namapengguna")
            )
            when = from_epoch(entry.get("timestamp") or get_key(item, "timestamp"))
            code = _SHORTCODE.search(href) if href else None
            if code is None and author is None:
                yield skip(name, index, "like names no post link or owner", item)
                continue
            ident = code[1] if code else content_id(author, when, href)
            yield located(
                make_event(
                    platform=PLATFORM,
                    action="like",
                    event_id=event_id(PLATFORM, ident, "like", owner.key),
                    actor=owner.actor(),
                    occurred_at=when,
                    target={
                        "post_id": code[1] if code else None,
                        "author_handle": author,
                        "url": href,
                    },
                    source=SOURCE,
                ),
                name,
                index,
            )

    def _comments(self, src: ExportSource, name: str, owner: Owner) -> Iterator[Record]:
        for got in self._list(
            src, name, "comments_media_comments", "comments_reels_comments", "comments"
        ):
            if not isinstance(got, tuple):
                yield got
                continue
            index, item = got
            data = get_key(item, "string_map_data")
            lv = labels(item)
            text = _value(get_key(data, "Comment", "Komentar")) or clean_text(
                lv.get("comment") or lv.get("komentar")
            )
            author = _value(get_key(data, "Media Owner", "Pemilik Media")) or clean_text(
                lv.get("mediaowner") or lv.get("pemilikmedia")
            )
            time_entry = get_key(data, "Time", "Waktu")
            stamp = time_entry.get("timestamp") if isinstance(time_entry, dict) else None
            when = from_epoch(stamp or get_key(item, "timestamp"))
            if text is None:
                yield skip(name, index, "comment without text", item)
                continue
            if author is None:
                yield skip(name, index, "comment without the media owner it was on", item)
                continue
            yield located(
                make_event(
                    platform=PLATFORM,
                    action="comment",
                    event_id=event_id(
                        PLATFORM, content_id(author, stamp, text), "comment", owner.key
                    ),
                    actor=owner.actor(),
                    occurred_at=when,
                    target={"author_handle": author},
                    text=text,
                    source=SOURCE,
                ),
                name,
                index,
            )

    def _following(self, src: ExportSource, name: str, owner: Owner) -> Iterator[Record]:
        for got in self._list(src, name, "relationships_following"):
            if not isinstance(got, tuple):
                yield got
                continue
            index, item = got
            entries = [
                e for _, e in iter_list(get_key(item, "string_list_data")) if isinstance(e, dict)
            ]
            entry: dict[str, Any] = entries[0] if entries else {}
            href = clean_text(entry.get("href"))
            handle = clean_text(entry.get("value")) or clean_text(get_key(item, "title"))
            if handle is None and href and (m := _PROFILE.search(href)):
                handle = m[1]
            if handle is None:
                yield skip(name, index, "following without a handle", item)
                continue
            yield located(
                make_event(
                    platform=PLATFORM,
                    action="follow",
                    event_id=event_id(PLATFORM, f"@{handle.lower()}", "follow", owner.key),
                    actor=owner.actor(),
                    occurred_at=from_epoch(entry.get("timestamp") or get_key(item, "timestamp")),
                    target={"author_handle": handle, "url": href},
                    source=SOURCE,
                ),
                name,
                index,
            )
