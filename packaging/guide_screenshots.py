"""The user guide's screenshots, made from the demo workspace:
``guide_screenshots.py [--language sr_Latn] OUT_DIR``.

A volunteer's walk (the photos, a recorded camera, the map, the Export dialog) and a
coordinator's merge (two bundles of the demo signed by two volunteers' keys, merged in the
campaign window, then its statistics). The interface speaks the guide's language and the demo
workspace is built in it, so the pictures show the words the guide names. Everything happens
in a temporary folder, offscreen; the user's own workspace, keys and settings are never
touched. ``make guide`` runs it for every language.
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

SIZE = (1280, 800)

# The two volunteers of the coordinator's part, by the names a reader of each guide expects.
VOLUNTEERS = {
    "en": ("kestrel", "heron"),
    "sr_Latn": ("vetruska", "caplja"),
    "sr_Cyrl": ("vetruska", "caplja"),
}


def wait_until(app: object, condition: object, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and not condition():  # type: ignore[operator]
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.02)


def save(widget: object, out: Path, name: str) -> None:
    path = out / name
    if not widget.grab().save(str(path)):  # type: ignore[attr-defined]
        raise SystemExit(f"could not write {path}")
    print(path)


def volunteer(
    app: object, tmp: Path, out: Path, names: tuple[str, str]
) -> list[tuple[str, Path, str]]:
    """The volunteer's screenshots; returns two volunteers' bundles of the demo
    (name, bundle, public key) for the coordinator, who disagree about one camera's mount."""
    from PySide6.QtCore import QSettings

    from surveyor.core import camera_records as cameras
    from surveyor.core.bundle.export_selection import Selection
    from surveyor.core.bundle.minisign import SecretKey
    from surveyor.core.bundle.writer import export_bundle
    from surveyor.core.demo import build_demo_workspace
    from surveyor.store.models import Camera
    from surveyor.ui.export_dialog import ExportBundleDialog
    from surveyor.ui.main_window import MainWindow
    from surveyor.ui.settings import Settings

    workspace = build_demo_workspace(tmp / "demo", workers=0)
    settings = Settings(QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(workspace, settings)
    window.resize(*SIZE)
    window.show()
    rows = window.model.rows()
    wait_until(app, lambda: all(window.model.thumbnails.pixmap(p.sha256) for p in rows[:10]))

    # A photo still to do first (the empty camera panel), then one with a recorded camera.
    todo = next(p for p in rows if p.name == "IMG_0107.jpg")
    window.select_photos([todo.id])
    wait_until(app, window.preview.has_image)
    window.grid.scrollToTop()  # every kind of badge in sight: the first row and the second's
    wait_until(app, lambda: False, timeout=0.3)
    save(window, out, "01-photos.png")

    dome = next(p for p in rows if p.name == "IMG_0101.jpg")
    window.select_photos([dome.id])
    wait_until(app, window.preview.has_image)
    wait_until(app, lambda: False, timeout=0.3)
    save(window, out, "02-record.png")

    idle: list[object] = []
    window.show_map()
    panel = window.map_slot.ensure_map()
    panel.mapIdle.connect(idle.append)
    wait_until(app, lambda: bool(idle), timeout=30.0)
    wait_until(app, lambda: False, timeout=1.5)  # let the pan animation finish
    save(window, out, "03-map.png")

    dialog = ExportBundleDialog(workspace, window, base=tmp / "config", settings=settings)
    dialog.out.setText(f"/home/{names[0]}/{names[0]}-1.zip")
    dialog.show()
    wait_until(app, lambda: False, timeout=0.5)
    save(dialog, out, "04-export.png")
    dialog.close()

    huawei = Camera.get(Camera.model == "IPC6625-Z30")
    bundles = []
    for name in names:
        key = SecretKey.generate()
        result = export_bundle(
            workspace,
            key,
            tmp / f"{name}.zip",
            Selection(all_unexported=True),
            pseudonym=name,
            mark_exported=False,
        )
        bundles.append((name, result.path, key.public_key.to_base64()))
        # The second volunteer saw the Huawei dome on a wall, not a pole: a vote to review.
        cameras.update_camera(huawei.id, camera_mount="wall")
    window.close()
    workspace.close()
    return bundles


def coordinator(app: object, tmp: Path, out: Path, bundles: list[tuple[str, Path, str]]) -> None:
    from surveyor.core.campaign import keyring
    from surveyor.ui.background import Task
    from surveyor.ui.campaign.window import CampaignWindow

    Task.synchronous = True  # the merge's result is on screen when the picture is taken
    window = CampaignWindow.open(tmp / "campaign")
    window.resize(*SIZE)
    window.show()
    for name, _path, public in bundles:
        keyring.add_key(public, name, trust=True)
    window.choose_bundles = lambda: [str(path) for _name, path, _public in bundles]
    window.merge_action.trigger()
    # The review map shows the split vote's sightings once its page is up.
    wait_until(app, lambda: window.review.map.is_ready, timeout=30.0)
    wait_until(app, lambda: False, timeout=1.5)
    save(window, out, "05-merge.png")
    window.tabs.setCurrentWidget(window.stats)
    wait_until(app, lambda: False, timeout=0.5)
    save(window, out, "06-statistics.png")
    window.close()
    window.ws.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--language", choices=sorted(VOLUNTEERS), default="en")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtWidgets import QApplication

    import surveyor.ui.map.scheme  # noqa: F401
    from surveyor.ui.language import chosen_locale, install_translations

    with tempfile.TemporaryDirectory(prefix="surveyor-guide-") as tmp_name:
        tmp = Path(tmp_name)
        os.environ["SURVEYOR_CONFIG_DIR"] = str(tmp / "config")
        app = QApplication([sys.argv[0], "guide"])
        install_translations(app, chosen_locale(args.language))
        bundles = volunteer(app, tmp, args.out, VOLUNTEERS[args.language])
        coordinator(app, tmp, args.out, bundles)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
