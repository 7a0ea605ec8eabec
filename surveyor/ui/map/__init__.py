"""The embedded offline map (issue 4).

Importing this package registers the ``surveyor:`` URL scheme, which Chromium requires
before the QApplication is created.

Public API: ``MapPanel(workspace, undo_stack, parent=None)`` with signals ``cameraSelected(int)``,
``photoSelected(int)``, ``camerasChanged()``, ``pageLoaded()``, ``mapIdle(dict)``,
``editFailed(str)``, ``refreshed()`` and methods ``refresh()`` (built in the background;
``wait_refreshed()`` blocks until it is shown, for tests), ``select_camera(id)``,
``select_photo(id)``,
``show_track(walk_id | [(lat, lon), ...])``, ``show_preview([(photo_id, lat, lon), ...])``,
``clear_preview()``, ``load_known_cameras(path)``, ``ask_load_known_cameras()``,
``apply_settings(MapSettings)``, ``open_settings_dialog()``.
"""

from typing import TYPE_CHECKING

from surveyor.ui.map import scheme as _scheme  # noqa: F401  (registers the URL scheme)

if TYPE_CHECKING:
    from surveyor.ui.map.panel import MapPanel

__all__ = ["MapPanel"]


def __getattr__(name: str) -> "type[MapPanel]":
    # The panel (and folium behind it) loads on first use, not when the scheme is registered.
    if name == "MapPanel":
        from surveyor.ui.map.panel import MapPanel

        return MapPanel
    raise AttributeError(name)
