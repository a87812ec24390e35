"""The register's printed forms: extract, copy card, receipt confirmation. Real PDFs from a
real store, read back with pdftotext/pdffonts (poppler-utils)."""

import datetime as dt
import re
import shutil
import subprocess

import pytest
from pypdf import PdfReader

from desktop.domain.carriers import (
    CarrierKind,
    Derivation,
    Originator,
    OriginatorType,
    RegistrationDraft,
)
from desktop.domain.errors import ClearanceInsufficient, IllegalState, PermissionDenied
from desktop.domain.levels import Level, marking
from desktop.reports import register_extract as rx
from desktop.reports.frame import FrameInfo
from desktop.services import moves, outputs, printing, register
from desktop.store import audit
from desktop.store import register as repo
from desktop.store.register_query import RegisterFilter

TODAY = dt.date.today()
PAGE = {"ru": "Лист {n} из {m}", "kk": "{m} парақтың {n}-парағы", "ky": "{m} барактын {n}-барагы"}
TITLES = {"kk": "Әскери жоспар құжаты", "ru": "Отчёт о проверке режима",
          "ky": "Жылдык иш планы үчүн"}
HOSTILE = 'План <b>жирный</b> & <img src="file:///etc/passwd"/>'
HEADINGS = {"kk": "Тіркеу нөмірі", "ru": "Учётный номер", "ky": "Каттоо номери"}

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
    reason="pdftotext/pdffonts (poppler-utils) not installed")


def pdf_pages(pdf: bytes, tmp_path) -> list[str]:
    """Text of each page in drawing order (-raw): a wrapped cell's lines stay together."""
    path = tmp_path / "out.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"],
                         capture_output=True, text=True, check=True).stdout
    return out.split("\f")[:-1]


def one_line(text: str) -> str:
    return " ".join(text.split())


def draft(title, level=Level.S, **kw):
    return RegistrationDraft(kind=kw.pop("kind", CarrierKind.PAPER), title=title, level=level,
                             reg_date=TODAY, **kw)


def kyrgyz(title="Маалымат боюнча справка", copies=2):
    return draft(title, Level.SS, copies=copies, sheets=4, purpose="Бірлескен жұмыс",
                 incoming_no="вх-17", incoming_date=TODAY,
                 originator=Originator(OriginatorType.KYRGYZ, "Кыргыз Республикасынын УКМК",
                                       "Абдан жашыруун", "12/345", TODAY))


def printouts(session):
    with session.store.read() as conn:
        ids = conn.exec_driver_sql("SELECT id FROM registrations WHERE derivation = 'printout'"
                                   " ORDER BY id").scalars().all()
        return [repo.registration(conn, i) for i in ids]


def last_record(session):
    with session.store.read() as conn:
        return audit.rows(conn, 0, 100_000)[-1]


# --- the extract ----------------------------------------------------------------------------

@needs_poppler
@pytest.mark.parametrize("lang", ["kk", "ru", "ky"])
def test_extract_prints_titles_of_three_languages_exactly(login, tmp_path, lang):
    clerk = login("clerk")
    for text in TITLES.values():
        register.register_carrier(clerk, draft(text))
    register.register_carrier(clerk, kyrgyz())
    pdf = printing.register_extract_pdf(clerk, None, lang)
    pages = pdf_pages(pdf, tmp_path)
    text = one_line("\n".join(pages))
    for title in TITLES.values():
        assert title in text
    assert HEADINGS[lang] in text
    assert "Абдан жашыруун" in text                    # the Kyrgyz marking is kept
    for n, page in enumerate(pages, start=1):
        assert marking(Level.SS, lang) in page           # highest level of the rows
        assert PAGE[lang].format(n=n, m=len(pages)) in page


@needs_poppler
def test_extract_frame_on_every_page_and_the_printout_is_registered(login, tmp_path):
    clerk = login("clerk")
    for i in range(70):
        register.register_carrier(clerk, draft(f"Құжат {i}", Level.OV if i == 5 else Level.S))
    pdf = printing.register_extract_pdf(clerk, None, "ru")
    pages = pdf_pages(pdf, tmp_path)
    assert len(pages) >= 3
    [printout] = printouts(clerk)
    assert printout.derivation is Derivation.PRINTOUT and printout.kind is CarrierKind.PAPER
    assert printout.level is Level.OV and printout.copies == 1
    assert printout.sheets == len(pages) == rx.page_count(pdf)
    assert printout.title == "Выписка из реестра (70 строк)"
    record = last_record(clerk)
    assert record["action"] == "print.register_extract"
    assert record["object"] == printout.reg_no
    chain = " ".join(re.findall("....", record["mac"].hex()[:16]))
    for n, page in enumerate(pages, start=1):
        flat = one_line(page)
        assert marking(Level.OV, "ru") in flat
        assert PAGE["ru"].format(n=n, m=len(pages)) in flat
        assert f"запись № {record['seq']}" in flat and chain in flat
        assert "Test organisation" in flat if n == 1 else True
    assert f"Уч. № {printout.reg_no}" in pages[0]
    with clerk.store.read() as conn:
        [copy] = repo.copies_of(conn, printout.id)
    assert copy.custodian_id == clerk.user.id


@needs_poppler
def test_fonts_are_embedded(login, tmp_path):
    clerk = login("clerk")
    register.register_carrier(clerk, draft(TITLES["kk"]))
    path = tmp_path / "x.pdf"
    path.write_bytes(printing.register_extract_pdf(clerk, None, "kk"))
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                         check=True).stdout
    fonts = [line.split() for line in out.splitlines()[2:] if line.strip()]
    dejavu = [f for f in fonts if "DejaVuSans" in f[0]]
    assert {f[0].split("+")[1] for f in dejavu} >= {"DejaVuSans", "DejaVuSans-Bold"}
    assert all(f[-5] == "yes" for f in dejavu), out        # the "emb" column
    # reportlab always lists Helvetica as font F1; the frame's header table selects it
    # once as a table default, but no text is ever shown in it.
    assert [f[0] for f in fonts if f not in dejavu] in ([], ["Helvetica"])
    for page in PdfReader(str(path)).pages:
        for block in re.findall(rb"BT(.*?)ET", page.get_contents().get_data(), re.S):
            if b"/F1 " in block:
                assert b"Tj" not in block and b"TJ" not in block


@needs_poppler
def test_markup_in_a_title_prints_literally(login, tmp_path):
    clerk = login("clerk")
    register.register_carrier(clerk, draft(HOSTILE))
    register.register_carrier(clerk, draft(HOSTILE + " " + "очень длинное название " * 4))
    text = one_line("\n".join(pdf_pages(printing.register_extract_pdf(clerk, None, "ru"),
                                        tmp_path)))
    assert text.count(HOSTILE) == 2


@needs_poppler
def test_a_form_3_user_never_gets_an_ss_row(login, tmp_path):
    clerk = login("clerk")
    secret = register.register_carrier(clerk, draft("Открытый план", Level.S))
    register.register_carrier(clerk, draft("Совсем секретный план", Level.SS))
    with clerk.store.read() as conn:
        [copy] = repo.copies_of(conn, secret.id)
    moves.issue(clerk, copy.id, "executor", "для работы")
    executor = login("executor")
    text = "\n".join(pdf_pages(printing.register_extract_pdf(executor, None, "ru"), tmp_path))
    assert "Открытый план" in text and "Совсем секретный" not in text
    assert marking(Level.SS, "ru") not in text and marking(Level.S, "ru") in text
    # A filter asking for SS gets nothing, and nothing is registered.
    with pytest.raises(IllegalState):
        printing.register_extract_pdf(executor, RegisterFilter(level="SS"), "ru")
    assert [p.level for p in printouts(clerk)] == [Level.S]


def test_extract_refuses_an_empty_selection_and_cancel_registers_nothing(login):
    clerk = login("clerk")
    with pytest.raises(IllegalState):
        printing.register_extract_pdf(clerk, None, "kk")
    register.register_carrier(clerk, draft("Бір"))
    with pytest.raises(outputs.OutputCancelled):
        printing.register_extract_pdf(clerk, None, "kk", progress=lambda done, total: False)
    assert printouts(clerk) == []


def test_cancel_while_drawing_is_journalled_next_to_the_registration(login):
    clerk = login("clerk")
    register.register_carrier(clerk, draft("Бір"))
    calls = []

    def progress(done, total):
        calls.append(done)
        return done < total   # cancel once drawing starts reporting the second half
    with pytest.raises(outputs.OutputNotProduced):
        printing.register_extract_pdf(clerk, None, "kk", progress=progress)
    [printout] = printouts(clerk)
    record = last_record(clerk)
    assert (record["object"], record["outcome"]) == (printout.reg_no, "cancelled")


def test_layout_is_page_sized_and_counted_before_drawing():
    rows = [rx.ExtractRow(reg_no=f"{i}с/2026", reg_date=TODAY, kind=CarrierKind.PAPER,
                          title=("Долгое название документа " * (i % 4 + 1)), level=Level.S)
            for i in range(1, 400)]
    plan = rx.layout(rows, "kk", organisation="Org", as_of=TODAY)
    assert len(plan.pages) > 5
    assert all(len(data) <= 60 for data, _ in plan.pages)
    info = FrameInfo(organisation="Org", marking=Level.S, lang="kk", printed_by="A",
                     printed_at=dt.datetime.now(), registration_no="1с/2026")
    drawn = []
    pdf = rx.render(plan, info, on_page=lambda done, total: drawn.append((done, total)))
    assert rx.page_count(pdf) == len(plan.pages) == drawn[-1][0] == drawn[-1][1]


def test_registration_titles_decline_in_russian():
    assert rx.registration_title("ru", 1) == "Выписка из реестра (1 строка)"
    assert rx.registration_title("ru", 3) == "Выписка из реестра (3 строки)"
    assert rx.registration_title("ru", 12) == "Выписка из реестра (12 строк)"
    assert rx.registration_title("kk", 5) == "Тізілімнен үзінді (5 жол)"
    assert rx.registration_title("ky", 5) == "Реестрден көчүрмө (5 сап)"


# --- the copy card ----------------------------------------------------------------------------

@needs_poppler
def test_copy_card_shows_the_copy_and_every_move(login, tmp_path):
    clerk = login("clerk")
    reg = register.register_carrier(clerk, kyrgyz())
    with clerk.store.read() as conn:
        copy = repo.copies_of(conn, reg.id)[1]
    moves.issue(clerk, copy.id, "head", "приказ № 5")
    moves.return_copy(clerk, copy.id, "сдан")
    pdf = printing.copy_card_pdf(clerk, copy.id, "ru")
    pages = pdf_pages(pdf, tmp_path)
    text = one_line(pages[0])
    assert len(pages) == 1
    assert "КАРТОЧКА УЧЁТА ЭКЗЕМПЛЯРА" in text
    assert reg.reg_no in text and "2 (всего экземпляров: 2)" in text
    assert "Совершенно секретно" in text and "«Абдан жашыруун»" in text
    assert "Кыргыз Республикасынын УКМК" in text
    assert "Выдан: Head Testov" in text and "приказ № 5" in text and "сдан" in text
    assert text.count("Clerk Testov") >= 3               # custodian + who recorded
    [printout] = printouts(clerk)
    assert printout.parent_id == reg.id and printout.level is Level.SS
    assert printout.sheets == 1 and f"Уч. № {printout.reg_no}" in text


def test_copy_card_is_refused_to_a_user_who_may_not_see_the_copy(login):
    clerk = login("clerk")
    reg = register.register_carrier(clerk, draft("План", Level.S))
    with clerk.store.read() as conn:
        [copy] = repo.copies_of(conn, reg.id)
    with pytest.raises(ClearanceInsufficient):
        printing.copy_card_pdf(login("executor"), copy.id, "kk")   # does not hold it
    assert printouts(clerk) == []


# --- the receipt confirmation -----------------------------------------------------------------

@needs_poppler
@pytest.mark.parametrize("lang", ["ru", "kk", "ky"])
def test_receipt_confirmation(login, tmp_path, lang):
    clerk = login("clerk")
    reg = register.register_carrier(clerk, kyrgyz(copies=3))
    text = one_line("\n".join(pdf_pages(printing.receipt_confirmation_pdf(clerk, reg.id, lang),
                                        tmp_path)))
    assert "Кыргыз Республикасынын УКМК" in text
    assert "12/345" in text and reg.reg_no in text
    assert text.count("Абдан жашыруун") >= 3
    comparable = marking(Level.SS, "ru" if lang == "ru" else "kk")
    assert text.count(comparable) >= 3                    # one per copy
    words = {"ru": ("ПОДТВЕРЖДЕНИЕ ПОЛУЧЕНИЯ", "(подпись)"),
             "kk": ("АЛҒАНДЫҒЫН РАСТАУ", "(қолы)"), "ky": ("АЛГАНДЫГЫН ЫРАСТОО", "(колу)")}
    for word in words[lang]:
        assert word in text
    assert "T. Clerk" in text                              # "И.О. Фамилия" of the signer
    [printout] = printouts(clerk)
    assert printout.parent_id == reg.id and printout.reg_no in text


def test_receipt_confirmation_only_for_foreign_carriers_and_clerks(login):
    clerk = login("clerk")
    own = register.register_carrier(clerk, draft("Свой"))
    with pytest.raises(IllegalState):
        printing.receipt_confirmation_pdf(clerk, own.id, "ru")
    foreign = register.register_carrier(clerk, kyrgyz())
    with pytest.raises(PermissionDenied):
        printing.receipt_confirmation_pdf(login("executor"), foreign.id, "ru")
    assert printouts(clerk) == []
