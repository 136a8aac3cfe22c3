"""Which account a CRM file's "Account Name" means: an existing one, a new one, or a question.

An account whose name is the same (without case or repeated spaces) is the one. Otherwise
accounts whose names differ only by a legal form ("Wilhelmsen Shipping ASA" and "Wilhelmsen
Shipping") or where one name starts the other ("Wilhelmsen" and "Wilhelmsen Shipping ASA") could
be it: the user chooses, the app does not guess. No candidate at all: a new account.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from consensus_app.core.people_import.planning import normalised
from models import AccountRecord

# Legal forms and filler at the end of company names, in the languages users work in.
_LEGAL_FORMS = frozenset((
    "as", "asa", "ab", "oy", "oyj", "aps", "a/s", "gmbh", "ag", "se", "sa", "sas", "srl", "spa", "bv", "nv",
    "plc", "ltd", "limited", "llc", "inc", "incorporated", "corp", "corporation", "co", "company", "kk",
    "株式会社", "pt", "tbk", "persero", "주식회사", "group", "holding", "holdings",
))  # fmt: skip


@dataclass(frozen=True)
class AccountChoice:
    name: str  # as the file writes it
    account: AccountRecord | None = None  # the existing account it is; None: a new one, or ask
    candidates: list[AccountRecord] = field(default_factory=list)  # when it could be several

    @property
    def ambiguous(self) -> bool:
        return self.account is None and bool(self.candidates)

    @property
    def new(self) -> bool:
        return self.account is None and not self.candidates


def core_name(name: str) -> str:
    """A company name without punctuation, case and trailing legal forms."""
    words = re.findall(r"[\w&/]+", name.casefold())
    while len(words) > 1 and words[-1] in _LEGAL_FORMS:
        words.pop()
    while len(words) > 1 and words[0] in _LEGAL_FORMS:  # PT Bank …, 株式会社 …
        words.pop(0)
    return " ".join(words)


def resolve_account(name: str, accounts: list[AccountRecord]) -> AccountChoice:
    same = [a for a in accounts if normalised(a.name) == normalised(name)]
    if len(same) == 1:
        return AccountChoice(name, same[0])
    if same:
        return AccountChoice(name, None, same)
    core = core_name(name)
    near = [a for a in accounts if _near(core_name(a.name), core)]
    return AccountChoice(name, None, near)


def _near(a: str, b: str) -> bool:
    return bool(a and b) and (a == b or a.startswith(b + " ") or b.startswith(a + " "))


def differing_names(file_names: list[str], account_name: str) -> list[str]:
    """The file's Account Names that are not the chosen account's name."""
    return [n for n in file_names if normalised(n) != normalised(account_name)]
