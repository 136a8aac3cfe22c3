"""`consensus-app import FILE.csv|FILE.xlsx --account ID`: stakeholders from a CRM export.

The mapping of columns to fields is guessed from the headers unless `--mapping` names a JSON
file `{"field": "Column header", ...}`; `--dry-run` prints the plan and writes nothing. Any
problem in the file stops the whole import, listed by line.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def run_people_import(args: argparse.Namespace) -> int:
    from consensus_app.core.people_import.mapping import MappingError, guess_mapping
    from consensus_app.core.people_import.planning import Action, plan_import
    from consensus_app.core.people_import.reading import read_table
    from consensus_app.storage.errors import NotFoundError
    from consensus_app.storage.people_import import apply_plan, people_at
    from consensus_app.storage.workspace import open_workspace

    if not args.account:
        raise NotFoundError("importing people needs --account ID (see `consensus-app accounts`)")
    table = read_table(args.file)
    mapping = _load_mapping(args.mapping) if args.mapping else guess_mapping(table.headers)
    with open_workspace(args.db) as workspace:
        account = workspace.repos.accounts.find_by_key(args.account)
        if account is None:
            raise NotFoundError(f"no account {args.account!r}")
        try:
            plan = plan_import(table, mapping, people_at(workspace, account.id), args.match)
        except MappingError as exc:
            raise MappingError(f"{args.file.name}: {exc}") from exc
        for row in plan.rows:
            for warning in row.warnings:
                print(f"{args.file.name}, line {row.line}: note: {warning}")
        if not plan.ok:
            problems = "\n".join(f"  {p}" for p in plan.problems())
            raise ValueError(f"{args.file.name} was not imported; nothing was changed:\n{problems}")
        counts = ", ".join(f"{plan.count(a)} {a.value}" for a in Action)
        if args.dry_run:
            print(f"{args.file.name}: would import {len(plan.rows)} people ({counts}); nothing written")
            return 0
        result = apply_plan(workspace, account.id, plan)
    print(
        f"Imported {args.file.name} into {account.key}: {result.created} new, {result.updated} updated, "
        f"{result.unchanged} unchanged, {result.priorities} priorities added."
    )
    return 0


def _load_mapping(path: Path) -> dict[str, str]:
    try:
        mapping = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ValueError(f"{path}: not a readable JSON mapping ({exc})") from exc
    if not isinstance(mapping, dict) or not all(isinstance(v, str) for v in mapping.values()):
        raise ValueError(f'{path}: a mapping is a JSON object like {{"name": "Full Name", "email": "Email"}}')
    return mapping
