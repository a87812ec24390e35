"""The printed destruction act, return list and inventory-check act (SPEC §5; FORMS.md).

Each print is an audited action that registers the printout as a carrier (services/
outputs.py) at the highest level it lists, derived from the first registration on it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

from desktop.domain.access import require_role
from desktop.domain.carriers import Registration
from desktop.domain.errors import NotFound
from desktop.domain.levels import Level
from desktop.domain.people import short_name
from desktop.reports import destruction_act, inventory_act, return_list
from desktop.reports.frame import FrameInfo
from desktop.reports.signatures import Signer
from desktop.services import destruction, inventory, outputs, returns, settings
from desktop.services.register import CLERKS
from desktop.services.session import Session, Tx, action
from desktop.store import register as register_repo
from desktop.store import users as user_repo

PRINTERS = (*CLERKS, *destruction.READERS)


def _head(session: Session) -> tuple[str, str]:
    values = settings.current(session)
    return values["org.head_position"], values["org.head_name"]


def _date(moment: dt.datetime | None) -> dt.date | None:
    return moment.date() if moment else None


def _print(session: Session, name: str, lang: str | None, level: Level,
           registration_id: int, read: Callable[[Tx], tuple[str, object]],
           render: Callable[[object, FrameInfo], bytes]) -> bytes:
    """One audited print of a form about `registration_id` at `level`; `read(tx)` gives the
    document and its title inside the action (after the role and visibility checks)."""
    lang = outputs.print_language(session, lang)
    with action(session, name) as tx:
        require_role(tx.user, *PRINTERS)
        title, doc = read(tx)
        source = register_repo.registration(tx.conn, registration_id)
        assert source is not None
        printout = outputs.register_form(tx, session, lang, _at(source, level), title,
                                         lambda info: render(doc, info))
        tx.details = {"lang": lang, "level": level.value, "title": title}
        record = outputs.own_record(tx)
    info = outputs.frame_info(session, lang, level, printout.reg_no, record, title)
    return outputs.produce(session, name, printout.reg_no, lambda: render(doc, info))


def _at(registration: Registration, level: Level) -> Registration:
    """The printout is registered at the highest level it lists (never below its source)."""
    return replace(registration, level=max(level, registration.level, key=lambda lv: lv.rank))


def destruction_act_pdf(session: Session, act_id: int, lang: str | None) -> bytes:
    """The act in any state (an unexecuted one carries its "draft" line)."""
    lang = outputs.print_language(session, lang)
    with session.store.read() as conn:
        me = user_repo.by_id(conn, session.user.id)
        act = destruction.act_in(conn, me, act_id) if me else None
    if act is None:
        raise NotFound(str(act_id))
    head_position, head_name = _head(session)

    def read(tx: Tx) -> tuple[str, object]:
        found = destruction.act_in(tx.conn, tx.user, act_id)
        doc = destruction_act.DestructionAct(
            number=found.number, act_date=found.act_date, place=found.place,
            head_position=head_position, head_name=head_name,
            approved=_date(found.approved_at), basis_kind=found.basis_kind.value,
            basis_reference=found.basis_reference, basis_date=found.basis_date,
            originator=found.originator, method=found.method, method_note=found.method_note,
            commission=[destruction_act.Member(
                role=m.role.value, position=m.position, name=short_name(m.full_name),
                signed=m.signed.value if m.signed else "", signed_at=m.signed_at)
                for m in found.commission],
            items=[destruction_act.ActItem(
                reg_no=c.reg_no, reg_date=c.reg_date, title=c.title, level=c.level,
                copy_no=c.copy_no, sheets=c.sheets, note=c.note) for c in found.copies],
            executed=_date(found.executed_at))
        tx.object = found.number
        return destruction_act.registration_title(lang, found.number), doc

    return _print(session, "print.destruction_act", lang, act.top,
                  act.copies[0].registration_id, read, destruction_act.render)


def return_list_pdf(session: Session, list_id: int, lang: str | None) -> bytes:
    lang = outputs.print_language(session, lang)
    with session.store.read() as conn:
        me = user_repo.by_id(conn, session.user.id)
        found = returns.list_in(conn, me, list_id) if me else None
        first = register_repo.registration_by_no(conn, found.copies[0].reg_no) \
            if found else None
    if found is None or first is None:
        raise NotFound(str(list_id))

    def read(tx: Tx) -> tuple[str, object]:
        again = returns.list_in(tx.conn, tx.user, list_id)
        sender = user_repo.by_name(tx.conn, again.created_by)
        doc = return_list.ReturnList(
            number=again.number, list_date=again.list_date, addressee=again.originator,
            notice_reference=again.notice_reference, notice_date=again.notice_date,
            channel=return_list.channel_words(again.channel.value, lang),
            cover_letter=again.cover_letter,
            items=[return_list.ReturnItem(c.reg_no, c.copy_no, c.title, c.foreign_marking,
                                          c.level, c.sheets) for c in again.copies],
            sender=Signer(sender.position if sender else "",
                          sender.short_name if sender else again.created_by),
            received=_date(again.received_at), receipt_reference=again.receipt_reference)
        tx.object = again.number
        return return_list.registration_title(lang, again.number), doc

    return _print(session, "print.return_list", lang, found.top, first.id, read,
                  return_list.render)


def inventory_act_pdf(session: Session, check_id: int, lang: str | None) -> bytes:
    lang = outputs.print_language(session, lang)
    with session.store.read() as conn:
        me = user_repo.by_id(conn, session.user.id)
        found = inventory.check_in(conn, me, check_id) if me else None
        source = inventory.first_registration(conn, check_id) if found else None
    if found is None or source is None:
        raise NotFound(str(check_id))
    head_position, head_name = _head(session)

    def read(tx: Tx) -> tuple[str, object]:
        check = inventory.check_in(tx.conn, tx.user, check_id)
        report = inventory.report_in(tx.conn, check_id)
        doc = inventory_act.InventoryAct(
            number=check.number, kind=check.kind.value, reason=check.reason,
            as_of=check.as_of, head_position=head_position, head_name=head_name,
            approved=None,
            commission=[destruction_act.Member(
                role=m.role, position=m.position, name=short_name(m.full_name), signed="",
                signed_at=None) for m in check.commission],
            found=[inventory_act.FoundGroup(*g) for g in report.found],
            missing=[inventory_act.MissingItem(*m) for m in report.missing],
            surplus=[inventory_act.SurplusItem(*s) for s in report.surplus],
            incidents=list(check.incidents),
            finished=dt.date.fromisoformat(check.finished_at[:10])
            if check.finished_at else None)
        tx.object = check.number
        return inventory_act.registration_title(lang, check.number), doc

    return _print(session, "print.inventory_act", lang, found.top, source, read,
                  inventory_act.render)
