"""Wiping what the coordinator has: once a signed receipt says a bundle was merged.

For every camera of the workspace that the receipt lists as taken (new, confirmed, or waiting
for review on the coordinator's side; a rejected one stays so it can be fixed and sent again),
the photos behind it go: the original, its thumbnails, its position and time (the photo row),
and the GPX tracks of a walk none of whose photos remain. Camera records stay, and so do the
bundles already sent. In an encrypted workspace each file's key is deleted with its row
(crypto-shredding), so old disk blocks cannot bring a photo back.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import cast

from surveyor.core.campaign.receipts import Receipt
from surveyor.core.messages import Message
from surveyor.core.walks import remove_photo_files
from surveyor.core.workspace import Workspace
from surveyor.store.models import Camera, CameraPhoto, Photo, Track, Walk, db_proxy

TAKEN = ("new", "confirmed", "conflict")


class WipeRefused(ValueError):
    """The receipt cannot justify a wipe (not verified against the coordinator's key)."""


@dataclass(frozen=True)
class PhotoToWipe:
    id: int
    sha256: str
    name: str
    cameras: tuple[str, ...]  # camera uuids it shows


@dataclass(frozen=True)
class TrackToWipe:
    id: int
    name: str
    walk: str
    points: int


@dataclass
class WipePlan:
    bundle_uuid: str
    cameras: list[str] = field(default_factory=list)  # covered cameras (records are kept)
    photos: list[PhotoToWipe] = field(default_factory=list)
    tracks: list[TrackToWipe] = field(default_factory=list)
    kept_photos: list[tuple[str, str]] = field(default_factory=list)  # (name, why kept)
    not_here: int = 0  # receipt cameras this workspace does not have
    rejected: list[str] = field(default_factory=list)

    def lines(self) -> list[Message]:
        """Exactly what will be removed and what is kept, one fact a line."""
        out = [
            Message(
                "receipt for bundle {bundle}: {count} camera(s) delivered",
                bundle=self.bundle_uuid,
                count=len(self.cameras),
            )
        ]
        for p in self.photos:
            out.append(
                Message(
                    "remove photo {name}: original, thumbnails, position and time "
                    "(camera {cameras})",
                    name=p.name,
                    cameras=", ".join(p.cameras),
                )
            )
        for t in self.tracks:
            out.append(
                Message(
                    "remove track {track!r} of walk {walk!r} ({points} points)",
                    track=t.name,
                    walk=t.walk,
                    points=t.points,
                )
            )
        for name, why in self.kept_photos:
            out.append(Message("keep photo {name}: {why}", name=name, why=why))
        for uuid in self.rejected:
            out.append(
                Message(
                    "keep camera {uuid}: the coordinator rejected it; fix it and send again",
                    uuid=uuid,
                )
            )
        if self.cameras:
            out.append(
                Message(
                    "keep the {count} camera record(s) and the bundles sent",
                    count=len(self.cameras),
                )
            )
        if self.not_here:
            out.append(
                Message(
                    "{count} camera(s) of the receipt are not in this workspace",
                    count=self.not_here,
                )
            )
        if not self.photos and not self.tracks:
            out.append(Message("nothing to remove"))
        return out


def plan_wipe(receipt: Receipt) -> WipePlan:
    """What ``wipe`` would remove for this receipt (reads the open catalogue, changes nothing)."""
    if not receipt.verified:
        raise WipeRefused(
            Message(
                "{receipt}: the receipt's signature was not checked against the "
                "coordinator's key; nothing is wiped on an unverified receipt",
                receipt=receipt.path,
            )
        )
    plan = WipePlan(receipt.bundle_uuid)
    taken = {u for u, outcome in receipt.cameras.items() if outcome in TAKEN}
    plan.rejected = sorted(u for u, o in receipt.cameras.items() if o not in TAKEN)
    here = {str(c.uuid): int(c.id) for c in Camera.select(Camera.id, Camera.uuid)}
    plan.cameras = sorted(u for u in taken if u in here)
    plan.not_here = len([u for u in receipt.cameras if u not in here])
    plan.rejected = [u for u in plan.rejected if u in here]
    covered_ids = {here[u] for u in plan.cameras}
    uuid_of = {i: u for u, i in here.items()}

    links: dict[int, set[int]] = {}
    pairs = CameraPhoto.select(CameraPhoto.camera, CameraPhoto.photo).tuples()
    for camera_id, photo_id in cast(Iterable[tuple[int, int]], pairs):
        links.setdefault(int(photo_id), set()).add(int(camera_id))
    candidates = [pid for pid, cams in links.items() if cams & covered_ids]
    photos = {int(p.id): p for p in Photo.select().where(Photo.id.in_(candidates))}
    wiped_ids: set[int] = set()
    for pid in sorted(candidates):
        photo = photos[pid]
        others = links[pid] - covered_ids
        if others:
            names = ", ".join(sorted(uuid_of[c] for c in others))
            why = Message("also shows camera {cameras}, not delivered", cameras=names)
            plan.kept_photos.append((photo.original_name, why))
            continue
        shown = tuple(sorted(uuid_of[c] for c in links[pid]))
        plan.photos.append(PhotoToWipe(pid, str(photo.sha256), str(photo.original_name), shown))
        wiped_ids.add(pid)

    walks = {
        int(walk_id)
        for pid, walk_id in cast(
            Iterable[tuple[int, int]], Photo.select(Photo.id, Photo.walk).tuples()
        )
        if int(pid) in wiped_ids
    }
    query = cast(
        Iterable[tuple[int, str, int, str, int]],
        Track.select(Track.id, Track.name, Track.walk, Walk.name, Track.point_count)
        .join(Walk)
        .where(Track.walk.in_(list(walks)))
        .order_by(Track.id)
        .tuples(),
    )
    for track_id, name, walk_id, walk_name, points in query:
        remaining = (
            Photo.select().where((Photo.walk == walk_id) & Photo.id.not_in(list(wiped_ids))).count()
        )
        if not remaining:
            plan.tracks.append(TrackToWipe(int(track_id), str(name), str(walk_name), int(points)))
    return plan


def wipe(workspace: Workspace, plan: WipePlan) -> int:
    """Remove what ``plan`` lists; return the number of files removed.

    Rows and sealed files' keys go in one transaction, with ``secure_delete`` so the freed
    catalogue pages are zeroed; the files are unlinked in the same step.
    """
    storage = workspace.storage
    removed = 0
    db_proxy.execute_sql("PRAGMA secure_delete = ON")
    with db_proxy.atomic():
        photo_ids = [p.id for p in plan.photos]
        if photo_ids:
            Photo.delete().where(Photo.id.in_(photo_ids)).execute()
        track_ids = [t.id for t in plan.tracks]
        if track_ids:
            Track.delete().where(Track.id.in_(track_ids)).execute()
        still = {str(p.sha256) for p in Photo.select(Photo.sha256)}
        for photo in plan.photos:
            if photo.sha256 not in still:
                removed += remove_photo_files(storage, photo.sha256)
    db_proxy.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return removed
