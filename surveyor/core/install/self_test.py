"""``surveyor self-test``'s checks that need no window: is this installation complete?

Each check returns a ``CheckResult``: a short name, whether it passed, and one line of detail
a volunteer can read out to whoever helps them. The window and map checks need Qt and live in
``surveyor.ui.self_test``; this module runs the rest and knows the order of them all.
"""

from __future__ import annotations

import os
import tempfile
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from surveyor.core.messages import Joined, Message
from surveyor.core.resources import resources_dir


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    detail: str

    def line(self) -> str:
        return f"{'ok  ' if self.ok else 'FAIL'}  {self.name}: {self.detail}"


Check = Callable[[Path], str]
"""A check gets a private temporary folder and returns its detail; any exception fails it."""

# Files whose absence means a broken installation (the map page, its scripts, the licences).
REQUIRED_RESOURCES = (
    "vocabulary.json",
    "web/surveyor_map.js",
    "web/map_common.js",
    "web/leaflet/leaflet.js",
    "web/leaflet/LICENSE",
    "web/markercluster/leaflet.markercluster.js",
    "web/markercluster/MIT-LICENCE.txt",
    "web/protomaps-leaflet/protomaps-leaflet.js",
    "web/protomaps-leaflet/LICENSE",
    "icons/camera_dome.svg",
    "icons/org.surveyor.Surveyor.svg",
    "guide/en/index.html",
)


def check_resources(_tmp: Path) -> str:
    root = resources_dir()
    missing = [name for name in REQUIRED_RESOURCES if not (root / name).is_file()]
    if not (root / "translations").is_dir():
        missing.append("translations/")
    if missing:
        raise RuntimeError(
            Message("missing under {root}: {files}", root=root, files=", ".join(missing))
        )
    return Message(
        "{count} files and the translations folder under {root}",
        count=len(REQUIRED_RESOURCES),
        root=root,
    )


def _thumbnail_check(tmp: Path, kind: str) -> str:
    from PIL import Image

    from surveyor.core.photos import media
    from surveyor.core.photos.ingest import IMPORTED, IngestSettings, ingest_file
    from surveyor.core.workspace import Workspace

    media.register_decoders()
    source = tmp / f"check.{kind}"
    picture = Image.new("RGB", (640, 480), (70, 130, 180))
    if kind == "heic":
        import pillow_heif

        pillow_heif.from_pillow(picture).save(source, quality=60)
    else:
        picture.save(source, "JPEG", quality=85)
    root = tmp / "workspace"
    Workspace(root).tmp_dir.mkdir(parents=True, exist_ok=True)
    result = ingest_file(str(source), IngestSettings(str(root), os.getpid()))
    if result.outcome != IMPORTED or result.sha256 is None:
        raise RuntimeError(result.reason or result.outcome)
    thumb = Workspace(root).thumb_path(result.sha256, 256)
    with Image.open(thumb) as made:
        width, height = made.size
    return Message(
        "{kind} {width}×{height} → thumbnail {thumb_width}×{thumb_height}",
        kind=kind.upper(),
        width=result.width,
        height=result.height,
        thumb_width=width,
        thumb_height=height,
    )


def check_jpeg_thumbnail(tmp: Path) -> str:
    return _thumbnail_check(tmp, "jpeg")


def check_heic_thumbnail(tmp: Path) -> str:
    return _thumbnail_check(tmp, "heic")


def check_bundle_signature(tmp: Path) -> str:
    """Export the demo workspace as a bundle signed with a throw-away key, then verify it."""
    from surveyor.core.bundle.export_selection import Selection
    from surveyor.core.bundle.minisign import SecretKey
    from surveyor.core.bundle.verify import verify_bundle
    from surveyor.core.bundle.writer import export_bundle
    from surveyor.core.demo import build_demo_workspace

    key = SecretKey.generate()
    with build_demo_workspace(tmp / "demo", workers=0) as workspace:
        result = export_bundle(
            workspace,
            key,
            tmp / "check.zip",
            Selection(all_unexported=True),
            pseudonym="self-test",
            mark_exported=False,
        )
    report = verify_bundle(result.path, key.public_key)
    if not report.valid or report.signature != "verified":
        problems = Joined(
            "; ",
            [Message("{file}: {reason}", file=p.file, reason=p.reason) for p in report.problems],
        )
        raise RuntimeError(
            Message(
                "signature {signature}: {problems}",
                signature=report.signature,
                problems=problems or Message("no detail"),
            )
        )
    return Message(
        "{count} cameras signed by key {key} and verified", count=result.cameras, key=key.key_id_hex
    )


CORE_CHECKS: list[tuple[str, Check]] = [
    ("resources", check_resources),
    ("JPEG thumbnail", check_jpeg_thumbnail),
    ("HEIC thumbnail", check_heic_thumbnail),
    ("signed bundle", check_bundle_signature),
]


def run_check(name: str, check: Check) -> CheckResult:
    with tempfile.TemporaryDirectory(prefix="surveyor-self-test-") as tmp:
        try:
            return CheckResult(name, True, check(Path(tmp)))
        except Exception as exc:
            last = traceback.extract_tb(exc.__traceback__)[-1:]
            where = f" (at {Path(last[0].filename).name}:{last[0].lineno})" if last else ""
            return CheckResult(name, False, f"{type(exc).__name__}: {exc}{where}")


def run_checks(checks: list[tuple[str, Check]]) -> Iterator[CheckResult]:
    for name, check in checks:
        yield run_check(name, check)
