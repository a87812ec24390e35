"""The reports layer's part of `grif --self-test`: the bundled fonts in reportlab and a
page through the forms' own frame."""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Paragraph

from desktop.domain.errors import Reason
from desktop.domain.levels import Level
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.reports import fonts
from desktop.reports.frame import FrameInfo, build_pdf, styles

SAMPLE = "Құпия ақпарат тізілімі: әғқңөұүһі ₸ — Секретно — Жашыруун"


def pdf() -> Reason:
    fonts.register()                              # reads every bundled TTF
    info = FrameInfo(organisation="Grif", marking=Level.S, lang="kk", printed_by="self-test",
                     printed_at=dt.datetime.now().replace(microsecond=0))
    data = build_pdf([Paragraph(SAMPLE, styles()["body"])], info)
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-64:]:
        raise RuntimeError(Reason(QT_TRANSLATE_NOOP("SelfTest", "the PDF is not complete"),
                                  context="SelfTest"))
    if b"/FontFile2" not in data:
        raise RuntimeError(Reason(QT_TRANSLATE_NOOP(
            "SelfTest", "the PDF carries no embedded font"), context="SelfTest"))
    return Reason(QT_TRANSLATE_NOOP("SelfTest", "A4, %1 KB, fonts embedded"),
                  round(len(data) / 1024), context="SelfTest")
