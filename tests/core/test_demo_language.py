"""The demo workspace is built in the interface's language: its walks and notes are messages."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from surveyor.core import messages
from surveyor.core.demo import build_demo_workspace
from surveyor.store.models import Camera, Walk


@pytest.fixture
def serbian() -> Iterator[None]:
    table = {
        "Terazije and Knez Mihailova": "Terazije i Knez Mihailova",
        "Bank entrance": "Ulaz u banku",
        "Ministry of Interior": "MUP",
    }
    messages.install_translator(lambda template: table.get(template, template))
    yield
    messages.install_translator(None)


def test_the_demo_speaks_the_interfaces_language(tmp_path: Path, serbian: None) -> None:
    with build_demo_workspace(tmp_path / "demo", workers=0):
        walks = {walk.name for walk in Walk.select()}
        assert "Terazije i Knez Mihailova" in walks and "Slavija" in walks
        notes = {camera.notes for camera in Camera.select()}
        assert "Ulaz u banku" in notes
        assert "MUP" in {camera.operator for camera in Camera.select()}
        # Exported tag values are never translated.
        assert {camera.camera_mount for camera in Camera.select()} >= {"pole", "wall", "gantry"}


def test_without_a_translator_the_demo_is_english(tmp_path: Path) -> None:
    with build_demo_workspace(tmp_path / "demo", workers=0):
        assert "Terazije and Knez Mihailova" in {walk.name for walk in Walk.select()}
