"""No words reach the terminal without translation (issue 17): an AST check over consensus_app/cli and
the storage layer whose errors it prints.

A string literal (or f-string) with letters that the command line prints or shows — print(), an
error raised for the user (SystemExit, any …Error, parser.error), a command's or an option's help,
a parser's description or epilog — must go through consensus_app.i18n's _ / ngettext, so it
follows --lang. JSON output is built from codes and keys and is not checked.

Files written before the languages issue may still hold English literals: UNTRANSLATED counts
them, and may only go down. A file not listed there has none; a new file starts with none.
"""

from __future__ import annotations

import ast
import re
from collections import Counter
from pathlib import Path

from tests.literal_words import grown, literal_text

ROOT = Path(__file__).resolve().parent.parent
CHECKED = [ROOT / "consensus_app" / "cli", ROOT / "consensus_app" / "storage"]  # what the CLI says
SHOWN_BY = {"print", "SystemExit", "CliError", "error", "add_command", "add_parser", "ArgumentParser", "warn"}
SHOWN_AS = {"help", "description", "epilog", "message"}  # keyword arguments that reach the user
ALLOWED = {"Consensus", "JSON", "CSV", "XLSX", "PDF", "PNG", "SVG"}
LETTERS = re.compile(r"[^\W\d_]")
PLACEHOLDER = re.compile(r"%\([a-z_]+\)[sd]|\{[a-z_]*(:[^}]*)?\}")  # a format's fields are not words
NAME = re.compile(r"^[a-z][a-z0-9_-]*$")  # a command's or a key's name ("accounts", "--lang")

UNTRANSLATED: dict[str, int] = {
    # Both say that the code is wrong, not the user's data (no table, an unknown field name).
    "consensus_app/storage/bad_rows.py": 1,
    "consensus_app/storage/repository_base.py": 1,
}


def literal_words(node: ast.expr) -> str | None:
    text = literal_text(node)
    if text is None:
        return None
    words = PLACEHOLDER.sub("", text).strip()
    if not LETTERS.search(words) or words in ALLOWED or NAME.match(words.lstrip("-")):
        return None
    return words


def untranslated(path: Path) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        arguments = [k.value for k in node.keywords if k.arg in SHOWN_AS]
        if name in SHOWN_BY or (name.endswith("Error") and name != "AssertionError"):  # (a bug's)
            arguments += node.args
        for argument in arguments:
            if (words := literal_words(argument)) is not None:
                found.append((node.lineno, words))
    return found


def counts() -> Counter[str]:
    return Counter(
        {
            str(path.relative_to(ROOT)): len(found)
            for path in sorted(p for folder in CHECKED for p in folder.rglob("*.py"))
            if (found := untranslated(path))
        }
    )


def test_no_new_untranslated_words_on_the_command_line() -> None:
    files = [path for folder in CHECKED for path in folder.rglob("*.py")]
    details = grown(files, ROOT, UNTRANSLATED, untranslated)
    assert not details, (
        "words the command line shows without consensus_app.i18n's _: "
        + "; ".join(details)
        + " (wrap them, then python scripts/translations.py words)"
    )


def test_the_check_sees_a_printed_literal_and_passes_a_translated_one(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        'print(f"No accounts in {url}")\n'
        'print(_("No accounts in {url}").format(url=url))\n'
        'parser.add_argument("--lang", help="the language of the output")\n'
        'parser.add_argument("--lang", help=_("the language of the output"))\n'
        "print(json.dumps(data))\n"
        'raise SystemExit("accounts")\n',
        encoding="utf-8",
    )
    assert [line for line, _words in untranslated(sample)] == [1, 3]


if __name__ == "__main__":
    for path, n in sorted(counts().items()):
        print(f"{path}: {n}")
        for line, words in untranslated(ROOT / path):
            print(f"    {line}: {words}")
