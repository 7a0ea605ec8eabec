"""The map panel with the real QtWebEngine, offscreen and with no network."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from surveyor.core import camera_records as cameras
from surveyor.store.models import Camera, Photo
from surveyor.ui.map.profile import map_profile
from tests.ui.map.conftest import LAT, LON, js, wait_js

XSS = '<img src=x onerror="window.__xss = 1">'


def test_page_loads_offline_and_serves_basemap_tiles(qtbot, basemap, catalogue, panel) -> None:
    served_before = map_profile().handler.tiles_served
    assert js(qtbot, panel, "SurveyorMap.state.basemaps") == 1
    js(qtbot, panel, f"SurveyorMap.map.setView([{LAT}, {LON}], 15, {{animate: false}}); 1")
    wait_js(qtbot, panel, "document.querySelectorAll('img.leaflet-tile-loaded').length > 0")
    assert map_profile().handler.tiles_served > served_before
    # A basemap replaces the plain background, the grid and the hint.
    plain = js(qtbot, panel, "SurveyorMap.map.getContainer().classList.contains('sv-plain')")
    assert plain is False
    assert js(qtbot, panel, "document.querySelector('.sv-hint').style.display") == "none"
    # The file's attribution is the file author's text: shown, never run.
    credit = js(qtbot, panel, "document.querySelector('.leaflet-control-attribution').textContent")
    assert '© Test <img src=x onerror="window.__xss = 1">' in credit
    assert (
        js(qtbot, panel, "document.querySelectorAll('.leaflet-control-attribution img').length")
        == 0
    )


def test_without_basemap_plain_background_grid_scale_and_hint(qtbot, panel) -> None:
    assert js(qtbot, panel, "SurveyorMap.map.getContainer().classList.contains('sv-plain')")
    assert js(qtbot, panel, "document.querySelectorAll('.sv-grid-label').length") > 2
    assert js(qtbot, panel, "!!document.querySelector('.leaflet-control-scale')")
    hint = js(qtbot, panel, "document.querySelector('.sv-hint').textContent")
    assert ".mbtiles" in hint


def test_non_local_request_is_refused_by_the_page_policy(qtbot, panel) -> None:
    """The page's Content-Security-Policy refuses requests to the internet before they are
    made; the request blocker behind it (tested in test_map_image) never even sees them."""
    blocked = map_profile().interceptor.blocked
    panel.page.console.clear()
    js(
        qtbot,
        panel,
        "var i = document.createElement('img'); i.src = 'https://tile.example.org/1/0/0.png';"
        " document.body.appendChild(i);"
        " fetch('http://192.0.2.1/x.json').catch(function () {}); 1",
    )

    def refused(host: str) -> bool:
        return any(host in m and "Content Security Policy" in m for m in panel.page.console)

    qtbot.waitUntil(lambda: refused("tile.example.org"), timeout=5000)
    qtbot.waitUntil(lambda: refused("192.0.2.1"), timeout=5000)
    assert blocked == []


def test_drag_moves_camera_in_database_and_undo_restores(qtbot, catalogue, panel) -> None:
    cam_id = catalogue.camera.id
    before = Camera.get_by_id(cam_id)
    assert before.position_source == "projected" and not before.confirmed
    new_lat, new_lon = LAT + 0.0004, LON - 0.0003
    with qtbot.waitSignal(panel.camerasChanged, timeout=5000):
        # Exactly what a drag does: the marker moves, then Leaflet fires dragend.
        js(
            qtbot,
            panel,
            f"var m = SurveyorMap.cameraMarker({cam_id}); m.setLatLng([{new_lat}, {new_lon}]);"
            " m.fire('dragend'); 1",
        )
    moved = Camera.get_by_id(cam_id)
    assert moved.latitude == pytest.approx(new_lat)
    assert moved.longitude == pytest.approx(new_lon)
    assert moved.position_source == "manual" and moved.confirmed
    wait_js(qtbot, panel, f"SurveyorMap.cameraData({cam_id}).state === 'confirmed'")
    assert panel.undo_stack.undoText() == f"Move camera #{cam_id}"

    panel.undo_stack.undo()
    restored = Camera.get_by_id(cam_id)
    assert restored.latitude == pytest.approx(before.latitude)
    assert restored.longitude == pytest.approx(before.longitude)
    assert restored.position_source == "projected" and not restored.confirmed
    wait_js(qtbot, panel, f"SurveyorMap.cameraData({cam_id}).lat === {before.latitude:.7f}")
    panel.undo_stack.redo()
    assert Camera.get_by_id(cam_id).latitude == pytest.approx(new_lat)


def test_selection_sync_both_ways(qtbot, catalogue, panel) -> None:
    cam_id, photo_id = catalogue.dome.id, catalogue.photo.id
    # Window -> map: pan, highlight, popup.
    panel.select_camera(cam_id)
    wait_js(qtbot, panel, f"SurveyorMap.state.selectedCamera === {cam_id}")
    wait_js(qtbot, panel, "!!document.querySelector('.leaflet-popup .sv-title')")
    title = js(qtbot, panel, "document.querySelector('.leaflet-popup .sv-title').textContent")
    assert f"#{cam_id}" in title
    assert js(qtbot, panel, "document.querySelectorAll('.sv-highlight').length") == 1
    panel.select_photo(photo_id)
    wait_js(qtbot, panel, f"SurveyorMap.state.selectedPhoto === {photo_id}")
    # Map -> window: clicking a marker selects it in the window.
    with qtbot.waitSignal(panel.cameraSelected, timeout=5000) as blocker:
        js(qtbot, panel, f"SurveyorMap.cameraMarker({catalogue.camera.id}).fire('click'); 1")
    assert blocker.args == [catalogue.camera.id]
    with qtbot.waitSignal(panel.photoSelected, timeout=5000) as blocker:
        js(
            qtbot,
            panel,
            f"SurveyorMap.state.selectedPhoto = null; SurveyorMap.photoMarker({photo_id})"
            ".fire('click'); 1",
        )
    assert blocker.args == [photo_id]


def test_user_text_is_shown_as_text_and_runs_nothing(qtbot, catalogue, panel) -> None:
    cam_id = catalogue.camera.id
    cameras.update_camera(cam_id, notes=XSS, model=XSS, manufacturer=XSS)
    Photo.update(original_name=XSS).where(Photo.id == catalogue.photo.id).execute()
    panel.refresh()
    wait_js(qtbot, panel, f"SurveyorMap.cameraData({cam_id}).notes.indexOf('<img') === 0")
    panel.select_camera(cam_id)
    wait_js(qtbot, panel, "!!document.querySelector('.leaflet-popup .sv-notes')")
    assert js(qtbot, panel, "document.querySelector('.leaflet-popup .sv-notes').textContent") == XSS
    assert XSS in js(qtbot, panel, "document.querySelector('.leaflet-popup .sv-make').textContent")
    js(qtbot, panel, f"SurveyorMap.photoMarker({catalogue.photo.id}).fire('click'); 1")
    wait_js(qtbot, panel, f"SurveyorMap.state.selectedPhoto === {catalogue.photo.id}")
    wait_js(qtbot, panel, "document.querySelector('.leaflet-popup .sv-title') !== null")
    assert js(qtbot, panel, "document.querySelector('.leaflet-popup .sv-title').textContent") == XSS
    # Give a broken image time to fire its onerror, had one been created.
    qtbot.wait(300)
    assert js(qtbot, panel, "document.querySelectorAll('img[src=\"x\"]').length") == 0
    assert js(qtbot, panel, "document.querySelectorAll('.leaflet-popup img').length") == 0
    assert js(qtbot, panel, "typeof window.__xss") == "undefined"


def test_place_photo_from_tray_with_a_click_and_undo(qtbot, catalogue, panel) -> None:
    photo_id = catalogue.unplaced_photo.id
    assert ("photo", photo_id) in panel.tray.entries()
    panel.tray.setCurrentRow(panel.tray.entries().index(("photo", photo_id)))
    wait_js(qtbot, panel, f"(SurveyorMap.state.placing || {{}}).id === {photo_id}")
    with qtbot.waitSignals([panel.camerasChanged, panel.refreshed], timeout=5000):
        js(qtbot, panel, f"SurveyorMap.map.fire('click', {{latlng: L.latLng({LAT}, {LON})}}); 1")
    photo = Photo.get_by_id(photo_id)
    assert (photo.latitude, photo.longitude) == (pytest.approx(LAT), pytest.approx(LON))
    assert photo.position_source == "manual"
    assert ("photo", photo_id) not in panel.tray.entries()
    assert js(qtbot, panel, "SurveyorMap.state.placing") is None
    with qtbot.waitSignal(panel.refreshed, timeout=5000):  # the tray is rebuilt in the background
        panel.undo_stack.undo()
    assert Photo.get_by_id(photo_id).latitude is None
    assert ("photo", photo_id) in panel.tray.entries()


def test_drop_from_tray_on_map_places_photo(qtbot, catalogue, panel) -> None:
    photo_id = catalogue.unplaced_photo.id
    row = panel.tray.entries().index(("photo", photo_id))
    text = panel.tray.mimeData([panel.tray.item(row)]).text()
    assert text == f"surveyor:photo:{photo_id}"
    with qtbot.waitSignal(panel.camerasChanged, timeout=5000):
        js(
            qtbot,
            panel,
            "var dt = new DataTransfer(); dt.setData('text/plain', " + json.dumps(text) + ");"
            " var box = SurveyorMap.map.getContainer().getBoundingClientRect();"
            " SurveyorMap.map.getContainer().dispatchEvent(new DragEvent('drop', {dataTransfer: dt,"
            " clientX: box.left + 100, clientY: box.top + 100, bubbles: true, cancelable: true}));"
            " 1",
        )
    photo = Photo.get_by_id(photo_id)
    expected = js(
        qtbot,
        panel,
        "var box = SurveyorMap.map.getContainer().getBoundingClientRect();"
        " var ll = SurveyorMap.map.containerPointToLatLng([100, 100]); [ll.lat, ll.lng]",
    )
    assert photo.latitude == pytest.approx(expected[0], abs=1e-6)
    assert photo.longitude == pytest.approx(expected[1], abs=1e-6)
    assert photo.position_source == "manual"


def test_confirm_accepts_suggested_position(qtbot, catalogue, panel) -> None:
    cam_id = catalogue.camera.id
    cameras.update_camera(cam_id, latitude=None, longitude=None, position_source=None)
    panel.refresh()
    wait_js(qtbot, panel, f"SurveyorMap.cameraData({cam_id}).suggested !== null")
    suggested = js(qtbot, panel, f"SurveyorMap.cameraData({cam_id}).suggested")
    assert ("camera", cam_id) in panel.tray.entries()
    # The photo faces east (bearing 90): the suggestion is 8 m east of the photographer.
    assert suggested[0] == pytest.approx(LAT, abs=1e-6)
    assert suggested[1] > LON
    panel.select_camera(cam_id)
    wait_js(qtbot, panel, "!!document.querySelector('.leaflet-popup .sv-confirm')")
    with qtbot.waitSignal(panel.camerasChanged, timeout=5000):
        js(qtbot, panel, "document.querySelector('.leaflet-popup .sv-confirm').click(); 1")
    cam = Camera.get_by_id(cam_id)
    assert cam.latitude == pytest.approx(suggested[0])
    assert cam.longitude == pytest.approx(suggested[1])
    assert cam.confirmed and cam.position_source == "projected"
    panel.undo_stack.undo()
    cam = Camera.get_by_id(cam_id)
    assert cam.latitude is None and not cam.confirmed


def test_confirm_button_confirms_selected_camera(qtbot, catalogue, panel) -> None:
    cam_id = catalogue.dome.id
    with qtbot.waitSignal(panel.cameraSelected, timeout=5000):
        js(qtbot, panel, f"SurveyorMap.cameraMarker({cam_id}).fire('click'); 1")
    assert panel.confirm_button.isEnabled()
    with qtbot.waitSignal(panel.refreshed, timeout=5000):
        panel.confirm_button.click()
    assert Camera.get_by_id(cam_id).confirmed
    assert not panel.confirm_button.isEnabled()  # nothing left to confirm
    wait_js(qtbot, panel, f"SurveyorMap.cameraData({cam_id}).state === 'confirmed'")


def test_a_camera_marked_for_review_can_still_be_confirmed(qtbot, catalogue, panel) -> None:
    cam_id = catalogue.dome.id
    Camera.update(needs_review=True).where(Camera.id == cam_id).execute()
    with qtbot.waitSignal(panel.refreshed, timeout=5000):
        panel.refresh()
    with qtbot.waitSignal(panel.cameraSelected, timeout=5000):
        js(qtbot, panel, f"SurveyorMap.cameraMarker({cam_id}).fire('click'); 1")
    assert panel.confirm_button.isEnabled()
    with qtbot.waitSignal(panel.refreshed, timeout=5000):
        panel.confirm_button.click()
    camera = Camera.get_by_id(cam_id)
    assert camera.confirmed and camera.needs_review  # still red until the review is cleared
    assert not panel.confirm_button.isEnabled()


def test_a_photo_chosen_in_the_grid_has_no_popup_over_its_camera(qtbot, catalogue, panel) -> None:
    panel.select_photo(catalogue.photo.id)
    wait_js(qtbot, panel, f"SurveyorMap.state.selectedPhoto === {catalogue.photo.id}")
    assert js(qtbot, panel, "SurveyorMap.popupText()") is None
    # Clicking the photo's own marker still says what it is.
    js(qtbot, panel, f"SurveyorMap.photoMarker({catalogue.photo.id}).fire('click'); 1")
    wait_js(qtbot, panel, "SurveyorMap.popupText() !== null")


def test_an_open_popup_follows_a_confirmation(qtbot, catalogue, panel) -> None:
    cam_id = catalogue.dome.id
    with qtbot.waitSignal(panel.cameraSelected, timeout=5000):
        js(qtbot, panel, f"SurveyorMap.cameraMarker({cam_id}).fire('click'); 1")
    wait_js(qtbot, panel, "(SurveyorMap.popupText() || '').indexOf('not confirmed') >= 0")
    with qtbot.waitSignal(panel.refreshed, timeout=5000):
        panel.confirm_button.click()
    wait_js(qtbot, panel, "(SurveyorMap.popupText() || '').indexOf('Position confirmed') >= 0")
    assert js(qtbot, panel, "document.querySelectorAll('.leaflet-popup .sv-confirm').length") == 0


def test_quick_successive_edits_log_no_missing_document(qtbot, catalogue, panel) -> None:
    """Edits faster than the page loads: older data documents are skipped, never fetched
    after they were dropped (which logged "data-4.json: 404")."""
    panel.page.console = []
    for n in range(6):
        row = {"lat": LAT, "lon": LON + n * 1e-5, "label": "", "ref": f"node/{n}"}
        panel.page_calls.push_document("known", [row], "setKnown")
    wait_js(qtbot, panel, "SurveyorMap.state.known === 1")
    qtbot.waitUntil(
        lambda: len(panel.page_calls.served["known"]) == 1, timeout=5000
    )  # all answered
    qtbot.wait(200)
    assert [m for m in panel.page.console if "404" in m or "Error" in m] == []


def test_warnings_for_duplicates_and_far_cameras(qtbot, catalogue, panel) -> None:
    near = cameras.create_camera([catalogue.photo.id], lat=LAT, lon=LON + 0.0001)  # ~8 m away
    far = cameras.create_camera([catalogue.photo2.id], lat=LAT + 0.004, lon=LON)  # ~330 m
    with qtbot.waitSignal(panel.refreshed, timeout=5000):
        panel.refresh()
    texts = [panel.warnings.item(i).text() for i in range(panel.warnings.count())]
    assert any(f"#{near.id}" in t and "same camera" in t for t in texts), texts
    assert any(f"#{far.id}" in t and "from the photos" in t for t in texts), texts
    wait_js(qtbot, panel, f"SurveyorMap.cameraData({far.id}).warn.indexOf('far') >= 0")
    item = next(
        panel.warnings.item(i) for i in range(panel.warnings.count()) if f"#{far.id}" in texts[i]
    )
    with qtbot.waitSignal(panel.cameraSelected, timeout=5000) as blocker:
        panel.warnings.itemClicked.emit(item)
    assert blocker.args == [far.id]


def test_two_cameras_on_one_gantry_can_be_said_to_be_two(qtbot, catalogue, panel) -> None:
    near = cameras.create_camera([catalogue.photo.id], lat=LAT, lon=LON + 0.0001)  # ~8 m away
    with qtbot.waitSignal(panel.refreshed, timeout=5000):
        panel.refresh()

    def duplicates() -> list[str]:
        texts = [panel.warnings.item(i).text() for i in range(panel.warnings.count())]
        return [t for t in texts if "same camera" in t and f"#{near.id}" in t]

    (text,) = duplicates()
    row = next(i for i in range(panel.warnings.count()) if panel.warnings.item(i).text() == text)
    panel.warnings.setCurrentRow(row)
    assert panel.dismiss_button.isVisibleTo(panel)
    assert panel.dismiss_button.text() == "These are two cameras"
    with qtbot.waitSignal(panel.refreshed, timeout=5000):
        panel.dismiss_button.click()
    assert duplicates() == []
    wait_js(qtbot, panel, f"(SurveyorMap.cameraData({near.id}).warn || []).length === 0")
    with qtbot.waitSignal(panel.refreshed, timeout=5000):
        panel.undo_stack.undo()
    assert len(duplicates()) == 1


def test_known_cameras_layer_from_file(qtbot, tmp_path: Path, panel) -> None:
    path = tmp_path / "known.geojson"
    feature = {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [LON, LAT]},
        "properties": {"camera:direction": "90;180", "operator": XSS},
    }
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [feature]}))
    panel.choose_known_file = lambda: str(path)  # type: ignore[method-assign]
    panel.known_button.click()
    wait_js(qtbot, panel, "SurveyorMap.state.known === 1")
    # Shown again in the next session.
    from surveyor.core.map.basemaps import load_settings

    assert load_settings().known_cameras_path == str(path.resolve())
    errors: list[str] = []
    panel.show_error = errors.append  # type: ignore[method-assign]
    bad = tmp_path / "bad.geojson"
    bad.write_text("{nope")
    assert panel.load_known_cameras(bad) == 0
    assert errors and "bad.geojson" in errors[0]


def test_gpx_preview_and_track(qtbot, catalogue, panel) -> None:
    panel.show_preview([(catalogue.unplaced_photo.id, LAT, LON), (catalogue.photo.id, LAT, LON)])
    wait_js(qtbot, panel, "SurveyorMap.state.preview === 2")
    panel.clear_preview()
    wait_js(qtbot, panel, "SurveyorMap.state.preview === 0")
    panel.show_track([(LAT, LON), (LAT + 0.001, LON), (LAT + 0.001, LON + 0.001)])
    wait_js(qtbot, panel, "SurveyorMap.state.trackPoints === 3")
    panel.show_track(catalogue.walk_id)  # a walk: its photos in time order
    wait_js(qtbot, panel, "SurveyorMap.state.trackPoints === 2")


def test_apply_settings_shows_basemap_without_reload(qtbot, tmp_path: Path, panel) -> None:
    from surveyor.core.map.basemaps import load_settings
    from tests.fixtures.mbtiles import make_mbtiles, png_tile

    path = make_mbtiles(tmp_path / "b.mbtiles", [(0, 0, 0, png_tile((9, 9, 9)))])
    settings = load_settings()
    settings.add_basemap(path)
    js(qtbot, panel, "window.__sameDocument = 1")
    panel.apply_settings(settings)
    wait_js(qtbot, panel, "SurveyorMap.state.basemaps === 1")
    assert js(qtbot, panel, "window.__sameDocument") == 1
    assert load_settings().basemaps[0].path == str(path.resolve())


def test_cones_accuracy_and_links_when_zoomed_in(qtbot, tmp_path: Path, catalogue, panel) -> None:
    js(qtbot, panel, f"SurveyorMap.map.setView([{LAT}, {LON}], 12, {{animate: false}}); 1")
    wait_js(qtbot, panel, "SurveyorMap.state.detail.cones === 0")  # zoomed out: none drawn
    assert js(qtbot, panel, "SurveyorMap.state.photosDrawn") == 0  # nor photo positions
    path = tmp_path / "known.osm"
    path.write_text(
        f'<osm><node id="7" lat="{LAT}" lon="{LON}"><tag k="man_made" v="surveillance"/>'
        '<tag k="camera:direction" v="90;180"/></node></osm>'
    )
    assert panel.load_known_cameras(path) == 1
    js(qtbot, panel, f"SurveyorMap.map.setView([{LAT}, {LON}], 17, {{animate: false}}); 1")
    wait_js(qtbot, panel, "SurveyorMap.state.detail.cones === 1")
    detail = js(qtbot, panel, "SurveyorMap.state.detail")
    # The fixed camera looks along its direction (a cone), the dome is a circle; each photo
    # has its accuracy circle and a line to the camera it shows; the known camera two cones.
    assert detail == {"cones": 1, "domes": 1, "links": 2, "accuracy": 2, "known": 2}
    assert js(qtbot, panel, "SurveyorMap.state.photosDrawn") == 2


@pytest.fixture
def remembered_known(tmp_path: Path) -> Path:
    from surveyor.core.map.basemaps import MapSettings, save_settings

    path = tmp_path / "remembered.osm"
    path.write_text(
        f'<osm><node id="1" lat="{LAT}" lon="{LON}"><tag k="man_made" v="surveillance"/></node>'
        f'<node id="2" lat="{LAT}" lon="{LON + 0.001}"><tag k="man_made" v="surveillance"/>'
        "</node></osm>"
    )
    save_settings(MapSettings(known_cameras_path=str(path)))
    return path


def test_known_cameras_shown_again_next_session(qtbot, remembered_known, panel) -> None:
    wait_js(qtbot, panel, "SurveyorMap.state.known === 2")


def test_failed_edit_is_reported_and_leaves_no_undo_entry(qtbot, panel) -> None:
    errors: list[str] = []
    panel.show_error = errors.append  # type: ignore[method-assign]
    with qtbot.waitSignal(panel.editFailed, timeout=2000) as blocker:
        panel.move_camera(9999, 44.0, 20.0)  # e.g. deleted in another view meanwhile
    assert "no camera with id 9999" in blocker.args[0]
    assert errors == blocker.args
    assert panel.undo_stack.count() == 0


def test_a_selection_made_before_the_data_arrives_is_shown(qtbot, catalogue, workspace) -> None:
    # The window selects the current photo as it creates the map, before any data is there.
    from PySide6.QtGui import QUndoStack

    from surveyor.ui.map import MapPanel

    early = MapPanel(workspace, QUndoStack())
    early.resize(900, 600)
    photo_id = catalogue.photo.id
    early.select_photo(photo_id)
    with qtbot.waitSignal(early.mapIdle, timeout=20_000):
        early.show()
    assert early.wait_refreshed()
    try:
        wait_js(qtbot, early, f"SurveyorMap.state.selectedPhoto === {photo_id}")
        wait_js(qtbot, early, "document.querySelectorAll('.sv-highlight').length === 1")
        assert js(qtbot, early, "SurveyorMap.map.getZoom()") >= 17
    finally:
        early.close()
        early.deleteLater()
