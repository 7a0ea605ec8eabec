"""Every sentence the campaign, vault, walk and workspace code says to people is translatable.

A plain literal or f-string there would reach the coordinator's window in English whatever the
language: it must be a ``Message`` (see ``surveyor.core.messages``).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2] / "surveyor" / "core"
# The merge-quality modules (#16) name no reasons of their own here; they are checked apart.
MERGE_QUALITY = {
    "cluster", "clusterer", "matching", "placement", "consensus", "vote_items",
    "decision_words", "history", "two_facing", "review_case", "merged_cameras",
}  # fmt: skip
MODULES = sorted(
    [p for p in (ROOT / "campaign").glob("*.py") if p.stem not in MERGE_QUALITY]
    + list((ROOT / "vault").glob("*.py"))
    + [ROOT / "walks.py", ROOT / "workspace.py", ROOT / "logs.py"]
)
# Calls and names whose text is a reason a person reads.
REASON_CALLS = {"_refuse", "IntakeResult"}
REASON_NAMES = {"reason", "why", "todo", "summary"}


def _is_plain_text(node: ast.expr | None) -> bool:
    return isinstance(node, ast.JoinedStr) or (
        isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value != ""
    )


def _called(node: ast.Call) -> str:
    func = node.func
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")


def plain_sentences(source: str) -> list[int]:
    """Lines where a person-facing sentence is written as a plain literal or f-string."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
            if any(_is_plain_text(arg) for arg in node.exc.args):
                found.append(node.lineno)
        elif isinstance(node, ast.Call) and _called(node) in REASON_CALLS:
            texts = [*node.args, *(k.value for k in node.keywords if k.arg in REASON_NAMES)]
            if any(_is_plain_text(arg) for arg in texts):
                found.append(node.lineno)
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names = {getattr(t, "id", getattr(t, "attr", "")) for t in targets}
            if names & REASON_NAMES and _is_plain_text(node.value):
                found.append(node.lineno)
    return sorted(found)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_plain_sentence_is_left(path: Path) -> None:
    lines = plain_sentences(path.read_text(encoding="utf-8"))
    assert not lines, f'{path.name}: write these as Message("…"): lines {lines}'


def test_the_scan_finds_plain_sentences() -> None:
    source = (
        'raise ReviewError(f"no camera {n}")\n'
        'raise ValueError("nothing to accept")\n'
        'raise ReviewError(Message("no camera {n}", n=n))\n'
        'self._refuse(path, "", "not a file")\n'
        'reason = f"signed by {key}"\n'
        'why = Message("signed by {key}", key=key)\n'
        "raise\n"
    )
    assert plain_sentences(source) == [1, 2, 4, 5]
