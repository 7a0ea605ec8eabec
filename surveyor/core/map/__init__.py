"""The map without Qt: basemap files, the page and its data, known cameras, map edits."""
