"""``kit.json``: what a campaign kit holds, and the hash of every file in it.

The manifest is the only thing signed (``kit.json.minisig``, minisign, the coordinator's key);
every other member of the zip is bound to it by its SHA-256 and size. Reading is strict: an
unknown schema, a missing field or a path that could escape a folder is an error that names
the field, because a kit comes from outside.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from typing import Any

from surveyor.core.messages import Message

SCHEMA = "surveyor.kit/1"
MANIFEST = "kit.json"
SIGNATURE = "kit.json.minisig"
KNOWN_CAMERAS = "known-cameras.geojson"
KNOWN_CAMERAS_SIG = "known-cameras.geojson.minisig"
VOCABULARY = "vocabulary.json"
BASEMAP_DIR = "basemaps/"
MAX_MANIFEST = 4 * 2**20
_SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._ ()+-]{0,150}$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


class KitFormatError(ValueError):
    """The manifest is not a Surveyor kit manifest; the message names what is wrong."""


def safe_basemap_name(name: str) -> bool:
    """A plain file name: no folders, no leading dot, nothing a shell or a zip would mangle."""
    return bool(_SAFE_NAME.match(name)) and ".." not in name


@dataclass(frozen=True)
class KitFile:
    path: str  # the member's name in the zip
    sha256: str
    size: int


@dataclass(frozen=True)
class KitManifest:
    campaign_uuid: str
    campaign_name: str
    area: tuple[float, float, float, float] | None  # west, south, east, north
    created: str  # ISO 8601 UTC with microseconds: orders kits of one campaign
    public_key: str  # the coordinator's minisign key, RW…
    key_id: str
    age_recipient: str
    known_cameras: int | None  # how many cameras the known-cameras file holds, None: no file
    basemaps: tuple[str, ...]  # member paths under basemaps/
    vocabulary: bool
    files: tuple[KitFile, ...]

    def trusted_comment(self) -> str:
        """What the signature's trusted comment must say, so it cannot be moved to another kit."""
        return trusted_comment(self.campaign_uuid, self.created, self.key_id)

    def to_json(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "campaign": {
                "uuid": self.campaign_uuid,
                "name": self.campaign_name,
                "area": list(self.area) if self.area else None,
            },
            "created": self.created,
            "coordinator": {"public_key": self.public_key, "key_id": self.key_id},
            "age_recipient": self.age_recipient,
            "known_cameras": self.known_cameras,
            "basemaps": list(self.basemaps),
            "vocabulary": self.vocabulary,
            "files": [{"path": f.path, "sha256": f.sha256, "size": f.size} for f in self.files],
        }

    def to_bytes(self) -> bytes:
        return (json.dumps(self.to_json(), ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def trusted_comment(campaign_uuid: str, created: str, key_id: str) -> str:
    return f"surveyor kit {campaign_uuid} created {created} key {key_id}"


def _field(raw: dict[str, Any], name: str, kind: type, where: str = "") -> Any:
    value = raw.get(name)
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
        raise KitFormatError(
            Message(
                "{MANIFEST}: {where}{name} is missing or not a {kind}",
                MANIFEST=MANIFEST,
                where=where,
                name=name,
                kind=kind.__name__,
            )
        )
    return value


def _area(value: Any) -> tuple[float, float, float, float] | None:
    if value is None:
        return None
    ok = (
        isinstance(value, list)
        and len(value) == 4
        and all(isinstance(v, int | float) and math.isfinite(v) for v in value)
    )
    if not ok:
        raise KitFormatError(
            Message(
                "{MANIFEST}: campaign.area is not [west, south, east, north]", MANIFEST=MANIFEST
            )
        )
    w, s, e, n = (float(v) for v in value)
    if not (-180 <= w <= 180 and -180 <= e <= 180 and -90 <= s <= n <= 90):
        raise KitFormatError(
            Message("{MANIFEST}: campaign.area is outside the world", MANIFEST=MANIFEST)
        )
    return (w, s, e, n)


def _files(value: Any) -> tuple[KitFile, ...]:
    if not isinstance(value, list):
        raise KitFormatError(
            Message("{MANIFEST}: files is missing or not a list", MANIFEST=MANIFEST)
        )
    files = []
    for entry in value:
        if not isinstance(entry, dict):
            raise KitFormatError(
                Message("{MANIFEST}: an entry of files is not an object", MANIFEST=MANIFEST)
            )
        path = _field(entry, "path", str, "files[].")
        sha = _field(entry, "sha256", str, "files[].")
        size = _field(entry, "size", int, "files[].")
        if not _SHA256.match(sha) or size < 0:
            raise KitFormatError(
                Message("{MANIFEST}: {path}: malformed hash or size", MANIFEST=MANIFEST, path=path)
            )
        files.append(KitFile(path, sha, size))
    paths = [f.path for f in files]
    if len(set(paths)) != len(paths):
        raise KitFormatError(Message("{MANIFEST}: a file is listed twice", MANIFEST=MANIFEST))
    return tuple(files)


def parse_manifest(data: bytes) -> KitManifest:
    try:
        raw = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise KitFormatError(
            Message("{MANIFEST}: not JSON ({exc})", MANIFEST=MANIFEST, exc=exc)
        ) from exc
    if not isinstance(raw, dict) or raw.get("schema") != SCHEMA:
        raise KitFormatError(
            Message(
                "{MANIFEST}: not a Surveyor kit manifest ({SCHEMA})",
                MANIFEST=MANIFEST,
                SCHEMA=SCHEMA,
            )
        )
    campaign = _field(raw, "campaign", dict)
    coordinator = _field(raw, "coordinator", dict)
    known = raw.get("known_cameras")
    if known is not None and (not isinstance(known, int) or isinstance(known, bool)):
        raise KitFormatError(Message("{MANIFEST}: known_cameras is not a count", MANIFEST=MANIFEST))
    basemaps = _field(raw, "basemaps", list)
    for member in basemaps:
        name = member.removeprefix(BASEMAP_DIR) if isinstance(member, str) else ""
        if not member.startswith(BASEMAP_DIR) or not safe_basemap_name(name):
            raise KitFormatError(
                Message(
                    "{MANIFEST}: basemap {member!r} is not a plain file name",
                    MANIFEST=MANIFEST,
                    member=member,
                )
            )
    manifest = KitManifest(
        campaign_uuid=_field(campaign, "uuid", str, "campaign."),
        campaign_name=_field(campaign, "name", str, "campaign."),
        area=_area(campaign.get("area")),
        created=_field(raw, "created", str),
        public_key=_field(coordinator, "public_key", str, "coordinator."),
        key_id=_field(coordinator, "key_id", str, "coordinator."),
        age_recipient=_field(raw, "age_recipient", str),
        known_cameras=known,
        basemaps=tuple(basemaps),
        vocabulary=raw.get("vocabulary") is True,
        files=_files(raw.get("files")),
    )
    listed = {f.path for f in manifest.files}
    needed = set(manifest.basemaps)
    if manifest.known_cameras is not None:
        needed |= {KNOWN_CAMERAS, KNOWN_CAMERAS_SIG}
    if manifest.vocabulary:
        needed.add(VOCABULARY)
    if needed - listed:
        missing = ", ".join(sorted(needed - listed))
        raise KitFormatError(
            Message(
                "{MANIFEST}: names files it does not list with a hash: {missing}",
                MANIFEST=MANIFEST,
                missing=missing,
            )
        )
    if listed - needed:
        extra = ", ".join(sorted(listed - needed))
        raise KitFormatError(
            Message(
                "{MANIFEST}: lists files that have no role: {extra}", MANIFEST=MANIFEST, extra=extra
            )
        )
    return manifest
