"""`netra user …` on the command line."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from netra.cli.main import app
from netra.core.config import Workspace
from netra.core.db import Database
from netra.users.service import list_users, principal_for_api_token
from webfactories import cheap_hashing


def test_user_add_list_passwd_token(tmp_path: Path) -> None:
    cheap_hashing()
    ws = str(tmp_path / "ws")
    runner = CliRunner()
    r = runner.invoke(
        app,
        [
            "user",
            "add",
            "siti",
            "--role",
            "ppk",
            "--agency",
            "A1",
            "--password",
            "p" * 12,
            "-w",
            ws,
        ],
    )
    assert r.exit_code == 0, r.output
    r = runner.invoke(
        app, ["user", "add", "siti", "--role", "admin", "--password", "p" * 12, "-w", ws]
    )
    assert r.exit_code == 2 and "already exists" in r.output
    r = runner.invoke(app, ["user", "add", "x", "--role", "ppk", "--password", "p" * 12, "-w", ws])
    assert r.exit_code == 2 and "exactly one agency" in r.output
    r = runner.invoke(app, ["user", "add", "y", "--role", "admin", "--password", "short", "-w", ws])
    assert r.exit_code == 2
    assert "siti" in runner.invoke(app, ["user", "list", "-w", ws]).output
    assert (
        runner.invoke(app, ["user", "passwd", "siti", "--password", "q" * 12, "-w", ws]).exit_code
        == 0
    )
    token = runner.invoke(app, ["user", "token", "siti", "-w", ws]).output.strip()
    db = Database(Workspace.at(ws))
    assert principal_for_api_token(db, token=token).agencies == ("A1",)
    assert [u.role for u in list_users(db)] == ["ppk"]
    db.dispose()
