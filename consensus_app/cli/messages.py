"""`consensus-app messages`: a pursuit's common-language drafts and mobilizer kits, or the library.

Drafts are built on the pursuit's bridge themes, computed as the themes panel does (the theme
engine on the committee's priorities, bridges weighed by the analytics' factions).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from consensus_app.cli.options import add_command, selection_options
from consensus_app.cli.words import shown
from consensus_app.i18n import _, ngettext, use_language

if TYPE_CHECKING:
    from consensus_app.core.messaging import Draft, Kit
    from consensus_app.storage.workspace import Workspace


def register(commands: Any) -> None:
    parser = add_command(
        commands,
        "messages",
        _("draft common-language messages and mobilizer kits for a pursuit; search the library"),
    )
    selection_options(parser)
    parser.add_argument("--json", action="store_true", help=_("print JSON instead of text"))
    parser.add_argument("--save", action="store_true", help=_("store the drafts in the message library"))
    parser.add_argument(
        "--language",
        metavar="CODE",
        help=_(
            "write the drafts and kits in this language (en, ko, ja, fa, id; default: the one most of "
            "the committee's approvers write in)"
        ),
    )
    parser.add_argument(
        "--search",
        metavar="TEXT",
        help=_("list library messages across accounts whose title, body or theme contain TEXT ('' for all)"),
    )
    parser.add_argument(
        "--status", choices=["draft", "approved"], help=_("with --search: only messages with this status")
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from consensus_app.storage.workspace import open_workspace

    with open_workspace(args.db) as workspace:
        if args.search is not None or args.status is not None:
            return _search(workspace, args)
        return _draft(workspace, args)


def _draft(workspace: Workspace, args: argparse.Namespace) -> int:
    from consensus_app.cli.selection import select_pursuit
    from consensus_app.core.analytics import metrics
    from consensus_app.core.analytics.graphs import build_graphs
    from consensus_app.core.messaging import messaging_for_pursuit
    from consensus_app.core.messaging.templates import available_languages
    from consensus_app.core.pursuit_map import build_pursuit_map
    from consensus_app.storage.message_library import save_draft

    if args.language is not None and args.language not in available_languages():
        known = ", ".join(available_languages())
        raise ValueError(
            _("--language {code}: there are templates for {languages}").format(
                code=repr(args.language), languages=known
            )
        )
    chosen = select_pursuit(workspace, args.account, args.pursuit)
    snapshot, pursuit = chosen.snapshot, chosen.pursuit
    pursuit_map = build_pursuit_map(snapshot, pursuit.id)
    factions = metrics.factions(build_graphs(pursuit_map))  # as the themes panel weighs bridges
    # JSON is for programs: the seller's labels in it are English whatever --lang says (as analyze's);
    # the drafts and the piece to share keep their own language either way.
    with use_language("en" if args.json else None):
        result = messaging_for_pursuit(
            snapshot, pursuit.id, factions=factions, pursuit_map=pursuit_map, language=args.language
        )
    keys = snapshot.stakeholder_keys()
    names = {s.id: s.name for s in snapshot.stakeholders}
    saved = [
        save_draft(workspace, draft, account_id=snapshot.account.id, pursuit_id=pursuit.id)
        for draft in (result.drafts if args.save else [])
    ]
    if args.json:
        document = {
            "account": snapshot.account.key,
            "pursuit": pursuit.key,
            "stage": result.stage.value,
            "language": result.language,
            "committee_language": result.committee_language,
            "messages": [draft_json(d, keys) for d in result.drafts],
            "kits": [kit_json(k, keys) for k in result.kits],
        }
        print(json.dumps(document, ensure_ascii=False, indent=2))
    else:
        print(f"{snapshot.account.name} — {pursuit.name} ({shown(result.stage)})")
        print(report(result.drafts, result.kits, names))
    if saved:
        where = sys.stderr if args.json else sys.stdout
        said = ngettext(
            "Saved {n} draft to the message library: {ids}",
            "Saved {n} drafts to the message library: {ids}",
            len(saved),
        )
        print(said.format(n=len(saved), ids=", ".join(m.key for m in saved)), file=where)
    return 0


def draft_json(draft: Draft, keys: dict[int, str]) -> dict[str, Any]:
    return {
        "title": draft.title,
        "body": draft.body,
        "theme": draft.theme_label,
        "stakeholders": [keys[s] for s in draft.stakeholder_ids],
        "functions": [f.value for f in draft.functions],
        "language": draft.language,
        "warnings": draft.warnings,
    }


def kit_json(kit: Kit, keys: dict[int, str]) -> dict[str, Any]:
    return {
        "stakeholder": keys[kit.stakeholder_id],
        "name": kit.name,
        "function": kit.function.value,
        "profile": kit.profile.value,
        "stance": kit.stance,
        "language": kit.language,
        "personal_value": kit.personal_value,
        "approach": kit.approach,
        "theme": kit.theme_label,
        "share": {
            "title": kit.share_title,
            "body": kit.share_body,
            "functions": [f.value for f in kit.share_functions],
            "note": kit.share_note,
        },
        "warnings": kit.warnings,
    }


def report(drafts: list[Draft], kits: list[Kit], names: dict[int, str]) -> str:
    """Drafts and kits as text an account executive can read and copy."""
    from consensus_app.core.messaging import draft_as_text, kit_as_text

    rule = "─" * 72
    lines = [
        "",
        _("Messages for the whole group ({n})").format(n=len(drafts))
        if drafts
        else _("No bridge theme to draft on yet."),
    ]
    for number, draft in enumerate(drafts, 1):
        lines += [
            "",
            rule,
            _("Draft {number} · theme: {theme}").format(number=number, theme=draft.theme_label),
        ]
        spoken_to = ", ".join(names.get(s, str(s)) for s in draft.stakeholder_ids)
        lines.append(_("Speaks to: {names}").format(names=spoken_to))
        lines += ["", draft_as_text(draft).rstrip()]
        lines += [f"  ! {warning}" for warning in draft.warnings]
    kits_title = (
        _("Mobilizer kits ({n})").format(n=len(kits)) if kits else _("No supportive mobilizer: no kit.")
    )
    lines += ["", rule, kits_title]
    for kit in kits:
        lines += ["", kit_as_text(kit).rstrip()]
        lines += [f"  ! {warning}" for warning in kit.warnings]
    return "\n".join(lines)


def _search(workspace: Workspace, args: argparse.Namespace) -> int:
    from consensus_app.storage.message_library import search_messages

    found = search_messages(workspace, args.search or "", args.status)
    accounts = {a.id: a for a in workspace.repos.accounts.list()}
    pursuits = {p.id: p.key for p in workspace.repos.pursuits.list_where()}
    stakeholders = {s.id: s.key for s in workspace.repos.stakeholders.list_where()}
    if args.json:
        document = {
            "messages": [
                {
                    "id": m.key,
                    "account": accounts[m.account_id].key,
                    "pursuit": pursuits.get(m.pursuit_id) if m.pursuit_id is not None else None,
                    "title": m.title,
                    "body": m.body,
                    "theme": m.theme,
                    "status": m.status.value,
                    "language": m.language,
                    "stakeholders": [stakeholders[s] for s in m.stakeholder_ids if s in stakeholders],
                }
                for m in found
            ]
        }
        print(json.dumps(document, ensure_ascii=False, indent=2))
        return 0
    if not found:
        print(_("No messages found."))
        return 0
    for m in found:
        theme = f" — {m.theme}" if m.theme else ""
        print(f"[{shown(m.status)}] {accounts[m.account_id].name} · {m.title}{theme} ({m.key})")
    return 0
