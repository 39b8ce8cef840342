"""linkage: reviewer decisions on account links

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        "link_decisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("platform", sa.String(length=20), nullable=False),
        sa.Column("user_id", sa.String(length=100), nullable=True),
        sa.Column("handle", sa.String(length=200), nullable=True),
        sa.Column("nip", sa.String(length=18), nullable=False),
        sa.Column("decision", sa.String(length=20), nullable=False),
        sa.Column("decided_by", sa.String(length=200), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["nip"], ["employees.nip"], name=op.f("fk_link_decisions_nip_employees")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_link_decisions")),
    )
    with op.batch_alter_table("link_decisions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_link_decisions_nip"), ["nip"], unique=False)
        batch_op.create_index(
            "ix_link_decisions_account", ["platform", "user_id", "handle"], unique=False
        )


def downgrade() -> None:
    """Revert this revision."""
    with op.batch_alter_table("link_decisions", schema=None) as batch_op:
        batch_op.drop_index("ix_link_decisions_account")
        batch_op.drop_index(batch_op.f("ix_link_decisions_nip"))
    op.drop_table("link_decisions")
