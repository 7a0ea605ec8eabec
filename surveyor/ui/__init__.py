"""The desktop workbench (PySide6): widgets, item models, dialogs, the map view."""

from surveyor.ui.qt_compat import make_none_immortal

make_none_immortal()  # PySide6 6.12 on Python 3.11 drops references to None: see qt_compat
