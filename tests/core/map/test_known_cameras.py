from __future__ import annotations

import json
from pathlib import Path

import pytest

from surveyor.core.map.known_cameras import (
    KnownCamerasError,
    load_known_cameras,
    parse_directions,
)


def test_parse_directions() -> None:
    assert parse_directions("90") == (90.0,)
    assert parse_directions("90;180") == (90.0, 180.0)
    assert parse_directions(" 45 ; ; NE") == (45.0, 45.0)
    assert parse_directions(370) == (10.0,)
    assert parse_directions("45-135") == ()
    assert parse_directions(None) == ()


def test_geojson(tmp_path: Path) -> None:
    doc = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "id": "node/1",
                "geometry": {"type": "Point", "coordinates": [20.46, 44.81]},
                "properties": {
                    "man_made": "surveillance",
                    "camera:direction": "90;180",
                    "camera:type": "fixed",
                    "manufacturer": "Huawei",
                    "model": "IPC6625-Z30",
                },
            },
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [20.47, 44.82]},
                "properties": {"tags": {"direction": "270", "camera:type": "dome"}},
            },
            {
                "type": "Feature",
                "geometry": {"type": "LineString", "coordinates": [[0, 0], [1, 1]]},
                "properties": {},
            },
            {"type": "Feature", "geometry": {"type": "Point", "coordinates": [500, 1]}},
        ],
    }
    path = tmp_path / "set.geojson"
    path.write_text(json.dumps(doc))
    cams = load_known_cameras(path)
    assert len(cams) == 2
    first, second = cams
    assert (first.lat, first.lon, first.directions) == (44.81, 20.46, (90.0, 180.0))
    assert first.label == "Huawei · IPC6625-Z30"
    assert first.ref == "node/1"
    assert second.directions == (270.0,)  # plain "direction" is read too
    assert second.camera_type == "dome"


OSM = """<?xml version='1.0' encoding='UTF-8'?>
<osm version="0.6" generator="test">
  <node id="10" lat="44.8100" lon="20.4600">
    <tag k="man_made" v="surveillance"/>
    <tag k="camera:direction" v="45"/>
    <tag k="operator" v="Police"/>
  </node>
  <node id="11" lat="44.8110" lon="20.4610">
    <tag k="surveillance:type" v="ALPR"/>
    <tag k="direction" v="90;180"/>
  </node>
  <node id="12" lat="44.8120" lon="20.4620">
    <tag k="amenity" v="bench"/>
  </node>
  <node id="13" lat="44.8130" lon="20.4630"/>
  <way id="5"><nd ref="10"/><nd ref="11"/><tag k="highway" v="service"/></way>
</osm>
"""


def test_osm_xml(tmp_path: Path) -> None:
    path = tmp_path / "extract.osm"
    path.write_text(OSM)
    cams = load_known_cameras(path)
    assert [c.ref for c in cams] == ["node/10", "node/11"]
    assert cams[0].directions == (45.0,)
    assert cams[0].label == "Police"
    assert cams[1].directions == (90.0, 180.0)


def test_osm_xml_from_osmium(tmp_path: Path) -> None:
    """An extract written by the real osmium tool reads the same way."""
    import shutil
    import subprocess

    osmium = shutil.which("osmium")
    assert osmium, "osmium is installed on CI and dev machines"
    src = tmp_path / "in.osm"
    src.write_text(OSM)
    out = tmp_path / "filtered.osm"
    subprocess.run(
        [osmium, "tags-filter", str(src), "n/man_made=surveillance", "-o", str(out), "-f", "osm"],
        check=True,
        capture_output=True,
    )
    assert [c.ref for c in load_known_cameras(out)] == ["node/10"]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("hello", "neither GeoJSON nor OpenStreetMap XML"),
        ("{broken", "not readable as GeoJSON"),
        ('{"type": "Topology"}', "not a GeoJSON FeatureCollection"),
        ("<osm><node id='1'", "not readable as OpenStreetMap XML"),
    ],
)
def test_bad_files_are_named(tmp_path: Path, content: str, reason: str) -> None:
    path = tmp_path / "bad.dat"
    path.write_text(content)
    with pytest.raises(KnownCamerasError, match=reason) as err:
        load_known_cameras(path)
    assert "bad.dat" in str(err.value)
