"""Settling one attribute of a camera by hand: which attribute, and its value.

Fields with a fixed list of answers (type, mount, zone…) offer only those and "no value";
the others take typed text (empty: none). Used by the review queue and the Cameras view.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from surveyor.core.vocabulary import load_vocabulary
from surveyor.ui.vocab_combo import vocab_label


def tr(text: str) -> str:
    return QCoreApplication.translate("ValueEditor", text)


class ValueEditor:
    """Three widgets the caller lays out: ``attribute``, then ``value`` or ``choice``."""

    def __init__(self, attributes: Iterable[tuple[str, str]], placeholder: str, parent: QWidget):
        self.attribute = QComboBox(parent)
        for name, label in attributes:
            self.attribute.addItem(label, name)
        self.value = QLineEdit(parent)
        self.value.setPlaceholderText(placeholder)
        self.choice = QComboBox(parent)
        self.choice.hide()
        self.attribute.currentIndexChanged.connect(lambda _i: self._attribute_changed())
        self._attribute_changed()

    def name(self) -> str:
        return str(self.attribute.currentData())

    def chosen(self) -> str | None:
        """The value to store: a fixed choice's value, or the typed text (empty: None)."""
        if not self.choice.isHidden():
            data = self.choice.currentData()
            return None if data is None else str(data)
        return self.value.text().strip() or None

    def _attribute_changed(self) -> None:
        fields = load_vocabulary().fields
        fixed = self.name() in fields
        self.choice.clear()
        if fixed:
            self.choice.addItem(tr("(no value)"), None)
            for option in fields[self.name()].choices:
                self.choice.addItem(vocab_label(option.label), option.value)
        self.choice.setVisible(fixed)
        self.value.setVisible(not fixed)
