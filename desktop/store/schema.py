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

reg_numbers = Table(
    "reg_numbers", metadata,
    Column("journal", String(32), primary_key=True),
    Column("year", Integer, primary_key=True),
    Column("last", Integer, nullable=False),
)

registrations = Table(
    "registrations", metadata,
    Column("id", Integer, primary_key=True),
    Column("journal", String(32), nullable=False),
    Column("year", Integer, nullable=False),
    Column("number", Integer, nullable=False),
    Column("reg_no", String(64), nullable=False, unique=True),
    Column("reg_date", Date, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("title", String(500), nullable=False),
    Column("level", String(2), nullable=False),
    Column("level_rank", Integer, nullable=False),
    Column("basis", String(300), nullable=False, server_default=""),
    Column("review_date", Date, nullable=True),
    Column("originator_type", String(16), nullable=False),
    Column("originator", String(300), nullable=False, server_default=""),
    Column("foreign_marking", String(64), nullable=False, server_default=""),
    Column("foreign_reference", String(100), nullable=False, server_default=""),
    Column("foreign_reference_date", Date, nullable=True),
    Column("incoming_no", String(100), nullable=False, server_default=""),
    Column("incoming_date", Date, nullable=True),
    Column("sheets", Integer, nullable=True),
    Column("medium_serial", String(100), nullable=False, server_default=""),
    Column("medium_capacity", String(50), nullable=False, server_default=""),
    Column("copies", Integer, nullable=False),
    Column("parent_id", Integer, ForeignKey("registrations.id"), nullable=True),
    Column("derivation", String(16), nullable=True),
    Column("purpose", String(500), nullable=False, server_default=""),
    Column("contract", String(200), nullable=False, server_default=""),
    Column("notes", Text, nullable=False, server_default=""),
    Column("created_at", String(32), nullable=False),
    Column("created_by", String(64), nullable=False),
    Column("declassified_on", Date, nullable=True),
    Column("contract_id", Integer, nullable=True),       # received under a contract (0010)
)

copies = Table(
    "copies", metadata,
    Column("id", Integer, primary_key=True),
    Column("registration_id", Integer, ForeignKey("registrations.id"), nullable=False),
    Column("copy_no", Integer, nullable=False),
    Column("state", String(24), nullable=False),
    Column("custodian_id", Integer, ForeignKey("users.id"), nullable=True),
    Column("holder_id", Integer, ForeignKey("users.id"), nullable=True),
    Column("location", String(100), nullable=False, server_default=""),
    Column("sheets", Integer, nullable=True),
    Column("updated_at", String(32), nullable=False),
    Column("marking_case_id", Integer, nullable=True),   # the open case it is under
)

moves = Table(
    "moves", metadata,
    Column("id", Integer, primary_key=True),
    Column("copy_id", Integer, ForeignKey("copies.id"), nullable=False),
    Column("kind", String(24), nullable=False),
    Column("from_state", String(24), nullable=False),
    Column("to_state", String(24), nullable=False),
    Column("at", String(32), nullable=False),
    Column("by_user", String(64), nullable=False),
    Column("to_user_id", Integer, ForeignKey("users.id"), nullable=True),
    Column("to_org", String(300), nullable=False, server_default=""),
    Column("channel", String(100), nullable=False, server_default=""),
    Column("basis", String(300), nullable=False, server_default=""),
    Column("reference", String(100), nullable=False, server_default=""),
    Column("audit_seq", Integer, nullable=True),
)

marking_cases = Table(
    "marking_cases", metadata,
    Column("id", Integer, primary_key=True),
    Column("number", String(32), nullable=False, unique=True),
    Column("state", String(16), nullable=False),
    Column("originator_type", String(16), nullable=False),
    Column("originator", String(300), nullable=False, server_default=""),
    Column("notice_issuer", String(300), nullable=False),
    Column("notice_reference", String(100), nullable=False),
    Column("notice_date", Date, nullable=False),
    Column("notice_received", Date, nullable=False),
    Column("partner_agreement", String(200), nullable=False, server_default=""),
    Column("partner_agreement_date", Date, nullable=True),
    Column("change", String(16), nullable=False),
    Column("old_level", String(2), nullable=False),
    Column("new_level", String(2), nullable=True),
    Column("top_rank", Integer, nullable=False),   # the highest level it touches: who sees it
    Column("rule", String(16), nullable=False),
    Column("window_days", Integer, nullable=False),
    Column("deadline", Date, nullable=False),
    Column("opened_at", String(32), nullable=False),
    Column("opened_by", String(64), nullable=False),
    Column("confirmed_by", String(64), nullable=True),
    Column("closed_at", String(32), nullable=True),
    Column("closed_by", String(64), nullable=True),
    Column("notes", Text, nullable=False, server_default=""),
    CheckConstraint("state IN ('open', 'closed')", name="ck_marking_cases_state"),
    CheckConstraint("change IN ('raise', 'lower', 'declassify')",
                    name="ck_marking_cases_change"),
    Index("ix_marking_cases_state", "state", "deadline"),
)

marking_case_registrations = Table(
    "marking_case_registrations", metadata,
    Column("case_id", Integer, ForeignKey("marking_cases.id"), primary_key=True),
    Column("registration_id", Integer, ForeignKey("registrations.id"), primary_key=True),
    Column("old_level", String(2), nullable=False),
    Column("new_level", String(2), nullable=True),
    Column("reason", String(16), nullable=False),
    Column("via", String(64), nullable=False, server_default=""),
    Index("ix_mcr_registration", "registration_id"),
)

marking_case_copies = Table(
    "marking_case_copies", metadata,
    Column("case_id", Integer, ForeignKey("marking_cases.id"), primary_key=True),
    Column("copy_id", Integer, ForeignKey("copies.id"), primary_key=True),
    Column("registration_id", Integer, ForeignKey("registrations.id"), nullable=False),
    Column("state_at_open", String(24), nullable=False),
    Column("task", String(16), nullable=False),
    Column("task_for", String(300), nullable=False, server_default=""),
    Column("remarked_by", String(64), nullable=True),
    Column("remarked_at", String(32), nullable=True),
    Index("ix_mcc_copy", "copy_id"),
)

level_history = Table(
    "level_history", metadata,
    Column("id", Integer, primary_key=True),
    Column("registration_id", Integer, ForeignKey("registrations.id"), nullable=False),
    Column("old_level", String(2), nullable=False),
    Column("new_level", String(2), nullable=True),
    Column("case_id", Integer, ForeignKey("marking_cases.id"), nullable=False),
    Column("at", String(32), nullable=False),
    Column("by_user", String(64), nullable=False),
    Index("ix_level_history_reg", "registration_id", "id"),
)

copy_requests = Table(
    "copy_requests", metadata,
    Column("id", Integer, primary_key=True),
    Column("number", String(32), nullable=False, unique=True),
    Column("registration_id", Integer, ForeignKey("registrations.id"), nullable=False),
    Column("requester_id", Integer, ForeignKey("users.id"), nullable=False),
    Column("requested_at", String(32), nullable=False),
    Column("recorded_by", String(64), nullable=False),
    Column("copies_asked", Integer, nullable=False),
    Column("purpose", String(500), nullable=False),
    Column("third_party", String(300), nullable=False, server_default=""),
    Column("third_party_consent", String(200), nullable=False, server_default=""),
    Column("state", String(16), nullable=False),
    Column("permission_source", String(16), nullable=False),
    Column("permitted_by", String(300), nullable=False, server_default=""),
    Column("permission_reference", String(100), nullable=False, server_default=""),
    Column("permission_date", Date, nullable=True),
    Column("authorised", Integer, nullable=False, server_default="0"),
    Column("made", Integer, nullable=False, server_default="0"),
    Column("refusal_reason", String(500), nullable=False, server_default=""),
    Column("decided_at", String(32), nullable=True),
    Column("decided_by", String(64), nullable=True),
    CheckConstraint("state IN ('pending', 'approved', 'refused', 'used_up')",
                    name="ck_copy_requests_state"),
    CheckConstraint("copies_asked >= 1", name="ck_copy_requests_asked"),
    CheckConstraint("made >= 0 AND made <= authorised", name="ck_copy_requests_made"),
    Index("ix_copy_requests_state", "state", "id"),
    Index("ix_copy_requests_reg", "registration_id"),
)

copy_request_copies = Table(
    "copy_request_copies", metadata,
    Column("request_id", Integer, ForeignKey("copy_requests.id"), primary_key=True),
    Column("copy_id", Integer, ForeignKey("copies.id"), primary_key=True),
)
