"""A combo box over one vocabulary field: labels (translated) with their key, values as data."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from surveyor.core.vocabulary import Field
from surveyor.ui.pictograms import pictogram


def vocab_label(label: str) -> str:
    """A vocabulary label in the user's language (labels are translated in context "vocabulary")."""
    return QCoreApplication.translate("vocabulary", label)


def choice_text(label: str, key: str) -> str:
    return f"{vocab_label(label)}    [{key}]" if key else vocab_label(label)


class VocabularyCombo(QComboBox):
    """``valueChosen(value)`` fires when the user picks an entry (None for "not set")."""

    valueChosen = Signal(object)

    def __init__(
        self, field: Field, allow_empty: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.field = field
        self.setIconSize(QSize(22, 22))
        # Values live on the Python side, typed, with None for "not set" (no QVariant trip).
        self._values: list[str | None] = []
        if allow_empty:
            self.addItem(self.tr("— not set —"))
            self._values.append(None)
        for choice in field.choices:
            self.addItem(pictogram(choice.pictogram), choice_text(choice.label, choice.key))
            self._values.append(choice.value)
        self.setToolTip(vocab_label(field.question))
        self.activated.connect(lambda i: self.valueChosen.emit(self._values[i]))

    def value(self) -> str | None:
        index = self.currentIndex()
        return self._values[index] if 0 <= index < len(self._values) else None

    def set_value(self, value: str | None) -> None:
        """Show ``value`` without emitting ``valueChosen``; unknown values are added as is."""
        index = self._values.index(value) if value in self._values else -1
        if index < 0 and value is not None:
            self.addItem(value)
            self._values.append(value)
            index = self.count() - 1
        self.setCurrentIndex(max(index, 0))
