"""Refresh the translation sources ``resources/translations/surveyor_*.ts`` (``make translations``).

One command after anyone adds or changes a user-visible string:

    .venv/bin/python packaging/update_translations.py

1. Collects every message: the UI's strings through ``pyside6-lupdate``; the core's sentences
   (``Message("…")`` calls in ``surveyor/core``, context ``core``); the vocabulary's labels and
   questions (read from ``resources/vocabulary.json`` at run time, context ``vocabulary``).
   lupdate files a module-level ``tr("…")`` helper under an empty context and ``window.tr``
   under ``window``; they are filed under the context the code translates them in at run time.
2. ``surveyor_sr_Latn.ts`` (translated by people) keeps every translation whose source is still
   used; a source that moved to another context keeps its translation; new ones are unfinished.
3. ``surveyor_sr_Cyrl.ts`` is generated from the Latin one (Serbian Latin and Cyrillic map one to
   one; see ``surveyor.core.transliterate`` and the glossary's words kept in Latin). Never edit it.
4. ``surveyor_en.ts`` holds only the plural messages, whose English forms come from the
   ``(s)`` in the source ("%n photo(s)" → "%n photo" / "%n photos").

It prints what is unfinished; translate those in ``surveyor_sr_Latn.ts`` (Qt Linguist or a text
editor, using ``glossary.md``) and run it again. Or work in JSON: ``--todo todo.json`` writes the
unfinished messages (``context``, ``source``, ``numerus``); add each one's ``translation`` (a
string, or the three plural forms as a list) and run it with ``--fill todo.json``.
``tests/translations`` fails while any message is missing, unfinished or has placeholders that
differ from its source.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from surveyor.core.messages import english_form  # noqa: E402
from surveyor.core.transliterate import latin_to_cyrillic  # noqa: E402

TS_DIR = ROOT / "resources" / "translations"
GLOSSARY = TS_DIR / "glossary.md"
LATIN, CYRILLIC, ENGLISH = "sr_Latn", "sr_Cyrl", "en"
TS_LANGUAGE = {LATIN: "sr_Latn_RS", CYRILLIC: "sr_Cyrl_RS", ENGLISH: "en"}
PLURAL_FORMS = {LATIN: 3, CYRILLIC: 3, ENGLISH: 2}

# Objects whose ``tr`` lupdate files under the variable's name instead of the class's.
CONTEXT_ALIASES = {"window": "MainWindow"}
_WRAPPER = re.compile(
    r"def _?tr\(text: str\) -> str:\s*(?:\"\"\".*?\"\"\"\s*)?"
    r"return QCoreApplication\.translate\(\s*\"([^\"]+)\"",
    re.S,
)

Key = tuple[str, str]  # (context, source)


@dataclass
class Message:
    context: str
    source: str
    numerus: bool = False
    locations: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class Translation:
    forms: list[str]
    finished: bool


def ui_sources() -> list[Path]:
    return sorted((ROOT / "surveyor" / "ui").rglob("*.py"))


def core_sources() -> list[Path]:
    return sorted((ROOT / "surveyor" / "core").rglob("*.py"))


def wrapper_context(path: Path) -> str | None:
    """The context of a module's ``tr(text)`` helper, if it has one."""
    match = _WRAPPER.search(path.read_text(encoding="utf-8"))
    return match.group(1) if match else None


def lupdate_messages() -> list[Message]:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "ui.ts"
        files = [str(p) for p in ui_sources()]
        subprocess.run(
            [str(lupdate), "-silent", "-locations", "absolute", *files, "-ts", str(out)],
            check=True,
            cwd=ROOT,
        )
        tree = ET.parse(out)
        messages: list[Message] = []
        for context in tree.getroot().findall("context"):
            name = context.findtext("name") or ""
            for node in context.findall("message"):
                if node.findtext("comment"):
                    where = node.find("location")
                    raise SystemExit(
                        f"{where.get('filename') if where is not None else '?'}: lupdate read "
                        "tr(context, text) as tr(text, disambiguation); call it translate"
                    )
                locations = [
                    (_resolve(Path(tmp), loc.get("filename", "")), loc.get("line", ""))
                    for loc in node.findall("location")
                ]
                for ctx, locs in _real_contexts(name, locations).items():
                    messages.append(
                        Message(
                            ctx,
                            node.findtext("source") or "",
                            # lupdate marks a plural only when the count is a literal.
                            node.get("numerus") == "yes" or "%n" in (node.findtext("source") or ""),
                            locs,
                        )
                    )
    return messages


def _resolve(ts_dir: Path, filename: str) -> str:
    path = (ts_dir / filename).resolve()
    try:
        return str(path.relative_to(ROOT))
    except ValueError:
        return filename


def _real_contexts(name: str, locations: list[tuple[str, str]]) -> dict[str, list[tuple[str, str]]]:
    """The context(s) a message is looked up in at run time, with their locations."""
    if name in CONTEXT_ALIASES:
        return {CONTEXT_ALIASES[name]: locations}
    if name:
        return {name: locations}
    found: dict[str, list[tuple[str, str]]] = {}
    for filename, line in locations:
        ctx = wrapper_context(ROOT / filename)
        if ctx is None:
            raise SystemExit(f"{filename}:{line}: tr() without a context helper in that module")
        found.setdefault(ctx, []).append((filename, line))
    return found


def literal_ui_messages() -> list[tuple[Message, bool]]:
    """Every string literal the UI passes to ``tr``/``_tr``/``translate``, read with ``ast``.

    An independent reading of the sources: lupdate's Python parser silently skips a call whose
    arguments it does not understand (``_tr("…")``, a count that is not a plain name), and a
    skipped string would stay English for good. The flag says whether the context is known
    (``translate("Ctx", …)``, a module's ``tr``/``_tr`` helper) or not (``self.tr``).
    """
    found: list[tuple[Message, bool]] = []
    for path in ui_sources():
        relative = str(path.relative_to(ROOT))
        helper = wrapper_context(path)
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _called_name(node.func)
            index = {"tr": 0, "_tr": 0, "translate": 1}.get(name)
            if index is None or len(node.args) <= index or not _is_text(node.args[index]):
                continue
            text = node.args[index].value  # type: ignore[attr-defined]
            if name == "translate":
                if not _is_text(node.args[0]):
                    continue
                context: str | None = node.args[0].value  # type: ignore[attr-defined]
            else:
                plain_call = isinstance(node.func, ast.Name)
                context = helper if plain_call else None
            where = [(relative, str(node.lineno))]
            found.append((Message(context or "", text, "%n" in text, where), context is not None))
    return found


def _is_text(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def ui_messages() -> list[Message]:
    """lupdate's messages, plus those it could not read but whose context is certain."""
    messages = lupdate_messages()
    collected = {(m.context, m.source) for m in messages}
    sources = {m.source for m in messages}
    unreadable: list[str] = []
    for message, certain in literal_ui_messages():
        if certain and (message.context, message.source) not in collected:
            messages.append(message)
            collected.add((message.context, message.source))
        elif not certain and message.source not in sources:
            filename, line = message.locations[0]
            unreadable.append(f"{filename}:{line}: {message.source!r}")
    if unreadable:
        raise SystemExit(
            "lupdate could not read these calls (write the count as a plain name):\n"
            + "\n".join(unreadable)
        )
    return messages


def core_messages() -> list[Message]:
    """``Message("…", …)`` calls in ``surveyor/core`` (see ``surveyor.core.messages``)."""
    found: dict[str, Message] = {}
    for path in core_sources():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and _called_name(node.func) == "Message"):
                continue
            if not node.args:
                continue
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                text = first.value
                message = found.setdefault(text, Message("core", text, "%n" in text))
                message.locations.append((str(path.relative_to(ROOT)), str(node.lineno)))
    return list(found.values())


def _called_name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


# Qt's own words on its standard buttons and text menus: Qt ships no Serbian translation, so
# ours carries them (the sources as Qt 6 writes them).
QT_MESSAGES = {
    "QPlatformTheme": [
        "OK", "Save", "Save All", "Open", "&Yes", "Yes to &All", "&No", "N&o to All",
        "Abort", "Retry", "Ignore", "Close", "Cancel", "Discard", "Help", "Apply", "Reset",
        "Restore Defaults",
    ],
    "QLineEdit": ["&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All"],
    "QWidgetTextControl": [
        "&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All",
        "Copy &Link Location",
    ],
}  # fmt: skip


def qt_messages() -> list[Message]:
    return [
        Message(context, text, False, [("Qt", "0")])
        for context, texts in QT_MESSAGES.items()
        for text in texts
    ]


def vocabulary_messages() -> list[Message]:
    raw = json.loads((ROOT / "resources" / "vocabulary.json").read_text(encoding="utf-8"))
    texts = [raw["unknown_make_label"]]
    for spec in raw["fields"].values():
        texts.append(spec["question"])
        texts.extend(value["label"] for value in spec["values"])
    where = [("resources/vocabulary.json", "0")]
    return [Message("vocabulary", text, False, where) for text in dict.fromkeys(texts)]


def extract() -> dict[Key, Message]:
    """Every message the app can show, keyed by (context, source)."""
    ui = ui_messages()
    messages: dict[Key, Message] = {}
    for message in ui + core_messages() + vocabulary_messages() + qt_messages():
        key = (message.context, message.source)
        if key in messages:
            messages[key].locations.extend(message.locations)
            messages[key].numerus |= message.numerus
        else:
            messages[key] = message
    return dict(sorted(messages.items()))


def read_ts(path: Path) -> dict[Key, Translation]:
    if not path.exists():
        return {}
    found: dict[Key, Translation] = {}
    for context in ET.parse(path).getroot().findall("context"):
        name = context.findtext("name") or ""
        for node in context.findall("message"):
            translation = node.find("translation")
            if translation is None:
                continue
            forms = [f.text or "" for f in translation.findall("numerusform")]
            if not forms:
                forms = [translation.text or ""]
            finished = translation.get("type") not in ("unfinished", "vanished", "obsolete")
            found[(name, node.findtext("source") or "")] = Translation(forms, finished)
    return found


def write_ts(
    path: Path, language: str, messages: list[Message], translations: dict[Key, Translation]
) -> None:
    root = ET.Element("TS", version="2.1", language=TS_LANGUAGE[language])
    contexts: dict[str, ET.Element] = {}
    for message in messages:
        context = contexts.get(message.context)
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = message.context
            contexts[message.context] = context
        node = ET.SubElement(context, "message")
        if message.numerus:
            node.set("numerus", "yes")
        # Files only, no line numbers: a line moving must not touch the translations' file.
        for filename in dict.fromkeys(f for f, _line in message.locations if f != "Qt"):
            ET.SubElement(node, "location", filename=f"../../{filename}")
        ET.SubElement(node, "source").text = message.source
        translation = translations.get((message.context, message.source))
        element = ET.SubElement(node, "translation")
        if translation is None or not translation.finished:
            element.set("type", "unfinished")
        forms = translation.forms if translation else []
        if message.numerus:
            count = PLURAL_FORMS[language]
            forms = (forms + [""] * count)[:count] if any(forms) else [""] * count
            for form in forms:
                ET.SubElement(element, "numerusform").text = form
        else:
            element.text = forms[0] if forms else ""
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def merged_latin(
    messages: dict[Key, Message], old: dict[Key, Translation]
) -> dict[Key, Translation]:
    """Old translations kept; a source moved to another context keeps its translation."""
    by_source = {
        (source, bool(len(t.forms) > 1)): t for (_ctx, source), t in old.items() if t.finished
    }
    merged: dict[Key, Translation] = {}
    for key, message in messages.items():
        if key in old and (old[key].finished or any(old[key].forms)):
            merged[key] = old[key]
        elif (message.source, message.numerus) in by_source:
            merged[key] = by_source[(message.source, message.numerus)]
    return merged


def kept_in_latin() -> list[str]:
    """Words the glossary lists under "Kept in Latin script" (brands, products, formats)."""
    words: list[str] = []
    section = False
    for line in GLOSSARY.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            section = line.strip().lower() == "## kept in latin script"
        elif section and line.startswith("- "):
            words.extend(w.strip() for w in line[2:].split(",") if w.strip())
    return words


def cyrillic_from(latin: dict[Key, Translation]) -> dict[Key, Translation]:
    keep = kept_in_latin()
    return {
        key: Translation([latin_to_cyrillic(f, keep) for f in t.forms], t.finished)
        for key, t in latin.items()
    }


def english_forms(source: str) -> list[str]:
    """ "%n photo(s)" → ["%n photo", "%n photos"]; "(y/ies)" also works for irregular ends."""
    return [english_form(source, 1), english_form(source, 2)]


def english_plurals(messages: dict[Key, Message]) -> dict[Key, Translation]:
    return {
        key: Translation(english_forms(m.source), True) for key, m in messages.items() if m.numerus
    }


def read_fill(path: Path) -> dict[Key, Translation]:
    """Translations from a JSON list of {context, source, translation} (see the module)."""
    found: dict[Key, Translation] = {}
    for entry in json.loads(path.read_text(encoding="utf-8")):
        text = entry.get("translation")
        if not text:
            continue
        forms = list(text) if isinstance(text, list) else [text]
        found[(entry["context"], entry["source"])] = Translation(forms, True)
    return found


def update(fills: tuple[Path, ...] = (), todo: Path | None = None) -> dict[str, int]:
    """Rewrite the three ``.ts`` files; returns the number of unfinished messages per file."""
    messages = extract()
    ordered = list(messages.values())
    old = read_ts(TS_DIR / f"surveyor_{LATIN}.ts")
    for fill in fills:
        old.update(read_fill(fill))
    latin = merged_latin(messages, old)
    write_ts(TS_DIR / f"surveyor_{LATIN}.ts", LATIN, ordered, latin)
    write_ts(TS_DIR / f"surveyor_{CYRILLIC}.ts", CYRILLIC, ordered, cyrillic_from(latin))
    plural = [m for m in ordered if m.numerus]
    write_ts(TS_DIR / f"surveyor_{ENGLISH}.ts", ENGLISH, plural, english_plurals(messages))
    missing = [m for key, m in messages.items() if key not in latin or not latin[key].finished]
    if todo is not None:
        entries = [
            {"context": m.context, "source": m.source, "numerus": m.numerus} for m in missing
        ]
        todo.write_text(json.dumps(entries, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return {LATIN: len(missing), CYRILLIC: len(missing), ENGLISH: 0, "total": len(messages)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fill", type=Path, action="append", default=[], metavar="JSON")
    parser.add_argument("--todo", type=Path, metavar="JSON")
    args = parser.parse_args()
    counts = update(tuple(args.fill), args.todo)
    total = counts.pop("total")
    for language, count in counts.items():
        print(f"surveyor_{language}.ts: {total} messages, {count} unfinished")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
