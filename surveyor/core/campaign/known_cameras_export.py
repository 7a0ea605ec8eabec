"""A signed "known cameras" file for the volunteers' map layer.

Plain RFC 7946 GeoJSON (one Point per campaign camera, properties = OpenStreetMap tags plus
the camera's campaign UUID and agreement) that ``surveyor.core.map.known_cameras`` loads, with a
detached minisign signature beside it (``<file>.minisig``) so volunteers can check it came
from their coordinator: ``minisign -Vm FILE -P <coordinator key>``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from surveyor.core.bundle.minisign import MinisignError, PublicKey, SecretKey, Signature, sign_file
from surveyor.core.campaign.consensus import CameraConsensus
from surveyor.core.campaign.exports import camera_tags, write_atomically
from surveyor.core.messages import Message


def known_cameras_document(cameras: Sequence[CameraConsensus]) -> dict[str, Any]:
    features = []
    for camera in cameras:
        props: dict[str, Any] = dict(camera_tags(camera))
        props["surveyor:camera"] = camera.uuid
        props["surveyor:agreement"] = camera.agreement
        props["surveyor:volunteers"] = len(camera.volunteers)
        features.append(
            {
                "type": "Feature",
                "id": camera.uuid,
                "geometry": {
                    "type": "Point",
                    "coordinates": [round(camera.lon, 7), round(camera.lat, 7)],
                },
                "properties": props,
            }
        )
    return {"type": "FeatureCollection", "features": features}


def export_known_cameras(
    cameras: Sequence[CameraConsensus], out: Path, key: SecretKey
) -> tuple[Path, Path]:
    """Write the GeoJSON and its ``.minisig``; return both paths."""
    text = json.dumps(known_cameras_document(cameras), ensure_ascii=False, indent=1) + "\n"
    write_atomically(out, text)
    comment = f"surveyor known cameras {len(cameras)} key {key.key_id_hex}"
    return out, sign_file(key, out, comment)


class KnownCamerasSignatureError(ValueError):
    """The known-cameras file is not signed by the expected coordinator (or was altered)."""


def verify_known_cameras(path: Path, coordinator: PublicKey) -> str:
    """Check ``<path>.minisig`` against the coordinator's key; return the trusted comment.

    For the volunteer's side: load the layer only when this passes (or show it as unsigned).
    """
    sig_path = path.with_name(path.name + ".minisig")
    try:
        signature = Signature.from_text(sig_path.read_text(encoding="utf-8"))
        coordinator.verify_file(path, signature)
    except OSError as exc:
        raise KnownCamerasSignatureError(
            Message("{sig_path}: cannot be read ({exc})", sig_path=sig_path, exc=exc)
        ) from exc
    except MinisignError as exc:
        raise KnownCamerasSignatureError(
            Message("{where}: {reason}", where=path, reason=exc)
        ) from exc
    if not signature.trusted_comment.startswith("surveyor known cameras "):
        raise KnownCamerasSignatureError(
            Message("{path}: the signature is not for a known-cameras file", path=path)
        )
    return signature.trusted_comment
