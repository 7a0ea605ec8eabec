"""Issue 19: the coordinator's window does the whole job (receipts, merge report, drops,
decisions, keys, campaign lock)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from surveyor.core.campaign import keyring
from surveyor.core.campaign.receipts import read_receipt
from surveyor.store.campaign_models import ReceivedBundle
from surveyor.ui.background import Task
from surveyor.ui.campaign.window import CampaignWindow
from tests.fixtures.bundles import make_identity
from tests.fixtures.hostile_bundles import Sender


@pytest.fixture
def sync_tasks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Task, "synchronous", True)


def _tampered(src: Path, out: Path) -> Path:
    """The same bundle with one payload byte changed after signing."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename.endswith("cameras.geojson"):
                data = data.replace(b"surveillance", b"surveillancE", 1)
            zout.writestr(info, data)
    return out


def test_window_merge_signs_receipts_and_reports_each_bundle(
    qtbot, tmp_path: Path, sync_tasks
) -> None:
    me = make_identity("coord")
    window = CampaignWindow.open(tmp_path / "campaign")
    qtbot.addWidget(window)
    ana, bob, eve = Sender("ana"), Sender("bob"), Sender("eve")
    keyring.add_key(ana.public, "Ana", trust=True)
    keyring.add_key(eve.public, "Eve", trust=True)
    keyring.revoke(eve.key_id)
    good = ana.bundle(tmp_path / "ana.zip", pseudonym="Chief of Police")
    waiting = bob.bundle(tmp_path / "bob.zip")
    revoked = eve.bundle(tmp_path / "eve.zip", pseudonym="Eve")
    tampered = _tampered(ana.bundle(tmp_path / "ana2.zip"), tmp_path / "ana2-changed.zip")

    window.choose_bundles = lambda: [str(p) for p in (good, waiting, revoked, tampered)]
    window.merge_action.trigger()
    statuses = [r.status for r in window.last_results]
    assert statuses == ["merged", "quarantined", "refused", "refused"]

    # The receipt was signed in the same step, as the command line does.
    receipt = window.last_results[0].receipt
    assert receipt is not None and read_receipt(receipt, me.public_key).verified
    assert ReceivedBundle.get(ReceivedBundle.status == "merged").receipt_path == str(receipt)

    report = window.last_report
    assert report is not None and window.report_dialog is not None
    table = window.report_dialog.table
    assert table.rowCount() == 4
    rows = [[table.item(r, c).text() for c in range(5)] for r in range(4)]
    assert rows[0][0] == "ana.zip" and "/" not in rows[0][0]  # no full paths
    assert rows[0][1] == "Ana, claims to be “Chief of Police”"
    assert rows[0][2] == "Merged" and "1 new camera" in rows[0][3]
    assert receipt.name in rows[0][4]
    assert rows[1][2] == "Waiting for a key" and "Keys…" in rows[1][4]
    assert "not in your keyring" in rows[1][1]
    assert rows[2][1] == "Eve" and "revoked" in rows[2][3]
    assert "changed after it was signed" in rows[3][3] and "send the bundle again" in rows[3][4]
    assert table.item(3, 3).toolTip()  # the technical reason is still there

    # The report stays in the Merges list and opens again.
    assert window.merges.list.count() == 1
    assert "1 merged" in window.merges.list.item(0).text()
    again = window.merges.open_current()
    assert again is not None and again.table.rowCount() == 4
    again.close()
    window.report_dialog.close()

    # Merging the same file again says it was merged before, naming the file.
    window.choose_bundles = lambda: [str(good)]
    window.merge_action.trigger()
    line = window.last_report.lines[0]
    assert (line.file, line.outcome) == ("ana.zip", "Already merged")
    assert window.merges.list.count() == 2
    window.report_dialog.close()


def test_dropping_bundles_on_the_window_merges_them(qtbot, tmp_path: Path, sync_tasks) -> None:
    window = CampaignWindow.open(tmp_path / "campaign")
    qtbot.addWidget(window)
    ana = Sender("ana")
    keyring.add_key(ana.public, "Ana", trust=True)
    bundle = ana.bundle(tmp_path / "ana.zip")
    other = tmp_path / "notes.txt"
    other.write_text("not a bundle")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(bundle)), QUrl.fromLocalFile(str(other))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    assert [r.file.name for r in window.last_results] == ["ana.zip"]
    assert [r.status for r in window.last_results] == ["merged"]
    assert window.tabs.tabText(window.tabs.indexOf(window.merges)) == "Merges"
    window.report_dialog.close()


# -- 2. decisions mean what they say -----------------------------------------------------------


def _panel(qtbot):
    from surveyor.ui.campaign.review_panel import ReviewPanel
    from tests.fixtures.bundles import _thumbnail

    jpeg = _thumbnail()
    panel = ReviewPanel("coord", photo_loader=lambda sighting_id, sha: jpeg)
    qtbot.addWidget(panel)
    return panel


def test_a_set_value_survives_merge_and_shows_at_once(qtbot, tmp_path: Path) -> None:
    from surveyor.core.campaign.merged_cameras import load_consensus
    from surveyor.core.workspace import Workspace
    from surveyor.store.campaign_models import Sighting
    from tests.core.campaign.factory import place, sighting

    with Workspace.open(tmp_path / "campaign"):
        a = sighting("A", 0, 0, camera_mount="pole", zone="town")
        b = sighting("B", 2, 0, camera_mount="wall", zone="traffic")
        place(a, b)
        panel = _panel(qtbot)
        assert panel.case is not None and panel.case.kind == "possible_duplicate"
        # Make: a field without fixed choices takes text; mount offers only its choices.
        panel.attribute.setCurrentIndex(panel.attribute.findData("manufacturer"))
        assert not panel.value.isHidden() and panel.choice.isHidden()
        panel.value.setText("Hikvision")
        set_on = panel.case.camera_id
        panel.set_button.click()
        assert "Make: Hikvision (set by you)" in panel.published.text()
        panel.attribute.setCurrentIndex(panel.attribute.findData("camera_mount"))
        assert panel.value.isHidden() and not panel.choice.isHidden()
        offered = [panel.choice.itemData(i) for i in range(panel.choice.count())]
        assert offered[0] is None and "pole" in offered and "Lamp post" not in offered
        assert all(o is None or o.islower() for o in offered)

        panel.merge_button.click()  # the camera with the set make joins the other
        cams = load_consensus()
        assert len(cams) == 1
        assert cams[0].attributes["manufacturer"].value == "Hikvision"
        assert cams[0].attributes["manufacturer"].label == "set"
        panel.undo_stack.undo()  # the merge goes, and the copied value with it
        after = {c.camera_id: c for c in load_consensus()}
        assert after[set_on].attributes["manufacturer"].value == "Hikvision"
        others = [c for cid, c in after.items() if cid != set_on]
        assert len(others) == 1 and others[0].attributes["manufacturer"].value is None
        assert {Sighting.get_by_id(a.id).camera_id, Sighting.get_by_id(b.id).camera_id} == set(
            after
        )


def test_the_next_open_item_is_chosen_after_a_decision(qtbot, tmp_path: Path) -> None:
    from surveyor.core.workspace import Workspace
    from tests.core.campaign.factory import place, sighting

    with Workspace.open(tmp_path / "campaign"):
        for x in (0, 100, 200):
            place(sighting("A", x, 0), sighting("B", x + 12, 0))
        panel = _panel(qtbot)
        assert panel.model.rowCount() == 3
        panel.queue.selectRow(1)
        second, third = panel.model.item_id(1), panel.model.item_id(2)
        assert panel.case.item_id == second
        panel.accept_button.click()
        assert panel.model.rowCount() == 2 and panel.case.item_id == third  # not back to the top
        panel.undo_stack.undo()
        assert panel.case.item_id == second  # undo goes back to the item it reopened
        # Each decision has a key, named in its tooltip.
        assert panel.shortcuts["A"].key().toString() == "A"
        assert "(A)" in panel.accept_button.toolTip()
        assert "(S)" in panel.split_button.toolTip() and "(M)" in panel.merge_button.toolTip()
        assert panel.accept_far_button.text() == "Accept all far matches"


def test_keyboard_decides_and_undoes_and_the_window_has_menus(qtbot, tmp_path: Path) -> None:
    from PySide6.QtGui import QKeySequence

    from tests.core.campaign.factory import place, sighting

    window = CampaignWindow.open(tmp_path / "campaign")
    qtbot.addWidget(window)
    place(sighting("A", 0, 0), sighting("B", 12, 0))
    window.refresh()
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.wait(300)
    window.review.queue.setFocus()
    assert window.review.model.rowCount() == 1
    qtbot.keyClick(window.review.queue, Qt.Key.Key_A)
    assert window.review.model.rowCount() == 0
    qtbot.keyClick(window.review.queue, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.review.model.rowCount() == 1
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[:4] == ["&File", "&Campaign", "&Edit", "&View"]
    assert window.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    toolbar_texts = [a.text() for a in window.findChild(type(window.addToolBar("x"))).actions()]
    assert not any("Undo" in t for t in toolbar_texts)  # undo lives once, in Edit and the panel
    assert window.review.accept_class_button.text() == "Accept this 1 far match"


# -- 3. safe keys -------------------------------------------------------------------------------


def test_keys_enter_adds_selection_stays_revoke_and_retrust_ask(qtbot, tmp_path: Path) -> None:
    from surveyor.core.campaign.intake import Intake
    from surveyor.ui.campaign.keyring_dialog import KeyringDialog

    window = CampaignWindow.open(tmp_path / "campaign")
    qtbot.addWidget(window)
    ana, zed = Sender("ana"), Sender("zed")
    keyring.add_key(ana.public, "Ana", trust=True)
    Intake(window.ws).merge(ana.bundle(tmp_path / "a.zip", pseudonym="Ana"))
    Intake(window.ws).merge(zed.bundle(tmp_path / "z.zip", pseudonym="Zed the Great"))
    dialog = KeyringDialog(window.ws, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    # The waiting bundle's name is shown as a claim, not as the keyring's name.
    row_of = {dialog.table.item(r, 1).text(): r for r in range(dialog.table.rowCount())}
    assert dialog.table.item(row_of[zed.key_id], 4).text() == "claims “Zed the Great”"
    assert dialog.table.item(row_of[zed.key_id], 0).text() == "(unknown: add this key)"
    assert dialog.table.horizontalHeaderItem(4).toolTip()

    dialog.table.selectRow(row_of[ana.key_id])
    trusted: list[str] = []
    dialog.trust_selected = lambda: trusted.append("pressed")  # Enter must not reach Trust
    dialog.key_text.setFocus()
    qtbot.keyClicks(dialog.key_text, zed.public)
    qtbot.keyClick(dialog.key_text, Qt.Key.Key_Return)
    assert not trusted
    assert keyring.lookup(zed.key_id) is not None and "Added" in dialog.message.text()
    assert dialog.selected_key() == zed.key_id  # the selection is on the key just added
    assert dialog.add_button.isDefault() and not dialog.trust_button.autoDefault()

    # Names are editable in the table.
    name_cell = dialog.table.item(
        next(
            r
            for r in range(dialog.table.rowCount())
            if dialog.table.item(r, 1).text() == zed.key_id
        ),
        0,
    )
    assert name_cell.flags() & Qt.ItemFlag.ItemIsEditable
    name_cell.setText("Zoran")
    assert keyring.lookup(zed.key_id).pseudonym == "Zoran"
    assert dialog.selected_key() == zed.key_id

    # Revoke asks first, saying what happens to the sightings; cancel changes nothing.
    del dialog.trust_selected
    row = next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text() == "Ana")
    dialog.table.selectRow(row)
    asked: list[tuple[str, int]] = []
    dialog.confirm_revoke = lambda who, n: asked.append((who, n)) or None
    dialog.revoke_button.click()
    assert asked == [(f"Ana ({ana.key_id})", 1)]
    assert keyring.lookup(ana.key_id).status == "trusted"
    dialog.confirm_revoke = lambda who, n: "withdraw"  # the withdraw option of the same question
    dialog.revoke_button.click()
    ana_key = keyring.lookup(ana.key_id)
    assert ana_key.status == "revoked" and ana_key.withdrawn
    assert dialog.selected_key() == ana.key_id

    # Trusting a revoked key again asks too.
    dialog.confirm_trust_revoked = lambda who: False
    dialog.trust_button.click()
    assert (
        keyring.lookup(ana.key_id).status == "revoked" and "stays revoked" in dialog.message.text()
    )
    dialog.confirm_trust_revoked = lambda who: True
    dialog.trust_button.click()
    assert keyring.lookup(ana.key_id).status == "trusted"


def test_receipt_dialog_enter_checks_and_remembers_the_key(qtbot, tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    from surveyor.core.bundle.minisign import SecretKey
    from surveyor.core.campaign.receipts import write_receipt
    from surveyor.core.workspace import Workspace
    from surveyor.ui.campaign.receipt_dialog import ReceiptDialog
    from surveyor.ui.settings import Settings

    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    coordinator = SecretKey.generate()
    with Workspace.open(tmp_path / "volunteer") as ws:
        bundle = ReceivedBundle.create(
            bundle_uuid="b-1", sha256="0" * 64, key_id="A" * 16, file_name="x.zip", status="merged"
        )
        path = write_receipt(ws, bundle, [("cam", "new")], coordinator)
        dialog = ReceiptDialog(settings=settings)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        picked: list[str] = []
        dialog.choose_receipt = lambda: picked.append("picker") or str(path)
        dialog.path = path
        dialog.pubkey.setText(coordinator.public_key.to_base64())
        qtbot.keyClick(dialog.pubkey, Qt.Key.Key_Return)
        assert not picked  # Enter checks; it does not open the file picker
        assert dialog.receipt is not None and dialog.receipt.verified
        again = ReceiptDialog(settings=settings)
        qtbot.addWidget(again)
        assert again.pubkey.text() == coordinator.public_key.to_base64()


# -- 4. the Cameras view ------------------------------------------------------------------------


def test_cameras_view_lists_filters_and_corrects_any_camera(qtbot, tmp_path: Path) -> None:
    from surveyor.core.campaign.camera_list import campaign_map_data
    from surveyor.core.campaign.exports import export_cameras
    from surveyor.core.campaign.merged_cameras import load_consensus
    from tests.core.campaign.factory import place, sighting

    window = CampaignWindow.open(tmp_path / "campaign")
    qtbot.addWidget(window)
    # Three cameras far apart, none with a review item; one seen twice.
    place(sighting("A", 0, 0, camera_type="dome", manufacturer="Hikvision"),
          sighting("B", 1, 0, camera_type="dome", manufacturer="Hikvision"))  # fmt: skip
    place(sighting("A", 300, 0, camera_type="fixed", manufacturer="Dahua"))
    place(sighting("C", 600, 0, camera_type="fixed"))
    view = window.cameras
    window.tabs.setCurrentWidget(view)
    assert view.model.rowCount() == 3 and view.count.text() == "3 of 3"
    assert view.proxy.sourceModel() is view.model  # a real model behind a filter proxy

    view.search.setText("dahua")
    assert view.proxy.rowCount() == 1 and view.count.text() == "1 of 3"
    view.search.clear()
    view.filter.setCurrentIndex(view.filter.findData("single"))
    assert view.proxy.rowCount() == 2
    view.filter.setCurrentIndex(view.filter.findData("all"))
    # Sorting by make puts the Dahua camera first (unknown makes sort first as empty).
    view.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    first = view.proxy.index(0, 1).data()
    assert first == "Hikvision"

    # The whole campaign on one map, the chosen camera's sightings too.
    dahua = next(c for c in load_consensus() if c.attributes["manufacturer"].value == "Dahua")
    assert view.select_camera(dahua.camera_id)
    data = campaign_map_data(dahua.camera_id)
    kinds = sorted(f["properties"]["kind"] for f in data["features"])
    assert kinds == ["consensus", "nearby", "nearby", "sighting"] and data["rings"] == []
    assert view.sightings.rowCount() == 1 and "Camera" in view.title.text()

    # Correct a camera that never had a review item; undo with the window's stack.
    view.attribute.setCurrentIndex(view.attribute.findData("camera_mount"))
    view.choice.setCurrentIndex(view.choice.findData("wall"))
    view.set_button.click()
    cam = next(c for c in load_consensus() if c.camera_id == dahua.camera_id)
    assert cam.attributes["camera_mount"].value == "wall"
    assert "✎" in view.proxy.index(view.table.currentIndex().row(), 3).data()

    # Withdraw: out of the exports; Undo brings it back; Bring back too.
    view.withdraw_button.click()
    assert all(c.camera_id != dahua.camera_id for c in load_consensus())
    out = tmp_path / "cams.csv"
    export_cameras(load_consensus(), "csv", out)
    assert "Dahua" not in out.read_text()
    assert view.withdraw_button.text() == "Bring back"
    window.undo_action.trigger()
    assert any(c.camera_id == dahua.camera_id for c in load_consensus())
    window.redo_action.trigger()
    view.withdraw_button.click()  # Bring back
    assert any(c.camera_id == dahua.camera_id for c in load_consensus())

    # Merge two cameras named by number, then split the sighting off again.
    other = next(c for c in load_consensus() if c.attributes["camera_type"].value == "fixed"
                 and c.camera_id != dahua.camera_id)  # fmt: skip
    view.choose_camera = lambda: str(other.camera_id)
    view.merge_button.click()
    assert len(load_consensus()) == 2
    assert view.select_camera(other.camera_id) and view.sightings.rowCount() == 2
    view.sightings.selectRow(0)
    view.split_button.click()
    assert len(load_consensus()) == 3
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert len(load_consensus()) == 3 and view.last_error is None


# -- 5. flow and words --------------------------------------------------------------------------


def test_a_campaign_open_in_another_process_is_refused(qtbot, tmp_path: Path) -> None:
    import json
    import socket
    import subprocess
    import sys

    from surveyor.core.campaign import window_lock

    folder = tmp_path / "campaign"
    window = CampaignWindow.open(folder)
    qtbot.addWidget(window)
    lock = folder / window_lock.LOCK_NAME
    assert json.loads(lock.read_text())["pid"] > 0
    window.close()
    assert not lock.exists()

    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        held = {"pid": other.pid, "host": socket.gethostname()}
        lock.write_text(json.dumps(held))
        with pytest.raises(window_lock.CampaignInUse, match=f"process {other.pid}"):
            CampaignWindow.open(folder)
    finally:
        other.kill()
        other.wait()
    again = CampaignWindow.open(folder)  # the holder is gone: its lock is taken over
    qtbot.addWidget(again)
    assert json.loads(lock.read_text())["pid"] != other.pid


def test_new_or_open_campaign_takes_a_new_folder_name(qtbot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from surveyor.ui.campaign.launch import CampaignFolderDialog

    dialog = CampaignFolderDialog()
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "Belgrade 2027"))
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Open).isEnabled()
    assert "Creates the folder “Belgrade 2027”" in dialog.note.text()
    assert dialog.chosen() == tmp_path / "Belgrade 2027"
    (tmp_path / "file.txt").write_text("x")
    dialog.path.setText(str(tmp_path / "file.txt"))
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Open).isEnabled()


def test_export_dialog_plain_names_beside_the_campaign_and_warns(qtbot, tmp_path: Path) -> None:
    from surveyor.core.campaign.known_cameras_export import verify_known_cameras
    from surveyor.ui.campaign.export_choice import ExportChoiceDialog
    from tests.core.campaign.factory import place, sighting

    me = make_identity("coord")
    window = CampaignWindow.open(tmp_path / "campaign")
    qtbot.addWidget(window)
    place(sighting("A", 0, 0), sighting("B", 12, 0))  # a far match: one open item
    dialog = ExportChoiceDialog(window.ws.root, window)
    qtbot.addWidget(dialog)
    names = [dialog.format.itemText(i) for i in range(dialog.format.count())]
    assert "Spreadsheet (CSV)" in names and "csv" not in names and "geojson" not in names
    assert any("signed by you" in n for n in names)
    assert dialog.path.text() == str(tmp_path / "campaign-cameras.geojson")
    assert not dialog.warning.isHidden() and "1 review item still open" in dialog.warning.text()
    dialog.format.setCurrentIndex(dialog.format.findData("known-cameras"))
    fmt, path = dialog.choice()
    assert fmt == "known-cameras" and Path(path).parent == tmp_path

    window.choose_export = lambda: (fmt, path)
    window.export_action.trigger()
    assert verify_known_cameras(Path(path), me.public_key)
    assert window.status.text() == "1 camera written to known-cameras.geojson"


def test_receipts_are_named_by_volunteer_and_date(tmp_path: Path) -> None:
    import datetime as dt

    from surveyor.core.bundle.minisign import SecretKey
    from surveyor.core.campaign.receipts import write_receipt
    from surveyor.core.workspace import Workspace

    with Workspace.open(tmp_path / "campaign") as ws:
        ana = Sender("ana")
        keyring.add_key(ana.public, "Ana Petrović", trust=True)
        bundle = ReceivedBundle.create(
            bundle_uuid="0f1e2d3c-aaaa-bbbb-cccc-000000000000",
            sha256="0" * 64,
            key_id=ana.key_id,
            file_name="x.zip",
            status="merged",
        )
        path = write_receipt(ws, bundle, [("cam", "new")], SecretKey.generate())
        today = dt.date.today().isoformat()
        assert path.name == f"receipt-Ana-Petrović-{today}-0f1e2d3c.json"
        bundle = ReceivedBundle.get_by_id(bundle.id)
        again = write_receipt(ws, bundle, [("cam", "new")], SecretKey.generate())
        assert again == path  # re-issued under the same name


def test_words_plurals_and_a_revoked_volunteer_is_marked(qtbot, tmp_path: Path) -> None:
    from surveyor.core.campaign.intake import Intake
    from tests.core.campaign.factory import place, sighting

    window = CampaignWindow.open(tmp_path / "campaign")
    qtbot.addWidget(window)
    ana = Sender("ana")
    keyring.add_key(ana.public, "Ana", trust=True)
    assert Intake(window.ws).merge(ana.bundle(tmp_path / "a.zip")).status == "merged"
    place(sighting("B", 1000, 0), sighting("C", 1012, 0))  # one far match
    window.refresh()
    summary = window.stats.summary.text()
    assert "1 review item open" in summary and "items" not in summary
    keyring.revoke(ana.key_id)
    window.refresh()
    table = window.stats.volunteers
    names = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert "Ana (revoked: sightings still count)" in names
    labels = [window.review.attribute.itemText(i) for i in range(window.review.attribute.count())]
    assert "Kind of device" in labels and "Device" not in labels


def test_an_age_identity_given_in_the_window_opens_other_encrypted_bundles(
    qtbot, tmp_path: Path, sync_tasks
) -> None:
    import pyrage

    window = CampaignWindow.open(tmp_path / "campaign")
    qtbot.addWidget(window)
    ana = Sender("ana")
    keyring.add_key(ana.public, "Ana", trust=True)
    other = pyrage.x25519.Identity.generate()
    sealed = ana.bundle(tmp_path / "a.zip", encrypt_to=str(other.to_public()))
    assert sealed.name == "a.zip.age"
    window.choose_bundles = lambda: [str(sealed)]
    window.merge_action.trigger()
    line = window.last_report.lines[0]
    assert line.outcome == "Refused" and "Another age identity" in line.todo
    window.report_dialog.close()

    bad = tmp_path / "notes.txt"
    bad.write_text("hello")
    window.choose_age_identity = lambda: str(bad)
    window.age_action.trigger()
    assert "notes.txt: no AGE-SECRET-KEY-1" in window.status.text()
    good = tmp_path / "old-key.txt"
    good.write_text(f"# created earlier\n{other}\n")
    window.choose_age_identity = lambda: str(good)
    window.age_action.trigger()
    assert "old-key.txt" in window.status.text() and str(tmp_path) not in window.status.text()
    window.merge_action.trigger()
    assert [r.status for r in window.last_results] == ["merged"], window.last_results[0].reason
    window.report_dialog.close()
