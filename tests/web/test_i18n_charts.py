"""Every UI text exists in both languages; charts escape what they draw."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from netra.web.charts import bar_chart, gauge, time_chart
from netra.web.i18n import MESSAGES, translate

TEMPLATES = Path(__file__).parents[2] / "src" / "netra" / "web" / "templates"


def test_every_literal_key_in_the_templates_is_translated() -> None:
    keys: set[str] = set()
    for path in TEMPLATES.glob("*.html"):
        keys |= set(re.findall(r"""\bt\(\s*['"]([a-z_.]+)['"]\s*\)""", path.read_text()))
    assert len(keys) > 80
    missing = sorted(k for k in keys if k not in MESSAGES)
    assert missing == []
    for key, (id_text, en_text) in MESSAGES.items():
        assert id_text.strip() and en_text.strip(), key


def test_translate_falls_back_to_indonesian_and_the_key() -> None:
    assert translate("nav.cases", "en") == "Cases"
    assert translate("nav.cases", "xx") == "Kasus"
    assert translate("tier.unknown", "id") == "unknown"


def test_charts_escape_labels_and_handle_empty_data() -> None:
    svg = bar_chart([("<script>alert(1)</script>", 3.0), ("B", 1.0)])
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    assert "—" in bar_chart([])
    weekly = {date(2024, 1, 1): 5, date(2024, 1, 15): 2}
    bands = [(date(2023, 11, 28), date(2024, 2, 10), "campaign", "Pemilu <2024>")]
    svg = time_chart(weekly, bands=bands)
    assert svg.count("<rect") == 3 and "Pemilu &lt;2024&gt;" in svg
    assert "50%" in gauge(0.5, label="x") and "—" in gauge(None, label="x")
