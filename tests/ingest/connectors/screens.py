"""Synthetic social-media screenshots rendered with Pillow (invented accounts, public slogans)."""

from __future__ import annotations

import io
import textwrap
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
# fonts-dejavu-core only, so that a fresh Debian machine has them.
FONTS = {
    "sans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    "serif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"),
    "mono": ("DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf"),
}


@dataclass(frozen=True, slots=True)
class Shot:
    """A rendered screenshot and what it shows."""

    png: bytes
    layout: str
    font: str
    text: str
    handle: str
    name: str
    platform: str


def _font(name: str, size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    regular, heavy = FONTS[name]
    return ImageFont.truetype(str(FONT_DIR / (heavy if bold else regular)), size)


def _wrap(
    draw: ImageDraw.ImageDraw, text: str, font: ImageFont.FreeTypeFont, width: int
) -> list[str]:
    out: list[str] = []
    for paragraph in text.split("\n"):
        chars = max(10, int(width / max(1.0, draw.textlength("n", font=font))))
        lines = textwrap.wrap(paragraph, chars) or [""]
        # Narrow the wrap until every line fits the column.
        while any(draw.textlength(line, font=font) > width for line in lines) and chars > 10:
            chars -= 1
            lines = textwrap.wrap(paragraph, chars)
        out.extend(lines)
    return out


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def render_x(
    text: str,
    *,
    name: str,
    handle: str,
    font: str = "sans",
    dark: bool = False,
    phone: bool = False,
) -> Shot:
    """An X post: avatar, name @handle · 5j, text, date line, counters."""
    scale = 2.6 if phone else 1.0
    width = int(600 * scale) if not phone else 1080
    size = int(15 * scale) if not phone else 40
    bg, fg, grey = (
        ((0, 0, 0), (231, 233, 234), (113, 118, 123))
        if dark
        else ((255, 255, 255), (15, 20, 25), (83, 100, 113))
    )
    body_font, bold = _font(font, size), _font(font, size, bold=True)
    small = _font(font, int(size * 0.9))
    probe = ImageDraw.Draw(Image.new("RGB", (10, 10)))
    margin = int(16 * scale) if not phone else 40
    left = margin + int(48 * (scale if not phone else 2.4))
    lines = _wrap(probe, text, body_font, width - left - margin)
    line_h = int(size * 1.35)
    height = margin * 2 + line_h * (len(lines) + 4)
    image = Image.new("RGB", (width, height), bg)
    draw = ImageDraw.Draw(image)
    r = int(20 * (scale if not phone else 2.4))
    draw.ellipse((margin, margin, margin + 2 * r, margin + 2 * r), fill=(29, 155, 240))
    draw.text((left, margin), name, font=bold, fill=fg)
    x = left + draw.textlength(name, font=bold) + size * 0.4
    draw.text((x, margin), f"@{handle} · 5j", font=body_font, fill=grey)
    y = margin + line_h
    for line in lines:
        draw.text((left, y), line, font=body_font, fill=fg)
        y += line_h
    y += int(line_h * 0.4)
    draw.text((left, y), "10.22 · 5 Jan 2024 · 1,2 rb Tayangan", font=small, fill=grey)
    y += line_h
    draw.text((left, y), "12      48      310      7", font=small, fill=grey)
    return Shot(
        _png(image),
        "x-dark" if dark else ("x-phone" if phone else "x"),
        font,
        text,
        handle,
        name,
        "x",
    )


def render_facebook(text: str, *, name: str, handle: str, font: str = "sans") -> Shot:
    """A Facebook post as seen on a phone: name, time, text, reaction bar."""
    width, size, margin = 1080, 38, 36
    body_font, bold, small = _font(font, size), _font(font, size, bold=True), _font(font, 32)
    probe = ImageDraw.Draw(Image.new("RGB", (10, 10)))
    lines = _wrap(probe, text, body_font, width - 2 * margin)
    line_h = int(size * 1.4)
    height = margin * 3 + 130 + line_h * (len(lines) + 3)
    image = Image.new("RGB", (width, height), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    draw.ellipse((margin, margin, margin + 100, margin + 100), fill=(200, 210, 225))
    draw.text((margin + 124, margin + 6), name, font=bold, fill=(5, 5, 5))
    draw.text((margin + 124, margin + 56), "2 jam ·", font=small, fill=(101, 103, 107))
    y = margin + 130
    for line in lines:
        draw.text((margin, y), line, font=body_font, fill=(5, 5, 5))
        y += line_h
    y += line_h // 2
    draw.text(
        (margin, y), "128     24 komentar   9 kali dibagikan", font=small, fill=(101, 103, 107)
    )
    y += line_h
    draw.line((margin, y, width - margin, y), fill=(220, 220, 220), width=2)
    draw.text(
        (margin + 60, y + 14),
        "Suka        Komentari        Bagikan",
        font=small,
        fill=(101, 103, 107),
    )
    return Shot(_png(image), "facebook", font, text, handle, name, "facebook")


def render_instagram_comment(text: str, *, name: str, handle: str, font: str = "sans") -> Shot:
    """An Instagram post header and caption: handle • Ikuti, caption, likes line."""
    width, size, margin = 1080, 36, 32
    body_font, bold, small = _font(font, size), _font(font, size, bold=True), _font(font, 30)
    probe = ImageDraw.Draw(Image.new("RGB", (10, 10)))
    lines = _wrap(probe, text, body_font, width - 2 * margin)
    line_h = int(size * 1.4)
    height = margin * 3 + 90 + line_h * (len(lines) + 3)
    image = Image.new("RGB", (width, height), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    draw.text((margin, margin), f"{handle} • Ikuti", font=bold, fill=(0, 0, 0))
    y = margin + 90
    draw.text((margin, y), "Disukai oleh 1.024 orang", font=small, fill=(0, 0, 0))
    y += line_h
    for line in lines:
        draw.text((margin, y), line, font=body_font, fill=(0, 0, 0))
        y += line_h
    draw.text((margin, y + 10), "Lihat semua 56 komentar", font=small, fill=(115, 115, 115))
    return Shot(_png(image), "instagram", font, text, handle, name, "instagram")


CAMPAIGN_TEXTS = [
    "Coblos nomor 2 Prabowo-Gibran, lanjutkan pembangunan!",
    "Ayo bapak ibu, pilih Ganjar-Mahfud nomor 3 tanggal 14 Februari",
    "Satu putaran saja! #02Melanjutkan bersama Prabowo Gibran",
    "Saya dukung Anies Muhaimin, coblos 01 untuk perubahan #AMIN",
    "Salam dua jari, coblos no 2 ya semuanya",
    "Jangan lupa 14 Februari coblos nomor 3 Ganjar Mahfud #GanjarPresiden",
    "Mari menangkan Prabowo-Gibran, satu putaran, coblos nomor urut 02",
    "Perubahan harga mati, pilih nomor 1 Anies Baswedan dan Cak Imin",
]
NAMES = [
    ("Rina Kartika", "rina_kartika88"),
    ("Agus Setiawan", "agus.setia"),
    ("Dewi Lestari W", "dewilw_"),
    ("Yudi Pratama", "yudi_pratama"),
]


def degrade(shot: Shot, *, scale: float, quality: int) -> Shot:
    """The screenshot as it arrives after being forwarded: scaled down and JPEG-compressed."""
    image = Image.open(io.BytesIO(shot.png)).convert("RGB")
    size = (int(image.width * scale), int(image.height * scale))
    small = image.resize(size, Image.Resampling.BILINEAR)
    buffer = io.BytesIO()
    small.save(buffer, format="JPEG", quality=quality)
    layout = f"{shot.layout}-jpeg{quality}"
    return Shot(
        buffer.getvalue(), layout, shot.font, shot.text, shot.handle, shot.name, shot.platform
    )


def all_shots() -> list[Shot]:
    """Every planted text in several layouts, fonts and modes; half of them degraded."""
    shots: list[Shot] = []
    fonts = list(FONTS)
    for i, text in enumerate(CAMPAIGN_TEXTS):
        name, handle = NAMES[i % len(NAMES)]
        font = fonts[i % len(fonts)]
        rendered = [
            render_x(text, name=name, handle=handle, font=font),
            render_x(text, name=name, handle=handle, font=fonts[(i + 1) % 3], dark=True),
            render_x(text, name=name, handle=handle, font=fonts[(i + 2) % 3], phone=True),
            render_facebook(text, name=name, handle=handle, font=font),
            render_instagram_comment(text, name=name, handle=handle, font=fonts[(i + 1) % 3]),
        ]
        for j, shot in enumerate(rendered):
            if (i + j) % 2:
                # Desktop crops keep their size; phone screenshots are often halved on the way.
                scale = 0.9 if shot.layout in ("x", "x-dark") else 0.55
                shot = degrade(shot, scale=scale, quality=60 + 5 * (i % 4))
            shots.append(shot)
    return shots
