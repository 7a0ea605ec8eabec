"""The coordinator's side: build a campaign kit from a campaign folder.

The kit is a zip (see ``docs/kit.md``): the signed known-cameras set, the basemaps copied as
they are, the vocabulary additions, and ``kit.json`` listing each of them with its SHA-256,
signed by the coordinator's key in ``kit.json.minisig``. Files are hashed while they are
copied into the zip, and the zip is written under a temporary name and renamed, so a failed
or interrupted run never leaves a kit that looks whole.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import tempfile
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from surveyor.core.bundle.minisign import SecretKey, join_digest
from surveyor.core.campaign.age_identity import campaign_id, ensure_age_identity
from surveyor.core.campaign.consensus import CameraConsensus
from surveyor.core.campaign.known_cameras_export import export_known_cameras
from surveyor.core.kit.manifest import (
    BASEMAP_DIR,
    KNOWN_CAMERAS,
    KNOWN_CAMERAS_SIG,
    MANIFEST,
    SIGNATURE,
    VOCABULARY,
    KitFile,
    KitManifest,
    safe_basemap_name,
)
from surveyor.core.kit.vocabulary_additions import (
    MakeAddition,
    VocabularyAdditionsError,
    additions_to_json,
    merge_additions,
    missing_from,
    parse_additions,
)
from surveyor.core.map.basemaps import MapSettings
from surveyor.core.messages import Message, reason_of
from surveyor.core.vocabulary import load_vocabulary

_CHUNK = 1 << 20
Progress = Callable[[int, int, str], None]  # bytes done, bytes total, what


class KitCreateError(ValueError):
    """The kit cannot be made; the message names the file and the reason."""


@dataclass(frozen=True)
class KitCreated:
    path: Path
    manifest: KitManifest
    size: int


def check_basemap(path: Path) -> None:
    """The basemap library's own check (the same one Settings ▸ Basemaps runs)."""
    if not path.is_file():
        raise KitCreateError(Message("{path}: no such file", path=path))
    try:
        MapSettings().add_basemap(path)
    except (ValueError, OSError) as exc:
        raise KitCreateError(
            Message("{path}: not a basemap Surveyor can show ({exc})", path=path, exc=exc)
        ) from exc


def campaign_area(cameras: Sequence[CameraConsensus]) -> tuple[float, float, float, float] | None:
    """West, south, east, north around the campaign's cameras (None when it has none)."""
    if not cameras:
        return None
    lons = [c.lon for c in cameras]
    lats = [c.lat for c in cameras]
    return (
        round(min(lons), 6),
        round(min(lats), 6),
        round(max(lons), 6),
        round(max(lats), 6),
    )


def campaign_additions(
    cameras: Sequence[CameraConsensus], extra: Path | None
) -> tuple[MakeAddition, ...]:
    """Makes and models the campaign's cameras have that the built-in vocabulary lacks, plus
    the coordinator's own list."""
    vocab = load_vocabulary()
    known = {m.name: m.models for m in vocab.manufacturers}
    seen = [
        (str(c.value("manufacturer")), c.value("model")) for c in cameras if c.value("manufacturer")
    ]
    derived = missing_from(known, seen)
    if extra is None:
        return derived
    try:
        given = parse_additions(extra.read_bytes())
    except OSError as exc:
        raise KitCreateError(
            Message("{extra}: cannot be read ({exc})", extra=extra, exc=exc)
        ) from exc
    except VocabularyAdditionsError as exc:
        raise KitCreateError(
            Message("{file}: {reason}", file=extra, reason=reason_of(exc))
        ) from exc
    return merge_additions(given, derived)


def _copy_hashed(
    zf: zipfile.ZipFile,
    source: Path,
    member: str,
    compress: bool,
    tick: Callable[[int], None],
) -> KitFile:
    info = zipfile.ZipInfo(member, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    info.external_attr = 0o644 << 16
    digest = hashlib.sha256()
    size = 0
    with source.open("rb") as src, zf.open(info, "w", force_zip64=True) as dst:
        while chunk := src.read(_CHUNK):
            digest.update(chunk)
            dst.write(chunk)
            size += len(chunk)
            tick(len(chunk))
    return KitFile(member, digest.hexdigest(), size)


def _write_member(zf: zipfile.ZipFile, member: str, data: bytes) -> None:
    info = zipfile.ZipInfo(member, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    zf.writestr(info, data)


def create_kit(
    root: Path,
    cameras: Sequence[CameraConsensus],
    key: SecretKey,
    out: Path,
    *,
    name: str | None = None,
    area: tuple[float, float, float, float] | None = None,
    basemaps: Sequence[Path] = (),
    vocabulary: Path | None = None,
    progress: Progress | None = None,
) -> KitCreated:
    """Write the kit of the campaign in ``root`` (whose ``cameras`` are its consensus)."""
    if out.is_dir():
        raise KitCreateError(Message("{out}: is a folder; give a file name", out=out))
    if not out.parent.is_dir():
        raise KitCreateError(Message("{parent}: no such folder", parent=out.parent))
    names: dict[str, Path] = {}
    for path in basemaps:
        check_basemap(path)
        if not safe_basemap_name(path.name):
            raise KitCreateError(
                Message("{path}: rename it to a plain file name (letters, digits, .-_)", path=path)
            )
        if path.name in names:
            raise KitCreateError(
                Message("{path}: two basemaps are both called {file}", path=path, file=path.name)
            )
        names[path.name] = path
    additions = campaign_additions(cameras, vocabulary)
    ident = campaign_id(root, name)
    recipient = ensure_age_identity(root).recipient
    total = sum(p.stat().st_size for p in names.values())
    done = 0

    def tick(n: int) -> None:
        nonlocal done
        done += n
        if progress is not None:
            progress(done, total, "basemaps")

    part = out.with_name(out.name + ".part")
    files: list[KitFile] = []
    try:
        with (
            tempfile.TemporaryDirectory(prefix="kit-", dir=out.parent) as tmp,
            zipfile.ZipFile(part, "w", allowZip64=True) as zf,
        ):
            known, known_sig = export_known_cameras(cameras, Path(tmp) / KNOWN_CAMERAS, key)
            files.append(_copy_hashed(zf, known, KNOWN_CAMERAS, True, lambda _n: None))
            files.append(_copy_hashed(zf, known_sig, KNOWN_CAMERAS_SIG, True, lambda _n: None))
            if additions:
                vocab_file = Path(tmp) / VOCABULARY
                vocab_file.write_text(additions_to_json(additions), encoding="utf-8")
                files.append(_copy_hashed(zf, vocab_file, VOCABULARY, True, lambda _n: None))
            for base_name, path in names.items():
                files.append(_copy_hashed(zf, path, BASEMAP_DIR + base_name, False, tick))
            manifest = KitManifest(
                campaign_uuid=ident.uuid,
                campaign_name=ident.name,
                area=area if area is not None else campaign_area(cameras),
                created=dt.datetime.now(dt.UTC).isoformat().replace("+00:00", "Z"),
                public_key=key.public_key.to_base64(),
                key_id=key.key_id_hex,
                age_recipient=recipient,
                known_cameras=len(cameras),
                basemaps=tuple(BASEMAP_DIR + n for n in names),
                vocabulary=bool(additions),
                files=tuple(files),
            )
            data = manifest.to_bytes()
            signature = key.sign_digest(
                join_digest([data]),
                manifest.trusted_comment(),
                untrusted_comment=f"signature of the Surveyor kit of {ident.name}",
            )
            _write_member(zf, MANIFEST, data)
            _write_member(zf, SIGNATURE, signature.to_text().encode("utf-8"))
        os.replace(part, out)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    return KitCreated(out, manifest, out.stat().st_size)
