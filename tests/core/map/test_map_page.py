from __future__ import annotations

import json
import re

import pytest

from surveyor.core import camera_records as cameras
from surveyor.core.map.page import (
    CAMERA_FIELDS,
    PAGE_URL,
    PHOTO_FIELDS,
    as_dicts,
    encode_document,
    encode_json,
    find_warnings,
    map_data,
)
from surveyor.core.map.urls import PAGE_POLICIES
from surveyor.core.resources import resource
from surveyor.core.workspace import Workspace
from surveyor.store.models import Photo, Walk


def _page(name: str) -> str:
    return (resource("web") / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(PAGE_POLICIES))
def test_map_pages_are_static_files_under_a_strict_policy(name: str) -> None:
    html = _page(name)
    assert "http://" not in html and "https://" not in html
    # Every script is one of our files; no inline code, handler or style for a policy to allow.
    scripts = re.findall(r"<script\b([^>]*)>(.*?)</script>", html, re.S)
    assert scripts and all('src="' in attrs and not body.strip() for attrs, body in scripts)
    assert not re.search(r"\son[a-z]+\s*=", html, re.I)
    assert not re.search(r"\sstyle\s*=", html, re.I) and "<style" not in html
    meta = re.search(r'http-equiv="Content-Security-Policy"\s+content="([^"]*)"', html)
    assert meta is not None and meta.group(1) == PAGE_POLICIES[name]
    policy = meta.group(1)
    assert "default-src 'none'" in policy and "unsafe" not in policy
    assert "script-src surveyor://app;" in policy and "style-src surveyor://app;" in policy


def test_volunteer_page_uses_only_vendored_assets() -> None:
    html = _page("map.html")
    for asset in ("leaflet/leaflet.js", "markercluster/leaflet.markercluster.js", "qwebchannel.js"):
        assert f'src="{asset}"' in html
    for dropped in ("jquery", "bootstrap", "font-awesome", "fontawesome", "awesome-markers"):
        assert dropped not in html.lower()
    # The map is created (map_start.js) once our script that receives it is loaded.
    assert html.index('src="surveyor_map.js"') < html.index('src="map_start.js"')
    assert PAGE_URL == "surveyor://app/web/map.html"


@pytest.mark.parametrize(
    "name", ["map_start.js", "surveyor_map.js", "map_common.js", "review_map.js"]
)
def test_our_page_scripts_build_no_code_from_text(name: str) -> None:
    source = (resource("web") / name).read_text(encoding="utf-8")
    for banned in ("eval(", "new Function", "setTimeout('", 'setTimeout("', "document.write"):
        assert banned not in source


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
    rows = {c["id"]: c for c in as_dicts(CAMERA_FIELDS, data["cameras"])}
    assert rows[projected.id]["state"] == "unconfirmed"
    assert rows[twin.id]["warn"] == ["duplicate"] and rows[projected.id]["warn"] == ["duplicate"]
    assert rows[far.id]["warn"] == ["far"]
    assert rows[unplaced.id]["state"] == "review"
    # No position: the suggestion uses the projection distance given (20 m north of p1).
    lat, lon = rows[unplaced.id]["suggested"]
    assert abs(lat - (44.81 + 20 / 111_195)) < 1e-6 and abs(lon - 20.46) < 1e-9
    assert {p["id"] for p in as_dicts(PHOTO_FIELDS, data["photos"])} == {p1.id, p2.id}
    kinds = {(w.kind, w.camera_id) for w in find_warnings(data["cameras"], data["photos"])}
    assert kinds == {("duplicate", projected.id), ("far", far.id)}
    assert data["warnings"][0]["kind"] == "duplicate" and data["warnings"][0]["other"] == twin.id


def test_duplicates_found_across_grid_cells(workspace: Workspace) -> None:
    """Pairs straddling cell borders in every direction are found, each pair once."""
    rows = []
    base_lat, base_lon = 44.0, 20.0
    step = 0.0001  # ~11 m north-south, ~8 m east-west: neighbours are within 15 m
    n = 0
    for i in range(6):
        for j in range(6):
            n += 1
            row = [n, base_lat + i * step, base_lon + j * step] + [None] * 8
            rows.append([*row, [], None, []])
    found = {(w.camera_id, w.other_id) for w in find_warnings(rows, [])}
    from surveyor.core.geometry import distance_m

    expected = {
        (a[0], b[0])
        for a in rows
        for b in rows
        if a[0] < b[0] and distance_m(a[1], a[2], b[1], b[2]) <= 15.0
    }
    assert found == expected and len(expected) > 36


def test_document_encoded_in_chunks_is_the_same_json() -> None:
    rows = [[i, f"note {i} \u2028 <b>", [i, i + 1], None] for i in range(7)]
    data = {"cameras": rows, "photos": [], "short": [1, 2], "labels": {"a": "é"}}
    document = encode_document(data, chunk_rows=3)  # 3 + 3 + 1 rows
    assert document == encode_json(data).encode("ascii")
    assert b"\\u2028" in document and "\u2028".encode() not in document  # safe in a script
    assert json.loads(document) == data
