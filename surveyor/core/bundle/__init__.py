"""Submission bundles: write, scrub, sign (minisign, identity) and check one that arrives."""
