"""The catalogues are complete and their compiled forms current (issue 17).

Two halves, one set of English source strings: the window's words (pyside6-lupdate over
consensus_app/ui → resources/i18n/*.ts → .qm) and the Qt-free layers' (pybabel over babel.cfg →
resources/locale/<lang>/LC_MESSAGES/consensus.po → .mo). `python scripts/translations.py update`
refreshes both; these tests fail when someone adds a shown string and does not run it, when a
compiled file is stale, or when a language has an unfinished entry.
"""

from __future__ import annotations

import importlib.util
import io
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("translations", ROOT / "scripts" / "translations.py")
assert _spec is not None and _spec.loader is not None
translations = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(translations)
LANGUAGES = translations.LANGUAGES
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%n|%\d|%\([a-z_]+\)[sd]")


def ts_messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


def translated_forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def test_the_app_speaks_the_languages_it_ships_catalogues_for() -> None:
    from consensus_app.i18n import LANGUAGES as SPOKEN

    assert set(LANGUAGES) == set(SPOKEN) - {"en"}
    for lang in LANGUAGES:
        assert translations.ts_file(lang).is_file() and translations.po_file(lang).is_file()


@pytest.mark.slow
@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_qm_is_compiled_from_its_ts(lang: str, tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.qm"
    translations.lrelease(translations.ts_file(lang), fresh)
    committed = translations.QT_DIR / f"consensus_{lang}.qm"
    assert committed.read_bytes() == fresh.read_bytes(), (
        f"{committed.name} is older than {translations.ts_file(lang).name}: "
        "run python scripts/translations.py compile"
    )


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_mo_is_compiled_from_its_po(lang: str) -> None:
    po = translations.po_file(lang)
    with po.open("rb") as source:
        catalog = read_po(source, locale=lang)
    fresh = io.BytesIO()
    write_mo(fresh, catalog, use_fuzzy=False)
    assert po.with_suffix(".mo").read_bytes() == fresh.getvalue(), (
        f"{lang}/consensus.mo is older than its .po: run python scripts/translations.py compile"
    )


@pytest.mark.slow
def test_every_window_string_is_in_every_catalogue(tmp_path: Path) -> None:
    found = tmp_path / "found.ts"
    translations.lupdate(found, "ko")
    in_code = set(ts_messages(found))
    assert len(in_code) > 30  # the menus at least: lupdate did read the code
    for lang in LANGUAGES:
        missing = in_code - set(ts_messages(translations.ts_file(lang)))
        assert not missing, f"consensus_{lang}.ts lacks {sorted(missing)[:5]}: run scripts/translations.py"


def test_every_core_string_is_in_every_catalogue() -> None:
    keywords = {"_": None, "ngettext": (1, 2), "pgettext": ((1, "c"), 2), "N_": None}
    method_map = [(pattern.strip("[]").split(": ", 1)[1], "python") for pattern in _babel_sections()]
    in_code = {
        message if isinstance(message, str) else message[0]
        for _file, _line, message, _comments, _context in extract_from_dir(
            ROOT / "consensus_app", method_map=method_map, keywords=keywords
        )
    }
    assert {"Org chart", "supportive", "critical"} <= in_code
    for lang in LANGUAGES:
        with translations.po_file(lang).open("rb") as source:
            ids = {m.id if isinstance(m.id, str) else m.id[0] for m in read_po(source, locale=lang) if m.id}
        missing = in_code - ids
        assert not missing, f"{lang}/consensus.po lacks {sorted(missing)[:5]}: run scripts/translations.py"


def _babel_sections() -> list[str]:
    return [line for line in (ROOT / "babel.cfg").read_text().splitlines() if line.startswith("[python:")]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_window_entry_is_unfinished_or_loses_a_placeholder(lang: str) -> None:
    for (context, source), message in ts_messages(translations.ts_file(lang)).items():
        where = f"consensus_{lang}.ts, {context}: {source!r}"
        translation = message.find("translation")
        assert translation is not None and translation.get("type") != "unfinished", f"{where} is unfinished"
        for text in translated_forms(message):
            assert text.strip(), f"{where} has an empty translation"
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), where
            if "&" in source.replace("&&", ""):  # a menu's keyboard letter: still one
                assert text.replace("&&", "").count("&") == 1, f"{where}: {text!r} has no & key"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_core_entry_is_unfinished_or_loses_a_placeholder(lang: str) -> None:
    with translations.po_file(lang).open("rb") as source:
        catalog = read_po(source, locale=lang)
    for message in catalog:
        if not message.id:
            continue
        where = f"{lang}/consensus.po: {message.id!r}"
        assert not message.fuzzy, f"{where} is marked fuzzy"
        forms = message.string if isinstance(message.string, tuple) else (message.string,)
        source = message.id if isinstance(message.id, str) else message.id[1]
        for text in forms:
            assert text, f"{where} is not translated"
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), where
