"""The printed damage conclusion (issue 7, seed 000 p.11).

conclusion_pdf_ms  wall time to render a conclusion with all 12 indicators of p.8 and a
                   commission of 10 people to PDF bytes (Russian, page frame included, the
                   agreement block and the range of p.10), median of 5
"""

from __future__ import annotations

import datetime as dt
import time
from decimal import Decimal

from desktop.domain.levels import Level
from desktop.reports import conclusion as cn
from desktop.reports.frame import FrameInfo
from desktop.reports.register_extract import page_count
from tests.bench.common import Figures, median, report

RUNS = 5
SIGNED = dt.datetime(2026, 1, 20, 11, 0)
PEOPLE = (("chair", "Заместитель директора", "Х.Х. Хедов", ""),
          ("deputy_chair", "Начальник отдела", "Д.Д. Замов", ""),
          ("member", "Главный специалист", "Е.К. Исполнителев", ""),
          ("member", "Экономист", "Э.Э. Счетов", ""),
          ("member", "Юрисконсульт", "Ю.Ю. Правов", ""),
          ("member", "Инженер по защите информации", "И.И. Защитин", ""),
          ("secretary", "Делопроизводитель", "Т.К. Клерков", ""),
          ("specialist", "Ведущий инженер", "С.С. Спецов", "ТОО «Инжиниринг»"),
          ("authority", "Представитель", "А.А. Органов", "КНБ РК"),
          ("customer", "Представитель заказчика", "З.З. Заказов", "АО «Заказчик»"))


def conclusion() -> cn.Conclusion:
    """An approved conclusion: 12 indicators with justifications, 10 participants, a
    single-copy loss of "Top secret" information assessed by the range of p.10."""
    participants = [cn.Participant(role, position, name, org,
                                   "paper" if i % 3 == 2 else "program",
                                   None if i % 3 == 2 else SIGNED)
                    for i, (role, position, name, org) in enumerate(PEOPLE)]
    indicators = [cn.Indicator(n, Decimal(150_000 * n + 7),
                               f"Расчёт экономического отдела № {n}/2026, приложение {n}; "
                               "цены на день поступления материалов в комиссию")
                  for n in range(1, 13)]
    return cn.Conclusion(
        number="3/2026", place="г. Астана", made_at=dt.datetime(2026, 1, 20, 14, 30),
        head_position="Директор", head_name="А.Б. Начальников", approved=dt.date(2026, 1, 22),
        agreement_body="Комитет национальной безопасности Республики Казахстан",
        agreement_reference="12-с", agreement_date=dt.date(2026, 1, 19),
        commission_kind="expert", expert_order="15-к", expert_order_date=dt.date(2026, 1, 2),
        participants=participants, basis_kind="investigation", basis_reference="7/2026",
        basis_date=dt.date(2025, 12, 30), materials_received=dt.date(2026, 1, 5),
        content="Отчёт о научно-исследовательской работе по теме «Шифр», экз. № 1 "
                "(единственный)", level=Level.SS, indicators=indicators, methodology="",
        methodology_body="", range_low_mci=1000, range_high_mci=20_000, single_copy=True,
        mci=4325, mci_date=dt.date(2026, 1, 1), mci_override="", amount_mci=Decimal(1000),
        amount_tenge=Decimal(4_325_000), kyrgyz_reference="", kyrgyz_amount="",
        kyrgyz_currency="", other_matters="Материалы направлены в органы национальной "
                                          "безопасности.", owner="", owner_read=None)


def run() -> Figures:
    doc = conclusion()
    info = FrameInfo(organisation="Bench Archive", marking=Level.SS, lang="ru",
                     printed_by="Т.К. Клерков", printed_at=dt.datetime(2026, 1, 22, 10, 0),
                     chain_head="ab" * 32, audit_seq=1, registration_no="П-3/2026")
    times, pages = [], 0
    for _ in range(RUNS):
        start = time.perf_counter()
        pdf = cn.render(doc, info)
        times.append(time.perf_counter() - start)
        pages = page_count(pdf)
    value = median(times) * 1000
    report("conclusion_pdf_ms", value, "ms", "< 1000 ms", digits=1)
    print(f"  (conclusion_pdf_ms runs: {', '.join(f'{t * 1000:.0f}' for t in times)} ms; "
          f"{pages} pages)")
    return {"conclusion_pdf_ms": value}


if __name__ == "__main__":
    run()
