"""The recovery sheet and the page frame: real PDFs, text extracted and checked."""

import datetime as dt
import shutil
import subprocess

import pytest
from pypdf import PdfReader

from desktop.domain.errors import AuthenticationFailed, InvalidInput, PermissionDenied
from desktop.domain.levels import Level, marking
from desktop.reports import recovery_sheet
from desktop.reports.frame import FrameInfo, build_pdf, short_hash, styles
from desktop.reports.text import date_in_words, escape
from desktop.security.kdf import MINIMUM
from desktop.services import printing
from desktop.services.stores import create_store
from desktop.store import audit
from tests.conftest import PASSWORD

CODE = "KA249SEP2DVS1C76GK8FR33YDDXMJF"
PAGE = {"ru": "Лист {n} из {m}", "kk": "{m} парақтың {n}-парағы", "ky": "{m} барактын {n}-барагы"}


def text_of(pdf: bytes, tmp_path) -> list[str]:
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    return [page.extract_text() for page in PdfReader(str(path)).pages]


def sheet(org="ТОО «Әділет-Құпия» <b>&</b>"):
    return recovery_sheet.RecoverySheet(organisation=org, store_name="register.grif",
                                        store_id="1234-abcd", created=dt.date(2026, 11, 21),
                                        code=CODE, marking=Level.OV)


@pytest.mark.parametrize("lang", ["kk", "ru", "ky"])
def test_sheet_content(lang, tmp_path):
    pdf = recovery_sheet.render(sheet(), lang=lang, printed_by="А.Б. Админов",
                                printed_at=dt.datetime(2026, 11, 21, 10, 5), audit_seq=42,
                                chain_head="ab" * 32)
    pages = text_of(pdf, tmp_path)
    assert len(pages) == 1
    text = pages[0]
    assert "KA249-SEP2D-VS1C7-6GK8F-R33YD-DXMJF" in text.replace(" ", "")
    assert "ТОО «Әділет-Құпия» <b>&</b>" in text          # printed literally, escaped
    assert date_in_words(dt.date(2026, 11, 21), lang) in text
    assert marking(Level.OV, lang) in text
    assert PAGE[lang].format(n=1, m=1) in text
    assert "42" in text and "abab abab" in text
    assert "register.grif" in text


def test_fonts_are_embedded_dejavu(tmp_path):
    pdf = recovery_sheet.render(sheet(), lang="kk", printed_by="A", printed_at=dt.datetime.now())
    reader = PdfReader(__import__("io").BytesIO(pdf))
    fonts = {str(f["/BaseFont"]) for f in reader.pages[0]["/Resources"]["/Font"].values()}
    assert any("DejaVuSans" in f for f in fonts), fonts
    assert all("/FontFile2" in f.get_object()["/DescendantFonts"][0].get_object()["/FontDescriptor"]
               for f in reader.pages[0]["/Resources"]["/Font"].values()
               if "/DescendantFonts" in f.get_object())


@pytest.mark.skipif(shutil.which("pdftotext") is None,
                    reason="pdftotext (poppler-utils) not installed; make test installs it as root")
def test_poppler_reads_kazakh_letters_exactly(tmp_path):
    pdf = recovery_sheet.render(sheet("Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі ₸"), lang="kk",
                                printed_by="A", printed_at=dt.datetime.now())
    path = tmp_path / "s.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                         text=True, check=True).stdout
    assert "Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі ₸" in out


def test_markup_cannot_read_files(tmp_path, monkeypatch):
    import reportlab.lib.utils as rl_utils
    opened = []
    real = rl_utils.open_for_read
    monkeypatch.setattr(rl_utils, "open_for_read",
                        lambda name, *a, **k: opened.append(name) or real(name, *a, **k))
    hostile = '<font name="x">A&B</font><img src="file:///etc/passwd"/>'
    pdf = recovery_sheet.render(sheet(hostile), lang="ru", printed_by=hostile,
                                printed_at=dt.datetime.now())
    text = " ".join(text_of(pdf, tmp_path)[0].split())
    assert hostile in text  # literal, not markup (header and details)
    assert text.count(hostile) >= 2
    assert opened == []     # nothing was read while the form was built
    assert escape("<a>&") == "&lt;a&gt;&amp;"
    assert escape('<img src="/etc/passwd"/>') == '&lt;img src="/etc/passwd"/&gt;'


def test_reportlab_trusts_no_scheme_and_no_host(tmp_path):
    """Markup that did slip through could not fetch a URL: the schemes and hosts are
    emptied when desktop.reports is imported."""
    from reportlab import rl_config
    from reportlab.platypus import Paragraph
    assert rl_config.trustedSchemes == [] and not rl_config.trustedHosts
    secret = tmp_path / "secret.png"
    secret.write_bytes(b"not for print")
    info = FrameInfo(organisation="Org", marking=Level.S, lang="ru", printed_by="A",
                     printed_at=dt.datetime(2026, 11, 21, 9, 0))
    with pytest.raises(OSError, match=r"Cannot open resource"):
        # reportlab reads the image while parsing the paragraph, before the layout
        story = [Paragraph(f'<img src="file://{secret}" width="10" height="10"/>',
                           styles()["body"])]
        build_pdf(story, info)


@pytest.mark.parametrize("lang", ["kk", "ru", "ky"])
def test_page_n_of_m_on_every_page(lang, tmp_path):
    from reportlab.platypus import Paragraph
    st = styles()
    story = [Paragraph(f"Жол {i}", st["body"]) for i in range(200)]
    info = FrameInfo(organisation="Org", marking=Level.SS, lang=lang, printed_by="A",
                     printed_at=dt.datetime(2026, 11, 21, 9, 0))
    pages = text_of(build_pdf(story, info), tmp_path)
    total = len(pages)
    assert total >= 3
    for n, text in enumerate(pages, start=1):
        assert PAGE[lang].format(n=n, m=total) in text
        assert marking(Level.SS, lang) in text


MONTHS = {
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
           "сентября", "октября", "ноября", "декабря"],
    "kk": ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз",
           "қыркүйек", "қазан", "қараша", "желтоқсан"],
    "ky": ["январы", "февралы", "марты", "апрели", "майы", "июну", "июлу", "августу",
           "сентябры", "октябры", "ноябры", "декабры"],
}
SHAPE = {"ru": "«{d}» {m} {y} г.", "kk": "{y} жылғы «{d}» {m}", "ky": "{y}-жылдын «{d}» {m}"}


@pytest.mark.parametrize("lang", ["ru", "kk", "ky"])
@pytest.mark.parametrize("month", range(1, 13))
@pytest.mark.parametrize(("year", "day"), [(2026, 1), (2026, 5), (1999, 28), (2031, 10)])
def test_dates_in_words(lang, month, year, day):
    expected = SHAPE[lang].format(d=f"{day:02d}", m=MONTHS[lang][month - 1], y=year)
    assert date_in_words(dt.date(year, month, day), lang) == expected


def test_dates_in_words_as_forms_md_writes_them():
    d = dt.date(2026, 11, 21)
    assert date_in_words(d, "ru") == "«21» ноября 2026 г."
    assert date_in_words(d, "kk") == "2026 жылғы «21» қараша"
    assert date_in_words(d, "ky") == "2026-жылдын «21» ноябры"
    with pytest.raises(ValueError):
        date_in_words(d, "en")


@pytest.fixture
def fresh(tmp_path):
    created = create_store(tmp_path / "r.grif", organisation="ТОО «Тест»",
                           admin_username="admin", admin_full_name="Админов Админ",
                           admin_password=PASSWORD, kdf=MINIMUM)
    yield created
    created.session.store.engine.dispose()


def test_service_prints_journals_and_never_records_the_code(fresh, tmp_path):
    pdf = printing.recovery_sheet_pdf(fresh.session, fresh.recovery_code, "kk")
    text = text_of(pdf, tmp_path)[0]
    assert "ТОО «Тест»" in text
    with fresh.session.store.read() as conn:
        rows = audit.rows(conn, 0, 1000)
    last = rows[-1]
    assert last["action"] == "print.recovery_sheet"
    assert fresh.recovery_code not in str(rows)
    assert str(last["seq"]) in text
    assert short_hash(last["mac"].hex()) in text  # the print's own record, not an older one
    assert last["outcome"] == "ok" and "code" not in last["details"]


def test_service_refuses_a_wrong_code_and_journals_it(fresh):
    wrong = ("A" if fresh.recovery_code[0] != "A" else "B") + fresh.recovery_code[1:]
    with pytest.raises(AuthenticationFailed):
        printing.recovery_sheet_pdf(fresh.session, wrong, "ru")
    with pytest.raises(InvalidInput):
        printing.recovery_sheet_pdf(fresh.session, fresh.recovery_code, "de")
    with fresh.session.store.read() as conn:
        rows = audit.rows(conn, 0, 1000)
    last = rows[-1]
    assert (last["action"], last["outcome"]) == ("print.recovery_sheet", "failed")
    assert wrong not in str(rows) and fresh.recovery_code not in str(rows)


def test_service_refuses_non_admins_before_trying_the_code(login, admin):
    clerk = login("clerk")
    with pytest.raises(PermissionDenied):
        printing.recovery_sheet_pdf(clerk, CODE, "ru")
    with admin.store.read() as conn:
        last = audit.rows(conn, 0, 100_000)[-1]
    assert (last["action"], last["outcome"], last["actor"]) == \
        ("print.recovery_sheet", "denied", "clerk")
    assert CODE not in str(last)
