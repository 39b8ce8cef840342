"""Platform exports (X, Facebook, Instagram, TikTok) through the connector import path."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

import duckdb
import orjson
import pytest
from exportfiles import (
    OWNER_ID,
    TARGET_ID,
    facebook_files,
    instagram_files,
    tiktok_user_data,
    write_folder,
    x_archive_files,
    zip_bytes,
)
from sqlalchemy import select
from typer.testing import CliRunner

from bundles import NIP_A, NIP_B, write_bundle
from netra.accounts.models import Account
from netra.cli.main import app
from netra.core.db import Database
from netra.core.errors import NotFoundError
from netra.detect.service import detect
from netra.ingest.connectors.base import ConnectorError
from netra.ingest.connectors.service import import_connector
from netra.ingest.models import ImportRun
from netra.ingest.service import import_bundle


@pytest.fixture
def world(tmp_path: Path, db: Database) -> Database:
    """A workspace holding the test bundle's roster, accounts, targets and elections."""
    import_bundle(db, write_bundle(tmp_path / "bundle", []))
    return db


def events(db: Database) -> dict[str, dict[str, Any]]:
    files = sorted(db.workspace.events_dir.glob("*.parquet"))
    if not files:
        return {}
    con = duckdb.connect()
    rows = con.execute(f"SELECT * FROM read_parquet({[str(f) for f in files]!r})").fetchall()
    names = [d[0] for d in con.description]
    con.close()
    return {r[0]: dict(zip(names, r, strict=True)) for r in rows}


def rejected(db: Database) -> list[dict[str, Any]]:
    path = db.workspace.rejected_path
    return [orjson.loads(x) for x in path.read_bytes().splitlines()] if path.exists() else []


def test_x_archive_zip_imports_posts_likes_follows_and_declares_the_account(
    tmp_path: Path, world: Database
) -> None:
    archive = tmp_path / "twitter-2024.zip"
    archive.write_bytes(zip_bytes(x_archive_files(), top="twitter-2024-01-09-abc/"))
    summary = import_connector(world, "x-archive", source=archive, nip=NIP_B)
    stored = events(world)
    assert summary.events.accepted == 5 == len(stored)
    reply = stored[f"x:1740000000000000002:reply:{OWNER_ID}"]
    assert reply["target_author_user_id"] == TARGET_ID
    assert reply["text"] == "@prabowo Siap menang satu putaran!"
    assert reply["actor_handle"] == "siti_a" and reply["actor_bio"] == "ASN Pemprov"
    share = stored[f"x:1740000000000000003:share:{OWNER_ID}"]
    assert share["target_author_handle"] == "prabowo" and share["text"] is None
    post = stored[f"x:1740000000000000001:post:{OWNER_ID}"]
    assert post["text"] == "Selamat pagi, semangat bekerja & melayani!"
    like = stored[f"x:1738888888888888888:like:{OWNER_ID}"]
    follow = stored[f"x:{TARGET_ID}:follow:{OWNER_ID}"]
    # The archive gives no time for likes and follows: none is invented.
    assert like["occurred_at"] is None and follow["occurred_at"] is None
    assert follow["target_author_user_id"] == TARGET_ID
    # The like without a tweetId is reported with file and index, content kept.
    skips = [r for r in rejected(world) if r["import_id"] == summary.import_id]
    assert [(r["file"], r["line"]) for r in skips] == [
        ("x-archive:twitter-2024-01-09-abc/data/like.js", 1)
    ]
    assert skips[0]["raw"] == {"fullText": "no id here"}
    with world.session() as session:
        account = session.scalar(select(Account).where(Account.user_id == OWNER_ID))
        assert account is not None
        assert (account.nip, account.link_method, account.handle) == (NIP_B, "declared", "siti_a")
        run = session.get_one(ImportRun, summary.import_id)
        assert run.counts["connector"] == "x-archive" and run.counts["skipped"] == 1
    # Detection sees the reply inside the campaign window and attributes it to the employee.
    found = detect(world, policy="id", timezone="Asia/Jakarta")
    mine = [f for f in found.findings if f["event_ids"] == [reply["event_id"]]]
    assert mine and mine[0]["nip"] == NIP_B and mine[0]["link"]["method"] == "declared"


def test_the_same_export_imported_twice_adds_nothing(tmp_path: Path, world: Database) -> None:
    folder = write_folder(tmp_path / "export", x_archive_files())
    first = import_connector(world, "x-archive", source=folder, nip=NIP_B)
    again = import_connector(world, "x-archive", source=folder, nip=NIP_B)
    assert first.events.accepted == 5
    assert again.events.accepted == 0 and again.events.already_present == 5
    assert again.accounts.unchanged == 1 and again.accounts.inserted == 0
    # The same archive zipped gives the same event ids.
    archive = tmp_path / "a.zip"
    archive.write_bytes(zip_bytes(x_archive_files()))
    assert import_connector(world, "x-archive", source=archive).events.accepted == 0


def test_an_account_declared_for_someone_else_is_not_taken_over(
    tmp_path: Path, world: Database
) -> None:
    files = x_archive_files()
    files["data/account.js"] = files["data/account.js"].replace(OWNER_ID.encode(), b"99")
    folder = write_folder(tmp_path / "export", files)
    summary = import_connector(world, "x-archive", source=folder, nip=NIP_B)
    assert summary.accounts.rejected == 1
    reasons = [r["reason"] for r in rejected(world) if r["file"] == "x-archive:accounts"]
    assert reasons == [f"the account is already declared for nip {NIP_A}; not changed"]
    with world.session() as session:
        account = session.scalar(select(Account).where(Account.user_id == "99"))
        assert account is not None and account.nip == NIP_A and account.approved is True


def test_unknown_nip_is_refused_before_anything_is_imported(
    tmp_path: Path, world: Database
) -> None:
    folder = write_folder(tmp_path / "export", x_archive_files())
    with pytest.raises(NotFoundError, match="not in the workspace's roster"):
        import_connector(world, "x-archive", source=folder, nip="199901012020011001")
    assert events(world) == {}


def test_not_an_export_is_a_clear_error_and_imports_nothing(
    tmp_path: Path, world: Database
) -> None:
    bogus = tmp_path / "notes.zip"
    bogus.write_bytes(b"this is not a zip file at all")
    with pytest.raises(ConnectorError, match="not a ZIP file or a folder"):
        import_connector(world, "x-archive", source=bogus)
    other = tmp_path / "other.zip"
    other.write_bytes(zip_bytes({"readme.txt": b"hello"}))
    with pytest.raises(ConnectorError, match=r"no X \(Twitter\) archive data found"):
        import_connector(world, "x-archive", source=other)
    assert events(world) == {}
    assert not list((world.workspace.root / "tmp").glob("connector-*.jsonl"))


def test_truncated_zip_keeps_every_complete_item_and_reports_the_damage(
    tmp_path: Path, world: Database
) -> None:
    files = x_archive_files()
    # Put following.js last with many items, then cut the download in its middle.
    following = [
        {"following": {"accountId": str(5000 + i), "userLink": "https://twitter.com/intent/user"}}
        for i in range(400)
    ]
    from exportfiles import ytd

    files["data/following.js"] = ytd("following", following)
    ordered = {k: v for k, v in files.items() if k != "data/following.js"}
    ordered["data/following.js"] = files["data/following.js"]
    data = zip_bytes(ordered)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        info = zf.getinfo("data/following.js")
    start = info.header_offset + 30 + len(info.filename.encode())
    archive = tmp_path / "cut.zip"
    archive.write_bytes(data[: start + info.compress_size // 2])  # an interrupted download
    summary = import_connector(world, "x-archive", source=archive)
    stored = events(world)
    follows = [e for e in stored.values() if e["action"] == "follow"]
    assert 0 < len(follows) < 400  # what could be read was read
    assert summary.events.accepted == len(stored) == 4 + len(follows)
    reasons = " | ".join(r["reason"] for r in rejected(world))
    assert "damaged ZIP" in reasons and "cut or damaged" in reasons


def test_truncated_json_file_in_a_folder_keeps_the_items_before_the_cut(
    tmp_path: Path, world: Database
) -> None:
    files = x_archive_files()
    files["data/tweets.js"] = files["data/tweets.js"][:-80]  # cut inside the third tweet
    summary = import_connector(world, "x-archive", source=write_folder(tmp_path / "e", files))
    stored = events(world)
    assert {e["action"] for e in stored.values()} == {"post", "reply", "like", "follow"}
    damage = [r for r in rejected(world) if r["file"] == "x-archive:data/tweets.js"]
    assert len(damage) == 1 and damage[0]["line"] == 2
    assert "cut or damaged" in damage[0]["reason"] and "1 cut item" in damage[0]["reason"]
    assert summary.skipped == 2  # the cut tweet and the like without an id


def test_facebook_older_shape_with_mojibake(tmp_path: Path, world: Database) -> None:
    archive = tmp_path / "facebook.zip"
    archive.write_bytes(zip_bytes(facebook_files()))
    summary = import_connector(world, "facebook-export", source=archive, nip=NIP_B)
    stored = events(world)
    comment = next(e for e in stored.values() if e["action"] == "comment")
    assert comment["text"] == "Mantap, coblos 02! 👍 Semoga menang"
    assert comment["target_author_handle"] == "prabowo subianto"
    assert comment["occurred_at"] is not None
    like = next(e for e in stored.values() if e["action"] == "like")
    assert like["target_author_handle"] == "prabowo subianto"
    assert like["actor_display_name"] == "Siti Aminah Ñ"
    follow = next(e for e in stored.values() if e["action"] == "follow")
    assert follow["target_author_handle"] == "prabowo subianto"
    assert summary.events.accepted == 3
    skipped = [r for r in rejected(world) if r["import_id"] == summary.import_id]
    assert len(skipped) == 1 and "names no post" in skipped[0]["reason"]
    assert skipped[0]["file"].endswith("likes_and_reactions_1.json") and skipped[0]["line"] == 1
    assert any("older (title/data) shape" in n for n in summary.notes)


def test_facebook_newer_shape(tmp_path: Path, world: Database) -> None:
    folder = write_folder(tmp_path / "fb", facebook_files(new_shape=True))
    summary = import_connector(world, "facebook-export", source=folder)
    like = events(world)["facebook:987650001:like:@siti.aminah"]
    assert like["target_author_handle"] == "prabowo subianto"
    assert like["target_url"] == "https://www.facebook.com/prabowo/posts/pfbid0abc"
    assert like["target_post_id"] == "pfbid0abc"
    assert any("newer (label_values) shape" in n for n in summary.notes)


def test_instagram_export(tmp_path: Path, world: Database) -> None:
    archive = tmp_path / "instagram.zip"
    archive.write_bytes(zip_bytes(instagram_files()))
    summary = import_connector(world, "instagram-export", source=archive, nip=NIP_A)
    stored = events(world)
    assert "instagram:C1abcDEF123:like:@budi.santoso" in stored
    comment = next(e for e in stored.values() if e["action"] == "comment")
    assert comment["text"] == "Gas 02 💪" and comment["target_author_handle"] == "prabowo"
    follows = sorted(e["target_author_handle"] for e in stored.values() if e["action"] == "follow")
    assert follows == ["gibran_rakabuming", "prabowo"]
    assert summary.skipped == 1
    # NIP_A already declared @budi.santoso on instagram: nothing to change.
    assert summary.accounts.unchanged == 1


@pytest.mark.parametrize("variant", [0, 1])
def test_tiktok_user_data_across_key_versions(
    tmp_path: Path, world: Database, variant: int
) -> None:
    folder = write_folder(tmp_path / "tt", {"user_data.json": tiktok_user_data(variant=variant)})
    summary = import_connector(world, "tiktok-export", source=folder, nip=NIP_B)
    stored = events(world)
    likes = sorted(e["target_post_id"] for e in stored.values() if e["action"] == "like")
    assert likes == ["7312345678901234567", "7312345678901234568"]
    with_author = stored["tiktok:7312345678901234568:like:@agus.tt"]
    assert with_author["target_author_handle"] == "prabowo"
    # TikTok writes UTC: 03:22 UTC is 10:22 in Jakarta.
    assert with_author["occurred_at"].isoformat().startswith("2024-01-06T03:22:00")
    follows = [e for e in stored.values() if e["action"] == "follow"]
    assert follows[0]["target_author_handle"] == "prabowo"
    comments = [e for e in stored.values() if e["action"] == "comment"]
    assert [c["text"] for c in comments] == ["mantap pak"]
    reasons = sorted(r["reason"] for r in rejected(world) if r["import_id"] == summary.import_id)
    assert reasons == ["comment without the video it was on", "like without a video link"]


def test_cli_import_with_a_connector(tmp_path: Path, world: Database) -> None:
    folder = write_folder(tmp_path / "export", x_archive_files())
    ws = str(world.workspace.root)
    result = CliRunner().invoke(
        app,
        ["import", str(folder), "--connector", "x-archive", "--nip", NIP_B, "--workspace", ws],
    )
    assert result.exit_code == 0, result.output
    assert "x-archive: 5 new events, 0 already present, 1 rejected or skipped" in result.output
    again = CliRunner().invoke(
        app, ["import", str(folder), "--connector", "x-archive", "--workspace", ws]
    )
    assert "0 new events, 5 already present" in again.output
    bad = CliRunner().invoke(
        app, ["import", str(folder), "--connector", "x-archive", "-p", "nope=1", "-w", ws]
    )
    assert bad.exit_code == 2 and "has no parameter nope" in bad.output
    unknown = CliRunner().invoke(app, ["import", str(folder), "--connector", "myspace", "-w", ws])
    assert unknown.exit_code == 4 and "unknown connector 'myspace'" in unknown.output


def test_cli_connectors_list_shows_every_builtin() -> None:
    result = CliRunner().invoke(app, ["connectors", "list", "--verbose"])
    assert result.exit_code == 0
    for name in (
        "x-archive",
        "facebook-export",
        "instagram-export",
        "tiktok-export",
        "screenshot",
        "youtube",
        "bluesky",
        "mastodon",
        "x-api",
        "csv",
    ):
        assert name in result.output
