"""A received file on disk: its hash, its bag header read without unpacking anything, and
where the campaign keeps it (``bundles/`` once merged, ``quarantine/`` while its key waits)."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
from collections.abc import Sequence
from pathlib import Path

from surveyor.core.bundle.safezip import SafeZip, UnsafeZipError
from surveyor.core.bundle.verify import Problem
from surveyor.core.campaign import bundles_dir, quarantine_dir
from surveyor.core.campaign.intake_result import IntakeResult
from surveyor.core.messages import Message, joined
from surveyor.core.workspace import Workspace
from surveyor.store.campaign_models import BUNDLE_QUARANTINED, ReceivedBundle

_KEY_ID = re.compile(r"^[0-9A-F]{16}$")


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def bag_header(path: Path) -> dict[str, str] | None:
    """``bag-info.txt`` read from the safety-checked archive (nothing extracted), or None."""
    try:
        with SafeZip.open(path) as z:
            if "bag-info.txt" not in z.names:
                return None
            text = z.read("bag-info.txt", 1 << 16).decode("utf-8")
    except (UnsafeZipError, UnicodeDecodeError):
        return None
    info: dict[str, str] = {}
    for line in text.splitlines():
        label, sep, value = line.partition(":")
        if sep:
            info[label.strip()] = value.strip()
    if not info.get("External-Identifier") or not _KEY_ID.match(info.get("Surveyor-Key-Id", "")):
        return None
    return info


def problems_text(problems: Sequence[Problem], shown: int = 5) -> str:
    """``file: reason; file: reason …`` — every problem names its file."""
    text = joined(
        (Message("{file}: {reason}", file=p.file, reason=p.reason) for p in problems[:shown]),
        "; ",
    )
    if len(problems) <= shown:
        return text
    return Message("{problems} (and {more} more)", problems=text, more=len(problems) - shown)


def quarantine(
    ws: Workspace,
    path: Path,
    sha: str,
    result: IntakeResult,
    existing: ReceivedBundle | None,
    why: str,
) -> None:
    """Keep a file whose key is not trusted yet, unopened, until it is."""
    if existing is not None:  # this very file already waits: keep the copy we have
        return
    folder = quarantine_dir(ws)
    target = free_name(ws, folder, str(result.bundle_uuid), str(result.key_id), sha)
    folder.mkdir(parents=True, exist_ok=True)
    part = target.with_name(target.name + ".part")
    shutil.copyfile(path, part)
    os.replace(part, target)
    ReceivedBundle.create(
        bundle_uuid=result.bundle_uuid,
        sha256=sha,
        key_id=result.key_id,
        pseudonym=result.claimed_pseudonym,
        file_name=result.file.name,
        status=BUNDLE_QUARANTINED,
        reason=why,
        stored_path=str(target.relative_to(ws.root)),
    )


def free_name(ws: Workspace, folder: Path, bundle_uuid: str, key_id: str, sha: str = "") -> Path:
    """``<uuid>.zip``, unless another key's (or another file's) bundle already has it."""
    target = folder / f"{bundle_uuid}.zip"
    if not target.exists():
        return target
    relative = str(target.relative_to(ws.root))
    holder = ReceivedBundle.get_or_none(ReceivedBundle.stored_path == relative)
    if holder is None or (holder.key_id == key_id and (not sha or holder.sha256 == sha)):
        return target
    suffix = f"{key_id}-{sha[:12]}" if sha else key_id
    return folder / f"{bundle_uuid}-{suffix}.zip"


def keep_bundle(ws: Workspace, path: Path, key_id: str, bundle_uuid: str) -> str:
    """Keep the signed bundle as received: the evidence, and where its photos are read."""
    folder = bundles_dir(ws)
    folder.mkdir(parents=True, exist_ok=True)
    target = free_name(ws, folder, bundle_uuid, key_id)
    part = target.with_name(target.name + ".part")
    shutil.copyfile(path, part)
    os.replace(part, target)
    return str(target.relative_to(ws.root))
