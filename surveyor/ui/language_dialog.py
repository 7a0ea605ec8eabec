"""Settings ▸ Language…: the interface's language, used from the next start."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from surveyor.ui.language import LANGUAGES, SYSTEM, system_locale
from surveyor.ui.settings import Settings


def tr(text: str) -> str:
    return QCoreApplication.translate("LanguageDialog", text)


class LanguageDialog(QDialog):
    """A list of the languages, each in its own words; saved on OK."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(tr("Language"))
        self.choice = QComboBox()
        system = system_locale().nativeLanguageName() or QLocale.system().name()
        self.choice.addItem(tr("The system's language ({name})").format(name=system), SYSTEM)
        for language in LANGUAGES:
            self.choice.addItem(language.native_name, language.code)
        index = self.choice.findData(settings.language)
        self.choice.setCurrentIndex(max(index, 0))
        self.note = QLabel(tr("Surveyor speaks the chosen language from the next time it starts."))
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Language of the interface, dates and numbers:")))
        layout.addWidget(self.choice)
        layout.addWidget(self.note)
        layout.addWidget(buttons)

    def accept(self) -> None:
        changed = self.choice.currentData() != self.settings.language
        self.settings.language = str(self.choice.currentData())
        self.settings.sync()
        if changed and isinstance(self.parent(), QWidget):
            status = getattr(self.parent(), "statusBar", None)
            if callable(status):
                status().showMessage(tr("Language saved: restart Surveyor to use it."), 10000)
        super().accept()
