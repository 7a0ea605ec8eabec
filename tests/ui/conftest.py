"""Workbench fixtures: a workspace with imported photos, typed settings in a temp INI file."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from surveyor.core.photos.importer import import_paths
from surveyor.core.workspace import Workspace
from surveyor.ui.language import install_translations
from surveyor.ui.settings import Settings
from tests.fixtures.photos import make_jpeg

BELGRADE = (44.8125, 20.4612)


def make_walk(folder: Path, count: int = 4, *, without_position: int = 0) -> list[Path]:
    """``count`` small JPEGs a few metres apart facing north-east, the last ones unplaced."""
    paths = []
    for i in range(count):
        placed = i < count - without_position
        paths.append(
            make_jpeg(
                folder / f"IMG_{i:04d}.jpg",
                size=(320, 240),
                color=(40 + 30 * i, 120, 160),
                lat=BELGRADE[0] + i * 0.00005 if placed else None,
                lon=BELGRADE[1] if placed else None,
                bearing=45.0 if placed else None,
                taken_at=f"2026:05:16 10:{i:02d}:00",
            )
        )
    return paths


@pytest.fixture(autouse=True)
def _synchronous_tasks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Background work runs at once in unit tests: the one switch of ``surveyor.ui.background``
    (tests of the real worker threads turn it off: background, import, export, map, thumbnails)."""
    from surveyor.ui.background import Task

    monkeypatch.setattr(Task, "synchronous", True)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    settings = Settings()  # the app's one store: settings.ini in this test's config folder
    # Imports in these tests do not search for faces (slow); one test turns it back on.
    settings.search_after_import = False
    return settings


@pytest.fixture
def photo_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "walk"
    make_walk(folder, 4, without_position=1)
    return folder


@pytest.fixture
def filled_workspace(workspace: Workspace, photo_folder: Path) -> Iterator[Workspace]:
    report = import_paths(workspace, [photo_folder], walk_name="Centre", workers=0)
    assert len(report.imported) == 4, report
    yield workspace


@pytest.fixture(autouse=True)
def _walk_name_on_import(monkeypatch: pytest.MonkeyPatch) -> None:
    """Imports in the window take the suggested walk name, as pressing Enter in the question
    would (tests of the question itself replace it per window)."""
    from surveyor.ui.walk_actions import Questions

    monkeypatch.setattr(Questions, "choice", lambda self, title, label, items, editable: items[0])


@pytest.fixture
def speak(qapp: QApplication) -> Iterator[object]:
    """Install a language for one test, then give the session its English back."""
    installed: list = []

    def install(locale: QLocale) -> None:
        for translator in installed:
            qapp.removeTranslator(translator)
        installed[:] = install_translations(qapp, locale)

    yield install
    for translator in installed:
        qapp.removeTranslator(translator)
    install_translations(qapp, QLocale("en_GB"))


@pytest.fixture(autouse=True)
def _english_dates_after_each_test() -> Iterator[None]:
    """Dates and numbers follow QLocale's default: a test that starts the app the way users
    do (the system's locale) must not leave it to the tests after it."""
    yield
    QLocale.setDefault(QLocale("en_GB"))


@pytest.fixture
def serbian_latin(speak: Callable[[QLocale], None]) -> None:
    """The interface in Serbian, Latin script, for one test."""
    speak(QLocale("sr_Latn_RS"))
