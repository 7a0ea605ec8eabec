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
        if allow_empty:
            self.addItem(self.tr("— not set —"), None)
        for choice in field.choices:
            self.addItem(
                pictogram(choice.pictogram), choice_text(choice.label, choice.key), choice.value
            )
        self.setToolTip(vocab_label(field.question))
        self.activated.connect(lambda i: self.valueChosen.emit(self.itemData(i)))

    def value(self) -> str | None:
        data = self.currentData()
        return None if data is None else str(data)

    def set_value(self, value: str | None) -> None:
        """Show ``value`` without emitting ``valueChosen``; unknown values are added as is."""
        index = self.findData(value)
        if index < 0 and value is not None:
            self.addItem(value, value)
            index = self.count() - 1
        self.setCurrentIndex(max(index, 0))
