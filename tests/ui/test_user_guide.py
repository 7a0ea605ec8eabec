"""Help ▸ User guide opens the guide of the interface's language and script, else English."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QUrl

from surveyor.core.resources import resources_dir
from surveyor.ui import user_guide


@pytest.fixture
def default_locale() -> Iterator[None]:
    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.mark.parametrize(
    ("locale", "folder"),
    [
        ("sr_Latn_RS", "sr_Latn"),
        ("sr_Cyrl_RS", "sr_Cyrl"),
        ("sr_RS", "sr_Cyrl"),  # Qt's plain Serbian is Cyrillic
        ("en_GB", "en"),
        ("de_DE", "en"),  # no German guide
    ],
)
def test_the_guide_of_each_language_and_script(locale: str, folder: str) -> None:
    page = user_guide.guide_page(QLocale(locale))
    assert page == resources_dir() / "guide" / folder / "index.html"
    assert page.is_file()


def test_the_menu_opens_the_guide_of_the_chosen_interface_language(
    default_locale: None, monkeypatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(user_guide, "open_url", lambda url: opened.append(url) or True)
    for locale, folder in (("sr_Latn_RS", "sr_Latn"), ("sr_Cyrl_RS", "sr_Cyrl")):
        QLocale.setDefault(QLocale(locale))
        assert user_guide.open_user_guide() is None
        assert Path(opened[-1].toLocalFile()).parent.name == folder


def test_a_script_without_its_guide_falls_back_to_the_language_then_english(
    monkeypatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(user_guide, "resource", lambda *parts: tmp_path.joinpath(*parts))
    for folder in ("en", "sr"):
        (tmp_path / "guide" / folder).mkdir(parents=True)
        (tmp_path / "guide" / folder / "index.html").write_text("<html></html>")
    assert user_guide.guide_page(QLocale("sr_Latn_RS")).parent.name == "sr"
    assert user_guide.guide_page(QLocale("fr_FR")).parent.name == "en"
