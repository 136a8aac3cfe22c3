"""No words reach a widget without translation (issue 17): an AST check over consensus_app/ui.

A string literal (or f-string) with letters passed to a call that puts text on screen — setText,
QLabel, QAction, addAction, addMenu, setToolTip, setWindowTitle, showMessage, … — must go through
self.tr / QCoreApplication.translate (Qt's catalogues) or consensus_app.i18n's _ (exports that
follow --lang). Words that are the same in every language (the product's name) are allowed.

UNTRANSLATED held the English literals files had before the languages issue, and may only go
down: it is empty now, so any literal on a widget fails.
"""

from __future__ import annotations

import ast
import re
from collections import Counter
from pathlib import Path

from tests.literal_words import grown, literal_text

UI = Path(__file__).resolve().parent.parent / "consensus_app" / "ui"
ROOT = UI.parent.parent
SHOWN_BY = {
    "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setStatusTip", "setWhatsThis",
    "setTitle", "setIconText", "setLabelText", "setHeaderLabels", "setHorizontalHeaderLabels",
    "setTabText", "addTab", "insertTab", "addItem", "addItems", "addAction", "addMenu", "addRow",
    "showMessage", "QLabel", "QAction", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox",
    "QToolButton", "QMenu", "add_dock", "setInformativeText", "setDetailedText", "setPrefix", "setSuffix",
}  # fmt: skip
# The same in every language; no letters (symbols, numbers); Qt's names of keys.
ALLOWED = {"Consensus", "ID", "PNG", "SVG", "PDF", "CSV", "XLSX", "JSON", "GraphML", "GEXF", "PowerPoint"}
LETTERS = re.compile(r"[^\W\d_]")
TAGS = re.compile(r"<[^>]*>")
OBJECT_NAME = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)+$")  # "assessment-dock": a name, not words

# Literals left by file (debt before issue 17); only ever lowered. Run this file to print them.
UNTRANSLATED: dict[str, int] = {}  # none left (issue 17)


def literal_words(node: ast.expr) -> str | None:
    text = literal_text(node)
    if text is None:
        return None
    words = TAGS.sub("", text).strip()
    if OBJECT_NAME.match(words) or words in ALLOWED or not LETTERS.search(words):
        return None
    return words


def untranslated(path: Path) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        if name not in SHOWN_BY:
            continue
        for argument in node.args:
            words = literal_words(argument)
            if words is not None:
                found.append((node.lineno, words))
    return found


def counts() -> Counter[str]:
    return Counter(
        {
            str(path.relative_to(ROOT)): len(found)
            for path in sorted(UI.rglob("*.py"))
            if (found := untranslated(path))
        }
    )


def test_no_new_untranslated_words_on_widgets() -> None:
    details = grown(UI.rglob("*.py"), ROOT, UNTRANSLATED, untranslated)
    assert not details, (
        "words put on a widget without self.tr / QCoreApplication.translate: "
        + "; ".join(details)
        + " (wrap them, then python scripts/translations.py window)"
    )


def test_the_check_sees_a_literal_and_passes_a_translated_one(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "label.setText('Shared themes')\n"
        "label.setText(self.tr('Shared themes'))\n"
        "QAction(f'Delete {name}', self)\n"
        "button.setText('…')\n"
        "window.setWindowTitle('Consensus')\n",
        encoding="utf-8",
    )
    assert untranslated(sample) == [(1, "Shared themes"), (3, "Delete")]


if __name__ == "__main__":
    for path, n in sorted(counts().items()):
        print(f'    "{path}": {n},')
