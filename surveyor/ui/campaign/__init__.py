"""The coordinator's window: review queue, statistics charts, keyring."""
