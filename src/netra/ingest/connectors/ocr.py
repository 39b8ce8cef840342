"""Reading social-media screenshots with Tesseract: post text, account and platform.

The image is cleaned first (grey, dark mode turned light, small screenshots enlarged: Tesseract
reads best at about 30 px letter height), then Tesseract gives words with their line; a few
layout rules find the account's handle and name in the header, drop the interface's own words
(reply, like, share buttons, counters) and keep the post text.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from netra.ingest.connectors.base import ConnectorError

if TYPE_CHECKING:
    from PIL.Image import Image

DEFAULT_LANG = "ind+eng"
TIMEOUT_SECONDS = 120
# Screenshots narrower than this are enlarged before OCR (desktop crops at 15 px text).
_MIN_WIDTH = 1800

_HANDLE = re.compile(r"(?<![\w@])@([A-Za-z0-9_][A-Za-z0-9_.]{1,29})")
_BARE_HANDLE = re.compile(r"^([a-z0-9_][a-z0-9_.]{2,29})\b")
_BARE_TO_SEP = re.compile(r"^([a-z0-9_][a-z0-9_. ]{1,40}?)\s*[•·]\s*(?:ikuti|follow)", re.I)
# Words of the platforms' interfaces (English and Indonesian), compared in lower case.
_UI_WORDS = {
    "reply",
    "replies",
    "retweet",
    "retweets",
    "repost",
    "reposts",
    "quote",
    "quotes",
    "like",
    "likes",
    "liked",
    "view",
    "views",
    "share",
    "shares",
    "comment",
    "comments",
    "follow",
    "following",
    "followers",
    "translate",
    "post",
    "more",
    "see",
    "all",
    "show",
    "this",
    "thread",
    "balas",
    "balasan",
    "suka",
    "disukai",
    "komentari",
    "komentar",
    "bagikan",
    "ikuti",
    "mengikuti",
    "tayangan",
    "kutipan",
    "posting",
    "ulang",
    "terjemahkan",
    "lihat",
    "semua",
    "terjemahan",
    "lainnya",
    "jam",
    "menit",
    "detik",
    "hari",
    "minggu",
    "kemarin",
    "yang",
    "lalu",
    "dan",
    "lain",
    "oleh",
    "h",
    "j",
    "m",
    "d",
    "mnt",
    "hr",
    "min",
    "hrs",
    "ago",
    "yesterday",
    "am",
    "pm",
    "pukul",
    "·",
    "•",
    "and",
    "others",
    "by",
    "send",
    "kirim",
    "simpan",
    "save",
    "edited",
    "diedit",
    "sponsored",
    "bersponsor",
    "foryou",
    "untuk",
    "anda",
    "rb",
    "jt",
    "k",
    "kali",
    "dibagikan",
    "orang",
    "tanggapan",
    "reactions",
    "reaksi",
    "bookmark",
    "markah",
}
_MONTHS = {
    "jan": 1,
    "januari": 1,
    "january": 1,
    "feb": 2,
    "februari": 2,
    "february": 2,
    "mar": 3,
    "maret": 3,
    "march": 3,
    "apr": 4,
    "april": 4,
    "mei": 5,
    "may": 5,
    "jun": 6,
    "juni": 6,
    "june": 6,
    "jul": 7,
    "juli": 7,
    "july": 7,
    "agu": 8,
    "agt": 8,
    "agustus": 8,
    "aug": 8,
    "august": 8,
    "sep": 9,
    "sept": 9,
    "september": 9,
    "okt": 10,
    "oktober": 10,
    "oct": 10,
    "october": 10,
    "nov": 11,
    "november": 11,
    "des": 12,
    "desember": 12,
    "dec": 12,
    "december": 12,
}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_TIME = r"(\d{1,2})[:.](\d{2})\s*([AaPp][Mm])?"
_DATE_DMY = re.compile(rf"\b(\d{{1,2}})\s*({_MONTH})\.?\s+(\d{{4}})\b", re.I)
_DATE_MDY = re.compile(rf"\b({_MONTH})\.?\s+(\d{{1,2}}),\s*(\d{{4}})\b", re.I)
_TIME_RE = re.compile(rf"\b{_TIME}\b")
# "10.22 · 5 Jan 2024 · 1,2 rb Tayangan": a clock time and a year make a line the post's footer.
_META = re.compile(
    r"\b\d{1,2}[:.]\d{2}\b.*\b(?:19|20)\d{2}\b|\b(?:19|20)\d{2}\b.*\b\d{1,2}[:.]\d{2}\b"
)
# X writes "@handle · 5j"; OCR often turns the handle's "_" into a space, so the header's
# separator bounds the handle.
_HANDLE_TO_SEP = re.compile(r"@([A-Za-z0-9_][A-Za-z0-9_. ]{1,40}?)\s+[·•\-]\s+\d")
_PLATFORM_CUES: dict[str, tuple[str, ...]] = {
    "x": (
        "retweet",
        "repost",
        "posting ulang",
        "tweet",
        "x.com",
        "twitter",
        "tayangan",
        "views",
        "kutipan",
        "quotes",
    ),
    "facebook": ("komentari", "bagikan", "facebook", "like comment share", "suka komentari"),
    "instagram": ("disukai oleh", "liked by", "instagram", "lihat semua", "view all"),
    "tiktok": ("tiktok", "for you", "untuk anda"),
    "youtube": ("youtube", "subscribe", "berlangganan"),
}


@dataclass(frozen=True, slots=True)
class OcrLine:
    """One line of text as Tesseract found it, with its box and mean word confidence."""

    text: str
    top: int
    left: int
    height: int
    confidence: float


@dataclass(slots=True)
class Screenshot:
    """What a screenshot shows: the post text, the account, the platform, a visible date."""

    full_text: str
    post_text: str
    lines: list[OcrLine] = field(default_factory=list)
    handle: str | None = None
    display_name: str | None = None
    platform: str | None = None
    visible_date: str | None = None


def tesseract_binary() -> str:
    """The tesseract executable; ConnectorError with the install command when missing."""
    path = shutil.which("tesseract")
    if path is None:
        raise ConnectorError(
            "tesseract is not installed: apt-get install tesseract-ocr tesseract-ocr-ind"
        )
    return path


def load_image(data: bytes) -> Image:
    """Decode an image; ConnectorError when it is not one."""
    try:
        from PIL import Image as PILImage
        from PIL import UnidentifiedImageError
    except ImportError:  # pragma: no cover - depends on the environment
        raise ConnectorError("reading screenshots needs Pillow (pip install Pillow)") from None
    try:
        image = PILImage.open(io.BytesIO(data))
        image.load()
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as exc:
        raise ConnectorError(f"not a readable image: {exc}") from None
    return image


def prepare(image: Image) -> Image:
    """Grey, light background, enlarged when small: what Tesseract reads best."""
    from PIL import Image as PILImage
    from PIL import ImageOps, ImageStat

    grey = ImageOps.exif_transpose(image).convert("L")
    if ImageStat.Stat(grey).mean[0] < 110:  # dark mode: light text on a dark background
        grey = ImageOps.invert(grey)
    if grey.width < _MIN_WIDTH:
        factor = min(4.0, _MIN_WIDTH / max(1, grey.width))
        size = (int(grey.width * factor), int(grey.height * factor))
        grey = grey.resize(size, PILImage.Resampling.LANCZOS)
    return grey


def run_tesseract(image: Image, *, lang: str = DEFAULT_LANG) -> list[OcrLine]:
    """OCR lines (top to bottom) of an already prepared image."""
    binary = tesseract_binary()
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    try:
        done = subprocess.run(
            [binary, "stdin", "stdout", "-l", lang, "--psm", "4", "tsv"],
            input=buffer.getvalue(),
            capture_output=True,
            timeout=TIMEOUT_SECONDS,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise ConnectorError(f"tesseract took longer than {TIMEOUT_SECONDS} s") from None
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise ConnectorError(f"tesseract failed: {message[-1] if message else done.returncode}")
    return parse_tsv(done.stdout.decode("utf-8", "replace"))


def parse_tsv(tsv: str) -> list[OcrLine]:
    """Group Tesseract's TSV words into lines."""
    words: dict[tuple[int, int, int, int], list[tuple[int, int, int, float, str]]] = {}
    for row in tsv.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) < 12 or cells[0] != "5":
            continue
        text = cells[11].strip()
        if not text:
            continue
        try:
            key = (int(cells[1]), int(cells[2]), int(cells[3]), int(cells[4]))
            left, top, height = int(cells[6]), int(cells[7]), int(cells[9])
            conf = float(cells[10])
        except ValueError:
            continue
        words.setdefault(key, []).append((left, top, height, conf, text))
    lines = []
    for items in words.values():
        items.sort()
        lines.append(
            OcrLine(
                text=" ".join(w[4] for w in items),
                top=min(w[1] for w in items),
                left=items[0][0],
                height=max(w[2] for w in items),
                confidence=sum(w[3] for w in items) / len(items),
            )
        )
    lines.sort(key=lambda line: (line.top, line.left))
    return lines


def is_interface(line: str) -> bool:
    """True for a line made only of interface words, counters, times and symbols."""
    words = re.findall(r"[^\W\d_]+", line.lower())
    if not words:
        return True  # counters, times and icons only
    return all(w in _UI_WORDS or len(w) == 1 for w in words)


def find_platform(text: str) -> str | None:
    """The platform whose interface words the screenshot shows most, if any."""
    lowered = " ".join(text.lower().split())
    scores = {p: sum(cue in lowered for cue in cues) for p, cues in _PLATFORM_CUES.items()}
    best = max(scores.values())
    winners = [p for p, s in scores.items() if s == best]
    return winners[0] if best and len(winners) == 1 else None


def find_date(text: str) -> str | None:
    """A full date (and time) written on the screenshot as local ISO 8601, else None."""
    found = _DATE_DMY.search(text)
    if found:
        day, month, year = int(found[1]), _MONTHS[found[2].lower()], int(found[3])
    elif found := _DATE_MDY.search(text):
        month, day, year = _MONTHS[found[1].lower()], int(found[2]), int(found[3])
    else:
        return None
    if not (1 <= day <= 31 and 2004 <= year <= 2100):
        return None
    stamp = f"{year:04d}-{month:02d}-{day:02d}"
    clock = _TIME_RE.search(text)
    if clock:
        hour, minute = int(clock[1]), int(clock[2])
        if clock[3]:
            hour = hour % 12 + (12 if clock[3].lower() == "pm" else 0)
        if hour < 24 and minute < 60:
            stamp += f"T{hour:02d}:{minute:02d}:00"
    try:
        from datetime import date

        date.fromisoformat(stamp[:10])
    except ValueError:
        return None
    return stamp


def analyse(lines: list[OcrLine]) -> Screenshot:
    """Split OCR lines into header (account), post text and interface."""
    full = "\n".join(line.text for line in lines)
    handle = display = None
    header_end = -1
    for index, line in enumerate(lines[:6]):
        m = _HANDLE.search(line.text)
        if m:
            handle = m[1].rstrip(".")
            spaced = _HANDLE_TO_SEP.search(line.text)
            if spaced and spaced.start() == m.start() and len(spaced[1]) <= 30:
                handle = spaced[1].strip().replace(" ", "_")
            before = _name(line.text[: m.start()])
            if before:
                display = before
            elif index > 0:
                display = _name(lines[index - 1].text)
            header_end = index
            break
    if handle is None and lines:
        # Instagram and TikTok write the handle bare: "budi.s • Ikuti"
        first = lines[0].text.strip()
        bare = _BARE_HANDLE.match(first)
        rest = first[bare.end() :].lower() if bare else ""
        if bare and any(w in rest for w in ("•", "·", "ikuti", "follow")):
            spaced = _BARE_TO_SEP.match(first)
            handle = bare[1]
            if spaced and len(spaced[1].strip()) <= 30:
                handle = spaced[1].strip().replace(" ", "_")
            header_end = 0
        elif first and not is_interface(first):
            display = _name(first)  # Facebook: the name alone heads the post
            header_end = 0
    body = [
        line
        for line in lines[header_end + 1 :]
        if not is_interface(line.text) and not _only_date(line.text) and not _META.search(line.text)
    ]
    return Screenshot(
        full_text=full,
        post_text=join_paragraphs(body),
        lines=lines,
        handle=handle,
        display_name=display,
        platform=find_platform(full),
        visible_date=find_date(full),
    )


def _name(text: str) -> str | None:
    """A display name without the avatar's OCR noise before it and separators after it."""
    cleaned = re.sub(r"^[^\w]+", "", text.strip()).strip(" ·•|-")
    return cleaned or None


def join_paragraphs(lines: list[OcrLine]) -> str:
    """Wrapped lines of one paragraph joined by spaces; a wider gap starts a new paragraph."""
    parts: list[str] = []
    previous: OcrLine | None = None
    for line in lines:
        if previous is not None:
            gap = line.top - (previous.top + previous.height)
            parts.append("\n" if gap > 1.2 * max(line.height, previous.height) else " ")
        parts.append(line.text)
        previous = line
    return "".join(parts).strip()


def _only_date(line: str) -> bool:
    stripped = _DATE_DMY.sub(" ", _DATE_MDY.sub(" ", line))
    stripped = _TIME_RE.sub(" ", stripped)
    return stripped != line and is_interface(stripped)


def read_screenshot(data: bytes, *, lang: str = DEFAULT_LANG) -> Screenshot:
    """OCR a screenshot's bytes and analyse its layout."""
    image = load_image(data)
    return analyse(run_tesseract(prepare(image), lang=lang))
