"""The bundled DejaVu fonts, registered once and embedded (subset) in every PDF.

The PDF base fonts have no Cyrillic; DejaVu covers Kazakh (әғқңөұүһі), Kyrgyz (ңөү) and
the tenge sign ₸, and an embedded TrueType subset carries a ToUnicode map so the text
extracts exactly."""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop.paths import resources_dir

SANS = "DejaVuSans"
SANS_BOLD = "DejaVuSans-Bold"
MONO = "DejaVuSansMono"
MONO_BOLD = "DejaVuSansMono-Bold"

FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    MONO: "DejaVuSansMono.ttf",
    MONO_BOLD: "DejaVuSansMono-Bold.ttf",
}

_lock = threading.Lock()
_done = False


def register() -> None:
    """Register the four faces and their bold mapping (<b> in a Paragraph). Idempotent and
    safe to call from a print worker thread."""
    global _done
    with _lock:
        if _done:
            return
        folder = resources_dir() / "fonts"
        for name, filename in FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
        for family, bold in ((SANS, SANS_BOLD), (MONO, MONO_BOLD)):
            # No italic faces are bundled: italic falls back to the upright ones.
            addMapping(family, 0, 0, family)
            addMapping(family, 1, 0, bold)
            addMapping(family, 0, 1, family)
            addMapping(family, 1, 1, bold)
        _done = True
