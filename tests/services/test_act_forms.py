"""The destruction act, the return list and the inventory act printed through the services:
audited, registered as carriers at the highest level they list, read back with pdftotext."""

import datetime as dt

import pytest

from desktop.domain.carriers import InternationalChannel
from desktop.domain.inventory import CheckKind
from desktop.domain.levels import Level, marking
from desktop.services import act_forms, destruction, inventory, register, returns, settings
from desktop.store import register as repo
from tests.conftest import PASSWORD
from tests.reports.test_register_forms import needs_poppler, one_line, pdf_pages
from tests.services.test_destruction import copies_of, draft, kyrgyz, own, people  # noqa: F401

TODAY = dt.date.today()
APPROVAL = {"kk": "БЕКІТЕМІН", "ru": "УТВЕРЖДАЮ", "ky": "БЕКИТЕМ"}


def printout_of(session, action):
    with session.store.read() as conn:
        reg_no = conn.exec_driver_sql("SELECT object FROM audit_event WHERE action = ? "
                                      "ORDER BY seq DESC LIMIT 1", (action,)).scalar()
        return repo.registration_by_no(conn, reg_no)


@needs_poppler
@pytest.mark.parametrize("lang", ["kk", "ru", "ky"])
def test_an_executed_act(login, admin, people, tmp_path, lang):  # noqa: F811
    settings.change(admin, {"org.head_position": "Директор", "org.head_name": "А.Б. Бастық"})
    clerk, chief = login("clerk"), login("chief")
    reg = register.register_carrier(clerk, own(level=Level.SS, copies=2, title="Отчёт <b>&"))
    act_id = destruction.create_act(clerk, draft([c.id for c in copies_of(clerk, reg.id)]))
    draft_text = one_line("\n".join(pdf_pages(
        act_forms.destruction_act_pdf(clerk, act_id, lang), tmp_path)))
    destruction.sign(clerk, act_id, "m1", PASSWORD)
    destruction.record_paper_signatures(clerk, act_id, ["head", "m2"])
    destruction.approve(chief, act_id)
    destruction.execute(clerk, act_id, ("head", PASSWORD), ("m1", PASSWORD))
    pages = pdf_pages(act_forms.destruction_act_pdf(clerk, act_id, lang), tmp_path)
    text = one_line("\n".join(pages))
    number = destruction.act(clerk, act_id).number
    assert APPROVAL[lang] in text and "А.Б. Бастық" in text and number in text
    assert reg.reg_no in text and "Отчёт <b>&" in text and "M. M1" not in text
    assert all(marking(Level.SS, lang) in page for page in pages)
    assert {"ru": "ПРОЕКТ", "kk": "ЖОБА", "ky": "ДОЛБООР"}[lang] in draft_text
    assert {"ru": "ПРОЕКТ", "kk": "ЖОБА", "ky": "ДОЛБООР"}[lang] not in text
    printout = printout_of(clerk, "print.destruction_act")
    assert printout.level is Level.SS and printout.reg_no in text


@needs_poppler
def test_the_return_list_and_the_inventory_act(login, people, tmp_path):  # noqa: F811
    clerk = login("clerk")
    reg = register.register_carrier(clerk, kyrgyz(copies=2))
    list_id = returns.send_back(clerk, [c.id for c in copies_of(clerk, reg.id)],
                                notice_reference="12/4-9", notice_date=TODAY,
                                channel=InternationalChannel.COURIER, cover_letter="исх-5")
    text = one_line("\n".join(pdf_pages(act_forms.return_list_pdf(clerk, list_id, "ru"),
                                        tmp_path)))
    assert "12/4-9" in text and "фельдъегерская служба" in text and reg.reg_no in text
    mine = register.register_carrier(clerk, own(level=Level.S, copies=2))
    check_id = inventory.start_check(clerk, CheckKind.UNSCHEDULED, TODAY, ["head", "m1", "m2"],
                                     reason="Смена хранителя", custodian_id=clerk.user.id)
    ids = [c.id for c in copies_of(clerk, mine.id)]
    inventory.mark_missing(clerk, check_id, ids[1:])
    # Everything else the clerk keeps is there (the printed return list is a carrier too).
    inventory.mark_found(clerk, check_id, [i.copy_id for i in inventory.items(
        clerk, check_id, result=None)])
    [case] = inventory.finish(clerk, check_id)
    text = one_line("\n".join(pdf_pages(act_forms.inventory_act_pdf(clerk, check_id, "kk"),
                                        tmp_path)))
    assert case in text and f"{mine.reg_no} / 2" in text and "Смена хранителя" in text
