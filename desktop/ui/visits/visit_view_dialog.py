"""One visit request (S001 a.10; SPEC §7): where it stands (draft → sent or received →
agreed or refused → closed, or cancelled), everything a.10 p.2 asks, the 4-week line (the last
day to send and the days left, or how late it went and why), its visitors, the people to meet
and, once closed, who came and what was shown.

What can be done follows the state and the user's roles: the people who keep the register
change a draft, mark it sent or received, record the answer, close or cancel the visit. The
visitors' personal data stay hidden (••••••) until someone with the personal-data permission
asks to see them — each such view is journalled — and only they print the request, which
carries those data. The service checks every action again."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from desktop.domain.visits import Direction, VisitState
from desktop.services import visit_view
from desktop.services.register import CLERKS
from desktop.services.session import Session
from desktop.services.visit_view import Visit
from desktop.ui.destruction.record_dialog import RecordDialog
from desktop.ui.destruction.tables import fill_rows, read_only_table
from desktop.ui.register.level_badge import level_name
from desktop.ui.register.print_dialog import PrintDialog
from desktop.ui.visits import texts
from desktop.ui.visits.answer_dialog import AnswerDialog
from desktop.ui.visits.cancel_dialog import CancelDialog
from desktop.ui.visits.close_dialog import CloseDialog
from desktop.ui.visits.send_dialog import SendDialog
from desktop.ui.visits.visit_dialog import VisitDialog
from desktop.ui.widgets.display import day_text, fill, moment_text

FIELDS = ("direction", "state", "dates", "organisations", "purpose", "level", "marking",
          "contract", "limit", "request", "answer", "closed", "created")
ATTENDANCE_COLUMNS = 3      # came, registered on, registration record: once closed
OPEN = (VisitState.DRAFT, VisitState.SENT, VisitState.AGREED)


def request_print_dialog(session: Session, visit: Visit, parent: QWidget | None) -> PrintDialog:
    """The print dialog of the request (the language is chosen there)."""
    return PrintDialog(
        session, lambda lang, _progress: visit_view.request_pdf(session, visit.id, lang),
        file_stem=f"visit-request-{visit.number}", parent=parent,
        what=lambda: QCoreApplication.translate("VisitViewDialog", "Print the visit request"))


class VisitViewDialog(RecordDialog):
    """Raises the service's error when the request may not be shown to this user."""

    def __init__(self, session: Session, visit_id: int, parent: QWidget | None = None) -> None:
        super().__init__(FIELDS, parent)
        self.session = session
        self.visit: Visit = visit_view.visit(session, visit_id)
        self.is_clerk = session.user.has_role(*CLERKS)
        self.may_see = visit_view.may_see_personal_data(session)
        self.warn_days = visit_view.warn_days(session)
        headers = len(texts.visitor_headers())
        self.visitors_label, self.contacts_label, self.shown_label = QLabel(), QLabel(), QLabel()
        self.visitors = read_only_table("visitVisitors", headers + ATTENDANCE_COLUMNS,
                                        level_column=headers - 1)
        self.contacts = read_only_table("visitContacts", 3)
        self.shown = read_only_table("visitShown", 3, level_column=1)
        for label, table, stretch in ((self.visitors_label, self.visitors, 2),
                                      (self.contacts_label, self.contacts, 1),
                                      (self.shown_label, self.shown, 1)):
            label.setBuddy(table)
            self.main_layout.addWidget(label)
            self.main_layout.addWidget(table, stretch)
        for name, slot in (("edit", self.edit_draft), ("send", self.mark_sent),
                           ("answer", self.record_answer), ("close", self.close_visit),
                           ("cancel", self.cancel_visit), ("personal", self.show_personal_data),
                           ("print", self.print_request)):
            self.add_action(name, slot)
        self.finish_layout()
        self.resize(1100, 820)
        self.retranslate_ui()
        self.visitors.resizeColumnsToContents()

    # --- what may be done now --------------------------------------------------------------

    def allowed(self) -> dict[str, bool]:
        state = self.visit.state
        clerk = self.is_clerk
        return {
            "edit": clerk and state is VisitState.DRAFT,
            "send": clerk and state is VisitState.DRAFT,
            "answer": clerk and state is VisitState.SENT,
            "close": clerk and state is VisitState.AGREED,
            "cancel": clerk and state in OPEN,
            "personal": True,
            "print": True,
        }

    def update_actions(self) -> None:
        self.show_actions(self.allowed())
        buttons = self.action_buttons
        buttons["personal"].setEnabled(self.may_see and not self.visit.personal_data)
        buttons["print"].setEnabled(self.may_see)
        needs = "" if self.may_see else QCoreApplication.translate(
            "VisitViewDialog", "Needs the personal-data permission.")
        for name in ("personal", "print"):
            buttons[name].setToolTip(needs)

    # --- actions ---------------------------------------------------------------------------

    def edit_draft(self) -> bool:
        """Without the personal-data permission the visitors' personal data stay hidden in
        the editor and the service keeps them as stored."""
        if not self.allowed()["edit"]:
            return False
        if self.may_see and not self.call(lambda: setattr(
                self, "visit", visit_view.personal_data(self.session, self.visit.id))):
            return False
        done = self.run_dialog(VisitDialog(self.session, self, visit=self.visit))
        self.reload()
        return done

    def _step(self, name: str, dialog_class: Callable[[Session, Visit, QWidget], QDialog]
              ) -> bool:
        if not self.allowed()[name]:
            return False
        done = self.run_dialog(dialog_class(self.session, self.visit, self))
        self.reload()
        return done

    def mark_sent(self) -> bool:
        return self._step("send", SendDialog)

    def record_answer(self) -> bool:
        return self._step("answer", AnswerDialog)

    def close_visit(self) -> bool:
        return self._step("close", CloseDialog)

    def cancel_visit(self) -> bool:
        return self._step("cancel", CancelDialog)

    def show_personal_data(self) -> bool:
        """The visitors' personal data (journalled by the service); hidden again once the
        request is read again."""
        if not self.may_see:
            return False
        done = self.call(lambda: setattr(self, "visit", visit_view.personal_data(
            self.session, self.visit.id)))
        self.retranslate_ui()
        return done

    def print_request(self) -> bool:
        if not self.may_see:
            return False
        return self.print_with(request_print_dialog(self.session, self.visit, self))

    def reload(self) -> None:
        self.call(lambda: setattr(self, "visit", visit_view.visit(self.session,
                                                                  self.visit.id)))
        self.retranslate_ui()

    # --- texts -----------------------------------------------------------------------------

    def _values(self) -> dict[str, str]:
        v = self.visit
        request = answer = closed = ""
        if v.request_date:
            request = fill(QCoreApplication.translate("VisitViewDialog", "No. %1 of %2"),
                           v.request_ref, day_text(v.request_date))
        if v.answer_date:
            answer = fill(QCoreApplication.translate("VisitViewDialog", "%1: No. %2 of %3"),
                          texts.state_text(VisitState.REFUSED if v.state is VisitState.REFUSED
                                           else VisitState.AGREED),
                          v.answer_ref, day_text(v.answer_date))
        if v.closed_at:
            closed = fill(QCoreApplication.translate("VisitViewDialog", "%1: %2"),
                          moment_text(v.closed_at), v.closing_note) if v.closing_note \
                else moment_text(v.closed_at)
        return {
            "direction": texts.direction_text(v.direction),
            "state": texts.state_text(v.state),
            "dates": texts.period_text(v),
            "organisations": v.organisations,
            "purpose": v.purpose,
            "level": level_name(v.level),
            "marking": level_name(v.marking),
            "contract": v.contract,
            "limit": texts.limit_line(v, self.session.today, self.warn_days),
            "request": request,
            "answer": answer,
            "closed": closed,
            "created": v.created_by,
        }

    def _fill_tables(self) -> None:
        v = self.visit
        came = {True: QCoreApplication.translate("VisitViewDialog", "came"),
                False: QCoreApplication.translate("VisitViewDialog", "did not come"),
                None: ""}
        fill_rows(self.visitors, [
            (*texts.visitor_cells(p), came[p.attended], day_text(p.registered_on),
             p.registration_ref) for p in v.visitors])
        headers = len(texts.visitor_headers())
        for c in range(headers, headers + ATTENDANCE_COLUMNS):
            self.visitors.setColumnHidden(c, v.state is not VisitState.CLOSED)
        fill_rows(self.contacts, [(c.position, c.surname, c.name) for c in v.contacts])
        self.contacts.resizeColumnsToContents()
        fill_rows(self.shown, [(s.description, s.level, s.reg_no) for s in v.shown])
        self.shown.resizeColumnsToContents()
        self.shown_label.setVisible(v.state is VisitState.CLOSED)
        self.shown.setVisible(v.state is VisitState.CLOSED)

    def retranslate_ui(self) -> None:
        v = self.visit
        self.setWindowTitle(fill(QCoreApplication.translate(
            "VisitViewDialog", "Visit request %1"), v.number))
        self.heading.setText(fill(QCoreApplication.translate(
            "VisitViewDialog", "Visit request No. %1: %2"), v.number,
            texts.state_text(v.state)))
        labels = {
            "direction": QCoreApplication.translate("VisitViewDialog", "Direction:"),
            "state": QCoreApplication.translate("VisitViewDialog", "State:"),
            "dates": QCoreApplication.translate("VisitViewDialog", "Proposed dates:"),
            "organisations": QCoreApplication.translate("VisitViewDialog",
                                                        "Organisations to visit:"),
            "purpose": QCoreApplication.translate("VisitViewDialog", "Purpose and questions:"),
            "level": QCoreApplication.translate("VisitViewDialog", "Level of information seen:"),
            "marking": QCoreApplication.translate("VisitViewDialog", "Marking of the request:"),
            "contract": QCoreApplication.translate("VisitViewDialog", "Under contract:"),
            "limit": QCoreApplication.translate("VisitViewDialog", "4 weeks before the visit:"),
            "request": QCoreApplication.translate("VisitViewDialog", "Request letter:"),
            "answer": QCoreApplication.translate("VisitViewDialog", "Answer:"),
            "closed": QCoreApplication.translate("VisitViewDialog", "Closed or cancelled:"),
            "created": QCoreApplication.translate("VisitViewDialog", "Prepared by:"),
        }
        for key, text in labels.items():
            self.labels[key].setText(text)
        self.set_values(self._values(), v.marking)
        self.values["limit"].setStyleSheet(texts.style_sheet(
            v.start_date if v.state is VisitState.DRAFT else None, self.session.today,
            self.warn_days))
        self.visitors_label.setText(QCoreApplication.translate("VisitViewDialog", "&Visitors:"))
        self.contacts_label.setText(QCoreApplication.translate("VisitViewDialog",
                                                               "People to &meet:"))
        self.shown_label.setText(QCoreApplication.translate("VisitViewDialog",
                                                            "Information &shown:"))
        self.visitors.setHorizontalHeaderLabels([
            *texts.visitor_headers(), QCoreApplication.translate("VisitViewDialog", "Came"),
            QCoreApplication.translate("VisitViewDialog", "Registered on"),
            QCoreApplication.translate("VisitViewDialog", "Registration record")])
        self.contacts.setHorizontalHeaderLabels(texts.contact_headers())
        self.shown.setHorizontalHeaderLabels([
            QCoreApplication.translate("VisitViewDialog", "Description"),
            QCoreApplication.translate("VisitViewDialog", "Level"),
            QCoreApplication.translate("VisitViewDialog", "Registration No.")])
        self._fill_tables()
        send = QCoreApplication.translate("VisitViewDialog", "Mark &sent…") \
            if v.direction is Direction.OUTGOING \
            else QCoreApplication.translate("VisitViewDialog", "Mark &received…")
        action_texts = {
            "edit": QCoreApplication.translate("VisitViewDialog", "&Edit…"),
            "send": send,
            "answer": QCoreApplication.translate("VisitViewDialog", "Record the &answer…"),
            "close": QCoreApplication.translate("VisitViewDialog", "C&lose the visit…"),
            "cancel": QCoreApplication.translate("VisitViewDialog", "&Cancel the visit…"),
            "personal": QCoreApplication.translate("VisitViewDialog", "Show &personal data"),
            "print": QCoreApplication.translate("VisitViewDialog", "P&rint request…"),
        }
        for name, text in action_texts.items():
            self.action_buttons[name].setText(text)
        self.update_actions()
