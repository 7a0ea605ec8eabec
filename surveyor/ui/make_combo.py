"""Make (manufacturer) picker: vocabulary makes with type-ahead, and "Unknown make" as a choice."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from surveyor.core.vocabulary import Vocabulary
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
        self._shown: dict[str, object] = {}
        self.activated.connect(self._commit)
        editor.editingFinished.connect(self._commit)

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
        """The attributes the current text stands for."""
        text = self.currentText().strip()
        if not text:
            return {"manufacturer": None, "make_unknown": False}
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)  # case-insensitive
        data = self._values[index] if 0 <= index < len(self._values) else text
        if data == UNKNOWN:
            return {"make_unknown": True}
        if data is None:
            return {"manufacturer": None, "make_unknown": False}
        return {"manufacturer": str(data), "make_unknown": False}

    def commit(self) -> None:
        """Store what is typed now (the window's Enter may have taken the key)."""
        self._commit()

    def _commit(self, *_args: object) -> None:
        changes = self.changes()
        if changes != self._shown:
            self._shown = changes
            self.makeChosen.emit(changes)
