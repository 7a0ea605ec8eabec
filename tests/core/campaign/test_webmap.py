"""The web map's site on disk: what is published, what is held back, photos, the page's CSP."""

from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
from pathlib import Path

import pytest
from PIL import Image

from surveyor.core.campaign.publication import select_published
from surveyor.core.campaign.webmap import WebmapError, WebmapOptions, publish_webmap
from surveyor.core.workspace import Workspace
from surveyor.store.campaign_models import CampaignCamera, ReviewItem, Sighting
from tests.core.campaign.factory import place, sighting
from tests.fixtures.bundles import OWNER, SERIAL, leaky_jpeg


def two_cameras_one_in_review() -> tuple[str, str, str]:
    place(
        sighting("A", 0, 0, camera_type="dome", manufacturer="Huawei", direction=90),
        sighting("B", 1, 0, camera_type="dome", manufacturer="huawei"),
        sighting("A", 200, 0, camera_type="fixed", manufacturer="Axis"),
        sighting("C", 400, 0, camera_type="fixed", manufacturer="Dahua"),
    )  # fmt: skip
    first, second, third = CampaignCamera.select().order_by(CampaignCamera.id)
    ReviewItem.create(kind="conflict", camera=third, other_camera=second, reason="test")
    return first.uuid, second.uuid, third.uuid


def site_data(folder: Path) -> dict:
    text = (folder / "data" / "cameras.js").read_text(encoding="utf-8")
    assert text.startswith("window.SURVEYOR_WEBMAP=")
    return json.loads(text[len("window.SURVEYOR_WEBMAP=") :].rstrip().rstrip(";"))


def test_cameras_in_review_are_held_back_everywhere(campaign: Workspace, tmp_path: Path) -> None:
    first, second, third = two_cameras_one_in_review()
    result = publish_webmap(campaign, select_published(), tmp_path / "site")
    assert (result.cameras, result.in_review) == (1, 2)
    site = tmp_path / "site"
    ids = [row[0] for row in site_data(site)["rows"]]
    assert ids == [first]
    geojson = json.loads((site / "data" / "cameras.geojson").read_text(encoding="utf-8"))
    assert [f["id"] for f in geojson["features"]] == [first]
    csv_text = (site / "data" / "cameras.csv").read_text(encoding="utf-8")
    assert first in csv_text and second not in csv_text and third not in csv_text
    record = json.loads((site / "published.json").read_text(encoding="utf-8"))
    assert record["cameras"] == 1 and record["held_back"]["in_review"] == 2
    assert [c["camera"] for c in record["published_cameras"]] == [first]
    assert record["by_make"]["huawei"] == 1
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", record["published"])
    files = {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()}
    assert set(record["files"]) == files - {"published.json"}
    index = (site / "index.html").read_bytes()
    assert record["files"]["index.html"] == hashlib.sha256(index).hexdigest()


def test_min_volunteers_and_row_contents(campaign: Workspace, tmp_path: Path) -> None:
    first, _, _ = two_cameras_one_in_review()
    ReviewItem.update(status="resolved").execute()
    publication = select_published(min_volunteers=2)
    assert [c.uuid for c in publication.cameras] == [first]
    assert publication.too_few_volunteers == 2
    publish_webmap(campaign, publication, tmp_path / "site")
    data = site_data(tmp_path / "site")
    row = dict(zip(data["fields"], data["rows"][0], strict=True))
    assert row["make_class"] == "huawei" and row["type_class"] == "dome"
    assert row["volunteers"] == 2 and row["direction"] == 90.0
    assert (row["first_seen"], row["last_seen"]) == ("2026-11-20", "2026-11-20")


def test_page_has_a_strict_csp_and_no_inline_code(campaign: Workspace, tmp_path: Path) -> None:
    two_cameras_one_in_review()
    publish_webmap(campaign, select_published(), tmp_path / "site")
    site = tmp_path / "site"
    page = (site / "index.html").read_text(encoding="utf-8")
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    assert "default-src 'none'" in csp and "script-src 'self'" in csp
    assert "unsafe" not in csp
    for tag in re.findall(r"<script[^>]*>", page):
        assert "src=" in tag or 'type="application/json"' in tag, tag
    assert "<style" not in page and " style=" not in page
    assert "http://" not in page and "https://" not in page
    for vendored in ("leaflet/LICENSE", "leaflet/leaflet.js", "markercluster/MIT-LICENCE.txt"):
        assert (site / "vendor" / vendored).is_file()
    for name in ("map.js", "map.css", "strings.js", "site.js", "site.css"):
        assert (site / name).is_file()


def test_photo_comes_from_the_bundle_rebuilt_from_pixels(
    campaign: Workspace, tmp_path: Path
) -> None:
    (uuid,) = place(sighting("A", 0, 0, camera_type="dome"))
    big = leaky_jpeg(tmp_path / "big.jpg", size=(2400, 1800))
    data = big.read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    row = Sighting.get()
    stored = campaign.root / "bundles" / "b.zip"
    stored.parent.mkdir(exist_ok=True)
    with zipfile.ZipFile(stored, "w") as z:
        z.writestr(f"data/photos/{sha}.jpg", data)
    row.bundle.stored_path = "bundles/b.zip"
    row.bundle.save()
    row.photos = json.dumps([sha])
    row.save()
    result = publish_webmap(campaign, select_published(), tmp_path / "site")
    assert result.photos == 1
    camera = CampaignCamera.get().uuid
    photo = (tmp_path / "site" / "photos" / f"{camera}.jpg").read_bytes()
    with Image.open(io.BytesIO(photo)) as im:
        assert max(im.size) == 800
        assert not im.info.get("exif") and not im.info.get("icc_profile")
        assert "comment" not in im.info
    assert SERIAL.encode() not in photo and OWNER.encode() not in photo
    assert site_data(tmp_path / "site")["rows"][0][-1] == f"photos/{camera}.jpg"
    assert uuid  # placed
    no_photos = publish_webmap(
        campaign, select_published(), tmp_path / "site", WebmapOptions(photos=False)
    )
    assert no_photos.photos == 0 and not (tmp_path / "site" / "photos").exists()


def test_refuses_a_folder_of_other_files_and_replaces_an_earlier_site(
    campaign: Workspace, tmp_path: Path
) -> None:
    two_cameras_one_in_review()
    other = tmp_path / "documents"
    other.mkdir()
    (other / "thesis.odt").write_text("precious")
    with pytest.raises(WebmapError, match="holds other files"):
        publish_webmap(campaign, select_published(), other)
    assert (other / "thesis.odt").read_text() == "precious"
    site = tmp_path / "site"
    publish_webmap(campaign, select_published(), site)
    (site / "stale.txt").write_text("old")
    publish_webmap(campaign, select_published(), site)
    assert not (site / "stale.txt").exists() and (site / "index.html").is_file()
    assert not list(tmp_path.glob(".site*"))
