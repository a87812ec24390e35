"""The act of the marking change (FORMS.md "Marking-change act"; SPEC §3, S001 a.6 p.3):
the approval block; the notice and, for jointly created information, the other Party's
agreement; the change; the rule of the window, the deadline and the date completed; the
table of copies with who re-marked each and when; the total in words; the signatures of
the clerk who opened the case, of the second person who confirmed a lowering or removal,
and of the clerk who closed it.

The table of copies is one Table split by rows with its header repeated on every page
(`tables.grid`: cells wrapped once, so hundreds of rows stay fast)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from desktop.domain.levels import Level, marking
from desktop.reports.frame import FrameInfo, build_pdf, styles
from desktop.reports.numbers import count_with_words, plural_ru
from desktop.reports.register_extract import numeric_date
from desktop.reports.signatures import Signer, approval_block, particulars, signature_block
from desktop.reports.tables import grid
from desktop.reports.text import check_lang, date_in_words, escape

__all__ = ["ActCopy", "MarkingAct", "Signer", "registration_title", "render", "story"]

WORDS: dict[str, dict[str, str]] = {
    "ru": {"heading": "АКТ об изменении грифа секретности № {number}",
           "notice": "Уведомление", "received": "Дата получения уведомления",
           "partner": "Согласие другой Стороны (совместно созданная информация)",
           "change": "Изменение грифа секретности", "change_value": "с «{old}» на «{new}»",
           "declassified": "рассекречено", "declassify_value": "«{old}» — рассекречено",
           "rule": "Срок изменения грифа",
           "rule_agreement": "Соглашение между Правительством Республики Казахстан и "
                             "Правительством Кыргызской Республики о взаимной защите "
                             "секретной информации от 4 июля 2006 года, статья 6 пункт 3: "
                             "{days} со дня получения уведомления",
           "rule_house": "правило организации для собственной и отечественной информации: "
                         "{days} со дня получения уведомления",
           "deadline": "Срок исполнения", "completed": "Дата завершения",
           "late": "исполнено с нарушением срока", "not_completed": "не завершено",
           "copies": "Перечень экземпляров, на которых изменён гриф секретности:",
           "cols": "№ п/п|Учётный номер|Экз. №|Наименование|Прежний гриф|Новый гриф|"
                   "Где находился|Кто изменил гриф|Дата",
           "total": "Всего экземпляров: {n}",
           "opened": "Дело открыл(а)", "confirmed": "Подтвердил(а)",
           "closed": "Дело закрыл(а)",
           "confirm_lower": "Подтвердил(а) понижение грифа секретности собственным паролем "
                            "в программе.",
           "confirm_remove": "Подтвердил(а) снятие грифа секретности собственным паролем "
                             "в программе."},
    "kk": {"heading": "Құпиялылық белгісін өзгерту туралы № {number} АКТ",
           "notice": "Хабарлама", "received": "Хабарламаның алынған күні",
           "partner": "Екінші Тараптың келісімі (бірлесіп жасалған ақпарат)",
           "change": "Құпиялылық белгісінің өзгеруі",
           "change_value": "«{old}» белгісінен «{new}» белгісіне",
           "declassified": "құпиясыздандырылды",
           "declassify_value": "«{old}» — құпиясыздандырылды",
           "rule": "Белгіні өзгерту мерзімі",
           "rule_agreement": "Қазақстан Республикасының Үкіметі мен Қырғыз Республикасы "
                             "Үкіметінің арасындағы Құпия ақпаратты өзара қорғау туралы "
                             "2006 жылғы 4 шілдедегі келісімнің 6-бабының 3-тармағы: "
                             "хабарламаны алған күннен бастап {days}",
           "rule_house": "ұйымның өз және отандық ақпаратқа арналған ережесі: хабарламаны "
                         "алған күннен бастап {days}",
           "deadline": "Орындау мерзімі", "completed": "Аяқталған күні",
           "late": "мерзімі өткеннен кейін орындалды", "not_completed": "аяқталған жоқ",
           "copies": "Құпиялылық белгісі өзгертілген даналардың тізбесі:",
           "cols": "Р/с №|Тіркеу нөмірі|Дана №|Атауы|Бұрынғы белгі|Жаңа белгі|"
                   "Қай жерде болды|Белгіні кім өзгертті|Күні",
           "total": "Барлық дана саны: {n}",
           "opened": "Істі ашқан", "confirmed": "Растаған", "closed": "Істі жапқан",
           "confirm_lower": "Құпиялылық белгісін төмендетуді бағдарламада өз құпиясөзімен "
                            "растады.",
           "confirm_remove": "Құпиялылық белгісін алып тастауды бағдарламада өз "
                             "құпиясөзімен растады."},
    "ky": {"heading": "Жашыруундук грифин өзгөртүү жөнүндө № {number} АКТ",
           "notice": "Билдирүү", "received": "Билдирүү алынган күн",
           "partner": "Экинчи Тараптын макулдугу (биргелешип түзүлгөн маалымат)",
           "change": "Жашыруундук грифинин өзгөрүшү",
           "change_value": "«{old}» грифинен «{new}» грифине",
           "declassified": "жашыруундан чыгарылды",
           "declassify_value": "«{old}» — жашыруундан чыгарылды",
           "rule": "Грифти өзгөртүү мөөнөтү",
           "rule_agreement": "Казакстан Республикасынын Өкмөтү менен Кыргыз Республикасынын "
                             "Өкмөтүнүн ортосундагы Жашыруун маалыматты өз ара коргоо "
                             "жөнүндө 2006-жылдын 4-июлундагы макулдашуунун 6-беренесинин "
                             "3-пункту: билдирүү алынган күндөн тартып {days}",
           "rule_house": "уюмдун өз жана ата мекендик маалымат үчүн эрежеси: билдирүү "
                         "алынган күндөн тартып {days}",
           "deadline": "Аткаруу мөөнөтү", "completed": "Аяктаган күнү",
           "late": "мөөнөтү өткөндөн кийин аткарылды", "not_completed": "аяктала элек",
           "copies": "Жашыруундук грифи өзгөртүлгөн нускалардын тизмеси:",
           "cols": "№|Каттоо номери|Нуска №|Аталышы|Мурунку гриф|Жаңы гриф|"
                   "Кайда болгон|Грифти ким өзгөрттү|Күнү",
           "total": "Бардык нускалардын саны: {n}",
           "opened": "Ишти ачкан", "confirmed": "Ырастаган", "closed": "Ишти жапкан",
           "confirm_lower": "Жашыруундук грифин төмөндөтүүнү программада өз сырсөзү менен "
                            "ырастады.",
           "confirm_remove": "Жашыруундук грифин алып салууну программада өз сырсөзү менен "
                             "ырастады."},
}

# No., registration number, copy no., title, old, new, where it was, re-marked by, when:
# 175 mm, the width of the portrait frame.
WIDTHS = tuple(w * mm for w in (7, 19, 10, 31, 20, 22, 22, 25, 19))


@dataclass(frozen=True)
class ActCopy:
    reg_no: str
    copy_no: int
    title: str
    old: Level
    new: Level | None          # None: declassified
    where: str
    remarked_by: str
    remarked_at: dt.date | None


@dataclass(frozen=True)
class MarkingAct:
    number: str
    head_position: str
    head_name: str             # "И.О. Фамилия"
    notice_issuer: str
    notice_reference: str
    notice_date: dt.date
    notice_received: dt.date
    partner_agreement: str     # jointly created information: the other Party's agreement
    partner_agreement_date: dt.date | None
    old_level: Level
    new_level: Level | None    # None: declassified
    agreement_rule: bool       # S001 a.6 p.3 (True) or the house rule (False)
    window_days: int
    deadline: dt.date
    completed: dt.date | None
    copies: Sequence[ActCopy]
    opened_by: Signer
    confirmed_by: Signer | None
    closed_by: Signer | None


def reference(number: str, day: dt.date | None, lang: str) -> str:
    """A document's reference: "№ 12/345 от 03.11.2026" / "03.11.2026 № 12/345"."""
    ref = f"№ {number}" if number else ""
    if day is None:
        return ref
    if lang == "ru":
        return f"{ref} от {numeric_date(day)}".strip()
    return f"{numeric_date(day)} {ref}".strip()


def days_words(days: int, lang: str) -> str:
    """"30 календарных дней" / "30 күнтізбелік күн" / "30 календардык күн"."""
    if lang == "ru":
        return f"{days} " + plural_ru(days, "календарный день", "календарных дня",
                                      "календарных дней")
    return f"{days} " + ("күнтізбелік күн" if lang == "kk" else "календардык күн")


def change_text(old: Level, new: Level | None, lang: str) -> str:
    words = WORDS[lang]
    if new is None:
        return words["declassify_value"].format(old=marking(old, lang))
    return words["change_value"].format(old=marking(old, lang), new=marking(new, lang))


def copies_table(copies: Sequence[ActCopy], lang: str) -> Table:
    """The copies, one row each, the header row repeated on every page."""
    words = WORDS[lang]
    # The Kazakh word is wider than its column: let it break, with a hyphen, at "құпиясыз-".
    declassified = words["declassified"].replace("құпиясыз", "құпиясыз\xad", 1)
    rows = [(str(number), item.reg_no, str(item.copy_no), item.title,
             marking(item.old, lang),
             declassified if item.new is None else marking(item.new, lang),
             item.where, item.remarked_by, numeric_date(item.remarked_at))
            for number, item in enumerate(copies, start=1)]
    return grid(words["cols"].split("|"), rows, WIDTHS)


def _particulars(act: MarkingAct, lang: str) -> list[tuple[str, str]]:
    words = WORDS[lang]
    notice = ", ".join(p for p in (act.notice_issuer,
                                   reference(act.notice_reference, act.notice_date, lang)) if p)
    rows = [(words["notice"], notice),
            (words["received"], date_in_words(act.notice_received, lang))]
    if act.partner_agreement or act.partner_agreement_date:
        rows.append((words["partner"], reference(act.partner_agreement,
                                                 act.partner_agreement_date, lang)))
    rule = words["rule_agreement" if act.agreement_rule else "rule_house"]
    completed = words["not_completed"]
    if act.completed is not None:
        completed = date_in_words(act.completed, lang)
        if act.completed > act.deadline:
            completed += f" — {words['late']}"
    rows += [(words["change"], change_text(act.old_level, act.new_level, lang)),
             (words["rule"], rule.format(days=days_words(act.window_days, lang))),
             (words["deadline"], date_in_words(act.deadline, lang)),
             (words["completed"], completed)]
    return rows


def _signatures(act: MarkingAct, lang: str) -> list[Flowable]:
    words = WORDS[lang]
    out = signature_block(lang, words["opened"], act.opened_by)
    if act.confirmed_by is not None:
        note = words["confirm_remove" if act.new_level is None else "confirm_lower"]
        out += signature_block(lang, words["confirmed"], act.confirmed_by, note)
    out += signature_block(lang, words["closed"], act.closed_by)
    return out


def story(act: MarkingAct, lang: str) -> list[Flowable]:
    check_lang(lang)
    st = styles()
    words = WORDS[lang]
    return [
        *approval_block(lang, act.head_position, act.head_name),
        Spacer(1, 8 * mm),
        Paragraph(escape(words["heading"].format(number=act.number)), st["title"]),
        Spacer(1, 4 * mm),
        particulars(_particulars(act, lang)),
        Spacer(1, 5 * mm),
        Paragraph(escape(words["copies"]), st["body"]),
        Spacer(1, 2 * mm),
        copies_table(act.copies, lang),
        Spacer(1, 2 * mm),
        Paragraph(escape(words["total"].format(n=count_with_words(len(act.copies), lang))),
                  st["body"]),
        Spacer(1, 10 * mm),
        *_signatures(act, lang),
    ]


def registration_title(lang: str, number: str) -> str:
    """The printout's own title in the register."""
    check_lang(lang)
    return {"ru": f"Акт об изменении грифа секретности № {number}",
            "kk": f"Құпиялылық белгісін өзгерту туралы № {number} акт",
            "ky": f"Жашыруундук грифин өзгөртүү жөнүндө № {number} акт"}[lang]


def render(act: MarkingAct, info: FrameInfo) -> bytes:
    return build_pdf(story(act, info.lang), info)
