"""Write installer/windows/grif.ico from the rendered PNGs (resources/icons/grif-<n>.png).

    .venv/bin/python installer/windows/make_ico.py

Each size of the .ico is the PNG drawn for that size (not one image scaled down), so the
16 and 32 pixel icons of the Start menu and the taskbar stay sharp. The .ico is committed
(installer/grif.spec and grif.iss use it); run this again after the PNGs change.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "resources" / "icons"
ICO = Path(__file__).resolve().parent / "grif.ico"
SIZES = (16, 32, 48, 64, 128, 256)


def make_ico(target: Path = ICO) -> Path:
    images = []
    for size in SIZES:
        image = Image.open(ICONS / f"grif-{size}.png").convert("RGBA")
        if image.size != (size, size):
            raise SystemExit(f"grif-{size}.png is {image.size}, not {size}x{size}")
        images.append(image)
    largest = images[-1]
    largest.save(target, format="ICO", sizes=[(s, s) for s in SIZES],
                 append_images=images[:-1])
    return target


if __name__ == "__main__":
    path = make_ico(Path(sys.argv[1]) if len(sys.argv) > 1 else ICO)
    print(f"{path}: {path.stat().st_size} bytes")
