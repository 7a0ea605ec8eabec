"""Every sentence the core says to people in these packages is a translatable ``Message``.

Read with ``ast``: an exception raised with plain text, a problem or warning recorded as plain
text, or a ``*_problem`` check returning plain text would reach the interface in English only.
Technical tokens inside a sentence (file names, OSM keys) go into the Message's values.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "surveyor" / "core"
CHECKED = [
    *(CORE / folder for folder in ("bundle", "kit", "install", "photos", "geotag", "map")),
    CORE / "redaction",
    *(CORE / f"{name}.py" for name in ("camera_records", "value_rules", "tags", "geometry")),
    CORE / "demo.py",
]
# Receivers whose ``append``/``add`` records a reason someone reads.
_REASON_LISTS = {"problems", "warnings", "reasons", "report"}


def sources() -> Iterator[Path]:
    for place in CHECKED:
        yield from sorted(place.rglob("*.py")) if place.is_dir() else [place]


def _is_sentence(node: ast.expr) -> bool:
    """Plain text built here: a literal, an f-string, a sum or ``join`` of such pieces."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and " " in node.value.strip()
    if isinstance(node, ast.JoinedStr):
        return any(isinstance(v, ast.Constant) and v.value.strip() for v in node.values)
    if isinstance(node, ast.BinOp):
        return _is_sentence(node.left) or _is_sentence(node.right)
    if isinstance(node, ast.List):  # UnsafeZipError(path, [f"..."])
        return any(_is_sentence(item) for item in node.elts)
    if isinstance(node, ast.Subscript):  # f"..."[:300]
        return _is_sentence(node.value)
    if isinstance(node, ast.IfExp):
        return _is_sentence(node.body) or _is_sentence(node.orelse)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):  # "; ".join(...)
        return node.func.attr == "join" and isinstance(node.func.value, ast.Constant)
    return False


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _receiver(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return _name(func.value)
    return ""


def _raised_text(node: ast.Call) -> list[ast.expr]:
    name = _name(node.func)
    if name.endswith(("Error", "Refused", "Invalid", "Exception", "Warning")):
        return list(node.args)
    return []


def _recorded_text(node: ast.Call) -> list[ast.expr]:
    if _name(node.func) not in ("append", "add") or _receiver(node.func) not in _REASON_LISTS:
        return []
    found: list[ast.expr] = []
    for arg in node.args:
        found.extend(arg.elts if isinstance(arg, ast.Tuple) else [arg])
        if isinstance(arg, ast.Call) and _name(arg.func) != "Message":
            found.extend(_raised_text(arg) or arg.args)  # Problem(file, reason)
    return found


def _returned_text(tree: ast.AST) -> Iterator[ast.expr]:
    """What a ``*_problem`` check (and the lambdas it builds) returns."""
    for func in ast.walk(tree):
        if isinstance(func, (ast.FunctionDef, ast.Lambda)) and (
            isinstance(func, ast.Lambda) or "problem" in func.name or func.name.startswith("why")
        ):
            bodies = [func.body] if isinstance(func, ast.Lambda) else []
            bodies += [n.value for n in ast.walk(func) if isinstance(n, ast.Return) and n.value]
            yield from bodies


def plain_sentences(path: Path, root: Path = ROOT) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    where = str(path.relative_to(root))
    found = []
    suspects: list[ast.expr] = list(_returned_text(tree))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            suspects += _raised_text(node) + _recorded_text(node)
        elif isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
            suspects += node.exc.args  # raise _Bad("..."), raise _fail(path, "...")
        elif isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id in ("why", "reason") for t in node.targets
        ):
            suspects.append(node.value)
    for node in suspects:
        parts = [node.body, node.orelse] if isinstance(node, ast.IfExp) else [node]
        for part in parts:
            if _is_sentence(part):
                found.append(f"{where}:{part.lineno}: {ast.unparse(part)[:90]}")
    return sorted(set(found), key=lambda line: int(line.split(":")[1]))


def test_no_plain_sentence_is_left_in_these_packages() -> None:
    left = [line for path in sources() for line in plain_sentences(path)]
    assert not left, "write these as Message(...):\n" + "\n".join(left)


def test_the_scan_catches_each_kind_of_plain_sentence(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "def f(problems, report, n):\n"
        "    problems.append(('a.json', f'{n} is missing'))\n"
        "    report.add('b.txt', 'not UTF-8 text')\n"
        "    raise ExportError('fix these cameras first: ' + n)\n"
        "def date_problem(t):\n"
        "    return None if t else f'{t!r} is not a date'\n"
        "def fine(problems):\n"
        "    problems.append(('a.json', Message('{n} is missing', n=1)))\n"
        "    raise KitError(Message('nothing was installed'))\n"
        "def g(n):\n"
        "    why = 'photo has no position'\n"
        "    raise _Bad(f'{n} is not 1..8')\n",
        encoding="utf-8",
    )
    lines = [line.split(": ", 1)[0] for line in plain_sentences(sample, tmp_path)]
    assert lines == [f"sample.py:{n}" for n in (2, 3, 4, 6, 11, 12)]
