"""Help ▸ About: the version, Surveyor's licence and the licences of the vendored web code."""

from __future__ import annotations

import html
import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

import surveyor
from surveyor.core.install import licences


def _tr(text: str) -> str:
    return QCoreApplication.translate("AboutDialog", text)


def about_html() -> str:
    parts = [
        f"<h2>Surveyor {html.escape(surveyor.__version__)}</h2>",
        "<p>"
        + _tr("Map surveillance cameras from your survey photos, offline.")
        + "</p><p>"
        + _tr("Licence: {licence}. You may share and change it under the same terms.").replace(
            "{licence}", f"<b>{licences.LICENCE}</b>"
        )
        + "</p>",
        "<p>"
        + html.escape(
            f"Python {platform.python_version()} · Qt {qVersion()} · PySide6 {pyside_version}"
            " (LGPL-3.0-only)"
        )
        + "</p>",
        "<h3>" + _tr("Included with the map") + "</h3><ul>",
    ]
    for item in licences.VENDORED:
        parts.append(
            f"<li>{html.escape(item.name)} {html.escape(item.version)}: "
            f"<b>{html.escape(item.licence)}</b></li>"
        )
    parts.append("</ul>")
    for item in licences.VENDORED:
        text = html.escape(item.licence_text())
        parts.append(f"<h4>{html.escape(item.name)}</h4><pre>{text}</pre>")
    own = licences.own_licence_file()
    if own.is_file():
        parts.append(
            f"<h4>Surveyor ({licences.LICENCE})</h4>"
            f"<pre>{html.escape(own.read_text(encoding='utf-8'))}</pre>"
        )
    return "".join(parts)


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Surveyor"))
        self.resize(640, 560)
        self.text = QTextBrowser(self)
        self.text.setOpenExternalLinks(False)
        self.text.setHtml(about_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
