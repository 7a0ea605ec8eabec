"""The window and an encrypted workspace: encrypt, the passphrase on open, the lock, destroy,
the first-start offer and the receipt dialog's wipe button."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtGui import QImage

from surveyor.core.bundle.minisign import SecretKey, sign_file
from surveyor.core.campaign.receipts import RECEIPT_SCHEMA, trusted_comment
from surveyor.core.vault import keyfile
from surveyor.core.vault.keyfile import KdfParams
from surveyor.core.vault.storage import Blob, SealedStorage
from surveyor.core.workspace import Workspace
from surveyor.store.models import Camera, CameraPhoto, Photo
from surveyor.ui.campaign.receipt_dialog import ReceiptDialog
from surveyor.ui.main_window import MainWindow
from surveyor.ui.photo_model import thumbnail_sources
from surveyor.ui.settings import Settings
from surveyor.ui.thumbnails import read_image

PASS = "a long passphrase"


def _window(qtbot, workspace: Workspace, settings: Settings) -> MainWindow:
    window = MainWindow(workspace, settings)
    qtbot.addWidget(window)
    window.security.ask_new_passphrase = lambda _title: PASS  # type: ignore[method-assign]
    return window


def test_encrypt_from_the_window_then_the_grid_reads_sealed_thumbnails(
    qtbot, filled_workspace: Workspace, settings: Settings
) -> None:
    window = _window(qtbot, filled_workspace, settings)
    root = filled_workspace.root
    assert window.security.encrypt_action.isEnabled()
    assert not window.security.lock_action.isEnabled()
    window.security.encrypt_action.trigger()
    assert keyfile.is_encrypted(root)
    ws = window.workspace
    assert ws is not filled_workspace and isinstance(ws.storage, SealedStorage)
    assert window.model.rowCount() == 4
    assert not window.security.encrypt_action.isEnabled()
    assert window.security.lock_action.isEnabled()
    row = window.model.photo(0)
    image = read_image(thumbnail_sources(window.workspace, row.sha256, row.extension), 128)
    assert isinstance(image, QImage) and not image.isNull()
    assert not any(p.name.endswith(".jpg") for p in root.rglob("*"))
    ws.close()


def test_lock_hides_everything_drops_the_keys_and_asks_again(
    qtbot, filled_workspace: Workspace, settings: Settings
) -> None:
    window = _window(qtbot, filled_workspace, settings)
    window.security.encrypt_current()
    window.show()
    before = window.workspace
    asked: list[str] = []
    seen_while_locked: list[bool] = []

    def ask(_folder: Path, error: str) -> str | None:
        seen_while_locked.append(window.isVisible())
        assert before.subkeys is None and before.db is None  # the key is gone meanwhile
        assert window.model.thumbnails.pixmap(window.model.photo(0).sha256) is None
        asked.append(error)
        return "wrong one" if len(asked) == 1 else PASS

    window.security.ask = ask
    window.security.lock_action.trigger()
    assert seen_while_locked == [False, False]
    assert asked[0] == "" and "does not open" in asked[1]
    assert window.isVisible()
    assert window.workspace is not before and window.workspace.subkeys is not None
    assert window.model.rowCount() == 4
    window.workspace.close()


def test_idle_time_locks(qtbot, filled_workspace: Workspace, settings: Settings) -> None:
    window = _window(qtbot, filled_workspace, settings)
    window.security.encrypt_current()
    window.show()
    locked: list[bool] = []
    window.security.ask = lambda _f, _e: (locked.append(True), PASS)[1]  # type: ignore[method-assign]
    window.security.set_lock_after(5)
    assert settings.lock_after_minutes == 5
    window.security.idle.set_interval_ms(50)  # minutes are too long for a test
    qtbot.waitUntil(lambda: bool(locked), timeout=3000)
    window.security.set_lock_after(0)  # off again: no lock fires in later tests
    assert not window.security.idle.active()
    window.workspace.close()


def test_typing_in_the_window_postpones_the_lock(
    qtbot, filled_workspace: Workspace, settings: Settings
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window = _window(qtbot, filled_workspace, settings)
    window.security.encrypt_current()
    window.show()
    qtbot.waitExposed(window)
    locked: list[bool] = []
    window.security.ask = lambda _f, _e: (locked.append(True), PASS)[1]  # type: ignore[method-assign]
    window.security.idle.set_interval_ms(400)
    for _ in range(8):  # 0.8 s of typing: twice the idle time, and no lock
        QTest.keyClick(window.windowHandle(), Qt.Key.Key_Shift)
        qtbot.wait(100)
    assert locked == []
    qtbot.waitUntil(lambda: bool(locked), timeout=3000)  # then nobody types: it locks
    window.security.set_lock_after(0)
    window.workspace.close()


def test_opening_an_encrypted_workspace_asks_for_its_passphrase(
    qtbot, workspace: Workspace, settings: Settings, tmp_path: Path
) -> None:
    from surveyor.core.vault.convert import create_encrypted

    other = tmp_path / "sealed"
    create_encrypted(other, PASS, KdfParams(n=2**14))
    window = _window(qtbot, workspace, settings)
    window.security.ask = lambda _f, _e: None  # cancelled: nothing changes
    assert not window.open_workspace(other)
    assert window.workspace is workspace
    window.security.ask = lambda _f, _e: PASS
    assert window.open_workspace(other)
    assert window.workspace.encrypted
    window.workspace.close()


def test_first_start_offers_encryption_with_a_reason(
    qtbot, workspace: Workspace, settings: Settings
) -> None:
    window = _window(qtbot, workspace, settings)
    window.show()
    assert window.welcome.encrypt_button.isVisible()
    assert "laptop" in window.welcome.encrypt_why.text()
    window.welcome.encrypt_button.click()
    assert window.workspace.encrypted
    assert not window.welcome.encrypt_button.isVisible()
    window.workspace.close()


def test_destroy_after_one_confirmation(
    qtbot, filled_workspace: Workspace, settings: Settings
) -> None:
    window = _window(qtbot, filled_workspace, settings)
    window.security.encrypt_current()
    root = window.workspace.root
    questions: list[str] = []
    window.security.confirm = lambda _t, text: (questions.append(text), False)[1]  # type: ignore[method-assign]
    window.security.destroy_action.trigger()
    assert keyfile.is_encrypted(root)  # declined: nothing happened
    window.security.confirm = lambda _t, _text: True  # type: ignore[method-assign]
    window.security.destroy_action.trigger()
    assert len(questions) == 1 and str(root) in questions[0]
    assert not keyfile.is_encrypted(root) and not (root / "media").exists()
    assert window.workspace.root != root
    window.workspace.close()


def test_receipt_dialog_wipes_what_was_delivered(
    qtbot, filled_workspace: Workspace, settings: Settings, tmp_path: Path
) -> None:
    photos = list(Photo.select().order_by(Photo.id))
    camera = Camera.create(latitude=44.81, longitude=20.46)
    for photo in photos[:2]:
        CameraPhoto.create(camera=camera, photo=photo)
    key = SecretKey.generate()
    receipt = tmp_path / "receipt-kestrel-2026-11-29-b7.json"
    receipt.write_text(
        json.dumps(
            {
                "schema": RECEIPT_SCHEMA,
                "bundle_uuid": "b7",
                "coordinator_key_id": key.key_id_hex,
                "volunteer_key_id": "0000000000000000",
                "issued": "2026-11-29T10:00:00Z",
                "cameras": [{"uuid": camera.uuid, "outcome": "new"}],
            }
        )
    )
    sign_file(key, receipt, trusted_comment("b7", key.key_id_hex))
    dialog = ReceiptDialog(settings=settings, workspace=filled_workspace)
    qtbot.addWidget(dialog)
    dialog.path = receipt
    dialog.check()
    assert not dialog.wipe_button.isEnabled()  # not checked against the coordinator's key
    dialog.pubkey.setText(key.public_key.to_base64())
    dialog.check()
    assert dialog.wipe_button.isEnabled()
    shown: list[str] = []
    dialog.confirm_wipe = lambda plan: (shown.extend(plan.lines()), True)[1]  # type: ignore[method-assign]
    dialog.wipe_button.click()
    assert any(photos[0].original_name in line for line in shown)
    assert {p.id for p in Photo.select()} == {p.id for p in photos[2:]}
    storage = filled_workspace.storage
    assert not storage.exists(Blob.original(photos[0].sha256, ".jpg"))
    assert storage.exists(Blob.original(photos[3].sha256, ".jpg"))
    assert Camera.select().count() == 1


def test_the_window_import_child_seals_with_the_keys_it_is_handed(tmp_path: Path) -> None:
    """The window imports in a child process: it gets the keys through the spawn pipe (never
    a file), and the window then reads the thumbnails that child sealed."""
    import threading

    from surveyor.core.vault.convert import create_encrypted
    from surveyor.ui.import_process import import_in_child_process
    from tests.fixtures.photos import make_jpeg

    root = tmp_path / "sealed"
    create_encrypted(root, PASS, KdfParams(n=2**14))
    photo = make_jpeg(tmp_path / "card" / "IMG_0001.jpg", lat=44.81, lon=20.46)
    with Workspace.open(root, PASS, current=False) as ws:
        assert ws.storage.encrypted  # the window's cache of keys exists before the import
        report = import_in_child_process(
            root, [photo], "Walk", 0, lambda _u: None, threading.Event(), ws.subkeys
        )
        assert len(report.imported) == 1
        with ws.as_current():
            sha = str(Photo.get().sha256)
        assert ws.storage.read_bytes(Blob.thumbnail(sha, 256)).startswith(b"\xff\xd8")
    assert not any(p.name.endswith(".jpg") for p in root.rglob("*"))
