"""The damage-assessment dossier (seed 000 p.3–14): the head's assignment, the commission
and its signatures, the indicators, the assessment, the approval and the dispatch, and the
files of the materials (kept inside the encrypted store with their SHA-256).

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-21
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "dossiers",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("number", sa.String(32), nullable=False, unique=True),
        sa.Column("variant", sa.String(16), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("incident_id", sa.Integer, sa.ForeignKey("incidents.id"), nullable=True),
        sa.Column("basis_kind", sa.String(16), nullable=False),
        sa.Column("basis_reference", sa.String(200), nullable=False, server_default=""),
        sa.Column("basis_date", sa.Date, nullable=True),
        sa.Column("assigned_on", sa.Date, nullable=False),
        sa.Column("assigned_by", sa.String(64), nullable=False),
        sa.Column("materials_received", sa.Date, nullable=False),
        sa.Column("commission_kind", sa.String(16), nullable=False),
        sa.Column("expert_order", sa.String(100), nullable=False, server_default=""),
        sa.Column("expert_order_date", sa.Date, nullable=True),
        sa.Column("deadline", sa.Date, nullable=True),          # none for the owner variant
        sa.Column("owner", sa.String(300), nullable=False, server_default=""),
        sa.Column("owner_attended", sa.Boolean, nullable=False, server_default="0"),
        sa.Column("owner_read_on", sa.Date, nullable=True),
        sa.Column("place", sa.String(200), nullable=False, server_default=""),
        sa.Column("top_rank", sa.Integer, nullable=False),
        sa.Column("level", sa.String(2), nullable=True),         # the degree established
        sa.Column("no_state_secrets", sa.Boolean, nullable=False, server_default="0"),
        sa.Column("content", sa.Text, nullable=False, server_default=""),
        sa.Column("methodology", sa.String(300), nullable=False, server_default=""),
        sa.Column("methodology_body", sa.String(300), nullable=False, server_default=""),
        sa.Column("single_copy", sa.Boolean, nullable=False, server_default="0"),
        sa.Column("mci_date", sa.Date, nullable=True),
        sa.Column("mci_value", sa.Integer, nullable=True),
        sa.Column("mci_override", sa.String(200), nullable=False, server_default=""),
        sa.Column("amount_mci", sa.String(32), nullable=True),   # decimal as text
        sa.Column("amount_tenge", sa.String(32), nullable=True),
        sa.Column("party_reference", sa.String(200), nullable=False, server_default=""),
        sa.Column("party_amount", sa.String(64), nullable=False, server_default=""),
        sa.Column("party_currency", sa.String(16), nullable=False, server_default=""),
        sa.Column("other_matters", sa.Text, nullable=False, server_default=""),
        sa.Column("assessed_at", sa.String(32), nullable=True),  # the conclusion's time
        sa.Column("head_has_authority", sa.Boolean, nullable=False, server_default="1"),
        sa.Column("agreement_body", sa.String(300), nullable=False, server_default=""),
        sa.Column("agreement_reference", sa.String(100), nullable=False, server_default=""),
        sa.Column("agreement_date", sa.Date, nullable=True),
        sa.Column("approved_by", sa.String(64), nullable=True),
        sa.Column("approved_at", sa.String(32), nullable=True),
        sa.Column("dispatch_number", sa.String(100), nullable=False, server_default=""),
        sa.Column("dispatch_date", sa.Date, nullable=True),
        sa.Column("pretrial_body", sa.String(300), nullable=False, server_default=""),
        sa.Column("closed_at", sa.String(32), nullable=True),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.CheckConstraint("variant IN ('breach', 'owner')", name="ck_dossiers_variant"),
    )
    op.create_table(
        "dossier_participants",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("dossier_id", sa.Integer, sa.ForeignKey("dossiers.id"), nullable=False),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id"), nullable=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("position", sa.String(200), nullable=False, server_default=""),
        sa.Column("organisation", sa.String(300), nullable=False, server_default=""),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("protection_unit", sa.Boolean, nullable=False, server_default="0"),
        sa.Column("clearance_form", sa.Integer, nullable=True),
        sa.Column("clearance_number", sa.String(40), nullable=False, server_default=""),
        sa.Column("clearance_expires", sa.Date, nullable=True),
        sa.Column("absent", sa.Boolean, nullable=False, server_default="0"),
        sa.Column("signed", sa.String(16), nullable=True),
        sa.Column("signed_at", sa.String(32), nullable=True),
        sa.Column("recorded_by", sa.String(64), nullable=True),
    )
    op.create_index("ix_dossier_participants", "dossier_participants", ["dossier_id"])
    op.create_index("ix_dossier_participants_user", "dossier_participants", ["user_id"])
    op.create_table(
        "dossier_indicators",
        sa.Column("dossier_id", sa.Integer, sa.ForeignKey("dossiers.id"), primary_key=True),
        sa.Column("number", sa.Integer, primary_key=True),
        sa.Column("amount_tenge", sa.String(32), nullable=False),
        sa.Column("justification", sa.Text, nullable=False),
        sa.CheckConstraint("number BETWEEN 1 AND 12", name="ck_dossier_indicators_number"),
    )
    op.create_table(
        "dossier_files",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("dossier_id", sa.Integer, sa.ForeignKey("dossiers.id"), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(24), nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("content", sa.LargeBinary, nullable=False),
        sa.Column("added_at", sa.String(32), nullable=False),
        sa.Column("added_by", sa.String(64), nullable=False),
    )
    op.create_index("ix_dossier_files", "dossier_files", ["dossier_id"])


def downgrade() -> None:
    raise NotImplementedError("Grif stores only move forward; restore a backup instead")
