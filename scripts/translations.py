#!/usr/bin/env python3
"""Refresh and compile the translation catalogues (one set of English source strings, two halves).

    python scripts/translations.py update    # find new words, add them to every catalogue, compile
    python scripts/translations.py compile   # only compile (.ts → .qm, .po → .mo)
    python scripts/translations.py window    # only the window's half (.ts → .qm)
    python scripts/translations.py words     # only the Qt-free half (.pot, .po → .mo)

The window: pyside6-lupdate reads consensus_app/ui (self.tr, QCoreApplication.translate) into
resources/i18n/consensus_<lang>.ts; pyside6-lrelease compiles them to .qm (committed).
The Qt-free layers: pybabel extracts (babel.cfg) into resources/locale/consensus.pot, updates
resources/locale/<lang>/LC_MESSAGES/consensus.po and compiles consensus.mo (committed).
Translators edit the .ts files with Qt Linguist (pyside6-linguist) and the .po files with any
gettext editor; tests/test_translations_current.py fails when a compiled file is stale.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("ko", "ja", "fa", "id")
QT_DIR = ROOT / "resources" / "i18n"
LOCALE_DIR = ROOT / "resources" / "locale"
POT = LOCALE_DIR / "consensus.pot"
BIN = Path(sys.executable).parent


def ts_file(lang: str) -> Path:
    return QT_DIR / f"consensus_{lang}.ts"


def po_file(lang: str) -> Path:
    return LOCALE_DIR / lang / "LC_MESSAGES" / "consensus.po"


def lupdate(target: Path, lang: str) -> None:
    """The window's strings into `target` (kept translations stay; no line numbers: no churn)."""
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), "-extensions", "py", "-locations", "none", "-no-obsolete",
         "-target-language", lang, str(ROOT / "consensus_app" / "ui"), "-ts", str(target)],
        check=True, capture_output=True,
    )  # fmt: skip


def lrelease(source: Path, target: Path) -> None:
    subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(source), "-qm", str(target)], check=True)


def extract_pot(target: Path) -> None:
    subprocess.run(
        [str(BIN / "pybabel"), "-q", "extract", "-F", str(ROOT / "babel.cfg"), "--no-location",
         "--sort-output", "--omit-header", "-k", "N_", "-o", str(target), str(ROOT / "consensus_app")],
        check=True, cwd=ROOT,
    )  # fmt: skip


def compile_window() -> None:
    for lang in LANGUAGES:
        lrelease(ts_file(lang), QT_DIR / f"consensus_{lang}.qm")


def compile_words() -> None:
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    for lang in LANGUAGES:
        with po_file(lang).open("rb") as source:
            catalog = read_po(source, locale=lang)
        with po_file(lang).with_suffix(".mo").open("wb") as target:
            write_mo(target, catalog, use_fuzzy=False)


def compile_all() -> None:
    compile_window()
    compile_words()


def update_window() -> None:
    QT_DIR.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        lupdate(ts_file(lang), lang)
    compile_window()


def update_words() -> None:
    from babel.messages.pofile import read_po, write_po

    LOCALE_DIR.mkdir(parents=True, exist_ok=True)
    extract_pot(POT)
    with POT.open("rb") as source:
        template = read_po(source)
    for lang in LANGUAGES:
        path = po_file(lang)
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists():
            with path.open("rb") as source:
                catalog = read_po(source, locale=lang)
        else:
            from babel.messages.catalog import Catalog

            catalog = Catalog(locale=lang, project="Consensus", domain="consensus")
        catalog.update(template, no_fuzzy_matching=True)
        catalog.obsolete.clear()
        catalog.fuzzy = False  # the header: a fuzzy header would keep the plural rule out of the .mo
        catalog.project, catalog.version = "Consensus", ""
        catalog.copyright_holder = catalog.last_translator = "Consensus developers"
        catalog.msgid_bugs_address = ""
        catalog.language_team = f"{lang} (docs/glossary.md fixes the terms)"
        with path.open("wb") as target:
            write_po(target, catalog, no_location=True, sort_output=True, omit_header=False, width=0)
    compile_words()


def update() -> None:
    update_window()
    update_words()


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "update"
    {"update": update, "compile": compile_all, "window": update_window, "words": update_words}[command]()
