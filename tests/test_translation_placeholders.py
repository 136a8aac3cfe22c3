"""Every translation formats with its English source's own placeholders (issue 17).

A translated sentence whose `{name}` or `%(value)r` no longer matches the `.format()` / `%` call
raises a KeyError at run time in that one language only. Here every msgstr of every .po (each
plural form too) is formatted exactly as the code formats its msgid, and every .ts translation
keeps the %1…%9 / %n markers that QString.arg and tr(…, n) fill in.
"""

from __future__ import annotations

import re
import string
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from babel.messages.catalog import Message
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("ko", "ja", "fa", "id")
# printf-style fields as argparse's own words use them (%(prog)s, %r, %s); a bare "89% of" is prose.
PERCENT_FIELD = re.compile(r"%(?:\((?P<name>[a-z_]+)\))?(?P<kind>[srd%])")
QT_MARKER = re.compile(r"%L?(\d{1,2}|n)")


def brace_fields(text: str) -> tuple[set[str], int]:
    """The named fields of a str.format template and how many positional ({} / {0}) it needs."""
    names: set[str] = set()
    positional = 0
    for _literal, field, _spec, _conversion in string.Formatter().parse(text):
        if field is None:
            continue
        root = re.split(r"[.\[]", field, maxsplit=1)[0]
        if not re.fullmatch(r"\w*", root):
            raise ValueError(f"{field!r} is not a field name")
        if root == "" or root.isdigit():
            positional = max(positional, int(root) + 1 if root else positional + 1)
        else:
            names.add(root)
    return names, positional


def percent_values(text: str) -> dict[str, object] | tuple[object, ...]:
    """What `text % values` needs: a mapping for %(name)s, else a tuple for bare %s."""
    fields = [m for m in PERCENT_FIELD.finditer(text) if m.group("kind") != "%"]
    if any(m.group("name") is not None for m in fields):
        return {m.group("name"): 7 for m in fields if m.group("name") is not None}
    return tuple(7 for _ in fields)


def is_percent_template(text: str) -> bool:
    """Formatted with %: it has a field and formats with its own values (argparse's words)."""
    if not any(m.group("kind") != "%" for m in PERCENT_FIELD.finditer(text)):
        return False
    try:
        text % percent_values(text)
    except (KeyError, TypeError, ValueError):
        return False
    return True


def is_brace_template(text: str) -> bool:
    """Formatted with .format(): it has a {field} and formats with its own fields."""
    try:
        names, positional = brace_fields(text)
        text.format(*range(positional), **{name: 7 for name in names})
    except (KeyError, IndexError, ValueError, AttributeError):
        return False
    return bool(names or positional)


def po_messages(lang: str) -> list[Message]:
    with (ROOT / "resources" / "locale" / lang / "LC_MESSAGES" / "consensus.po").open("rb") as source:
        return [message for message in read_po(source, locale=lang) if message.id and message.string]


def _forms(value: str | tuple[str, ...]) -> tuple[str, ...]:
    return value if isinstance(value, tuple) else (value,)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_po_translation_formats_with_its_sources_placeholders(lang: str) -> None:
    problems: list[str] = []
    for message in po_messages(lang):
        sources = _forms(message.id)
        for text in (form for form in _forms(message.string) if form):
            where = f"{lang}/consensus.po {sources[0]!r} → {text!r}"
            if is_percent_template(sources[-1]):
                needed = percent_values(sources[-1])
                try:
                    text % needed
                except (KeyError, TypeError, ValueError) as exc:
                    problems.append(f"{where}: % fails ({exc!r})")
                continue
            templates = [source for source in sources if is_brace_template(source)]
            if not templates:
                continue
            names: set[str] = set()
            positional = 0
            for source in templates:
                source_names, source_positional = brace_fields(source)
                names |= source_names
                positional = max(positional, source_positional)
            try:
                text.format(*range(positional), **{name: 7 for name in names})
            except (KeyError, IndexError, ValueError, AttributeError) as exc:
                problems.append(f"{where}: .format fails ({exc!r})")
                continue
            if len(sources) == 1 and brace_fields(text)[0] != names:
                problems.append(f"{where}: drops {sorted(names - brace_fields(text)[0])}")
    assert not problems, "\n".join(problems[:20])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_ts_translation_keeps_its_sources_markers(lang: str) -> None:
    problems: list[str] = []
    for message in ET.parse(ROOT / "resources" / "i18n" / f"consensus_{lang}.ts").getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
        wanted = sorted(set(QT_MARKER.findall(source)))
        for text in (form for form in forms if form):
            if sorted(set(QT_MARKER.findall(text))) != wanted:
                problems.append(f"consensus_{lang}.ts {source!r} → {text!r}: markers {wanted}")
    assert not problems, "\n".join(problems[:20])


def test_the_checks_catch_a_renamed_field_and_a_lost_marker() -> None:
    names, positional = brace_fields("{count:,} people in {0}")
    assert names == {"count"} and positional == 1
    with pytest.raises(KeyError):
        "{anzahl} Personen".format(*range(positional), **{name: 7 for name in names})
    with pytest.raises(KeyError):
        "%(wert)r" % percent_values("invalid choice: %(value)r (choose from %(choices)s)")  # noqa: UP031
    assert percent_values("unrecognized arguments: %s") == (7,)
    assert not is_percent_template("89% of purchases") and is_percent_template("%(prog)s: error")
    assert not is_brace_template('CSV: {"field": "Column"}') and is_brace_template("{count:,} people")
    assert sorted(set(QT_MARKER.findall("%n people, %L1"))) == ["1", "n"]
