"""Exports re-read by real readers: osmium for OSM XML, json/csv/ElementTree for the rest."""

from __future__ import annotations

import csv
import json
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from surveyor.core.campaign.exports import export_cameras
from surveyor.core.campaign.merged_cameras import load_consensus
from surveyor.core.campaign.stats import campaign_stats, stats_table
from surveyor.core.map.known_cameras import load_known_cameras
from tests.core.campaign.factory import place, sighting


def make_cameras() -> None:
    place(
        sighting("A", 0, 0, camera_type="dome", camera_mount="pole", manufacturer="Huawei",
                 model="IPC6625-Z30", zone="town", direction=90),
        sighting("B", 2, 0, camera_type="dome", camera_mount="pole", manufacturer="Huawei",
                 zone="town", direction=100),
        sighting("C", 1, 1, camera_type="dome", camera_mount="pole", make_unknown=True,
                 zone="traffic", direction=80),
        sighting("A", 100, 0, camera_type="fixed", camera_mount="wall",
                 operator="Café «Zora» & Co"),
    )  # fmt: skip


def test_osm_xml_is_read_by_osmium_with_negative_ids_and_survey_source(
    campaign, tmp_path: Path
) -> None:
    make_cameras()
    out = export_cameras(load_consensus(), "osm", tmp_path / "cams.osm")
    info = subprocess.run(
        ["osmium", "fileinfo", "--extended", "--json", str(out)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    data = json.loads(info.stdout)
    assert data["data"]["count"]["nodes"] == 2
    assert data["data"]["minid"]["nodes"] == -2 and data["data"]["maxid"]["nodes"] == -1
    nodes = ET.parse(out).getroot().findall("node")
    tags = {t.get("k"): t.get("v") for t in nodes[0].findall("tag")}
    assert tags["man_made"] == "surveillance"
    assert tags["source"] == "survey"
    assert tags["camera:type"] == "dome" and tags["manufacturer"] == "Huawei"
    assert tags["manufacturer:wikidata"] == "Q160120"
    assert tags["surveillance:zone"] == "town"  # majority (2 of 3) is published
    assert not any(k.startswith("surveyor:") for k in tags)


def test_geojson_is_rfc7946_with_agreement(campaign, tmp_path: Path) -> None:
    make_cameras()
    out = export_cameras(load_consensus(), "geojson", tmp_path / "cams.geojson")
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["type"] == "FeatureCollection" and "crs" not in doc
    first, second = doc["features"]
    lon, lat = first["geometry"]["coordinates"]
    assert 20.4 < lon < 20.5 and 44.8 < lat < 44.9  # longitude first
    props = first["properties"]
    assert props["surveyor:volunteers"] == 3
    assert props["surveyor:agreement"] == "majority"
    assert props["surveyor:agreement_by_tag"]["surveillance:zone"] == "majority (2 of 3)"
    assert props["camera:direction"] == "90"
    assert second["properties"]["operator"] == "Café «Zora» & Co"
    assert second["properties"]["surveyor:agreement"] == "single"
    # The app's own known-cameras reader (the volunteers' map layer) takes it as it is.
    known = load_known_cameras(out)
    assert [k.camera_type for k in known] == ["dome", "fixed"]
    assert known[0].directions == (90.0,)


def test_csv_and_kml_round_trip(campaign, tmp_path: Path) -> None:
    make_cameras()
    cams = load_consensus()
    rows = list(
        csv.DictReader(export_cameras(cams, "csv", tmp_path / "c.csv").open(encoding="utf-8"))
    )
    assert [r["camera:type"] for r in rows] == ["dome", "fixed"]
    assert rows[0]["agreement:surveillance:zone"] == "majority (2 of 3)"
    assert rows[1]["operator"] == "Café «Zora» & Co"
    kml = ET.parse(export_cameras(cams, "kml", tmp_path / "c.kml")).getroot()
    ns = {"k": "http://www.opengis.net/kml/2.2"}
    marks = kml.findall(".//k:Placemark", ns)
    assert len(marks) == 2
    coords = marks[0].find(".//k:coordinates", ns).text
    assert coords.startswith("20.46")
    data = {d.get("name"): d.find("k:value", ns).text for d in marks[0].findall(".//k:Data", ns)}
    assert data["surveyor:agreement"] == "majority"


def test_stats_by_make_type_mount_and_volunteer(campaign) -> None:
    make_cameras()
    stats = campaign_stats(load_consensus())
    assert stats.cameras == 2 and stats.sightings == 4 and stats.volunteers == 3
    assert stats.by["make"] == {"Huawei": 1, "(unknown)": 1}
    assert stats.by["mount"] == {"pole": 1, "wall": 1}
    by_key = {v.key_id: v for v in stats.by_volunteer}
    assert by_key["A"].sightings == 2 and by_key["A"].cameras == 2
    assert by_key["C"].agreement is not None and by_key["C"].agreement < by_key["A"].agreement
    text = stats_table(stats)
    assert "BY VOLUNTEER" in text and "Huawei" in text
