"""The Cyrillic user guide and README, made from the Latin ones (``make guide`` runs it).

People write and review Serbian once, in Latin script (``resources/guide/sr_Latn/index.html``,
``README.sr.md``); the Cyrillic ones (``resources/guide/sr_Cyrl/index.html``,
``README.sr-Cyrl.md``) are generated with ``surveyor.core.transliterate`` and the glossary's
words kept in Latin, exactly as ``update_translations.py`` makes the Cyrillic interface. Only
the words a person reads change: never tags, link targets, file names, code or keys. A test
checks that the committed Cyrillic files are what this script makes. Never edit them.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "packaging"))

from update_translations import kept_in_latin  # noqa: E402

from surveyor.core.transliterate import latin_to_cyrillic  # noqa: E402

GUIDE = ROOT / "resources" / "guide"
# (Latin source, Cyrillic output, the Latin text's link to the Cyrillic one, and what it becomes)
DOCUMENTS = (
    (
        GUIDE / "sr_Latn" / "index.html",
        GUIDE / "sr_Cyrl" / "index.html",
        '<a href="../sr_Cyrl/index.html" hreflang="sr-Cyrl">Ћирилица</a>',
        '<a href="../sr_Latn/index.html" hreflang="sr-Latn">Latinica</a>',
    ),
    (
        ROOT / "README.sr.md",
        ROOT / "README.sr-Cyrl.md",
        "[Ћирилица](README.sr-Cyrl.md)",
        "[Latinica](README.sr.md)",
    ),
)

# HTML: elements whose text is code or a key, not Serbian; attributes a person reads.
_TAG_OR_TEXT = re.compile(r"(<!--.*?-->|<[^>]*>)", re.S)
_VERBATIM_ELEMENTS = ("code", "kbd", "pre", "style", "script")
_READ_ATTRIBUTES = re.compile(r'\b(alt|title)="([^"]*)"')
_OTHER_LANGUAGE = re.compile(r'\blang="(?!sr)')  # <span lang="en">General Public License</span>
# Markdown: fenced blocks, code spans and link targets stay as they are.
_MARKDOWN_VERBATIM = re.compile(r"^```.*?^```|`[^`\n]*`|\]\([^)\s]*\)|<[^>\n]+>", re.S | re.M)


def html_to_cyrillic(html: str, to_cyrillic: Callable[[str], str]) -> str:
    """The page with its text nodes (and alt/title texts) in Cyrillic, its markup untouched."""
    out: list[str] = []
    verbatim: list[str] = []  # the open elements whose text is kept
    for part in _TAG_OR_TEXT.split(html):
        if not part.startswith("<"):
            out.append(part if verbatim else to_cyrillic(part))
            continue
        name = re.match(r"</?\s*([a-zA-Z0-9]*)", part)
        element = name.group(1).lower() if name else ""
        if part.startswith("</"):
            if verbatim and verbatim[-1] == element:
                verbatim.pop()
        elif not part.endswith("/>") and (
            element in _VERBATIM_ELEMENTS or element in verbatim or _OTHER_LANGUAGE.search(part)
        ):
            verbatim.append(element)  # kept until it closes (the same element nested counts)
        out.append(
            _READ_ATTRIBUTES.sub(lambda m: f'{m.group(1)}="{to_cyrillic(m.group(2))}"', part)
        )
    return "".join(out)


def markdown_to_cyrillic(text: str, to_cyrillic: Callable[[str], str]) -> str:
    """The Markdown in Cyrillic but for code, fenced blocks, inline HTML and link targets."""
    out: list[str] = []
    position = 0
    for match in _MARKDOWN_VERBATIM.finditer(text):
        out.append(to_cyrillic(text[position : match.start()]))
        out.append(match.group(0))
        position = match.end()
    out.append(to_cyrillic(text[position:]))
    return "".join(out)


def cyrillic_document(source: Path, latin_link: str, cyrillic_link: str) -> str:
    """What ``source`` (Latin) becomes in Cyrillic, its link to the Cyrillic one turned round."""
    text = source.read_text(encoding="utf-8")
    if latin_link not in text:
        raise SystemExit(f"{source} lost its link to the Cyrillic text: {latin_link}")
    keep = kept_in_latin()

    def to_cyrillic(plain: str) -> str:
        return latin_to_cyrillic(plain, keep)

    if source.suffix == ".html":
        text = html_to_cyrillic(text, to_cyrillic).replace('lang="sr-Latn"', 'lang="sr-Cyrl"')
    else:
        text = markdown_to_cyrillic(text, to_cyrillic)
    # After the transliteration: each link names its script in that script ("Latinica").
    return text.replace(latin_link, cyrillic_link)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.parse_args()
    for source, target, latin_link, cyrillic_link in DOCUMENTS:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(cyrillic_document(source, latin_link, cyrillic_link), encoding="utf-8")
        print(target.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
