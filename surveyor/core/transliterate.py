"""Serbian Latin script to Cyrillic, letter for letter, leaving what is not Serbian alone.

Serbian Latin and Cyrillic map one to one (lj, nj and dž are single letters), so the Cyrillic
translation is produced from the Latin one. What must survive untouched: placeholders
(``{name}``, ``%1``, ``%n``), markup (``<b>``, ``&amp;``), tag keys and file names
(``camera:mount``, ``surveyor.toml``), shortcuts (``Ctrl+E``), acronyms (``GPS``), words that
are not Serbian (any q, w, x or y), a lone capital that names a key ("press N"), and the
brand and product names the caller lists; an acronym (``GPS``) stays too, but a Serbian word
written in capitals for emphasis ("NIJE") does not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_SINGLE = dict(
    zip(
        "abcčćdđefghijklmnoprsštuvzž",
        "абцчћдђефгхијклмнопрсштувзж",
        strict=True,
    )
)
_DIGRAPHS = {"lj": "љ", "nj": "њ", "dž": "џ"}

# Words where the two letters of a digraph belong to different parts (prefix + root).
_SPLIT_DIGRAPHS = ("nadž", "podž", "predž", "injek", "konjuk", "konjunk", "vanjez")

# Spans copied as they are: placeholders, markup, URLs, shortcuts, anything technical.
_PROTECTED = re.compile(
    r"\{[^{}]*\}"  # {name}, {n:,}
    r"|%L?\d+|%n|%[sd]"  # Qt and printf placeholders
    r"|<[^<>]+>"  # tags
    r"|&(?:[a-zA-Z]+|#\d+);"  # entities
    r"|\w+://\S*"  # URLs
    r"|--[a-z][\w-]*"  # command-line options: --accept-new-key
    r"|\b[A-Za-z]+\d\w*"  # Ed25519, APP0, v3, sha256
    r"|[\w.+-]+@[\w.-]+"  # e-mail addresses
    r"|`[^`]*`"  # commands: `surveyor key create`
    r"|(?:\b(?:Ctrl|Shift|Alt|Meta)\+)+(?:F\d+\b|[A-Z][a-z]*\b)?"  # Ctrl+Shift+Z, Shift+
    r"|[\w-]*[A-Za-z0-9][:_=.][\w:=.-]*\w"  # camera:mount, a_b, surveyor.toml
    r"|\b[A-Z](?=:)"  # a key named in a list of shortcuts: "N: new camera"
)
# One-letter Serbian words: a capital one starts a sentence; any other lone capital is a key.
_ONE_LETTER_WORDS = frozenset("AIUOSKV")
# Serbian words the translations write in capitals for emphasis ("Potpis NIJE proveren"), and
# Serbian acronyms, which change script like any word (MUP, the police ministry, is МУП).
_SERBIAN_CAPITALS = frozenset({"NIJE", "NE", "DA", "SAMO", "NIKADA", "UKLJUČENO", "MUP"})
_WORD = re.compile(r"[A-Za-zČčĆćĐđŠšŽž]+")


def _foreign(word: str, keep: frozenset[str], sentence_start: bool) -> bool:
    lower = word.lower()
    if lower in keep or word in keep:
        return True
    if any(letter in lower for letter in "qwxy"):
        return True
    if len(word) == 1 and word.isupper():  # "press N"; but "U ovom…" is Serbian
        return not (sentence_start and word in _ONE_LETTER_WORDS)
    # Acronyms (SOI, JFIF, GPS) stay; a Serbian word in capitals for emphasis does not.
    return len(word) >= 2 and word.isupper() and word.isascii() and word not in _SERBIAN_CAPITALS


def _word_to_cyrillic(word: str) -> str:
    out: list[str] = []
    lower = word.lower()
    split = {lower.find(p) + len(p) - 2 for p in _SPLIT_DIGRAPHS if p in lower}
    i = 0
    while i < len(word):
        pair = lower[i : i + 2]
        if pair in _DIGRAPHS and i not in split:
            letter = _DIGRAPHS[pair]
            # "Lj" at the start of a capitalised word and "LJ" in capitals are both Љ.
            out.append(letter.upper() if word[i].isupper() else letter)
            i += 2
            continue
        char = word[i]
        mapped = _SINGLE.get(char.lower())
        if mapped is None:
            out.append(char)
        else:
            out.append(mapped.upper() if char.isupper() else mapped)
        i += 1
    return "".join(out)


def latin_to_cyrillic(text: str, keep: Iterable[str] = ()) -> str:
    """``text`` in Serbian Cyrillic; ``keep`` names words to leave in Latin (brands, products)."""
    kept = frozenset(k.lower() for k in keep) | frozenset(keep)
    out: list[str] = []
    position = 0
    for match in _PROTECTED.finditer(text):
        out.append(_plain_to_cyrillic(text[position : match.start()], kept))
        out.append(match.group(0))
        position = match.end()
    out.append(_plain_to_cyrillic(text[position:], kept))
    return "".join(out)


def _plain_to_cyrillic(text: str, keep: frozenset[str]) -> str:
    def convert(match: re.Match[str]) -> str:
        word = match.group(0)
        before = text[: match.start()].rstrip(' „“"(&')
        # A menu path's item starts like a sentence: "Pomoć ▸ O programu".
        sentence_start = not before or before[-1] in ".!?:\n▸"
        return word if _foreign(word, keep, sentence_start) else _word_to_cyrillic(word)

    return _WORD.sub(convert, text)
