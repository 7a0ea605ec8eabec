"""Vocabulary additions a campaign hands its volunteers: makes and models it expects.

``vocabulary.json`` in a kit: ``{"manufacturers": [{"name": "Uniview", "wikidata": null,
"models": ["IPC2124"]}]}``. The coordinator's side derives them from the campaign's cameras
(makes and models the built-in vocabulary lacks) plus any file the coordinator gives; the
volunteer's side adds them to the make and model suggestions. Additions only ever add: the
built-in values and their labels stay as they are.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from surveyor.core.messages import Message

MAX_NAME = 120
MAX_ENTRIES = 5000


class VocabularyAdditionsError(ValueError):
    """A vocabulary additions document that cannot be used; the message says why."""


@dataclass(frozen=True)
class MakeAddition:
    name: str
    wikidata: str | None
    models: tuple[str, ...]


def _clean(value: Any, what: str) -> str:
    if not isinstance(value, str):
        raise VocabularyAdditionsError(Message("{what} is not text", what=what))
    text = "".join(ch for ch in value if ch.isprintable()).strip()
    if not text or len(text) > MAX_NAME:
        raise VocabularyAdditionsError(
            Message("{what} {value!r} is empty or too long", what=what, value=value)
        )
    return text


def parse_additions(data: bytes | str) -> tuple[MakeAddition, ...]:
    try:
        raw = json.loads(data)
    except ValueError as exc:
        raise VocabularyAdditionsError(Message("not JSON ({exc})", exc=exc)) from exc
    makers = raw.get("manufacturers") if isinstance(raw, dict) else None
    if not isinstance(makers, list) or len(makers) > MAX_ENTRIES:
        raise VocabularyAdditionsError(Message('no "manufacturers" list'))
    result = []
    for entry in makers:
        if not isinstance(entry, dict):
            raise VocabularyAdditionsError(Message("a manufacturer entry is not an object"))
        name = _clean(entry.get("name"), Message("manufacturer name"))
        wikidata = entry.get("wikidata")
        if wikidata is not None:
            wikidata = _clean(wikidata, Message("wikidata id"))
        models = entry.get("models", [])
        if not isinstance(models, list) or len(models) > MAX_ENTRIES:
            raise VocabularyAdditionsError(Message("{name}: models is not a list", name=name))
        result.append(MakeAddition(name, wikidata, tuple(_clean(m, "model") for m in models)))
    return merge_additions(result)


def merge_additions(*groups: Iterable[MakeAddition]) -> tuple[MakeAddition, ...]:
    """One entry per make (case-insensitive), models in first-seen order without repeats."""
    merged: dict[str, MakeAddition] = {}
    for group in groups:
        for item in group:
            key = item.name.casefold()
            have = merged.get(key)
            if have is None:
                models = tuple(dict.fromkeys(item.models))
                merged[key] = MakeAddition(item.name, item.wikidata, models)
            else:
                models = tuple(dict.fromkeys(have.models + item.models))
                merged[key] = MakeAddition(have.name, have.wikidata or item.wikidata, models)
    return tuple(merged.values())


def additions_to_json(additions: Iterable[MakeAddition]) -> str:
    doc = {
        "manufacturers": [
            {"name": a.name, "wikidata": a.wikidata, "models": list(a.models)} for a in additions
        ]
    }
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"


def missing_from(
    known: Mapping[str, tuple[str, ...]], seen: Iterable[tuple[str, str | None]]
) -> tuple[MakeAddition, ...]:
    """Makes and models in ``seen`` (make, model) that ``known`` (make -> models) lacks."""
    known_folded = {k.casefold(): {m.casefold() for m in v} for k, v in known.items()}
    found: list[MakeAddition] = []
    for make, model in seen:
        models = known_folded.get(make.casefold())
        if models is None:
            found.append(MakeAddition(make, None, (model,) if model else ()))
        elif model and model.casefold() not in models:
            found.append(MakeAddition(make, None, (model,)))
    return merge_additions(found)
