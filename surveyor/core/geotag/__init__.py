"""Placing photos from GPX tracks: reading tracks, the camera clock, matching, applying."""
