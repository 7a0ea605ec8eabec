"""The review queue: pick an item, see the cluster on the map and the photos, decide; undo."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from surveyor.core.campaign import history, review
from surveyor.core.campaign.consensus import ATTRIBUTES
from surveyor.core.campaign.review_case import ReviewCase, review_case
from surveyor.core.campaign.review_map import review_map_data
from surveyor.store.campaign_models import Sighting
from surveyor.ui.campaign.camera_history import CameraHistory
from surveyor.ui.campaign.case_sightings import CaseSightings
from surveyor.ui.campaign.decision_text import shown
from surveyor.ui.campaign.photo_strip import PhotoLoader, PhotoStrip
from surveyor.ui.campaign.review_labels import attribute_label, value_label
from surveyor.ui.campaign.review_map_view import ReviewMapView
from surveyor.ui.campaign.review_model import ReviewQueueModel, kind_label
from surveyor.ui.campaign.review_undo import ReviewCommand
from surveyor.ui.campaign.value_editor import ValueEditor


def tr(text: str) -> str:
    return QCoreApplication.translate("ReviewPanel", text)


class ReviewPanel(QWidget):
    def __init__(self, author: str, photo_loader: PhotoLoader, parent: QWidget | None = None):
        super().__init__(parent)
        self.author = author
        self.undo_stack = QUndoStack(self)
        self.model = ReviewQueueModel(self)
        self.case: ReviewCase | None = None
        self.last_error: str | None = None

        self.queue = QTableView()
        self.queue.setModel(self.model)
        self.queue.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.queue.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # The kind and distance whole (they are short); the reason takes the rest.
        self.queue.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.queue.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.queue.setWordWrap(False)
        self.queue.verticalHeader().hide()

        self.title = QLabel()
        self.title.setWordWrap(True)
        self.map = ReviewMapView()
        self.photos = PhotoStrip(photo_loader)
        self.case_sightings = CaseSightings()
        self.sightings, self.published = self.case_sightings.table, self.case_sightings.published

        self.accept_button = QPushButton(tr("Accept"))
        self.accept_button.setToolTip(
            tr(
                "Keep it as it is: the match stands, the two stay apart, or a split vote "
                "publishes no value"
            )
        )
        self.merge_button = QPushButton(tr("Merge"))
        self.merge_button.setToolTip(tr("These are one camera: fold this camera into the other"))
        self.split_button = QPushButton(tr("Split"))
        self.split_button.setToolTip(
            tr("Take the selected sightings out into a camera of their own")
        )
        self.accept_far_button = QPushButton(tr("Accept all far matches"))
        self.accept_far_button.setToolTip(
            tr("Confirm every sighting joined at 5–25 m with matching attributes, in one step")
        )
        self.accept_class_button = QPushButton(tr("Accept all like this"))
        self.accept_class_button.setToolTip(
            tr("Accept every open item of this item's class (same kind, same attribute) at once")
        )
        self.merge_with_button = QPushButton(tr("Merge with camera…"))
        self.merge_with_button.setToolTip(
            tr("Merge this camera with any other camera, named by its number or UUID")
        )
        self.camera_history = CameraHistory()
        self.history = self.camera_history.entries
        self.undo_auto_button = self.camera_history.undo_button
        self.undo_button = QPushButton(tr("Undo"))
        self.redo_button = QPushButton(tr("Redo"))
        self.editor = ValueEditor(
            ((name, attribute_label(name)) for name in ATTRIBUTES),
            tr("the value you settle on (leave empty for none)"),
            self,
        )
        self.attribute, self.value, self.choice = (
            self.editor.attribute,
            self.editor.value,
            self.editor.choice,
        )
        self.set_button = QPushButton(tr("Set value"))
        self.set_button.setToolTip(
            tr("Give the camera this value, whatever the volunteers reported; Undo takes it back")
        )
        self.status = QLabel()
        self.status.setWordWrap(True)

        buttons = QHBoxLayout()
        for b in (self.accept_button, self.merge_button, self.split_button):
            buttons.addWidget(b)
        buttons.addWidget(self.merge_with_button)
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.redo_button)
        # The decisions for many items on a line of their own: their words are long (in
        # Serbian above all), and one line of every button would squeeze the queue.
        bulk = QHBoxLayout()
        bulk.addWidget(self.accept_class_button)
        bulk.addWidget(self.accept_far_button)
        bulk.addStretch(1)
        setter = QHBoxLayout()
        setter.addWidget(QLabel(tr("Settle a value:")))
        setter.addWidget(self.attribute)
        setter.addWidget(self.value, 1)
        setter.addWidget(self.choice, 1)
        setter.addWidget(self.set_button)

        detail = QWidget()
        # The map and the photos side by side, above the table of sightings.
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(self.map)
        top.addWidget(self.photos)
        top.setStretchFactor(0, 3)
        top.setStretchFactor(1, 2)
        top.setSizes([640, 360])  # the web view's size hint would squeeze the photos to a sliver
        top.setChildrenCollapsible(False)
        column = QVBoxLayout(detail)
        column.addWidget(self.title)
        column.addWidget(top, 3)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(self.case_sightings)
        lower.addWidget(self.camera_history)
        lower.setSizes([520, 300])
        column.addWidget(lower, 2)
        column.addLayout(buttons)
        column.addLayout(bulk)
        column.addLayout(setter)
        column.addWidget(self.status)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.queue)
        splitter.addWidget(detail)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([300, 900])  # the queue's short columns; the map gets the room
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.queue.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self._show(cur.row())
        )
        self.map.sightingClicked.connect(self.select_sighting)
        self.sightings.itemSelectionChanged.connect(
            lambda: self.map.highlight(self.selected_sightings())
        )
        self.accept_button.clicked.connect(self.accept_current)
        self.merge_button.clicked.connect(self.merge_current)
        self.split_button.clicked.connect(self.split_current)
        self.set_button.clicked.connect(self.set_current_value)
        self.accept_far_button.clicked.connect(self.accept_all_far_matches)
        self.accept_class_button.clicked.connect(self.accept_all_like_current)
        self.merge_with_button.clicked.connect(self.merge_with_camera)
        self.undo_auto_button.clicked.connect(self.undo_automatic_decision)
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.redo_button.clicked.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        self.value.returnPressed.connect(self.set_current_value)
        self._add_shortcuts()
        self.refresh()

    def _add_shortcuts(self) -> None:
        """One key per decision, named in each button's tooltip. Letters do not fire while
        the value field has the focus (a line edit keeps its typing keys)."""
        keys = (
            (self.accept_button, "A"),
            (self.merge_button, "M"),
            (self.split_button, "S"),
            (self.merge_with_button, "Ctrl+M"),
            (self.accept_class_button, "Ctrl+Shift+A"),
            (self.accept_far_button, "Ctrl+Shift+F"),
            (self.set_button, "Ctrl+Return"),
            (self.undo_auto_button, "Ctrl+Shift+U"),
        )
        self.shortcuts: dict[str, QShortcut] = {}
        for button, key in keys:
            sequence = QKeySequence(key)
            shortcut = QShortcut(sequence, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda b=button: b.isEnabled() and b.click())
            self.shortcuts[key] = shortcut
            shown = sequence.toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{button.toolTip()} ({shown})")
        self.undo_button.setToolTip(tr("Take the last decision back (Ctrl+Z)"))
        self.redo_button.setToolTip(tr("Make the decision again (Ctrl+Shift+Z)"))

    # -- showing ---------------------------------------------------------------------------

    def refresh(self, keep_item: int | None = None, near_row: int | None = None) -> None:
        """Reload the queue and stay on the same item; when it is gone (decided), on the item
        that took its place, i.e. the next open one."""
        current = keep_item if keep_item is not None else (self.case.item_id if self.case else None)
        if near_row is None:
            near_row = self.queue.currentIndex().row()
        self.model.reload()
        row = self.model.row_of(current) if current is not None else None
        if row is None and self.model.rowCount() > 0:
            row = min(max(near_row, 0), self.model.rowCount() - 1)
        if row is None:
            self._show(-1)
            return
        self.queue.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self._show(row)

    def _show(self, row: int) -> None:
        self.case = (
            review_case(self.model.item_id(row)) if 0 <= row < self.model.rowCount() else None
        )
        case = self.case
        self.map.show_data(None if case is None else review_map_data(case, value_label))
        self.photos.set_case(case)
        self.case_sightings.show_case(None)
        self._show_history(case.camera_id if case is not None else None)
        for b in (self.accept_button, self.merge_button, self.split_button, self.set_button,
                  self.merge_with_button, self.accept_class_button):  # fmt: skip
            b.setEnabled(case is not None)
        self.accept_far_button.setEnabled(self.model.rowCount() > 0)
        if case is not None:
            kind, attribute = review.item_class(review.item_by_id(case.item_id))
            count = sum(1 for i in review.open_items() if review.item_class(i) == (kind, attribute))
            like = review.class_label(kind, attribute, count)
            self.accept_class_button.setText(
                tr("Accept all {n} {what}").format(n=count, what=like)
                if count != 1
                else tr("Accept this 1 {what}").format(what=like)
            )
        if case is None:
            if Sighting.select().exists():
                self.title.setText(tr("Nothing to review."))
            else:
                self.title.setText(
                    tr("Nothing to review yet. Add your volunteers' keys (Keys…), then take in "
                       "their bundles (Merge bundles…).")
                )  # fmt: skip
            return
        self.title.setText(
            tr("{kind} — {reason}").format(
                kind=kind_label(case.kind), reason=shown(case.reason, case.words)
            )
        )
        self.merge_button.setEnabled(case.other_camera_id is not None)
        self.case_sightings.show_case(case)

    def _show_history(self, camera_id: int | None) -> None:
        self.camera_history.show_camera(camera_id)

    def select_sighting(self, sighting_id: int) -> None:
        """Select a sighting's row (a click on the map): ready for Split."""
        self.case_sightings.select_sighting(sighting_id)

    def selected_sightings(self) -> list[int]:
        return self.case_sightings.selected()

    # -- deciding --------------------------------------------------------------------------

    def _push(self, text: str, decide) -> None:  # type: ignore[no-untyped-def]
        item = self.case.item_id if self.case else None
        row = self.queue.currentIndex().row()
        command = ReviewCommand(text, decide, lambda: self.refresh(keep_item=item, near_row=row))
        self.undo_stack.push(command)
        self.last_error = command.error
        self.status.setText(command.error or "")

    def accept_current(self) -> None:
        if self.case is not None:
            item = self.case.item_id
            self._push(tr("Accept"), lambda: review.accept(item, self.author))

    def accept_all_far_matches(self) -> None:
        ids = [i.id for i in review.open_items() if i.kind == "far_match"]
        if ids:
            self._push(
                tr("Accept {n} far matches").format(n=len(ids))
                if len(ids) != 1
                else tr("Accept 1 far match"),
                lambda: review.accept_many(ids, self.author),
            )

    def merge_current(self) -> None:
        if self.case is not None:
            item = self.case.item_id
            self._push(tr("Merge"), lambda: review.merge_item(item, self.author))

    def split_current(self) -> None:
        """Split the selected sightings off; with none selected, the item's own sighting."""
        if self.case is None:
            return
        item = self.case.item_id
        chosen = self.selected_sightings()
        if chosen:
            self._push(tr("Split"), lambda: review.split(chosen, self.author, item))
        else:
            self._push(tr("Split"), lambda: review.split_item(item, self.author))

    def set_current_value(self) -> None:
        if self.case is None or self.case.camera_id is None:
            return
        camera, name, value = self.case.camera_id, self.editor.name(), self.editor.chosen()
        self._push(tr("Set value"), lambda: review.set_value(camera, name, value, self.author))

    def accept_all_like_current(self) -> None:
        """Accept every open item of the current item's class, as one undoable step."""
        if self.case is None:
            return
        kind, attribute = review.item_class(review.item_by_id(self.case.item_id))
        label = review.class_label(kind, attribute)
        self._push(
            tr("Accept all {what}").format(what=label),
            lambda: review.accept_class(kind, attribute, self.author),
        )

    # -- seams (tests replace these) -------------------------------------------------------

    def choose_camera(self) -> str | None:
        text, ok = QInputDialog.getText(
            self, tr("Merge with camera"), tr("The other camera's number or UUID:")
        )
        return text.strip() if ok and text.strip() else None

    def merge_with_camera(self) -> None:
        """Merge the current item's camera into any camera the coordinator names."""
        if self.case is None or self.case.camera_id is None:
            return
        other = self.choose_camera()
        if other is None:
            return
        source = str(self.case.camera_id)
        self._push(tr("Merge cameras"), lambda: review.merge_cameras(source, other, self.author))

    def undo_automatic_decision(self) -> None:
        """Take back the automatic decision selected in the camera's history."""
        note_id = self.camera_history.selected_note()
        if note_id is None:
            return
        self._push(
            tr("Undo automatic decision"),
            lambda: history.undo_automatic(note_id, self.author),
        )
