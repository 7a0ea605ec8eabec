"""Property tests: random JSON and random text into the intake gate and the export writers.

Whatever comes in, the gate answers with problems (never an exception), what it accepts obeys
the rules, and every export is either refused with ``ExportError`` or reads back.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from surveyor.core.bundle.bounded_json import JsonLimitError, loads_bounded
from surveyor.core.bundle.gate import check_documents
from surveyor.core.campaign.consensus import ATTRIBUTES, Vote, camera_consensus
from surveyor.core.campaign.exports import FORMATS, ExportError, export_cameras, is_formula
from surveyor.core.value_rules import text_problem
from surveyor.core.vocabulary import load_vocabulary
from tests.fixtures.hostile_bundles import Sender, camera

SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
UUID = "6a2d9b7e-1c4f-4e8a-9b3d-2f5e7c1a0d44"
SENDER = Sender("kestrel")
INFO = {"External-Identifier": UUID, "Surveyor-Key-Id": SENDER.key_id}

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**63), max_value=2**63)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=40),
    lambda inner: (
        st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=10), inner, max_size=5)
    ),
    max_leaves=40,
)


def depth(value: Any) -> int:
    if isinstance(value, list):
        return 1 + max((depth(v) for v in value), default=0)
    if isinstance(value, dict):
        return 1 + max((depth(v) for v in value.values()), default=0)
    return 0


@SETTINGS
@given(json_values, st.integers(min_value=1, max_value=8))
def test_bounded_json_reads_back_what_json_wrote_within_the_depth(value, limit) -> None:
    data = json.dumps(value).encode()
    if depth(value) > limit:
        try:
            loads_bounded(data, max_bytes=1 << 20, max_depth=limit)
        except JsonLimitError as exc:
            assert "deeper" in str(exc)
        else:
            raise AssertionError("nesting over the limit was accepted")
    else:
        assert loads_bounded(data, max_bytes=1 << 20, max_depth=limit) == value


@SETTINGS
@given(
    st.binary(max_size=300)
    | st.text(alphabet='[]{}"\\:,0123456789ae.-', max_size=300).map(str.encode)
)
def test_bounded_json_never_fails_any_other_way(data: bytes) -> None:
    with contextlib.suppress(JsonLimitError):  # anything else fails the test
        loads_bounded(data, max_bytes=1 << 20, max_depth=8)


@SETTINGS
@given(json_values, json_values)
def test_the_gate_answers_random_documents_with_problems(geojson, submission) -> None:
    docs = [json.dumps(geojson).encode(), json.dumps(submission).encode()]
    _cameras, _created, _sequence, problems = check_documents(*docs, INFO, set())
    assert problems or isinstance(geojson, dict)


PROPERTY_KEYS = st.sampled_from(
    [
        "man_made", "camera:type", "camera:mount", "surveillance", "surveillance:zone",
        "camera:direction", "height", "camera:angle", "manufacturer", "model", "operator",
        "manufacturer:wikidata", "surveyor:observed", "surveyor:confirmed", "surveyor:photos",
        "surveyor:position_source", "surveyor:uuid", "surveyor:make_unknown", "fixme",
    ]
)  # fmt: skip


FEATURE_KEYS = st.sampled_from(["type", "geometry", "properties", "id"])


@SETTINGS
@given(
    st.dictionaries(PROPERTY_KEYS, json_values | st.text(), max_size=6),
    st.text(),
    st.dictionaries(FEATURE_KEYS, json_values, max_size=2),
)
def test_what_the_gate_accepts_obeys_the_rules(
    changes: dict[str, Any], notes: str, shape: dict[str, Any]
) -> None:
    feature = camera(cam_uuid="3f0b1a52-5d7e-4c1e-9a43-0f1f8e2d9c11")
    submission = SENDER.documents(UUID, [feature])
    submission["cameras"][0]["notes"] = notes
    feature["properties"].update(changes)
    feature.update(shape)
    geojson = {"type": "FeatureCollection", "features": [feature]}
    docs = [json.dumps(geojson).encode(), json.dumps(submission).encode()]
    cameras, _created, _sequence, problems = check_documents(*docs, INFO, set())
    if problems:
        assert not cameras or len(cameras) <= 1
        return
    (accepted,) = cameras
    vocab = load_vocabulary()
    closed = {f.tag: f.values() for f in vocab.fields.values()}
    for key, value in accepted.tags.items():
        assert text_problem(value) is None and len(value) <= 255
        if key in closed:
            assert value in closed[key]
    assert text_problem(accepted.notes, notes=True) is None


def consensus_with(text: dict[str, str]) -> Any:
    values = {name: None for name in ATTRIBUTES} | text | {"direction": 90.0, "height": 4.0}
    vote = Vote(sighting_id=1, key_id="A" * 16, lat=44.81, lon=20.46, values=values)
    return camera_consensus(1, "3f0b1a52-5d7e-4c1e-9a43-0f1f8e2d9c11", [vote])


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.dictionaries(
        st.sampled_from(["manufacturer", "model", "operator"]),
        st.text(min_size=1, max_size=300),
        min_size=1,
    )
)
def test_every_writer_refuses_or_writes_something_that_reads_back(text: dict[str, str]) -> None:
    cameras = [consensus_with(text)]
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in FORMATS:
            out = Path(tmp) / f"cams.{fmt}"
            try:
                export_cameras(cameras, fmt, out)
            except ExportError:
                assert not out.exists()
                continue
            data = out.read_bytes()
            if fmt in ("kml", "osm"):
                root = ET.fromstring(data)
                for tag in root.iter("tag"):
                    assert len(tag.get("v", "")) <= 255
            elif fmt == "geojson":
                assert len(json.loads(data)["features"]) == 1
            else:
                rows = list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))
                assert len(rows) == 2
                assert not [cell for row in rows for cell in row if is_formula(cell)]
