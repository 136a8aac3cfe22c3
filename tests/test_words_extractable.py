"""Every marked word reaches the catalogues (issue 17): pybabel and lupdate read Python 3.11's
f-strings as one token, so `f"{_('You')} …"` is never extracted and stays English in every
language, silently. Words are marked outside f-strings."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MARKERS = {"_", "N_", "ngettext", "pgettext", "tr", "translate", "QT_TRANSLATE_NOOP"}
WITH_CONTEXT = {"pgettext", "translate", "QT_TRANSLATE_NOOP"}


def marked_inside_fstrings(source: str) -> list[int]:
    """The lines where a word is marked with a literal inside an f-string's {…}."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.JoinedStr):
            continue
        for call in (n for part in node.values for n in ast.walk(part) if isinstance(n, ast.Call)):
            name = call.func.id if isinstance(call.func, ast.Name) else getattr(call.func, "attr", "")
            at = 1 if name in WITH_CONTEXT else 0  # the word itself, after a context if any
            word = call.args[at] if len(call.args) > at else None
            if name in MARKERS and isinstance(word, ast.Constant) and isinstance(word.value, str):
                found.append(call.lineno)
    return found


def test_no_word_is_marked_inside_an_f_string() -> None:
    found = [
        f"{path.relative_to(ROOT)}:{line}"
        for path in sorted((ROOT / "consensus_app").rglob("*.py"))
        for line in marked_inside_fstrings(path.read_text(encoding="utf-8"))
    ]
    assert not found, f"mark these outside the f-string (pybabel and lupdate miss them): {found}"


def test_the_check_sees_a_word_marked_inside_an_f_string() -> None:
    assert marked_inside_fstrings("x = f\"{_('You')} −2\"") == [1]
    assert marked_inside_fstrings("x = f\"{self.tr('Edit')} {name}\"") == [1]
    assert marked_inside_fstrings("you = _('You')\nx = f'{you} {_(word)}'") == []
    assert marked_inside_fstrings("x = f\"{translate('Panel', gloss)}\"") == []  # a context, no word
