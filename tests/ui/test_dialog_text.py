"""What small dialogs tell a volunteer: warnings listed, plain words, no buttons that do nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication

from surveyor.core.bundle import identity
from surveyor.core.bundle.minisign import SecretKey
from surveyor.core.campaign.receipts import write_receipt
from surveyor.core.map.basemaps import MapSettings
from surveyor.core.photos.importer import ImportReport
from surveyor.core.photos.rows import LinkCandidate
from surveyor.core.workspace import Workspace
from surveyor.store.campaign_models import ReceivedBundle
from surveyor.store.models import Camera
from surveyor.ui.camera_panel import CameraPanel
from surveyor.ui.campaign.receipt_dialog import ReceiptDialog
from surveyor.ui.export_dialog import ExportBundleDialog
from surveyor.ui.identity_dialog import IdentityDialog
from surveyor.ui.import_summary import ImportSummaryDialog
from surveyor.ui.link_dialog import LinkCameraDialog
from surveyor.ui.map.settings_dialog import MapSettingsDialog
from tests.fixtures.mbtiles import make_mbtiles, png_tile


def test_import_summary_lists_warnings_apart_from_failures(qtbot) -> None:
    report = ImportReport(
        imported=[1, 2],
        failed=[("/photos/broken.jpg", "not a photo")],
        warnings=[("/photos/odd.jpg", "EXIF date unreadable")],
    )
    dialog = ImportSummaryDialog(report)
    qtbot.addWidget(dialog)
    assert "Imported with a warning: 1" in dialog.summary.text()
    text = dialog.details.toPlainText()
    assert "/photos/broken.jpg — not a photo" in text
    assert "/photos/odd.jpg — EXIF date unreadable" in text
    assert text.index("broken.jpg") < text.index("Imported, with a warning") < text.index("odd")
    dialog.copy_button.click()  # the copy is the failures only, tab-separated
    assert QGuiApplication.clipboard().text() == "/photos/broken.jpg\tnot a photo"


def test_import_summary_shows_warnings_even_without_failures(qtbot) -> None:
    report = ImportReport(imported=[1], warnings=[("/photos/odd.jpg", "no date")])
    dialog = ImportSummaryDialog(report)
    qtbot.addWidget(dialog)
    assert dialog.details.isVisibleTo(dialog)
    assert not dialog.copy_button.isVisibleTo(dialog)  # nothing failed: nothing to copy


def test_import_summary_without_problems_has_no_empty_box(qtbot) -> None:
    dialog = ImportSummaryDialog(ImportReport(imported=[1, 2]))
    qtbot.addWidget(dialog)
    assert not dialog.details.isVisibleTo(dialog)
    assert "warning" not in dialog.summary.text()


def test_import_summary_names_the_files_already_in_the_workspace(qtbot) -> None:
    dialog = ImportSummaryDialog(ImportReport(imported=[1], duplicates=["/card/IMG_0107.jpg"]))
    qtbot.addWidget(dialog)
    assert "Already in the workspace: 1" in dialog.summary.text()
    assert dialog.details.isVisibleTo(dialog)
    assert "/card/IMG_0107.jpg" in dialog.details.toPlainText()
    assert not dialog.copy_button.isVisibleTo(dialog)


def test_link_dialog_says_whether_any_camera_is_nearby(qtbot, workspace: Workspace) -> None:
    near = Camera.create(latitude=44.81, longitude=20.46, manufacturer="Axis")
    far = Camera.create(latitude=45.0, longitude=21.0)
    labels = []
    for candidates in (
        [LinkCandidate(near, 4.0), LinkCandidate(far, None)],
        [LinkCandidate(far, None)],
        [],
    ):
        dialog = LinkCameraDialog(candidates)
        qtbot.addWidget(dialog)
        labels.append(dialog.info)
    assert "nearest first: 1" in labels[0].text()
    assert "No recorded camera is within 30 m" in labels[1].text()
    assert "New camera" in labels[2].text()


def test_basemap_buttons_follow_the_selection(qtbot, tmp_path: Path) -> None:
    dialog = MapSettingsDialog(MapSettings())
    qtbot.addWidget(dialog)
    assert dialog.empty_note.isVisibleTo(dialog)
    assert not any(
        b.isEnabled() for b in (dialog.remove_button, dialog.up_button, dialog.down_button)
    )
    assert not dialog.online_url.isEnabled()  # only used with the online map on
    dialog.online.setChecked(True)
    assert dialog.online_url.isEnabled()
    tile = png_tile((1, 2, 3))
    a = make_mbtiles(tmp_path / "a.mbtiles", [(0, 0, 0, tile)], name="Alpha")
    b = make_mbtiles(tmp_path / "b.mbtiles", [(0, 0, 0, tile)], name="Beta")
    assert dialog.add_files([str(a), str(b)]) == []
    assert not dialog.empty_note.isVisibleTo(dialog)
    dialog.list.setCurrentRow(0)
    assert dialog.remove_button.isEnabled() and dialog.down_button.isEnabled()
    assert not dialog.up_button.isEnabled()  # already on top
    dialog.list.setCurrentRow(1)
    assert dialog.up_button.isEnabled() and not dialog.down_button.isEnabled()


def test_receipt_names_the_volunteers_own_cameras(qtbot, tmp_path: Path) -> None:
    ws = Workspace.open(tmp_path / "volunteer")
    try:
        mine = Camera.create(latitude=44.81, longitude=20.46, manufacturer="Hikvision")
        bundle = ReceivedBundle.create(
            bundle_uuid="b-1", sha256="0" * 64, key_id="A" * 16, file_name="x.zip", status="merged"
        )
        path = write_receipt(
            ws, bundle, [(mine.uuid, "confirmed"), ("someone-else", "new")], SecretKey.generate()
        )
        dialog = ReceiptDialog()
        qtbot.addWidget(dialog)
        dialog.choose_receipt = lambda: str(path)  # type: ignore[method-assign]
        dialog.open_button.click()
        first = dialog.table.item(0, 0)
        assert first.text().startswith(f"Camera #{mine.id}") and "Hikvision" in first.text()
        assert first.toolTip() == mine.uuid
        assert dialog.table.item(1, 0).text() == "someone-else"  # not ours: its id as sent
    finally:
        ws.close()


def test_identity_shows_the_key_from_its_start_and_what_to_do_with_it(qtbot) -> None:
    ident = identity.create("kestrel")
    dialog = IdentityDialog()
    qtbot.addWidget(dialog)
    assert dialog.public_key.text() == ident.public_key.to_base64()
    assert dialog.public_key.cursorPosition() == 0  # "RW…" in view, not the key's tail
    assert "coordinator" in dialog.status.text()


def test_camera_panel_hint_shows_legend_keys_in_bold(qtbot) -> None:
    panel = CameraPanel(actions=[])
    qtbot.addWidget(panel)
    legend = panel.key_legend()
    first = legend.split("\n")[0]
    key, label = first[:1], first.split(" · ")[0][2:]
    panel.show_selection("IMG_1.jpg", "Cameras in this photo: 1 & more\n" + legend, [])
    text = panel.hint.text()
    assert f"<b>{key}</b>&nbsp;{label.replace(' ', '&nbsp;')}" in text
    assert "1 &amp; more<br>" in text  # the sentences around it are escaped, not markup


def test_export_button_says_why_it_is_greyed_out(qtbot, workspace: Workspace) -> None:
    Camera.create(latitude=44.81, longitude=20.46)
    dialog = ExportBundleDialog(workspace)
    qtbot.addWidget(dialog)
    assert not dialog.export_button.isEnabled()
    assert "Save as" in dialog.export_button.toolTip()
    dialog.out.setText(str(workspace.root / "b.zip"))
    assert not dialog.export_button.isEnabled()  # no key yet: it is made with a pseudonym
    assert "pseudonym" in dialog.export_button.toolTip()
    dialog.pseudonym.setText("owl")
    assert dialog.export_button.isEnabled() and dialog.export_button.toolTip() == ""
