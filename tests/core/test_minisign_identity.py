"""The volunteer identity: key files in the config dir, private modes, pseudonym."""

from __future__ import annotations

import stat
import subprocess
from pathlib import Path

import pytest

from surveyor.core import identity
from surveyor.core.minisign import PassphraseRequired
from surveyor.core.workspace import config_dir
from tests.fixtures.bundles import make_identity


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_create_writes_private_minisign_files() -> None:
    ident = make_identity("kestrel")
    assert ident.folder == config_dir() / "identity"
    assert _mode(ident.secret_path) == 0o600
    assert _mode(ident.folder) == 0o700
    assert ident.secret_path.read_text().startswith("untrusted comment: ")
    assert ident.public_path.read_text().splitlines()[1].startswith("RW")
    again = identity.load()
    assert again.public_key == ident.public_key
    assert again.pseudonym == "kestrel"
    assert again.key_id == ident.public_key.key_id_hex and len(again.key_id) == 16
    assert again.secret_key().public_key == ident.public_key


def test_create_refuses_to_replace_an_identity() -> None:
    make_identity()
    with pytest.raises(identity.IdentityError, match="already exists"):
        make_identity()


def test_passphrase_protected_identity(tmp_path: Path) -> None:
    ident = make_identity(passphrase="open sesame")
    assert identity.load().encrypted
    with pytest.raises(PassphraseRequired):
        ident.secret_key()
    key = ident.secret_key("open sesame")
    # The same file works with the minisign program.
    data = tmp_path / "f.txt"
    data.write_text("x")
    done = subprocess.run(
        ["minisign", "-S", "-s", str(ident.secret_path), "-m", str(data)],
        input="open sesame\n",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    check = subprocess.run(
        ["minisign", "-Vm", str(data), "-P", key.public_key.to_base64()],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert check.returncode == 0, check.stderr


def test_pseudonym_is_one_clean_line() -> None:
    make_identity("first")
    assert identity.set_pseudonym("  Night\nOwl \t").pseudonym == "NightOwl"
    assert identity.load().pseudonym == "NightOwl"
    with pytest.raises(identity.IdentityError, match="longer"):
        identity.set_pseudonym("x" * 81)


def test_load_without_identity_says_how_to_make_one() -> None:
    with pytest.raises(identity.IdentityError, match="surveyor key create"):
        identity.load()
