"""A submission bundle's payload: its two documents' names and the schema they follow.

The writer makes these files and the intake gate checks them, so both read the names here.
"""

from __future__ import annotations

SUBMISSION_SCHEMA = "surveyor.submission/1"
SUBMISSION_SCHEMA_VERSION = "1"
GEOJSON_NAME = "cameras.geojson"
SUBMISSION_NAME = "submission.json"
# Surveyor's own properties on each camera feature, beside its OpenStreetMap tags.
SURVEYOR_PROPERTIES = (
    "surveyor:uuid",
    "surveyor:observed",
    "surveyor:position_source",
    "surveyor:position_accuracy",
    "surveyor:confirmed",
    "surveyor:needs_review",
    "surveyor:make_unknown",
    "surveyor:photos",
)
# The review flags among them: true or false, nothing else.
FLAGS = ("surveyor:confirmed", "surveyor:needs_review", "surveyor:make_unknown")
