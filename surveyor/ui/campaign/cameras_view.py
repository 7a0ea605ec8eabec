"""The Cameras tab: every consensus camera in a table (search, filter, sort) and on one map of
the campaign, with its sightings, history and photos. Any camera can be corrected, merged with
another, split or withdrawn, undoably (the review's undo stack), with or without a review item.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from surveyor.core.campaign import history, review
from surveyor.core.campaign.camera_list import CameraRow, camera_rows, campaign_map_data
from surveyor.core.campaign.consensus import ATTRIBUTES
from surveyor.core.campaign.review_case import camera_case
from surveyor.ui.campaign.photo_strip import PhotoLoader, PhotoStrip
from surveyor.ui.campaign.review_labels import SHOWN, attribute_label, value_label
from surveyor.ui.campaign.review_map_view import ReviewMapView
from surveyor.ui.campaign.review_undo import ReviewCommand
from surveyor.ui.campaign.value_editor import ValueEditor
from surveyor.ui.text_fit import fit_placeholder

COLUMNS = ("number", "manufacturer", "camera_type", "camera_mount", "direction", "volunteers",
           "sightings", "state")  # fmt: skip
FILTERS = ("all", "review", "single", "set", "withdrawn")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


def tr(text: str) -> str:
    return QCoreApplication.translate("CamerasView", text)


def column_label(name: str) -> str:
    return {
        "number": tr("No."),
        "volunteers": tr("Volunteers"),
        "sightings": tr("Sightings"),
        "state": tr("State"),
    }.get(name) or attribute_label(name)


def state_text(row: CameraRow) -> str:
    if row.withdrawn:
        return tr("withdrawn")
    if row.open_items:
        return (
            tr("in review (1 item)")
            if row.open_items == 1
            else tr("in review ({n} items)").format(n=row.open_items)
        )
    return tr("published")


class CamerasModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[CameraRow] = []

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = camera_rows()
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return column_label(COLUMNS[section])
        return None

    def _raw(self, row: CameraRow, name: str) -> object:
        if name == "number":
            return row.camera_id
        if name in ("volunteers", "sightings"):
            return getattr(row, name)
        if name == "state":
            return state_text(row)
        return row.values.get(name)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        if not index.isValid():
            return None
        row, name = self.rows[index.row()], COLUMNS[index.column()]
        raw = self._raw(row, name)
        if role == Qt.ItemDataRole.DisplayRole:
            if name in ("number", "volunteers", "sightings", "state"):
                return str(raw)
            text = value_label(name, raw)
            return text + " ✎" if name in row.set_by_coordinator else text
        if role == SORT_ROLE:
            if raw is None:
                return ""
            return raw if isinstance(raw, int | float) else str(raw).casefold()
        if role == Qt.ItemDataRole.ToolTipRole and name in row.set_by_coordinator:
            return tr("set by you")
        if role == Qt.ItemDataRole.UserRole:
            return row.camera_id
        return None

    def row_of(self, camera_id: int) -> int | None:
        return next((n for n, r in enumerate(self.rows) if r.camera_id == camera_id), None)


class CameraFilter(QSortFilterProxyModel):
    """Search text over every column, and one of: all, in review, seen by one volunteer, with a
    value you set, withdrawn."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = "all"
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self.setSortRole(SORT_ROLE)

    def set_mode(self, mode: str) -> None:
        self.beginFilterChange()
        self.mode = mode
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        assert isinstance(model, CamerasModel)
        row = model.rows[source_row]
        wanted = {
            "all": True,
            "review": row.open_items > 0,
            "single": row.volunteers == 1,
            "set": bool(row.set_by_coordinator),
            "withdrawn": row.withdrawn,
        }[self.mode]
        return wanted and super().filterAcceptsRow(source_row, source_parent)


class CamerasView(QWidget):
    def __init__(
        self,
        author: str,
        undo_stack: QUndoStack,
        photo_loader: PhotoLoader,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.author = author
        self.undo_stack = undo_stack
        self.model = CamerasModel(self)
        self.proxy = CameraFilter(self)
        self.proxy.setSourceModel(self.model)
        self.camera_id: int | None = None
        self.last_error: str | None = None

        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search: make, type, mount, number…"))
        self.search.setClearButtonEnabled(True)
        self.filter = QComboBox()
        for mode, label in zip(
            FILTERS,
            (tr("All cameras"), tr("In review"), tr("Seen by one volunteer"),
             tr("With a value you set"), tr("Withdrawn")),
            strict=True,
        ):  # fmt: skip
            self.filter.addItem(label, mode)
        self.count = QLabel()
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)

        self.title = QLabel(tr("Choose a camera."))
        self.title.setWordWrap(True)
        self.map = ReviewMapView()
        self.photos = PhotoStrip(photo_loader)
        self.sightings = QTableWidget(0, 1 + len(SHOWN))
        self.sightings.setHorizontalHeaderLabels(
            [tr("Volunteer")] + [attribute_label(n) for n in SHOWN]
        )
        self.sightings.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sightings.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sightings.verticalHeader().hide()
        self.sightings.horizontalHeader().setStretchLastSection(True)
        self.history = QListWidget()
        self.history.setWordWrap(True)

        self.editor = ValueEditor(
            ((name, attribute_label(name)) for name in ATTRIBUTES),
            tr("the value you settle on (empty: none)"),
            self,
        )
        self.attribute, self.value, self.choice = (
            self.editor.attribute,
            self.editor.value,
            self.editor.choice,
        )
        self.set_button = QPushButton(tr("Correct"))
        self.set_button.setToolTip(tr("Give this camera the value, whatever the volunteers said"))
        self.merge_button = QPushButton(tr("Merge with camera…"))
        self.merge_button.setToolTip(tr("This camera and another are one: fold this one into it"))
        self.split_button = QPushButton(tr("Split off selected sightings"))
        self.split_button.setToolTip(tr("The selected sightings are another camera"))
        self.withdraw_button = QPushButton(tr("Withdraw"))
        self.withdraw_button.setToolTip(
            tr("Take this camera out of the exports and the map (Undo brings it back)")
        )
        self.status = QLabel()
        self.status.setWordWrap(True)

        # The search on a line of its own: its hint is long in Serbian and must show whole.
        fit_placeholder(self.search)
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.count)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table, 1)

        pictures = QSplitter(Qt.Orientation.Horizontal)
        pictures.addWidget(self.map)
        pictures.addWidget(self.photos)
        pictures.setSizes([560, 300])
        pictures.setChildrenCollapsible(False)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(self.sightings)
        lower.addWidget(self.history)
        lower.setSizes([520, 300])
        actions = QHBoxLayout()
        actions.addWidget(self.attribute)
        actions.addWidget(self.value, 1)
        actions.addWidget(self.choice, 1)
        actions.addWidget(self.set_button)
        actions.addStretch(0)
        actions.addWidget(self.merge_button)
        actions.addWidget(self.split_button)
        actions.addWidget(self.withdraw_button)
        detail = QWidget()
        column = QVBoxLayout(detail)
        column.addWidget(self.title)
        column.addWidget(pictures, 3)
        column.addWidget(lower, 2)
        column.addLayout(actions)
        column.addWidget(self.status)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(detail)
        splitter.setSizes([460, 780])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.search.textChanged.connect(self._search)
        self.filter.currentIndexChanged.connect(lambda _i: self._filter_changed())
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _p: self._chosen(cur))
        self.set_button.clicked.connect(self.correct)
        self.merge_button.clicked.connect(self.merge_with)
        self.split_button.clicked.connect(self.split_selected)
        self.withdraw_button.clicked.connect(self.withdraw_or_restore)
        self.map.sightingClicked.connect(self._select_sighting)
        self._show(None)

    # -- showing ---------------------------------------------------------------------------

    def refresh(self) -> None:
        keep = self.camera_id
        self.model.reload()
        self._counted()
        if keep is not None and self.select_camera(keep):
            return
        if self.proxy.rowCount() > 0:
            self.table.selectRow(0)
        else:
            self._show(None)

    def _search(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self._counted()

    def _filter_changed(self) -> None:
        self.proxy.set_mode(self.filter.currentData())
        self._counted()

    def _counted(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count.setText(tr("{shown} of {total}").format(shown=shown, total=total))

    def select_camera(self, camera_id: int) -> bool:
        row = self.model.row_of(camera_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        self._show(camera_id)
        return True

    def _chosen(self, current: QModelIndex) -> None:
        if not current.isValid():
            return
        source = self.proxy.mapToSource(current)
        self._show(self.model.rows[source.row()].camera_id)

    def _show(self, camera_id: int | None) -> None:
        self.camera_id = camera_id
        case = camera_case(camera_id) if camera_id is not None else None
        row = next((r for r in self.model.rows if r.camera_id == camera_id), None)
        for b in (self.set_button, self.merge_button, self.split_button, self.withdraw_button):
            b.setEnabled(case is not None)
        self.map.show_data(campaign_map_data(camera_id, value_label))
        self.photos.set_case(case)
        self.sightings.setRowCount(0)
        self.history.clear()
        if case is None or row is None:
            self.title.setText(
                tr("No cameras yet: merge your volunteers' bundles first.")
                if self.model.rowCount() == 0
                else tr("Choose a camera.")
            )
            return
        volunteers = row.volunteers  # a plain name: lupdate reads no expression as a count
        self.title.setText(
            tr("Camera {n} — {state}, seen by {v}").format(
                n=row.camera_id,
                state=state_text(row),
                v=QCoreApplication.translate("CamerasView", "%n volunteer(s)", None, volunteers),
            )
        )
        self.withdraw_button.setText(tr("Bring back") if row.withdrawn else tr("Withdraw"))
        self.sightings.setRowCount(len(case.sightings))
        for n, s in enumerate(case.sightings):
            who = QTableWidgetItem(s.volunteer)
            who.setData(Qt.ItemDataRole.UserRole, s.sighting_id)
            self.sightings.setItem(n, 0, who)
            for c, name in enumerate(SHOWN, start=1):
                self.sightings.setItem(
                    n, c, QTableWidgetItem(value_label(name, s.attributes.get(name)))
                )
        for entry in history.camera_history(case.camera_id or 0):
            self.history.addItem(f"{entry.volunteer}: {entry.text}")

    def _select_sighting(self, sighting_id: int) -> None:
        for row in range(self.sightings.rowCount()):
            item = self.sightings.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == sighting_id:
                self.sightings.selectRow(row)
                return

    # -- deciding (undoable, on the review's stack) -----------------------------------------

    def _push(self, text: str, decide) -> None:  # type: ignore[no-untyped-def]
        command = ReviewCommand(text, decide, self.refresh)
        self.undo_stack.push(command)
        self.last_error = command.error
        self.status.setText(command.error or "")

    def correct(self) -> None:
        if self.camera_id is None:
            return
        camera, name, value = self.camera_id, self.editor.name(), self.editor.chosen()
        self._push(
            tr("Correct camera {n}").format(n=camera),
            lambda: review.set_value(camera, name, value, self.author),
        )

    def choose_camera(self) -> str | None:
        """Seam: tests replace it."""
        text, ok = QInputDialog.getText(
            self, tr("Merge with camera"), tr("The other camera's number or UUID:")
        )
        return text.strip() if ok and text.strip() else None

    def merge_with(self) -> None:
        if self.camera_id is None:
            return
        other = self.choose_camera()
        if other is None:
            return
        source = str(self.camera_id)
        self._push(tr("Merge cameras"), lambda: review.merge_cameras(source, other, self.author))

    def split_selected(self) -> None:
        rows = sorted({i.row() for i in self.sightings.selectedIndexes()})
        chosen = [
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.sightings.item(r, 0) for r in rows)
            if item is not None
        ]
        if not chosen:
            self.status.setText(tr("Select the sightings that are another camera first."))
            return
        self._push(tr("Split"), lambda: review.split(chosen, self.author))

    def withdraw_or_restore(self) -> None:
        camera = self.camera_id
        row = next((r for r in self.model.rows if r.camera_id == camera), None)
        if camera is None or row is None:
            return
        if row.withdrawn:
            self._push(
                tr("Bring back camera {n}").format(n=camera),
                lambda: review.restore_camera(camera, self.author),
            )
            return
        self._push(
            tr("Withdraw camera {n}").format(n=camera),
            lambda: review.withdraw_camera(camera, self.author),
        )
