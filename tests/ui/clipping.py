"""Find words a window cuts off: labels, buttons and check boxes narrower than their text,
wrapped labels shorter than their lines, table headers narrower than their title.

Used by the clipping tests (in Serbian, whose words run longest); a screenshot script can
list what it finds beside each picture.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionComboBox,
    QTableView,
    QTreeView,
    QWidget,
)

from surveyor.ui.text_fit import placeholder_width

SLACK = 1  # pixels: rounding in the style's metrics


def _shown(widget: QWidget) -> bool:
    return widget.isVisibleTo(widget.window()) and widget.width() > 0


def _label_clipped(label: QLabel) -> bool:
    if not label.text() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return False
    if label.wordWrap():
        return label.heightForWidth(label.width()) > label.height() + SLACK
    return label.sizeHint().width() > label.width() + SLACK


def _button_clipped(button: QAbstractButton) -> bool:
    return bool(button.text()) and button.sizeHint().width() > button.width() + SLACK


def _combo_clipped(combo: QComboBox) -> bool:
    """The chosen item's text is wider than the box's text area."""
    if combo.isEditable() or not combo.currentText():
        return False
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    area = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    icon = combo.iconSize().width() + 4 if not combo.itemIcon(combo.currentIndex()).isNull() else 0
    text = combo.fontMetrics().horizontalAdvance(combo.currentText())
    return text + icon > area.width() + SLACK


def _headers_clipped(view: QAbstractItemView) -> list[str]:
    header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
    if header.isHidden():
        return []
    model = view.model()
    found = []
    for section in range(header.count()):
        if header.isSectionHidden(section) or header.sectionSize(section) == 0:
            continue
        title = model.headerData(section, header.orientation()) if model else ""
        # The title's own width and the style's margins (no room for a sort arrow asked).
        margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        wanted = header.fontMetrics().horizontalAdvance(str(title or "")) + 2 * margin
        if wanted > header.sectionSize(section) + SLACK:
            found.append(f"column “{title}”: {header.sectionSize(section)} < {wanted} px")
    return found


def clipped_widgets(window: QWidget) -> list[str]:
    """One line per word cut off in ``window`` (only widgets shown in it count)."""
    found: list[str] = []
    for label in window.findChildren(QLabel):
        if _shown(label) and _label_clipped(label):
            hint = label.heightForWidth(label.width()) if label.wordWrap() else None
            size = f"{label.width()}x{label.height()}"
            want = f"height {hint}" if hint is not None else f"width {label.sizeHint().width()}"
            found.append(f"label “{label.text()}”: {size}, needs {want}")
    for kind in (QPushButton, QCheckBox, QRadioButton):
        for button in window.findChildren(kind):
            if _shown(button) and _button_clipped(button):
                found.append(
                    f"{kind.__name__} “{button.text()}”: {button.width()} < "
                    f"{button.sizeHint().width()} px"
                )
    for edit in window.findChildren(QLineEdit):
        shown = _shown(edit) and not edit.text() and edit.placeholderText()
        if shown and placeholder_width(edit) > edit.width() + SLACK:
            found.append(
                f"placeholder “{edit.placeholderText()}”: {edit.width()} < "
                f"{placeholder_width(edit)} px"
            )
    for combo in window.findChildren(QComboBox):
        if _shown(combo) and _combo_clipped(combo):
            found.append(f"combo box “{combo.currentText()}”: {combo.width()} px")
    for view in [*window.findChildren(QTableView), *window.findChildren(QTreeView)]:
        if _shown(view):
            found.extend(_headers_clipped(view))
    return found
