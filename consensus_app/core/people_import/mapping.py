"""Which column holds which field: guessed from the headers, checked before planning.

A mapping is `{field: header}`. Guessing compares headers without case, spaces or punctuation
against the names CRMs use (a Salesforce contacts report: Contact ID, First Name, Last Name,
Title, Department, Email, Reports To, Account Name; HubSpot, Dynamics and hand-made sheets use
near variants).

`--match` (MATCH_RULES) says who in a file is someone already at the account. "auto" tries, for
each row, the CRM's own id, then the email, then the exact name and title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from consensus_app.i18n import N_, _, ngettext
from models import Function


@dataclass(frozen=True)
class Field:
    name: str
    english: str  # marked with N_ where written; shown through `label`
    synonyms: tuple[str, ...]

    @property
    def label(self) -> str:
        """The field's words in the current language ("CRM id (Contact ID)", "CRM ID(Contact ID)")."""
        return _(self.english)


FIELDS = [
    Field(
        "external_id",
        N_("CRM id (Contact ID)"),
        ("contactid", "externalid", "id", "recordid", "crmid", "salesforceid", "hubspotid", "key"),
    ),
    Field(
        "account",
        N_("Account name"),
        ("accountname", "account", "company", "companyname", "organization", "organisation", "employer"),
    ),
    Field("first_name", N_("First name"), ("firstname", "givenname", "forename", "vorname", "prenom")),
    Field("last_name", N_("Last name"), ("lastname", "surname", "familyname", "nachname", "nom")),
    Field("name", N_("Full name"), ("fullname", "name", "contactname", "contact", "person", "stakeholder")),
    Field("title", N_("Title"), ("title", "jobtitle", "position", "role", "designation")),
    Field(
        "function",
        N_("Function (department)"),
        ("department", "function", "division", "team", "businessunit"),
    ),
    Field("email", N_("Email"), ("email", "emailaddress", "workemail", "mail", "businessemail")),
    Field("phone", N_("Phone"), ("phone", "mobile", "businessphone", "telephone", "mobilephone")),
    Field("location", N_("Location"), ("location", "city", "office", "mailingcity", "site")),
    Field(
        "reports_to",
        N_("Reports to (name or email)"),
        ("reportsto", "manager", "reportstofullname", "manageremail", "linemanager", "reportstoname"),
    ),
    Field("profile", N_("Profile"), ("profile", "persona", "buyerprofile")),
    Field(
        "priorities",
        N_("Priorities (separated by ; or new lines)"),
        ("priorities", "priority", "goals", "painpoints"),
    ),
    Field("language", N_("Language"), ("language", "lang", "locale")),
]
FIELD_NAMES = [f.name for f in FIELDS]
_BY_NAME = {f.name: f for f in FIELDS}


def field_words(name: str) -> str:
    """A field's words for people ("title" → "Title", 직함 in Korean); the name itself if unknown."""
    known = _BY_NAME.get(name)
    return known.label if known is not None else name


# Older mapping files and remembered mappings called the CRM id "key".
_RENAMED = {"key": "external_id"}

# Who a row is: "auto" tries each rule in this order, per row, and uses the first that applies.
MATCH_RULES = ("auto", "external_id", "email", "name")
_MATCH_ALIASES = {"id": "external_id", "key": "external_id", "external-id": "external_id"}
_NEEDS_COLUMN = {"external_id": N_("the CRM id"), "email": N_("the email")}

# Department words → the app's functions (first match wins; whole words, any case).
_FUNCTION_WORDS: list[tuple[Function, tuple[str, ...]]] = [
    (Function.FINANCE, ("finance", "financial", "accounting", "fp&a", "controlling", "treasury", "cfo")),
    (Function.SECURITY, ("security", "infosec", "ciso", "cyber", "risk")),
    (Function.IT, ("it", "information technology", "infrastructure", "cio", "technology", "systems", "data")),
    (Function.PROCUREMENT, ("procurement", "purchasing", "sourcing", "vendor management")),
    (Function.LEGAL, ("legal", "counsel", "contracts", "compliance")),
    (Function.HR, ("hr", "human resources", "people", "talent")),
    (Function.MARKETING, ("marketing", "brand", "communications")),
    (Function.SALES, ("sales", "revenue", "commercial", "business development")),
    (Function.CUSTOMER_SERVICE, ("customer service", "support", "customer success", "service desk")),
    (Function.ENGINEERING, ("engineering", "r&d", "development")),
    (Function.PRODUCT, ("product",)),
    (Function.CLINICAL, ("clinical", "nursing", "medical", "physician", "pharmacy")),
    (Function.RESEARCH, ("research", "science", "lab")),
    (
        Function.OPERATIONS,
        ("operations", "ops", "supply chain", "logistics", "manufacturing", "production", "plant"),
    ),
    (Function.EXECUTIVE, ("executive", "ceo", "coo", "president", "leadership", "office of the", "board")),
]


class MappingError(ValueError):
    """The mapping cannot work: the message says what to change."""


def normalise_header(header: str) -> str:
    return re.sub(r"[\W_]+", "", header.casefold())


def guess_mapping(headers: list[str]) -> dict[str, str]:
    """The most likely column for each field; each column used at most once."""
    by_norm = {normalise_header(h): h for h in reversed(headers) if h}
    mapping: dict[str, str] = {}
    used: set[str] = set()
    for field in FIELDS:
        for synonym in field.synonyms:
            header = by_norm.get(synonym)
            if header is not None and header not in used:
                mapping[field.name] = header
                used.add(header)
                break
    if "name" in mapping and ("first_name" in mapping or "last_name" in mapping):
        del mapping["name"]  # "Name" beside First/Last is usually an account or report name
    return mapping


def current_mapping(mapping: dict[str, str]) -> dict[str, str]:
    """A mapping with fields renamed since it was saved ("key" is now "external_id")."""
    return {_RENAMED.get(f, f): h for f, h in mapping.items()}


def match_rule(name: str) -> str:
    """The rule a user asked for (`--match`), with its older spellings accepted."""
    rule = _MATCH_ALIASES.get(name, name)
    if rule not in MATCH_RULES:
        raise MappingError(
            _("people are matched on {rules}, not {rule}").format(
                rules=", ".join(MATCH_RULES), rule=repr(name)
            )
        )
    return rule


def check_mapping(mapping: dict[str, str], headers: list[str], match_on: str) -> None:
    unknown_fields = sorted(set(mapping) - set(FIELD_NAMES))
    if unknown_fields:
        raise MappingError(
            ngettext(
                "unknown field {unknown}; fields are {fields}",
                "unknown fields {unknown}; fields are {fields}",
                len(unknown_fields),
            ).format(unknown=", ".join(unknown_fields), fields=", ".join(FIELD_NAMES))
        )
    missing = sorted({h for h in mapping.values() if h not in headers})
    if missing:
        raise MappingError(
            ngettext(
                "no column {missing} in the file (columns: {columns})",
                "no columns {missing} in the file (columns: {columns})",
                len(missing),
            ).format(missing=", ".join(repr(h) for h in missing), columns=", ".join(headers))
        )
    if not ({"name", "first_name", "last_name"} & set(mapping)):
        raise MappingError(_("map a column to the full name, or to the first and last names"))
    rule = match_rule(match_on)
    if rule in _NEEDS_COLUMN and rule not in mapping:
        raise MappingError(
            _("to match people on {field}, map a column to it").format(field=_(_NEEDS_COLUMN[rule]))
        )


@cache  # a file names a few departments thousands of times
def function_for(department: str) -> Function | None:
    """The function a department name means, or None when nothing matches."""
    text = department.casefold().strip()
    if not text:
        return None
    try:
        return Function(text.replace(" ", "_"))
    except ValueError:
        pass
    for function, words in _FUNCTION_WORDS:
        if any(re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) for word in words):
            return function
    return None
