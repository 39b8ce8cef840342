"""Screenshots: layout analysis (fast), and OCR with Tesseract on rendered images (slow)."""

from __future__ import annotations

import difflib
import shutil
from pathlib import Path

import duckdb
import pytest

from netra.core.db import Database
from netra.detect.campaign import CampaignDetector, TargetRef
from netra.ingest.connectors.base import ConnectorError
from netra.ingest.connectors.ocr import OcrLine, analyse, find_date, find_platform
from netra.ingest.connectors.screenshot import platform_of_url
from netra.ingest.connectors.service import import_connector

# Public facts: the 2024 presidential tickets, their numbers and slogans.
TARGETS = [
    TargetRef(
        "T01",
        "Anies Rasyid Baswedan – Abdul Muhaimin Iskandar (Cak Imin)",
        "candidate",
        "pilpres",
        "01",
        None,
    ),
    TargetRef(
        "T02", "Prabowo Subianto – Gibran Rakabuming Raka", "candidate", "pilpres", "02", None
    ),
    TargetRef("T03", "Ganjar Pranowo – Mohammad Mahfud MD", "candidate", "pilpres", "03", None),
]
KEYWORDS = [
    ("T01", "#AMIN"),
    ("T02", "#02Melanjutkan"),
    ("T02", "Prabowo-Gibran"),
    ("T03", "Ganjar-Mahfud"),
    ("T03", "#GanjarPresiden"),
]


def lines(*texts: str) -> list[OcrLine]:
    return [
        OcrLine(t, top=60 * i, left=10, height=40, confidence=90.0) for i, t in enumerate(texts)
    ]


def test_x_layout_gives_handle_name_text_and_date() -> None:
    shot = analyse(
        lines(
            "(> Rina Kartika @rina kartika88 - 5j",
            "Coblos nomor 2 Prabowo-Gibran,",
            "lanjutkan pembangunan!",
            "10.22 · 5 Jan 2024 · 1,2 rb Tayangan",
            "12 48 310 7",
        )
    )
    assert shot.handle == "rina_kartika88" and shot.display_name == "Rina Kartika"
    assert shot.post_text == "Coblos nomor 2 Prabowo-Gibran, lanjutkan pembangunan!"
    assert shot.platform == "x" and shot.visible_date == "2024-01-05T10:22:00"


def test_facebook_and_instagram_layouts() -> None:
    fb = analyse(
        lines(
            "Agus Setiawan",
            "2 jam ·",
            "Ayo pilih nomor 3",
            "128 24 komentar",
            "Suka Komentari Bagikan",
        )
    )
    assert fb.handle is None and fb.display_name == "Agus Setiawan"
    assert fb.post_text == "Ayo pilih nomor 3" and fb.platform == "facebook"
    ig = analyse(
        lines(
            "dewilw_ • Ikuti",
            "Disukai oleh 1.024 orang",
            "Gas 02 menang",
            "Lihat semua 56 komentar",
        )
    )
    assert ig.handle == "dewilw_" and ig.post_text == "Gas 02 menang"
    assert ig.platform == "instagram"


def test_dates_and_platform_hints() -> None:
    assert find_date("10:22 PM · Jan 5, 2024") == "2024-01-05T22:22:00"
    assert find_date("5 Januari 2024 pukul 09.05") == "2024-01-05T09:05:00"
    assert find_date("31 Feb 2024") is None and find_date("5j") is None
    assert find_platform("Suka Komentari Bagikan") == "facebook"
    assert find_platform("nothing here") is None
    assert platform_of_url("https://twitter.com/a/status/1") == "x"
    assert platform_of_url("https://m.facebook.com/story.php") == "facebook"
    assert platform_of_url("https://example.org") is None


def test_missing_tesseract_is_a_clear_error(
    tmp_path: Path, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    (tmp_path / "a.png").write_bytes(b"\x89PNG")
    with pytest.raises(ConnectorError, match="apt-get install tesseract-ocr tesseract-ocr-ind"):
        import_connector(db, "screenshot", source=tmp_path / "a.png")


needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None, reason="tesseract is not installed (.ci/run installs it)"
)


@pytest.mark.slow
@needs_tesseract
def test_ocr_recovers_planted_campaign_text_for_the_detector() -> None:
    pytest.importorskip("PIL")
    from screens import all_shots

    from netra.ingest.connectors.ocr import read_screenshot

    detector = CampaignDetector(TARGETS, KEYWORDS)
    shots = all_shots()
    found = handles = 0
    ratios = []
    misses = []
    for shot in shots:
        expected = {h.target_id for h in detector.detect(shot.text)}
        assert expected, f"the planted text itself must be a violation: {shot.text}"
        read = read_screenshot(shot.png)
        got = {h.target_id for h in detector.detect(read.post_text)}
        if expected <= got:
            found += 1
        else:
            misses.append((shot.layout, shot.font, read.post_text))
        handles += read.handle == shot.handle
        ratios.append(difflib.SequenceMatcher(None, shot.text, read.post_text).ratio())
    rate = found / len(shots)
    print(
        f"\nOCR: {found}/{len(shots)} screenshots ({rate:.1%}) give the planted campaign "
        f"finding; mean text similarity {sum(ratios) / len(ratios):.3f}; handle read exactly "
        f"on {handles}/{len(shots)}; misses: {misses}"
    )
    assert rate >= 0.9


@pytest.mark.slow
@needs_tesseract
def test_screenshot_folder_import_puts_the_text_into_media(tmp_path: Path, db: Database) -> None:
    pytest.importorskip("PIL")
    from screens import render_facebook, render_x

    folder = tmp_path / "complaint-17"
    folder.mkdir()
    x = render_x(
        "Coblos nomor 2 Prabowo-Gibran, lanjutkan!",
        name="Rina Kartika",
        handle="rina_kartika88",
        phone=True,
    )
    (folder / "bukti-1.png").write_bytes(x.png)
    fb = render_facebook("Pilih nomor 3 ya", name="Agus Setiawan", handle="agus")
    (folder / "bukti-2.png").write_bytes(fb.png)
    (folder / "rusak.png").write_bytes(b"\x89PNG\r\n\x1a\nbroken")
    summary = import_connector(db, "screenshot", source=folder)
    assert summary.events.accepted == 1 and summary.skipped == 2
    con = duckdb.connect()
    row = con.execute(
        f"SELECT platform, action, actor_handle, occurred_at, media_text, text, event_id "
        f"FROM read_parquet('{db.workspace.events_dir}/*.parquet')"
    ).fetchone()
    assert row is not None
    platform, action, handle, occurred, media_text, text, event_id = row
    assert (platform, action, handle, text) == ("x", "post", "rina_kartika88", None)
    assert occurred is not None  # "10.22 · 5 Jan 2024" is written on the screenshot
    assert "Prabowo-Gibran" in media_text
    assert event_id.startswith("x:img-")
    # The Facebook screenshot shows no handle: given by the complaint, it is imported.
    again = import_connector(
        db,
        "screenshot",
        source=folder / "bukti-2.png",
        params={"handle": "agus.s", "url": "https://facebook.com/agus.s/posts/1"},
    )
    assert again.events.accepted == 1
