"""Make (manufacturer) picker: vocabulary makes with type-ahead, and "Unknown make" as a choice."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QMessageBox, QWidget

from surveyor.core.vocabulary import Vocabulary
from surveyor.ui.text_fit import fit_combo_placeholder
from surveyor.ui.vocab_combo import vocab_label

UNKNOWN = "__unknown__"


class MakeCombo(QComboBox):
    """Emits ``makeChosen(changes)`` with the camera attributes to store for the choice."""

    makeChosen = Signal(dict)

    def __init__(self, vocabulary: Vocabulary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # Values live on the Python side, typed (no QVariant round trip).
        self._values: list[str | None] = [None, UNKNOWN]
        self.addItem(self.tr("— not set —"))
        self.addItem(vocab_label(vocabulary.unknown_make_label))
        for maker in vocabulary.manufacturers:
            self.addItem(maker.name)
            self._values.append(maker.name)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        editor = self.lineEdit()
        assert editor is not None  # editable combo
        editor.setPlaceholderText(self.tr("Type a make…"))
        fit_combo_placeholder(self)
        self._shown: dict[str, object] = {}
        self.activated.connect(self._commit)
        editor.editingFinished.connect(self._commit)
        editor.installEventFilter(self)

    def add_makes(self, vocabulary: Vocabulary) -> None:
        """Offer makes the vocabulary gained (a campaign kit's additions); keeps the rest."""
        for maker in vocabulary.manufacturers:
            if maker.name not in self._values:
                self.addItem(maker.name)
                self._values.append(maker.name)

    def set_camera_make(self, manufacturer: str | None, make_unknown: bool) -> None:
        if make_unknown:
            self.setCurrentIndex(self._values.index(UNKNOWN))
        elif manufacturer:
            index = self._values.index(manufacturer) if manufacturer in self._values else -1
            if index >= 0:
                self.setCurrentIndex(index)
            else:
                self.setEditText(manufacturer)
        else:
            self.setCurrentIndex(0)
            self.setEditText("")
        self._shown = self.changes()

    def changes(self) -> dict[str, object]:
        """The attributes the current text stands for ("Hikv" stands for Hikvision)."""
        text = self.currentText().strip()
        if not text:
            return {"manufacturer": None, "make_unknown": False}
        data = self._value_for(text)
        if data == UNKNOWN:
            return {"make_unknown": True}
        if data is None:
            return {"manufacturer": None, "make_unknown": False}
        return {"manufacturer": str(data), "make_unknown": False}

    def _value_for(self, text: str) -> str | None:
        """The listed value ``text`` names: exactly, else the one it starts, else contains."""
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)  # case-insensitive
        if 0 <= index < len(self._values):
            return self._values[index]
        wanted = text.casefold()
        makes = [v for v in self._values if v not in (None, UNKNOWN)]
        for fits in (
            [m for m in makes if m is not None and m.casefold().startswith(wanted)],
            [m for m in makes if m is not None and wanted in m.casefold()],
        ):
            if len(fits) == 1:
                return fits[0]
        return text

    def is_known(self, changes: dict[str, object]) -> bool:
        return changes.get("manufacturer") in (None, *self._values)

    # Seam a test replaces.
    def confirm_new_make(self, name: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("New make"),
            self.tr(
                "“{name}” is not a make Surveyor knows. Save it as a new make?\n"
                "(Check the spelling: makes are compared exactly, Hikvision is not HikVision.)"
            ).format(name=name),
        )
        return answer == QMessageBox.StandardButton.Yes

    def commit(self) -> None:
        """Store what is typed now (the window's Enter may have taken the key)."""
        self._commit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter on an open completion list picks the make; it is not yet the window's
        # "accept and go to the next photo" (a second Enter is).
        completer = self.completer()
        popup = completer.popup() if completer is not None else None
        is_enter = isinstance(event, QKeyEvent) and event.key() in (
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
        )
        if is_enter and popup is not None and popup.isVisible():
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()
                return True
            if event.type() == QEvent.Type.KeyPress:
                chosen = popup.currentIndex()
                if chosen.isValid():
                    self.setEditText(str(chosen.data()))
                popup.hide()
                self._commit()
                return True
        return super().eventFilter(watched, event)

    def _commit(self, *_args: object) -> None:
        changes = self.changes()
        if changes == self._shown:
            return
        name = changes.get("manufacturer")
        if isinstance(name, str) and not self.is_known(changes):
            if not self.confirm_new_make(name):
                self.set_camera_make(
                    self._shown.get("manufacturer"),  # type: ignore[arg-type]
                    bool(self._shown.get("make_unknown")),
                )
                return
        elif isinstance(name, str) and self.currentText().strip() != name:
            self.setEditText(name)  # show what "Hikv" was taken for
        self._shown = changes
        self.makeChosen.emit(changes)
