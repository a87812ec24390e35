"""What is accepted prints literally (issue 9 point 7): a title or basis with markup, entities
and Kazakh letters comes out of the copy card and the register extract exactly as typed (no
tag interpreted, nothing lost), read back from the PDF with pypdf; direction marks are
refused at the door. And every printed form answers bad ids and languages with a typed
error and prints nothing. The harness is that of test_bad_input.py."""

from __future__ import annotations

import collections
import io

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfReader

from desktop.domain.carriers import CarrierKind, RegistrationDraft
from desktop.domain.errors import GrifError, InvalidInput
from desktop.domain.levels import Level
from desktop.services import (
    act_forms,
    case_forms,
    dossier_view,
    printing,
    register,
    visit_view,
)
from desktop.store.register_query import RegisterFilter
from tests.reliability.test_bad_input import (
    NFC,
    TODAY,
    fuzz,
    ints,
    outcome,
    texts,
)


def pdf_text(pdf: bytes) -> str:
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def squash(text: str) -> str:
    """Without whitespace: a long title wraps where the column ends."""
    return "".join(text.split())


MARKUP = ["<b>", "</b>", "<i>x</i>", "<para>", "</para>", "<br/>", "&amp;", "&lt;", "&#x41;",
          "&nbsp;", '<img src="file:///etc/passwd"/>', '<font name="Courier">', "<a href=x>",
          "<!--", "-->", "<![CDATA[", "]]>", "<", ">", "&", '"', "'", "%1", "{0}"]
WORDS = st.text(alphabet="абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"
                         "әғқңөұүһіӘҒҚҢӨҰҮҺІӊ" "abcxyzABCXYZ0123456789.,:;()-«»№/",
                min_size=1, max_size=12)
TITLES = st.lists(st.one_of(st.sampled_from(MARKUP), WORDS), min_size=1, max_size=8).map(
    " ".join)


@fuzz(12)
@given(title=TITLES, basis=TITLES, serial=st.integers(0, 10 ** 9))
def test_accepted_markup_and_kazakh_letters_print_literally(demo, title, basis, serial):
    clerk = demo("clerk")
    marker = f"белгі{serial}"
    typed = f"{title} {marker}"
    reg = register.register_carrier(clerk, RegistrationDraft(
        kind=CarrierKind.PAPER, title=typed, level=Level.S, reg_date=TODAY, basis=basis))
    assert reg.title == NFC(typed.strip())
    copy_id = demo.ids("SELECT id FROM copies WHERE registration_id = :r", r=reg.id)[0]
    card = pdf_text(printing.copy_card_pdf(clerk, copy_id, "kk"))
    assert squash(reg.title) in squash(card)
    assert squash(reg.basis) in squash(card)          # the basis of the registration move
    extract = pdf_text(printing.register_extract_pdf(clerk, RegisterFilter(search=marker), "ru"))
    assert squash(reg.title) in squash(extract)


@pytest.mark.parametrize("mark", ["\u200f", "\u200e", "\u202e", "\u202d", "\u2066", "\u2069",
                                  "\u061c", "\u200b", "\ufeff"])
def test_direction_marks_are_refused_where_text_comes_in(demo, mark):
    """A right-to-left override would make a title print as something else: refused, with a
    message, and nothing registered."""
    clerk = demo("clerk")
    got = outcome(clerk, lambda: register.register_carrier(clerk, RegistrationDraft(
        kind=CarrierKind.PAPER, title=f"Жоспар {mark}exe.fdp", level=Level.S, reg_date=TODAY)))
    assert isinstance(got, InvalidInput) and "control characters" in got.text()


def test_right_to_left_letters_lose_nothing_in_print(demo):
    """Hebrew and Arabic letters are accepted and every one of them is printed (the forms
    lay text out left to right: the order of such words is not kept, their letters are)."""
    clerk = demo("clerk")
    words = "שלום مرحبا"
    reg = register.register_carrier(clerk, RegistrationDraft(
        kind=CarrierKind.PAPER, title=f"Хат {words} rtl-check", level=Level.S, reg_date=TODAY))
    copy_id = demo.ids("SELECT id FROM copies WHERE registration_id = :r", r=reg.id)[0]
    card = pdf_text(printing.copy_card_pdf(clerk, copy_id, "kk"))
    wanted = collections.Counter(c for c in words if not c.isspace())
    printed = collections.Counter(c for c in card if c in wanted)
    assert printed == wanted and "rtl-check" in card


# --- every printed form, bad ids and languages ----------------------------------------------------

FORMS = {
    "copy card": (printing.copy_card_pdf, "clerk", "SELECT id FROM copies"),
    "receipt": (printing.receipt_confirmation_pdf, "clerk",
                "SELECT id FROM registrations WHERE originator_type = 'kyrgyz'"),
    "destruction act": (act_forms.destruction_act_pdf, "clerk", "SELECT id FROM destruction_acts"),
    "return list": (act_forms.return_list_pdf, "clerk", "SELECT id FROM return_lists"),
    "inventory act": (act_forms.inventory_act_pdf, "clerk", "SELECT id FROM inventory_checks"),
    "marking act": (case_forms.marking_act_pdf, "clerk", "SELECT id FROM marking_cases"),
    "copy request": (case_forms.copy_request_pdf, "clerk", "SELECT id FROM copy_requests"),
    "conclusion": (dossier_view.conclusion_pdf, "clerk", "SELECT id FROM dossiers"),
    "visit request": (visit_view.request_pdf, "head", "SELECT id FROM visits"),
}
LANGS = st.one_of(st.none(), st.sampled_from(["kk", "ru", "ky", "en", "KK", "", " kk"]),
                  texts())


@fuzz(40)
@given(data=st.data(), form=st.sampled_from(sorted(FORMS)), lang=LANGS)
def test_printed_forms_with_bad_ids_and_languages(demo, data, form, lang):
    render, who, sql = FORMS[form]
    session = demo(who)
    found = demo.ids(sql)
    target = data.draw(st.one_of(st.sampled_from(found), ints()) if found else ints())
    got = outcome(session, lambda: render(session, target, lang))
    if not isinstance(got, GrifError):
        assert got.startswith(b"%PDF") and lang in (None, "", "kk", "ru", "ky")


@fuzz(30)
@given(search=st.one_of(st.just("белгі"), texts()), state=st.one_of(st.none(), texts()),
       date_from=st.one_of(st.none(), st.dates()), lang=LANGS,
       sort=st.one_of(st.just("number"), texts()), descending=st.booleans())
def test_register_extract_with_bad_selection(demo, search, state, date_from, lang, sort,
                                            descending):
    clerk = demo("clerk")
    flt = RegisterFilter(search=search, state=state, date_from=date_from)
    got = outcome(clerk, lambda: printing.register_extract_pdf(clerk, flt, lang, sort,
                                                               descending=descending))
    if not isinstance(got, GrifError):
        assert got.startswith(b"%PDF")


@fuzz(20)
@given(code=st.one_of(texts(), st.just("AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF")),
       lang=st.one_of(st.sampled_from(["kk", "ru", "ky"]), texts()))
def test_recovery_sheet_with_bad_codes(demo, code, lang):
    """A wrong code is journalled as a failed print (by design) and refused; nothing else."""
    admin = demo("admin")
    got = outcome(admin, lambda: printing.recovery_sheet_pdf(admin, code, lang))
    assert isinstance(got, GrifError)
