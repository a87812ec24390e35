"""The marking-change act and the copy request printed through the services: audited,
registered as carriers, and read back with pdftotext in each language."""

import datetime as dt

import pytest

from desktop.domain.errors import IllegalState
from desktop.domain.levels import Level, marking
from desktop.services import copying, printing, register, settings
from desktop.services import marking as cases
from desktop.services.marking import CaseDraft
from desktop.store import register as repo
from tests.conftest import PASSWORD
from tests.reports.test_register_forms import needs_poppler, one_line, pdf_pages
from tests.services.test_copying import chief, own  # noqa: F401 — fixture
from tests.services.test_marking import KG, notice, people, source  # noqa: F401 — fixtures

TODAY = dt.date.today()


def closed_lowering(clerk, src, extract):
    """The walk-through of the issue: the Kyrgyz party lowers SS→S for a registration with 3
    copies and one derived extract."""
    case_id = cases.open_case(clerk, CaseDraft(notice(), (src.reg_no, extract.reg_no),
                                               Level.S), ("head", PASSWORD))
    case = cases.case(clerk, case_id)
    for copy in case.copies:
        cases.remark(clerk, case_id, copy.copy_id,
                     "письмо ГКНБ 77" if copy.task == "recipient" else "")
    cases.close_case(clerk, case_id)
    return case_id, case


@needs_poppler
@pytest.mark.parametrize("lang", ["kk", "ru", "ky"])
def test_the_act_of_a_lowering(source, people, admin, tmp_path, lang):  # noqa: F811
    clerk, src, extract = source
    settings.change(admin, {"org.head_position": "Директор", "org.head_name": "А.Б. Бастық"})
    case_id, case = closed_lowering(clerk, src, extract)
    pages = pdf_pages(printing.marking_act_pdf(clerk, case_id, lang), tmp_path)
    text = one_line("\n".join(pages))
    assert {"kk": "БЕКІТЕМІН", "ru": "УТВЕРЖДАЮ", "ky": "БЕКИТЕМ"}[lang] in text
    assert case.number in text and "45/12-с" in text and KG in text
    assert marking(Level.SS, lang) in text and marking(Level.S, lang) in text
    assert src.reg_no in text and extract.reg_no in text
    assert "А.Б. Бастық" in text                          # the approval block
    assert "T. Clerk" in text and "T. Head" in text       # opened/closed, and confirmed by
    assert all(marking(Level.SS, lang) in page for page in pages)   # the act's own marking
    with clerk.store.read() as conn:
        row = conn.exec_driver_sql(
            "SELECT object, details FROM audit_event WHERE action = 'print.marking_act'").one()
        printout = repo.registration_by_no(conn, row[0])
    assert printout.level is Level.SS and printout.derivation.value == "printout"
    assert printout.reg_no in text


def test_the_act_waits_for_the_case_to_close(source, people):  # noqa: F811
    clerk, src, _ = source
    case_id = cases.open_case(clerk, CaseDraft(notice(), (src.reg_no,), Level.OV))
    with pytest.raises(IllegalState):
        printing.marking_act_pdf(clerk, case_id, "ru")


@needs_poppler
@pytest.mark.parametrize("lang", ["kk", "ru", "ky"])
def test_the_copy_request_form(login, chief, tmp_path, lang):  # noqa: F811
    clerk = login("clerk")
    reg = register.register_carrier(clerk, own())
    request_id = copying.create_request(clerk, reg.reg_no, 3, "Для совещания <b>&</b>")
    copying.approve(chief, request_id, 2, reference="Приказ 12")
    copying.make_copies(clerk, request_id, 2)
    text = one_line("\n".join(pdf_pages(printing.copy_request_pdf(clerk, request_id, lang),
                                        tmp_path)))
    assert reg.reg_no in text and "Приказ 12" in text and "Для совещания <b>&</b>" in text
    assert "3, 4" in text and marking(Level.SS, lang) in text
