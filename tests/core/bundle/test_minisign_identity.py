"""The volunteer identity: key files in the config dir, private modes, pseudonym."""

from __future__ import annotations

import stat
import subprocess
from pathlib import Path

import pytest

from surveyor.core.bundle import identity
from surveyor.core.bundle.minisign import PassphraseRequired
from surveyor.core.workspace import config_dir
from tests.fixtures.bundles import FAST_KDF, make_identity


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


def test_public_key_export_never_writes_over_the_identity(tmp_path: Path) -> None:
    ident = make_identity("kestrel")
    secret_before = ident.secret_path.read_bytes()
    for target in (ident.secret_path, ident.public_path, ident.folder / "identity.json"):
        with pytest.raises(identity.IdentityError, match="identity folder"):
            identity.export_public_key(target)
    with pytest.raises(identity.IdentityError, match="identity folder"):
        identity.export_public_key(ident.folder / "new-file.pub")
    # A link to the secret key elsewhere: refused too, and the key is untouched.
    link = tmp_path / "looks-harmless.pub"
    link.hardlink_to(ident.secret_path)
    with pytest.raises(identity.IdentityError, match="is your identity file"):
        identity.export_public_key(link)
    symlink = tmp_path / "sym.pub"
    symlink.symlink_to(ident.secret_path)
    with pytest.raises(identity.IdentityError, match="identity folder"):
        identity.export_public_key(symlink)
    assert ident.secret_path.read_bytes() == secret_before
    assert identity.problem() is None
    out = identity.export_public_key(tmp_path / "me.pub")
    assert out.read_text() == ident.public_key.to_file_text()


def test_a_damaged_identity_is_named_and_replaced_with_a_dated_backup() -> None:
    ident = make_identity("kestrel")
    old_secret = ident.public_path.read_text()  # what `key export --out <secret>` once did
    ident.secret_path.write_text(old_secret)
    damage = identity.problem()
    assert damage is not None and "secret key" in damage
    with pytest.raises(identity.IdentityError, match="--replace"):
        make_identity("kestrel")
    new = identity.create("kestrel", replace=True, **FAST_KDF)
    assert new.public_key != ident.public_key and identity.problem() is None
    backup = new.replaced_to
    assert backup is not None and backup.parent == ident.folder.parent
    assert backup.name.startswith("identity-replaced-20")
    assert (backup / "minisign.key").read_text() == old_secret
    assert (backup / "minisign.pub").read_text() == ident.public_key.to_file_text()
    assert _mode(backup) == 0o700
    again = identity.create("kestrel", replace=True, **FAST_KDF)  # a second one the same day
    assert again.replaced_to is not None and again.replaced_to != backup
    assert again.replaced_to.name.endswith("-2")
