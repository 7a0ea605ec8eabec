"""A demo workspace built on the spot: generated street photos around Belgrade, imported by
the real import pipeline, with a few cameras already recorded, so a new volunteer sees every
part of the workbench working before their own first walk.
"""

from __future__ import annotations

import math
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import piexif
from PIL import Image, ImageDraw

from surveyor.core import camera_records as cameras
from surveyor.core import geometry
from surveyor.core.messages import Message
from surveyor.core.workspace import Workspace
from surveyor.store.models import Photo

CENTRE = (44.8125, 20.4612)  # Belgrade, Terazije
PHOTO_SIZE = (1200, 900)


@dataclass(frozen=True)
class DemoShot:
    """One generated photo: where it was taken, which way, and what it shows."""

    name: str
    walk: str
    north_m: float | None  # offset from CENTRE; None = the phone wrote no position
    east_m: float
    bearing: float
    shows: tuple[str, ...] = ()  # camera_type values drawn in the picture
    mount: str = "pole"
    minute: int = 0


@dataclass(frozen=True)
class DemoCamera:
    photos: tuple[str, ...]
    attributes: dict[str, Any] = field(default_factory=dict)


# Names a person reads are messages: the demo is built in the interface's language.
WALK_CENTRE = Message("Terazije and Knez Mihailova")
WALK_SLAVIJA = Message("Slavija")

SHOTS: tuple[DemoShot, ...] = (
    DemoShot("IMG_0101.jpg", WALK_CENTRE, 0, 0, 20, ("dome",), "pole", 0),
    DemoShot("IMG_0102.jpg", WALK_CENTRE, 6, -3, 35, ("dome",), "pole", 1),
    DemoShot("IMG_0103.jpg", WALK_CENTRE, 60, 25, 290, ("fixed",), "wall", 4),
    DemoShot("IMG_0104.jpg", WALK_CENTRE, 110, 40, 180, (), "pole", 6),
    DemoShot("IMG_0105.jpg", WALK_CENTRE, 170, 10, 95, ("fixed",), "street_lamp", 9),
    DemoShot("IMG_0106.jpg", WALK_CENTRE, 230, -20, 310, ("dome",), "building", 12),
    DemoShot("IMG_0107.jpg", WALK_CENTRE, 300, -60, 45, ("fixed",), "pole", 15),
    DemoShot("IMG_0108.jpg", WALK_CENTRE, 360, -90, 200, ("panning",), "pole", 18),
    DemoShot("IMG_0109.jpg", WALK_CENTRE, None, 0, 0, ("fixed",), "wall", 21),
    DemoShot("IMG_0201.jpg", WALK_SLAVIJA, -900, -350, 140, ("panning",), "traffic_signals", 40),
    DemoShot("IMG_0202.jpg", WALK_SLAVIJA, -940, -330, 250, ("fixed", "dome"), "gantry", 43),
    DemoShot("IMG_0203.jpg", WALK_SLAVIJA, -980, -300, 70, (), "pole", 46),
    DemoShot("IMG_0204.jpg", WALK_SLAVIJA, -1010, -380, 330, ("fixed",), "pole", 49),
    DemoShot("IMG_0205.jpg", WALK_SLAVIJA, -1050, -420, 15, ("dome",), "ceiling", 52),
)

CAMERAS: tuple[DemoCamera, ...] = (
    DemoCamera(
        ("IMG_0101.jpg", "IMG_0102.jpg"),
        dict(
            manufacturer="Huawei",
            model="IPC6625-Z30",
            camera_type="dome",
            camera_mount="pole",
            surveillance="public",
            zone="town",
            height=6.0,
            operator=Message("Ministry of Interior"),
            notes=Message("Safe City dome above the crossing"),
        ),
    ),
    DemoCamera(
        ("IMG_0103.jpg",),
        dict(
            manufacturer="Hikvision",
            camera_type="fixed",
            camera_mount="wall",
            surveillance="outdoor",
            zone="entrance",
            height=3.0,
            notes=Message("Bank entrance"),
        ),
    ),
    DemoCamera(
        ("IMG_0105.jpg",),
        dict(
            make_unknown=True,
            camera_type="fixed",
            camera_mount="street_lamp",
            surveillance="public",
            zone="town",
            needs_review=True,
            notes=Message("Too far to read the make"),
        ),
    ),
    DemoCamera(
        ("IMG_0201.jpg",),
        dict(
            manufacturer="Dahua",
            camera_type="panning",
            camera_mount="traffic_signals",
            surveillance="public",
            zone="traffic",
            height=5.5,
        ),
    ),
    DemoCamera(
        ("IMG_0202.jpg",),
        dict(
            manufacturer="Huawei",
            model="IPC6225-VRZ-ES",
            surveillance_type="ALPR",
            camera_type="fixed",
            camera_mount="gantry",
            surveillance="public",
            zone="traffic",
        ),
    ),
    DemoCamera(
        ("IMG_0202.jpg",),
        dict(
            manufacturer="Axis",
            camera_type="dome",
            camera_mount="gantry",
            surveillance="public",
            zone="traffic",
            notes=Message("Second camera on the same gantry"),
        ),
    ),
)
MARKS = {"IMG_0104.jpg": "no_camera", "IMG_0203.jpg": "no_camera", "IMG_0106.jpg": "needs_review"}


def offset_position(north_m: float, east_m: float) -> tuple[float, float]:
    lat, lon = CENTRE
    dlat = north_m / 111_320.0
    dlon = east_m / (111_320.0 * math.cos(math.radians(lat)))
    return lat + dlat, lon + dlon


def _dms(value: float) -> tuple[tuple[int, int], ...]:
    value = abs(value)
    degrees = int(value)
    minutes = int((value - degrees) * 60)
    seconds = (value - degrees - minutes / 60) * 3600
    return ((degrees, 1), (minutes, 1), (round(seconds * 1000), 1000))


def _exif(shot: DemoShot) -> bytes:
    stamp = f"2026:05:16 10:{shot.minute:02d}:00"
    gps: dict[int, Any] = {}
    if shot.north_m is not None:
        lat, lon = offset_position(shot.north_m, shot.east_m)
        gps = {
            piexif.GPSIFD.GPSLatitudeRef: b"N",
            piexif.GPSIFD.GPSLatitude: _dms(lat),
            piexif.GPSIFD.GPSLongitudeRef: b"E",
            piexif.GPSIFD.GPSLongitude: _dms(lon),
            piexif.GPSIFD.GPSImgDirectionRef: b"T",
            piexif.GPSIFD.GPSImgDirection: (round(shot.bearing * 100), 100),
            piexif.GPSIFD.GPSHPositioningError: (5, 1),
        }
    data: bytes = piexif.dump(
        {
            "0th": {piexif.ImageIFD.Make: b"Surveyor", piexif.ImageIFD.Model: b"Demo"},
            "Exif": {
                piexif.ExifIFD.DateTimeOriginal: stamp.encode(),
                piexif.ExifIFD.OffsetTimeOriginal: b"+02:00",
            },
            "GPS": gps,
            "1st": {},
            "thumbnail": None,
        }
    )
    return data


def _draw_camera(draw: ImageDraw.ImageDraw, kind: str, x: int, y: int) -> None:
    body, dark = (225, 228, 232), (40, 44, 52)
    if kind == "dome":
        draw.rectangle((x - 70, y - 12, x + 70, y), fill=body, outline=dark, width=3)
        draw.pieslice((x - 60, y - 60, x + 60, y + 60), 0, 180, fill=(30, 34, 40), outline=dark)
        draw.ellipse((x - 14, y + 14, x + 14, y + 42), fill=(90, 110, 140))
    elif kind == "panning":
        draw.rectangle((x - 8, y - 40, x + 8, y), fill=dark)
        draw.rounded_rectangle((x - 55, y, x + 55, y + 80), 24, fill=body, outline=dark, width=3)
        draw.ellipse((x - 22, y + 18, x + 22, y + 62), fill=(30, 34, 40))
    else:  # fixed: a bullet on a bracket
        draw.rectangle((x - 6, y - 30, x + 6, y + 10), fill=dark)
        draw.rounded_rectangle(
            (x - 90, y + 5, x + 60, y + 55), 12, fill=body, outline=dark, width=3
        )
        draw.rectangle((x - 110, y + 10, x - 88, y + 50), fill=(30, 34, 40))


def draw_shot(shot: DemoShot, index: int) -> Image.Image:
    """A simple street scene: sky, a building, a mount and the cameras the shot shows."""
    w, h = PHOTO_SIZE
    img = Image.new("RGB", (w, h))
    draw = ImageDraw.Draw(img)
    for y in range(h):  # sky to pavement
        t = y / h
        colour = (
            (int(120 + 90 * t), int(170 + 50 * t), int(225 - 40 * t))
            if t < 0.72
            else ((150, 150, 146))
        )
        draw.line((0, y, w, y), fill=colour)
    hue = (index * 37) % 80
    draw.rectangle((0, 250, 420, int(h * 0.72)), fill=(200 - hue, 180 - hue // 2, 160))
    for row in range(3):
        for col in range(3):
            x0, y0 = 40 + col * 130, 290 + row * 120
            draw.rectangle((x0, y0, x0 + 80, y0 + 80), fill=(70, 90, 120))
    mount_x = 760
    if shot.mount in ("pole", "street_lamp", "traffic_signals"):
        draw.rectangle((mount_x - 14, 120, mount_x + 14, int(h * 0.75)), fill=(70, 74, 80))
        if shot.mount == "street_lamp":
            draw.rectangle((mount_x, 110, mount_x + 160, 126), fill=(70, 74, 80))
            draw.polygon(
                [
                    (mount_x + 120, 126),
                    (mount_x + 200, 126),
                    (mount_x + 180, 160),
                    (mount_x + 140, 160),
                ],
                fill=(250, 240, 150),
            )
        if shot.mount == "traffic_signals":
            draw.rounded_rectangle((mount_x - 40, 420, mount_x + 40, 640), 10, fill=(30, 30, 30))
            for i, c in enumerate(((220, 40, 40), (240, 200, 40), (40, 180, 70))):
                draw.ellipse((mount_x - 24, 434 + i * 68, mount_x + 24, 482 + i * 68), fill=c)
    elif shot.mount == "gantry":
        draw.rectangle((480, 140, 1180, 176), fill=(90, 96, 104))
        draw.rectangle((480, 140, 510, int(h * 0.75)), fill=(90, 96, 104))
        draw.rectangle((1150, 140, 1180, int(h * 0.75)), fill=(90, 96, 104))
    elif shot.mount in ("wall", "building", "ceiling"):
        draw.rectangle((560, 0, w, int(h * 0.72)), fill=(185, 170, 150))
    for i, kind in enumerate(shot.shows):
        _draw_camera(draw, kind, mount_x + 40 + i * 260 - (130 if len(shot.shows) > 1 else 0), 200)
    return img


def write_demo_photos(folder: Path) -> dict[str, list[Path]]:
    """Generate the demo JPEGs under ``folder``; return their paths by walk name."""
    by_walk: dict[str, list[Path]] = {}
    for index, shot in enumerate(SHOTS):
        path = folder / shot.walk.replace(" ", "_") / shot.name
        path.parent.mkdir(parents=True, exist_ok=True)
        draw_shot(shot, index).save(path, "JPEG", quality=82, exif=_exif(shot))
        by_walk.setdefault(shot.walk, []).append(path)
    return by_walk


def populate_demo(
    workspace: Workspace,
    progress: Callable[[str], None] | None = None,
    workers: int | None = None,
) -> int:
    """Import the demo photos into an (empty) workspace and record the demo cameras.

    Returns the number of photos in the workspace afterwards. Running it on a workspace that
    already holds the demo changes nothing (the import sees duplicates, cameras are skipped).
    """
    from surveyor.core.photos.importer import import_paths

    already = Photo.select().count()
    with tempfile.TemporaryDirectory(prefix="surveyor-demo-") as tmp:
        by_walk = write_demo_photos(Path(tmp))
        for walk, paths in by_walk.items():
            if progress:
                progress(walk)
            import_paths(workspace, paths, walk_name=str(walk), workers=workers)
    if already:
        return int(Photo.select().count())
    ids = {p.original_name: int(p.id) for p in Photo.select(Photo.id, Photo.original_name)}
    placed: set[tuple[float | None, float | None]] = set()
    for demo in CAMERAS:
        photo_ids = [ids[name] for name in demo.photos if name in ids]
        if not photo_ids:
            continue
        # str() of a message: in the interface's language (English on the command line).
        attributes: dict[str, Any] = {
            k: str(v) if isinstance(v, Message) else v for k, v in demo.attributes.items()
        }
        camera = cameras.create_camera(photo_ids, **attributes)
        first = Photo.get_by_id(photo_ids[0])
        if camera.camera_type == "fixed" and camera.direction is None:
            # As a volunteer would: the camera faces them, so they took the "Facing you" hint.
            facing = cameras.facing_direction(first.bearing)
            cameras.update_camera(camera.id, direction=facing)
        spot = (camera.latitude, camera.longitude)
        if camera.latitude is not None and camera.longitude is not None and spot in placed:
            # A second camera on the same gantry is its own node, a metre or two along.
            lat, lon = geometry.destination_point(
                float(camera.latitude), float(camera.longitude), 90.0, 1.5
            )
            cameras.update_camera(camera.id, latitude=lat, longitude=lon)
        placed.add(spot)
    marks: dict[str, list[int]] = {}
    for name, mark in MARKS.items():
        if name in ids:
            marks.setdefault(mark, []).append(ids[name])
    for mark, photo_ids in marks.items():
        cameras.set_photo_mark(photo_ids, mark)
    return int(Photo.select().count())


def build_demo_workspace(root: Path, workers: int | None = None) -> Workspace:
    """Open (creating and filling if needed) the demo workspace at ``root``."""
    workspace = Workspace.open(root)
    if Photo.select().count() == 0:
        populate_demo(workspace, workers=workers)
    return workspace


def demo_workspace_dir() -> Path:
    """Where "Open the demo workspace" builds it: beside the user's own, never inside it."""
    import platformdirs

    from surveyor.core.workspace import APP_NAME

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "demo-workspace"
