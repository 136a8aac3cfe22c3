"""What the two "no untranslated words" checks share (tests/test_window_words_translated.py for the
window, tests/test_cli_words_translated.py for the command line): the text of a literal, and the
ratchet that lets a file's count of English literals only go down."""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

Found = list[tuple[int, str]]  # (line, words)


def literal_text(node: ast.expr) -> str | None:
    """A string literal's text, or an f-string's literal parts; None for anything else."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        parts = (v.value for v in node.values if isinstance(v, ast.Constant))
        return "".join(part for part in parts if isinstance(part, str))
    return None


def grown(
    files: Iterable[Path], root: Path, allowed: Mapping[str, int], untranslated: Callable[[Path], Found]
) -> list[str]:
    """ "path:line: 'words'" for the first literals of each file holding more than it may."""
    details = []
    for path in sorted(files):
        found = untranslated(path)
        name = str(path.relative_to(root))
        if len(found) > allowed.get(name, 0):
            details += [f"{name}:{line}: {words!r}" for line, words in found][:3]
    return details
