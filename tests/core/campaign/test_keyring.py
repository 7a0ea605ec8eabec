"""The keyring: add by pasted key or file, trust, revoke, find by id or pseudonym."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from surveyor.core.bundle.minisign import SecretKey
from surveyor.core.campaign import keyring


def test_add_pasted_key_untrusted_then_trust_and_revoke(campaign) -> None:
    key = SecretKey.generate().public_key
    row = keyring.add_key(key.to_base64(), "kestrel")
    assert (row.key_id, row.status, row.pseudonym) == (key.key_id_hex, "untrusted", "kestrel")
    assert keyring.trust("kestrel").status == "trusted"
    assert keyring.revoke(key.key_id_hex.lower()).status == "revoked"
    assert [k.key_id for k in keyring.list_keys()] == [key.key_id_hex]


def test_add_a_pub_file_made_by_the_real_minisign(campaign, tmp_path: Path) -> None:
    subprocess.run(
        ["minisign", "-G", "-W", "-p", str(tmp_path / "v.pub"), "-s", str(tmp_path / "v.key")],
        check=True, capture_output=True,
    )  # fmt: skip
    row = keyring.add_key(str(tmp_path / "v.pub"), "heron", trust=True)
    shown = (tmp_path / "v.pub").read_text().splitlines()[0]
    assert int(shown.split()[-1], 16) == int(row.key_id, 16)  # minisign drops leading zeros
    assert row.status == "trusted"


def test_adding_again_renames_and_a_clashing_key_id_is_refused(campaign) -> None:
    key = SecretKey.generate()
    keyring.add_key(key.public_key.to_base64(), "old")
    assert keyring.add_key(key.public_key.to_base64(), "new").pseudonym == "new"
    impostor = SecretKey(key_id=key.key_id, seed=SecretKey.generate().seed)
    with pytest.raises(keyring.KeyringError, match="different key"):
        keyring.add_key(impostor.public_key.to_base64())


def test_bad_keys_and_unknown_names_say_why(campaign, tmp_path: Path) -> None:
    with pytest.raises(keyring.KeyringError, match="the pasted key"):
        keyring.add_key("RWnot-a-key")
    with pytest.raises(keyring.KeyringError, match=r"missing\.pub"):
        keyring.add_key(str(tmp_path / "missing.pub"))
    with pytest.raises(keyring.KeyringError, match="no key 'nobody'"):
        keyring.trust("nobody")
