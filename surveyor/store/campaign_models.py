"""A coordinator's campaign tables: the keyring, received bundles, sightings and cameras.

A campaign is a workspace whose catalogue also holds these tables (created by migration 5).
Volunteers are known by their minisign key id; a *sighting* is one volunteer's camera as it
arrived in a bundle, and a *campaign camera* is the cluster of sightings the coordinator
publishes as one OpenStreetMap node.
"""

from __future__ import annotations

from peewee import (
    AutoField,
    BooleanField,
    CharField,
    DateTimeField,
    FloatField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from surveyor.store.models import BaseModel, _now, new_uuid

KEY_UNTRUSTED, KEY_TRUSTED, KEY_REVOKED = "untrusted", "trusted", "revoked"
BUNDLE_MERGED, BUNDLE_QUARANTINED = "merged", "quarantined"


class VolunteerKey(BaseModel):
    """A volunteer's minisign public key (``RW…``) in the coordinator's keyring.

    ``status`` is untrusted (known, bundles wait in quarantine), trusted, or revoked (bundles
    refused). The key id is minisign's, as 16 upper-case hex digits.
    """

    id = AutoField()
    key_id = CharField(unique=True, max_length=16)
    public_key = CharField()
    pseudonym = CharField(default="")
    status = CharField(default=KEY_UNTRUSTED)
    added_at = DateTimeField(default=_now)
    changed_at = DateTimeField(default=_now)
    withdrawn = BooleanField(default=False)  # its sightings left out of consensus and exports

    class Meta:
        table_name = "campaign_key"


class ReceivedBundle(BaseModel):
    """A bundle the campaign accepted (merged) or holds in quarantine until its key is trusted.

    A bundle is known by (``key_id``, ``bundle_uuid``); only a merged one holds that pair
    (a unique index limited to merged rows, migration 7), so a quarantined copy, whoever
    claims to have signed it, reserves nothing. ``stored_path`` is the kept copy (relative to
    the campaign folder), unextracted. ``sequence`` is the volunteer's signed export counter,
    which orders their bundles; ``receipt_path`` is empty until the signed receipt is written.
    """

    id = AutoField()
    bundle_uuid = CharField(index=True, max_length=36)
    sha256 = CharField(max_length=64)
    key_id = CharField(max_length=16)
    pseudonym = CharField(default="")
    file_name = TextField()
    status = CharField()
    reason = TextField(default="")
    stored_path = TextField(default="")
    bagging_date = CharField(default="")
    received_at = DateTimeField(default=_now)
    merged_at = DateTimeField(null=True)
    sequence = IntegerField(default=0)
    receipt_path = TextField(default="")

    class Meta:
        table_name = "campaign_bundle"


class RefusedBundle(BaseModel):
    """A file intake refused (tampered, malformed, revoked key, hostile archive), with why."""

    id = AutoField()
    file_name = TextField()
    sha256 = CharField(max_length=64, default="")
    reason = TextField()
    at = DateTimeField(default=_now)

    class Meta:
        table_name = "campaign_refusal"


class CampaignCamera(BaseModel):
    """One physical camera as the campaign publishes it: a cluster of sightings.

    The position is cached here (mean of agreeing sightings) so the spatial index can be built
    without recomputing consensus.
    """

    id = AutoField()
    uuid = CharField(unique=True, default=new_uuid, max_length=36)
    latitude = FloatField()
    longitude = FloatField()
    created_at = DateTimeField(default=_now)
    updated_at = DateTimeField(default=_now)

    class Meta:
        table_name = "campaign_camera"


class Sighting(BaseModel):
    """One volunteer's camera as received: the attributes exactly as they sent them.

    Unique per (volunteer key, camera UUID): a newer bundle re-sending the UUID updates the row
    and keeps the old state in ``SightingRevision``. ``tags`` is the feature's full property
    object (JSON) and ``photos`` the list of photo SHA-256 stored in the campaign's media/.
    ``outcome`` is what the receipt says: new, confirmed, conflict or rejected.
    """

    id = AutoField()
    camera_uuid = CharField(max_length=36)
    key_id = CharField(max_length=16)
    bundle = ForeignKeyField(ReceivedBundle, backref="sightings", on_delete="CASCADE")
    camera = ForeignKeyField(CampaignCamera, backref="sightings", null=True, on_delete="SET NULL")
    latitude = FloatField()
    longitude = FloatField()
    observed = CharField(default="")
    position_source = CharField(null=True)
    position_accuracy = FloatField(null=True)  # metres, as the bundle stated it
    confirmed = BooleanField(default=False)
    needs_review = BooleanField(default=False)
    make_unknown = BooleanField(default=False)
    surveillance_type = CharField(null=True)
    surveillance = CharField(null=True)
    camera_type = CharField(null=True)
    camera_mount = CharField(null=True)
    zone = CharField(null=True)
    manufacturer = CharField(null=True)
    model = CharField(null=True)
    direction = FloatField(null=True)
    height = FloatField(null=True)
    operator = CharField(null=True)
    tags = TextField(default="{}")
    photos = TextField(default="[]")
    outcome = CharField(default="new")
    updated_at = DateTimeField(default=_now)
    # Added in schema version 8: {photo sha256: redaction boxes} as the bundle declared it
    # (JSON), or None when the bundle said nothing (made before redaction existed).
    redaction = TextField(null=True)
    # Foreign-key id attributes peewee adds (declared for the type checker).
    bundle_id: int
    camera_id: int | None

    class Meta:
        table_name = "sighting"
        indexes = ((("key_id", "camera_uuid"), True),)


class SightingRevision(BaseModel):
    """An earlier state of a sighting, kept when a newer bundle updated it (JSON ``data``)."""

    id = AutoField()
    sighting = ForeignKeyField(Sighting, backref="revisions", on_delete="CASCADE")
    bundle = ForeignKeyField(ReceivedBundle, on_delete="CASCADE")
    data = TextField()
    replaced_at = DateTimeField(default=_now)

    class Meta:
        table_name = "sighting_revision"


class ReviewItem(BaseModel):
    """Something a person must look at: a possible duplicate, a provisional far merge, a vote.

    ``kind``: ``far_match`` (joined provisionally beyond 5 m: confirm or split),
    ``possible_duplicate`` (kept apart, but might be one camera: accept as distinct or merge) or
    ``vote_split`` (the volunteers' answers on ``attribute`` tie: set a value or accept none).
    ``other_camera`` is the candidate the sighting's camera might be the same as; ``attribute``
    names what an item is about when it is one attribute (comma-separated when several).
    """

    id = AutoField()
    kind = CharField()
    camera = ForeignKeyField(CampaignCamera, backref="reviews", null=True, on_delete="CASCADE")
    other_camera = ForeignKeyField(
        CampaignCamera, backref="reviews_as_other", null=True, on_delete="CASCADE"
    )
    sighting = ForeignKeyField(Sighting, backref="reviews", null=True, on_delete="CASCADE")
    distance_m = FloatField(default=0.0)
    reason = TextField(default="")
    status = CharField(default="open")
    resolution = CharField(default="")
    resolved_by = CharField(default="")
    resolved_at = DateTimeField(null=True)
    created_at = DateTimeField(default=_now)
    attribute = CharField(default="")
    words = TextField(default="")  # ``reason`` as translatable parts (decision_words.to_json)
    camera_id: int | None
    other_camera_id: int | None
    sighting_id: int | None

    class Meta:
        table_name = "review_item"


class PlacementNote(BaseModel):
    """Why the merge put a sighting where it is, in plain words: the camera's history.

    ``action`` is ``joined`` (it joined ``camera``), ``new`` (it started ``camera``),
    ``apart`` (it started ``camera`` and was kept apart from ``other_camera``) or ``settled``
    (its answer on ``attribute`` nests with another's, e.g. street lamp and pole: the specific
    one is the camera's). Undoing a join splits the sighting off; undoing an ``apart`` merges
    the two cameras; undoing a ``settled`` asks a person (a ``vote_split`` item).
    """

    id = AutoField()
    sighting = ForeignKeyField(Sighting, backref="notes", on_delete="CASCADE")
    camera = ForeignKeyField(CampaignCamera, null=True, on_delete="SET NULL")
    other_camera = ForeignKeyField(
        CampaignCamera, null=True, backref="notes_as_other", on_delete="SET NULL"
    )
    action = CharField()
    text = TextField()
    distance_m = FloatField(default=0.0)  # from the camera it joined or was kept apart from
    created_at = DateTimeField(default=_now)
    attribute = CharField(default="")  # what a ``settled`` note settled
    words = TextField(default="")  # ``text`` as translatable parts (decision_words.to_json)
    sighting_id: int
    camera_id: int | None
    other_camera_id: int | None

    class Meta:
        table_name = "placement_note"


class ReviewDecision(BaseModel):
    """One coordinator decision (accept / merge / split / set value), with its author.

    ``payload`` (JSON) holds what undoing it needs; ``undone`` marks a decision taken back.
    """

    id = AutoField()
    action = CharField()
    author = CharField()
    payload = TextField()
    at = DateTimeField(default=_now)
    undone = BooleanField(default=False)

    class Meta:
        table_name = "review_decision"


class AttributeOverride(BaseModel):
    """A value the coordinator set for a camera attribute, winning over the vote."""

    id = AutoField()
    camera = ForeignKeyField(CampaignCamera, backref="overrides", on_delete="CASCADE")
    attribute = CharField()
    value = TextField(null=True)
    author = CharField()
    at = DateTimeField(default=_now)
    camera_id: int

    class Meta:
        table_name = "attribute_override"
        indexes = ((("camera", "attribute"), True),)


CAMPAIGN_MODELS: list[type[BaseModel]] = [
    VolunteerKey,
    ReceivedBundle,
    RefusedBundle,
    CampaignCamera,
    Sighting,
    SightingRevision,
    ReviewItem,
    ReviewDecision,
    AttributeOverride,
    PlacementNote,
]
