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
import re
import tempfile
import zipfile
import zlib
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from surveyor.core.bundle.bagit_writer import BAGIT_TXT, SIGNATURE_NAME, TAGMANIFEST_NAME
from surveyor.core.bundle.gate import BundleContents, check_contents
from surveyor.core.bundle.gate_bag_info import bag_info_problems
from surveyor.core.bundle.gate_features import SubmittedCamera
from surveyor.core.bundle.gate_rules import PHOTO_NAME
from surveyor.core.bundle.layout import GEOJSON_NAME, SUBMISSION_NAME
from surveyor.core.bundle.minisign import MinisignError, PublicKey, Signature, join_digest
from surveyor.core.bundle.safezip import SafeZip, UnsafeZipError, ZipLimits
from surveyor.core.messages import Joined, Message, reason_of

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
_MANIFEST_LINE = re.compile(r"^([0-9a-fA-F]{128})[ \t]+(\S.*)$")
__all__ = ["BundleContents", "SubmittedCamera"]  # the gate's types, as callers know them
_KEY_ID = re.compile(r"^[0-9A-F]{16}$")
_MANIFEST = "manifest-sha512.txt"


class BundleInvalid(Exception):
    """The bundle failed verification (or its identity could not be verified)."""

    def __init__(self, report: VerifyReport, message: str | None = None) -> None:
        self.report = report
        if message is None and report.problems:
            first = report.problems[0]
            message = Message("{file}: {reason}", file=first.file, reason=first.reason)
        text = message or Message("invalid bundle")
        super().__init__(Message("{bundle}: {reason}", bundle=report.path.name, reason=text))


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
    contents: BundleContents | None = None  # what the gate let through (when valid)

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
    repeated: list[str] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        if line[0] in " \t" and info:  # RFC 8493 continuation line
            last = next(reversed(info))
            info[last] += " " + line.strip()
            continue
        key, sep, value = line.partition(":")
        if not sep:
            report.add(
                "bag-info.txt", Message("line {number} is not 'Label: value'", number=number)
            )
            continue
        if key.strip() in info:
            repeated.append(key.strip())
        info[key.strip()] = value.strip()
    for name in REQUIRED_INFO:
        if name not in info:
            report.add("bag-info.txt", Message("{label} is missing", label=name))
    for file, reason in bag_info_problems(info, repeated):
        report.add(file, reason)
    return info


def _parse_manifest(text: str, name: str, report: VerifyReport) -> dict[str, str]:
    entries: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        match = _MANIFEST_LINE.match(line)
        if not match:
            report.add(name, Message("line {number} is not '<sha512>  <path>'", number=number))
            continue
        digest, path = match.group(1).lower(), match.group(2)
        if path in entries:
            report.add(name, Message("{path} is listed twice", path=path))
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
        report.add(name, Message("cannot be read from the zip ({exc})", exc=exc))
        return None
    return digest.hexdigest(), size


def _read_text(z: SafeZip, name: str, report: VerifyReport) -> str | None:
    if name not in z.names:
        report.add(name, Message("missing"))
        return None
    try:
        return z.read(name, MAX_TAG_FILE).decode("utf-8")
    except UnsafeZipError as exc:
        report.add(name, Joined("; ", exc.problems))
    except UnicodeDecodeError:
        report.add(name, Message("not UTF-8 text"))
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
        report.add(SIGNATURE_NAME, reason_of(exc))
        report.signature = "invalid"
        return
    report.trusted_comment = sig.trusted_comment
    stated = info.get("Surveyor-Key-Id")
    report.key_id = stated or sig.key_id_hex
    if stated and stated != sig.key_id_hex:
        report.add(
            SIGNATURE_NAME,
            Message("made by key {key}, bag-info says {stated}", key=sig.key_id_hex, stated=stated),
        )
    expected = f"surveyor bundle {info.get('External-Identifier')} key {stated}"
    # An unreadable bag-info.txt is already reported: no second, misleading comparison.
    if info and sig.trusted_comment != expected:
        report.add(
            SIGNATURE_NAME,
            Message(
                "trusted comment {comment!r} is not {expected!r}",
                comment=sig.trusted_comment,
                expected=expected,
            ),
        )
    if pubkey is None:
        return
    try:
        pubkey.verify(join_digest([tagmanifest]), sig)
    except MinisignError as exc:
        report.add(SIGNATURE_NAME, reason_of(exc))
        report.signature = "invalid"
        return
    report.signature = "verified"


def _check_bag(z: SafeZip, report: VerifyReport, pubkey: PublicKey | None) -> None:
    names = z.names
    for name in names:
        if name not in ROOT_FILES and not name.startswith("data/"):
            report.add(
                name,
                Message(
                    "unexpected file (a bundle holds only the bag files and {folder})",
                    folder="data/",
                ),
            )
    bagit = z.read("bagit.txt", MAX_TAG_FILE) if "bagit.txt" in names else None
    if bagit is None:
        report.add("bagit.txt", Message("missing"))
    elif bagit != BAGIT_TXT:
        report.add("bagit.txt", Message("is not the BagIt 1.0 declaration"))
    info_text = _read_text(z, "bag-info.txt", report)
    info = _parse_bag_info(info_text, report) if info_text is not None else {}
    report.bag_info = info
    report.bundle_uuid = info.get("External-Identifier")
    report.pseudonym = info.get("Surveyor-Pseudonym")
    if "Surveyor-Key-Id" in info and not _KEY_ID.match(info["Surveyor-Key-Id"]):
        report.add("bag-info.txt", Message("Surveyor-Key-Id is not 16 upper-case hex digits"))
    _check_signature(z, report, pubkey, info)

    tag_text = _read_text(z, TAGMANIFEST_NAME, report)
    if tag_text is not None:
        tags = _parse_manifest(tag_text, TAGMANIFEST_NAME, report)
        for name in TAG_FILES:
            if name not in tags:
                report.add(TAGMANIFEST_NAME, Message("does not cover {name}", name=name))
        for name, digest in tags.items():
            if name not in names:
                report.add(
                    name, Message("listed in {manifest} but missing", manifest=TAGMANIFEST_NAME)
                )
                continue
            got = _sha512_member(z, name, report)
            if got is not None and got[0] != digest:
                report.add(
                    name, Message("SHA-512 does not match {manifest}", manifest=TAGMANIFEST_NAME)
                )

    manifest_text = _read_text(z, "manifest-sha512.txt", report)
    if manifest_text is None:
        return
    entries = _parse_manifest(manifest_text, "manifest-sha512.txt", report)
    payload = [n for n in names if n.startswith("data/")]
    total = 0
    for name in payload:
        if name not in entries:
            report.add(name, Message("payload file not listed in {manifest}", manifest=_MANIFEST))
            continue
        got = _sha512_member(z, name, report)
        if got is None:
            continue
        digest, size = got
        total += size
        if digest != entries[name]:
            report.add(name, Message("SHA-512 does not match {manifest}", manifest=_MANIFEST))
    for name in entries:
        if not name.startswith("data/"):
            report.add(_MANIFEST, Message("{name} is outside {folder}", name=name, folder="data/"))
        elif name not in payload:
            report.add(name, Message("listed in {manifest} but missing", manifest=_MANIFEST))
    report.payload_files, report.payload_bytes = len(payload), total
    oxum = info.get("Payload-Oxum")
    if oxum is not None and oxum != f"{total}.{len(payload)}":
        why = Message(
            "Payload-Oxum {oxum} but the payload is {actual}",
            oxum=oxum,
            actual=f"{total}.{len(payload)}",
        )
        report.add("bag-info.txt", why)
    for required in (f"data/{GEOJSON_NAME}", f"data/{SUBMISSION_NAME}"):
        if required not in payload:
            report.add(required, Message("missing"))
    if report.valid:  # intact and as signed: now what the files say (the gate)
        try:
            contents, problems = check_contents(z, info)
        except Exception as exc:  # a gap in the gate must refuse, never wave through or crash
            why = Message("cannot be checked ({exc!r:.200})", exc=exc)
            contents, problems = None, [(report.path.name, why)]
        for file, reason in problems:
            report.add(file, reason)
        report.contents = contents


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
        report.add(path.name, Message("encrypted with age: give the coordinator's age identity"))
        return report
    import pyrage

    try:
        identity = pyrage.x25519.Identity.from_str(age_identity.strip())
    except Exception as exc:
        raise ValueError(
            Message("not an age identity (AGE-SECRET-KEY-1…): {exc}", exc=exc)
        ) from exc
    with tempfile.TemporaryDirectory(prefix="surveyor-verify-") as tmp:
        plain = Path(tmp) / path.name.removesuffix(".age")
        try:
            pyrage.decrypt_file(str(path), str(plain), [identity])
        except Exception as exc:
            report.add(
                path.name, Message("cannot be decrypted with this identity ({exc})", exc=exc)
            )
            return report
        inner = verify_bundle(plain, key, limits=limits)
    inner.path = path
    return inner


# --- reading a verified submission (the coordinator's merge builds on this) -------------------


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
    sequence: int  # the volunteer's export counter: orders their bundles, whatever the arrival
    report: VerifyReport

    def read_photo(self, relpath: str) -> bytes:
        """A photo's bytes (``photos/<sha256>.jpg``), checked against its SHA-256 name."""
        if not PHOTO_NAME.match(relpath):
            raise KeyError(Message("{relpath!r} is not a bundle photo name", relpath=relpath))
        with SafeZip.open(self.path) as z:
            data = z.read(f"data/{relpath}", ZipLimits().max_member_size)
        if hashlib.sha256(data).hexdigest() != relpath[7:71]:
            raise BundleInvalid(
                self.report, Message("{photo} does not match its name", photo=f"data/{relpath}")
            )
        return data


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
            VerifyReport(path),
            Message("decrypt the .age bundle first (verify_bundle can check it)"),
        )
    report = verify_bundle(path, pubkey)
    if not report.valid or report.contents is None:
        raise BundleInvalid(report)
    if report.identity != "verified" and not allow_unverified:
        raise BundleInvalid(
            report, Message("the signer's identity is not verified (no public key)")
        )
    info = report.bag_info
    contents = report.contents
    return Submission(
        path=path,
        bundle_uuid=str(report.bundle_uuid),
        pseudonym=info.get("Surveyor-Pseudonym", ""),
        key_id=str(report.key_id),
        created=contents.created,
        app_version=info.get("Surveyor-App-Version", ""),
        vocabulary_version=info.get("Surveyor-Vocabulary-Version", ""),
        schema_version=info.get("Surveyor-Schema-Version", ""),
        cameras=contents.cameras,
        sequence=contents.sequence,
        report=report,
    )
