"""The filter row above the grid: which photos (all, to do, ...) and a text search."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from surveyor.core.photos.rows import STATE_CAMERAS, STATE_NO_CAMERA, STATE_REVIEW
from surveyor.ui.photo_delegate import BADGE_COLOURS, BADGE_TEXT, PIN_RED
from surveyor.ui.photo_filter import PhotoFilter
from surveyor.ui.text_fit import fit_placeholder


class FilterBar(QWidget):
    filterChanged = Signal(object)  # PhotoFilter
    searchChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox(self)
        self.combo.setObjectName("photoFilter")
        for value in PhotoFilter:
            self.combo.addItem(value.label(), value)
        self.combo.currentIndexChanged.connect(
            lambda i: self.filterChanged.emit(self.combo.itemData(i))
        )
        self.search = QLineEdit(self)
        self.search.setObjectName("photoSearch")
        self.search.setPlaceholderText(self.tr("Search notes and makes…"))
        self.search.setClearButtonEnabled(True)
        fit_placeholder(self.search)
        # Re-filtering 20,000 rows per keystroke is wasteful: wait for a short pause.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(lambda: self.searchChanged.emit(self.search.text()))
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        layout.addWidget(self.search, 1)
        self.legend = Legend(badge_legend(), self)
        self.legend.setObjectName("badgeLegend")
        layout.addWidget(self.legend)
        # The whole hint stays readable in every language ("Pretraži beleške i proizvođače…");
        # the legend wraps onto a second line when the row is short of room instead.
        hint = self.search.fontMetrics().horizontalAdvance(self.search.placeholderText())
        self.search.setMinimumWidth(hint + 48)  # and the clear button, the frame

    def set_filter(self, value: PhotoFilter) -> None:
        self.combo.setCurrentIndex(self.combo.findData(value))

    def flush(self) -> None:
        """Apply a pending search now (tests, Enter)."""
        if self._debounce.isActive():
            self._debounce.stop()
            self.searchChanged.emit(self.search.text())


class Legend(QLabel):
    """Rich text on one line when there is room for it, wrapped (never clipped) when not."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self._one_line = super().sizeHint().width()  # measured before wrapping is on
        self.setWordWrap(True)

    def sizeHint(self) -> QSize:
        return QSize(max(self._one_line, super().sizeHint().width()), super().sizeHint().height())


def badge_legend() -> str:
    """What the grid's badges mean, drawn in their own colours."""
    translate = QCoreApplication.translate

    def badge(colour: str, mark: str, text: str) -> str:
        # A wrapped legend breaks between entries only.
        return (
            f'<span style="white-space:nowrap;"><span style="color:{colour}; '
            f'font-weight:bold;">{mark}</span>&nbsp;{text}</span>'
        )

    entries = [
        badge(BADGE_COLOURS[STATE_CAMERAS].name(), "1", translate("FilterBar", "cameras")),
        badge(
            BADGE_COLOURS[STATE_NO_CAMERA].name(),
            BADGE_TEXT[STATE_NO_CAMERA],
            translate("FilterBar", "no camera"),
        ),
        badge(
            BADGE_COLOURS[STATE_REVIEW].name(),
            BADGE_TEXT[STATE_REVIEW],
            translate("FilterBar", "review"),
        ),
        badge("#9e9e9e", "○", translate("FilterBar", "to do")),
        badge(PIN_RED.name(), "●", translate("FilterBar", "no position")),
    ]
    return " &nbsp; ".join(entries)
