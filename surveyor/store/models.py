"""The catalogue's tables.

All models bind to ``db_proxy``, which is not one process-wide database but *the current
catalogue of the running context* (a ``contextvars.ContextVar``). Opening a workspace makes its
catalogue current only where it was opened (see ``surveyor.store.connection``), so a second
workspace opened in the same process changes nothing for the first.

Why a context variable rather than peewee's ``bind_ctx``: ``bind_ctx`` (and ``Database.bind``)
rebind the model *classes*, which every thread shares, so a worker opening the demo workspace
would redirect the UI thread's queries (the bug this replaced). A context variable is per
thread by construction, and a background task carries a copy of the context that started it
(``surveyor.ui.background``), so its reads and writes go where its caller's went. Each thread
still keeps its own SQLite connection (peewee's thread-local state).
"""

from __future__ import annotations

import datetime as dt
import secrets
import uuid
from contextvars import ContextVar
from typing import Any

from peewee import (
    AutoField,
    BooleanField,
    CharField,
    Database,
    DatabaseProxy,
    DateField,
    DateTimeField,
    FloatField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

_current_catalogue: ContextVar[Database | None] = ContextVar("catalogue", default=None)


class CurrentCatalogue(DatabaseProxy):
    """A peewee database proxy that resolves, at each use, to this context's catalogue."""

    @property
    def obj(self) -> Any:  # a Database, or None where no catalogue is open (peewee's type)
        return _current_catalogue.get()

    def initialize(self, obj: Database | None) -> None:
        """Make ``obj`` the catalogue of the running context (not of the whole process)."""
        _current_catalogue.set(obj)

    def __getattr__(self, attr: str) -> Any:
        database = _current_catalogue.get()
        if database is None:
            raise AttributeError(
                "no catalogue is open here: open a workspace in this thread, or run the work "
                "through surveyor.ui.background so that it carries its caller's catalogue"
            )
        return getattr(database, attr)


db_proxy = CurrentCatalogue()


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def new_uuid() -> str:
    return str(uuid.uuid4())


_random = secrets.SystemRandom()
SHIFT_MIN_M = 16.0
SHIFT_MAX_M = 24.0


def new_shift_m() -> float:
    """A camera's private export shift distance (see ``core.bundle.published_position``)."""
    return _random.uniform(SHIFT_MIN_M, SHIFT_MAX_M)


def new_shift_turn() -> float:
    """A camera's private export shift direction, as a fraction of a turn in [0, 1)."""
    return _random.random()


class BaseModel(Model):
    class Meta:
        database = db_proxy
        legacy_table_names = False


class Walk(BaseModel):
    """A named batch of photos: one survey outing, with its date and free notes."""

    id = AutoField()
    name = CharField(unique=True)
    date = DateField(null=True)
    notes = TextField(default="")
    created_at = DateTimeField(default=_now)


class Photo(BaseModel):
    """One imported photo, stored in ``media/`` under its SHA-256.

    Positions here are where the *photographer* stood (private to the volunteer); the camera's
    own position lives on ``Camera``. ``taken_at`` is ISO 8601 local time, with its UTC offset
    when the file said (``OffsetTimeOriginal``), naive otherwise.
    """

    id = AutoField()
    sha256 = CharField(unique=True, max_length=64)
    walk = ForeignKeyField(Walk, backref="photos", on_delete="CASCADE")
    original_name = TextField()
    original_path = TextField(default="")
    extension = CharField(max_length=8)  # ".jpg", ".heic", ... as stored under media/
    size = IntegerField()
    taken_at = CharField(null=True)
    latitude = FloatField(null=True)
    longitude = FloatField(null=True)
    altitude = FloatField(null=True)
    accuracy_m = FloatField(null=True)
    bearing = FloatField(null=True)
    bearing_ref = CharField(null=True, max_length=1)  # "T" true north, "M" magnetic
    position_source = CharField(null=True)  # exif / gpx / manual
    orientation = IntegerField(default=1)
    width = IntegerField(null=True)
    height = IntegerField(null=True)
    # ok: everything read; warning: imported, but something (e.g. EXIF) was unreadable.
    import_status = CharField(default="ok")
    import_reason = TextField(default="")
    # Added in schema version 13: the same warning as a core message's template and values
    # (JSON, see surveyor.core.message_json), so it is shown in the interface's language.
    import_reason_message = TextField(null=True)
    # The volunteer's verdict on the photo: None (to do unless it shows a camera),
    # "no_camera" or "needs_review".
    mark = CharField(null=True)
    imported_at = DateTimeField(default=_now)
    # Added in schema version 4 (geotag): why a GPX track could not place this photo (shown in
    # the "no position" tray), and the direction of travel there, a hint when there is no
    # GPSImgDirection (never copied into ``bearing``, which is what the phone measured).
    geotag_note = TextField(null=True)
    geotag_note_message = TextField(null=True)  # version 13: as import_reason_message
    travel_bearing = FloatField(null=True)

    @property
    def has_position(self) -> bool:
        return self.latitude is not None and self.longitude is not None


class Camera(BaseModel):
    """One physical camera as this volunteer saw it: one OpenStreetMap node.

    ``position_source`` says where the position came from: exif (the photo's own), gpx,
    projected (photographer position moved along the bearing) or manual (placed on the map).
    ``make_unknown`` is an explicit answer ("camera present, make unknown"), never a blank.
    """

    id = AutoField()
    uuid = CharField(unique=True, default=new_uuid, max_length=36)
    walk = ForeignKeyField(Walk, backref="cameras", null=True, on_delete="SET NULL")
    latitude = FloatField(null=True)
    longitude = FloatField(null=True)
    position_source = CharField(null=True)
    confirmed = BooleanField(default=False)
    needs_review = BooleanField(default=False)
    surveillance_type = CharField(default="camera")  # surveillance:type
    surveillance = CharField(null=True)  # public / outdoor / indoor
    camera_type = CharField(null=True)  # camera:type
    camera_mount = CharField(null=True)  # camera:mount
    zone = CharField(null=True)  # surveillance:zone
    manufacturer = CharField(null=True)
    make_unknown = BooleanField(default=False)
    model = CharField(null=True)
    direction = FloatField(null=True)  # camera:direction, degrees clockwise from north
    angle = FloatField(null=True)  # camera:angle (tilt); added in schema version 2
    height = FloatField(null=True)  # metres
    operator = CharField(null=True)
    notes = TextField(default="")
    created_at = DateTimeField(default=_now)
    updated_at = DateTimeField(default=_now)
    exported_at = DateTimeField(null=True)
    # Added in schema version 6. PRIVATE, never exported: drawn once per camera, they say how
    # far and which way a position not placed by hand is moved before it leaves the machine,
    # so every bundle shows the same point and nothing in it leads back to the photographer.
    shift_m = FloatField(null=True, default=new_shift_m)
    shift_turn = FloatField(null=True, default=new_shift_turn)

    @property
    def has_position(self) -> bool:
        return self.latitude is not None and self.longitude is not None

    @property
    def placed_by_hand(self) -> bool:
        return self.position_source == "manual"


class CameraHistory(BaseModel):
    """A value taken off a camera by the app, not by the volunteer (schema version 6), kept so
    nothing the volunteer once had is lost: e.g. a direction that was the phone's bearing."""

    id = AutoField()
    camera = ForeignKeyField(Camera, backref="history", on_delete="CASCADE")
    attribute = CharField()
    value = TextField(null=True)
    reason = TextField()
    at = DateTimeField(default=_now)


class CameraPhoto(BaseModel):
    """A photo shows a camera: many-to-many (several cameras per photo, several photos each)."""

    id = AutoField()
    camera = ForeignKeyField(Camera, backref="photo_links", on_delete="CASCADE")
    photo = ForeignKeyField(Photo, backref="camera_links", on_delete="CASCADE")

    class Meta:
        indexes = ((("camera", "photo"), True),)


class ImportFailure(BaseModel):
    """A file an import could not take, with the reason shown to the volunteer."""

    id = AutoField()
    path = TextField()
    reason = TextField()
    walk = ForeignKeyField(Walk, backref="failures", null=True, on_delete="SET NULL")
    at = DateTimeField(default=_now)


class Track(BaseModel):
    """A GPX track recorded on a walk (schema version 4), used to place photos by time.

    PRIVATE: the track is where the volunteer walked. It never goes into a submission bundle
    or any export; only the photo positions derived from it (source "gpx") may, like any
    photographer position, under the bundle's own privacy rules.
    ``sha256`` is the GPX file's, so importing the same file twice into a walk adds nothing.
    """

    id = AutoField()
    walk = ForeignKeyField(Walk, backref="tracks", on_delete="CASCADE")
    name = TextField()
    file_name = TextField()
    sha256 = CharField(max_length=64)
    point_count = IntegerField()
    start_utc = FloatField()  # POSIX seconds
    end_utc = FloatField()
    imported_at = DateTimeField(default=_now)

    class Meta:
        indexes = ((("walk", "sha256"), True),)


class TrackPoint(BaseModel):
    """One timed fix of a :class:`Track` (private like its track): ``time_utc`` in POSIX seconds,
    ``seq`` its order in the track (time order), ``ele`` metres or None."""

    id = AutoField()
    track = ForeignKeyField(Track, backref="points", on_delete="CASCADE")
    seq = IntegerField()
    time_utc = FloatField()
    lat = FloatField()
    lon = FloatField()
    ele = FloatField(null=True)

    class Meta:
        indexes = ((("track", "seq"), True),)


class DismissedWarning(BaseModel):
    """A map warning the volunteer answered: "duplicate" (two cameras close together that are
    really two) or "far" (a camera far from its photos that is where it should be)."""

    id = AutoField()
    kind = CharField()
    camera = ForeignKeyField(Camera, backref="dismissed_warnings", on_delete="CASCADE")
    other = ForeignKeyField(Camera, null=True, backref="+", on_delete="CASCADE")


class RedactionBox(BaseModel):
    """A region of a photo to blur before it leaves the machine (schema version 8).

    In pixels of the photo as shown (EXIF orientation applied). ``kind`` is face or plate (found
    by the detector, with its ``score``), hand (drawn by the volunteer), or camera (a box around
    the camera: the crop sent when the photo is "camera crop only", and data for future camera
    detection; never blurred). A detected box the volunteer removes stays, with ``removed``, so
    that detecting again does not bring it back.
    """

    id = AutoField()
    photo = ForeignKeyField(Photo, backref="redaction_boxes", on_delete="CASCADE")
    kind = CharField()
    x = IntegerField()
    y = IntegerField()
    w = IntegerField()
    h = IntegerField()
    score = FloatField(null=True)
    removed = BooleanField(default=False)
    created_at = DateTimeField(default=_now)
    photo_id: int


class PhotoRedaction(BaseModel):
    """Whether face and plate detection ran on a photo (schema version 8).

    ``status`` is done or failed (``reason`` says why: model missing, undecodable, out of
    memory). ``checked`` is the volunteer's word that they looked at the photo and its boxes
    cover every bystander: a failed photo is not sent without it. ``width``/``height`` are the
    upright photo's, the frame boxes are drawn in. ``crop_only`` sends just the camera box.
    """

    id = AutoField()
    photo = ForeignKeyField(Photo, unique=True, on_delete="CASCADE")
    status = CharField(default="pending")
    reason = TextField(default="")
    reason_message = TextField(null=True)  # version 13: as Photo.import_reason_message
    detector = CharField(default="")
    width = IntegerField(null=True)
    height = IntegerField(null=True)
    checked = BooleanField(default=False)
    crop_only = BooleanField(default=False)
    scanned_at = DateTimeField(null=True)
    photo_id: int


ALL_MODELS: list[type[BaseModel]] = [
    Walk,
    Photo,
    Camera,
    CameraPhoto,
    CameraHistory,
    ImportFailure,
    Track,
    TrackPoint,
    DismissedWarning,
    RedactionBox,
    PhotoRedaction,
]
