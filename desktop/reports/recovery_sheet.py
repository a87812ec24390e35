"""The recovery-code sheet (FORMS.md): organisation, database file and id, creation date, the
code in large monospaced groups, how the sheet is kept, and the marking of the store."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    ListFlowable,
    ListItem,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desktop.domain.levels import Level, marking
from desktop.reports import fonts
from desktop.reports.frame import CONTENT_WIDTH, FrameInfo, build_pdf, styles
from desktop.reports.text import check_lang, date_in_words, escape

GROUP = 5
CODE_SIZE = 22  # points; 35 characters of DejaVu Sans Mono Bold fit one line of the page

WORDS: dict[str, dict[str, str]] = {
    "ru": {
        "doc_title": "Код восстановления",
        "title": "КОД ВОССТАНОВЛЕНИЯ",
        "subtitle": "базы данных реестра носителей секретной информации "
                    "(программа «Grif»)",
        "organisation": "Организация",
        "file": "Файл базы данных",
        "store_id": "Идентификатор базы данных",
        "created": "Дата создания",
        "marking": "Гриф секретности",
        "code": "Код восстановления",
        "hint": "30 знаков: цифры и латинские буквы (буквы I, L, O, U не используются). "
                "Дефисы при вводе можно не набирать.",
        "keeping": "Порядок хранения",
        "keep_1": "Лист хранится в сейфе подразделения по защите государственных секретов "
                  "в опечатанном конверте.",
        "keep_2": "Лист учитывается как документ с грифом секретности «{mark}» — грифом "
                  "базы данных.",
        "keep_3": "Тот, у кого находится этот лист, может открыть базу данных без пароля. "
                  "Копии с листа не снимаются, код не переписывается и не вводится "
                  "в другие программы.",
        "keep_4": "При утрате листа или подозрении, что код стал известен посторонним, "
                  "немедленно сообщите руководителю подразделения по защите "
                  "государственных секретов.",
    },
    "kk": {
        "doc_title": "Қалпына келтіру коды",
        "title": "ҚАЛПЫНА КЕЛТІРУ КОДЫ",
        "subtitle": "құпия ақпаратты жеткізгіштер тізілімінің мәліметтер базасы "
                    "(«Grif» бағдарламасы)",
        "organisation": "Ұйым",
        "file": "Мәліметтер базасының файлы",
        "store_id": "Мәліметтер базасының сәйкестендіргіші",
        "created": "Құрылған күні",
        "marking": "Құпиялылық белгісі",
        "code": "Қалпына келтіру коды",
        "hint": "30 таңба: цифрлар мен латын әріптері (I, L, O, U әріптері "
                "қолданылмайды). Енгізгенде сызықшаларды терудің қажеті жоқ.",
        "keeping": "Сақтау тәртібі",
        "keep_1": "Парақ мемлекеттік құпияларды қорғау бөлімшесінің сейфінде мөрленген "
                  "конвертте сақталады.",
        "keep_2": "Парақ «{mark}» құпиялылық белгісі бар құжат ретінде есепке алынады — "
                  "бұл мәліметтер базасының құпиялылық белгісі.",
        "keep_3": "Осы парақ кімде болса, сол мәліметтер базасын құпиясөзсіз аша алады. "
                  "Парақтың көшірмесі жасалмайды, код қайта жазылмайды және басқа "
                  "бағдарламаларға енгізілмейді.",
        "keep_4": "Парақ жоғалған немесе код бөгде адамдарға белгілі болды деген күдік "
                  "туған жағдайда, бұл туралы мемлекеттік құпияларды қорғау бөлімшесінің "
                  "басшысына дереу хабарлаңыз.",
    },
    "ky": {
        "doc_title": "Калыбына келтирүү коду",
        "title": "КАЛЫБЫНА КЕЛТИРҮҮ КОДУ",
        "subtitle": "жашыруун маалыматты алып жүрүүчүлөрдүн реестринин маалымат базасы "
                    "(«Grif» программасы)",
        "organisation": "Уюм",
        "file": "Маалымат базасынын файлы",
        "store_id": "Маалымат базасынын идентификатору",
        "created": "Түзүлгөн күнү",
        "marking": "Жашыруундук грифи",
        "code": "Калыбына келтирүү коду",
        "hint": "30 белги: цифралар жана латын тамгалары (I, L, O, U тамгалары "
                "колдонулбайт). Киргизүүдө дефистерди тербесе да болот.",
        "keeping": "Сактоо тартиби",
        "keep_1": "Барак мамлекеттик сырларды коргоо бөлүмүнүн сейфинде мөөр басылган "
                  "конвертте сакталат.",
        "keep_2": "Барак «{mark}» жашыруундук грифи бар документ катары эсепке алынат — "
                  "бул маалымат базасынын грифи.",
        "keep_3": "Бул барак кимде болсо, ал маалымат базасын сырсөзсүз ача алат. "
                  "Барактын көчүрмөсү жасалбайт, код кайра жазылбайт жана башка "
                  "программаларга киргизилбейт.",
        "keep_4": "Барак жоголгондо же код бөтөн адамдарга белгилүү болуп калды деген шек "
                  "пайда болгондо, бул тууралуу мамлекеттик сырларды коргоо бөлүмүнүн "
                  "башчысына дароо билдириңиз.",
    },
}


@dataclass(frozen=True)
class RecoverySheet:
    organisation: str
    store_name: str       # the database file's name, e.g. "register.grif"
    store_id: str
    created: dt.date
    code: str             # 30 symbols, as issued (grouped here for print)
    marking: Level = Level.OV


def grouped_code(code: str) -> str:
    """"ABCDE-FGHJK-…": the code without spaces or dashes, in dash-separated groups of five."""
    plain = "".join(ch for ch in code.upper() if ch not in " -\t\r\n")
    if not plain or not plain.isascii() or not plain.isalnum():
        raise ValueError("a recovery code is letters and digits only")
    return "-".join(plain[i:i + GROUP] for i in range(0, len(plain), GROUP))


def _details(sheet: RecoverySheet, lang: str) -> Table:
    st = styles()
    words = WORDS[lang]
    rows = [
        (words["organisation"], escape(sheet.organisation)),
        (words["file"], escape(sheet.store_name)),
        (words["store_id"], escape(sheet.store_id)),
        (words["created"], escape(date_in_words(sheet.created, lang))),
        (words["marking"], f"<b>{escape(marking(sheet.marking, lang))}</b>"),
    ]
    data = [[Paragraph(escape(label), st["label"]), Paragraph(value, st["body"])]
            for label, value in rows]
    table = Table(data, colWidths=[CONTENT_WIDTH * 0.36, CONTENT_WIDTH * 0.64])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (0, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 0), (-1, -2), 0.25, colors.HexColor("#bbbbbb")),
    ]))
    return table


def _code_box(code: str) -> Table:
    style = ParagraphStyle("code", fontName=fonts.MONO_BOLD, fontSize=CODE_SIZE,
                           leading=CODE_SIZE * 1.3, alignment=TA_CENTER)
    box = Table([[Paragraph(escape(grouped_code(code)), style)]], colWidths=[CONTENT_WIDTH])
    box.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 1.2, colors.black),
        ("TOPPADDING", (0, 0), (-1, -1), 5 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5 * mm),
        ("LEFTPADDING", (0, 0), (-1, -1), 2 * mm),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2 * mm),
    ]))
    return box


def story(sheet: RecoverySheet, lang: str) -> list[Flowable]:
    """The sheet's body (the frame adds organisation, marking and footer around it)."""
    check_lang(lang)
    st = styles()
    words = WORDS[lang]
    mark = escape(marking(sheet.marking, lang))
    keeping = ListFlowable(
        [ListItem(Paragraph(escape(words[key]).replace(escape("{mark}"), mark), st["body"]),
                  leftIndent=14) for key in ("keep_1", "keep_2", "keep_3", "keep_4")],
        bulletType="1", bulletFormat="%s.", bulletFontName=fonts.SANS, bulletFontSize=11,
        leftIndent=14, spaceBefore=0)
    return [
        Paragraph(escape(words["title"]), st["title"]),
        Paragraph(escape(words["subtitle"]), st["subtitle"]),
        Spacer(1, 8 * mm),
        _details(sheet, lang),
        Spacer(1, 8 * mm),
        Paragraph(escape(words["code"]), st["heading"]),
        _code_box(sheet.code),
        Spacer(1, 2 * mm),
        Paragraph(escape(words["hint"]), st["small"]),
        Spacer(1, 8 * mm),
        Paragraph(escape(words["keeping"]), st["heading"]),
        keeping,
    ]


def render(sheet: RecoverySheet, *, lang: str, printed_by: str, printed_at: dt.datetime,
           audit_seq: int | None = None, chain_head: str = "", copy_no: int = 1,
           registration_no: str | None = None) -> bytes:
    """The sheet as PDF bytes, in `lang` ("kk", "ru", "ky"). The frame's marking is the
    store's marking; the organisation is the sheet's."""
    info = FrameInfo(organisation=sheet.organisation, marking=sheet.marking, lang=lang,
                     printed_by=printed_by, printed_at=printed_at, audit_seq=audit_seq,
                     chain_head=chain_head, copy_no=copy_no, registration_no=registration_no,
                     title=WORDS[check_lang(lang)]["doc_title"])
    return build_pdf(story(sheet, lang), info)
