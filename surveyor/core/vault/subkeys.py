"""Keys derived from the data key (HKDF-SHA256), one per purpose, and opaque file names."""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF


def _derive(data_key: bytes, purpose: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=purpose).derive(data_key)


@dataclass(frozen=True)
class Subkeys:
    """What an unlocked workspace holds in memory; dropped when the window locks."""

    catalogue: bytes  # SQLCipher raw key
    names: bytes  # HMAC key for opaque file names

    @classmethod
    def from_data_key(cls, data_key: bytes) -> Subkeys:
        return cls(
            catalogue=_derive(data_key, b"surveyor catalogue v1"),
            names=_derive(data_key, b"surveyor file names v1"),
        )

    def sqlcipher_key(self) -> str:
        """The raw-key form SQLCipher takes (no second key derivation)."""
        return f"x'{self.catalogue.hex()}'"


def opaque_name(names_key: bytes, logical: str) -> str:
    """A file name that says nothing without the key (a photo's SHA-256 would name it)."""
    return hmac.new(names_key, logical.encode("utf-8"), hashlib.sha256).hexdigest()
