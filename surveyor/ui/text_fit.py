"""Widths from the words a widget shows, so that no language's longer words are cut off."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QStyle, QStyleOptionComboBox

# The frame and text margins of a line edit in the usual styles (Fusion: 2 + 2 each side).
EDIT_PADDING = 14


def placeholder_width(edit: QLineEdit) -> int:
    """The width ``edit`` needs to show its whole placeholder text."""
    margins = edit.textMargins()
    text = edit.fontMetrics().horizontalAdvance(edit.placeholderText())
    return text + margins.left() + margins.right() + EDIT_PADDING


def fit_placeholder(edit: QLineEdit) -> None:
    """Never narrower than its placeholder (a hint cut in half says nothing)."""
    edit.setMinimumWidth(max(edit.minimumWidth(), placeholder_width(edit)))


def fit_combo_placeholder(combo: QComboBox) -> None:
    """An editable combo box never narrower than its editor's placeholder and its arrow."""
    editor = combo.lineEdit()
    if editor is None:
        return
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    arrow_and_frame = option.rect.width() - field.width()
    combo.setMinimumWidth(max(combo.minimumWidth(), placeholder_width(editor) + arrow_and_frame))
