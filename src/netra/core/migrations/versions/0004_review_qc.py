"""review queue: a partial index for the quality-control list

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-21
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

WHERE = sa.text("qc_state IS NOT NULL")


def upgrade() -> None:
    """Apply this revision."""
    op.create_index(
        "ix_review_items_qc",
        "review_items",
        ["qc_state", "risk_key"],
        sqlite_where=WHERE,
        postgresql_where=WHERE,
    )


def downgrade() -> None:
    """Revert this revision."""
    op.drop_index("ix_review_items_qc", table_name="review_items")
