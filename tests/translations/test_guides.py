"""The user guide and the Serbian README: the Cyrillic ones are made from the Latin ones by
``packaging/make_guides.py`` and must be committed as it makes them; every guide has its
pictures and links to the other script."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

from surveyor.core.transliterate import latin_to_cyrillic

ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "resources" / "guide"


def load_make_guides() -> ModuleType:
    name = "surveyor_make_guides"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / "make_guides.py")
        assert spec is not None and spec.loader is not None
        sys.modules[name] = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(sys.modules[name])
    return sys.modules[name]


make_guides = load_make_guides()


@pytest.mark.parametrize(
    "document", make_guides.DOCUMENTS, ids=lambda d: str(d[1].relative_to(ROOT))
)
def test_the_committed_cyrillic_text_is_what_the_script_makes(document) -> None:
    source, target, latin_link, cyrillic_link = document
    made = make_guides.cyrillic_document(source, latin_link, cyrillic_link)
    assert target.read_text(encoding="utf-8") == made, (
        f"{target.relative_to(ROOT)} is not what packaging/make_guides.py makes from "
        f"{source.relative_to(ROOT)}: run packaging/make_guides.py (never edit the Cyrillic one)"
    )


def test_only_the_text_a_person_reads_changes_script() -> None:
    html = (
        '<p class="menu" title="Pomoć">Pritisnite <kbd>Enter</kbd> ili <code>surveyor '
        'self-test</code>; <span lang="en">General Public License</span> <img '
        'src="images/mapa.png" alt="Mapa"></p>'
    )
    made = make_guides.html_to_cyrillic(html, latin_to_cyrillic)
    assert made == (
        '<p class="menu" title="Помоћ">Притисните <kbd>Enter</kbd> или <code>surveyor '
        'self-test</code>; <span lang="en">General Public License</span> <img '
        'src="images/mapa.png" alt="Мапа"></p>'
    )


def test_markdown_keeps_code_link_targets_and_fenced_blocks() -> None:
    text = (
        "Vidi [rečnik](resources/translations/glossary.md) i `surveyor import`:\n"
        "```sh\nls fotografije\n```\nkraj"
    )
    made = make_guides.markdown_to_cyrillic(text, latin_to_cyrillic)
    assert made == (
        "Види [речник](resources/translations/glossary.md) и `surveyor import`:\n"
        "```sh\nls fotografije\n```\nкрај"
    )


@pytest.mark.parametrize("language", ["en", "sr_Latn", "sr_Cyrl"])
def test_every_picture_and_file_a_guide_names_is_in_the_package(language: str) -> None:
    page = GUIDE / language / "index.html"
    html = page.read_text(encoding="utf-8")
    assert len(re.findall(r'<img src="images/[^"]+"', html)) == 6
    local = re.findall(r'(?:src|href)="([^"#:]+)"', html)  # files, not anchors or URLs
    missing = [t for t in local if not (page.parent / t).is_file()]
    assert not missing, f"{language}: run `make guide` for {missing}"
    assert "../guide.css" in local


def test_each_serbian_text_links_to_the_other_script() -> None:
    latin = (GUIDE / "sr_Latn" / "index.html").read_text(encoding="utf-8")
    cyrillic = (GUIDE / "sr_Cyrl" / "index.html").read_text(encoding="utf-8")
    assert 'href="../sr_Cyrl/index.html"' in latin and 'lang="sr-Latn"' in latin
    assert 'href="../sr_Latn/index.html"' in cyrillic and 'lang="sr-Cyrl"' in cyrillic
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "(README.sr.md)" in readme and "(README.sr-Cyrl.md)" in readme
    assert "(README.sr-Cyrl.md)" in (ROOT / "README.sr.md").read_text(encoding="utf-8")
    assert "(README.sr.md)" in (ROOT / "README.sr-Cyrl.md").read_text(encoding="utf-8")
