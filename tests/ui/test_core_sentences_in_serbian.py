"""The core's reasons reach the interface in Serbian once the app installs sr_Latn (built .qm)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from surveyor.core.bundle.gate_bag_info import bag_info_problems
from surveyor.core.bundle.verify import BundleInvalid, VerifyReport
from surveyor.core.map.edits import photos_without_position
from surveyor.core.photos.importer import import_paths
from surveyor.core.workspace import Workspace
from surveyor.store.models import Photo, Walk
from surveyor.ui.language import install_translations
from surveyor.ui.map.sidebar import MapSidebar
from tests.fixtures.gpx import catalogue_photo
from tests.fixtures.photos import make_jpeg


def test_a_gate_reason_is_shown_in_serbian(serbian_latin: None) -> None:
    problems = bag_info_problems({"Bagging-Date": "2026-13-45", "Colour": "red"}, ["Payload-Oxum"])
    reasons = [reason for _file, reason in problems]
    # The value stays English (the CLI's --json, logs, comparisons); shown, it is Serbian.
    assert reasons[0] == "Payload-Oxum appears more than once"
    assert [str(reason) for reason in reasons] == [
        "Payload-Oxum se pojavljuje više puta",
        "Bagging-Date '2026-13-45' nije postojeći datum",
        "nepoznata oznaka Colour",
    ]


def test_a_refused_bundle_says_why_in_serbian(serbian_latin: None, tmp_path: Path) -> None:
    report = VerifyReport(tmp_path / "b.zip")
    report.add("bag-info.txt", bag_info_problems({}, ["Surveyor-Key-Id"])[0][1])
    refused = BundleInvalid(report)
    assert str(refused) == "b.zip: bag-info.txt: Surveyor-Key-Id se pojavljuje više puta"


def test_an_import_warning_read_back_later_is_shown_in_serbian(
    workspace: Workspace, tmp_path: Path, qapp: QApplication
) -> None:
    photo = make_jpeg(tmp_path / "no_fix.jpg", lat=0.0, lon=0.0, orientation=9)
    report = import_paths(workspace, [photo], workers=0)
    stored = Photo.get()
    english = (
        "orientation unusable (9 is not 1..8); GPS position is 0,0 (no fix); photo has no position"
    )
    assert stored.import_reason == english  # the English column, as the CLI and logs read it
    serbian = (
        "orijentacija neupotrebljiva (9 nije između 1 i 8); "
        "GPS položaj je 0,0 (nema signala); fotografija nema položaj"
    )
    installed = install_translations(qapp, QLocale("sr_Latn_RS"))
    try:
        assert [str(reason) for _path, reason in report.warnings] == [serbian]
        # Read back from the catalogue, as the map's "no position" tray does after a restart.
        [(_id, _name, note)] = photos_without_position()
        assert note == english and str(note) == serbian
        sidebar = MapSidebar()
        sidebar.show_update(photos_without_position(), {}, [])
        assert sidebar.tray.item(0).toolTip() == serbian
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        install_translations(qapp, QLocale("en_GB"))


def test_a_row_from_before_shows_its_english(workspace: Workspace, serbian_latin: None) -> None:
    catalogue_photo(
        int(Walk.create(name="old").id),
        "old.jpg",
        None,
        import_status="warning",
        import_reason="GPS position is 0,0 (no fix); photo has no position",
    )
    [(_id, _name, note)] = photos_without_position()
    assert str(note) == "GPS position is 0,0 (no fix); photo has no position"


def test_the_status_line_shows_a_core_message_in_serbian(serbian_latin: None) -> None:
    """Qt reads a str subclass's English value: the sinks of core text translate it first."""
    from PySide6.QtWidgets import QStatusBar

    from surveyor.ui.status_line import StatusLine

    bar = QStatusBar()
    reason = bag_info_problems({"Colour": "red"}, [])[0][1]
    StatusLine(bar).message(reason)
    assert bar.currentMessage() == "nepoznata oznaka Colour"
