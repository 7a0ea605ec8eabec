"""Map images: ``surveyor render-map`` and File ▸ Save map image…, offscreen and offline."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from surveyor.cli import main
from surveyor.core import camera_records as cameras
from surveyor.core.workspace import Workspace
from surveyor.store.models import Walk
from surveyor.ui.map.profile import map_profile
from tests.core.campaign.volunteers import Volunteer
from tests.fixtures.vector_tiles import build_mbtiles, to_pmtiles, write_town
from tests.ui.map.conftest import add_photo
from tests.ui.map.pixels import BUILDING, count

ORIGIN = (44.8150, 20.4580)  # the town's north-west corner
CAMERA = (44.81280, 20.46050)  # on Ulica 4
STANDING = (44.81268, 20.46030)  # where the volunteer stood: must never show
CONFIRMED = (0x2E, 0x9E, 0x4F)
UNCONFIRMED = (0xF0, 0xA0, 0x20)
PHOTO = (0x1D, 0x5F, 0xD1)
SHOTS = os.environ.get("SURVEYOR_TEST_SHOTS")


@pytest.fixture(scope="module")
def town(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("image-town")
    mbtiles = build_mbtiles(write_town(folder / "town.osm", ORIGIN, blocks=6), folder / "t.mbtiles")
    return to_pmtiles(mbtiles, folder / "town.pmtiles")


@pytest.fixture
def workspace_dir(tmp_path: Path) -> Path:
    """A workspace with one camera looking east (with its photo) and one with no direction."""
    root = tmp_path / "ws"
    with Workspace.open(root):
        walk = Walk.create(name="Centre")
        photo = add_photo(walk, 1, *STANDING, bearing=45.0)
        cam = cameras.create_camera([photo.id], camera_type="fixed")
        cameras.update_camera(cam, latitude=CAMERA[0], longitude=CAMERA[1], direction=90.0)
        cameras.update_camera(cam, confirmed=True)
    return root


def render(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["render-map", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_render_map_draws_cameras_cones_basemap_scale_and_credit(
    qapp, capsys, tmp_path: Path, town: Path, workspace_dir: Path
) -> None:
    out = tmp_path / "report.png"
    code, stdout, err = render(
        capsys, "--workspace", str(workspace_dir), "--basemap", str(town),
        "--center", f"{CAMERA[0]},{CAMERA[1]}", "--zoom", "18", "--size", "640x480",
        "--out", str(out),
    )  # fmt: skip
    assert code == 0, err
    assert "1 cameras" in stdout
    image = QImage(str(out))
    if SHOTS:
        image.save(str(Path(SHOTS) / "render-map.png"))
    assert (image.width(), image.height()) == (640, 480)
    assert count(image, BUILDING, 6) > 1000, "no basemap"
    assert count(image, CONFIRMED, 10) > 30, "no camera marker"
    # The cone: the camera's colour, translucent over the basemap, east of the camera.
    cone = sum(
        1
        for x in range(330, 420)
        for y in range(225, 255)
        if (c := image.pixelColor(x, y)).green() > c.red() and c.green() > c.blue()
    )
    assert cone > 200, "no view cone"
    assert count(image, PHOTO, 12) == 0, "a photo position (where the volunteer stood) is shown"
    # Scale bar (bottom left) and credit (bottom right) are in the picture.
    dark = lambda x0, x1: sum(  # noqa: E731
        1 for x in range(x0, x1) for y in range(440, 480) if image.pixelColor(x, y).value() < 90
    )
    assert dark(0, 120) > 20, "no scale bar"
    assert dark(420, 640) > 40, "no credit"
    assert map_profile().interceptor.blocked == []


def test_render_map_of_a_campaign_by_bounding_box(qapp, capsys, tmp_path: Path, town) -> None:
    camp = tmp_path / "campaign"
    kestrel = Volunteer(tmp_path, "kestrel")
    bundle = kestrel.bundle(tmp_path / "k.zip", [{"lat": CAMERA[0], "lon": CAMERA[1]}])
    assert main(["keys", "add", "--campaign", str(camp), "--trust", kestrel.public]) == 0
    assert main(["merge", "--campaign", str(camp), str(bundle.path)]) == 0
    capsys.readouterr()
    out = tmp_path / "campaign.png"
    code, stdout, err = render(
        capsys, "--campaign", str(camp), "--basemap", str(town),
        "--bbox", "20.4590,44.8120,20.4620,44.8136", "--size", "500x400", "--out", str(out),
    )  # fmt: skip
    assert code == 0, err
    assert "1 cameras" in stdout
    image = QImage(str(out))
    assert count(image, CONFIRMED, 10) > 30
    assert count(image, BUILDING, 6) > 1000


def test_render_map_refuses_when_the_page_reaches_for_the_network(
    qapp, capsys, tmp_path: Path, workspace_dir: Path
) -> None:
    handler = map_profile().handler
    web_root = handler.web_root
    # As if an edit of the page dropped its Content-Security-Policy (which would refuse the
    # image itself) and slipped a CDN link in: the request blocker is the second line.
    leaky = tmp_path / "web"
    shutil.copytree(web_root, leaky)
    page = (leaky / "map.html").read_text(encoding="utf-8")
    page = re.sub(r"<meta http-equiv=\"Content-Security-Policy\"[^>]*>", "", page)
    assert 'http-equiv="Content-Security-Policy"' not in page
    page = page.replace("</body>", '<img src="http://192.0.2.1/x.png"></body>')
    (leaky / "map.html").write_text(page, encoding="utf-8")
    handler.web_root = leaky.resolve()
    out = tmp_path / "leaky.png"
    try:
        code, _, err = render(
            capsys, "--workspace", str(workspace_dir), "--center", "44.8128,20.4605",
            "--zoom", "16", "--size", "300x200", "--out", str(out),
        )  # fmt: skip
    finally:
        handler.web_root = web_root
        blocked = map_profile().interceptor.blocked
        on_purpose = [url for url in blocked if "192.0.2.1" in url]
        assert on_purpose
        for url in on_purpose:
            blocked.remove(url)
    assert code == 1
    assert "tried to reach the network (http://192.0.2.1/x.png)" in err
    assert not out.exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--bbox", "20.5,44.8,20.4,44.9"], "west < east"),
        (["--center", "44.8,20.4"], "--center needs --zoom"),
        (["--center", "44.8", "--zoom", "17"], "2 numbers"),
        (["--bbox", "20.4,44.8,20.5,44.9", "--size", "big"], "WIDTHxHEIGHT"),
        (["--center", "44.8,20.4", "--zoom", "40"], "between 3 and 21"),
        (
            ["--center=-33.9,18.4", "--zoom", "17", "--campaign", "c", "--workspace", "w"],
            "not both",
        ),
        (["--bbox=-9.2,38.7,-9.1", "--size", "100x100"], "4 numbers"),
    ],
)
def test_render_map_usage_errors(capsys, tmp_path: Path, args, message) -> None:
    code, _, err = render(capsys, *args, "--out", str(tmp_path / "x.png"))
    assert code == 2
    assert message in err


def test_save_map_image_from_the_map_panel(qtbot, tmp_path: Path, town, catalogue, panel) -> None:
    from surveyor.core.map.basemaps import MapSettings, save_settings
    from tests.ui.map.conftest import LAT, LON, js, wait_js

    settings = MapSettings()
    settings.add_basemap(town)
    save_settings(settings)
    panel.apply_settings(settings)
    js(qtbot, panel, f"SurveyorMap.map.setView([{LAT}, {LON}], 17, {{animate: false}}); 1")
    wait_js(qtbot, panel, "SurveyorMap.idle")
    out = tmp_path / "shown.png"
    panel.choose_image_file = lambda: str(out)
    errors: list[str] = []
    panel.show_error = errors.append
    assert panel.save_map_image() == out
    assert errors == []
    image = QImage(str(out))
    assert (image.width(), image.height()) == (panel.view.width(), panel.view.height())
    assert count(image, BUILDING, 6) > 1000
    # The catalogue's two cameras are unconfirmed (orange); its photos are never drawn.
    assert count(image, UNCONFIRMED, 10) > 30
    assert count(image, PHOTO, 12) == 0
    if SHOTS:
        image.save(str(Path(SHOTS) / "save-map-image.png"))
