"""`consensus-app import CONTACTS.csv|.xlsx [--account NAME]`: people from a CRM export.

Without `--account`, the file's Account Name column says where people work: an account of that
name is used, a new name becomes a new account, and a name that could be several accounts is
refused with the candidates. With `--account`, a file naming another account is refused unless
`--yes`. The mapping of columns to fields is guessed from the headers unless `--mapping` names a
JSON file `{"field": "Column header", ...}`.

Every row is planned first, without holding the workspace; then one short transaction writes
the whole file (every account in it) or nothing. `--dry-run` prints the plan, row by row with
the rule that matched, and writes nothing. People at the account who are not in the file are
listed; they are marked as having left the company only with `--mark-missing-left`, and removed
only with `--remove-missing`.
"""

from __future__ import annotations

import argparse
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from consensus_app.i18n import N_, _, ngettext

if TYPE_CHECKING:
    from consensus_app.core.people_import.planning import ImportPlan
    from consensus_app.core.people_import.reading import Table
    from consensus_app.storage.people_import import ImportResult
    from consensus_app.storage.workspace import Workspace

_ATTEMPTS = 3  # plans made again when someone changed the account's people meanwhile
_NAMED = 12  # people named in the "not in this export" list


@dataclass
class Target:
    """One account the file's people go to, and what importing them there would do."""

    name: str
    account_id: int | None  # None: a new account called `name`
    key: str | None
    only: str | None  # plan only the rows with this Account Name (None: every row)
    plan: ImportPlan | None = None
    created: bool = False

    @property
    def shown(self) -> str:
        if not self.key:
            return _("{name} (a new account)").format(name=self.name)
        if self.created:
            return _("{name} ({key}, a new account)").format(name=self.name, key=self.key)
        return f"{self.name} ({self.key})"


def run_people_import(args: argparse.Namespace) -> int:
    from consensus_app.core.people_import.mapping import current_mapping, guess_mapping, match_rule
    from consensus_app.core.people_import.reading import read_table
    from consensus_app.storage.people_import import PeopleChangedError
    from consensus_app.storage.workspace import open_workspace

    if args.remove_missing and args.mark_missing_left:
        raise ValueError(_("choose one of --remove-missing and --mark-missing-left, not both"))
    rule = match_rule(args.match)
    table = read_table(args.file)
    mapping = current_mapping(_load_mapping(args.mapping)) if args.mapping else guess_mapping(table.headers)
    for note in getattr(table, "notes", []):  # what the reader assumed (an encoding, a header)
        print(_("{file}: note: {note}").format(file=args.file.name, note=note))
    with open_workspace(args.db) as workspace:
        for attempt in range(_ATTEMPTS):
            targets = _targets(workspace, args, table, mapping)
            _plan(workspace, targets, table, mapping, rule, args.file.name)
            if args.dry_run:
                _print_dry_run(targets, args)
                return 0
            try:
                results = _write(workspace, targets, args.remove_missing, args.mark_missing_left)
                break
            except PeopleChangedError:
                if attempt + 1 == _ATTEMPTS:
                    raise
    for target, result in zip(targets, results, strict=True):
        assert target.plan is not None
        priorities = ngettext("{n} priority added", "{n} priorities added", result.priorities)
        said = _(
            "Imported {file} into {account}: {new} new, {updated} updated, {unchanged} unchanged, {added}"
        )
        print(
            said.format(
                file=args.file.name,
                account=target.shown,
                new=f"{result.created:,}",
                updated=f"{result.updated:,}",
                unchanged=f"{result.unchanged:,}",
                added=priorities.format(n=f"{result.priorities:,}"),
            )
            + (
                ngettext(", {n} person removed.", ", {n} people removed.", result.removed).format(
                    n=f"{result.removed:,}"
                )
                if result.removed
                else "."
            )
        )
        _print_rules(target.plan)
        if args.mark_missing_left:
            _print_marked_left(target)
        elif not args.remove_missing:
            _print_missing(
                target, "  " + _("Nothing was changed for them; {choices}.").format(choices=_(_CHOICES))
            )
    return 0


def _targets(
    workspace: Workspace, args: argparse.Namespace, table: Table, mapping: dict[str, str]
) -> list[Target]:
    from consensus_app.cli.selection import AmbiguousChoiceError, find_account, listing
    from consensus_app.core.people_import.accounts import differing_names, resolve_account
    from consensus_app.core.people_import.planning import account_names
    from consensus_app.storage.errors import NotFoundError

    source = args.file.name
    names = account_names(table, mapping)
    if args.account:
        account = find_account(workspace, args.account)
        differing = differing_names(names, account.name)
        if differing and not args.yes:
            quoted = ", ".join(repr(n) for n in differing[:5])
            raise ValueError(
                _(
                    "{file} says these people work at {names}, not at {account} ({key}); "
                    "nothing was imported. Add --yes to import them into {account} anyway, or leave "
                    "out --account to use the file's Account Name"
                ).format(file=source, names=quoted, account=account.name, key=account.key)
            )
        return [Target(account.name, account.id, account.key, None)]
    accounts = workspace.repos.accounts.list()
    if not names:
        known = listing(accounts, lambda a: a.key, lambda a: a.name)
        raise NotFoundError(
            _(
                "{file} has no Account Name column: say where these people work with --account NAME "
                "(accounts: {known})"
            ).format(file=source, known=known)
        )
    blank = _lines_without_account(table, mapping["account"])
    if blank:
        lines = ", ".join(map(str, blank[:10])) + (" …" if len(blank) > 10 else "")
        raise ValueError(
            ngettext(
                "{file}: line {lines} has no Account Name; fill it in, or give --account NAME",
                "{file}: lines {lines} have no Account Name; fill it in, or give --account NAME",
                len(blank),
            ).format(file=source, lines=lines)
        )
    targets = []
    for name in names:
        choice = resolve_account(name, accounts)
        if choice.ambiguous:
            raise AmbiguousChoiceError(
                _(
                    "{file}: the Account Name {name} could be {candidates}; nothing was imported. "
                    "Choose one with --account NAME --yes, or give the account in the file the same name"
                ).format(
                    file=source,
                    name=repr(name),
                    candidates=listing(choice.candidates, lambda a: a.key, lambda a: a.name),
                )
            )
        found = choice.account
        targets.append(Target(name, found.id if found else None, found.key if found else None, name))
    return targets


def _lines_without_account(table: Table, header: str) -> list[int]:
    from consensus_app.core.people_import.planning import line_of

    column = table.headers.index(header)
    return [
        line_of(table, i) for i, cells in enumerate(table.rows) if not cells[column].strip() and any(cells)
    ]


def _plan(
    workspace: Workspace, targets: list[Target], table: Table, mapping: dict[str, str], rule: str, source: str
) -> None:
    from consensus_app.core.people_import.mapping import MappingError
    from consensus_app.core.people_import.planning import plan_import
    from consensus_app.storage.people_import import people_at

    problems = []
    for target in targets:
        people = people_at(workspace, target.account_id) if target.account_id is not None else []
        try:
            target.plan = plan_import(table, mapping, people, rule, only_account=target.only)
        except MappingError as exc:
            raise MappingError(f"{source}: {exc}") from exc
        for row in target.plan.rows:
            for warning in row.warnings:
                print(_("{file}, line {line}: note: {note}").format(file=source, line=row.line, note=warning))
        problems += target.plan.problems()
    if problems:
        listed = "\n".join(f"  {p}" for p in sorted(problems, key=_line_number))
        raise ValueError(
            _("{file} was not imported; nothing was changed:").format(file=source) + f"\n{listed}"
        )


def _line_number(problem: str) -> int:
    """ "line 12: …" → 12 (the first number, in whatever language the line is worded)."""
    found = re.search(r"\d+", problem)
    return int(found.group()) if found else 0


def _write(
    workspace: Workspace, targets: list[Target], remove_missing: bool, mark_missing_left: bool = False
) -> list[ImportResult]:
    """Every account of the file in one transaction: all of it or nothing."""
    from consensus_app.storage.people_import import apply_plan, new_account

    results = []
    with workspace.write():
        for target in targets:
            assert target.plan is not None
            account_id = target.account_id
            if account_id is None:
                account_id = new_account(workspace, target.name)
                target.created = True
            remove = [p.id for p in target.plan.missing] if remove_missing else []
            results.append(apply_plan(workspace, account_id, target.plan, remove=remove))
            if mark_missing_left and target.plan.missing:
                _mark_left(workspace, [p.id for p in target.plan.missing])
    if any(t.account_id is None for t in targets):
        keys = {a.id: a.key for a in workspace.repos.accounts.list()}
        for target, result in zip(targets, results, strict=True):
            target.key = keys.get(result.account_id, target.key)
    return results


def _print_dry_run(targets: list[Target], args: argparse.Namespace) -> None:
    for target in targets:
        plan = target.plan
        assert plan is not None
        rows = len(plan.rows)
        print(
            ngettext(
                "{file} → {account}: would import {n} person ({counts}); nothing written",
                "{file} → {account}: would import {n} people ({counts}); nothing written",
                rows,
            ).format(file=args.file.name, account=target.shown, n=f"{rows:,}", counts=plan.counts())
        )
        width = max((len(r.name) for r in plan.rows), default=0)
        line_word = _("line {line}")
        for row in plan.rows:
            print(f"  {line_word.format(line=row.line):<10} {row.name:<{width}}  {row.outcome}")
        choices = _(_CHOICES)
        _print_missing(
            target,
            "  " + _("With --remove-missing they would be removed.")
            if args.remove_missing
            else "  " + _("With --mark-missing-left they would be marked as left the company.")
            if args.mark_missing_left
            else f"  {choices[:1].upper()}{choices[1:]}.",
        )


def _print_rules(plan: ImportPlan) -> None:
    from consensus_app.core.people_import.planning import MatchedBy

    by_rule = {rule: sum(1 for r in plan.rows if r.matched_by is rule) for rule in MatchedBy}
    found = [_("{n} by {rule}").format(n=n, rule=_(rule.value)) for rule, n in by_rule.items() if n]
    if found:
        print("  " + _("Found already there: {found}.").format(found=", ".join(found)))


# How a person was found already there (core's MatchedBy values), in the catalogue.
_RULE_WORDS = (N_("CRM id"), N_("email"), N_("name and title"))
_CHOICES = N_(
    "add --mark-missing-left to mark them as left the company (kept with their history, off the "
    "committees), or --remove-missing to remove them"
)


def _mark_left(workspace: Workspace, stakeholder_ids: list[int]) -> None:
    """The same edit as the window's "Mark as left the company…", inside the import's transaction."""
    from consensus_app.operations.leavers import mark_many_left
    from consensus_app.operations.operation import Ledger
    from consensus_app.operations.steps import Versions

    operation = mark_many_left(workspace.repos, stakeholder_ids)
    if operation is not None:
        operation.apply(Ledger(workspace, Versions(), lambda _conflict: True))


def _print_marked_left(target: Target) -> None:
    plan = target.plan
    if plan is None or not plan.missing:
        return
    names = ", ".join(p.name for p in plan.missing[:_NAMED])
    print(
        "  "
        + _(
            "Marked as left the company (not in this export): {names}. They keep their history; "
            "their seats are kept as what the committees lost."
        ).format(names=names + _more(len(plan.missing)))
    )


def _more(n: int) -> str:
    """ " and 3 more" after the first _NAMED names, or nothing."""
    return _(" and {n} more").format(n=n - _NAMED) if n > _NAMED else ""


def _print_missing(target: Target, then: str) -> None:
    plan = target.plan
    if plan is None or not plan.missing:
        return
    names = ", ".join(p.name for p in plan.missing[:_NAMED])
    n = len(plan.missing)
    said = ngettext(
        "{n} person at {account} is not in this export — left the company? {names}",
        "{n} people at {account} are not in this export — left the company? {names}",
        n,
    )
    print("  " + said.format(n=f"{n:,}", account=target.name, names=names + _more(n)))
    print(then)


def _load_mapping(path: Path) -> dict[str, str]:
    try:
        mapping = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ValueError(
            _("{file}: not a readable JSON mapping ({reason})").format(file=path, reason=exc)
        ) from exc
    if not isinstance(mapping, dict) or not all(isinstance(v, str) for v in mapping.values()):
        example = '{"name": "Full Name", "email": "Email"}'
        raise ValueError(
            _("{file}: a mapping is a JSON object like {example}").format(file=path, example=example)
        )
    return mapping
