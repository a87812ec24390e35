"""Visits (S001 a.10), contracts with their separate section (a.7) and the record of each
transfer to the Kyrgyz party (a.5): the written confirmation of the recipient's clearance
and capability, the contract, and for large carriers the transport, route and escort.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-21
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "contracts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("number", sa.String(100), nullable=False),
        sa.Column("signed_on", sa.Date, nullable=False),
        sa.Column("subject", sa.String(500), nullable=False),
        sa.Column("our_body", sa.String(300), nullable=False),
        sa.Column("other_body", sa.String(300), nullable=False),
        sa.Column("valid_until", sa.Date, nullable=True),
        sa.Column("protection", sa.Text, nullable=False),     # a.7: specifics of protection
        sa.Column("disputes", sa.Text, nullable=False),       # a.7: disputes and damage
        sa.Column("top_rank", sa.Integer, nullable=False),
        sa.Column("ended_on", sa.Date, nullable=True),
        sa.Column("ended_note", sa.String(300), nullable=False, server_default=""),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("created_by", sa.String(64), nullable=False),
        sa.UniqueConstraint("number", "signed_on", name="uq_contracts_number"),
    )
    op.create_table(
        "contract_items",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("contract_id", sa.Integer, sa.ForeignKey("contracts.id"), nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("description", sa.String(500), nullable=False),
        sa.Column("level", sa.String(2), nullable=False),
        sa.Column("registration_id", sa.Integer, sa.ForeignKey("registrations.id"),
                  nullable=True),
        sa.CheckConstraint("level IN ('S', 'SS', 'OV')", name="ck_contract_items_level"),
    )
    op.create_index("ix_contract_items", "contract_items", ["contract_id", "seq"])
    op.add_column("registrations", sa.Column("contract_id", sa.Integer, nullable=True))
    op.create_index("ix_reg_contract", "registrations", ["contract_id"])

    op.create_table(
        "transfers",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("copy_id", sa.Integer, sa.ForeignKey("copies.id"), nullable=False),
        sa.Column("move_id", sa.Integer, sa.ForeignKey("moves.id"), nullable=False),
        sa.Column("contract_id", sa.Integer, sa.ForeignKey("contracts.id"), nullable=True),
        sa.Column("to_org", sa.String(300), nullable=False),
        sa.Column("channel", sa.String(32), nullable=False),
        sa.Column("confirmation_ref", sa.String(200), nullable=False),
        sa.Column("confirmation_date", sa.Date, nullable=False),
        sa.Column("consent_ref", sa.String(200), nullable=False, server_default=""),
        sa.Column("large", sa.Boolean, nullable=False, server_default="0"),
        sa.Column("transport", sa.String(300), nullable=False, server_default=""),
        sa.Column("route", sa.String(500), nullable=False, server_default=""),
        sa.Column("escort", sa.String(300), nullable=False, server_default=""),
        sa.Column("sent_on", sa.Date, nullable=False),
        sa.Column("receipt_ref", sa.String(200), nullable=False, server_default=""),
        sa.Column("received_on", sa.Date, nullable=True),
        sa.Column("created_by", sa.String(64), nullable=False),
    )
    op.create_index("ix_transfers_copy", "transfers", ["copy_id", "id"])
    op.create_index("ix_transfers_contract", "transfers", ["contract_id", "id"])

    op.create_table(
        "visits",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("number", sa.String(32), nullable=False, unique=True),
        sa.Column("direction", sa.String(16), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("start_date", sa.Date, nullable=False),
        sa.Column("days", sa.Integer, nullable=False),
        sa.Column("organisations", sa.Text, nullable=False),
        sa.Column("purpose", sa.Text, nullable=False),
        sa.Column("level", sa.String(2), nullable=False),        # information to be seen
        sa.Column("marking", sa.String(2), nullable=False),      # of the request itself
        sa.Column("top_rank", sa.Integer, nullable=False),       # rank of that marking
        sa.Column("contract_id", sa.Integer, sa.ForeignKey("contracts.id"), nullable=True),
        sa.Column("request_ref", sa.String(100), nullable=False, server_default=""),
        sa.Column("request_date", sa.Date, nullable=True),       # sent (out) / received (in)
        sa.Column("late_reason", sa.String(500), nullable=False, server_default=""),
        sa.Column("answer_ref", sa.String(100), nullable=False, server_default=""),
        sa.Column("answer_date", sa.Date, nullable=True),
        sa.Column("closing_note", sa.String(1000), nullable=False, server_default=""),
        sa.Column("closed_at", sa.String(32), nullable=True),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("created_by", sa.String(64), nullable=False),
        sa.CheckConstraint("direction IN ('outgoing', 'incoming')", name="ck_visits_direction"),
        sa.CheckConstraint("days BETWEEN 1 AND 365", name="ck_visits_days"),
    )
    op.create_index("ix_visits_start", "visits", ["state", "start_date"])
    op.create_table(
        "visit_visitors",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("visit_id", sa.Integer, sa.ForeignKey("visits.id"), nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("surname", sa.String(100), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("birth_date", sa.Date, nullable=False),
        sa.Column("birth_place", sa.String(200), nullable=False),
        sa.Column("citizenship", sa.String(100), nullable=False),
        sa.Column("passport_no", sa.String(30), nullable=False),
        sa.Column("profession", sa.String(200), nullable=False),
        sa.Column("position", sa.String(200), nullable=False),
        sa.Column("organisation", sa.String(300), nullable=False),
        sa.Column("clearance", sa.String(2), nullable=False),
        sa.Column("attended", sa.Boolean, nullable=True),
        sa.Column("registered_on", sa.Date, nullable=True),
        sa.Column("registration_ref", sa.String(100), nullable=False, server_default=""),
    )
    op.create_index("ix_visit_visitors", "visit_visitors", ["visit_id", "seq"])
    op.create_table(
        "visit_contacts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("visit_id", sa.Integer, sa.ForeignKey("visits.id"), nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("position", sa.String(200), nullable=False),
        sa.Column("surname", sa.String(100), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
    )
    op.create_index("ix_visit_contacts", "visit_contacts", ["visit_id", "seq"])
    op.create_table(
        "visit_shown",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("visit_id", sa.Integer, sa.ForeignKey("visits.id"), nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("description", sa.String(500), nullable=False),
        sa.Column("level", sa.String(2), nullable=False),
        sa.Column("registration_id", sa.Integer, sa.ForeignKey("registrations.id"),
                  nullable=True),
    )
    op.create_index("ix_visit_shown", "visit_shown", ["visit_id", "seq"])
    op.create_index("ix_visit_shown_reg", "visit_shown", ["registration_id"])


def downgrade() -> None:
    raise NotImplementedError("Grif stores only move forward; restore a backup instead")
