"""Printing: a print is an audited action; the page footer names its journal record."""

from __future__ import annotations

import datetime as dt

from desktop.domain import fields
from desktop.domain.access import require_role
from desktop.domain.errors import AuthenticationFailed, InvalidInput
from desktop.domain.levels import Level
from desktop.domain.roles import Role
from desktop.reports import recovery_sheet
from desktop.reports.text import LANGUAGES
from desktop.security import keyfile, recovery
from desktop.services import settings
from desktop.services.keys import kek_from_recovery
from desktop.services.session import Session, action
from desktop.services.stores import WRONG_RECOVERY
from desktop.store import audit, meta

# The register may hold carriers of every level, so its own key material is handled as the
# highest one until a store setting for the register's marking exists.
STORE_MARKING = Level.OV


def recovery_sheet_pdf(session: Session, code: str, lang: str) -> bytes:
    """The recovery-code sheet (administrators only). The code must be the one that opens
    this register: a sheet with a typo would be worse than none."""
    if lang not in LANGUAGES:
        raise InvalidInput(fields.LANGUAGE, lang)
    normal = recovery.normalize(code)
    kf = keyfile.load(session.store.keyfile_path)
    if normal is None or kek_from_recovery(kf, normal) != session.store.keys.kek:
        raise AuthenticationFailed(message=WRONG_RECOVERY)
    with action(session, "print.recovery_sheet", session.store.store_id) as tx:
        require_role(tx.user, Role.ADMIN)
        tx.details = {"lang": lang}          # never the code
    with session.store.read() as conn:
        seq, mac = audit.head(conn) or (0, b"")
        created = meta.get(conn, "created_at") or dt.datetime.now(dt.UTC).isoformat()
    sheet = recovery_sheet.RecoverySheet(
        organisation=settings.current(session)["org.name"], store_name=session.store.path.name,
        store_id=session.store.store_id, created=dt.datetime.fromisoformat(created).date(),
        code=normal, marking=STORE_MARKING)
    return recovery_sheet.render(sheet, lang=lang, printed_by=session.user.short_name,
                                 printed_at=dt.datetime.now(), audit_seq=seq,
                                 chain_head=mac.hex())
