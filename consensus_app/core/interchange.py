"""Reading and checking interchange documents (`{"format": "consensus-map", ...}`).

`load_document` turns bytes into a checked, normalised document or raises
`InterchangeError` naming the file, the JSON path and what is wrong. Nothing here
touches a database: importing a checked document is the storage layer's job, so an
invalid file can never leave half an import behind.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import jsonschema

import fastjsonschema

from consensus_app.core import strict_json
from consensus_app.core.hierarchy import find_reporting_cycle
from consensus_app.core.interchange_messages import fast_error, schema_error_message
from consensus_app.core.interchange_messages import shown as _shown
from consensus_app.core.ratings_document import problems as rating_problems
from consensus_app.core.strict_json import printable
from consensus_app.core.themes.corrections_document import problems as theme_corrections_problems
from consensus_app.i18n import N_, _, ngettext
from consensus_app.resources import INTERCHANGE_SCHEMA, resource_path

FORMAT = "consensus-map"
VERSION = 2
# Each older version's upgrade to the next; a file is read as the current version.
# 1 → 2: version 2 only adds optional fields, so a version 1 file means the same as version 2.
UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: lambda document: document}

# Defaults written explicitly by normalisation (and so by every export).
DEFAULTS: dict[str, dict[str, Any]] = {
    "stakeholders": {"function": "other", "profile": "unknown"},
    "relationships": {"strength": 2},
    "priorities": {"kind": "goal", "importance": 3},
    "pursuits": {"stage": "problem_definition", "status": "open"},
    "committee": {"role": "influencer", "approver": False, "stance": 0, "influence": 3},
    "messages": {"status": "draft"},
    "plan": {"status": "planned"},  # a pursuit's plan for deciding together (version 2)
}
# Field order of each object kind, as exports write it. References are by id.
FIELD_ORDER: dict[str, tuple[str, ...]] = {
    "account": ("id", "name", "industry", "region", "website", "language", "notes"),
    "stakeholders": ("id", "name", "title", "function", "reports_to", "profile", "personal_win",
                     "email", "phone", "location", "language", "notes", "external_id",
                     "left_on"),  # left_on: the day they left the company (version 2, optional)
    "relationships": ("id", "source", "target", "kind", "strength", "notes"),
    "priorities": ("id", "stakeholder", "text", "kind", "importance", "pursuit", "language"),
    "pursuits": ("id", "name", "value", "currency", "close_date", "stage", "status", "notes"),
    "committee": ("id", "stakeholder", "role", "approver", "stance", "influence", "journey_stage",
                  "last_engaged", "last_verified", "evidence", "notes"),
    "messages": ("id", "pursuit", "title", "body", "theme", "status", "language", "stakeholders"),
    "plan": ("id", "title", "buyer_owner", "seller_owner", "due", "status"),
}  # fmt: skip
REFERENCES = frozenset(
    {"id", "reports_to", "source", "target", "stakeholder", "pursuit", "stakeholders", "buyer_owner"}
)
DATES = frozenset({"close_date", "last_engaged", "last_verified", "due", "left_on"})


def value_fields(kind: str) -> tuple[str, ...]:
    """The fields of an object kind that hold values rather than references."""
    return tuple(f for f in FIELD_ORDER[kind] if f not in REFERENCES)


ACCOUNT_LISTS = ("stakeholders", "relationships", "priorities", "pursuits", "messages")
_KIND_NAMES = {  # marked for the catalogues: the messages name the kind in the reader's language
    "stakeholders": N_("stakeholder"),
    "relationships": N_("relationship"),
    "priorities": N_("priority"),
    "pursuits": N_("pursuit"),
    "committee": N_("committee member"),
    "messages": N_("message"),
    "plan": N_("plan step"),
}


@dataclass(frozen=True)
class Problem:
    path: str
    message: str

    def __str__(self) -> str:
        return printable(f"{self.path}: {self.message}")


class InterchangeError(ValueError):
    """An interchange file that cannot be imported, with every problem found."""

    def __init__(self, source: str, problems: list[Problem]) -> None:
        self.source = printable(source)  # a file name can hold undecodable bytes
        self.problems = problems
        super().__init__(str(self))

    def __str__(self) -> str:
        first = self.problems[0]
        text = f"{self.source}: {first}"
        if len(self.problems) > 1:
            more = len(self.problems) - 1
            text += " " + ngettext("(and {n} more problem)", "(and {n} more problems)", more).format(
                n=f"{more:,}"
            )
        return text

    def details(self, limit: int = 20) -> str:
        lines = [f"{self.source}:"] + [f"  {p}" for p in self.problems[:limit]]
        if len(self.problems) > limit:
            lines.append("  " + _("... {n} more").format(n=len(self.problems) - limit))
        return "\n".join(lines)


def load_document(path: Path) -> dict[str, Any]:
    """Read, check and normalise an interchange file."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise InterchangeError(
            str(path), [Problem("$", _("cannot read the file: {reason}").format(reason=exc.strerror))]
        ) from exc
    return parse_document(data, source=str(path))


def parse_document(data: bytes | str, source: str = "<document>") -> dict[str, Any]:
    """Decode, parse, check and normalise an interchange document."""

    def fail(message: str) -> InterchangeError:
        return InterchangeError(source, [Problem("$", message)])

    if isinstance(data, bytes):
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise fail(_("the file is UTF-16; save it as UTF-8"))
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            bad = data[exc.start]
            raise fail(
                _("not UTF-8 text (byte {byte} at offset {offset}); save the file as UTF-8").format(
                    byte=f"0x{bad:02x}", offset=exc.start
                )
            ) from exc
    if not data.strip():
        raise fail(_("the file is empty"))
    try:
        document = strict_json.loads(data)
    except RecursionError:
        line = strict_json.too_deep_line(data)
        raise fail(
            _("nested more than {depth} levels deep (line {line})").format(
                depth=strict_json.MAX_DEPTH, line=line
            )
        ) from None
    except json.JSONDecodeError as exc:
        raise fail(
            _("not valid JSON: {reason} at line {line}, column {column}").format(
                reason=exc.msg, line=exc.lineno, column=exc.colno
            )
        ) from exc
    except ValueError as exc:
        raise fail(str(exc)) from exc
    return check_document(document, source)


def check_document(document: Any, source: str = "<document>") -> dict[str, Any]:
    """Check a parsed document against the schema and its references; return it normalised."""
    if isinstance(document, dict) and document.get("format") == FORMAT:
        version = document.get("version")
        if isinstance(version, int | float) and math.isfinite(version) and version > VERSION:
            raise InterchangeError(
                source,
                [
                    Problem(
                        "$.version",
                        _(
                            "version {version} is newer than this app reads ({current}); update Consensus"
                        ).format(version=version, current=VERSION),
                    )
                ],
            )
    problems = [Problem(path, message) for path, message in strict_json.structure_problems(document)]
    if problems:  # before anything else walks it: it may be nested too deep to recurse into
        raise InterchangeError(source, problems)
    document = _without_nulls(document)
    problems = _schema_problems(document)
    if problems:
        raise InterchangeError(source, problems)
    problems = [*_value_problems(document), *_reference_problems(document)]
    if problems:
        raise InterchangeError(source, problems)
    return normalise(upgraded(document))


def upgraded(document: dict[str, Any]) -> dict[str, Any]:
    """A checked document of any readable version, as the current version."""
    version = int(document["version"])
    while version < VERSION:
        document = UPGRADES[version](document)
        version += 1
    return {**document, "version": VERSION}


def normalise(document: Mapping[str, Any]) -> dict[str, Any]:
    """Fill defaults, and leave out empty text and empty audiences (as exports do), so that
    equal maps give equal documents and every import → export round trip is lossless."""
    accounts = []
    for account in document["accounts"]:
        account = _filled(account, {}, ACCOUNT_LISTS)
        for list_name in ACCOUNT_LISTS:
            account[list_name] = [
                _filled(item, DEFAULTS.get(list_name, {}), ["committee"] if list_name == "pursuits" else [])
                for item in account.get(list_name, [])
            ]
        for pursuit in account["pursuits"]:
            pursuit["committee"] = [
                _filled(member, DEFAULTS["committee"]) for member in pursuit.get("committee", [])
            ]
            if "plan" in pursuit:  # (version 2, optional)
                pursuit["plan"] = [_filled(step, DEFAULTS["plan"]) for step in pursuit["plan"]]
        # A message's audience is a set: list it in the account's order of stakeholders.
        order = {s["id"]: i for i, s in enumerate(account["stakeholders"])}
        for message in account["messages"]:
            if "stakeholders" in message:
                message["stakeholders"] = sorted(message["stakeholders"], key=lambda ref: order.get(ref, -1))
        accounts.append(account)
    head = {k: v for k, v in document.items() if k != "accounts"}
    return {**head, "accounts": accounts}


def _filled(
    item: Mapping[str, Any], defaults: Mapping[str, Any], lists: Iterable[str] = ()
) -> dict[str, Any]:
    """`item` with `defaults` under it and without empty values, except its `lists` of objects."""
    return {**defaults, **{k: v for k, v in item.items() if k in lists or v not in ("", [])}}


def _schema_problems(document: Any) -> list[Problem]:
    """Every schema problem, explained. A compiled validator (~15x faster) clears valid
    documents; the reference validator then explains only the parts that failed."""
    try:
        _fast_validator("")(document)
        return []
    except fastjsonschema.JsonSchemaException as exc:
        refusal = exc
    accounts = document.get("accounts") if isinstance(document, dict) else None
    if not isinstance(accounts, list):
        problems = _explained(_validator("").iter_errors(document), "$")
    else:
        problems = _explained(_validator("").iter_errors({**document, "accounts": []}), "$")
        for i, account in enumerate(accounts):
            try:
                _fast_validator("account")(account)
            except fastjsonschema.JsonSchemaException:
                problems += _explained(_validator("account").iter_errors(account), f"$.accounts[{i}]")
    if not problems:  # the validators disagree (a format only one checks): never let it pass
        problems = [_fast_problem(refusal)]
    return sorted(problems, key=lambda p: (p.path, p.message))


def _fast_problem(exc: fastjsonschema.JsonSchemaException) -> Problem:
    return Problem(*fast_error(exc))


def _explained(errors: Iterable[jsonschema.ValidationError], prefix: str) -> list[Problem]:
    errors = list(errors)
    # A value that breaks a format usually breaks its pattern too: report it once.
    flagged = {e.json_path for e in errors if e.validator != "pattern"}
    kept = [e for e in errors if e.validator != "pattern" or e.json_path not in flagged]
    return list(dict.fromkeys(_describe(e, prefix) for e in kept))


@cache
def _schema() -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(resource_path(*INTERCHANGE_SCHEMA).read_text(encoding="utf-8"))
    return schema


def _sub_schema(definition: str) -> dict[str, Any]:
    """The whole schema, or one of its definitions with the others it refers to."""
    schema = _schema()
    if not definition:
        return schema
    return {**{k: schema[k] for k in ("$schema", "$id", "$defs")}, "$ref": f"#/$defs/{definition}"}


@cache
def _validator(definition: str) -> jsonschema.Draft202012Validator:
    import jsonschema  # only to explain a file that failed: it costs start-up time

    checker = jsonschema.FormatChecker()
    # JSON Schema patterns are ECMA-262, where `$` ends the text; Python's `$` also matches
    # before a final newline (so "acc-nl\n" would pass). fastjsonschema rewrites it to \Z; so here.
    strict = jsonschema.validators.extend(jsonschema.Draft202012Validator, {"pattern": _ecma_pattern})
    return strict(_sub_schema(definition), format_checker=checker)


def _ecma_pattern(validator: Any, pattern: str, instance: Any, _schema: Any) -> Iterator[Any]:
    import jsonschema

    if validator.is_type(instance, "string") and not _end_anchored(pattern).search(instance):
        yield jsonschema.ValidationError(f"{instance!r} does not match {pattern!r}")


@cache
def _end_anchored(pattern: str) -> re.Pattern[str]:
    return re.compile(re.sub(r"(?<!\\)\$", r"\\Z", pattern))


@cache
def _fast_validator(definition: str) -> Callable[[Any], Any]:
    # The app works offline: any reference resolves to our own schema, never the network.
    local = {"http": lambda _uri: _schema(), "https": lambda _uri: _schema()}
    return fastjsonschema.compile(_sub_schema(definition), handlers=local)


def _without_nulls(value: Any) -> Any:
    """Treat `"field": null` as an absent field, as most JSON writers mean it."""
    if isinstance(value, dict):
        return {k: _without_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_without_nulls(v) for v in value]
    return value


def _describe(error: jsonschema.ValidationError, prefix: str = "$") -> Problem:
    """A schema error in words a user can act on (interchange_messages), never quoting a huge value whole."""
    return Problem(prefix + error.json_path[1:], schema_error_message(error))


def _value_problems(document: Mapping[str, Any]) -> Iterator[Problem]:
    """Dates the schema's form lets through but no calendar has (year 0, 2023-02-29)."""
    if "exported_at" in document:
        try:
            datetime.fromisoformat(document["exported_at"])
        except ValueError as exc:
            yield Problem(
                "$.exported_at",
                _("{field} {value} is not a valid date and time ({reason})").format(
                    field="exported_at", value=_shown(document["exported_at"]), reason=exc
                ),
            )
    for a, account in enumerate(document["accounts"]):
        for _kind, path, item in _objects(account, f"$.accounts[{a}]"):
            for name in DATES.intersection(item):
                try:
                    date.fromisoformat(item[name])
                except ValueError as exc:
                    yield Problem(
                        f"{path}.{name}",
                        _("{field} {value} is not a valid date ({reason})").format(
                            field=name, value=_shown(item[name]), reason=exc
                        ),
                    )


def _reference_problems(document: Mapping[str, Any]) -> Iterator[Problem]:
    seen_accounts: dict[str, str] = {}
    for a, account in enumerate(document["accounts"]):
        here = f"$.accounts[{a}]"
        if account["id"] in seen_accounts:
            yield Problem(
                f"{here}.id",
                _("duplicate account id {id} (also {path})").format(
                    id=_shown(account["id"]), path=seen_accounts[account["id"]]
                ),
            )
        seen_accounts.setdefault(account["id"], here)
        yield from _account_problems(account, here)


def _account_problems(account: Mapping[str, Any], here: str) -> Iterator[Problem]:
    # One id namespace per account: every object's id names exactly one thing.
    kinds: dict[str, tuple[str, str]] = {}
    for list_name, path, item in _objects(account, here):
        if item["id"] in kinds:
            yield Problem(
                f"{path}.id",
                _("duplicate id {id} (already used at {path})").format(
                    id=_shown(item["id"]), path=kinds[item["id"]][1]
                ),
            )
        else:
            kinds[item["id"]] = (_KIND_NAMES[list_name], path)

    def check_ref(path: str, ref: str, expected: str) -> Iterator[Problem]:
        if ref not in kinds:
            yield Problem(path, _("unknown {kind} {id}").format(kind=_(expected), id=_shown(ref)))
        elif kinds[ref][0] != expected:
            yield Problem(
                path,
                _("{id} is a {kind}, not a {expected}").format(
                    id=_shown(ref), kind=_(kinds[ref][0]), expected=_(expected)
                ),
            )

    crm_ids: dict[str, str] = {}  # a CRM's contact id names one person of the account
    for s, person in enumerate(account.get("stakeholders", [])):
        crm_id = person.get("external_id")
        if crm_id is not None:
            path = f"{here}.stakeholders[{s}].external_id"
            if crm_id in crm_ids:
                yield Problem(
                    path,
                    _("duplicate CRM id {id} (also {path})").format(id=_shown(crm_id), path=crm_ids[crm_id]),
                )
            crm_ids.setdefault(crm_id, path)
    for s, person in enumerate(account.get("stakeholders", [])):
        if "reports_to" in person:
            yield from check_ref(f"{here}.stakeholders[{s}].reports_to", person["reports_to"], "stakeholder")
    managers = {p["id"]: p.get("reports_to") for p in account.get("stakeholders", [])}
    cycle = find_reporting_cycle(managers)
    if cycle:
        yield Problem(f"{here}.stakeholders", _("reporting cycle: {cycle}").format(cycle=" → ".join(cycle)))
    for r, tie in enumerate(account.get("relationships", [])):
        path = f"{here}.relationships[{r}]"
        yield from check_ref(f"{path}.source", tie["source"], "stakeholder")
        yield from check_ref(f"{path}.target", tie["target"], "stakeholder")
        if tie["source"] == tie["target"]:
            yield Problem(path, _("a relationship must join two different stakeholders"))
    for p, priority in enumerate(account.get("priorities", [])):
        path = f"{here}.priorities[{p}]"
        yield from check_ref(f"{path}.stakeholder", priority["stakeholder"], "stakeholder")
        if "pursuit" in priority:
            yield from check_ref(f"{path}.pursuit", priority["pursuit"], "pursuit")
    for q, pursuit in enumerate(account.get("pursuits", [])):
        members: set[str] = set()
        for m, member in enumerate(pursuit.get("committee", [])):
            path = f"{here}.pursuits[{q}].committee[{m}].stakeholder"
            yield from check_ref(path, member["stakeholder"], "stakeholder")
            if member["stakeholder"] in members:
                yield Problem(
                    path, _("{id} is already on this committee").format(id=_shown(member["stakeholder"]))
                )
            members.add(member["stakeholder"])
        for k, step in enumerate(pursuit.get("plan", [])):
            if "buyer_owner" in step:
                path = f"{here}.pursuits[{q}].plan[{k}].buyer_owner"
                yield from check_ref(path, step["buyer_owner"], "stakeholder")
        for k, move in enumerate(pursuit.get("journey", [])):  # (version 2, optional)
            path = f"{here}.pursuits[{q}].journey[{k}].stakeholder"
            yield from check_ref(path, move["stakeholder"], "stakeholder")
        for k, seat in enumerate(pursuit.get("departures", [])):  # (version 2, optional)
            path = f"{here}.pursuits[{q}].departures[{k}].stakeholder"
            yield from check_ref(path, seat["stakeholder"], "stakeholder")
        days: dict[tuple[str, bool], int] = {}  # one reading and one review a day (version 2, optional)
        for k, reading in enumerate(pursuit.get("readiness", [])):
            day = (reading["day"], bool(reading.get("reviewed", False)))
            if day in days:
                second = (
                    _("a second review on {day} (already at readiness[{index}])")
                    if day[1]
                    else _("a second reading on {day} (already at readiness[{index}])")
                )
                yield Problem(
                    f"{here}.pursuits[{q}].readiness[{k}].day",
                    second.format(day=reading["day"], index=days[day]),
                )
            days.setdefault(day, k)
    for n, message in enumerate(account.get("messages", [])):
        path = f"{here}.messages[{n}]"
        if "pursuit" in message:
            yield from check_ref(f"{path}.pursuit", message["pursuit"], "pursuit")
        for i, ref in enumerate(message.get("stakeholders", [])):
            yield from check_ref(f"{path}.stakeholders[{i}]", ref, "stakeholder")
    priority_keys = {ref for ref, (kind, _path) in kinds.items() if kind == _KIND_NAMES["priorities"]}
    for path, message in theme_corrections_problems(account, here, priority_keys):
        yield Problem(path, message)
    for path, message in rating_problems(account, here):  # colleagues' ratings (version 2, optional)
        yield Problem(path, message)


def _objects(account: Mapping[str, Any], here: str) -> Iterator[tuple[str, str, Mapping[str, Any]]]:
    for list_name in ACCOUNT_LISTS:
        for i, item in enumerate(account.get(list_name, [])):
            yield list_name, f"{here}.{list_name}[{i}]", item
            if list_name == "pursuits":
                for m, member in enumerate(item.get("committee", [])):
                    yield "committee", f"{here}.pursuits[{i}].committee[{m}]", member
                for k, step in enumerate(item.get("plan", [])):
                    yield "plan", f"{here}.pursuits[{i}].plan[{k}]", step
