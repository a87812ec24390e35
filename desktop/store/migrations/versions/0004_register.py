"""The register: registrations, copies, moves, gap-free numbering, full-text search.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-21
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reg_numbers",
        sa.Column("journal", sa.String(32), primary_key=True),
        sa.Column("year", sa.Integer, primary_key=True),
        sa.Column("last", sa.Integer, nullable=False),
    )
    op.create_table(
        "registrations",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("journal", sa.String(32), nullable=False),
        sa.Column("year", sa.Integer, nullable=False),
        sa.Column("number", sa.Integer, nullable=False),
        sa.Column("reg_no", sa.String(64), nullable=False),
        sa.Column("reg_date", sa.Date, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("title", sa.String(500), nullable=False),
        sa.Column("level", sa.String(2), nullable=False),
        sa.Column("level_rank", sa.Integer, nullable=False),
        sa.Column("basis", sa.String(300), nullable=False, server_default=""),
        sa.Column("review_date", sa.Date, nullable=True),
        sa.Column("originator_type", sa.String(16), nullable=False),
        sa.Column("originator", sa.String(300), nullable=False, server_default=""),
        sa.Column("foreign_marking", sa.String(64), nullable=False, server_default=""),
        sa.Column("foreign_reference", sa.String(100), nullable=False, server_default=""),
        sa.Column("foreign_reference_date", sa.Date, nullable=True),
        sa.Column("incoming_no", sa.String(100), nullable=False, server_default=""),
        sa.Column("incoming_date", sa.Date, nullable=True),
        sa.Column("sheets", sa.Integer, nullable=True),
        sa.Column("medium_serial", sa.String(100), nullable=False, server_default=""),
        sa.Column("medium_capacity", sa.String(50), nullable=False, server_default=""),
        sa.Column("copies", sa.Integer, nullable=False),
        sa.Column("parent_id", sa.Integer, sa.ForeignKey("registrations.id"), nullable=True),
        sa.Column("derivation", sa.String(16), nullable=True),
        sa.Column("purpose", sa.String(500), nullable=False, server_default=""),
        sa.Column("contract", sa.String(200), nullable=False, server_default=""),
        sa.Column("notes", sa.Text, nullable=False, server_default=""),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("created_by", sa.String(64), nullable=False),
        sa.UniqueConstraint("journal", "year", "number", name="uq_registrations_number"),
        sa.UniqueConstraint("reg_no", name="uq_registrations_reg_no"),
        sa.CheckConstraint("level IN ('S', 'SS', 'OV')", name="ck_registrations_level"),
        sa.CheckConstraint("copies >= 1", name="ck_registrations_copies"),
    )
    for name, cols in (("ix_reg_date", ["reg_date", "id"]), ("ix_reg_level", ["level_rank", "id"]),
                       ("ix_reg_title", ["title", "id"]),
                       ("ix_reg_originator", ["originator", "id"]),
                       ("ix_reg_number", ["year", "number"]), ("ix_reg_parent", ["parent_id"])):
        op.create_index(name, "registrations", cols)
    op.create_table(
        "copies",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("registration_id", sa.Integer,
                  sa.ForeignKey("registrations.id"), nullable=False),
        sa.Column("copy_no", sa.Integer, nullable=False),
        sa.Column("state", sa.String(24), nullable=False),
        sa.Column("custodian_id", sa.Integer, sa.ForeignKey("users.id"), nullable=True),
        sa.Column("holder_id", sa.Integer, sa.ForeignKey("users.id"), nullable=True),
        sa.Column("location", sa.String(100), nullable=False, server_default=""),
        sa.Column("sheets", sa.Integer, nullable=True),
        sa.Column("updated_at", sa.String(32), nullable=False),
        sa.UniqueConstraint("registration_id", "copy_no", name="uq_copies_number"),
    )
    for name, cols in (("ix_copies_state", ["state", "id"]),
                       ("ix_copies_custodian", ["custodian_id", "id"]),
                       ("ix_copies_holder", ["holder_id", "id"])):
        op.create_index(name, "copies", cols)
    op.create_table(
        "moves",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("copy_id", sa.Integer, sa.ForeignKey("copies.id"), nullable=False),
        sa.Column("kind", sa.String(24), nullable=False),
        sa.Column("from_state", sa.String(24), nullable=False),
        sa.Column("to_state", sa.String(24), nullable=False),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("by_user", sa.String(64), nullable=False),
        sa.Column("to_user_id", sa.Integer, sa.ForeignKey("users.id"), nullable=True),
        sa.Column("to_org", sa.String(300), nullable=False, server_default=""),
        sa.Column("channel", sa.String(100), nullable=False, server_default=""),
        sa.Column("basis", sa.String(300), nullable=False, server_default=""),
        sa.Column("reference", sa.String(100), nullable=False, server_default=""),
        sa.Column("audit_seq", sa.Integer, nullable=True),
    )
    op.create_index("ix_moves_copy", "moves", ["copy_id", "id"])
    if op.get_bind().dialect.name == "sqlite":
        # Full-text search over titles, numbers and notes. The built-in unicode61 tokenizer
        # folds the case of Kazakh, Russian and Kyrgyz letters; remove_diacritics 0 keeps
        # й/ё apart from и/е. No custom tokenizer: any SQLCipher 4 tool can read the store.
        op.execute("CREATE VIRTUAL TABLE registrations_fts USING fts5(title, reg_no, notes, "
                   "content='registrations', content_rowid='id', "
                   "tokenize='unicode61 remove_diacritics 0')")
        op.execute("CREATE TRIGGER registrations_fts_insert AFTER INSERT ON registrations BEGIN "
                   "INSERT INTO registrations_fts(rowid, title, reg_no, notes) "
                   "VALUES (new.id, new.title, new.reg_no, new.notes); END")
        op.execute("CREATE TRIGGER registrations_fts_delete AFTER DELETE ON registrations BEGIN "
                   "INSERT INTO registrations_fts(registrations_fts, rowid, title, reg_no, notes) "
                   "VALUES ('delete', old.id, old.title, old.reg_no, old.notes); END")
        op.execute("CREATE TRIGGER registrations_fts_update AFTER UPDATE OF title, reg_no, notes "
                   "ON registrations BEGIN "
                   "INSERT INTO registrations_fts(registrations_fts, rowid, title, reg_no, notes) "
                   "VALUES ('delete', old.id, old.title, old.reg_no, old.notes); "
                   "INSERT INTO registrations_fts(rowid, title, reg_no, notes) "
                   "VALUES (new.id, new.title, new.reg_no, new.notes); END")


def downgrade() -> None:
    raise NotImplementedError("Grif stores only move forward; restore a backup instead")
