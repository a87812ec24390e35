"""The printed act of a marking change and the copy request form (SPEC §3–4; FORMS.md).

Each print is an audited action that registers the printout as a carrier (services/
outputs.py) derived from the registration it is about, at the highest level it shows."""

from __future__ import annotations

from dataclasses import replace

from desktop.domain.access import require_role
from desktop.domain.carriers import Registration
from desktop.domain.errors import IllegalState
from desktop.domain.levels import Level
from desktop.domain.marking import CaseState, Reason, WindowRule
from desktop.domain.people import short_name
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.reports import copy_request, marking_act
from desktop.reports.register_extract import STATE
from desktop.reports.signatures import Signer
from desktop.services import copying, marking, outputs, settings
from desktop.services.register import CLERKS
from desktop.services.session import Session, action
from desktop.store import register as register_repo
from desktop.store import users as user_repo
from desktop.store.engine import Connection

NOT_CLOSED = QT_TRANSLATE_NOOP(
    "Errors", "the act is printed when the case is closed: every copy re-marked")


def _signer(conn: Connection, username: str | None) -> Signer | None:
    if not username:
        return None
    person = user_repo.by_name(conn, username)
    if person is None:
        return Signer("", username)
    return Signer(person.position, person.short_name)


def _where(copy: marking.AffectedCopy, lang: str) -> str:
    """Where the copy was when the case was opened (and whose task it was)."""
    at_open = copy.state_at_open or copy.state
    state = STATE[lang].get(at_open.value, at_open.value)
    return f"{state}: {copy.task_for}" if copy.task_for else state


def _act(conn: Connection, session: Session, row: dict, case: marking.Case,
         lang: str) -> marking_act.MarkingAct:
    values = settings.current(session)
    titles = {c.registration_id: register_repo.registration(conn, c.registration_id).title
              for c in case.changes if c.changes}
    return marking_act.MarkingAct(
        number=case.number, head_position=values["org.head_position"],
        head_name=values["org.head_name"], notice_issuer=case.notice.issuer,
        notice_reference=case.notice.reference, notice_date=case.notice.date,
        notice_received=case.notice.received,
        partner_agreement=case.notice.partner_agreement,
        partner_agreement_date=case.notice.partner_agreement_date,
        old_level=case.old_level, new_level=case.new_level,
        agreement_rule=case.rule is WindowRule.AGREEMENT, window_days=case.window_days,
        deadline=case.deadline,
        completed=case.closed_at.date() if case.closed_at else None,
        copies=[marking_act.ActCopy(
            reg_no=c.reg_no, copy_no=c.copy_no, title=titles[c.registration_id], old=c.old,
            new=c.new, where=_where(c, lang), remarked_by=short_name(c.remarked_by),
            remarked_at=c.remarked_at.date() if c.remarked_at else None) for c in case.copies],
        opened_by=_signer(conn, row["opened_by"]) or Signer("", ""),
        confirmed_by=_signer(conn, row["confirmed_by"]),
        closed_by=_signer(conn, row["closed_by"]))


def marking_act_pdf(session: Session, case_id: int, lang: str | None) -> bytes:
    """The act of a closed marking-change case, at the highest level the case touched."""
    lang = outputs.print_language(session, lang)
    with action(session, "print.marking_act") as tx:
        require_role(tx.user, *CLERKS)
        case = marking.case_in(tx.conn, tx.user, case_id, session.today)
        if case.state is not CaseState.CLOSED:
            raise IllegalState(NOT_CLOSED)
        row = marking.case_row(tx.conn, case_id)
        act = _act(tx.conn, session, row, case, lang)
        level = max([case.old_level] + ([case.new_level] if case.new_level else []),
                    key=lambda lv: lv.rank)
        named = next(c for c in case.changes if c.reason is Reason.NAMED)
        source = register_repo.registration(tx.conn, named.registration_id)
        assert source is not None
        title = marking_act.registration_title(lang, case.number)
        printout = outputs.register_form(tx, session, lang, _at(source, level), title,
                                         lambda info: marking_act.render(act, info))
        tx.details = {"case": case.number, "lang": lang, "level": level.value,
                      "copies": len(case.copies)}
        record = outputs.own_record(tx)
    info = outputs.frame_info(session, lang, level, printout.reg_no, record, title)
    return outputs.produce(session, "print.marking_act", printout.reg_no,
                           lambda: marking_act.render(act, info))


def _at(registration: Registration, level: Level) -> Registration:
    """The registration as the printout derives from it, at the level printed (the act of
    a lowering shows the old, higher level)."""
    return replace(registration, level=level)


def copy_request_pdf(session: Session, request_id: int, lang: str | None) -> bytes:
    """The request with its permission block (or refusal, or lines to fill by hand)."""
    lang = outputs.print_language(session, lang)
    with action(session, "print.copy_request") as tx:
        found = copying.request_in(tx.conn, tx.user, request_id, session.today)
        registration = register_repo.registration(tx.conn, found.registration_id)
        assert registration is not None
        row = copying.request_row(tx.conn, request_id)
        form = copy_request.CopyRequestForm(
            number=found.number, requested=found.requested_at.date(),
            requester_name=short_name(found.requester),
            requester_position=found.requester_position, reg_no=found.reg_no,
            title=found.title, level=found.level,
            originator=found.originator or settings.current(session)["org.name"],
            copies_asked=found.copies_asked, purpose=found.purpose,
            third_party=found.third_party, third_party_consent=found.third_party_consent,
            state=found.state.value,
            permission_by_head=found.source is copying.PermissionSource.HEAD,
            permitted_by=found.permitted_by, permission_reference=found.permission_reference,
            permission_date=found.permission_date, authorised=found.authorised,
            refusal_reason=found.refusal_reason, copy_numbers=found.copy_numbers,
            recorded_by=_signer(tx.conn, row["recorded_by"]) or Signer("", ""))
        title = copy_request.registration_title(lang, found.number)
        printout = outputs.register_form(tx, session, lang, registration, title,
                                         lambda info: copy_request.render(form, info))
        tx.details = {"request": found.number, "lang": lang, "level": found.level.value}
        record = outputs.own_record(tx)
    info = outputs.frame_info(session, lang, found.level, printout.reg_no, record, title)
    return outputs.produce(session, "print.copy_request", printout.reg_no,
                           lambda: copy_request.render(form, info))

