"""Render the app icon at the usual sizes: ``make_icons.py OUT_DIR``.

Writes ``OUT_DIR/hicolor/<n>x<n>/apps/org.surveyor.Surveyor.png`` for the Linux icon theme,
the SVG under ``hicolor/scalable/apps``, and ``surveyor.ico`` (Windows) and ``surveyor.icns``
(macOS) for the spec. Drawn with Qt's SVG renderer, offscreen: no other tool is needed.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "resources" / "icons" / "org.surveyor.Surveyor.svg"
APP_ID = "org.surveyor.Surveyor"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(renderer: QSvgRenderer, size: int, out: Path) -> None:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(out)):
        raise SystemExit(f"could not write {out}")


def main() -> int:
    out = Path(sys.argv[1])
    QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE}: not a valid SVG")
    pngs = []
    for size in SIZES:
        png = out / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        render(renderer, size, png)
        pngs.append(png)
    scalable = out / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, scalable)
    with Image.open(pngs[-1]) as largest:
        largest.save(out / "surveyor.ico", sizes=[(s, s) for s in SIZES if s <= 256])
        largest.save(out / "surveyor.icns")
    print(f"{len(SIZES)} sizes, .ico and .icns in {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
