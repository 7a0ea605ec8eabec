"""minisign key and signature files, byte-compatible with the ``minisign`` program.

Formats (https://jedisct1.github.io/minisign/):

- public key: ``untrusted comment: minisign public key <KEYID>`` then
  base64(``Ed`` + key id (8 bytes) + Ed25519 public key (32 bytes));
- secret key: base64(sig_alg ``Ed`` + kdf_alg (``Sc`` or two zero bytes) + chk_alg ``B2`` +
  kdf salt (32) + opslimit (8, LE) + memlimit (8, LE) + keynum_sk), where keynum_sk = key id (8)
  + Ed25519 secret key (64: seed + public key) + checksum (BLAKE2b-256 of sig_alg + key id +
  secret key), XORed with an scrypt stream derived from the passphrase when kdf_alg is ``Sc``.
  An unencrypted key (``minisign -G -W``) carries an all-zero checksum, which we accept;
- signature: four lines; the second is base64(``ED`` + key id + Ed25519 signature of the
  BLAKE2b-512 of the file), the fourth base64(Ed25519 signature of that 64-byte signature
  followed by the trusted comment text).

The key id is shown as 16 upper-case hex digits of the 8 bytes read as a little-endian integer.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
import struct
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from surveyor.core.messages import Message

SIG_ALG = b"Ed"
SIG_ALG_HASHED = b"ED"
KDF_SCRYPT = b"Sc"
KDF_NONE = b"\0\0"
CHK_ALG = b"B2"
UNTRUSTED_PREFIX = "untrusted comment: "
TRUSTED_PREFIX = "trusted comment: "

KEYNUM_SK_LEN = 8 + 64 + 32
SECRET_KEY_LEN = 6 + 32 + 8 + 8 + KEYNUM_SK_LEN
# minisign's defaults: libsodium's crypto_pwhash_scryptsalsa208sha256 *_SENSITIVE limits.
OPSLIMIT_SENSITIVE = 33_554_432
MEMLIMIT_SENSITIVE = 1_073_741_824
_CHUNK = 1 << 20
_MAX_COMMENT = 8192


class MinisignError(ValueError):
    """A key or signature that cannot be read, or a signature that does not verify."""


class WrongPassphrase(MinisignError):
    """The passphrase does not decrypt the secret key (its checksum does not match)."""


class PassphraseRequired(MinisignError):
    """The secret key is encrypted and no passphrase was given."""


def format_key_id(key_id: bytes) -> str:
    """``2F538177CA0F893C``: how minisign prints an 8-byte key id."""
    return f"{int.from_bytes(key_id, 'little'):016X}"


# What a damaged line belongs to, named in the reason ("secret key: not valid base64").
_PUBLIC_KEY, _SECRET_KEY, _SIGNATURE = (
    Message("public key"),
    Message("secret key"),
    Message("signature"),
)


def _b64decode(text: str, what: str) -> bytes:
    try:
        return base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise MinisignError(Message("{what}: not valid base64", what=what)) from exc


def _lines(text: str, what: str) -> list[str]:
    return [line.rstrip("\r") for line in text.split("\n")]


def blake2b_file(path: Path) -> bytes:
    """BLAKE2b-512 of a file, read in chunks (what a prehashed ``ED`` signature signs)."""
    digest = hashlib.blake2b(digest_size=64)
    with path.open("rb") as f:
        while chunk := f.read(_CHUNK):
            digest.update(chunk)
    return digest.digest()


@dataclass(frozen=True)
class PublicKey:
    """An Ed25519 public key with its minisign key id."""

    key_id: bytes
    key: bytes

    @property
    def key_id_hex(self) -> str:
        return format_key_id(self.key_id)

    def to_base64(self) -> str:
        """The one-line ``RW…`` form that ``minisign -P`` takes."""
        return base64.b64encode(SIG_ALG + self.key_id + self.key).decode("ascii")

    def to_file_text(self) -> str:
        return f"{UNTRUSTED_PREFIX}minisign public key {self.key_id_hex}\n{self.to_base64()}\n"

    @classmethod
    def from_base64(cls, text: str) -> PublicKey:
        raw = _b64decode(text, _PUBLIC_KEY)
        if len(raw) != 42 or raw[:2] != SIG_ALG:
            raise MinisignError(
                Message(
                    "this is not a volunteer's public key: it is the line that starts with "
                    "RW… (the volunteer finds it in Settings ▸ Identity… or with `surveyor "
                    "key show`)"
                )
            )
        return cls(key_id=raw[2:10], key=raw[10:])

    @classmethod
    def from_text(cls, text: str) -> PublicKey:
        """A public key file's contents, or the bare ``RW…`` line."""
        lines = [line for line in _lines(text, "public key") if line.strip()]
        if not lines:
            raise MinisignError(Message("public key: empty"))
        if lines[0].startswith(UNTRUSTED_PREFIX):
            if len(lines) < 2:
                raise MinisignError(Message("public key: the key line is missing"))
            return cls.from_base64(lines[1])
        return cls.from_base64(lines[0])

    def verify(self, data_digest: bytes, signature: Signature) -> None:
        """Check a signature over a file whose BLAKE2b-512 is ``data_digest``.

        Checks the key id, the file signature and the trusted-comment signature; raises
        ``MinisignError`` naming which one failed.
        """
        if signature.key_id != self.key_id:
            raise MinisignError(
                Message(
                    "signed by key {key_id}, not by {key_id_hex}",
                    key_id=format_key_id(signature.key_id),
                    key_id_hex=self.key_id_hex,
                )
            )
        if signature.algorithm != SIG_ALG_HASHED:
            raise MinisignError(Message("legacy (non-prehashed) signatures are not accepted"))
        pk = Ed25519PublicKey.from_public_bytes(self.key)
        try:
            pk.verify(signature.signature, data_digest)
        except InvalidSignature as exc:
            raise MinisignError(Message("the signature does not match the file")) from exc
        try:
            pk.verify(
                signature.global_signature,
                signature.signature + signature.trusted_comment.encode("utf-8"),
            )
        except InvalidSignature as exc:
            raise MinisignError(Message("the trusted comment signature does not match")) from exc

    def verify_file(self, path: Path, signature: Signature) -> None:
        self.verify(blake2b_file(path), signature)


@dataclass(frozen=True)
class Signature:
    """A parsed ``.minisig`` file."""

    algorithm: bytes
    key_id: bytes
    signature: bytes
    untrusted_comment: str
    trusted_comment: str
    global_signature: bytes

    @property
    def key_id_hex(self) -> str:
        return format_key_id(self.key_id)

    @classmethod
    def from_text(cls, text: str) -> Signature:
        lines = _lines(text, "signature")
        while lines and lines[-1] == "":
            lines.pop()
        if len(lines) != 4:
            raise MinisignError(
                Message("signature: expected 4 lines, found {count}", count=len(lines))
            )
        if not lines[0].startswith(UNTRUSTED_PREFIX):
            raise MinisignError(Message("signature: the first line is not an untrusted comment"))
        if not lines[2].startswith(TRUSTED_PREFIX):
            raise MinisignError(Message("signature: the third line is not a trusted comment"))
        trusted = lines[2][len(TRUSTED_PREFIX) :]
        if len(trusted) > _MAX_COMMENT:
            raise MinisignError(Message("signature: the trusted comment is too long"))
        raw = _b64decode(lines[1], _SIGNATURE)
        if len(raw) != 74 or raw[:2] not in (SIG_ALG, SIG_ALG_HASHED):
            raise MinisignError(Message("signature: not a minisign Ed25519 signature"))
        glob = _b64decode(lines[3], Message("trusted comment signature"))
        if len(glob) != 64:
            raise MinisignError(
                Message("signature: the trusted comment signature has the wrong length")
            )
        return cls(
            algorithm=raw[:2],
            key_id=raw[2:10],
            signature=raw[10:],
            untrusted_comment=lines[0][len(UNTRUSTED_PREFIX) :],
            trusted_comment=trusted,
            global_signature=glob,
        )

    def to_text(self) -> str:
        sig_line = base64.b64encode(self.algorithm + self.key_id + self.signature).decode()
        glob_line = base64.b64encode(self.global_signature).decode()
        return (
            f"{UNTRUSTED_PREFIX}{self.untrusted_comment}\n{sig_line}\n"
            f"{TRUSTED_PREFIX}{self.trusted_comment}\n{glob_line}\n"
        )


def scrypt_params(opslimit: int, memlimit: int) -> tuple[int, int, int]:
    """(N, r, p) the way libsodium's crypto_pwhash_scryptsalsa208sha256 picks them."""
    opslimit = max(opslimit, 32768)
    r = 8
    if opslimit < memlimit // 32:
        p = 1
        max_n = opslimit // (r * 4)
        n_log2 = 1
        while n_log2 < 63 and (1 << n_log2) <= max_n // 2:
            n_log2 += 1
    else:
        max_n = memlimit // (r * 128)
        n_log2 = 1
        while n_log2 < 63 and (1 << n_log2) <= max_n // 2:
            n_log2 += 1
        max_rp = min((opslimit // 4) // (1 << n_log2), 0x3FFFFFFF)
        p = max(1, max_rp // r)
    return 1 << n_log2, r, p


def _kdf_stream(passphrase: str, salt: bytes, opslimit: int, memlimit: int) -> bytes:
    n, r, p = scrypt_params(opslimit, memlimit)
    needed = 128 * r * (n + p + 2) + (1 << 20)
    if needed > 2**31 - 1:
        raise MinisignError(
            Message("secret key: scrypt parameters are larger than this program allows")
        )
    return hashlib.scrypt(
        passphrase.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=needed, dklen=KEYNUM_SK_LEN
    )


def _xor(data: bytes, stream: bytes) -> bytes:
    return bytes(a ^ b for a, b in zip(data, stream, strict=True))


def _checksum(key_id: bytes, secret: bytes) -> bytes:
    return hashlib.blake2b(SIG_ALG + key_id + secret, digest_size=32).digest()


@dataclass(frozen=True)
class SecretKey:
    """A decrypted Ed25519 signing key with its key id."""

    key_id: bytes
    seed: bytes  # 32 bytes; the secret key file stores seed + public key

    @classmethod
    def generate(cls) -> SecretKey:
        private = Ed25519PrivateKey.generate()
        seed = private.private_bytes(
            serialization.Encoding.Raw,
            serialization.PrivateFormat.Raw,
            serialization.NoEncryption(),
        )
        return cls(key_id=os.urandom(8), seed=seed)

    @property
    def _private(self) -> Ed25519PrivateKey:
        return Ed25519PrivateKey.from_private_bytes(self.seed)

    @property
    def public_key(self) -> PublicKey:
        raw = self._private.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )
        return PublicKey(key_id=self.key_id, key=raw)

    @property
    def key_id_hex(self) -> str:
        return format_key_id(self.key_id)

    def sign_digest(
        self, digest: bytes, trusted_comment: str, untrusted_comment: str = ""
    ) -> Signature:
        """A prehashed (``ED``) signature of a file whose BLAKE2b-512 is ``digest``."""
        if "\n" in trusted_comment or "\r" in trusted_comment:
            raise MinisignError(Message("the trusted comment must be one line"))
        private = self._private
        sig = private.sign(digest)
        glob = private.sign(sig + trusted_comment.encode("utf-8"))
        return Signature(
            algorithm=SIG_ALG_HASHED,
            key_id=self.key_id,
            signature=sig,
            untrusted_comment=untrusted_comment or "signature from minisign secret key",
            trusted_comment=trusted_comment,
            global_signature=glob,
        )

    def sign_file(self, path: Path, trusted_comment: str) -> Signature:
        return self.sign_digest(blake2b_file(path), trusted_comment)

    def to_file_text(
        self,
        passphrase: str | None = None,
        *,
        opslimit: int = OPSLIMIT_SENSITIVE,
        memlimit: int = MEMLIMIT_SENSITIVE,
    ) -> str:
        """The secret key file; encrypted the way minisign does it when a passphrase is given."""
        secret = self.seed + self.public_key.key
        keynum_sk = self.key_id + secret + _checksum(self.key_id, secret)
        salt = os.urandom(32)
        if passphrase:
            kdf = KDF_SCRYPT
            keynum_sk = _xor(keynum_sk, _kdf_stream(passphrase, salt, opslimit, memlimit))
        else:
            kdf, salt, opslimit, memlimit = KDF_NONE, bytes(32), 0, 0
        raw = SIG_ALG + kdf + CHK_ALG + salt + struct.pack("<QQ", opslimit, memlimit) + keynum_sk
        comment = "minisign encrypted secret key"
        return f"{UNTRUSTED_PREFIX}{comment}\n{base64.b64encode(raw).decode()}\n"

    @classmethod
    def from_file_text(cls, text: str, passphrase: str | None = None) -> SecretKey:
        lines = [line for line in _lines(text, "secret key") if line.strip()]
        if len(lines) < 2 or not lines[0].startswith(UNTRUSTED_PREFIX):
            raise MinisignError(Message("secret key: not a minisign secret key file"))
        raw = _b64decode(lines[1], _SECRET_KEY)
        if len(raw) != SECRET_KEY_LEN:
            raise MinisignError(Message("secret key: wrong length"))
        sig_alg, kdf, chk = raw[0:2], raw[2:4], raw[4:6]
        if sig_alg != SIG_ALG or chk != CHK_ALG:
            raise MinisignError(Message("secret key: unsupported algorithm"))
        salt = raw[6:38]
        opslimit, memlimit = struct.unpack("<QQ", raw[38:54])
        keynum_sk = raw[54:]
        if kdf == KDF_SCRYPT:
            if not passphrase:
                raise PassphraseRequired(
                    Message("secret key: this key is protected by a passphrase")
                )
            keynum_sk = _xor(keynum_sk, _kdf_stream(passphrase, salt, opslimit, memlimit))
        elif kdf != KDF_NONE:
            raise MinisignError(Message("secret key: unsupported key derivation"))
        key_id, secret, checksum = keynum_sk[:8], keynum_sk[8:72], keynum_sk[72:]
        unencrypted_zero = kdf == KDF_NONE and checksum == bytes(32)
        if not unencrypted_zero and checksum != _checksum(key_id, secret):
            if kdf == KDF_SCRYPT:
                raise WrongPassphrase(Message("secret key: wrong passphrase"))
            raise MinisignError(Message("secret key: checksum mismatch (the file is damaged)"))
        key = cls(key_id=key_id, seed=secret[:32])
        if key.public_key.key != secret[32:]:
            raise MinisignError(Message("secret key: the embedded public key does not match"))
        return key

    @staticmethod
    def is_encrypted(text: str) -> bool:
        lines = [line for line in _lines(text, "secret key") if line.strip()]
        if len(lines) < 2:
            raise MinisignError(Message("secret key: not a minisign secret key file"))
        raw = _b64decode(lines[1], _SECRET_KEY)
        return raw[2:4] == KDF_SCRYPT


def sign_file(key: SecretKey, path: Path, trusted_comment: str) -> Path:
    """Write ``<path>.minisig`` next to ``path``; return its path."""
    sig_path = path.with_name(path.name + ".minisig")
    sig_path.write_text(key.sign_file(path, trusted_comment).to_text(), encoding="utf-8")
    return sig_path


def join_digest(chunks: Iterable[bytes]) -> bytes:
    """BLAKE2b-512 of concatenated chunks (for data held in memory)."""
    digest = hashlib.blake2b(digest_size=64)
    for chunk in chunks:
        digest.update(chunk)
    return digest.digest()
