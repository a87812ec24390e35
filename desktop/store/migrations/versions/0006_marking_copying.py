"""Marking-change cases and copy requests (SPEC §3–4).

- marking_cases: the notice, the change, the window and its deadline, the second person
  who confirmed a lowering, closing; marking_case_registrations: what the plan changes on
  each registration and why; marking_case_copies: each copy to re-mark, its task, and who
  re-marked it when.
- level_history: every level a registration had (the register shows the current one).
- copy_requests / copy_request_copies: requests, the permission or refusal, the copies made.
- registrations.declassified_on: the day the marking was removed (the level stays as it was,
  for the history and for who may read the record).
- copies.marking_case_id: the open case a copy is under (cleared when the case closes), so
  a register row shows its deadline and a copy under a case is found by one index. Added
  without a foreign key: SQLite can add a column to a table of 10^6 copies in place only so;
  the service keeps it consistent.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-21
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "marking_cases",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("number", sa.String(32), nullable=False, unique=True),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("originator_type", sa.String(16), nullable=False),
        sa.Column("originator", sa.String(300), nullable=False, server_default=""),
        sa.Column("notice_issuer", sa.String(300), nullable=False),
        sa.Column("notice_reference", sa.String(100), nullable=False),
        sa.Column("notice_date", sa.Date, nullable=False),
        sa.Column("notice_received", sa.Date, nullable=False),
        sa.Column("partner_agreement", sa.String(200), nullable=False, server_default=""),
        sa.Column("partner_agreement_date", sa.Date, nullable=True),
        sa.Column("change", sa.String(16), nullable=False),
        sa.Column("old_level", sa.String(2), nullable=False),
        sa.Column("new_level", sa.String(2), nullable=True),
        sa.Column("top_rank", sa.Integer, nullable=False),
        sa.Column("rule", sa.String(16), nullable=False),
        sa.Column("window_days", sa.Integer, nullable=False),
        sa.Column("deadline", sa.Date, nullable=False),
        sa.Column("opened_at", sa.String(32), nullable=False),
        sa.Column("opened_by", sa.String(64), nullable=False),
        sa.Column("confirmed_by", sa.String(64), nullable=True),
        sa.Column("closed_at", sa.String(32), nullable=True),
        sa.Column("closed_by", sa.String(64), nullable=True),
        sa.Column("notes", sa.Text, nullable=False, server_default=""),
        sa.CheckConstraint("state IN ('open', 'closed')", name="ck_marking_cases_state"),
        sa.CheckConstraint("change IN ('raise', 'lower', 'declassify')",
                           name="ck_marking_cases_change"),
    )
    op.create_index("ix_marking_cases_state", "marking_cases", ["state", "deadline"])
    op.create_table(
        "marking_case_registrations",
        sa.Column("case_id", sa.Integer, sa.ForeignKey("marking_cases.id"), primary_key=True),
        sa.Column("registration_id", sa.Integer, sa.ForeignKey("registrations.id"),
                  primary_key=True),
        sa.Column("old_level", sa.String(2), nullable=False),
        sa.Column("new_level", sa.String(2), nullable=True),
        sa.Column("reason", sa.String(16), nullable=False),
        sa.Column("via", sa.String(64), nullable=False, server_default=""),
    )
    op.create_index("ix_mcr_registration", "marking_case_registrations", ["registration_id"])
    op.create_table(
        "marking_case_copies",
        sa.Column("case_id", sa.Integer, sa.ForeignKey("marking_cases.id"), primary_key=True),
        sa.Column("copy_id", sa.Integer, sa.ForeignKey("copies.id"), primary_key=True),
        sa.Column("registration_id", sa.Integer, sa.ForeignKey("registrations.id"),
                  nullable=False),
        sa.Column("state_at_open", sa.String(24), nullable=False),
        sa.Column("task", sa.String(16), nullable=False),
        sa.Column("task_for", sa.String(300), nullable=False, server_default=""),
        sa.Column("remarked_by", sa.String(64), nullable=True),
        sa.Column("remarked_at", sa.String(32), nullable=True),
    )
    op.create_index("ix_mcc_copy", "marking_case_copies", ["copy_id"])
    op.create_table(
        "level_history",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("registration_id", sa.Integer, sa.ForeignKey("registrations.id"),
                  nullable=False),
        sa.Column("old_level", sa.String(2), nullable=False),
        sa.Column("new_level", sa.String(2), nullable=True),
        sa.Column("case_id", sa.Integer, sa.ForeignKey("marking_cases.id"), nullable=False),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("by_user", sa.String(64), nullable=False),
    )
    op.create_index("ix_level_history_reg", "level_history", ["registration_id", "id"])
    op.create_table(
        "copy_requests",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("number", sa.String(32), nullable=False, unique=True),
        sa.Column("registration_id", sa.Integer, sa.ForeignKey("registrations.id"),
                  nullable=False),
        sa.Column("requester_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False),
        sa.Column("requested_at", sa.String(32), nullable=False),
        sa.Column("recorded_by", sa.String(64), nullable=False),
        sa.Column("copies_asked", sa.Integer, nullable=False),
        sa.Column("purpose", sa.String(500), nullable=False),
        sa.Column("third_party", sa.String(300), nullable=False, server_default=""),
        sa.Column("third_party_consent", sa.String(200), nullable=False, server_default=""),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("permission_source", sa.String(16), nullable=False),
        sa.Column("permitted_by", sa.String(300), nullable=False, server_default=""),
        sa.Column("permission_reference", sa.String(100), nullable=False, server_default=""),
        sa.Column("permission_date", sa.Date, nullable=True),
        sa.Column("authorised", sa.Integer, nullable=False, server_default="0"),
        sa.Column("made", sa.Integer, nullable=False, server_default="0"),
        sa.Column("refusal_reason", sa.String(500), nullable=False, server_default=""),
        sa.Column("decided_at", sa.String(32), nullable=True),
        sa.Column("decided_by", sa.String(64), nullable=True),
        sa.CheckConstraint("state IN ('pending', 'approved', 'refused', 'used_up')",
                           name="ck_copy_requests_state"),
        sa.CheckConstraint("copies_asked >= 1", name="ck_copy_requests_asked"),
        sa.CheckConstraint("made >= 0 AND made <= authorised", name="ck_copy_requests_made"),
    )
    op.create_index("ix_copy_requests_state", "copy_requests", ["state", "id"])
    op.create_index("ix_copy_requests_reg", "copy_requests", ["registration_id"])
    op.create_table(
        "copy_request_copies",
        sa.Column("request_id", sa.Integer, sa.ForeignKey("copy_requests.id"),
                  primary_key=True),
        sa.Column("copy_id", sa.Integer, sa.ForeignKey("copies.id"), primary_key=True),
    )
    op.add_column("registrations", sa.Column("declassified_on", sa.Date, nullable=True))
    op.add_column("copies", sa.Column("marking_case_id", sa.Integer, nullable=True))
    op.execute("CREATE INDEX ix_copies_marking_case ON copies(marking_case_id) "
               "WHERE marking_case_id IS NOT NULL")


def downgrade() -> None:
    raise NotImplementedError("Grif stores only move forward; restore a backup instead")
