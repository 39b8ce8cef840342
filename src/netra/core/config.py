"""Workspace layout and settings: one folder holds the database, event Parquet and quarantine."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_WORKSPACE = Path("netra-data")


@dataclass(frozen=True, slots=True)
class Workspace:
    """A Netra workspace folder and the paths inside it."""

    root: Path

    @classmethod
    def at(cls, root: Path | str | None = None) -> Workspace:
        """The workspace at `root`, else $NETRA_WORKSPACE, else ./netra-data."""
        if root is None:
            root = os.environ.get("NETRA_WORKSPACE") or DEFAULT_WORKSPACE
        return cls(Path(root).resolve())

    @property
    def db_path(self) -> Path:
        """The SQLite database file (used when no database URL is configured)."""
        return self.root / "netra.db"

    @property
    def db_url(self) -> str:
        """SQLAlchemy URL: $NETRA_DATABASE_URL, else the workspace's SQLite file."""
        return os.environ.get("NETRA_DATABASE_URL") or f"sqlite:///{self.db_path}"

    @property
    def events_dir(self) -> Path:
        """Folder of event Parquet files, one file per import."""
        return self.root / "events"

    @property
    def rejected_path(self) -> Path:
        """Quarantine of rejected rows and lines (JSONL, appended by every import)."""
        return self.root / "rejected.jsonl"

    @property
    def evidence_dir(self) -> Path:
        """Content-addressed store of evidence files."""
        return self.root / "evidence"

    def ensure(self) -> None:
        """Create the folders of the workspace if they are missing."""
        for path in (self.root, self.events_dir, self.evidence_dir):
            path.mkdir(parents=True, exist_ok=True)
