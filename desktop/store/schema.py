"""Tables as SQLAlchemy Core metadata (portable SQL; SQLite-only parts sit in store/)."""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

store_meta = Table(
    "store_meta", metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

users = Table(
    "users", metadata,
    Column("id", Integer, primary_key=True),
    Column("username", String(32), nullable=False, unique=True),
    Column("full_name", String(200), nullable=False),
    Column("position", String(200), nullable=False, server_default=""),
    Column("department", String(200), nullable=False, server_default=""),
    Column("active", Boolean, nullable=False, server_default="1"),
    Column("clearance_form", Integer, nullable=True),
    Column("clearance_number", String(40), nullable=True),
    Column("clearance_issued", Date, nullable=True),
    Column("clearance_expires", Date, nullable=True),
    Column("created_at", String(32), nullable=False),
    Column("password_changed_at", String(32), nullable=True),
    CheckConstraint("clearance_form IS NULL OR clearance_form IN (1, 2, 3)",
                    name="ck_users_clearance_form"),
)

user_roles = Table(
    "user_roles", metadata,
    Column("user_id", Integer, ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
    Column("role", String(32), primary_key=True),
)

user_permissions = Table(
    "user_permissions", metadata,
    Column("user_id", Integer, ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
    Column("permission", String(32), primary_key=True),
)

audit_event = Table(
    "audit_event", metadata,
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("ts", String(32), nullable=False),
    Column("actor", String(64), nullable=False),
    Column("workstation", String(128), nullable=False),
    Column("action", String(64), nullable=False),
    Column("object", String(200), nullable=False),
    Column("outcome", String(16), nullable=False),
    Column("details", Text, nullable=False),
    Column("mac", LargeBinary(32), nullable=False),
    Index("ix_audit_event_action", "action"),
    Index("ix_audit_event_actor", "actor"),
    Index("ix_audit_event_ts", "ts"),
)

settings = Table(
    "settings", metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
    Column("updated_at", String(32), nullable=False),
    Column("updated_by", String(64), nullable=False),
)
