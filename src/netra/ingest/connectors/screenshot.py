"""Screenshots (public complaints, evidence): OCR'd into a post whose image carries the text."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from pathlib import Path

from netra.ingest.connectors.base import (
    Connector,
    ConnectorError,
    Event,
    Note,
    Parameter,
    Record,
    RunContext,
    Skipped,
)
from netra.ingest.connectors.common import event_id, iso_utc, make_event, one_line
from netra.ingest.schemas import PLATFORMS

IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".webp", ".gif", ".bmp", ".tif", ".tiff"})
SOURCE = "screenshot"
# Larger files are not screenshots (and would keep Tesseract busy for minutes).
MAX_IMAGE_BYTES = 40 * 1024 * 1024
_URL_PLATFORM = [
    (re.compile(r"(?:^|\.)(?:x|twitter)\.com$"), "x"),
    (re.compile(r"(?:^|\.)(?:facebook|fb)\.com$"), "facebook"),
    (re.compile(r"(?:^|\.)instagram\.com$"), "instagram"),
    (re.compile(r"(?:^|\.)tiktok\.com$"), "tiktok"),
    (re.compile(r"(?:^|\.)(?:youtube\.com|youtu\.be)$"), "youtube"),
    (re.compile(r"(?:^|\.)threads\.net$"), "threads"),
    (re.compile(r"(?:^|\.)bsky\.app$"), "bluesky"),
]


def platform_of_url(url: str | None) -> str | None:
    """The platform a link points to, by its host."""
    if not url:
        return None
    host = re.sub(r"^https?://", "", url).split("/", 1)[0].split(":", 1)[0].lower()
    for pattern, platform in _URL_PLATFORM:
        if pattern.search(host):
            return platform
    return None


def image_files(source: Path) -> list[Path]:
    """The image files of SOURCE (one file, or a folder searched recursively), sorted."""
    if source.is_file():
        return [source]
    if source.is_dir():
        return sorted(p for p in source.rglob("*") if p.suffix.lower() in IMAGE_SUFFIXES)
    raise ConnectorError(f"{source}: no such file or folder")


class ScreenshotConnector(Connector):
    """Connector `screenshot`."""

    name = "screenshot"
    label = "Screenshots (OCR with Tesseract)"
    parameters = (
        Parameter(
            "platform",
            "platform shown, when the layout does not tell",
            choices=tuple(sorted(PLATFORMS)),
        ),
        Parameter("handle", "handle of the account shown, when the screenshot does not show it"),
        Parameter("user_id", "platform user id of the account shown, if known"),
        Parameter("url", "link to the post or comment (from the complaint)", type="url"),
        Parameter(
            "action",
            "what the screenshot shows",
            default="post",
            choices=("post", "comment", "reply"),
        ),
        Parameter("occurred_at", "when it was posted (ISO 8601), when the complaint says"),
        Parameter("lang", "Tesseract languages", default="ind+eng"),
    )
    reads = (
        "PNG/JPEG/WebP screenshots (a file or a folder): the post text (as the image's "
        "ocr_text), the handle and name in the header, the platform from its interface words, "
        "a full date if one is written"
    )
    cannot_see = (
        'relative times ("5j", "2 jam") are not dates: occurred_at stays null unless a full '
        "date is visible or given; emoji and text inside photos are read poorly; a handle "
        "whose '@' is misread is missed (give --param handle=…)"
    )

    def records(self, ctx: RunContext) -> Iterator[Record]:
        """OCR each image and yield one event per readable screenshot."""
        from netra.ingest.connectors.ocr import read_screenshot, tesseract_binary

        if ctx.source is None:
            raise ConnectorError("connector screenshot reads image files: give a file or folder")
        tesseract_binary()
        action = str(ctx.param("action") or "post")
        url = ctx.param("url")
        if action != "post" and not url:
            raise ConnectorError(f"a screenshot of a {action} needs --param url=… of it")
        given_time = ctx.param("occurred_at")
        if given_time and iso_utc(given_time) is None:
            raise ConnectorError(f"occurred_at must be ISO 8601, got {given_time!r}")
        files = image_files(ctx.source)
        root = ctx.source if ctx.source.is_dir() else ctx.source.parent
        yield Note(f"{len(files)} image(s)")
        for path in files:
            name = path.relative_to(root).as_posix()
            data = path.read_bytes()
            if len(data) > MAX_IMAGE_BYTES:
                yield Skipped(name, 0, f"too large for a screenshot ({len(data):,} bytes)")
                continue
            try:
                shot = read_screenshot(data, lang=str(ctx.param("lang") or "ind+eng"))
            except ConnectorError as exc:
                if "tesseract" in exc.message and "not a readable image" not in exc.message:
                    raise
                yield Skipped(name, 0, exc.message)
                continue
            digest = hashlib.sha256(data).hexdigest()
            platform = ctx.param("platform") or platform_of_url(url) or shot.platform or "other"
            handle = ctx.param("handle") or shot.handle
            user_id = ctx.param("user_id")
            text = shot.post_text or shot.full_text
            if not text.strip():
                yield Skipped(name, 0, "no text found in the image")
                continue
            if not handle and not user_id:
                yield Skipped(
                    name,
                    0,
                    "no account handle visible; give --param handle=… (text: "
                    f"{one_line(text, 120)})",
                    {"ocr_text": text, "display_name": shot.display_name, "sha256": digest},
                )
                continue
            actor = {"user_id": user_id, "handle": handle, "display_name": shot.display_name}
            key = user_id or f"@{str(handle).lower()}"
            yield Event(
                make_event(
                    platform=platform,
                    action=action,
                    event_id=event_id(platform, f"img-{digest[:32]}", action, key),
                    actor=actor,
                    occurred_at=given_time or shot.visible_date,
                    target={"url": url} if action != "post" else None,
                    url=url if action == "post" else None,
                    media=[{"kind": "image", "sha256": digest, "ocr_text": text}],
                    source=SOURCE,
                ),
                file=name,
                index=0,
            )
