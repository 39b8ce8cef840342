"""web application: users, sessions, review queue, cases, complaints, permission requests

Revision ID: 0003
Revises: 0001
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _ts(name: str, nullable: bool = False) -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=100), nullable=False),
        sa.Column("display_name", sa.String(length=300), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("agencies", sa.JSON(), nullable=False),
        sa.Column("regions", sa.JSON(), nullable=False),
        sa.Column("nip", sa.String(length=18), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("failed_logins", sa.Integer(), nullable=False),
        _ts("locked_until", nullable=True),
        _ts("created_at"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("username", name=op.f("uq_users_username")),
    )
    op.create_index(op.f("ix_users_nip"), "users", ["nip"], unique=False)
    op.create_table(
        "user_credentials",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("password_hash", sa.String(length=300), nullable=False),
        _ts("changed_at"),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_user_credentials_user_id_users")
        ),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_user_credentials")),
    )
    op.create_table(
        "web_sessions",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        _ts("created_at"),
        _ts("expires_at"),
        sa.Column("ip", sa.String(length=64), nullable=True),
        sa.Column("user_agent", sa.String(length=300), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_web_sessions_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_web_sessions")),
    )
    op.create_index(op.f("ix_web_sessions_user_id"), "web_sessions", ["user_id"], unique=False)
    op.create_table(
        "api_tokens",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        _ts("created_at"),
        _ts("revoked_at", nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_api_tokens_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_api_tokens")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_api_tokens_token_hash")),
    )
    op.create_index(op.f("ix_api_tokens_user_id"), "api_tokens", ["user_id"], unique=False)

    op.create_table(
        "cases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("nip", sa.String(length=18), nullable=False),
        sa.Column("agency_code", sa.String(length=50), nullable=True),
        sa.Column("region_code", sa.String(length=20), nullable=True),
        sa.Column("state", sa.String(length=30), nullable=False),
        _ts("opened_at"),
        sa.Column("opened_by", sa.String(length=200), nullable=False),
        _ts("due_at", nullable=True),
        sa.Column("due_kind", sa.String(length=30), nullable=True),
        sa.Column("proposed_tier", sa.String(length=20), nullable=True),
        sa.Column("recommended_tier", sa.String(length=20), nullable=True),
        sa.Column("recommendation", sa.Text(), nullable=True),
        sa.Column("recommended_by", sa.String(length=200), nullable=True),
        _ts("sent_to_ppk_at", nullable=True),
        sa.Column("decision_tier", sa.String(length=20), nullable=True),
        sa.Column("decree_number", sa.String(length=100), nullable=True),
        sa.Column("decree_date", sa.Date(), nullable=True),
        sa.Column("decided_by", sa.String(length=200), nullable=True),
        _ts("decided_at", nullable=True),
        sa.Column("appeal_note", sa.Text(), nullable=True),
        sa.Column("close_proposed_by", sa.String(length=200), nullable=True),
        _ts("close_proposed_at", nullable=True),
        sa.Column("closed_by", sa.String(length=200), nullable=True),
        _ts("closed_at", nullable=True),
        _ts("updated_at"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cases")),
        sa.UniqueConstraint("number", name=op.f("uq_cases_number")),
    )
    op.create_index(op.f("ix_cases_nip"), "cases", ["nip"], unique=False)
    op.create_index("ix_cases_state_due", "cases", ["state", "due_at"], unique=False)
    op.create_index("ix_cases_agency_state", "cases", ["agency_code", "state"], unique=False)
    op.create_index("ix_cases_opened_at", "cases", ["opened_at"], unique=False)
    op.create_index("ix_cases_due_at", "cases", ["due_at"], unique=False)
    op.create_table(
        "case_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        _ts("at"),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_events_case_id_cases")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_events")),
    )
    op.create_index(op.f("ix_case_events_case_id"), "case_events", ["case_id"], unique=False)
    op.create_table(
        "clarifications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("asked_by", sa.String(length=200), nullable=False),
        _ts("asked_at"),
        _ts("due_at"),
        sa.Column("answer", sa.Text(), nullable=True),
        sa.Column("answered_by", sa.String(length=200), nullable=True),
        _ts("answered_at", nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_clarifications_case_id_cases")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_clarifications")),
    )
    op.create_index(op.f("ix_clarifications_case_id"), "clarifications", ["case_id"], unique=False)

    op.create_table(
        "review_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("group_key", sa.String(length=64), nullable=False),
        sa.Column("nip", sa.String(length=18), nullable=True),
        sa.Column("account_key", sa.String(length=250), nullable=False),
        sa.Column("platform", sa.String(length=20), nullable=False),
        sa.Column("target_id", sa.String(length=100), nullable=True),
        sa.Column("rule_id", sa.String(length=200), nullable=False),
        sa.Column("category", sa.String(length=50), nullable=False),
        sa.Column("severity", sa.String(length=20), nullable=False),
        sa.Column("agency_code", sa.String(length=50), nullable=True),
        sa.Column("region_code", sa.String(length=20), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("assignee_id", sa.Integer(), nullable=True),
        _ts("claimed_at", nullable=True),
        sa.Column("n_findings", sa.Integer(), nullable=False),
        _ts("first_at"),
        _ts("latest_at"),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("risk_key", sa.Float(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("decided_by", sa.String(length=200), nullable=True),
        _ts("decided_at", nullable=True),
        sa.Column("qc_state", sa.String(length=20), nullable=True),
        sa.Column("qc_by", sa.String(length=200), nullable=True),
        _ts("qc_at", nullable=True),
        sa.Column("qc_note", sa.Text(), nullable=True),
        sa.Column("case_id", sa.Integer(), nullable=True),
        _ts("created_at"),
        _ts("due_at"),
        sa.ForeignKeyConstraint(
            ["assignee_id"], ["users.id"], name=op.f("fk_review_items_assignee_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_review_items_case_id_cases")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_items")),
    )
    op.create_index(op.f("ix_review_items_nip"), "review_items", ["nip"], unique=False)
    op.create_index(op.f("ix_review_items_qc_state"), "review_items", ["qc_state"], unique=False)
    op.create_index(op.f("ix_review_items_case_id"), "review_items", ["case_id"], unique=False)
    op.create_index(
        "ix_review_items_status_risk",
        "review_items",
        ["status", "risk_key", "category", "platform"],
        unique=False,
    )
    op.create_index(
        "ix_review_items_agency_status_risk",
        "review_items",
        ["agency_code", "status", "risk_key", "n_findings", "category", "platform"],
        unique=False,
    )
    op.create_index(
        "ix_review_items_region_status_risk",
        "review_items",
        ["region_code", "status", "risk_key", "n_findings", "category", "platform"],
        unique=False,
    )
    op.create_index(
        "ix_review_items_status_due", "review_items", ["status", "due_at"], unique=False
    )
    op.create_index(
        "ix_review_items_group_status", "review_items", ["group_key", "status"], unique=False
    )
    op.create_index("ix_review_items_latest_at", "review_items", ["latest_at"], unique=False)
    op.create_table(
        "review_item_findings",
        sa.Column("finding_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["finding_id"],
            ["findings.id"],
            name=op.f("fk_review_item_findings_finding_id_findings"),
        ),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["review_items.id"],
            name=op.f("fk_review_item_findings_item_id_review_items"),
        ),
        sa.PrimaryKeyConstraint("finding_id", name=op.f("pk_review_item_findings")),
    )
    op.create_index(
        op.f("ix_review_item_findings_item_id"), "review_item_findings", ["item_id"], unique=False
    )
    op.create_table(
        "review_notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("author", sa.String(length=200), nullable=False),
        _ts("at"),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"], ["review_items.id"], name=op.f("fk_review_notes_item_id_review_items")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_notes")),
    )
    op.create_index(op.f("ix_review_notes_item_id"), "review_notes", ["item_id"], unique=False)

    op.create_table(
        "complaints",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ticket", sa.String(length=40), nullable=False),
        sa.Column("reported_nip", sa.String(length=18), nullable=True),
        sa.Column("reported_name", sa.String(length=300), nullable=False),
        sa.Column("reported_agency", sa.String(length=300), nullable=True),
        sa.Column("url", sa.String(length=1000), nullable=True),
        sa.Column("category", sa.String(length=50), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("reporter_name", sa.String(length=300), nullable=False),
        sa.Column("reporter_contact", sa.String(length=300), nullable=False),
        sa.Column("screenshot_sha256", sa.String(length=64), nullable=True),
        sa.Column("screenshot_type", sa.String(length=40), nullable=True),
        sa.Column("screenshot_size", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("status_note", sa.Text(), nullable=True),
        sa.Column("agency_code", sa.String(length=50), nullable=True),
        sa.Column("region_code", sa.String(length=20), nullable=True),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("ip_hash", sa.String(length=64), nullable=False),
        _ts("created_at"),
        _ts("updated_at"),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_complaints_case_id_cases")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaints")),
        sa.UniqueConstraint("ticket", name=op.f("uq_complaints_ticket")),
    )
    op.create_index(op.f("ix_complaints_status"), "complaints", ["status"], unique=False)
    op.create_index(
        "ix_complaints_ip_created", "complaints", ["ip_hash", "created_at"], unique=False
    )
    op.create_table(
        "permission_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("nip", sa.String(length=18), nullable=False),
        sa.Column("agency_code", sa.String(length=50), nullable=True),
        sa.Column("region_code", sa.String(length=20), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("platform", sa.String(length=20), nullable=True),
        sa.Column("handle", sa.String(length=200), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        _ts("requested_at"),
        sa.Column("decided_by", sa.String(length=200), nullable=True),
        _ts("decided_at", nullable=True),
        sa.Column("decision_note", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_permission_requests")),
    )
    op.create_index(
        op.f("ix_permission_requests_nip"), "permission_requests", ["nip"], unique=False
    )
    op.create_index(
        op.f("ix_permission_requests_agency_code"),
        "permission_requests",
        ["agency_code"],
        unique=False,
    )


def downgrade() -> None:
    """Revert this revision."""
    for table in (
        "permission_requests",
        "complaints",
        "review_notes",
        "review_item_findings",
        "review_items",
        "clarifications",
        "case_events",
        "cases",
        "api_tokens",
        "web_sessions",
        "user_credentials",
        "users",
    ):
        op.drop_table(table)
