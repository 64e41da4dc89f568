"""Render the app's SVG icon into the PNG, .ico and .icns files the packagers want.

Run: python packaging/make_icons.py OUT_DIR (needs Pillow, from the ``package`` group).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(svg: Path, out: Path) -> list[Path]:
    """One PNG per size, drawn by Qt's SVG renderer so every size is sharp."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not an SVG image Qt can draw")
    pngs = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = out / f"cxassess-{size}.png"
        if not image.save(str(path)):
            raise SystemExit(f"could not write {path}")
        pngs.append(path)
    return pngs


def main() -> None:
    from PIL import Image

    root = Path(__file__).resolve().parent.parent
    out = Path(sys.argv[1] if len(sys.argv) > 1 else root / "build" / "icons")
    out.mkdir(parents=True, exist_ok=True)
    pngs = render(root / "assets" / "icons" / "cxassess.svg", out)
    largest = Image.open(pngs[-1])
    largest.save(out / "cxassess.png")
    largest.save(out / "cxassess.ico", sizes=[(s, s) for s in SIZES if s <= 256])
    largest.save(out / "cxassess.icns")
    print(f"icons in {out}")


if __name__ == "__main__":
    main()
