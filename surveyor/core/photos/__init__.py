"""Photos in a workspace: import, the per-file ingest, media files, EXIF, thumbnails."""
