"""The camera panel: what the selected photo(s) show, and every attribute of the camera.

The panel only *asks* for changes (``changeRequested``); the window turns them into undoable
commands on the right cameras, so the same path serves one photo and a multi-selection.
"""

from __future__ import annotations

import html
from typing import Any, TypeVar

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from surveyor.core.vocabulary import Vocabulary, load_vocabulary
from surveyor.store.models import Camera
from surveyor.ui.camera_undo import CameraChanges, CameraValue
from surveyor.ui.make_combo import MakeCombo
from surveyor.ui.vocab_combo import VocabularyCombo, vocab_label

VOCAB_FIELDS = ("surveillance_type", "surveillance", "camera_type", "camera_mount", "zone")
# Domes and panning cameras look every way: no direction unless the volunteer sets one.
NO_DIRECTION_TYPES = frozenset({"dome", "panning", "panorama"})
_Spin = TypeVar("_Spin", QSpinBox, QDoubleSpinBox)


def action_button(action: QAction, parent: QWidget) -> QToolButton:
    """A button for ``action`` whose label shows its shortcut key."""
    button = QToolButton(parent)
    button.setDefaultAction(action)
    key = action.shortcut().toString()
    if key:
        button.setText(f"{action.text()}  [{key}]")
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    button.setMinimumWidth(60)
    return button


class CameraPanel(QWidget):
    # (camera ids, {attribute: value}): the ids are those on show when the edit was made, so
    # an edit confirmed while the selection moves on still lands on the right camera.
    changeRequested = Signal(list, dict)
    cameraChosen = Signal(int)  # which of the photo's cameras the panel shows

    def __init__(
        self,
        actions: list[QAction],
        vocabulary: Vocabulary | None = None,
        parent: QWidget | None = None,
        facing_action: QAction | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("cameraPanel")
        self.vocabulary = vocabulary or load_vocabulary()
        self._loading = False
        self._shown: CameraChanges = {}
        self._camera_ids: list[int] = []
        self._multi = False

        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: bold;")
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.RichText)  # the legend's keys in bold

        buttons = QGridLayout()
        for i, action in enumerate(actions):
            buttons.addWidget(action_button(action, self), i // 2, i % 2)

        self.camera_choice = QComboBox(self)
        self.camera_choice.activated.connect(self._on_camera_choice)
        self.make = MakeCombo(self.vocabulary, self)
        self.make.makeChosen.connect(self._emit)
        self.model_edit = QComboBox(self)
        self.model_edit.setEditable(True)
        self.model_edit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        model_editor = self.model_edit.lineEdit()
        assert model_editor is not None  # editable combo
        model_editor.editingFinished.connect(
            lambda: self._text_changed("model", self.model_edit.currentText())
        )
        self.model_edit.activated.connect(
            lambda _i: self._text_changed("model", self.model_edit.currentText())
        )
        self.combos: dict[str, VocabularyCombo] = {}
        for name in VOCAB_FIELDS:
            combo = VocabularyCombo(
                self.vocabulary.field(name), allow_empty=name != "surveillance_type", parent=self
            )
            combo.valueChosen.connect(lambda value, n=name: self._value_changed(n, value))
            combo.setObjectName(f"field_{name}")
            self.combos[name] = combo
        self.direction_box = self._spin(QSpinBox(self), 0, 359, "°")
        self.direction_box.setWrapping(True)
        self.direction_box.editingFinished.connect(
            lambda: self._number_changed("direction", self.direction_box)
        )
        # "Facing you: 289°": the photo's bearing turned around, set only on the key press.
        self.facing_action = facing_action or QAction(self.tr("Facing you"), self)
        self.facing_button = QToolButton(self)
        self.facing_button.setDefaultAction(self.facing_action)
        self.facing_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.facing_button.setToolTip(
            self.tr(
                "The phone's compass says which way you looked. A camera that faces you "
                "looks the opposite way: press the key to use that as its direction."
            )
        )
        self.facing_hint: int | None = None
        direction_row = QHBoxLayout()
        direction_row.setContentsMargins(0, 0, 0, 0)
        direction_row.addWidget(self.direction_box, 1)
        direction_row.addWidget(self.facing_button)
        self.height_box = self._spin(QDoubleSpinBox(self), 0, 500, " m")
        self.height_box.setDecimals(1)
        self.height_box.editingFinished.connect(
            lambda: self._number_changed("height", self.height_box)
        )
        self.operator = QLineEdit(self)
        self.operator.editingFinished.connect(
            lambda: self._text_changed("operator", self.operator.text())
        )
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(64)
        self.notes.installEventFilter(self)

        self.review_box = QCheckBox(self.tr("Needs review  [Q]"), self)
        self.review_box.setToolTip(
            self.tr(
                "Something about this camera is unsure: it shows red on the map until this is "
                "cleared."
            )
        )
        self.review_box.toggled.connect(lambda on: self._emit({"needs_review": bool(on)}))

        all_combos: list[QComboBox] = [self.camera_choice, self.make, self.model_edit]
        for box in [*all_combos, *self.combos.values()]:
            # Long labels must not widen the panel: combos shrink and elide instead.
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(12)
        self.form = QFormLayout()
        self.form.addRow(self.tr("Camera"), self.camera_choice)
        self.form.addRow(self.tr("Make"), self.make)
        self.form.addRow(self.tr("Model"), self.model_edit)
        labels = {
            "surveillance_type": self.tr("Device"),
            "surveillance": self.tr("Watches"),
            "camera_type": self.tr("Camera type"),
            "camera_mount": self.tr("Mount"),
            "zone": self.tr("Zone"),
        }
        for name in VOCAB_FIELDS:
            self.form.addRow(labels[name], self.combos[name])
        self.form.addRow(self.tr("Direction"), direction_row)
        self.form.addRow(self.tr("Height"), self.height_box)
        self.form.addRow(self.tr("Operator"), self.operator)
        self.form.addRow(self.tr("Notes"), self.notes)
        self.form.addRow("", self.review_box)
        self.fields = QWidget(self)
        self.fields.setLayout(self.form)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(buttons)
        layout.addWidget(self.hint)
        layout.addWidget(self.fields)
        layout.addStretch(1)
        self._multi = False
        self.show_nothing()

    @staticmethod
    def _spin(box: _Spin, low: int, high: int, suffix: str) -> _Spin:
        # One step below the range means "not set", shown as a dash.
        box.setRange(low - 1, high)
        box.setSpecialValueText("—")
        box.setSuffix(suffix)
        box.setKeyboardTracking(False)
        return box

    # Showing ---------------------------------------------------------------------------------
    def show_nothing(self) -> None:
        self._multi = False
        self.facing_hint = None
        self.heading.setText(self.tr("No photo selected"))
        self.hint.setText(self.tr("Choose a photo in the grid; arrow keys move between photos."))
        self._set_cameras([], [])

    def show_selection(
        self,
        heading: str,
        hint: str,
        cameras: list[Camera],
        current: int | None = None,
        multi: bool = False,
        facing: float | None = None,
    ) -> None:
        """Show ``cameras`` (store rows); the first (or ``current``) one fills the fields.

        With several photos selected, ``cameras`` are all their cameras and an edit applies to
        each of them. ``facing`` is the direction offered for a camera that faces the
        photographer (the photo's bearing turned around), or None.
        """
        self.heading.setText(heading)
        self.hint.setText(self.hint_html(hint))
        self._multi = multi
        self.facing_hint = None if facing is None else round(facing) % 360
        self._set_cameras(cameras, [current] if current is not None else [])

    def _set_cameras(self, cameras: list[Camera], current: list[int]) -> None:
        self._loading = True
        try:
            self.camera_choice.clear()
            for camera in cameras:
                self.camera_choice.addItem(self._camera_title(camera), int(camera.id))
            choose = len(cameras) > 1 and not self._multi  # several photos: edit them all
            self.camera_choice.setVisible(choose)
            self.form.labelForField(self.camera_choice).setVisible(choose)
            self.fields.setEnabled(bool(cameras))
            chosen = cameras[0] if cameras else None
            if current:
                ids = [int(c.id) for c in cameras]
                index = ids.index(current[0]) if current[0] in ids else -1
                if index >= 0:
                    self.camera_choice.setCurrentIndex(index)
                    chosen = cameras[index]
            self._camera_ids = [int(c.id) for c in cameras]
            self._fill(chosen)
        finally:
            self._loading = False

    def _camera_title(self, camera: Camera) -> str:
        """ "Camera #8 — Hikvision, Dome": #8 is the camera's number everywhere (map, warnings,
        command line), not its place in this photo's list."""
        make = camera.manufacturer or (
            vocab_label(self.vocabulary.unknown_make_label) if camera.make_unknown else ""
        )
        kind = self.vocabulary.field("camera_type").label_for(camera.camera_type)
        parts = [p for p in (make, vocab_label(kind) if kind else "") if p]
        detail = f" — {', '.join(parts)}" if parts else ""
        return self.tr("Camera #{number}").format(number=camera.id) + detail

    def set_vocabulary(self, vocabulary: Vocabulary) -> None:
        """Makes and models the vocabulary gained (a campaign kit) are offered from now on."""
        self.vocabulary = vocabulary
        self.make.add_makes(vocabulary)

    def _fill(self, camera: Camera | None) -> None:
        # Any: a peewee row's fields have no types; the panel converts each value it shows.
        def get(name: str, default: CameraValue = None) -> Any:
            return getattr(camera, name, default) if camera is not None else default

        self.make.set_camera_make(get("manufacturer"), bool(get("make_unknown", False)))
        maker = self.vocabulary.manufacturer(get("manufacturer"))
        self.model_edit.clear()
        self.model_edit.addItems(list(maker.models) if maker else [])
        self.model_edit.setEditText(get("model") or "")
        for name, combo in self.combos.items():
            combo.set_value(get(name, "camera" if name == "surveillance_type" else None))
        direction = get("direction")
        self.direction_box.setValue(-1 if direction is None else round(direction) % 360)
        height = get("height")
        self.height_box.setValue(-1 if height is None else float(height))
        self.operator.setText(get("operator") or "")
        self.notes.setPlainText(get("notes", "") or "")
        self.review_box.setChecked(bool(get("needs_review", False)))
        self._show_facing_hint(camera)
        self._shown = {
            "model": get("model"),
            "direction": None if direction is None else round(direction) % 360,
            "height": height,
            "operator": get("operator"),
            "notes": get("notes", "") or "",
        }

    def _show_facing_hint(self, camera: Camera | None) -> None:
        """Offer the hint for a camera that can have a direction and does not have this one."""
        hint = self.facing_hint
        rotates = getattr(camera, "camera_type", None) in NO_DIRECTION_TYPES
        direction = getattr(camera, "direction", None)
        same = direction is not None and round(direction) % 360 == hint
        offered = camera is not None and hint is not None and not rotates and not same
        self.facing_action.setEnabled(offered)
        self.facing_button.setVisible(offered)
        text = self.tr("Facing you: {deg}°").format(deg=hint) if offered else self.tr("Facing you")
        self.facing_action.setText(text)  # the Record menu shows it too
        key = self.facing_action.shortcut().toString()
        self.facing_button.setText(f"{text}  [{key}]" if key else text)

    def current_camera_id(self) -> int | None:
        index = self.camera_choice.currentIndex()
        return self._camera_ids[index] if 0 <= index < len(self._camera_ids) else None

    def camera_ids(self) -> list[int]:
        return list(self._camera_ids)

    def targets(self) -> list[int]:
        """The cameras an edit applies to: the one on show, or all of a multi-selection."""
        if self._multi:
            return list(self._camera_ids)
        current = self.current_camera_id()
        return [] if current is None else [current]

    # Edits -----------------------------------------------------------------------------------
    def commit_pending(self) -> None:
        """Save what is typed but not yet confirmed (notes, a half-typed number)."""
        if not self.fields.isEnabled():
            return
        # Enter is the window's "accept and next" key, so these fields may never have seen it.
        self.make.commit()
        self._text_changed("model", self.model_edit.currentText())
        for name, box in (("direction", self.direction_box), ("height", self.height_box)):
            box.interpretText()
            self._number_changed(name, box)
        self._text_changed("operator", self.operator.text())
        self._text_changed("notes", self.notes.toPlainText())

    def _emit(self, changes: CameraChanges) -> None:
        if not self._loading and self.fields.isEnabled():
            self.changeRequested.emit(self.targets(), dict(changes))

    def _value_changed(self, name: str, value: CameraValue) -> None:
        self._emit({name: value})

    def _text_changed(self, name: str, text: str) -> None:
        value: str | None = text if name == "notes" else (text.strip() or None)
        if self._loading or value == self._shown.get(name):
            return
        self._shown[name] = value
        self._emit({name: value})

    def _number_changed(self, name: str, box: QSpinBox | QDoubleSpinBox) -> None:
        raw = box.value()
        value = None if raw < box.minimum() + 1 else raw
        if self._loading or value == self._shown.get(name):
            return
        self._shown[name] = value
        self._emit({name: value})

    def _on_camera_choice(self, index: int) -> None:
        if 0 <= index < len(self._camera_ids):
            self.cameraChosen.emit(self._camera_ids[index])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.notes and event.type() == QEvent.Type.FocusOut:
            self._text_changed("notes", self.notes.toPlainText())
        return super().eventFilter(watched, event)

    def hint_html(self, hint: str) -> str:
        """The hint as rich text: each legend key in bold, and "T Traffic signals" never split
        across lines, so the keys stand out in the block instead of reading as one sentence."""
        legend = set(self.key_legend().split("\n"))
        lines = []
        for line in hint.split("\n"):
            if line in legend:
                items = [
                    f"<b>{html.escape(item[:1])}</b>{html.escape(item[1:])}".replace(" ", "&nbsp;")
                    for item in line.split(" · ")
                ]
                lines.append(" · ".join(items))
            else:
                lines.append(html.escape(line))
        return "<br>".join(lines)

    def key_legend(self) -> str:
        """One line per vocabulary field with its single-key shortcuts, for the hint area."""
        lines = []
        for name in ("surveillance", "camera_type", "camera_mount"):
            keys = [
                f"{c.key} {vocab_label(c.label)}"
                for c in self.vocabulary.field(name).choices
                if c.key
            ]
            if keys:
                lines.append(" · ".join(keys))
        return "\n".join(lines)
