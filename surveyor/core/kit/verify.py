"""The volunteer's side, first step: check a campaign kit completely before using any of it.

``verify_kit(path, staging)`` opens the zip with the untrusted-archive checks, checks the
minisign signature of ``kit.json`` against the key the manifest names (and its trusted comment
against the manifest), refuses any member the manifest does not list, then copies each listed
file into ``staging`` while hashing it and compares SHA-256 and size with the manifest. Last,
each file is checked for what it claims to be: the known-cameras set against its own signature
by the same key, the vocabulary additions as JSON, each basemap by the basemap library. Any
failure raises ``KitError`` with the member and the reason; the caller removes ``staging``.

The kit's key is trusted on first use: whether this key may speak for this campaign is the
installer's question (``install.py``), answered against the campaign joined before.
"""

from __future__ import annotations

import hashlib
import os
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from surveyor.core.bundle.minisign import MinisignError, PublicKey, Signature, join_digest
from surveyor.core.bundle.safezip import SafeZip, UnsafeZipError, ZipLimits
from surveyor.core.campaign.known_cameras_export import (
    KnownCamerasSignatureError,
    verify_known_cameras,
)
from surveyor.core.kit.manifest import (
    KNOWN_CAMERAS,
    MANIFEST,
    MAX_MANIFEST,
    SIGNATURE,
    VOCABULARY,
    KitFormatError,
    KitManifest,
    parse_manifest,
)
from surveyor.core.kit.vocabulary_additions import (
    MakeAddition,
    VocabularyAdditionsError,
    parse_additions,
)
from surveyor.core.map.basemaps import MapSettings
from surveyor.core.map.known_cameras import KnownCamerasError, load_known_cameras
from surveyor.core.messages import Joined, Message, reason_of

# Basemaps are big (a city is tens to hundreds of MB); JSON members compress well.
KIT_LIMITS = ZipLimits(
    max_members=1000, max_member_size=16 * 2**30, max_total_size=32 * 2**30, max_ratio=200.0
)
_CHUNK = 1 << 20


class KitError(ValueError):
    """The kit is refused; the message names the kit, the member and the reason."""


@dataclass(frozen=True)
class VerifiedKit:
    """A kit whose signature and every file checked out; its files wait in ``staged``."""

    source: Path
    manifest: KitManifest
    public_key: PublicKey
    signature_text: str
    manifest_bytes: bytes
    staged: Path
    additions: tuple[MakeAddition, ...]


def _fail(path: Path, reason: str) -> KitError:
    return KitError(Message("{kit}: {reason}; nothing was installed", kit=path.name, reason=reason))


def _check_signature(path: Path, manifest_bytes: bytes, sig_bytes: bytes) -> KitManifest:
    try:
        signature = Signature.from_text(sig_bytes.decode("utf-8"))
    except (UnicodeDecodeError, MinisignError) as exc:
        raise _fail(
            path, Message("{file}: {reason}", file=SIGNATURE, reason=reason_of(exc))
        ) from exc
    try:
        manifest = parse_manifest(manifest_bytes)
    except KitFormatError as exc:
        raise _fail(path, reason_of(exc)) from exc
    try:
        key = PublicKey.from_base64(manifest.public_key)
    except MinisignError as exc:
        why = Message("{file}: the coordinator's key: {exc}", file=MANIFEST, exc=reason_of(exc))
        raise _fail(path, why) from exc
    if key.key_id_hex != manifest.key_id:
        raise _fail(
            path, Message("{file}: the key id does not match the coordinator's key", file=MANIFEST)
        )
    try:
        key.verify(join_digest([manifest_bytes]), signature)
    except MinisignError as exc:
        why = Message("{file}: the signature does not verify ({exc})", file=MANIFEST, exc=exc)
        raise _fail(path, why) from exc
    if signature.trusted_comment != manifest.trusted_comment():
        raise _fail(path, Message("{file}: the signature was made for another kit", file=SIGNATURE))
    return manifest


def _stage(zf: SafeZip, path: Path, member: str, size: int, sha256: str, dest: Path) -> None:
    if zf.member(member).size != size:
        raise _fail(path, Message("{file}: its size differs from the signed manifest", file=member))
    dest.parent.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    written = 0
    fd = os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o644)
    try:
        with os.fdopen(fd, "wb") as out, zf.stream(member) as src:
            while chunk := src.read(_CHUNK):
                written += len(chunk)
                if written > size:
                    break
                digest.update(chunk)
                out.write(chunk)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, zlib.error) as exc:
        why = Message("{file}: cannot be read, the kit is damaged ({exc})", file=member, exc=exc)
        raise _fail(path, why) from exc
    if written != size or digest.hexdigest() != sha256:
        raise _fail(
            path,
            Message(
                "{file}: its SHA-256 does not match the signed manifest (altered)", file=member
            ),
        )


def _check_contents(path: Path, manifest: KitManifest, key: PublicKey, staged: Path) -> None:
    if manifest.known_cameras is not None:
        known = staged / KNOWN_CAMERAS
        try:
            verify_known_cameras(known, key)
            load_known_cameras(known)
        except (KnownCamerasSignatureError, KnownCamerasError) as exc:
            why = Message("{file}: {reason}", file=KNOWN_CAMERAS, reason=reason_of(exc))
            raise _fail(path, why) from exc
    for member in manifest.basemaps:
        try:
            MapSettings().add_basemap(staged / member)  # the basemap library's own check
        except (ValueError, OSError) as exc:
            why = Message(
                "{file}: not a basemap Surveyor can show ({exc})", file=member, exc=reason_of(exc)
            )
            raise _fail(path, why) from exc
    import pyrage

    try:
        pyrage.x25519.Recipient.from_str(manifest.age_recipient)
    except Exception as exc:  # pyrage raises its own RecipientError
        why = Message("{file}: the age recipient is not age1…", file=MANIFEST)
        raise _fail(path, why) from exc


def verify_kit(path: Path, staging: Path) -> VerifiedKit:
    """Check everything; leave the verified files in ``staging`` (which must not exist)."""
    if not path.is_file():
        raise KitError(Message("{path}: no such file", path=path))
    try:
        with SafeZip.open(path, KIT_LIMITS) as zf:
            names = set(zf.names)
            for needed in (MANIFEST, SIGNATURE):
                if needed not in names:
                    raise _fail(
                        path, Message("no {file} (not a Surveyor campaign kit)", file=needed)
                    )
            manifest_bytes = zf.read(MANIFEST, MAX_MANIFEST)
            sig_bytes = zf.read(SIGNATURE, 64 * 1024)
            manifest = _check_signature(path, manifest_bytes, sig_bytes)
            extra = names - {MANIFEST, SIGNATURE} - {f.path for f in manifest.files}
            if extra:
                listed = ", ".join(sorted(extra)[:5])
                raise _fail(
                    path, Message("files the signed manifest does not list: {files}", files=listed)
                )
            missing = {f.path for f in manifest.files} - names
            if missing:
                listed = ", ".join(sorted(missing))
                raise _fail(path, Message("files missing from the kit: {files}", files=listed))
            staging.mkdir(parents=True, mode=0o700)
            for entry in manifest.files:
                _stage(zf, path, entry.path, entry.size, entry.sha256, staging / entry.path)
    except UnsafeZipError as exc:
        why = Message("damaged or unsafe zip ({problems})", problems=Joined("; ", exc.problems[:3]))
        raise _fail(path, why) from exc
    key = PublicKey.from_base64(manifest.public_key)
    _check_contents(path, manifest, key, staging)
    additions: tuple[MakeAddition, ...] = ()
    if manifest.vocabulary:
        try:
            additions = parse_additions((staging / VOCABULARY).read_bytes())
        except VocabularyAdditionsError as exc:
            why = Message("{file}: {reason}", file=VOCABULARY, reason=reason_of(exc))
            raise _fail(path, why) from exc
    return VerifiedKit(
        source=path,
        manifest=manifest,
        public_key=key,
        signature_text=sig_bytes.decode("utf-8"),
        manifest_bytes=manifest_bytes,
        staged=staging,
        additions=additions,
    )
