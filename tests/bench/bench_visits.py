"""Visit requests (issue 8, S001 a.10).

visit_request_pdf_ms   wall time to render a visit request with 50 visitors (the most a
                       request takes) and 20 people to meet to PDF bytes (Kyrgyz, page frame
                       included), median of 5
visit_list_ms          wall time of the service call that lists 500 visit requests with their
                       visitors (personal data hidden), as the Visits tab reads them, median
                       of 5
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import replace
from pathlib import Path

from desktop.domain.levels import Level
from desktop.reports import visit_request as form
from desktop.reports.frame import FrameInfo
from desktop.reports.register_extract import page_count
from desktop.reports.signatures import Signer
from desktop.services import auth, visit_view, visits
from desktop.services.demo import DEMO_PASSWORD, create_demo
from desktop.services.visit_input import ContactInput, VisitDraft, VisitorInput
from tests.bench.common import Figures, median, report, scratch

RUNS = 5
REQUESTS = 500


def request() -> form.VisitRequest:
    visitors = [form.Visitor(f"Асанов-{n}", "Бакыт Жумабекович", dt.date(1980, 1, 1 + n % 28),
                             "г. Бишкек", "Кыргызская Республика", f"AC{n:07d}",
                             "инженер связи", "главный специалист",
                             "Министерство обороны Кыргызской Республики", Level.SS)
                for n in range(50)]
    contacts = [form.Contact("начальник отдела", f"Серіков-{n}", "Нұрлан") for n in range(20)]
    return form.VisitRequest(
        number="12/2026", direction="incoming", request_date=dt.date(2026, 11, 1),
        request_ref="СНБ КР № 12/889", start=dt.date(2026, 12, 15), days=5,
        organisations="АО «Демо»\nВойсковая часть 12345", purpose="Согласование плана учений",
        level=Level.SS, visitors=visitors, contacts=contacts, contract="№ 7-КР (01.09.2026)",
        late_reason="", organisation="АО «Демо»", signer=Signer("Директор", "М.Қ. Сейітов"))


def _pdf() -> float:
    doc = request()
    info = FrameInfo(organisation="АО «Демо»", marking=Level.SS, lang="ky",
                     printed_by="Е.Б. Нұрланов", printed_at=dt.datetime(2026, 11, 2, 10, 0),
                     chain_head="ab" * 32, audit_seq=1, registration_no="П-12/2026")
    times, pages = [], 0
    for _ in range(RUNS):
        start = time.perf_counter()
        pdf = form.render(doc, info)
        times.append(time.perf_counter() - start)
        pages = page_count(pdf)
    value = median(times) * 1000
    report("visit_request_pdf_ms", value, "ms", "< 1000 ms", digits=1)
    print(f"  (50 visitors, {pages} pages; runs: {', '.join(f'{t * 1000:.0f}' for t in times)}"
          " ms)")
    return value


def _list() -> float:
    with scratch("visits") as folder:
        return _list_in(folder / "visits.grif")


def _list_in(path: Path) -> float:
    create_demo(path).session.store.close()
    clerk = auth.login(path, "clerk", DEMO_PASSWORD, None)
    visitor = VisitorInput("Асанов", "Бакыт", dt.date(1980, 5, 17), "г. Бишкек",
                           "Кыргызская Республика", "AC1234567", "инженер", "специалист",
                           "МО КР", Level.SS)
    for n in range(REQUESTS):
        visits.create(clerk, VisitDraft(
            direction="incoming", start_date=clerk.today + dt.timedelta(days=30 + n % 300),
            days=3, organisations="АО «Демо»", purpose="Учения", level=Level.SS,
            visitors=[visitor, replace(visitor, passport_no=f"AC{n:07d}")],
            contacts=[ContactInput("начальник", "Серіков", "Нұрлан")]))
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        found = visit_view.visits(clerk)
        times.append(time.perf_counter() - start)
    assert len(found) == REQUESTS
    value = median(times) * 1000
    report("visit_list_ms", value, "ms", "< 50 ms", digits=1)
    clerk.store.close()
    return value


def run() -> Figures:
    return {"visit_request_pdf_ms": _pdf(), "visit_list_ms": _list()}


if __name__ == "__main__":
    run()
