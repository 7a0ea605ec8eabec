"""Put each received sighting in a camera, in the catalogue, and open review items.

Each placement leaves a note in the camera's history saying why (``PlacementNote``), and each
camera that gained sightings has its key-attribute votes checked: a tie opens a ``vote_split``
item, a tie a later answer breaks is closed again (``vote_items``).

``Placer`` keeps the spatial index in memory for a whole merge run (loading it once), so a
thousand bundles cost one index build, not a thousand. Its writes are plain parameterised SQL:
they run once per sighting, and building each statement through the ORM cost more than the
rest of the merge together.
"""

from __future__ import annotations

import math

from surveyor.core.campaign.cluster import KEY_ATTRIBUTES, Cluster, Member, weighted_mean
from surveyor.core.campaign.clusterer import Clusterer, Decision
from surveyor.core.campaign.decision_words import explain_settled
from surveyor.core.campaign.merged_cameras import load_clusterer, member_from_row
from surveyor.core.campaign.stored_words import stored
from surveyor.core.campaign.two_facing import two_facing_groups
from surveyor.core.campaign.vote_items import (
    OPEN,
    SETTLED_NOTE,
    VOTE_SPLIT,
    VoteWatch,
    ballots_of,
    settle,
)
from surveyor.core.messages import Message
from surveyor.store.campaign_models import ReviewItem, Sighting
from surveyor.store.models import _now, db_proxy, new_uuid

NEW, CONFIRMED, CONFLICT, REJECTED = "new", "confirmed", "conflict", "rejected"

_INSERT_CAMERA = (
    "INSERT INTO campaign_camera (uuid, latitude, longitude, created_at, updated_at)"
    " VALUES (?, ?, ?, ?, ?)"
)
_INSERT_CAMERA_WITH_ID = (
    "INSERT INTO campaign_camera (id, uuid, latitude, longitude, created_at, updated_at)"
    " VALUES (?, ?, ?, ?, ?, ?)"
)
_MOVE_CAMERA = "UPDATE campaign_camera SET latitude = ?, longitude = ?, updated_at = ? WHERE id = ?"
_SET_SIGHTING = "UPDATE sighting SET camera_id = ?, outcome = ? WHERE id = ?"
_INSERT_REVIEW = (
    "INSERT INTO review_item (kind, camera_id, other_camera_id, sighting_id, distance_m, reason,"
    " status, resolution, resolved_by, created_at, attribute, words)"
    " VALUES (?, ?, ?, ?, ?, ?, 'open', '', '', ?, ?, ?)"
)
_INSERT_NOTE = (
    "INSERT INTO placement_note (sighting_id, camera_id, other_camera_id, action, text,"
    " created_at, distance_m, words) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)
_INSERT_SETTLED_NOTE = (
    "INSERT INTO placement_note (sighting_id, camera_id, action, text, created_at, attribute,"
    " words, distance_m) VALUES (?, ?, ?, ?, ?, ?, ?, 0)"
)


class Placer:
    """Assign sightings to campaign cameras; the caller owns the transaction."""

    def __init__(self, clusterer: Clusterer | None = None) -> None:
        self.clusterer = clusterer if clusterer is not None else load_clusterer()
        self._moved: set[int] = set()  # cameras whose stored position is stale until flush()
        # Batch mode (one bundle): new rows get ids here and are written by flush() with
        # executemany. Only safe inside a write transaction (BEGIN IMMEDIATE) of one writer.
        self._batch = False
        self._next_camera = 0
        self._next_sighting = 0
        self._new_cameras: list[tuple[object, ...]] = []
        self._new_sightings: dict[str, list[list[object]]] = {}
        self._new_reviews: list[tuple[object, ...]] = []
        self._notes: list[tuple[object, ...]] = []
        self.votes = VoteWatch.load()

    def begin_batch(self) -> None:
        """Collect new cameras, sightings and review items until ``flush``."""
        db = db_proxy.obj
        self._next_camera = int(
            db.execute_sql("SELECT COALESCE(MAX(id), 0) FROM campaign_camera").fetchone()[0]
        )
        self._next_sighting = int(
            db.execute_sql("SELECT COALESCE(MAX(id), 0) FROM sighting").fetchone()[0]
        )
        self._batch = True

    def new_sighting_id(self) -> int:
        assert self._batch, "new_sighting_id() outside begin_batch()/flush()"
        self._next_sighting += 1
        return self._next_sighting

    def queue_sighting(self, sql: str, params: list[object]) -> None:
        """An INSERT of a sighting (with its id from ``new_sighting_id``), written at flush."""
        self._new_sightings.setdefault(sql, []).append(params)

    def place(self, sighting: Sighting, reuse_camera_id: int | None = None) -> str:
        """Give a stored sighting a camera; return its receipt outcome."""
        outcome = self.place_member(member_from_row(sighting), reuse_camera_id)
        fresh = Sighting.get_by_id(sighting.id)
        sighting.camera_id, sighting.outcome = fresh.camera_id, fresh.outcome
        return outcome

    def place_member(self, member: Member, reuse_camera_id: int | None = None) -> str:
        """Give the stored sighting ``member.sighting_id`` a camera; return its outcome.

        ``reuse_camera_id``: an emptied camera the sighting may keep rather than a new one
        (a re-sent sighting that was alone keeps its camera's UUID and overrides).
        """
        self.flush()  # anything a batch collected goes first (foreign keys)
        camera_id, outcome, decision = self.assign(member, reuse_camera_id)
        db_proxy.obj.execute_sql(_SET_SIGHTING, (camera_id, outcome, member.sighting_id))
        self.record(camera_id, member, decision)
        self.flush()
        return outcome

    def assign(
        self, member: Member, reuse_camera_id: int | None = None
    ) -> tuple[int, str, Decision]:
        """Decide the camera (creating its row when new) and the outcome; nothing else yet."""
        decision = self.clusterer.decide(member)
        if decision.action == "join" and decision.camera_id is not None:
            return decision.camera_id, CONFIRMED, decision
        if reuse_camera_id is not None and reuse_camera_id not in self.clusterer.clusters:
            camera_id = reuse_camera_id
        elif self._batch:
            self._next_camera += 1
            camera_id = self._next_camera
            now = str(_now())
            self._new_cameras.append((camera_id, new_uuid(), member.lat, member.lon, now, now))
        else:
            now = str(_now())
            cursor = db_proxy.obj.execute_sql(
                _INSERT_CAMERA, (new_uuid(), member.lat, member.lon, now, now)
            )
            camera_id = int(cursor.lastrowid)
        return camera_id, CONFLICT if decision.review_kind else NEW, decision

    def record(self, camera_id: int, member: Member, decision: Decision) -> None:
        """Add the stored sighting to its camera in the index, and open its review item."""
        self.clusterer.add(camera_id, member)
        self._moved.add(camera_id)
        now = str(_now())
        if decision.note:
            action = "joined" if decision.action == "join" else "new"
            if decision.apart_from is not None:
                action = "apart"
            text, words = stored(decision.note)
            self._notes.append(
                (
                    member.sighting_id,
                    camera_id,
                    decision.apart_from,
                    action,
                    text,
                    now,
                    round(decision.distance, 2),
                    words,
                )
            )
        if decision.review_kind:
            other = decision.review_camera_id if decision.review_camera_id != camera_id else None
            reason, words = stored(decision.reason)
            row = (
                decision.review_kind,
                camera_id,
                other,
                member.sighting_id,
                round(decision.distance, 2),
                reason,
                now,
                decision.attribute,
                words,
            )
            if self._batch:
                self._new_reviews.append(row)
            else:
                db_proxy.obj.execute_sql(_INSERT_REVIEW, row)

    def flush(self) -> None:
        """Write what a batch collected (cameras, then sightings, then review items) and the
        new positions of the cameras that gained sightings; ends the batch."""
        cursor = db_proxy.obj.cursor()
        if self._new_cameras:
            cursor.executemany(_INSERT_CAMERA_WITH_ID, self._new_cameras)
        for sql, rows in self._new_sightings.items():
            cursor.executemany(sql, rows)
        if self._new_reviews:
            cursor.executemany(_INSERT_REVIEW, self._new_reviews)
        if self._notes:
            cursor.executemany(_INSERT_NOTE, self._notes)
        self._new_cameras, self._new_sightings, self._new_reviews = [], {}, []
        self._notes = []
        self._batch = False
        if not self._moved:
            return
        self._split_two_facing(cursor)
        self._check_votes(cursor)
        now = str(_now())
        positions = [
            (c.lat, c.lon, now, c.camera_id)
            for camera_id in self._moved
            if (c := self.clusterer.clusters.get(camera_id)) is not None
        ]
        cursor.executemany(_MOVE_CAMERA, positions)
        self._moved.clear()

    def _split_two_facing(self, cursor) -> None:  # type: ignore[no-untyped-def]
        """Split a dome camera the volunteers saw facing two ways (two domes on one pole)."""
        for camera_id in list(self._moved):
            cluster = self.clusterer.clusters.get(camera_id)
            if cluster is None or len(cluster.members) < 4 or cluster.directional():
                continue
            groups = two_facing_groups(cluster.members)
            if groups is None:
                continue
            kept, split_off = groups
            now = str(_now())
            lat, lon, _weight = weighted_mean(split_off)
            cursor.execute(_INSERT_CAMERA, (new_uuid(), lat, lon, now, now))
            new_id = int(cursor.lastrowid)
            text, words = stored(
                Message(
                    "split off: {count} volunteers see it face {way}°, {others} volunteers face"
                    " {other_way}° (camera {camera}): two cameras",
                    count=_voices(split_off),
                    way=f"{_mean_way(split_off):.0f}",
                    others=_voices(kept),
                    other_way=f"{_mean_way(kept):.0f}",
                    camera=camera_id,
                )
            )
            for m in split_off:
                self.clusterer.discard(m.sighting_id)
                self.clusterer.add(new_id, m)
                cursor.execute(_SET_SIGHTING, (new_id, NEW, m.sighting_id))
                row = (m.sighting_id, new_id, camera_id, "apart", text, now, 0.0, words)
                cursor.execute(_INSERT_NOTE, row)
            self._moved.add(new_id)

    def _check_votes(self, cursor) -> None:  # type: ignore[no-untyped-def]
        """Open an item for each vote the cameras that gained sightings cannot settle."""
        now = str(_now())
        settled: list[int] = []
        for camera_id in self._moved:
            cluster = self.clusterer.clusters.get(camera_id)
            if cluster is None or len(cluster.members) < 2:
                continue
            known = any((camera_id, n) in self.votes.items for n in KEY_ATTRIBUTES)
            if cluster.unanimous and not known:
                continue  # the common case: nothing split, no item to settle
            changes = self.votes.check(camera_id, ballots_of(cluster.members))
            settled += changes.settled
            for cam, attribute, said in changes.opened:
                reason, words = stored(said)
                cursor.execute(
                    _INSERT_REVIEW,
                    (VOTE_SPLIT, cam, None, None, 0.0, reason, now, attribute, words),
                )
                self.votes.noted(cam, attribute, int(cursor.lastrowid), OPEN)
            for settlement in changes.nested:
                # In the history of the latest sighting giving the specific answer.
                name, value = settlement.attribute, settlement.value.casefold()
                sighting_id = max(
                    m.sighting_id for m in cluster.members if m.key_value(name) == value
                )
                n = settlement
                said = explain_settled(name, n.value, n.broader, n.agree, n.voters)
                text, words = stored(said)
                row = (sighting_id, camera_id, SETTLED_NOTE, text, now, name, words)
                cursor.execute(_INSERT_SETTLED_NOTE, row)
                self.votes.nested_noted.add((camera_id, name))
        if settled:
            settle(settled)
            for key, (item_id, _status) in list(self.votes.items.items()):
                if item_id in settled:
                    self.votes.items[key] = (item_id, "resolved")

    def withdraw(self, sighting: Sighting) -> int | None:
        """Take a sighting out of its camera before it is placed again; return the camera id."""
        cluster = self.clusterer.discard(sighting.id)
        if cluster is not None and cluster.members:
            self._store_position(cluster, str(_now()))
        ReviewItem.update(status="obsolete").where(
            (ReviewItem.sighting == sighting.id) & (ReviewItem.status == "open")
        ).execute()
        return cluster.camera_id if cluster is not None else None

    @staticmethod
    def _store_position(cluster: Cluster, now: str) -> None:
        db_proxy.obj.execute_sql(_MOVE_CAMERA, (cluster.lat, cluster.lon, now, cluster.camera_id))


def _voices(members: list[Member]) -> int:
    return len({m.key_id for m in members if m.direction is not None})


def _mean_way(members: list[Member]) -> float:
    """Circular mean of the members' directions."""
    ways = [m.direction for m in members if m.direction is not None]
    x = sum(math.cos(math.radians(w)) for w in ways)
    y = sum(math.sin(math.radians(w)) for w in ways)
    return math.degrees(math.atan2(y, x)) % 360.0
