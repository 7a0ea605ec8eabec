"""Export bundle and Identity dialogs, driven like a volunteer would (pytest-qt, offscreen)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from surveyor.core.bundle import identity
from surveyor.core.bundle.verify import verify_bundle
from surveyor.core.workspace import Workspace
from surveyor.store.models import Camera
from surveyor.ui.background import Task
from surveyor.ui.export_dialog import ExportBundleDialog
from surveyor.ui.identity_dialog import IdentityDialog
from tests.fixtures.bundles import FAST_KDF, make_identity, make_survey


@pytest.fixture
def survey(workspace: Workspace, tmp_path: Path) -> Workspace:
    make_survey(workspace, tmp_path / "src", cameras=2)
    return workspace


def _dialog(qtbot: QtBot, workspace: Workspace, out: Path | None = None) -> ExportBundleDialog:
    dialog = ExportBundleDialog(workspace)
    qtbot.addWidget(dialog)
    if out is not None:
        dialog.pick_output_path = lambda: str(out)  # type: ignore[method-assign]
        dialog.browse.click()
    return dialog


def test_shows_what_leaves_this_machine(qtbot: QtBot, survey: Workspace) -> None:
    dialog = _dialog(qtbot, survey)
    assert [dialog.walk.itemData(i) for i in range(dialog.walk.count())] == [None, "Dorćol walk"]
    text = dialog.summary.text()
    assert "2 cameras" in text and "3 photos" in text
    # In words, not keys: the raw GeoJSON waits behind Details.
    assert "camera type" in text and "the day it was seen" in text and "your notes" in text
    assert "camera:type" not in text and "surveyor:" not in text
    assert "Dome on a pole · Huawei IPC6625-Z30" in dialog.sample_words.text()
    assert dialog.sample.isHidden()
    dialog.details_button.click()
    assert not dialog.sample.isHidden()
    assert "rounded to the day" in text and "where you stood" in text
    sample = json.loads(dialog.sample.toPlainText())
    assert sample["geometry"]["coordinates"] == [20.462, 44.813]
    dialog.round_dates.setChecked(False)
    assert "exact photo times" in dialog.summary.text()
    assert "T10:20:30" in dialog.sample.toPlainText()
    assert not dialog.export_button.isEnabled()  # no file chosen yet
    assert "No signing key yet" in dialog.identity_line.text()
    assert not dialog.pseudonym.isHidden()  # asked for the first time


def test_export_on_a_worker_thread(
    qtbot: QtBot, survey: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Task, "synchronous", False)  # the real worker thread, as in the app
    make_identity("kestrel")
    out = tmp_path / "out" / "bundle.zip"
    dialog = _dialog(qtbot, survey, out)
    assert "kestrel" in dialog.identity_line.text()
    dialog.walk.setCurrentIndex(1)
    assert dialog.export_button.isEnabled()
    with qtbot.waitSignal(dialog.exported, timeout=60_000) as signal:
        dialog.export_button.click()
        assert dialog.running and not dialog.walk.isEnabled()
    result = signal.args[0]
    assert result.path == out and out.exists()
    report = verify_bundle(out, identity.load().public_key)
    assert report.valid and report.identity == "verified" and report.pseudonym == "kestrel"
    assert "Saved" in dialog.status.text() and dialog.cancel_button.text() == "Close"
    assert not dialog.running and not dialog.bar.isVisible()
    assert Camera.select().where(Camera.exported_at.is_null()).count() == 0


def test_cancel_leaves_no_file(qtbot: QtBot, survey: Workspace, tmp_path: Path) -> None:
    make_identity()
    out = tmp_path / "out" / "bundle.zip"
    dialog = _dialog(qtbot, survey, out)
    real = dialog._on_progress

    def press_cancel_after_first_photo(done: int, total: int, what: str) -> None:
        real(done, total, what)
        dialog.reject()  # the Cancel button during an export

    dialog._on_progress = press_cancel_after_first_photo  # type: ignore[method-assign]
    dialog.start_export()
    assert "cancelled" in dialog.status.text()
    assert not out.exists() and not any(out.parent.iterdir())
    assert Camera.select().where(Camera.exported_at.is_null()).count() == 2


def test_failure_is_shown_and_nothing_saved(
    qtbot: QtBot, survey: Workspace, tmp_path: Path
) -> None:
    make_identity()
    photo = Camera.get().photo_links[0].photo
    survey.media_path(photo.sha256, photo.extension).write_bytes(b"\xff\xd8 broken")
    out = tmp_path / "bundle.zip"
    dialog = _dialog(qtbot, survey, out)
    dialog.export_button.click()
    assert dialog.last_error is not None and photo.original_name in dialog.last_error
    assert "nothing was saved" in dialog.status.text()
    assert not out.exists()
    assert dialog.export_button.isEnabled()  # the volunteer may fix it and try again


def test_passphrase_protected_key(qtbot: QtBot, survey: Workspace, tmp_path: Path) -> None:
    identity.create("owl", "right words", **FAST_KDF)
    dialog = _dialog(qtbot, survey, tmp_path / "b.zip")
    assert not dialog.passphrase.isHidden()
    dialog.passphrase.setText("wrong words")
    dialog.export_button.click()
    assert "wrong passphrase" in (dialog.last_error or "")
    dialog.passphrase.setText("right words")
    dialog.export_button.click()
    assert dialog.last_result is not None and (tmp_path / "b.zip").exists()


def test_identity_dialog_creates_shows_copies_exports(qtbot: QtBot, tmp_path: Path) -> None:
    Task.synchronous = True
    try:
        dialog = IdentityDialog()
        qtbot.addWidget(dialog)
        assert "No signing key" in dialog.status.text() and dialog.public_key.isHidden()
        messages: list[str] = []
        dialog.show_message = lambda title, text: messages.append(text)  # type: ignore[method-assign]
        dialog.kdf_limits = FAST_KDF
        dialog.pseudonym.setText("kestrel")
        dialog.passphrase.setText("one")
        dialog.passphrase_again.setText("two")
        dialog.create_button.click()
        assert messages == ["The passphrases differ."] and not identity.exists()
        dialog.passphrase_again.setText("one")
        dialog.create_button.click()
    finally:
        Task.synchronous = False
    ident = identity.load()
    assert ident.pseudonym == "kestrel" and ident.encrypted
    assert ident.secret_key("one")
    assert dialog.public_key.text() == ident.public_key.to_base64()
    assert dialog.key_id.text() == ident.key_id
    assert dialog.create_button.isHidden() and not dialog.public_key.isHidden()

    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == ident.public_key.to_base64()
    target = tmp_path / "me.pub"
    dialog.pick_public_key_path = lambda: str(target)  # type: ignore[method-assign]
    dialog.export_button.click()
    assert target.read_text() == ident.public_key.to_file_text()

    dialog.pseudonym.setText("night owl")
    dialog.save_button.click()
    assert identity.load().pseudonym == "night owl"


def test_main_window_menus_open_the_dialogs(
    qtbot: QtBot, survey: Workspace, settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from surveyor.ui.main_window import MainWindow

    opened: list[object] = []
    monkeypatch.setattr(ExportBundleDialog, "exec", lambda self: opened.append(self) or 0)
    monkeypatch.setattr(IdentityDialog, "exec", lambda self: opened.append(self) or 0)
    window = MainWindow(survey, settings)
    qtbot.addWidget(window)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles.index("&Settings") == titles.index("&Help") - 1
    file_actions = {a.text(): a for a in window.menus["file"].actions()}
    file_actions["&Export bundle…"].trigger()
    identity_action = window.menus["settings"].actions()[0]
    assert identity_action.text() == "&Identity…"
    identity_action.trigger()
    assert isinstance(opened[0], ExportBundleDialog) and opened[0].workspace is survey
    assert isinstance(opened[1], IdentityDialog)
    assert list(file_actions)[-1] == window.action_set.quit.text()


def test_the_date_rounding_choice_is_remembered(
    qtbot: QtBot, survey: Workspace, tmp_path: Path
) -> None:
    from PySide6.QtCore import QSettings

    from surveyor.ui.settings import Settings

    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    first = ExportBundleDialog(survey, settings=Settings(store))
    qtbot.addWidget(first)
    assert first.round_dates.isChecked()  # the private default
    first.round_dates.setChecked(False)
    again = ExportBundleDialog(survey, settings=Settings(store))
    qtbot.addWidget(again)
    assert not again.round_dates.isChecked()
    again.round_dates.setChecked(True)
    assert Settings(store).round_export_dates is True


def test_cameras_at_a_suggested_spot_are_counted_and_offered_for_review(
    qtbot: QtBot, survey: Workspace, settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _dialog(qtbot, survey)
    assert dialog.review_button.isHidden()  # every camera placed by hand
    first = Camera.select().order_by(Camera.id).first()
    Camera.update(position_source="exif").where(Camera.id == first.id).execute()
    dialog.refresh_preview()
    assert not dialog.review_button.isHidden()
    assert "Still at a suggested spot: 1 of these cameras" in dialog.suggested_note.text()
    sample = json.loads(dialog.sample.toPlainText())  # what leaves: the shifted point
    assert sample["geometry"]["coordinates"] != [20.462, 44.813]
    assert sample["properties"]["surveyor:position_accuracy"] >= 45
    with qtbot.waitSignal(dialog.reviewRequested) as asked:
        dialog.review_button.click()
    assert asked.args == [[first.id]]

    from surveyor.ui.main_window import MainWindow

    window = MainWindow(survey, settings)
    qtbot.addWidget(window)
    monkeypatch.setattr(ExportBundleDialog, "exec", lambda self: self.review_button.click() or 0)
    export_action = next(a for a in window.menus["file"].actions() if a.text() == "&Export bundle…")
    export_action.trigger()
    assert window.viewer.currentIndex() == 1  # the map
    assert window._current_camera == first.id
    assert "still at a suggested spot" in window.statusBar().currentMessage()


def test_a_passphrase_typed_on_first_export_protects_the_new_key(
    qtbot: QtBot, survey: Workspace, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, survey, tmp_path / "b.zip")
    dialog.kdf_limits = FAST_KDF
    assert not dialog.passphrase.isHidden()
    assert dialog.passphrase_label.text() == "New key's passphrase"
    dialog.passphrase.setText("river stone")
    assert not dialog.export_button.isEnabled()  # the key is made with a pseudonym: ask first
    assert "pseudonym" in dialog.export_button.toolTip()
    dialog.pseudonym.setText("kestrel")
    dialog.export_button.click()
    assert dialog.last_result is not None, dialog.last_error
    ident = identity.load()
    assert ident.encrypted and ident.secret_key("river stone")
    assert ident.pseudonym == "kestrel"
    assert dialog.passphrase_label.text() == "Key passphrase"
    # The key was made visibly, and the dialog now says who signs.
    assert f"Made your signing key {ident.key_id} for “kestrel”" in dialog.status.text()
    assert "kestrel" in dialog.identity_line.text() and dialog.pseudonym.isHidden()
    # What was sent stays in the summary, not "0 cameras" beside "Saved … 2 cameras".
    assert dialog.summary.text().startswith("Sent: 2 cameras and 3 photos, in b.zip.")


def test_identity_dialog_replaces_a_damaged_key_after_confirming(qtbot: QtBot) -> None:
    old = make_identity("kestrel")
    old.secret_path.write_text(old.public_path.read_text())  # the key export accident
    dialog = IdentityDialog()
    qtbot.addWidget(dialog)
    dialog.kdf_limits = FAST_KDF
    assert "damaged" in dialog.status.text()
    assert not dialog.replace_button.isHidden() and dialog.create_button.isHidden()
    answers = [False, True]
    dialog.confirm = lambda title, text: answers.pop(0)  # type: ignore[method-assign]
    dialog.replace_button.click()  # "No": nothing changes
    assert dialog.create_button.isHidden() and identity.problem() is not None
    dialog.replace_button.click()  # "Yes": a new key may be made
    assert not dialog.create_button.isHidden() and not dialog.passphrase.isHidden()
    Task.synchronous = True
    try:
        dialog.create_button.click()
    finally:
        Task.synchronous = False
    new = identity.load()
    assert identity.problem() is None and new.public_key != old.public_key
    assert new.pseudonym == "kestrel"
    assert "old key's files are in" in dialog.status.text()
    backups = list(old.folder.parent.glob("identity-replaced-*"))
    assert len(backups) == 1 and (backups[0] / "minisign.key").exists()


def test_a_small_map_shows_where_each_camera_will_appear(qtbot: QtBot, survey: Workspace) -> None:
    dialog = _dialog(qtbot, survey)
    assert [p.exact for p in dialog.map.positions] == [True, True]  # both placed by hand
    Camera.update(position_source="exif").where(Camera.id == Camera.select().first().id).execute()
    dialog.refresh_preview()
    shifted = [p for p in dialog.map.positions if not p.exact]
    assert len(shifted) == 1 and shifted[0].accuracy_m and shifted[0].accuracy_m >= 45
    dialog.resize(700, 800)
    image = dialog.map.grab().toImage()
    orange = [
        (x, y)
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
        if image.pixelColor(x, y).name() == "#f0a020"
    ]
    assert orange, "the shifted camera is drawn"


def test_the_dialog_fits_a_small_laptop_screen(qtbot: QtBot, survey: Workspace) -> None:
    """What leaves the machine scrolls; the choices and the Export button stay on screen."""
    dialog = _dialog(qtbot, survey)
    assert dialog.minimumSizeHint().height() <= 700  # a 1366×768 screen, less its panels
    assert dialog.redaction.parent() is not dialog  # inside the scrolling part
    assert dialog.leaving_area.widget().isAncestorOf(dialog.summary)
