"""Charts as server-rendered SVG: no JavaScript, no CDN, readable without colour."""

from __future__ import annotations

from datetime import date, timedelta
from html import escape

from markupsafe import Markup

PALETTE = ("#1f5f8b", "#c0392b", "#27ae60", "#8e44ad", "#d68910", "#2c3e50")
STAGE_FILL = {
    "candidacy": "#fdebd0",
    "campaign": "#fadbd8",
    "quiet": "#e8daef",
    "voting": "#f5b7b1",
    "counting": "#d6eaf8",
    "result": "#d5f5e3",
}


def bar_chart(rows: list[tuple[str, float]], *, width: int = 520, unit: str = "") -> Markup:
    """Horizontal bars, one per (label, value), largest value = full width."""
    if not rows:
        return Markup('<p class="muted">—</p>')
    bar_h, gap, label_w = 18, 6, 215
    height = len(rows) * (bar_h + gap) + gap
    top = max(v for _, v in rows) or 1
    parts = [
        f'<svg class="chart" role="img" viewBox="0 0 {width} {height}" width="{width}" '
        f'height="{height}" xmlns="http://www.w3.org/2000/svg">'
    ]
    span = width - label_w - 60
    for i, (label, value) in enumerate(rows):
        y = gap + i * (bar_h + gap)
        w = max(1.0, span * value / top)
        text = escape(label if len(label) <= 33 else label[:32] + "…")
        parts.append(
            f'<text x="{label_w - 6}" y="{y + 13}" text-anchor="end" class="lbl">{text}</text>'
            f'<rect x="{label_w}" y="{y}" width="{w:.1f}" height="{bar_h}" '
            f'fill="{PALETTE[0]}"><title>{escape(label)}: {value:,.0f}{unit}</title></rect>'
            f'<text x="{label_w + w + 4:.1f}" y="{y + 13}" class="val">{value:,.0f}{unit}</text>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def week_start(day: date) -> date:
    """The Monday of the week of `day`."""
    return day - timedelta(days=day.weekday())


def time_chart(
    series: dict[date, int],
    *,
    bands: list[tuple[date, date, str, str]] | None = None,
    width: int = 920,
    height: int = 220,
    color: str = PALETTE[0],
) -> Markup:
    """Weekly columns over time; election stages (start, end, stage, label) shaded behind."""
    if not series:
        return Markup('<p class="muted">—</p>')
    first, last = min(series), max(series)
    weeks = (last - first).days // 7 + 1
    left, bottom, top_pad = 44, 28, 12
    plot_w, plot_h = width - left - 8, height - bottom - top_pad
    col_w = min(plot_w / max(weeks, 1), 48.0)  # one lonely week is a column, not a wall
    peak = max(series.values()) or 1
    parts = [
        f'<svg class="chart" role="img" viewBox="0 0 {width} {height}" width="100%" '
        f'xmlns="http://www.w3.org/2000/svg">'
    ]

    def x_of(day: date) -> float:
        return left + (day - first).days / 7 * col_w

    for start, end, stage, label in bands or []:
        if end < first or start > last + timedelta(days=6):
            continue
        x0 = max(float(left), x_of(start))
        x1 = min(float(left + plot_w), x_of(end + timedelta(days=1)))
        if x1 <= x0:
            continue
        parts.append(
            f'<rect x="{x0:.1f}" y="{top_pad}" width="{x1 - x0:.1f}" height="{plot_h}" '
            f'fill="{STAGE_FILL.get(stage, "#eeeeee")}"><title>{escape(label)}</title></rect>'
        )
    for frac in (0.0, 0.5, 1.0) if peak >= 2 else (0.0, 1.0):
        y = top_pad + plot_h * (1 - frac)
        tick = f"{peak * frac:,.0f}" if peak >= 10 else f"{peak * frac:g}"
        parts.append(
            f'<line x1="{left}" x2="{left + plot_w}" y1="{y:.1f}" y2="{y:.1f}" class="grid"/>'
            f'<text x="{left - 4}" y="{y + 4:.1f}" text-anchor="end" class="val">{tick}</text>'
        )
    for day, value in sorted(series.items()):
        h = plot_h * value / peak
        x = x_of(day)
        parts.append(
            f'<rect x="{x + 1:.1f}" y="{top_pad + plot_h - h:.1f}" '
            f'width="{max(col_w - 2, 1):.1f}" height="{h:.1f}" fill="{color}">'
            f"<title>{day.isoformat()}: {value:,}</title></rect>"
        )
    step = max(1, weeks // 8)
    for i in range(0, weeks, step):
        day = first + timedelta(days=7 * i)
        if x_of(day) > width - 60:
            break
        parts.append(
            f'<text x="{x_of(day) + 2:.1f}" y="{height - 8}" class="lbl">'
            f"{day.strftime('%d %b %y')}</text>"
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def gauge(value: float | None, *, label: str, width: int = 220) -> Markup:
    """A percentage as a filled bar with its figure."""
    if value is None:
        return Markup('<p class="muted">—</p>')
    pct = max(0.0, min(1.0, value))
    return Markup(
        f'<svg class="chart" role="img" viewBox="0 0 {width} 34" width="{width}" height="34" '
        f'xmlns="http://www.w3.org/2000/svg"><title>{escape(label)}: {pct:.0%}</title>'
        f'<rect x="0" y="4" width="{width}" height="16" fill="#e5e8e8"/>'
        f'<rect x="0" y="4" width="{width * pct:.1f}" height="16" fill="{PALETTE[2]}"/>'
        f'<text x="{width / 2:.0f}" y="32" text-anchor="middle" class="val">{pct:.0%}</text>'
        "</svg>"
    )
