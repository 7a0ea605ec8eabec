"""Check a submission bundle, and read the cameras out of one that checks out.

``verify_bundle(path, pubkey)`` opens the zip with ``safezip`` (no links, no ``..``, limits),
then checks ``bagit.txt``, ``bag-info.txt``, the minisign signature over
``tagmanifest-sha512.txt`` (and that its trusted comment names this bundle and key), every tag
and payload hash, that no payload file is missing or unlisted, and the Payload-Oxum. Every
problem is reported with the file it concerns.

Without a public key the signature cannot be checked: the report then says the contents are
intact but the signer's identity (the key id in the bundle) is *unverified*, because anyone can
re-sign an altered bundle with a key of their own. ``valid`` is true in that case too; callers
that need provenance check ``identity == "verified"`` (``read_submission`` does by default).
"""

from __future__ import annotations

import hashlib
import json
import re
import tempfile
import uuid
import zipfile
import zlib
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from surveyor.core.bagit_writer import BAGIT_TXT, SIGNATURE_NAME, TAGMANIFEST_NAME
from surveyor.core.bundle_export import (
    GEOJSON_NAME,
    SUBMISSION_NAME,
    SUBMISSION_SCHEMA,
    SURVEYOR_PROPERTIES,
)
from surveyor.core.minisign import MinisignError, PublicKey, Signature, join_digest
from surveyor.core.safezip import SafeZip, UnsafeZipError, ZipLimits

TAG_FILES = ("bagit.txt", "bag-info.txt", "manifest-sha512.txt")
ROOT_FILES = (*TAG_FILES, TAGMANIFEST_NAME, SIGNATURE_NAME)
REQUIRED_INFO = (
    "Bagging-Date",
    "Payload-Oxum",
    "External-Identifier",
    "Surveyor-Pseudonym",
    "Surveyor-Key-Id",
    "Surveyor-App-Version",
    "Surveyor-Vocabulary-Version",
    "Surveyor-Schema-Version",
)
MAX_TAG_FILE = 16 * 2**20
MAX_JSON_FILE = 64 * 2**20
_MANIFEST_LINE = re.compile(r"^([0-9a-fA-F]{128})[ \t]+(\S.*)$")
_PHOTO_NAME = re.compile(r"^photos/[0-9a-f]{64}\.jpg$")
_KEY_ID = re.compile(r"^[0-9A-F]{16}$")


class BundleInvalid(Exception):
    """The bundle failed verification (or its identity could not be verified)."""

    def __init__(self, report: VerifyReport, message: str | None = None) -> None:
        self.report = report
        first = report.problems[0] if report.problems else None
        text = message or (f"{first.file}: {first.reason}" if first else "invalid bundle")
        super().__init__(f"{report.path.name}: {text}")


@dataclass(frozen=True)
class Problem:
    file: str  # the member concerned, or the bundle's own name
    reason: str


@dataclass
class VerifyReport:
    """The outcome of ``verify_bundle``; ``to_json()`` is what ``surveyor verify --json`` prints."""

    path: Path
    problems: list[Problem] = field(default_factory=list)
    # "verified": checked against the given public key; "unchecked": no key given;
    # "invalid": checked and failed.
    signature: str = "unchecked"
    key_id: str | None = None  # the signer's key id as the bundle states it
    bundle_uuid: str | None = None
    pseudonym: str | None = None
    trusted_comment: str | None = None
    bag_info: dict[str, str] = field(default_factory=dict)
    payload_files: int = 0
    payload_bytes: int = 0

    @property
    def valid(self) -> bool:
        return not self.problems

    @property
    def identity(self) -> str:
        """ "verified" only when the signature was checked against a key the caller trusts."""
        return "verified" if self.valid and self.signature == "verified" else "unverified"

    def add(self, file: str, reason: str) -> None:
        self.problems.append(Problem(file, reason))

    def to_json(self) -> dict[str, Any]:
        return {
            "bundle": str(self.path),
            "valid": self.valid,
            "signature": self.signature,
            "identity": self.identity,
            "key_id": self.key_id,
            "bundle_uuid": self.bundle_uuid,
            "pseudonym": self.pseudonym,
            "trusted_comment": self.trusted_comment,
            "payload_files": self.payload_files,
            "payload_bytes": self.payload_bytes,
            "problems": [asdict(p) for p in self.problems],
        }


def _parse_bag_info(text: str, report: VerifyReport) -> dict[str, str]:
    info: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        if line[0] in " \t" and info:  # RFC 8493 continuation line
            last = next(reversed(info))
            info[last] += " " + line.strip()
            continue
        key, sep, value = line.partition(":")
        if not sep:
            report.add("bag-info.txt", f"line {number} is not 'Label: value'")
            continue
        info[key.strip()] = value.strip()
    for name in REQUIRED_INFO:
        if name not in info:
            report.add("bag-info.txt", f"{name} is missing")
    return info


def _parse_manifest(text: str, name: str, report: VerifyReport) -> dict[str, str]:
    entries: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        match = _MANIFEST_LINE.match(line)
        if not match:
            report.add(name, f"line {number} is not '<sha512>  <path>'")
            continue
        digest, path = match.group(1).lower(), match.group(2)
        if path in entries:
            report.add(name, f"{path} is listed twice")
        entries[path] = digest
    return entries


def _sha512_member(z: SafeZip, name: str, report: VerifyReport) -> tuple[str, int] | None:
    """SHA-512 and size of a member, streamed; ``None`` (with a problem) if it cannot be read."""
    digest = hashlib.sha512()
    size = 0
    try:
        with z.stream(name) as f:
            while chunk := f.read(1 << 20):
                digest.update(chunk)
                size += len(chunk)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as exc:
        report.add(name, f"cannot be read from the zip ({exc})")
        return None
    return digest.hexdigest(), size


def _read_text(z: SafeZip, name: str, report: VerifyReport) -> str | None:
    if name not in z.names:
        report.add(name, "missing")
        return None
    try:
        return z.read(name, MAX_TAG_FILE).decode("utf-8")
    except UnsafeZipError as exc:
        report.add(name, "; ".join(exc.problems))
    except UnicodeDecodeError:
        report.add(name, "not UTF-8 text")
    return None


def _check_signature(
    z: SafeZip, report: VerifyReport, pubkey: PublicKey | None, info: dict[str, str]
) -> None:
    sig_text = _read_text(z, SIGNATURE_NAME, report)
    tagmanifest = z.read(TAGMANIFEST_NAME, MAX_TAG_FILE) if TAGMANIFEST_NAME in z.names else None
    if sig_text is None or tagmanifest is None:
        report.signature = "invalid" if pubkey else "unchecked"
        return
    try:
        sig = Signature.from_text(sig_text)
    except MinisignError as exc:
        report.add(SIGNATURE_NAME, str(exc))
        report.signature = "invalid"
        return
    report.trusted_comment = sig.trusted_comment
    stated = info.get("Surveyor-Key-Id")
    report.key_id = stated or sig.key_id_hex
    if stated and stated != sig.key_id_hex:
        report.add(SIGNATURE_NAME, f"made by key {sig.key_id_hex}, bag-info says {stated}")
    expected = f"surveyor bundle {info.get('External-Identifier')} key {stated}"
    if sig.trusted_comment != expected:
        report.add(SIGNATURE_NAME, f"trusted comment {sig.trusted_comment!r} is not {expected!r}")
    if pubkey is None:
        return
    try:
        pubkey.verify(join_digest([tagmanifest]), sig)
    except MinisignError as exc:
        report.add(SIGNATURE_NAME, str(exc))
        report.signature = "invalid"
        return
    report.signature = "verified"


def _check_bag(z: SafeZip, report: VerifyReport, pubkey: PublicKey | None) -> None:
    names = z.names
    for name in names:
        if name not in ROOT_FILES and not name.startswith("data/"):
            report.add(name, "unexpected file (a bundle holds only the bag files and data/)")
    bagit = z.read("bagit.txt", MAX_TAG_FILE) if "bagit.txt" in names else None
    if bagit is None:
        report.add("bagit.txt", "missing")
    elif bagit != BAGIT_TXT:
        report.add("bagit.txt", "is not the BagIt 1.0 declaration")
    info_text = _read_text(z, "bag-info.txt", report)
    info = _parse_bag_info(info_text, report) if info_text is not None else {}
    report.bag_info = info
    report.bundle_uuid = info.get("External-Identifier")
    report.pseudonym = info.get("Surveyor-Pseudonym")
    if "Surveyor-Key-Id" in info and not _KEY_ID.match(info["Surveyor-Key-Id"]):
        report.add("bag-info.txt", "Surveyor-Key-Id is not 16 upper-case hex digits")
    _check_signature(z, report, pubkey, info)

    tag_text = _read_text(z, TAGMANIFEST_NAME, report)
    if tag_text is not None:
        tags = _parse_manifest(tag_text, TAGMANIFEST_NAME, report)
        for name in TAG_FILES:
            if name not in tags:
                report.add(TAGMANIFEST_NAME, f"does not cover {name}")
        for name, digest in tags.items():
            if name not in names:
                report.add(name, f"listed in {TAGMANIFEST_NAME} but missing")
                continue
            got = _sha512_member(z, name, report)
            if got is not None and got[0] != digest:
                report.add(name, "SHA-512 does not match tagmanifest-sha512.txt")

    manifest_text = _read_text(z, "manifest-sha512.txt", report)
    if manifest_text is None:
        return
    entries = _parse_manifest(manifest_text, "manifest-sha512.txt", report)
    payload = [n for n in names if n.startswith("data/")]
    total = 0
    for name in payload:
        if name not in entries:
            report.add(name, "payload file not listed in manifest-sha512.txt")
            continue
        got = _sha512_member(z, name, report)
        if got is None:
            continue
        digest, size = got
        total += size
        if digest != entries[name]:
            report.add(name, "SHA-512 does not match manifest-sha512.txt")
    for name in entries:
        if not name.startswith("data/"):
            report.add("manifest-sha512.txt", f"{name} is outside data/")
        elif name not in payload:
            report.add(name, "listed in manifest-sha512.txt but missing")
    report.payload_files, report.payload_bytes = len(payload), total
    oxum = info.get("Payload-Oxum")
    if oxum is not None and oxum != f"{total}.{len(payload)}":
        report.add("bag-info.txt", f"Payload-Oxum {oxum} but the payload is {total}.{len(payload)}")
    for required in (f"data/{GEOJSON_NAME}", f"data/{SUBMISSION_NAME}"):
        if required not in payload:
            report.add(required, "missing")


def _as_pubkey(pubkey: PublicKey | str | None) -> PublicKey | None:
    if pubkey is None or isinstance(pubkey, PublicKey):
        return pubkey
    return PublicKey.from_text(pubkey)


def verify_bundle(
    path: str | Path,
    pubkey: PublicKey | str | None = None,
    *,
    age_identity: str | None = None,
    limits: ZipLimits | None = None,
) -> VerifyReport:
    """Check one bundle (``.zip``, or ``.zip.age`` with the matching age identity)."""
    path = Path(path)
    key = _as_pubkey(pubkey)  # MinisignError for a malformed key: the caller's usage error
    if path.name.endswith(".age"):
        return _verify_encrypted(path, key, age_identity, limits)
    report = VerifyReport(path)
    try:
        with SafeZip.open(path, limits) as z:
            _check_bag(z, report, key)
    except UnsafeZipError as exc:
        for problem in exc.problems:
            report.add(path.name, problem)
        report.signature = "invalid" if key else "unchecked"
    return report


def _verify_encrypted(
    path: Path, key: PublicKey | None, age_identity: str | None, limits: ZipLimits | None
) -> VerifyReport:
    report = VerifyReport(path)
    if not age_identity:
        report.add(path.name, "encrypted with age: give the coordinator's age identity")
        return report
    import pyrage

    try:
        identity = pyrage.x25519.Identity.from_str(age_identity.strip())
    except Exception as exc:
        raise ValueError(f"not an age identity (AGE-SECRET-KEY-1…): {exc}") from exc
    with tempfile.TemporaryDirectory(prefix="surveyor-verify-") as tmp:
        plain = Path(tmp) / path.name.removesuffix(".age")
        try:
            pyrage.decrypt_file(str(path), str(plain), [identity])
        except Exception as exc:
            report.add(path.name, f"cannot be decrypted with this identity ({exc})")
            return report
        inner = verify_bundle(plain, key, limits=limits)
    inner.path = path
    return inner


# --- reading a verified submission (the coordinator's merge builds on this) -------------------


@dataclass(frozen=True)
class SubmittedCamera:
    """One camera as a volunteer submitted it."""

    uuid: str
    longitude: float
    latitude: float
    tags: dict[str, str]  # OpenStreetMap tags, verbatim
    observed: str | None
    position_source: str | None
    confirmed: bool
    needs_review: bool
    make_unknown: bool
    photos: tuple[str, ...]  # "photos/<sha256>.jpg", relative to data/
    notes: str
    extra: dict[str, Any]  # the camera's whole record from submission.json
    # Boxes the volunteer's Surveyor blurred per photo ("photos/<sha256>.jpg" -> count), as the
    # bundle declares it (no one can check it from the pixels); None from older bundles.
    redaction: dict[str, int] | None = None


@dataclass(frozen=True)
class Submission:
    """A verified bundle's contents."""

    path: Path
    bundle_uuid: str
    pseudonym: str
    key_id: str
    created: str
    app_version: str
    vocabulary_version: str
    schema_version: str
    cameras: tuple[SubmittedCamera, ...]
    report: VerifyReport

    def read_photo(self, relpath: str) -> bytes:
        """A photo's bytes (``photos/<sha256>.jpg``), checked against its SHA-256 name."""
        if not _PHOTO_NAME.match(relpath):
            raise KeyError(f"{relpath!r} is not a bundle photo name")
        with SafeZip.open(self.path) as z:
            data = z.read(f"data/{relpath}", ZipLimits().max_member_size)
        if hashlib.sha256(data).hexdigest() != relpath[7:71]:
            raise BundleInvalid(self.report, f"data/{relpath} does not match its name")
        return data


def _camera_from(
    feature: Any, extra: dict[str, dict[str, Any]], payload: set[str], where: str
) -> SubmittedCamera:
    if not isinstance(feature, dict) or feature.get("type") != "Feature":
        raise ValueError(f"{where} is not a GeoJSON Feature")
    geometry = feature.get("geometry")
    if not isinstance(geometry, dict) or geometry.get("type") != "Point":
        raise ValueError(f"{where} is not a Point")
    coords = geometry.get("coordinates")
    if (
        not isinstance(coords, list)
        or len(coords) < 2
        or not all(isinstance(c, int | float) and not isinstance(c, bool) for c in coords[:2])
    ):
        raise ValueError(f"{where} has no [lon, lat] coordinates")
    lon, lat = float(coords[0]), float(coords[1])
    if not (-180 <= lon <= 180 and -90 <= lat <= 90):
        raise ValueError(f"{where} has coordinates out of range")
    props = feature.get("properties")
    if not isinstance(props, dict):
        raise ValueError(f"{where} has no properties")
    cam_uuid = str(props.get("surveyor:uuid", ""))
    try:
        uuid.UUID(cam_uuid)
    except ValueError:
        raise ValueError(f"{where} has no valid surveyor:uuid") from None
    photos = props.get("surveyor:photos", [])
    if not isinstance(photos, list) or not all(isinstance(p, str) for p in photos):
        raise ValueError(f"{where}: surveyor:photos is not a list of names")
    for photo in photos:
        if not _PHOTO_NAME.match(photo) or f"data/{photo}" not in payload:
            raise ValueError(f"{where}: photo {photo!r} is not in the bundle")
    tags = {
        k: str(v) for k, v in props.items() if k not in SURVEYOR_PROPERTIES and isinstance(v, str)
    }
    record = extra.get(cam_uuid, {})
    observed = props.get("surveyor:observed")
    source = props.get("surveyor:position_source")
    return SubmittedCamera(
        uuid=cam_uuid,
        longitude=lon,
        latitude=lat,
        tags=tags,
        observed=str(observed) if observed is not None else None,
        position_source=str(source) if source is not None else None,
        confirmed=props.get("surveyor:confirmed") is True,
        needs_review=props.get("surveyor:needs_review") is True,
        make_unknown=props.get("surveyor:make_unknown") is True,
        photos=tuple(photos),
        notes=str(record.get("notes", "")),
        extra=record,
    )


def _declared_boxes(redaction: Any) -> dict[str, int] | None:
    """``submission.json``'s redaction box count per photo, if it states one."""
    if not isinstance(redaction, dict) or not isinstance(redaction.get("boxes"), dict):
        return None
    return {
        str(k): int(v)
        for k, v in redaction["boxes"].items()
        if isinstance(v, int) and not isinstance(v, bool) and v >= 0
    }


def read_submission(
    path: str | Path,
    pubkey: PublicKey | str | None,
    *,
    allow_unverified: bool = False,
) -> Submission:
    """Verify ``path`` and return its cameras; ``BundleInvalid`` (with the report) otherwise.

    Unless ``allow_unverified``, the signature must check out against ``pubkey``.
    """
    path = Path(path)
    if path.name.endswith(".age"):
        raise BundleInvalid(
            VerifyReport(path), "decrypt the .age bundle first (verify_bundle can check it)"
        )
    report = verify_bundle(path, pubkey)
    if not report.valid:
        raise BundleInvalid(report)
    if report.identity != "verified" and not allow_unverified:
        raise BundleInvalid(report, "the signer's identity is not verified (no public key)")
    try:
        with SafeZip.open(path) as z:
            geojson = json.loads(z.read(f"data/{GEOJSON_NAME}", MAX_JSON_FILE))
            submission = json.loads(z.read(f"data/{SUBMISSION_NAME}", MAX_JSON_FILE))
            payload = {n for n in z.names if n.startswith("data/")}
        if not isinstance(submission, dict) or submission.get("schema") != SUBMISSION_SCHEMA:
            raise ValueError(f"{SUBMISSION_NAME}: schema is not {SUBMISSION_SCHEMA}")
        if submission.get("bundle_uuid") != report.bundle_uuid:
            raise ValueError(f"{SUBMISSION_NAME}: bundle_uuid differs from bag-info.txt")
        records = submission.get("cameras", [])
        if not isinstance(records, list):
            raise ValueError(f"{SUBMISSION_NAME}: cameras is not a list")
        extra = {str(r.get("uuid")): r for r in records if isinstance(r, dict)}
        if not isinstance(geojson, dict) or geojson.get("type") != "FeatureCollection":
            raise ValueError(f"{GEOJSON_NAME}: not a FeatureCollection")
        features = geojson.get("features")
        if not isinstance(features, list):
            raise ValueError(f"{GEOJSON_NAME}: features is not a list")
        cameras = tuple(
            _camera_from(f, extra, payload, f"{GEOJSON_NAME} feature {i}")
            for i, f in enumerate(features)
        )
        if len({c.uuid for c in cameras}) != len(cameras):
            raise ValueError(f"{GEOJSON_NAME}: a camera uuid appears twice")
        boxes = _declared_boxes(submission.get("redaction"))
        if boxes is not None:
            cameras = tuple(
                replace(c, redaction={p: boxes[p] for p in c.photos if p in boxes}) for c in cameras
            )
    except (ValueError, UnsafeZipError) as exc:  # JSONDecodeError is a ValueError
        report.add(path.name, str(exc))
        raise BundleInvalid(report) from exc
    info = report.bag_info
    return Submission(
        path=path,
        bundle_uuid=str(report.bundle_uuid),
        pseudonym=info.get("Surveyor-Pseudonym", ""),
        key_id=str(report.key_id),
        created=str(submission.get("created", "")),
        app_version=info.get("Surveyor-App-Version", ""),
        vocabulary_version=info.get("Surveyor-Vocabulary-Version", ""),
        schema_version=info.get("Surveyor-Schema-Version", ""),
        cameras=cameras,
        report=report,
    )
