"""Render grif.svg to the PNG sizes the desktops ask for (grif-<n>.png beside the SVG).

    QT_QPA_PLATFORM=offscreen .venv/bin/python resources/icons/render.py

The PNGs are committed; run this again after a change to grif.svg.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
SIZES = (16, 32, 48, 64, 128, 256)


def render(svg: Path, size: int) -> QImage:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else HERE
    out.mkdir(parents=True, exist_ok=True)
    app = QGuiApplication.instance() or QGuiApplication(argv[:1])
    for size in SIZES:
        target = out / f"grif-{size}.png"
        if not render(HERE / "grif.svg", size).save(str(target), "PNG"):
            raise SystemExit(f"{target}: could not write")
        print(target)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
