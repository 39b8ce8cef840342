"""Shared fixtures: a fresh workspace database per test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from netra.core.config import Workspace
from netra.core.db import Database


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    """A migrated SQLite database in a fresh workspace."""
    database = Database(Workspace.at(tmp_path / "ws"))
    yield database
    database.dispose()
