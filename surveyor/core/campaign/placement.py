"""Put each received sighting in a camera, in the catalogue, and open review items.

``Placer`` keeps the spatial index in memory for a whole merge run (loading it once), so a
thousand bundles cost one index build, not a thousand.
"""

from __future__ import annotations

from surveyor.core.campaign.cameras import load_clusterer, member_from_row
from surveyor.core.campaign.cluster import Cluster, Clusterer
from surveyor.store.campaign_models import CampaignCamera, ReviewItem, Sighting
from surveyor.store.models import _now

NEW, CONFIRMED, CONFLICT, REJECTED = "new", "confirmed", "conflict", "rejected"


class Placer:
    """Assign sightings to campaign cameras; the caller owns the transaction."""

    def __init__(self, clusterer: Clusterer | None = None) -> None:
        self.clusterer = clusterer if clusterer is not None else load_clusterer()

    def place(self, sighting: Sighting, reuse_camera_id: int | None = None) -> str:
        """Give ``sighting`` a camera; return its receipt outcome (new/confirmed/conflict).

        ``reuse_camera_id``: an emptied camera the sighting may keep rather than a new one
        (a re-sent sighting that was alone keeps its camera's UUID and overrides).
        """
        member = member_from_row(sighting)
        decision = self.clusterer.decide(member)
        if decision.action == "join" and decision.camera_id is not None:
            camera_id = decision.camera_id
            outcome = CONFIRMED
        else:
            if reuse_camera_id is not None and reuse_camera_id not in self.clusterer.clusters:
                camera_id = reuse_camera_id
            else:
                camera_id = CampaignCamera.create(
                    latitude=sighting.latitude, longitude=sighting.longitude
                ).id
            outcome = CONFLICT if decision.review_kind else NEW
        cluster = self.clusterer.add(camera_id, member)
        self._store_position(cluster)
        Sighting.update(camera=camera_id, outcome=outcome).where(
            Sighting.id == sighting.id
        ).execute()
        sighting.camera_id, sighting.outcome = camera_id, outcome
        if decision.review_kind:
            ReviewItem.create(
                kind=decision.review_kind,
                camera=camera_id,
                other_camera=(
                    decision.review_camera_id if decision.review_camera_id != camera_id else None
                ),
                sighting=sighting.id,
                distance_m=round(decision.distance, 2),
                reason=decision.reason,
            )
        return outcome

    def withdraw(self, sighting: Sighting) -> int | None:
        """Take a sighting out of its camera before it is placed again; return the camera id."""
        cluster = self.clusterer.discard(sighting.id)
        if cluster is not None and cluster.members:
            self._store_position(cluster)
        ReviewItem.update(status="obsolete").where(
            (ReviewItem.sighting == sighting.id) & (ReviewItem.status == "open")
        ).execute()
        return cluster.camera_id if cluster is not None else None

    @staticmethod
    def _store_position(cluster: Cluster) -> None:
        CampaignCamera.update(latitude=cluster.lat, longitude=cluster.lon, updated_at=_now()).where(
            CampaignCamera.id == cluster.camera_id
        ).execute()
