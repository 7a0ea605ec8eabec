"""Refresh ``resources/translations/surveyor_<lang>.ts`` for translators.

Strings in the code come from ``pyside6-lupdate``; the vocabulary labels and questions
(read from ``resources/vocabulary.json`` at run time, so invisible to lupdate) are added
as the context ``vocabulary``, which ``surveyor.ui.vocab_combo.vocab_label`` translates in.

    .venv/bin/python packaging/update_translations.py [sr]
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def vocabulary_texts() -> list[str]:
    raw = json.loads((ROOT / "resources" / "vocabulary.json").read_text(encoding="utf-8"))
    texts = [raw["unknown_make_label"]]
    for spec in raw["fields"].values():
        texts.append(spec["question"])
        texts.extend(value["label"] for value in spec["values"])
    return list(dict.fromkeys(texts))


def main() -> int:
    lang = sys.argv[1] if len(sys.argv) > 1 else "sr"
    ts = ROOT / "resources" / "translations" / f"surveyor_{lang}.ts"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "surveyor" / "ui").rglob("*.py"))
    subprocess.run([str(lupdate), *sources, "-ts", str(ts)], cwd=ROOT, check=True)
    tree = ET.parse(ts)
    root = tree.getroot()
    for context in root.findall("context"):
        if context.findtext("name") == "vocabulary":
            root.remove(context)
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = "vocabulary"
    for text in vocabulary_texts():
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = text
        ET.SubElement(message, "translation", type="unfinished")
    ET.indent(tree)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    print(ts)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
