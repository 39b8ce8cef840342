"""Rows of the busiest tables (review queue, case list) rendered in Python.

A Jinja loop costs ~20 escapes, filter and `t()` calls per row, half the CPU of a queue page
(docs/performance.md, Web). These functions write the same HTML with one f-string per row,
escaping every value that comes from the data; the templates call them (`queue_rows`,
`case_rows` are Jinja globals) and keep the table around them.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

from markupsafe import Markup, escape

from netra.cases.schemas import CaseRow
from netra.review.schemas import QueueRow
from netra.web.i18n import translate

DISPLAY_TZ = ZoneInfo("Asia/Jakarta")
DASH = "—"


def _e(value: object) -> str:
    return str(escape(value))


@lru_cache(maxsize=512)
def _t(key: str, lang: str) -> str:
    """The translation of `key`, escaped (a handful of keys: cached)."""
    return _e(translate(key, lang))


def fmt_dt(value: object, with_time: bool = True) -> str:
    """A datetime in Jakarta time as dd-mm-yyyy [HH:MM]; '—' for None."""
    if value is None:
        return DASH
    if isinstance(value, datetime):
        local = value.astimezone(DISPLAY_TZ)
        return local.strftime("%d-%m-%Y %H:%M") if with_time else local.strftime("%d-%m-%Y")
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    return str(value)


def queue_rows(rows: Iterable[QueueRow], lang: str) -> Markup:
    """The <tr> of each queue row (as `queue_rows.html` wrote them with a Jinja loop)."""
    out = []
    for r in rows:
        person = (
            f'{_e(r.employee or "")}<br><small class="muted">{_e(r.nip)}</small>'
            if r.nip
            else f'<span class="muted">{DASH}</span>'
        )
        due = (
            f'<span class="badge late">{_t("common.overdue", lang)}</span>'
            if r.overdue
            else _e(fmt_dt(r.due_at, False))
        )
        sev, status = _e(r.severity), _e(r.status)
        out.append(
            f'<tr class="{"overdue" if r.overdue else ""}">\n'
            f'  <td><input type="checkbox" name="item" value="{r.id:d}" aria-label="#{r.id:d}">'
            "</td>\n"
            f'  <td class="risk">{r.risk:.1f}</td>\n'
            f'  <td><a href="/review/items/{r.id:d}">{_t("cat." + r.category, lang)}</a><br>'
            f'<small class="muted">{_e(r.rule_id)}</small></td>\n'
            f'  <td><span class="badge sev-{sev}">{_t("tier." + r.severity, lang)}</span></td>\n'
            f"  <td>{person}</td>\n"
            f"  <td>{_e(r.agency_code or DASH)}</td>\n"
            f"  <td>{_e(r.account_key)}</td>\n"
            f"  <td>{_e(r.target_id or DASH)}</td>\n"
            f"  <td>{r.n_findings:d}</td>\n"
            f"  <td>{_e(fmt_dt(r.latest_at))}</td>\n"
            f'  <td><span class="badge st-{status}">{_t("status." + r.status, lang)}</span></td>\n'
            f"  <td>{_e(r.assignee or DASH)}</td>\n"
            f"  <td>{due}</td>\n"
            "</tr>\n"
        )
    return Markup("".join(out))


def _badge(kind: str, key: str, value: str, lang: str) -> str:
    return f'<span class="badge {kind}-{_e(value)}">{_t(key + value, lang)}</span>'


def case_rows(rows: Iterable[CaseRow], lang: str) -> Markup:
    """The <tr> of each case row (as `cases.html` wrote them with a Jinja loop)."""
    out = []
    for c in rows:
        proposed = _badge("sev", "tier.", c.proposed_tier, lang) if c.proposed_tier else DASH
        decision = _badge("sev", "tier.", c.decision_tier, lang) if c.decision_tier else DASH
        if c.due_at:
            late = (
                f'<span class="badge late">{_t("common.overdue", lang)}</span> '
                if c.overdue
                else ""
            )
            due = (
                f"{late}{_e(fmt_dt(c.due_at, False))}<br>"
                f'<small class="muted">{_t(f"due.{c.due_kind}", lang)}</small>'
            )
        else:
            due = DASH
        out.append(
            f'<tr class="{"overdue" if c.overdue else ""}">'
            f'<td><a href="/cases/{c.id:d}">{_e(c.number)}</a></td>\n'
            f'<td>{_e(c.employee or "")}<br><small class="muted">{_e(c.nip)}</small></td>'
            f"<td>{_e(c.agency_code or DASH)}</td>\n"
            f"<td>{_badge('st', 'state.', c.state, lang)}</td><td>{proposed}</td>\n"
            f"<td>{decision}</td>\n"
            f"<td>{_e(fmt_dt(c.opened_at, False))}</td>\n"
            f"<td>{due}</td></tr>\n"
        )
    return Markup("".join(out))
