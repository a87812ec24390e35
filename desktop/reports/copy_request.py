"""The copy request and its permission (FORMS.md "Copy request / permission"; SPEC §4,
S001 a.4 p.1.5, a.6 p.4): the requester, the registration, the copies asked and the
purpose, a third party with the originator's prior written consent; then, in a box, the
permission (who, reference, date, copies authorised), or the refusal with its reason, or
while the request is pending an empty block to fill in by hand; the copy numbers made;
the signatures of the requester and of the clerk who recorded the request."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from desktop.domain.levels import Level, marking
from desktop.reports.frame import CONTENT_WIDTH, FrameInfo, build_pdf, styles
from desktop.reports.numbers import count_with_words
from desktop.reports.signatures import BLANK, Signer, particulars, signature_block
from desktop.reports.text import check_lang, date_in_words, escape

STATES = ("pending", "approved", "refused", "used_up")

WORDS: dict[str, dict[str, str]] = {
    "ru": {"heading": "ЗАЯВКА на размножение № {number}",
           "requester": "Заявитель", "requested": "Дата заявки",
           "reg_no": "Учётный номер", "title": "Наименование", "level": "Гриф секретности",
           "originator": "Организация-источник", "asked": "Количество экземпляров",
           "purpose": "Цель размножения", "third_party": "Третья сторона",
           "consent": "Предварительное письменное согласие организации-источника",
           "no_consent": "не представлено",
           "permission": "РАЗРЕШЕНИЕ НА РАЗМНОЖЕНИЕ",
           "by_originator": "Письменное разрешение организации-источника",
           "by_head": "Решение руководителя организации",
           "basis": "Основание", "who": "Кем разрешено", "who_refused": "Кем отказано",
           "reference": "Номер документа", "date": "Дата",
           "authorised": "Разрешено экземпляров",
           "refused": "ОТКАЗАНО", "reason": "Причина отказа",
           "decision": "Решение",
           "decision_blank": "разрешить / отказать (нужное подчеркнуть)",
           "made": "Изготовленные экземпляры", "copy_numbers": "Экз. № {numbers}",
           "none_yet": "ещё не изготовлены",
           "signed_requester": "Заявитель", "signed_clerk": "Заявку зарегистрировал(а)"},
    "kk": {"heading": "Көбейтуге № {number} ӨТІНІМ",
           "requester": "Өтініш беруші", "requested": "Өтінім берілген күн",
           "reg_no": "Тіркеу нөмірі", "title": "Атауы", "level": "Құпиялылық белгісі",
           "originator": "Ақпарат көзі (жасаған орган)", "asked": "Дана саны",
           "purpose": "Көбейту мақсаты", "third_party": "Үшінші Тарап",
           "consent": "Ақпарат көзінің алдын ала жазбаша келісімі",
           "no_consent": "ұсынылған жоқ",
           "permission": "КӨБЕЙТУГЕ РҰҚСАТ",
           "by_originator": "Ақпарат көзінің жазбаша рұқсаты",
           "by_head": "Ұйым басшысының шешімі",
           "basis": "Негіздеме", "who": "Кім рұқсат берді", "who_refused": "Кім бас тартты",
           "reference": "Құжат нөмірі", "date": "Күні",
           "authorised": "Рұқсат етілген дана саны",
           "refused": "БАС ТАРТЫЛДЫ", "reason": "Бас тарту себебі",
           "decision": "Шешім",
           "decision_blank": "рұқсат беру / бас тарту (қажетінің астын сызу)",
           "made": "Жасалған даналар", "copy_numbers": "Дана № {numbers}",
           "none_yet": "әлі жасалған жоқ",
           "signed_requester": "Өтініш беруші", "signed_clerk": "Өтінімді тіркеген"},
    "ky": {"heading": "Көбөйтүүгө № {number} ӨТҮНМӨ",
           "requester": "Өтүнмө берүүчү", "requested": "Өтүнмө берилген күн",
           "reg_no": "Каттоо номери", "title": "Аталышы", "level": "Жашыруундук грифи",
           "originator": "Маалымат булагы (түзгөн орган)", "asked": "Нускалардын саны",
           "purpose": "Көбөйтүүнүн максаты", "third_party": "Үчүнчү Тарап",
           "consent": "Маалымат булагынын алдын ала жазуу жүзүндөгү макулдугу",
           "no_consent": "берилген эмес",
           "permission": "КӨБӨЙТҮҮГӨ УРУКСАТ",
           "by_originator": "Маалымат булагынын жазуу жүзүндөгү уруксаты",
           "by_head": "Уюмдун жетекчисинин чечими",
           "basis": "Негиз", "who": "Ким уруксат берди", "who_refused": "Ким баш тартты",
           "reference": "Документтин номери", "date": "Күнү",
           "authorised": "Уруксат берилген нускалардын саны",
           "refused": "БАШ ТАРТЫЛДЫ", "reason": "Баш тартуунун себеби",
           "decision": "Чечим",
           "decision_blank": "уруксат берүү / баш тартуу (керегинин астын сызуу)",
           "made": "Жасалган нускалар", "copy_numbers": "Нуска № {numbers}",
           "none_yet": "азырынча жасала элек",
           "signed_requester": "Өтүнмө берүүчү", "signed_clerk": "Өтүнмөнү каттаган"},
}

BOX_PAD = 6  # points inside the permission box


@dataclass(frozen=True)
class CopyRequestForm:
    number: str
    requested: dt.date
    requester_name: str          # "И.О. Фамилия"
    requester_position: str
    reg_no: str
    title: str
    level: Level
    originator: str
    copies_asked: int
    purpose: str
    third_party: str
    third_party_consent: str
    state: str                   # "pending" | "approved" | "refused" | "used_up"
    permission_by_head: bool     # the head's decision (own information) or the originator's
    permitted_by: str            # the person or body who permitted (or refused)
    permission_reference: str
    permission_date: dt.date | None
    authorised: int
    refusal_reason: str
    copy_numbers: Sequence[int]
    recorded_by: Signer

    def __post_init__(self) -> None:
        if self.state not in STATES:
            raise ValueError(f"unknown request state {self.state!r}; expected one of {STATES}")


def _request(form: CopyRequestForm, lang: str) -> list[tuple[str, str]]:
    words = WORDS[lang]
    requester = ", ".join(p for p in (form.requester_name, form.requester_position) if p)
    rows = [(words["requester"], requester),
            (words["requested"], date_in_words(form.requested, lang)),
            (words["reg_no"], form.reg_no),
            (words["title"], form.title),
            (words["level"], marking(form.level, lang)),
            (words["originator"], form.originator),
            (words["asked"], count_with_words(form.copies_asked, lang)),
            (words["purpose"], form.purpose)]
    if form.third_party:
        rows += [(words["third_party"], form.third_party),
                 (words["consent"], form.third_party_consent or words["no_consent"])]
    return rows


def _decision(form: CopyRequestForm, lang: str) -> list[Flowable]:
    """The inside of the permission box for the request's state."""
    st = styles()
    words = WORDS[lang]
    inner = CONTENT_WIDTH - 2 * BOX_PAD
    basis = words["by_head" if form.permission_by_head else "by_originator"]
    ref = f"№ {form.permission_reference}" if form.permission_reference else ""
    day = date_in_words(form.permission_date, lang) if form.permission_date else ""
    if form.state == "pending":
        blank = [(words["decision"], words["decision_blank"]), (words["basis"], basis),
                 (words["who"], BLANK), (words["reference"], BLANK),
                 (words["date"], BLANK), (words["authorised"], BLANK),
                 (words["reason"], BLANK)]
        return [particulars(blank, width=inner)]
    if form.state == "refused":
        rows = [(label, value) for label, value in ((words["who_refused"], form.permitted_by),
                                                    (words["reference"], ref),
                                                    (words["date"], day)) if value]
        rows.append((words["reason"], form.refusal_reason))
        return [Paragraph(f"<b>{escape(words['refused'])}</b>", st["heading"]),
                particulars(rows, width=inner)]
    rows = [(words["basis"], basis), (words["who"], form.permitted_by),
            (words["reference"], ref),
            (words["date"], day),
            (words["authorised"], count_with_words(form.authorised, lang))]
    return [particulars(rows, width=inner)]


def permission_box(form: CopyRequestForm, lang: str) -> Table:
    st = styles()
    words = WORDS[lang]
    content = [Paragraph(f"<b>{escape(words['permission'])}</b>", st["subtitle"]),
               Spacer(1, 2 * mm), *_decision(form, lang)]
    box = Table([[content]], colWidths=[CONTENT_WIDTH])
    box.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
        ("LEFTPADDING", (0, 0), (-1, -1), BOX_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), BOX_PAD),
        ("TOPPADDING", (0, 0), (-1, -1), BOX_PAD),
        ("BOTTOMPADDING", (0, 0), (-1, -1), BOX_PAD),
    ]))
    return box


def made_copies(form: CopyRequestForm, lang: str) -> str:
    """"Экз. № 4, 5, 6" / "Дана № 4, 5, 6" / "Нуска № 4, 5, 6", or "none yet"."""
    words = WORDS[lang]
    if not form.copy_numbers:
        return words["none_yet"]
    numbers = ", ".join(str(n) for n in sorted(form.copy_numbers))
    return words["copy_numbers"].format(numbers=numbers)


def story(form: CopyRequestForm, lang: str) -> list[Flowable]:
    check_lang(lang)
    st = styles()
    words = WORDS[lang]
    requester = Signer(form.requester_position, form.requester_name)
    return [
        Paragraph(escape(words["heading"].format(number=form.number)), st["title"]),
        Spacer(1, 4 * mm),
        particulars(_request(form, lang)),
        Spacer(1, 6 * mm),
        permission_box(form, lang),
        Spacer(1, 4 * mm),
        particulars([(words["made"], made_copies(form, lang))]),
        Spacer(1, 10 * mm),
        *signature_block(lang, words["signed_requester"], requester),
        *signature_block(lang, words["signed_clerk"], form.recorded_by),
    ]


def registration_title(lang: str, number: str) -> str:
    """The printout's own title in the register."""
    check_lang(lang)
    return {"ru": f"Заявка на размножение № {number}",
            "kk": f"Көбейтуге № {number} өтінім",
            "ky": f"Көбөйтүүгө № {number} өтүнмө"}[lang]


def render(form: CopyRequestForm, info: FrameInfo) -> bytes:
    return build_pdf(story(form, info.lang), info)
