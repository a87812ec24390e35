"""Indexes for counting the register at 10^6 copies without reading its wide rows.

- registrations(id, level_rank): the clearance bound of a copy's registration, read from a
  narrow index instead of the registration row (counts by state, custodian, holder, search).
- registrations(originator_type, level_rank): the originator-type filter and its count.
- registrations(originator, id, level_rank) replaces (originator, id): the same sort, and a
  substring of the originator is looked for in this index rather than in the rows.
- copies(state | custodian_id | holder_id, registration_id): a count by state, custodian or
  holder reads only an index, and a join from a registration seeks both columns. (The sort
  indexes (state, id) and (custodian_id, id) stay; holder is no sort key, so (holder_id,
  id) is replaced. Without statistics SQLite takes an index that covers the join column
  but cannot seek it over one that can: the join column comes right after the filter.)

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-21
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_reg_rank", "registrations", ["id", "level_rank"])
    op.create_index("ix_reg_originator_type", "registrations", ["originator_type", "level_rank"])
    op.drop_index("ix_reg_originator", "registrations")
    op.create_index("ix_reg_originator_rank", "registrations", ["originator", "id", "level_rank"])
    op.drop_index("ix_copies_holder", "copies")
    for name, column in (("ix_copies_state_reg", "state"),
                         ("ix_copies_custodian_reg", "custodian_id"),
                         ("ix_copies_holder_reg", "holder_id")):
        op.create_index(name, "copies", [column, "registration_id"])


def downgrade() -> None:
    raise NotImplementedError("Grif stores only move forward; restore a backup instead")
