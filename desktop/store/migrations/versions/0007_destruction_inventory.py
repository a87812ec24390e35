"""Destruction acts, returns to the originator, inventory checks and loss/disclosure cases
(SPEC §5; S000 p.7).

- destruction_acts / destruction_act_copies / destruction_commission: the act, its copies (a
  copy is on one act at most: unique copy_id) and its commission with each signature.
- return_lists / return_list_copies: copies sent back to the originator on its notice.
- inventory_checks / inventory_commission / inventory_items / inventory_surplus: a check
  with its running counts, every copy it expects (numbered in register order, so a page of
  10^6 items is an index range) with what was found, and what was found but not expected.
- incidents / incident_copies: a loss or disclosure case, opened by hand or by a check.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-21
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "destruction_acts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("number", sa.String(32), nullable=False, unique=True),
        sa.Column("act_date", sa.Date, nullable=False),
        sa.Column("place", sa.String(200), nullable=False, server_default=""),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("basis_kind", sa.String(24), nullable=False),
        sa.Column("basis_reference", sa.String(100), nullable=False, server_default=""),
        sa.Column("basis_date", sa.Date, nullable=True),
        sa.Column("originator", sa.String(300), nullable=False, server_default=""),
        sa.Column("method", sa.String(200), nullable=False),
        sa.Column("method_note", sa.String(1000), nullable=False),
        sa.Column("top_rank", sa.Integer, nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("created_by", sa.String(64), nullable=False),
        sa.Column("approved_at", sa.String(32), nullable=True),
        sa.Column("approved_by", sa.String(64), nullable=True),
        sa.Column("executed_at", sa.String(32), nullable=True),
        sa.Column("executed_by", sa.String(64), nullable=True),
        sa.Column("execution_chair", sa.String(64), nullable=True),
        sa.Column("execution_member", sa.String(64), nullable=True),
        sa.CheckConstraint("state IN ('draft', 'signed', 'approved', 'executed')",
                           name="ck_destruction_acts_state"),
    )
    op.create_index("ix_destruction_acts_state", "destruction_acts", ["state", "id"])
    op.create_table(
        "destruction_act_copies",
        sa.Column("act_id", sa.Integer, sa.ForeignKey("destruction_acts.id"), nullable=False),
        sa.Column("copy_id", sa.Integer, sa.ForeignKey("copies.id"), primary_key=True),
        sa.Column("note", sa.String(200), nullable=False, server_default=""),
    )
    op.create_index("ix_dac_act", "destruction_act_copies", ["act_id"])
    op.create_table(
        "destruction_commission",
        sa.Column("act_id", sa.Integer, sa.ForeignKey("destruction_acts.id"), primary_key=True),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id"), primary_key=True),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("signed", sa.String(16), nullable=True),
        sa.Column("signed_at", sa.String(32), nullable=True),
        sa.Column("recorded_by", sa.String(64), nullable=True),
    )
    op.create_table(
        "return_lists",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("number", sa.String(32), nullable=False, unique=True),
        sa.Column("list_date", sa.Date, nullable=False),
        sa.Column("originator", sa.String(300), nullable=False),
        sa.Column("notice_reference", sa.String(100), nullable=False),
        sa.Column("notice_date", sa.Date, nullable=False),
        sa.Column("channel", sa.String(100), nullable=False),
        sa.Column("cover_letter", sa.String(100), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("top_rank", sa.Integer, nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("created_by", sa.String(64), nullable=False),
        sa.Column("receipt_reference", sa.String(200), nullable=False, server_default=""),
        sa.Column("received_at", sa.String(32), nullable=True),
        sa.Column("confirmed_by", sa.String(64), nullable=True),
        sa.CheckConstraint("state IN ('sent', 'confirmed')", name="ck_return_lists_state"),
    )
    op.create_table(
        "return_list_copies",
        sa.Column("list_id", sa.Integer, sa.ForeignKey("return_lists.id"), primary_key=True),
        sa.Column("copy_id", sa.Integer, sa.ForeignKey("copies.id"), primary_key=True),
    )
    op.create_index("ix_rlc_copy", "return_list_copies", ["copy_id"])
    op.create_table(
        "inventory_checks",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("number", sa.String(32), nullable=False, unique=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("reason", sa.String(500), nullable=False, server_default=""),
        sa.Column("as_of", sa.Date, nullable=False),
        sa.Column("custodian_id", sa.Integer, sa.ForeignKey("users.id"), nullable=True),
        sa.Column("location", sa.String(100), nullable=False, server_default=""),
        sa.Column("state", sa.String(16), nullable=False),
        # Counters kept with every tick: a check of 10^6 copies never counts its items.
        sa.Column("expected", sa.Integer, nullable=False, server_default="0"),
        sa.Column("found", sa.Integer, nullable=False, server_default="0"),
        sa.Column("missing", sa.Integer, nullable=False, server_default="0"),
        sa.Column("top_rank", sa.Integer, nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("created_by", sa.String(64), nullable=False),
        sa.Column("finished_at", sa.String(32), nullable=True),
        sa.Column("finished_by", sa.String(64), nullable=True),
        sa.CheckConstraint("state IN ('open', 'finished')", name="ck_inventory_checks_state"),
    )
    op.create_table(
        "inventory_commission",
        sa.Column("check_id", sa.Integer, sa.ForeignKey("inventory_checks.id"),
                  primary_key=True),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id"), primary_key=True),
        sa.Column("role", sa.String(16), nullable=False),
    )
    op.create_table(
        "inventory_items",
        sa.Column("check_id", sa.Integer, sa.ForeignKey("inventory_checks.id"),
                  primary_key=True),
        sa.Column("copy_id", sa.Integer, sa.ForeignKey("copies.id"), primary_key=True),
        sa.Column("seq", sa.Integer, nullable=False),     # register order, for paging
        sa.Column("result", sa.String(16), nullable=True),
        sa.Column("checked_at", sa.String(32), nullable=True),
        sa.Column("checked_by", sa.String(64), nullable=True),
    )
    op.create_index("ix_inventory_items_seq", "inventory_items", ["check_id", "seq"])
    op.create_index("ix_inventory_items_result", "inventory_items", ["check_id", "result", "seq"])
    op.create_table(
        "inventory_surplus",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("check_id", sa.Integer, sa.ForeignKey("inventory_checks.id"),
                  nullable=False),
        sa.Column("reg_no", sa.String(64), nullable=False, server_default=""),
        sa.Column("copy_no", sa.Integer, nullable=True),
        sa.Column("description", sa.String(500), nullable=False),
        sa.Column("recorded_at", sa.String(32), nullable=False),
        sa.Column("recorded_by", sa.String(64), nullable=False),
    )
    op.create_table(
        "incidents",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("number", sa.String(32), nullable=False, unique=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("date_found", sa.Date, nullable=False),
        sa.Column("circumstances", sa.Text, nullable=False),
        sa.Column("description", sa.Text, nullable=False, server_default=""),
        sa.Column("investigation_order", sa.String(100), nullable=False, server_default=""),
        sa.Column("investigation_date", sa.Date, nullable=True),
        sa.Column("findings", sa.Text, nullable=False, server_default=""),
        sa.Column("check_id", sa.Integer, sa.ForeignKey("inventory_checks.id"), nullable=True),
        sa.Column("top_rank", sa.Integer, nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("created_by", sa.String(64), nullable=False),
        sa.Column("closed_at", sa.String(32), nullable=True),
        sa.Column("closed_by", sa.String(64), nullable=True),
        sa.CheckConstraint("kind IN ('loss', 'disclosure')", name="ck_incidents_kind"),
        sa.CheckConstraint("state IN ('open', 'investigation', 'closed')",
                           name="ck_incidents_state"),
    )
    op.create_table(
        "incident_copies",
        sa.Column("incident_id", sa.Integer, sa.ForeignKey("incidents.id"), primary_key=True),
        sa.Column("copy_id", sa.Integer, sa.ForeignKey("copies.id"), primary_key=True),
    )
    op.create_index("ix_incident_copies_copy", "incident_copies", ["copy_id"])


def downgrade() -> None:
    raise NotImplementedError("Grif stores only move forward; restore a backup instead")
