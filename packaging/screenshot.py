"""Write a screenshot of the main window with the demo workspace: ``screenshot.py OUT.png``.

Run offscreen (``QT_QPA_PLATFORM=offscreen``; ``make screenshot`` sets it). The demo is built
in a temporary folder, so the user's own workspace and settings are never touched.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import PySide6.QtWebEngineWidgets  # noqa: F401  (before the QApplication)


def wait_until(app: object, condition: object, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and not condition():  # type: ignore[operator]
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.02)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("output", type=Path)
    parser.add_argument("--size", default="1400x900")
    parser.add_argument("--map", action="store_true", help="show the map tab instead of the photo")
    parser.add_argument("--export", action="store_true", help="grab the Export dialog instead")
    parser.add_argument(
        "--language", default="en", help="interface language: en, sr_Latn or sr_Cyrl"
    )
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    with tempfile.TemporaryDirectory(prefix="surveyor-shot-") as tmp:
        os.environ["SURVEYOR_CONFIG_DIR"] = str(Path(tmp) / "config")
        app = QApplication([sys.argv[0]])
        from surveyor.ui.language import chosen_locale, install_translations

        install_translations(app, chosen_locale(args.language))
        from surveyor.core.demo import build_demo_workspace
        from surveyor.ui.main_window import MainWindow
        from surveyor.ui.settings import Settings

        workspace = build_demo_workspace(Path(tmp) / "demo")
        settings = Settings(QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat))
        window = MainWindow(workspace, settings)
        window.resize(width, height)
        window.show()
        # A photo of the Huawei dome: recorded, with pictogram fields filled in.
        target = next(p for p in window.model.rows() if p.name == "IMG_0101.jpg")
        window.select_photos([target.id])
        wait_until(app, window.preview.has_image)
        wait_until(
            app,
            lambda: all(
                window.model.thumbnails.pixmap(p.sha256) is not None
                for p in window.model.rows()[:10]
            ),
        )
        if args.map:
            idle: list[object] = []
            # As a volunteer would: the photo is selected, then the Map tab is opened.
            window.show_map()
            panel = window.map_slot.ensure_map()
            panel.mapIdle.connect(idle.append)
            wait_until(app, lambda: bool(idle), timeout=30.0)
            wait_until(app, lambda: False, timeout=1.5)  # let the pan animation finish
        shown: object = window
        if args.export:
            from surveyor.ui.export_dialog import ExportBundleDialog

            dialog = ExportBundleDialog(window.workspace, window, settings=window.settings)
            dialog.show()
            wait_until(app, lambda: False, timeout=3.0)  # previews and the summary fill in
            shown = dialog
        app.processEvents()
        args.output.parent.mkdir(parents=True, exist_ok=True)
        if not shown.grab().save(str(args.output)):  # type: ignore[attr-defined]
            print(f"could not write {args.output}", file=sys.stderr)
            return 1
        print(args.output)
        if args.export:
            shown.close()  # type: ignore[attr-defined]  (stops its background work first)
        window.close()
        workspace.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
