"""An encrypted workspace: the key file, sealed files with opaque names, and storage.

A workspace's data key (256 random bits) is wrapped by a key derived from the passphrase
(scrypt) in ``workspace.key``; from it come the catalogue's SQLCipher key and the key that
turns file names into opaque ones. Every file under ``media/`` and ``thumbs/`` is sealed with
a key of its own (AES-256-GCM, in chunks), kept in the catalogue: deleting that row destroys
the file for good (crypto-shredding), whatever old blocks the disk keeps.

No Qt here: the CLI and the window use the same functions.
"""
