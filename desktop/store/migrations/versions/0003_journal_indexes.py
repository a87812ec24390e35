"""Indexes for the audit journal view: filter by user and by date without a scan.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_audit_event_actor", "audit_event", ["actor"])
    op.create_index("ix_audit_event_ts", "audit_event", ["ts"])


def downgrade() -> None:
    raise NotImplementedError("Grif stores only move forward; restore a backup instead")
