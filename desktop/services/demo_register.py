"""A realistic demo register of any size: titles in Kazakh, Russian and Kyrgyz, every kind,
level and state, carriers of the Kyrgyz party, derived registrations, and the moves that
lead to each copy's state. Reproducible: the same seed gives the same register.

The rows are written in bulk by store/demo_bulk.py (10^6 copies in well under two minutes);
the fill itself is one audit record, `demo.fill`, by the administrator."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass

from desktop.domain.access import require_role
from desktop.domain.carriers import CopyState, MoveKind, format_reg_no
from desktop.domain.levels import Level, kyrgyz_equivalent
from desktop.domain.roles import Role
from desktop.services import settings
from desktop.services.session import Session, action
from desktop.store import users as user_repo
from desktop.store.demo_bulk import BulkWriter

JOURNAL = "main"
YEARS = 6                       # registrations spread over this many years up to today
BATCH_COPIES = 100_000          # copies per transaction
LEVELS = ((Level.S, 60), (Level.SS, 30), (Level.OV, 10))
KINDS = (("paper", 70), ("electronic", 15), ("item", 8), ("other", 7))
ORIGINS = (("own", 62), ("domestic", 30), ("kyrgyz", 8))
# Per mille. Most copies are in the safe; a few are out with a person at any time.
STATES = ((CopyState.REGISTERED, 620), (CopyState.RETURNED, 300), (CopyState.ISSUED, 4),
          (CopyState.DISPATCHED, 38), (CopyState.DELIVERED, 38))
DERIVED_SHARE = 0.05
PARENTS = 5000                  # a derived registration's parent is one of the last so many
LANGS = ("kk", "kk", "kk", "ru", "ru", "ru", "ky")   # of carriers not from the Kyrgyz party
SEED = 20261121

# Word lists for titles: the register's usual documents in the three languages.
SUBJECTS = {
    "ru": ["мобилизационной подготовки", "гражданской обороны", "территориальной обороны",
           "защиты государственных секретов", "охраны объекта", "связи и оповещения",
           "командно-штабных учений", "перевозок воинских грузов"],
    "kk": ["жұмылдыру дайындығының", "азаматтық қорғаныстың", "аумақтық қорғаныстың",
           "мемлекеттік құпияларды қорғаудың", "объектіні күзетудің",
           "байланыс және хабарлау", "командалық-штабтық оқу-жаттығулардың"],
    "ky": ["мобилизациялык даярдыктын", "жарандык коргонуунун", "аймактык коргонуунун",
           "мамлекеттик сырларды коргоонун", "объектини кайтаруунун",
           "байланыш жана кабарлоонун"],
}
REPORTS = {
    "ru": ["состоянии мобилизационной готовности", "состоянии защиты государственных секретов",
           "проверке секретного делопроизводства", "результатах учений",
           "выполнении плана перевозок"],
    "kk": ["жұмылдыру дайындығының жай-күйі", "мемлекеттік құпияларды қорғаудың жай-күйі",
           "құпия іс жүргізуді тексеру", "оқу-жаттығулардың нәтижелері"],
    "ky": ["мобилизациялык даярдыктын абалы", "мамлекеттик сырларды коргоонун абалы",
           "жашыруун иш кагаздарын текшерүү", "окуу-машыгуулардын жыйынтыктары"],
}
ORDERS = {
    "ru": ["Об организации пропускного режима", "О мерах по защите государственных секретов",
           "О проведении учений", "Об утверждении номенклатуры дел"],
    "kk": ["Өткізу режимін ұйымдастыру туралы", "Мемлекеттік құпияларды қорғау шаралары туралы",
           "Оқу-жаттығулар өткізу туралы", "Істер номенклатурасын бекіту туралы"],
    "ky": ["Өткөрүү режимин уюштуруу жөнүндө", "Окуу-машыгууларды өткөрүү жөнүндө",
           "Мамлекеттик сырларды коргоо чаралары жөнүндө"],
}
REGIONS = {
    "ru": ["Алматинской области", "Жамбылской области", "Туркестанской области",
           "Восточно-Казахстанской области", "приграничного района", "г. Астаны"],
    "kk": ["Алматы облысының", "Жамбыл облысының", "Түркістан облысының",
           "Шығыс Қазақстан облысының", "шекара маңы ауданының"],
    "ky": ["Чүй облусунун", "Ош облусунун", "Жалал-Абад облусунун", "Баткен облусунун",
           "Ысык-Көл облусунун", "чек ара аймагынын"],
}
MEDIA = {
    "ru": (["Флеш-накопитель", "Жёсткий диск", "Оптический диск DVD-R",
            "Твердотельный накопитель"],
           ["электронной версией плана мобилизационной подготовки",
            "базой данных учёта военнообязанных", "картографическими материалами",
            "материалами учений"]),
    "kk": (["флеш-жинақтауыш", "қатты диск", "оптикалық диск"],
           ["Жұмылдыру жоспарының электрондық нұсқасы бар", "Картографиялық материалдар бар",
            "Оқу-жаттығу материалдары бар"]),
    "ky": (["флеш-түзүлүш", "катуу диск", "оптикалык диск"],
           ["Мобилизациялык пландын электрондук версиясы камтылган",
            "Картографиялык материалдар камтылган"]),
}
THINGS = {
    "ru": ["Образец изделия «{code}»", "Шифровальный блок {code}",
           "Комплект ключевых документов № {n}", "Макет объекта «{code}»",
           "Фотоальбом объекта № {n}"],
    "kk": ["«{code}» бұйымының үлгісі", "№ {n} кілттік құжаттар жинағы",
           "«{code}» объектісінің макеті", "№ {n} объектінің фотоальбомы"],
    "ky": ["«{code}» буюмунун үлгүсү", "№ {n} ачкыч документтердин топтому",
           "«{code}» объектисинин макети", "№ {n} объектинин фотоальбому"],
}
DERIVED = {"copy": ["Копия: {t}", "Көшірме: {t}", "Көчүрмө: {t}"],
           "extract": ["Выписка из документа «{t}»", "«{t}» құжатынан үзінді"],
           "translation": ["Перевод: {t}", "Аударма: {t}", "Котормо: {t}"]}
DOMESTIC = ["Министерство обороны Республики Казахстан",
            "Генеральный штаб Вооружённых Сил Республики Казахстан",
            "Министерство по чрезвычайным ситуациям Республики Казахстан",
            "Қазақстан Республикасы Ішкі істер министрлігі", "Алматы облысының әкімдігі",
            "Акимат Жамбылской области", "Пограничная служба КНБ Республики Казахстан"]
KYRGYZ = ["Министерство обороны Кыргызской Республики",
          "Кыргыз Республикасынын Өзгөчө кырдаалдар министрлиги",
          "Генеральный штаб Вооружённых Сил Кыргызской Республики",
          "Кыргыз Республикасынын Чек ара кызматы"]
PURPOSES = ["Для совместного планирования учений",
            "Для взаимодействия по охране государственной границы",
            "Чек ара аймагындагы биргелешкен иш-чараларды пландаштыруу үчүн",
            "Для выполнения работ по контракту"]
NOTES = ["Подшит в дело № {n}-с", "Құжат № {n} істің томында тігілген",
         "Иш № {n} топтомунда сакталат", "Срок хранения — постоянно"]
CAPACITIES = ["8 ГБ", "16 ГБ", "32 ГБ", "64 ГБ", "4,7 ГБ", "500 ГБ", "1 ТБ"]


class Titles:
    """Random but plausible texts, from the generator's seeded random source."""

    def __init__(self, rnd: random.Random) -> None:
        self.rnd = rnd

    def title(self, kind: str, lang: str, year: int) -> str:
        rnd = self.rnd
        if kind == "electronic":
            media, contents = MEDIA[lang]
            if lang == "ru":
                return f"{rnd.choice(media)} с {rnd.choice(contents)}"
            return f"{rnd.choice(contents)} {rnd.choice(media)}"
        if kind in ("item", "other"):
            return rnd.choice(THINGS[lang]).format(
                code=f"{rnd.choice('АБВГДЕКМНРТ')}-{rnd.randint(10, 999)}",
                n=rnd.randint(1, 300))
        shape = rnd.randrange(5)
        if shape == 0:
            subject = rnd.choice(SUBJECTS[lang])
            return {"ru": f"План {subject} на {year} год",
                    "kk": f"{year} жылға арналған {subject} жоспары",
                    "ky": f"{year}-жылга карата {subject} планы"}[lang]
        if shape == 1:
            report = rnd.choice(REPORTS[lang])
            return {"ru": f"Отчёт о {report} за {year} год",
                    "kk": f"{year} жылғы {report} туралы есеп",
                    "ky": f"{year}-жылдагы {report} жөнүндө отчет"}[lang]
        if shape == 2:
            word = {"ru": "Приказ", "kk": "бұйрық", "ky": "буйрук"}[lang]
            number = rnd.randint(1, 400)
            order = rnd.choice(ORDERS[lang])
            return f"{word} № {number} «{order}»" if lang == "ru" else \
                f"№ {number} {word} «{order}»"
        if shape == 3:
            region, scale = rnd.choice(REGIONS[lang]), rnd.choice((50, 100, 200, 500))
            return {"ru": f"Карта {region} (масштаб 1:{scale} 000)",
                    "kk": f"{region} картасы (1:{scale} 000)",
                    "ky": f"{region} картасы (1:{scale} 000)"}[lang]
        subject = rnd.choice(SUBJECTS[lang])
        return {"ru": f"Схема {subject} на {year} год",
                "kk": f"{subject.capitalize()} схемасы",
                "ky": f"{subject.capitalize()} схемасы"}[lang]

    def derived(self, parent: str) -> tuple[str, str]:
        derivation = self.rnd.choice(("copy", "extract", "extract", "translation"))
        return derivation, self.rnd.choice(DERIVED[derivation]).format(t=parent)[:500]

    def originator(self, origin: str) -> str:
        return self.rnd.choice(KYRGYZ if origin == "kyrgyz" else DOMESTIC)

    def recipient(self) -> str:
        return self.rnd.choice(DOMESTIC)

    def reference(self) -> str:
        return f"{self.rnd.randint(1, 999)}/{self.rnd.randint(1, 40)}-с"  # forms add the №

    def purpose(self) -> str:
        return self.rnd.choice(PURPOSES)

    def contract(self) -> str:
        return (f"Соглашение РК и КР о взаимной защите секретной информации; "
                f"контракт № {self.rnd.randint(1, 90)}-К")

    def medium(self) -> tuple[str, str]:
        return f"SN{self.rnd.randrange(16 ** 8):08X}", self.rnd.choice(CAPACITIES)

    def location(self, custodian_id: int) -> str:
        return f"Сейф № {custodian_id * 10 + self.rnd.randint(1, 4)}, каб. {200 + custodian_id}"

    def notes(self) -> str:
        return self.rnd.choice(NOTES).format(n=self.rnd.randint(1, 99))


Progress = Callable[[int, int], None]


def _table(pairs):
    """A list for random.choice with each value repeated by its weight (fast sampling)."""
    return [value for value, weight in pairs for _ in range(weight)]


@dataclass
class People:
    registrars: list[tuple[int, str]]          # (id, username): clerks and heads
    holders: dict[Level, list[int]]            # who may be issued a copy of each level


def _people(session: Session, today: dt.date) -> People:
    with session.store.read() as conn:
        everyone = [u for u in user_repo.all_users(conn) if u.active]
    registrars = [(u.id, u.username) for u in everyone
                  if u.has_role(Role.CLERK, Role.PROTECTION_HEAD) and u.clearance
                  and u.clearance.covers(Level.OV, today)]
    holders = {lv: [u.id for u in everyone if u.clearance and u.clearance.covers(lv, today)
                    and not u.has_role(Role.CLERK, Role.PROTECTION_HEAD, Role.ADMIN)]
               for lv in Level}
    if not registrars:
        raise ValueError("the demo needs a clerk cleared for every level")
    for lv in Level:
        holders[lv] = holders[lv] or [registrars[0][0]]
    return People(registrars, holders)


class Generator:
    """Rows for the bulk writer, in registration order (dates never go back, so the numbers
    of each year rise with the dates)."""

    def __init__(self, session: Session, copies: int, seed: int, today: dt.date,
                 next_ids: tuple[int, int, int], numbers: dict[int, int]) -> None:
        self.rnd = random.Random(seed)
        self.today = today
        self.people = _people(session, today)
        values = settings.current(session)
        self.template, self.prefix = values["register.format"], values["register.prefix"]
        self.suffixes = {lv: values[f"register.suffix.{lv}"] for lv in ("S", "SS", "OV")}
        self.channels = list(values["dispatch.channels"]) or ["Нарочным"]
        self.titles = Titles(self.rnd)
        self.reg_id, self.copy_id, self.move_id = next_ids
        self.numbers = dict(numbers)
        self.levels, self.kinds = _table(LEVELS), _table(KINDS)
        self.origins, self.states = _table(ORIGINS), _table(STATES)
        sizes = []
        left = copies
        while left > 0:
            size = min(left, self.rnd.randint(1, 5))
            sizes.append(size)
            left -= size
        self.sizes = sizes
        self.first_day = dt.date(today.year - YEARS + 1, 1, 1)
        self.span = (today - self.first_day).days     # up to yesterday: moves follow
        self.now = dt.datetime.now(dt.UTC)
        self.generated: list[tuple[int, int, str]] = []   # (id, level rank, title) for parents

    def batches(self, per_batch: int = BATCH_COPIES):
        """(registrations, copies, moves, numbers after the batch) per transaction."""
        regs: list[tuple] = []
        copies: list[tuple] = []
        moves: list[tuple] = []
        total = len(self.sizes)
        for index, size in enumerate(self.sizes):
            day = self.first_day + dt.timedelta(days=index * self.span // total)
            self._registration(day, size, regs, copies, moves)
            if len(copies) >= per_batch:
                yield regs, copies, moves, dict(self.numbers)
                regs, copies, moves = [], [], []
        if regs:
            yield regs, copies, moves, dict(self.numbers)

    def _registration(self, day: dt.date, size: int, regs: list, copies: list,
                      moves: list) -> None:
        rnd = self.rnd
        level = rnd.choice(self.levels)
        parent_id = derivation = None
        title = None
        if self.generated and rnd.random() < DERIVED_SHARE:
            recent = self.generated        # a parent among the last registrations
            parent_id, parent_rank, parent_title = recent[
                rnd.randrange(max(0, len(recent) - PARENTS), len(recent))]
            if parent_rank > level.rank:
                level = {lv.rank: lv for lv in Level}[parent_rank]
            derivation, title = self.titles.derived(parent_title)
        kind = rnd.choice(self.kinds)
        origin = "own" if parent_id else rnd.choice(self.origins)
        lang = "ky" if origin == "kyrgyz" and rnd.random() < 0.6 else rnd.choice(LANGS)
        if title is None:
            title = self.titles.title(kind, lang, day.year)
        year = day.year
        number = self.numbers.get(year, 0) + 1
        self.numbers[year] = number
        reg_no = format_reg_no(self.template, prefix=self.prefix, number=number, level=level,
                               year=year, suffixes=self.suffixes)
        registrar_id, registrar = rnd.choice(self.people.registrars)
        at = f"{day.isoformat()}T{rnd.randint(3, 12):02d}:{rnd.randint(0, 59):02d}:00+00:00"
        originator = marking = reference = purpose = contract = incoming_no = ""
        reference_date = incoming_date = None
        if origin != "own":
            originator, reference = self.titles.originator(origin), self.titles.reference()
            incoming_no = f"{rnd.randint(1, 9999)}-вх"
            incoming_date = (day - dt.timedelta(days=rnd.randint(0, 3))).isoformat()
            reference_date = (day - dt.timedelta(days=rnd.randint(4, 20))).isoformat()
            if origin == "kyrgyz":
                marking = kyrgyz_equivalent(level)   # the comparable marking, kept as sent
                purpose, contract = self.titles.purpose(), self.titles.contract()
        sheets = serial = capacity = None
        if kind == "paper":
            sheets = rnd.randint(1, 120)
        elif kind == "electronic":
            serial, capacity = self.titles.medium()
        basis = f"п. {rnd.randint(1, 240)} Перечня сведений, подлежащих засекречиванию"
        review = day + dt.timedelta(days=365 * {1: 5, 2: 10, 3: 30}[level.rank])
        notes = self.titles.notes() if rnd.random() < 0.1 else ""
        reg_id = self.reg_id
        self.reg_id += 1
        regs.append((reg_id, JOURNAL, year, number, reg_no, day.isoformat(), kind, title,
                     level.value, level.rank, basis, review.isoformat(), origin, originator,
                     marking, reference, reference_date, incoming_no, incoming_date, sheets,
                     serial or "", capacity or "", size, parent_id, derivation, purpose,
                     contract, notes, at, registrar))
        self.generated.append((reg_id, level.rank, title))
        if len(self.generated) > 4 * PARENTS:
            del self.generated[:-PARENTS]
        location = self.titles.location(registrar_id)
        for copy_no in range(1, size + 1):
            self._copy(reg_id, copy_no, level, at, registrar_id, registrar, location,
                       incoming_no or basis, copies, moves)

    def _copy(self, reg_id: int, copy_no: int, level: Level, at: str, custodian_id: int,
              clerk: str, location: str, basis: str, copies: list, moves: list) -> None:
        rnd = self.rnd
        copy_id = self.copy_id
        self.copy_id += 1
        state = rnd.choice(self.states)
        trail = [(MoveKind.REGISTER, "", CopyState.REGISTERED, None, "", "", basis, "")]
        holder_id = None
        if state in (CopyState.ISSUED, CopyState.RETURNED):
            person = rnd.choice(self.people.holders[level])
            basis_issue = f"заявка № {rnd.randint(1, 999)}"
            trail.append((MoveKind.ISSUE, CopyState.REGISTERED, CopyState.ISSUED, person, "",
                          "", basis_issue, ""))
            if state is CopyState.RETURNED:
                trail.append((MoveKind.RETURN, CopyState.ISSUED, CopyState.RETURNED, None, "",
                              "", "", ""))
            else:
                holder_id = person
        elif state in (CopyState.DISPATCHED, CopyState.DELIVERED):
            to_org, letter = self.titles.recipient(), f"исх. № {rnd.randint(1, 9999)}/с"
            trail.append((MoveKind.DISPATCH, CopyState.REGISTERED, CopyState.DISPATCHED, None,
                          to_org, rnd.choice(self.channels), "письмо-запрос", letter))
            if state is CopyState.DELIVERED:
                trail.append((MoveKind.CONFIRM_RECEIPT, CopyState.DISPATCHED,
                              CopyState.DELIVERED, None, "", "", letter,
                              f"уведомление № {rnd.randint(1, 9999)}"))
        when = dt.datetime.fromisoformat(at)
        last = at
        for step, (kind, before, after, to_user, to_org, channel, why, ref) in enumerate(trail):
            if step:
                when = min(when + dt.timedelta(days=rnd.randint(1, 60), hours=rnd.randint(0, 8)),
                           self.now)
                last = when.isoformat(timespec="seconds")
            moves.append((self.move_id, copy_id, kind.value,
                          before.value if before else "", after.value, last, clerk, to_user,
                          to_org, channel, why, ref))
            self.move_id += 1
        copies.append((copy_id, reg_id, copy_no, state.value, custodian_id, holder_id, location,
                       None, last))


def fill(session: Session, copies: int, *, seed: int = SEED,
         progress: Progress | None = None) -> int:
    """Add `copies` demo copies to the register (administrator); returns the registrations
    made. The rows are written in a few transactions, then the fill is journalled."""
    require_role(session.user, Role.ADMIN)   # checked again, re-read, when journalled
    today = dt.date.today()
    made = done = 0
    store = session.store
    with BulkWriter(store.path, store.keys.store_key) as writer:
        gen = Generator(session, copies, seed, today, writer.next_ids(),
                        writer.last_numbers(JOURNAL))
        for regs, rows, moves, numbers in gen.batches():
            writer.write(JOURNAL, regs, rows, moves, numbers)
            made, done = made + len(regs), done + len(rows)
            if progress:
                progress(done, copies)
        writer.checkpoint()
    with action(session, "demo.fill") as tx:
        require_role(tx.user, Role.ADMIN)
        tx.details = {"count": done, "registrations": made, "seed": seed}
    return made
