"""The desktop workbench (PySide6): widgets, item models, dialogs, the map view."""
