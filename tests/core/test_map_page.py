from __future__ import annotations

from surveyor.core import cameras
from surveyor.core.map_page import build_page_html, find_warnings, map_data
from surveyor.core.workspace import Workspace
from surveyor.store.models import Photo, Walk


def test_page_uses_only_vendored_assets() -> None:
    html = build_page_html()
    assert "http://" not in html and "https://" not in html
    for asset in ("leaflet/leaflet.js", "markercluster/leaflet.markercluster.js", "qwebchannel.js"):
        assert f"surveyor://app/web/{asset}" in html
    for dropped in ("jquery", "bootstrap", "font-awesome", "fontawesome", "awesome-markers"):
        assert dropped not in html.lower()
    # Our script gets the map after folium created it.
    assert html.index("L.map(") < html.index("SurveyorMap.init(")


def _photo(walk: Walk, n: int, lat: float | None, lon: float | None, bearing=None) -> Photo:
    return Photo.create(
        sha256=f"{n:064x}", walk=walk, original_name=f"{n}.jpg", extension=".jpg", size=1,
        latitude=lat, longitude=lon, bearing=bearing,
    )  # fmt: skip


def test_map_data_states_suggestions_and_warnings(workspace: Workspace) -> None:
    walk = Walk.create(name="w")
    p1 = _photo(walk, 1, 44.81, 20.46, bearing=0.0)
    p2 = _photo(walk, 2, 44.82, 20.46)
    projected = cameras.create_camera([p1.id])  # 8 m north of p1
    twin = cameras.create_camera([p1.id], lat=44.81007, lon=20.46)  # ~8 m from it: duplicate?
    far = cameras.create_camera([p2.id], lat=44.823, lon=20.46)  # ~330 m from p2
    unplaced = cameras.create_camera([p1.id], lat=1.0, lon=1.0)
    cameras.update_camera(unplaced.id, latitude=None, longitude=None, needs_review=True)
    data = map_data(projection_m=20.0)
    rows = {c["id"]: c for c in data["cameras"]}
    assert rows[projected.id]["state"] == "unconfirmed"
    assert rows[twin.id]["warn"] == ["duplicate"] and rows[projected.id]["warn"] == ["duplicate"]
    assert rows[far.id]["warn"] == ["far"]
    assert rows[unplaced.id]["state"] == "review"
    # No position: the suggestion uses the projection distance given (20 m north of p1).
    lat, lon = rows[unplaced.id]["suggested"]
    assert abs(lat - (44.81 + 20 / 111_195)) < 1e-6 and abs(lon - 20.46) < 1e-9
    assert {p["id"] for p in data["photos"]} == {p1.id, p2.id}
    kinds = {(w.kind, w.camera_id) for w in find_warnings(data["cameras"], data["photos"])}
    assert kinds == {("duplicate", projected.id), ("far", far.id)}
