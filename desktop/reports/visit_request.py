"""The visit request (FORMS.md "Visit request"; S001 a.10 p.2, a.8 p.1), sent by the
sending Party's coordinating body to the receiving Party's no later than 4 weeks before the
visit. The addressee block (receiving and sending coordinating bodies, our authorised body);
the heading with number, date and outgoing reference; the lead citing a.10 p.2; every item
of a.10 p.2: one block per visitor, the visit (date, duration, bodies to visit, purpose and
questions, secrecy degree, contract), the people to meet; the reason when the request is
late; the head's signature."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from desktop.domain.levels import Level, marking
from desktop.reports.frame import CONTENT_WIDTH, FrameInfo, build_pdf, styles
from desktop.reports.numbers import count_with_words, plural_ru
from desktop.reports.register_extract import numeric_date
from desktop.reports.signatures import BLANK, Signer, signature_block
from desktop.reports.signatures import WORDS as SIGNATURE_WORDS
from desktop.reports.tables import grid
from desktop.reports.text import check_lang, date_in_words, escape

__all__ = ["Contact", "VisitRequest", "Visitor", "receiver_body", "registration_title",
           "render", "sender_body", "story"]

# direction -> (sending Party, receiving Party)
SIDES = {"outgoing": ("kz", "kg"), "incoming": ("kg", "kz")}

# S001 a.8 p.1: the coordinating bodies of the Parties.
BODIES: dict[str, dict[str, str]] = {
    "kz": {"kk": "Қазақстан Республикасы Премьер-Министрінің Кеңсесі",
           "ru": "Канцелярия Премьер-Министра Республики Казахстан",
           "ky": "Казакстан Республикасынын Премьер-министринин Кеңсеси"},
    "kg": {"kk": "Қырғыз Республикасының Ұлттық қауіпсіздік қызметі",
           "ru": "Служба национальной безопасности Кыргызской Республики",
           "ky": "Кыргыз Республикасынын Улуттук коопсуздук кызматы"},
}

WORDS: dict[str, dict[str, str]] = {
    "ru": {"to": "Кому", "to_role": "координирующий орган принимающей Стороны",
           "from": "От кого", "from_role": "координирующий орган направляющей Стороны",
           "outgoing": "Заявку подготовил", "incoming": "Заявку зарегистрировал",
           "authorised": "уполномоченный орган",
           "heading": "ЗАЯВКА на визит № {number}", "ref": "Исх. № {ref}",
           "lead": "В соответствии с пунктом 2 статьи 10 Соглашения между Правительством "
                   "Республики Казахстан и Правительством Кыргызской Республики о взаимной "
                   "защите секретной информации от 4 июля 2006 года просим рассмотреть "
                   "возможность визита нижеуказанных представителей уполномоченного органа, "
                   "предусматривающего их доступ к секретной информации принимающей Стороны.",
           "s1": "1. Представители уполномоченного органа", "s2": "2. Сведения о визите",
           "s3": "3. Лица, с которыми предполагается встреча",
           "name": "Фамилия и имя", "birth": "Дата и место рождения",
           "citizenship": "Гражданство", "passport": "Номер паспорта",
           "profession": "Профессия", "position": "Должность",
           "organisation": "Уполномоченный орган, в котором работает",
           "clearance": "Наличие допуска",
           "clearance_text": "допуск к секретной информации степени «{level}»",
           "start": "Предлагаемая дата визита", "duration": "Планируемая продолжительность",
           "last_day": "{days}, последний день — {last}",
           "bodies": "Уполномоченные органы, посещение которых планируется",
           "purpose": "Цель визита и вопросы, которые будут обсуждаться",
           "level": "Степень секретности секретной информации, с которой предполагается "
                    "ознакомление",
           "contract": "Договор (контракт)",
           "cols": "№|Должность|Фамилия и имя",
           "late": "Заявка направляется позднее чем за 4 (четыре) недели до визита (пункт 2 "
                   "статьи 10 Соглашения). Причина: {reason}",
           "signer": "Руководитель уполномоченного органа"},
    "kk": {"to": "Кімге", "to_role": "қабылдайтын Тараптың үйлестіруші органы",
           "from": "Кімнен", "from_role": "жіберетін Тараптың үйлестіруші органы",
           "outgoing": "Өтінішті дайындаған", "incoming": "Өтінішті тіркеген",
           "authorised": "уәкілетті орган",
           "heading": "Сапар туралы № {number} ӨТІНІШ", "ref": "Шығыс № {ref}",
           "lead": "2006 жылғы 4 шілдедегі Қазақстан Республикасының Үкіметі мен Қырғыз "
                   "Республикасы Үкіметінің арасындағы Құпия ақпаратты өзара қорғау туралы "
                   "келісімнің 10-бабының 2-тармағына сәйкес төменде көрсетілген уәкілетті "
                   "орган өкілдерінің қабылдайтын Тараптың құпия ақпаратына қол жеткізуін "
                   "көздейтін сапарының мүмкіндігін қарауды сұраймыз.",
           "s1": "1. Уәкілетті орган өкілдері", "s2": "2. Сапар туралы мәліметтер",
           "s3": "3. Кездесу болжанатын адамдар",
           "name": "Тегі мен аты", "birth": "Туған күні мен жері",
           "citizenship": "Азаматтығы", "passport": "Паспортының нөмірі",
           "profession": "Мамандығы", "position": "Лауазымы",
           "organisation": "Жұмыс істейтін уәкілетті органның атауы",
           "clearance": "Рұқсатының болуы",
           "clearance_text": "«{level}» құпиялылық дәрежесіндегі құпия ақпаратқа рұқсат",
           "start": "Сапарға барудың ұсынылып отырған күні",
           "duration": "Жоспарланып отырған ұзақтығы",
           "last_day": "{days}, соңғы күні — {last}",
           "bodies": "Болу жоспарланып отырған уәкілетті органдардың атаулары",
           "purpose": "Сапардың мақсаты және талқыланатын мәселелер",
           "level": "Танысу болжанатын құпия ақпараттың құпиялылық дәрежесі",
           "contract": "Шарт (келісімшарт)",
           "cols": "№|Лауазымы|Тегі мен аты",
           "late": "Өтініш сапарға дейін 4 (төрт) аптадан кешіктіріліп жіберіледі "
                   "(Келісімнің 10-бабының 2-тармағы). Себебі: {reason}",
           "signer": "Уәкілетті орган басшысы"},
    "ky": {"to": "Кимге", "to_role": "кабыл алуучу Тараптын координациялоочу органы",
           "from": "Кимден", "from_role": "жөнөтүүчү Тараптын координациялоочу органы",
           "outgoing": "Өтүнүчтү даярдаган", "incoming": "Өтүнүчтү каттаган",
           "authorised": "ыйгарым укуктуу орган",
           "heading": "Сапар жөнүндө № {number} ӨТҮНҮЧ", "ref": "Чыгуучу № {ref}",
           "lead": "2006-жылдын 4-июлундагы Казакстан Республикасынын Өкмөтү менен Кыргыз "
                   "Республикасынын Өкмөтүнүн ортосундагы Жашыруун маалыматты өз ара коргоо "
                   "жөнүндө келишимдин 10-беренесинин 2-пунктуна ылайык төмөндө көрсөтүлгөн "
                   "ыйгарым укуктуу органдын өкүлдөрүнүн кабыл алуучу Тараптын жашыруун "
                   "маалыматына жетүүсүн караган сапарынын мүмкүнчүлүгүн кароону суранабыз.",
           "s1": "1. Ыйгарым укуктуу органдын өкүлдөрү", "s2": "2. Сапар жөнүндө маалыматтар",
           "s3": "3. Жолугушуу болжолдонгон адамдар",
           "name": "Фамилиясы жана аты", "birth": "Туулган күнү жана жери",
           "citizenship": "Жарандыгы", "passport": "Паспортунун номери",
           "profession": "Адистиги", "position": "Кызматы",
           "organisation": "Иштеген ыйгарым укуктуу органдын аталышы",
           "clearance": "Уруксатынын болушу",
           "clearance_text": "«{level}» жашыруундук даражасындагы жашыруун маалыматка уруксат",
           "start": "Сапардын сунушталган күнү", "duration": "Пландалган узактыгы",
           "last_day": "{days}, акыркы күнү — {last}",
           "bodies": "Баруу пландалган ыйгарым укуктуу органдардын аталыштары",
           "purpose": "Сапардын максаты жана талкуулануучу маселелер",
           "level": "Таанышуу болжолдонгон жашыруун маалыматтын жашыруундук даражасы",
           "contract": "Келишим (контракт)",
           "cols": "№|Кызматы|Фамилиясы жана аты",
           "late": "Өтүнүч сапарга чейин 4 (төрт) жумадан кечиктирилип жөнөтүлөт "
                   "(Келишимдин 10-беренесинин 2-пункту). Себеби: {reason}",
           "signer": "Ыйгарым укуктуу органдын жетекчиси"},
}

NUMBER_WIDTH = 10 * mm                                    # "12." before a visitor's block
PADDINGS = ("LEFTPADDING", "RIGHTPADDING", "TOPPADDING", "BOTTOMPADDING")
CONTACT_WIDTHS = tuple(w * mm for w in (10, 95, 70))      # No., position, name: 175 mm


@dataclass(frozen=True)
class Visitor:
    surname: str
    name: str
    birth_date: dt.date
    birth_place: str
    citizenship: str
    passport_no: str
    profession: str
    position: str
    organisation: str          # the authorised body the visitor works for
    clearance: Level


@dataclass(frozen=True)
class Contact:
    """A person the visitors are to meet."""

    position: str
    surname: str
    name: str


@dataclass(frozen=True)
class VisitRequest:
    number: str
    direction: str             # "outgoing" (ours to the Kyrgyz Republic) | "incoming"
    request_date: dt.date | None   # None while a draft: a blank date line
    request_ref: str
    start: dt.date
    days: int
    organisations: str         # the authorised bodies to be visited
    purpose: str
    level: Level               # of the information to be seen
    visitors: Sequence[Visitor]
    contacts: Sequence[Contact]
    contract: str
    late_reason: str           # "" unless sent later than 4 weeks before the visit
    organisation: str          # our authorised body
    signer: Signer

    def __post_init__(self) -> None:
        _sides(self.direction)
        if self.days < 1:
            raise ValueError(f"a visit lasts at least one day, not {self.days}")


def _sides(direction: str) -> tuple[str, str]:
    if direction not in SIDES:
        raise ValueError(f"unknown direction {direction!r}; expected one of {tuple(SIDES)}")
    return SIDES[direction]


def sender_body(direction: str, lang: str) -> str:
    """The coordinating body of the sending Party (S001 a.8 p.1) in `lang`."""
    return BODIES[_sides(direction)[0]][check_lang(lang)]


def receiver_body(direction: str, lang: str) -> str:
    """The coordinating body of the receiving Party (S001 a.8 p.1) in `lang`."""
    return BODIES[_sides(direction)[1]][check_lang(lang)]


def _fields(rows: Sequence[tuple[str, str]], number: str = "") -> Table:
    """Label | value rows as `signatures.particulars` prints them, values escaped with their
    line breaks kept; with `number` a narrow first column carries "1." on the first row."""
    st = styles()
    lead = NUMBER_WIDTH if number else 0
    data = [[Paragraph(escape(number) if i == 0 else "", st["body"]) if number else "",
             Paragraph(escape(label), st["label"]),
             Paragraph(escape(value.strip(), line_breaks=True), st["body"])]
            for i, (label, value) in enumerate(rows)]
    width = CONTENT_WIDTH - lead
    table = Table(data, colWidths=[lead, width * 0.36, width * 0.64], splitInRow=1)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (0, -1), 2 if number else 0),
        ("RIGHTPADDING", (1, 0), (1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LINEBELOW", (1, 0), (-1, -2), 0.25, colors.HexColor("#bbbbbb")),
    ]))
    return table


def visitor_rows(visitor: Visitor, lang: str) -> list[tuple[str, str]]:
    """The fields of a.10 p.2 for one representative of an authorised body."""
    words = WORDS[lang]
    birth = ", ".join(p for p in (numeric_date(visitor.birth_date),
                                  visitor.birth_place.strip()) if p)
    return [(words["name"], f"{visitor.surname.strip()} {visitor.name.strip()}"),
            (words["birth"], birth),
            (words["citizenship"], visitor.citizenship),
            (words["passport"], visitor.passport_no),
            (words["profession"], visitor.profession),
            (words["position"], visitor.position),
            (words["organisation"], visitor.organisation),
            (words["clearance"],
             words["clearance_text"].format(level=marking(visitor.clearance, lang)))]


def days_text(days: int, lang: str) -> str:
    """"5 (пять) дней" / "5 (бес) күн" / "5 (беш) күн"."""
    noun = plural_ru(days, "день", "дня", "дней") if lang == "ru" else "күн"
    return f"{count_with_words(days, lang)} {noun}"


def visit_rows(doc: VisitRequest, lang: str) -> list[tuple[str, str]]:
    words = WORDS[lang]
    last = doc.start + dt.timedelta(days=doc.days - 1)
    rows = [(words["start"], date_in_words(doc.start, lang)),
            (words["duration"], words["last_day"].format(days=days_text(doc.days, lang),
                                                         last=date_in_words(last, lang))),
            (words["bodies"], doc.organisations),
            (words["purpose"], doc.purpose),
            (words["level"], f"«{marking(doc.level, lang)}»")]
    if doc.contract.strip():
        rows.append((words["contract"], doc.contract))
    return rows


def _addressee(doc: VisitRequest, lang: str) -> Table:
    """To the receiving coordinating body, from the sending one and our authorised body; in
    the right-hand part of the page."""
    st = styles()
    words = WORDS[lang]
    lines = ((words["to"], receiver_body(doc.direction, lang), words["to_role"]),
             (words["from"], sender_body(doc.direction, lang), words["from_role"]),
             (words[doc.direction], doc.organisation.strip() or BLANK, words["authorised"]))
    cell: list[Flowable] = []
    for label, name, role in lines:
        cell += [Paragraph(f"{escape(label)}: <b>{escape(name)}</b>", st["body"]),
                 Paragraph(f"({escape(role)})", st["small"]), Spacer(1, 2 * mm)]
    table = Table([["", cell]], colWidths=[CONTENT_WIDTH * 0.42, CONTENT_WIDTH * 0.58])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               *((side, (0, 0), (-1, -1), 0) for side in PADDINGS)]))
    return table


def _section(title: str) -> Paragraph:
    """A section's heading, kept on the page of what follows it."""
    st = styles()["heading"]
    return Paragraph(escape(title), st.clone("visit-section", keepWithNext=1))


def story(doc: VisitRequest, lang: str) -> list[Flowable]:
    check_lang(lang)
    st = styles()
    words = WORDS[lang]
    day = (date_in_words(doc.request_date, lang) if doc.request_date
           else SIGNATURE_WORDS[lang]["date_line"])
    out: list[Flowable] = [
        _addressee(doc, lang),
        Spacer(1, 6 * mm),
        Paragraph(escape(words["heading"].format(number=doc.number)), st["title"]),
        Paragraph(escape(day), st["subtitle"]),
    ]
    if doc.request_ref.strip() or doc.request_date is None:
        out.append(Paragraph(escape(words["ref"].format(ref=doc.request_ref.strip() or BLANK)),
                             st["subtitle"]))
    out += [Spacer(1, 4 * mm), Paragraph(escape(words["lead"]), st["body"]),
            Spacer(1, 2 * mm)]
    # One block per visitor kept on one page (the first with the section's heading); a long
    # list flows over many pages, a block longer than a page splits between rows or lines.
    blocks = [[_fields(visitor_rows(v, lang), f"{n}."), Spacer(1, 3 * mm)]
              for n, v in enumerate(doc.visitors, start=1)] or [[Paragraph("—", st["body"])]]
    blocks[0].insert(0, _section(words["s1"]))
    out += [KeepTogether(block) for block in blocks]
    out += [_section(words["s2"]), _fields(visit_rows(doc, lang)), Spacer(1, 3 * mm)]
    contacts = [(str(n), c.position.strip(), f"{c.surname.strip()} {c.name.strip()}")
                for n, c in enumerate(doc.contacts, start=1)] or [("—", "—", "—")]
    tail: list[Flowable] = [_section(words["s3"]),
                            grid(words["cols"].split("|"), contacts, CONTACT_WIDTHS)]
    if doc.late_reason.strip():
        tail += [Spacer(1, 4 * mm), Paragraph(
            escape(words["late"].format(reason=doc.late_reason.strip()), line_breaks=True),
            st["body"])]
    # The signature never stands alone on the last page.
    tail += [Spacer(1, 10 * mm), *signature_block(lang, words["signer"], doc.signer)]
    return [*out, KeepTogether(tail)]


def registration_title(lang: str, number: str) -> str:
    """The printout's own title in the register."""
    check_lang(lang)
    return {"ru": f"Заявка на визит № {number}",
            "kk": f"Сапар туралы № {number} өтініш",
            "ky": f"Сапар жөнүндө № {number} өтүнүч"}[lang]


def render(doc: VisitRequest, info: FrameInfo) -> bytes:
    return build_pdf(story(doc, info.lang), info)
