"""The monthly calculation index by effective date (seed 000 p.9–10), and the notice to the
Kyrgyz party of a breach involving its information (S001 a.12 p.1).

- mci_values: tenge per MCI from an effective date (the MCI has changed mid-year before),
  kept by the administrator; seeded with 2024–2026.
- incidents.party_involved / party_notice_sent / party_notice_text: information of the
  other Party is involved; when it was told and what (circumstances, consequences,
  measures).

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-21
"""

import datetime as dt

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

SEED = ((dt.date(2024, 1, 1), 3692), (dt.date(2025, 1, 1), 3932), (dt.date(2026, 1, 1), 4325))


def upgrade() -> None:
    table = op.create_table(
        "mci_values",
        sa.Column("effective_date", sa.Date, primary_key=True),
        sa.Column("value", sa.Integer, nullable=False),
        sa.Column("updated_at", sa.String(32), nullable=False),
        sa.Column("updated_by", sa.String(64), nullable=False),
        sa.CheckConstraint("value > 0", name="ck_mci_values_value"),
    )
    op.bulk_insert(table, [{"effective_date": day, "value": value,
                            "updated_at": "2026-11-21T00:00:00+00:00", "updated_by": "grif"}
                           for day, value in SEED])
    op.add_column("incidents", sa.Column("party_involved", sa.Boolean, nullable=False,
                                         server_default="0"))
    op.add_column("incidents", sa.Column("party_notice_sent", sa.Date, nullable=True))
    op.add_column("incidents", sa.Column("party_notice_text", sa.Text, nullable=False,
                                         server_default=""))


def downgrade() -> None:
    raise NotImplementedError("Grif stores only move forward; restore a backup instead")
