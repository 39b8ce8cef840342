"""Facebook "Download your information" (JSON): reactions, comments, follows; both shapes.

Older exports list items as `{timestamp, title, data: [{reaction: {reaction, actor}}]}` and
`{comments_v2: [{timestamp, title, data: [{comment: {comment, author}}]}]}`; newer ones as
`{timestamp, fbid, label_values: [{label, value}]}`. Text is UTF-8 escaped as latin-1 code
points (mojibake) and is repaired. Who was engaged with is mostly given by display name only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from netra.ingest.connectors.archive import (
    MAX_DEPTH,
    ExportSource,
    get_key,
    iter_list,
    norm_key,
)
from netra.ingest.connectors.base import Note, Record, RunContext
from netra.ingest.connectors.common import (
    clean_text,
    content_id,
    event_id,
    from_epoch,
    make_event,
)
from netra.ingest.connectors.exports import ExportConnector, Owner, located, skip

PLATFORM = "facebook"
SOURCE = "facebook-export"

LIKE_FILES = (r"likes_and_reactions(_\d+)?\.json", r"likes_and_reactions/posts_and_comments\.json")
COMMENT_FILES = (r"comments(_and_reactions)?/comments(_\d+)?\.json",)
FOLLOW_FILES = (
    r"who_you've_followed\.json",
    r"who_youve_followed\.json",
    r"who_you_follow\.json",
    r"followers/following\.json",
    r"following\.json",
)
PAGE_FILES = (r"pages_you've_liked\.json", r"likes_and_reactions/pages\.json")

_OBJECT = r"(?:post|posts|photo|photos|video|videos|comment|status|link|album|reel|story|note)"
_WHOSE = [
    # English: "Budi likes Prabowo Subianto's post." / "Budi commented on his own post."
    re.compile(
        r"\b(?:likes|liked|reacted to|commented on|replied to)\s+(.+?)['’]s?\s+" + _OBJECT,
        re.I,
    ),
    # Indonesian: "Budi menyukai kiriman Prabowo Subianto." / "Budi mengomentari foto Anies."
    re.compile(
        r"\b(?:menyukai|menanggapi|mengomentari|membalas|berkomentar di)\s+"
        r"(?:kiriman|postingan|foto|video|komentar|status|tautan|album|reel)\s+(.+?)\.?$",
        re.I,
    ),
]
_OWN = re.compile(r"^(?:his|her|their|your|my) own$|^(?:nya )?sendiri$|^anda$", re.I)
_POST_ID = re.compile(
    r"(?:story_fbid=|/posts/|/videos/|/photos/[^/]+/|fbid=|/permalink/)([A-Za-z0-9]+)"
)
_PROFILE_ID = re.compile(r"profile\.php\?id=(\d+)")
_PROFILE_NAME = re.compile(r"^https?://(?:www\.|m\.)?facebook\.com/([A-Za-z0-9.]{3,})/?$")


def author_from_title(title: str | None, owner: Owner) -> str | None:
    """The name whose post was engaged with, from the item's title; the owner for "own"."""
    if not title:
        return None
    for pattern in _WHOSE:
        if m := pattern.search(title):
            who = m[1].strip()
            if _OWN.match(who):
                return owner.display_name or owner.handle
            if re.match(r"^(?:a|an|sebuah)$", who, re.I):
                return None
            return who
    return None


def labels(item: Any) -> dict[str, Any]:
    """label → value (or href) of a newer-shape item's label_values, nested ones included."""
    found: dict[str, Any] = {}
    stack: list[tuple[Any, int]] = [(get_key(item, "label_values"), 0)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_DEPTH:
            continue
        for _, entry in iter_list(value):
            if not isinstance(entry, dict):
                continue
            label = entry.get("label") or entry.get("title")
            if isinstance(label, str):
                payload = entry.get("value", entry.get("href"))
                if payload is not None:
                    found.setdefault(norm_key(label), payload)
                if isinstance(entry.get("href"), str):
                    found.setdefault(norm_key(label) + "href", entry["href"])
            for key in ("dict", "vec"):
                if isinstance(entry.get(key), list):
                    stack.append((entry[key], depth + 1))
                    for _, sub in iter_list(entry[key]):
                        if isinstance(sub, dict) and isinstance(sub.get("dict"), list):
                            stack.append((sub["dict"], depth + 2))
    return found


def first_url(item: Any) -> str | None:
    """The first http(s) URL anywhere in an item (attachments, external context)."""
    stack: list[tuple[Any, int]] = [(item, 0)]
    while stack:
        value, depth = stack.pop(0)
        if depth > 8:
            continue
        if isinstance(value, str) and value.startswith(("http://", "https://")):
            return value
        if isinstance(value, dict):
            stack.extend((v, depth + 1) for v in value.values())
        elif isinstance(value, list):
            stack.extend((v, depth + 1) for v in value)
    return None


def _list_in(value: Any, *keys: str) -> list[Any] | None:
    """The item list of a file: the file's list itself, or under one of `keys`."""
    if isinstance(value, list):
        return value
    for key in keys:
        found = get_key(value, key)
        if isinstance(found, list):
            return found
    return None


class FacebookConnector(ExportConnector):
    """Connector `facebook-export`."""

    name = "facebook-export"
    label = "Facebook export (JSON)"
    platform = PLATFORM
    mojibake = True
    data_files = LIKE_FILES + COMMENT_FILES + FOLLOW_FILES + PAGE_FILES
    reads = (
        "likes_and_reactions_N.json (reactions), comments.json (comments), who_you've_followed."
        "json (follows), pages you've liked (as follows); profile_information.json (owner); both "
        "the older (title/data) and newer (label_values) shapes; mojibake repaired"
    )
    cannot_see = (
        "the id of the page or person engaged with (mostly only a display name, matched "
        "against a target's handle); the post of an old-shape reaction that names no one "
        '("likes a post") is reported as skipped; the export must be in JSON, not HTML'
    )

    def owner(self, src: ExportSource) -> Owner:
        """The owner from profile_information.json."""
        user_id = handle = display = None
        for name in src.find(r"profile_information\.json"):
            value, _ = self.load(src, name)
            profile = get_key(value, "profile_v2", "profile")
            display = clean_text(get_key(get_key(profile, "name"), "full_name")) or clean_text(
                get_key(profile, "name")
            )
            handle = clean_text(get_key(profile, "username"))
            uri = clean_text(get_key(profile, "profile_uri")) or ""
            if m := _PROFILE_ID.search(uri):
                user_id = m[1]
            elif (m2 := _PROFILE_NAME.match(uri)) and not handle:
                handle = m2[1]
        return Owner(user_id, handle, display)

    def read(self, src: ExportSource, owner: Owner, ctx: RunContext) -> Iterator[Record]:
        """Reactions, comments, follows and page likes."""
        for name in src.find(*LIKE_FILES):
            yield from self._reactions(src, name, owner)
        for name in src.find(*COMMENT_FILES):
            yield from self._comments(src, name, owner)
        for name in src.find(*FOLLOW_FILES):
            yield from self._follows(
                src, name, owner, ("following_v3", "following_v2", "following")
            )
        for name in src.find(*PAGE_FILES):
            yield from self._follows(src, name, owner, ("page_likes_v2", "page_likes", "pages"))

    def _list(self, src: ExportSource, name: str, *keys: str) -> Iterator[Record | tuple[int, Any]]:
        value, reports = self.load(src, name)
        yield from reports
        items = _list_in(value, *keys)
        if items is None:
            if value is not None:
                yield skip(name, 0, f"no list of items (looked for {', '.join(keys)})", None)
            return
        shape = (
            "newer (label_values)"
            if any(isinstance(i, dict) and "label_values" in i for i in items[:5])
            else "older (title/data)"
        )
        yield Note(f"{name}: {len(items)} item(s), {shape} shape")
        for index, item in enumerate(items):
            if not isinstance(item, dict):
                yield skip(name, index, "an item must be an object", item)
                continue
            yield index, item

    def _target(self, item: dict[str, Any], owner: Owner) -> dict[str, Any]:
        lv = labels(item)
        url = clean_text(lv.get("url") or lv.get("link") or lv.get("tautan")) or first_url(
            get_key(item, "attachments")
        )
        if url is None and isinstance(lv.get("urlhref"), str):
            url = lv["urlhref"]
        author = author_from_title(clean_text(get_key(item, "title")), owner)
        if author is None:
            for key in ("owner", "name", "nama", "author", "pemilik"):
                if isinstance(lv.get(key), str) and lv[key].strip():
                    author = lv[key].strip()
                    break
        post = _POST_ID.search(url) if url else None
        return {"post_id": post[1] if post else None, "author_handle": author, "url": url}

    def _reactions(self, src: ExportSource, name: str, owner: Owner) -> Iterator[Record]:
        for got in self._list(src, name, "reactions_v2", "reactions", "likes_and_reactions"):
            if not isinstance(got, tuple):
                yield got
                continue
            index, item = got
            target = self._target(item, owner)
            if not any(target.values()):
                yield skip(name, index, "reaction names no post, author or link", item)
                continue
            fbid = clean_text(str(get_key(item, "fbid") or "")) or None
            when = from_epoch(get_key(item, "timestamp"))
            ident = fbid or content_id(get_key(item, "timestamp"), get_key(item, "title"), target)
            yield located(
                make_event(
                    platform=PLATFORM,
                    action="like",
                    event_id=event_id(PLATFORM, ident, "like", owner.key),
                    actor=owner.actor(),
                    occurred_at=when,
                    target=target,
                    source=SOURCE,
                ),
                name,
                index,
            )

    def _comments(self, src: ExportSource, name: str, owner: Owner) -> Iterator[Record]:
        for got in self._list(src, name, "comments_v2", "comments"):
            if not isinstance(got, tuple):
                yield got
                continue
            index, item = got
            text = None
            for _, entry in iter_list(get_key(item, "data")):
                comment = get_key(entry, "comment")
                text = clean_text(get_key(comment, "comment")) or text
            lv = labels(item)
            text = text or clean_text(lv.get("comment") or lv.get("komentar"))
            if text is None:
                yield skip(name, index, "comment without text", item)
                continue
            target = self._target(item, owner)
            if not any(target.values()):
                yield skip(name, index, "comment names no post, author or link", item)
                continue
            title = clean_text(get_key(item, "title")) or ""
            action = "reply" if re.search(r"replied|membalas", title, re.I) else "comment"
            when = from_epoch(get_key(item, "timestamp"))
            ident = content_id(get_key(item, "timestamp"), text, target)
            yield located(
                make_event(
                    platform=PLATFORM,
                    action=action,
                    event_id=event_id(PLATFORM, ident, action, owner.key),
                    actor=owner.actor(),
                    occurred_at=when,
                    target=target,
                    text=text,
                    source=SOURCE,
                ),
                name,
                index,
            )

    def _follows(
        self, src: ExportSource, name: str, owner: Owner, keys: tuple[str, ...]
    ) -> Iterator[Record]:
        for got in self._list(src, name, *keys):
            if not isinstance(got, tuple):
                yield got
                continue
            index, item = got
            lv = labels(item)
            who = clean_text(get_key(item, "name", "title")) or clean_text(
                lv.get("name") or lv.get("nama")
            )
            url = clean_text(get_key(item, "uri", "url")) or clean_text(lv.get("url"))
            uid = _PROFILE_ID.search(url) if url else None
            if who is None and uid is None:
                yield skip(name, index, "follow without a name", item)
                continue
            ident = uid[1] if uid else content_id("follow", who)
            yield located(
                make_event(
                    platform=PLATFORM,
                    action="follow",
                    event_id=event_id(PLATFORM, ident, "follow", owner.key),
                    actor=owner.actor(),
                    occurred_at=from_epoch(get_key(item, "timestamp")),
                    target={
                        "author_user_id": uid[1] if uid else None,
                        "author_handle": who,
                        "url": url,
                    },
                    source=SOURCE,
                ),
                name,
                index,
            )
