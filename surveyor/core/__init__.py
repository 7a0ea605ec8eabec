"""The domain, free of Qt: import, EXIF, geometry, vocabulary, bundles, merge, exports."""
