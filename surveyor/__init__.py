"""Surveyor: map surveillance cameras from survey photos, offline."""

__version__ = "0.1.0"
