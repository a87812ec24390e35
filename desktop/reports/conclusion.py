"""The conclusion of the commission on the amount of damage (seed 000 p.11; FORMS.md "Damage
conclusion"; SPEC §6).

At the top the approval block of the head who created the commission (or the person he
authorised) and, where that head has no authority over state secrets, the agreement block of
the body that has it, side by side. Then the heading with the conclusion's number and every
item of p.11 in its order, numbered: 1 place and time; 2 the commission (ТЖК/ПДК or the
expert commission with its order) and its composition; 3 the basis and the day the
materials reached the commission; 4 the content and secrecy degree of the information;
5 the indicators of p.8 (table, total in tenge and MCI); 6 the methodology, or the range of
p.10 with the MCI used and its date (p.9); 7 the final amount in MCI and tenge in figures
and words — none for "no state secrets", the Kyrgyz party's own assessment for its
information (S001 a.12 p.2); 8 other matters. Then the signatures: the chair, or the deputy
chair when the chair is recorded absent (and the line says so), the members, the secretary,
each with the note that they signed in the program or on paper; for the owner variant
(p.13–14) the owner's line that they have read the conclusion. A draft line stays under the
heading until the conclusion is approved.

The marking of the printout is the frame's (`FrameInfo.marking`): the level of the
information, or the lowest marking, "S", when it holds no state secrets (`marking_level`);
`render` refuses a frame marked lower than that."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from desktop.domain.damage import to_mci
from desktop.domain.levels import Level, marking
from desktop.reports.conclusion_words import INDICATORS, ROLES, WORDS
from desktop.reports.destruction_act import COMMISSION, Member, draft_line, signed_note
from desktop.reports.frame import FrameInfo, build_pdf, styles
from desktop.reports.marking_act import reference
from desktop.reports.money import MCI, TENGE, amount_figures, mci_with_words, tenge_with_words
from desktop.reports.signatures import WORDS as SIGNATURE_WORDS
from desktop.reports.signatures import (
    Signer,
    agreement_block,
    approval_block,
    particulars,
    signature_block,
)
from desktop.reports.tables import grid
from desktop.reports.text import check_lang, date_in_words, datetime_in_words, escape

__all__ = ["Conclusion", "Indicator", "Participant", "marking_level", "registration_title",
           "render", "story"]

ROLES_ORDER = ("chair", "deputy_chair", "member", "secretary", "specialist", "authority",
               "expert", "customer")
SIGNED = ("program", "paper", "")
KINDS = ("standing", "expert")
BASES = ("investigation", "notice", "court_order", "owner_claim")

# No. (p.8), indicator, amount in tenge, justification: 175 mm.
WIDTHS = tuple(w * mm for w in (15, 72, 28, 60))


@dataclass(frozen=True)
class Participant:
    role: str                  # one of ROLES_ORDER
    position: str
    name: str                  # "И.О. Фамилия"
    organisation: str          # for invited people; "" for the organisation's own staff
    signed: str                # "program" | "paper" | "" (not signed yet)
    signed_at: dt.datetime | None
    absent: bool = False

    def __post_init__(self) -> None:
        if self.role not in ROLES_ORDER:
            raise ValueError(f"unknown role {self.role!r}; expected one of {ROLES_ORDER}")
        if self.signed not in SIGNED:
            raise ValueError(f"unknown way of signing {self.signed!r}; expected one of {SIGNED}")


@dataclass(frozen=True)
class Indicator:
    number: int                # 1..12, the item of p.8; the form prints its title
    amount_tenge: Decimal
    justification: str

    def __post_init__(self) -> None:
        if not 1 <= self.number <= 12:
            raise ValueError(f"p.8 has indicators 1..12, not {self.number}")


@dataclass(frozen=True)
class Conclusion:
    number: str
    place: str
    made_at: dt.datetime
    head_position: str
    head_name: str
    approved: dt.date | None
    agreement_body: str        # "" when no agreement is required
    agreement_reference: str
    agreement_date: dt.date | None
    commission_kind: str       # "standing" | "expert"
    expert_order: str
    expert_order_date: dt.date | None
    participants: Sequence[Participant]
    basis_kind: str            # "investigation" | "notice" | "court_order" | "owner_claim"
    basis_reference: str
    basis_date: dt.date | None
    materials_received: dt.date
    content: str
    level: Level | None        # None: no state secrets
    indicators: Sequence[Indicator]
    methodology: str
    methodology_body: str
    range_low_mci: int | None
    range_high_mci: int | None
    single_copy: bool
    mci: int | None
    mci_date: dt.date | None
    mci_override: str
    amount_mci: Decimal | None
    amount_tenge: Decimal | None
    kyrgyz_reference: str
    kyrgyz_amount: str
    kyrgyz_currency: str
    other_matters: str
    owner: str
    owner_read: dt.date | None

    def __post_init__(self) -> None:
        if self.commission_kind not in KINDS:
            raise ValueError(f"unknown commission {self.commission_kind!r}; expected {KINDS}")
        if self.basis_kind not in BASES:
            raise ValueError(f"unknown basis {self.basis_kind!r}; expected one of {BASES}")


def marking_level(doc: Conclusion) -> Level:
    """The marking the printout carries: the information's level, or the lowest marking
    when the commission found no state secrets."""
    return doc.level if doc.level is not None else Level.S


def _kyrgyz(doc: Conclusion) -> bool:
    """Information of the Kyrgyz party: its own assessment replaces the computed amount."""
    return bool(doc.kyrgyz_reference.strip() or doc.kyrgyz_amount.strip())


@functools.cache
def _section_style() -> ParagraphStyle:
    """A numbered item of p.11 stays on the page of its first lines."""
    return ParagraphStyle("conclusion-section", parent=styles()["heading"], keepWithNext=1)


def _section(title: str, *body: Flowable) -> list[Flowable]:
    return [Paragraph(escape(title), _section_style()), *body, Spacer(1, 3 * mm)]


# --- the items of p.11 -----------------------------------------------------------------------

def _person(p: Participant, lang: str) -> str:
    """"position, И.О. Фамилия, organisation (отсутствует)"."""
    text = ", ".join(s for s in (p.position.strip(), p.name.strip(), p.organisation.strip())
                     if s)
    return f"{text} ({ROLES[lang]['absent']})" if p.absent else text


def _role_label(role: str, lang: str) -> str:
    if role == "chair":
        return COMMISSION[lang]["chair"]
    if role == "member":
        return COMMISSION[lang]["members"]
    return ROLES[lang][role]


def commission_rows(doc: Conclusion, lang: str) -> list[tuple[str, str]]:
    """The commission, then its people by role in the order of p.4, each role named once."""
    words = WORDS[lang]
    kind = (words["standing"] if doc.commission_kind == "standing" else
            words["expert"].format(ref=reference(doc.expert_order.strip(),
                                                 doc.expert_order_date, lang)))
    rows = [(words["commission"], " ".join(kind.split()))]
    for role in ROLES_ORDER:
        people = [p for p in doc.participants if p.role == role]
        rows += [(_role_label(role, lang) if i == 0 else "", _person(p, lang))
                 for i, p in enumerate(people)]
    return rows


def basis_text(doc: Conclusion, lang: str) -> str:
    who = f" ({doc.owner.strip()})" if doc.owner.strip() else ""
    ref = reference(doc.basis_reference.strip(), doc.basis_date, lang)
    return " ".join(WORDS[lang][doc.basis_kind].format(who=who, ref=ref).split())


def mci_used(doc: Conclusion) -> int | None:
    """The MCI the amounts are converted with: none where no amount is set in MCI — no
    state secrets (p.11), or the Kyrgyz party's information, assessed under its own law
    (S001 a.12 p.2)."""
    return None if doc.level is None or _kyrgyz(doc) else doc.mci


def _indicators(doc: Conclusion, lang: str) -> list[Flowable]:
    words = WORDS[lang]
    if not doc.indicators:
        return [Paragraph(escape(words["no_indicators"]), styles()["body"])]
    total = sum((i.amount_tenge for i in doc.indicators), Decimal(0))
    mci = mci_used(doc)
    in_mci = to_mci(total, mci) if mci else None
    rows = [(str(i.number), INDICATORS[lang][i.number - 1], amount_figures(i.amount_tenge),
             i.justification) for i in doc.indicators]
    rows.append(("", words["total_row"], amount_figures(total),
                 "" if in_mci is None else f"{amount_figures(in_mci)} {MCI[lang]}"))
    text = tenge_with_words(total, lang)
    if in_mci is not None:
        text = words["in_mci"].format(tenge=text, mci=mci_with_words(in_mci, lang))
    return [grid(words["cols"].split("|"), rows, WIDTHS), Spacer(1, 2 * mm),
            Paragraph(escape(words["indicators_total"].format(total=text)), styles()["body"])]


def range_text(doc: Conclusion, lang: str) -> str:
    """"1000 – 20 000 МРП (4 325 000 – 86 500 000 тенге)"; "20 000 МРП и выше (…)"; the
    tenge left out while no MCI is known."""
    low, high, mci = doc.range_low_mci or 0, doc.range_high_mci, mci_used(doc)
    above = WORDS[lang]["and_above"]
    if high is None:
        text = f"{amount_figures(low)} {MCI[lang]} {above}"
        return f"{text} ({amount_figures(low * mci)} {TENGE[lang]} {above})" if mci else text
    text = f"{amount_figures(low)} – {amount_figures(high)} {MCI[lang]}"
    if mci:
        text += f" ({amount_figures(low * mci)} – {amount_figures(high * mci)} {TENGE[lang]})"
    return text


def _methodology(doc: Conclusion, lang: str) -> list[tuple[str, str]]:
    words = WORDS[lang]
    if doc.level is None:
        return [(words["methodology"], words["not_applied"])]
    rows = []
    if doc.methodology.strip():
        rows.append((words["methodology"], doc.methodology.strip()))
        if doc.methodology_body.strip():
            rows.append((words["approved_by"], doc.methodology_body.strip()))
        if doc.range_low_mci is not None and not _kyrgyz(doc):
            rows.append((words["exact"], words["no_exact"]))
    elif not _kyrgyz(doc):
        rows.append((words["methodology"], words["no_methodology"]))
    return rows


def methodology_rows(doc: Conclusion, lang: str) -> list[tuple[str, str]]:
    """The methodology and who approved it, or why p.10 applies and its range; then the MCI
    used, the day it took effect and why it was chosen (p.9). Neither range nor MCI for the
    Kyrgyz party's information."""
    words = WORDS[lang]
    rows = _methodology(doc, lang)
    mci = mci_used(doc)
    if doc.level is not None and doc.range_low_mci is not None and not _kyrgyz(doc):
        rows.append((words["range"].format(marking=marking(doc.level, lang)),
                     range_text(doc, lang)))
        if doc.single_copy:
            low = f"{amount_figures(doc.range_low_mci)} {MCI[lang]}"
            if mci:
                low += f" ({amount_figures(doc.range_low_mci * mci)} {TENGE[lang]})"
            rows.append((words["single"], words["single_text"].format(amount=low)))
    if mci:
        rows.append((words["mci"], f"{amount_figures(mci)} {TENGE[lang]}"))
        if doc.mci_date:
            rows.append((words["mci_since"], date_in_words(doc.mci_date, lang)))
        why = (words["mci_override"].format(ref=doc.mci_override.strip())
               if doc.mci_override.strip() else words["mci_received"])
        rows.append((words["mci_why"], why))
    return rows


def amount_text(doc: Conclusion, lang: str) -> str:
    """The final amount (p.11): in MCI and tenge, figures and words; none for "no state
    secrets"; the Kyrgyz party's assessment for its information."""
    words = WORDS[lang]
    if doc.level is None:
        return words["no_amount"]
    if _kyrgyz(doc):
        return " ".join(words["kyrgyz_amount"].format(
            ref=doc.kyrgyz_reference.strip(), amount=doc.kyrgyz_amount.strip(),
            currency=doc.kyrgyz_currency.strip()).split())
    parts = [mci_with_words(doc.amount_mci, lang) if doc.amount_mci is not None else "",
             tenge_with_words(doc.amount_tenge, lang) if doc.amount_tenge is not None else ""]
    if all(parts):
        return words["amount"].format(mci=parts[0], tenge=parts[1])
    return next((p for p in parts if p), words["not_determined"])


# --- signatures ------------------------------------------------------------------------------

def _signs(p: Participant, label: str, lang: str) -> list[Flowable]:
    note = signed_note(Member("member", p.position, p.name, p.signed, p.signed_at), lang)
    return signature_block(lang, label, Signer(p.position, p.name), note)


def signatures(doc: Conclusion, lang: str) -> list[Flowable]:
    """The chair (or, with the chair recorded absent, the deputy chair, saying why), the
    members present, the secretary; the owner's acknowledgement for the owner variant."""
    people = {role: [p for p in doc.participants if p.role == role and not p.absent]
              for role in ("chair", "deputy_chair", "member", "secretary")}
    chair_absent = any(p.role == "chair" and p.absent for p in doc.participants)
    out: list[Flowable] = []
    for p in people["chair"]:
        out += _signs(p, COMMISSION[lang]["chair"], lang)
    if chair_absent and not people["chair"]:
        for p in people["deputy_chair"]:
            out += _signs(p, ROLES[lang]["deputy_signs"], lang)
    for i, p in enumerate(people["member"]):
        out += _signs(p, COMMISSION[lang]["members"] if i == 0 else "", lang)
    for p in people["secretary"]:
        out += _signs(p, ROLES[lang]["secretary"], lang)
    if doc.owner.strip():
        words = WORDS[lang]
        read = (date_in_words(doc.owner_read, lang) if doc.owner_read
                else SIGNATURE_WORDS[lang]["date_line"])
        out += signature_block(lang, words["acknowledged"],
                               Signer(words["owner"], doc.owner.strip()), read)
    return out


# --- the form --------------------------------------------------------------------------------

def _head(doc: Conclusion, lang: str) -> list[Flowable]:
    if not doc.agreement_body.strip():
        return approval_block(lang, doc.head_position, doc.head_name, doc.approved)
    return agreement_block(lang, doc.agreement_body, "", doc.agreement_date,
                           reference(doc.agreement_reference.strip(), None, lang),
                           approval=(doc.head_position, doc.head_name, doc.approved))


def story(doc: Conclusion, lang: str) -> list[Flowable]:
    check_lang(lang)
    st = styles()
    words = WORDS[lang]
    owner = doc.basis_kind == "owner_claim" or bool(doc.owner.strip())
    out: list[Flowable] = [
        *_head(doc, lang),
        Spacer(1, 8 * mm),
        Paragraph(escape(words["heading"].format(number=doc.number)), st["title"]),
        Paragraph(escape(words["subtitle_owner" if owner else "subtitle"]), st["subtitle"]),
    ]
    if doc.approved is None:
        out.append(draft_line(words["draft"]))
    degree = marking(doc.level, lang) if doc.level is not None else words["no_secrets"]
    kyrgyz_law = ([Paragraph(escape(words["kyrgyz_law"]), st["body"])]
                  if _kyrgyz(doc) and doc.level is not None else [])
    method = methodology_rows(doc, lang)
    other = doc.other_matters.strip()
    return [
        *out,
        Spacer(1, 4 * mm),
        *_section(words["s1"], Paragraph(
            escape(f"{doc.place.strip()}, {datetime_in_words(doc.made_at, lang)}"), st["body"])),
        *_section(words["s2"], particulars(commission_rows(doc, lang))),
        *_section(words["s3"], particulars([
            (words["basis"], basis_text(doc, lang)),
            (words["received"], date_in_words(doc.materials_received, lang))])),
        *_section(words["s4_owner" if owner else "s4"], particulars([
            (words["content"], doc.content.strip()), (words["degree"], degree)])),
        *_section(words["s5"], *_indicators(doc, lang)),
        *_section(words["s6"], *kyrgyz_law, *([particulars(method)] if method else [])),
        *_section(words["s7"], Paragraph(escape(amount_text(doc, lang)), st["body"])),
        *_section(words["s8"], Paragraph(escape(other or words["none"], line_breaks=True),
                                         st["body"])),
        Spacer(1, 6 * mm),
        *signatures(doc, lang),
    ]


def registration_title(lang: str, number: str) -> str:
    """The printout's own title in the register."""
    check_lang(lang)
    return {"ru": f"Заключение № {number} об определении размера ущерба",
            "kk": f"Зиянның мөлшерін айқындау туралы № {number} қорытынды",
            "ky": f"Зыяндын өлчөмүн аныктоо жөнүндө № {number} корутунду"}[lang]


def render(doc: Conclusion, info: FrameInfo) -> bytes:
    """The conclusion as PDF; refused under a frame marked lower than its information."""
    if info.marking < marking_level(doc):
        raise ValueError(f"a conclusion about {marking_level(doc).value} information cannot "
                         f"be marked {info.marking.value}")
    return build_pdf(story(doc, info.lang), info)
