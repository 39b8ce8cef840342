"""TikTok `user_data.json`: like list, following list, comments (key names drift)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from netra.ingest.connectors.archive import MAX_DEPTH, ExportSource, get_key, norm_key
from netra.ingest.connectors.base import ConnectorError, Note, Parameter, Record, RunContext
from netra.ingest.connectors.common import clean_text, content_id, event_id, make_event
from netra.ingest.connectors.exports import OWNER_PARAMETERS, ExportConnector, Owner, located, skip

PLATFORM = "tiktok"
SOURCE = "tiktok-export"
DATA_FILES = (r"user_data(_tiktok)?\.json",)

_VIDEO = re.compile(r"/video/(\d+)")
_AUTHOR = re.compile(r"tiktok\.com/@([\w.]+)/")

# Sections and their item lists, by normalised key (see archive.norm_key); first found wins.
LIKES = ({"likelist", "likeslist", "likedvideos"}, {"itemfavoritelist", "itemlikelist", "likelist"})
FOLLOWING = ({"followinglist", "following"}, {"following", "followinglist", "list"})
COMMENTS = ({"comments", "comment"}, {"commentslist", "commentlist", "comments"})
LINK_KEYS = ("Link", "VideoLink", "Video Link", "url", "VideoUrl")
USER_KEYS = ("UserName", "Username", "User Name", "userName", "uniqueId")
COMMENT_KEYS = ("Comment", "comment", "Text", "content")


def find_items(root: Any, sections: set[str], lists: set[str]) -> tuple[list[Any] | None, str]:
    """The first list under a section with one of the given names (any depth), and its path."""
    queue: list[tuple[Any, str, int]] = [(root, "", 0)]
    while queue:
        node, path, depth = queue.pop(0)
        if not isinstance(node, dict) or depth > MAX_DEPTH:
            continue
        for key, value in node.items():
            here = f"{path}/{key}" if path else str(key)
            if norm_key(str(key)) in sections and isinstance(value, dict):
                for inner_key, inner in value.items():
                    if norm_key(str(inner_key)) in lists and isinstance(inner, list):
                        return inner, f"{here}/{inner_key}"
            queue.append((value, here, depth + 1))
    return None, ""


class TikTokConnector(ExportConnector):
    """Connector `tiktok-export`."""

    name = "tiktok-export"
    label = "TikTok export (user_data.json)"
    platform = PLATFORM
    data_files = DATA_FILES
    parameters = (
        *OWNER_PARAMETERS,
        Parameter(
            "export_timezone",
            "timezone of the export's dates (TikTok writes them in UTC)",
            default="UTC",
        ),
    )
    reads = (
        "user_data.json: Activity › Like List (likes), Following List (follows), Comment › "
        "Comments (comments), Profile (owner); key names compared loosely across versions"
    )
    cannot_see = (
        "the author of a liked video when the link is a share link (tiktokv.com/share/video/…); "
        "which video a comment was on in exports that give no link (such comments are reported "
        "as skipped, text kept in the quarantine); the TXT form of old exports"
    )

    def owner(self, src: ExportSource) -> Owner:
        """The owner from Profile › Profile Information › ProfileMap."""
        for name in src.find(*DATA_FILES):
            value, _ = self.load(src, name)
            profile, _path = find_items_dict(value, {"profileinformation", "profileinfo"})
            info = get_key(profile, "ProfileMap", "profile map") or profile
            handle = clean_text(get_key(info, "userName", "User Name", "username"))
            display = clean_text(get_key(info, "displayName", "Display Name", "nickname"))
            bio = clean_text(get_key(info, "bioDescription", "Bio Description", "bio"))
            if handle or display:
                return Owner(None, handle, display, bio)
        return Owner()

    def read(self, src: ExportSource, owner: Owner, ctx: RunContext) -> Iterator[Record]:
        """Likes, follows and comments of user_data.json."""
        tz_name = str(ctx.param("export_timezone") or "UTC")
        try:
            tz = ZoneInfo(tz_name)
        except (ZoneInfoNotFoundError, ValueError):
            raise ConnectorError(f"unknown timezone {tz_name!r} for export_timezone") from None
        for name in src.find(*DATA_FILES):
            value, reports = self.load(src, name)
            yield from reports
            if not isinstance(value, dict):
                if value is not None:
                    yield skip(name, 0, "user_data.json must hold an object", None)
                continue
            yield from self._likes(name, value, owner, tz)
            yield from self._following(name, value, owner, tz)
            yield from self._comments(name, value, owner, tz)

    def _section(
        self, name: str, value: Any, spec: tuple[set[str], set[str]], what: str
    ) -> Iterator[Record | tuple[str, int, dict[str, Any]]]:
        items, path = find_items(value, *spec)
        if items is None:
            yield Note(f"{name}: no {what} found")
            return
        yield Note(f"{name}: {len(items)} {what} item(s) at {path}")
        where = f"{name}#{path}"
        for index, item in enumerate(items):
            if not isinstance(item, dict):
                yield skip(where, index, "an item must be an object", item)
                continue
            yield where, index, item

    def _likes(self, name: str, value: Any, owner: Owner, tz: ZoneInfo) -> Iterator[Record]:
        for got in self._section(name, value, LIKES, "like"):
            if not isinstance(got, tuple):
                yield got
                continue
            where, index, item = got
            link = clean_text(get_key(item, *LINK_KEYS))
            video = _VIDEO.search(link) if link else None
            if video is None:
                yield skip(where, index, "like without a video link", item)
                continue
            author = _AUTHOR.search(link or "")
            yield located(
                make_event(
                    platform=PLATFORM,
                    action="like",
                    event_id=event_id(PLATFORM, video[1], "like", owner.key),
                    actor=owner.actor(),
                    occurred_at=_date(get_key(item, "Date", "date", "time"), tz),
                    target={
                        "post_id": video[1],
                        "author_handle": author[1] if author else None,
                        "url": link,
                    },
                    source=SOURCE,
                ),
                where,
                index,
            )

    def _following(self, name: str, value: Any, owner: Owner, tz: ZoneInfo) -> Iterator[Record]:
        for got in self._section(name, value, FOLLOWING, "following"):
            if not isinstance(got, tuple):
                yield got
                continue
            where, index, item = got
            handle = clean_text(get_key(item, *USER_KEYS))
            if handle is None:
                yield skip(where, index, "following without a user name", item)
                continue
            yield located(
                make_event(
                    platform=PLATFORM,
                    action="follow",
                    event_id=event_id(PLATFORM, f"@{handle.lower()}", "follow", owner.key),
                    actor=owner.actor(),
                    occurred_at=_date(get_key(item, "Date", "date", "time"), tz),
                    target={"author_handle": handle},
                    source=SOURCE,
                ),
                where,
                index,
            )

    def _comments(self, name: str, value: Any, owner: Owner, tz: ZoneInfo) -> Iterator[Record]:
        for got in self._section(name, value, COMMENTS, "comment"):
            if not isinstance(got, tuple):
                yield got
                continue
            where, index, item = got
            text = clean_text(get_key(item, *COMMENT_KEYS))
            link = clean_text(get_key(item, *LINK_KEYS))
            video = _VIDEO.search(link) if link else None
            if text is None:
                yield skip(where, index, "comment without text", item)
                continue
            if video is None:
                yield skip(where, index, "comment without the video it was on", item)
                continue
            author = _AUTHOR.search(link or "")
            stamp = get_key(item, "Date", "date", "time")
            yield located(
                make_event(
                    platform=PLATFORM,
                    action="comment",
                    event_id=event_id(
                        PLATFORM, content_id(video[1], stamp, text), "comment", owner.key
                    ),
                    actor=owner.actor(),
                    occurred_at=_date(stamp, tz),
                    target={
                        "post_id": video[1],
                        "author_handle": author[1] if author else None,
                        "url": link,
                    },
                    text=text,
                    source=SOURCE,
                ),
                where,
                index,
            )


def find_items_dict(root: Any, sections: set[str]) -> tuple[dict[str, Any] | None, str]:
    """The first object under a key with one of the given names (any depth)."""
    queue: list[tuple[Any, str, int]] = [(root, "", 0)]
    while queue:
        node, path, depth = queue.pop(0)
        if not isinstance(node, dict) or depth > MAX_DEPTH:
            continue
        for key, value in node.items():
            here = f"{path}/{key}" if path else str(key)
            if norm_key(str(key)) in sections and isinstance(value, dict):
                return value, here
            queue.append((value, here, depth + 1))
    return None, ""


def _date(value: Any, tz: ZoneInfo) -> str | None:
    """`2024-01-05 10:22:00` in the export's timezone, as ISO 8601 with offset; else None."""
    text = clean_text(value)
    if text is None:
        return None
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=tz)
    return parsed.isoformat()
