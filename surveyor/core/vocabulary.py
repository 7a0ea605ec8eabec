"""The camera vocabulary (OpenStreetMap tags) loaded from ``resources/vocabulary.json``.

Tag *values* are what exports write; *labels* are what volunteers read. Code never shows a
value where a label belongs.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from surveyor.core.kit.joined import joined_vocabulary_path
from surveyor.core.kit.vocabulary_additions import VocabularyAdditionsError, parse_additions
from surveyor.core.resources import resource


@dataclass(frozen=True)
class Choice:
    value: str
    label: str
    key: str = ""
    pictogram: str | None = None
    within: str | None = None  # the broader value this one is a kind of (street lamp: pole)


@dataclass(frozen=True)
class Field:
    name: str  # attribute name on the Camera model
    tag: str  # OpenStreetMap key
    question: str
    choices: tuple[Choice, ...]

    def label_for(self, value: str | None) -> str:
        for choice in self.choices:
            if choice.value == value:
                return choice.label
        return value or ""

    def values(self) -> list[str]:
        return [c.value for c in self.choices]


@dataclass(frozen=True)
class Manufacturer:
    name: str
    wikidata: str | None
    models: tuple[str, ...]


@dataclass(frozen=True)
class Vocabulary:
    version: str
    fields: dict[str, Field]
    manufacturers: tuple[Manufacturer, ...]
    unknown_make_label: str

    def field(self, name: str) -> Field:
        return self.fields[name]

    def manufacturer(self, name: str | None) -> Manufacturer | None:
        if not name:
            return None
        for m in self.manufacturers:
            if m.name.casefold() == name.casefold():
                return m
        return None


def _parse(raw: dict[str, Any]) -> Vocabulary:
    fields = {
        name: Field(
            name=name,
            tag=spec["tag"],
            question=spec["question"],
            choices=tuple(
                Choice(
                    v["value"], v["label"], v.get("key", ""), v.get("pictogram"), v.get("within")
                )
                for v in spec["values"]
            ),
        )
        for name, spec in raw["fields"].items()
    }
    makers = tuple(
        Manufacturer(m["name"], m.get("wikidata"), tuple(m.get("models", [])))
        for m in raw["manufacturers"]
    )
    return Vocabulary(str(raw["version"]), fields, makers, raw["unknown_make_label"])


@cache
def builtin_vocabulary() -> Vocabulary:
    with resource("vocabulary.json").open(encoding="utf-8") as f:
        return _parse(json.load(f))


def load_vocabulary() -> Vocabulary:
    """The built-in vocabulary plus the makes and models of the campaign joined (its kit)."""
    path = joined_vocabulary_path()
    if path is None:
        return builtin_vocabulary()
    try:
        stamp = os.stat(path).st_mtime_ns
    except OSError:
        return builtin_vocabulary()
    return _with_additions(str(path), stamp)


@lru_cache(maxsize=4)
def _with_additions(path: str, _stamp: int) -> Vocabulary:
    base = builtin_vocabulary()
    if not path:
        return base
    try:
        additions = parse_additions(Path(path).read_bytes())
    except (OSError, VocabularyAdditionsError):
        return base  # checked when the kit was installed; never block the app over it
    makers = {m.name.casefold(): m for m in base.manufacturers}
    for item in additions:
        have = makers.get(item.name.casefold())
        if have is None:
            makers[item.name.casefold()] = Manufacturer(item.name, item.wikidata, item.models)
        else:
            models = tuple(dict.fromkeys(have.models + item.models))
            makers[item.name.casefold()] = Manufacturer(have.name, have.wikidata, models)
    return replace(base, manufacturers=tuple(makers.values()))
