"""`consensus-app analyze`: a pursuit's consensus-readiness, as a report or as JSON."""

from __future__ import annotations

import argparse
import json
import textwrap
from datetime import date
from typing import TYPE_CHECKING, Any

from consensus_app.cli.options import add_command, selection_options
from consensus_app.cli.words import columns, fitted, iso_date, shown
from consensus_app.core.analytics.finding_titles import finding_title, finding_titles
from consensus_app.core.analytics.shown_points import shown_points
from consensus_app.core.ratings import disagreement_json, sentence
from consensus_app.i18n import _, ngettext, use_language

if TYPE_CHECKING:
    from consensus_app.core.analytics.results import Assessment, ComparedSide, Finding
    from consensus_app.core.pursuit_map import PursuitMap


def register(commands: Any) -> None:
    parser = add_command(commands, "analyze", _("assess a pursuit: score, findings, factions, brokers"))
    selection_options(parser)
    parser.add_argument("--json", action="store_true", help=_("print JSON instead of a report"))
    parser.add_argument(
        "--as-of",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help=_("assess as of this date (default: today)"),
    )
    parser.add_argument(
        "--what-if",
        action="append",
        default=[],
        metavar="CHANGE",
        help=_(
            'imagine a change and show the score before and after; repeatable: "stance NAME +2", '
            '"leaves NAME", "tie A influences B", "engaged NAME"'
        ),
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from consensus_app.cli.selection import select_pursuit
    from consensus_app.core.analytics.assessment import assess
    from consensus_app.core.analytics.themes_link import priority_themes
    from consensus_app.core.pursuit_map import build_pursuit_map
    from consensus_app.core.themes.pursuit import analyse_pursuit
    from consensus_app.storage.priority_vectors import PriorityVectorRepository
    from consensus_app.storage.workspace import open_workspace

    with open_workspace(args.db) as workspace:
        chosen = select_pursuit(workspace, args.account, args.pursuit)
        # From stored vectors (computed once per priority, the first time): clustering only.
        store = PriorityVectorRepository(workspace)
        analysed = analyse_pursuit(chosen.snapshot, chosen.pursuit.id, vectors=store)
    pursuit_map = build_pursuit_map(chosen.snapshot, chosen.pursuit.id)
    themes, voiced = priority_themes(analysed)
    today = args.as_of or date.today()
    keys = chosen.snapshot.stakeholder_keys()
    # JSON is for programs: its sentences are the same (English) whatever --lang says.
    with use_language("en" if args.json else None):
        if args.what_if:
            return _what_if(args, pursuit_map, themes, voiced, today, chosen, keys)
        assessment = assess(pursuit_map, today, themes, voiced)
        if args.json:
            document = as_json(assessment, keys)
            document = {"account": chosen.snapshot.account.key, "pursuit": chosen.pursuit.key, **document}
            print(json.dumps(document, ensure_ascii=False, indent=2))
            return 0
    members = {m.stakeholder_id for m in chosen.snapshot.committee.get(chosen.pursuit.id, [])}
    names = {
        s.id: s.name if s.id in members else _("{name} (not on the committee)").format(name=s.name)
        for s in chosen.snapshot.stakeholders
    }
    print(f"{chosen.snapshot.account.name} — {chosen.pursuit.name} ({shown(chosen.pursuit.stage)})")
    print(report(assessment, names))
    return 0


def _what_if(
    args: argparse.Namespace,
    pursuit_map: PursuitMap,
    themes: Any,
    voiced: dict[int, int],
    today: date,
    chosen: Any,
    keys: dict[int, str],
) -> int:
    from consensus_app.core.analytics.what_if_spec import parse_change
    from consensus_app.core.analytics.whatif import what_if

    changes = [parse_change(spec, pursuit_map, today) for spec in args.what_if]  # errors name the spec
    result = what_if(pursuit_map, changes, today, themes, voiced)
    if args.json:
        document = {
            "account": chosen.snapshot.account.key,
            "pursuit": chosen.pursuit.key,
            "what_if": args.what_if,
            "before": as_json(result.before, keys),
            "after": as_json(result.after, keys),
            "delta": result.delta if result.before.assessable and result.after.assessable else None,
            "resolved": [f.code for f in result.resolved],
            "raised": [f.code for f in result.raised],
        }
        print(json.dumps(document, ensure_ascii=False, indent=2))
        return 0
    print(
        _("{account} — {pursuit}: what if {changes}").format(
            account=chosen.snapshot.account.name, pursuit=chosen.pursuit.name, changes="; ".join(args.what_if)
        )
    )
    print(_("(imagined changes: nothing is saved)") + "\n")
    before, after = result.before, result.after
    if before.assessable and after.assessable:
        changed = f"{before.score} → {after.score} ({result.delta:+d})"
    else:
        changed = f"{_score(before)} → {_score(after)}"
    print(_("Consensus readiness: {change}").format(change=changed))
    for title, findings in ((_("Resolved:"), result.resolved), (_("New:"), result.raised)):
        if findings:
            print(f"\n{title}")
            for f in findings:
                body = textwrap.fill(f.message, 88, initial_indent="    ", subsequent_indent="    ")
                print(f"  [{f.severity.label}] {finding_title(f.code)}\n{body}")
    if not (result.resolved or result.raised):
        print("\n" + _("No finding is resolved or raised."))
    return 0


def _compared_lines(finding: Finding, width: int) -> list[str]:
    lines = []
    for pair in finding.compared:
        lines.append("    " + _("Compared: {why}").format(why=pair.why))
        for said in (*pair.first.said, *pair.second.said):
            quoted = textwrap.shorten(f"{said.name}: “{said.text}”", width - 6, placeholder="…”")
            lines.append(f"      {quoted}")
    if finding.compared_more:
        more = finding.compared_more
        lines.append("    " + ngettext("…and {n} more pair", "…and {n} more pairs", more).format(n=more))
    return lines


def _score(assessment: Assessment) -> str:
    return f"{assessment.score}/100" if assessment.assessable else _("not enough to assess")


def as_json(assessment: Assessment, keys: dict[int, str]) -> dict[str, Any]:
    """The assessment with stakeholders named by their interchange ids."""
    return {
        "score": assessment.score if assessment.assessable else None,
        "not_enough": assessment.not_enough,
        "components": [
            {
                "key": c.key,
                "label": c.label,
                "weight": c.weight,
                "value": round(c.value, 4),
                "points": round(c.points, 2),
                "explanation": c.explanation,
            }
            for c in assessment.components
        ],
        "deductions": [
            {"cause": d.cause, "label": d.label, "points": d.points, "findings": list(d.codes)}
            for d in assessment.deductions
        ],
        "findings": [
            {
                "code": f.code,
                "severity": f.severity.code,  # the code, never the shown word
                "message": f.message,
                "stakeholders": [keys[sid] for sid in f.stakeholders],
                "research": f.research,
                **_compared_json(f, keys),
            }
            for f in assessment.findings
        ],
        "factions": [[keys[sid] for sid in faction] for faction in assessment.factions],
        "brokers": [
            {"id": keys[b.stakeholder_id], "betweenness": b.betweenness, "only_path": b.only_path}
            for b in assessment.brokers
        ],
        "influence": [{"id": keys[r.stakeholder_id], "reach": r.reach} for r in assessment.influence],
        "isolated": [keys[sid] for sid in assessment.isolated],
        "paths": [
            {"from": keys[p.source_id], "to": keys[p.target_id], "path": [keys[s] for s in p.path]}
            for p in assessment.paths
        ],
        # Where colleagues' own views part (the score uses the agreed values): core/ratings.py.
        "disagreements": [disagreement_json(d, keys) for d in assessment.disagreements],
    }


def _compared_json(finding: Finding, keys: dict[int, str]) -> dict[str, Any]:
    """What a finding compared (DIVERGENT_PRIORITIES): the weightiest pairs, each side's words."""
    if not finding.compared:
        return {}

    def side(part: ComparedSide) -> dict[str, Any]:
        return {
            "function": part.function,
            "stakeholders": [keys[sid] for sid in part.stakeholders],
            "themes": list(part.themes),
            "statements": [
                {"by": keys[s.stakeholder_id], "name": s.name, "text": s.text, "theme": s.theme}
                for s in part.said
            ],
        }

    return {
        "compared": [
            {
                "functions": [pair.first.function, pair.second.function],
                "weight": pair.weight,
                "both_sign_off": pair.both_sign_off,
                "why": pair.why,
                "sides": [side(pair.first), side(pair.second)],
            }
            for pair in finding.compared
        ],
        "compared_more": finding.compared_more,
    }


def report(assessment: Assessment, names: dict[int, str], width: int = 88) -> str:
    """A plain-text report a sales manager can read."""
    if assessment.not_enough is not None:
        said = textwrap.fill(assessment.not_enough, width)
        return _("Consensus readiness: not enough to assess yet") + f"\n\n{said}"
    lines = [_("Consensus readiness: {score}/100").format(score=assessment.score), ""]
    # Whole points that add up to the score with the penalties, as the window and the brief show.
    for c, points in zip(assessment.components, shown_points(assessment), strict=True):
        label = c.label if columns(c.label) > 11 else fitted(c.label, 11)
        lines.append(f"  {label} {points:>2} / {c.weight:<3} {c.explanation}")
    for d in assessment.deductions:
        lines.append(f"  −{d.points:<3} {d.label} ({finding_titles(d.codes)})")
    lines += [
        "",
        _("Findings:") if assessment.findings else _("No findings: the group looks ready to agree."),
    ]
    for f in assessment.findings:
        body = textwrap.fill(f.message, width, initial_indent="    ", subsequent_indent="    ")
        lines += [f"  [{f.severity.label}] {finding_title(f.code)}", body, *_compared_lines(f, width)]
    if assessment.factions:
        lines += ["", _("Factions:")]
        lines += [f"  {i}. {', '.join(names[s] for s in g)}" for i, g in enumerate(assessment.factions, 1)]
    if assessment.brokers:
        lines += ["", _("Brokers (who links the committee):")]
        for b in assessment.brokers[:5]:
            share = _("{name}: {share} of paths").format(
                name=names[b.stakeholder_id], share=f"{b.betweenness:.0%}"
            )
            only = _(" — the only path between parts of the committee") if b.only_path else ""
            lines.append(f"  {share}{only}")
    if assessment.influence:
        lines += ["", _("Influence reach:")]
        lines += [f"  {names[r.stakeholder_id]}: {r.reach:.2f}" for r in assessment.influence[:5]]
    if assessment.isolated:
        lines += [
            "",
            _("No known ties: {names}").format(names=", ".join(names[s] for s in assessment.isolated)),
        ]
    if assessment.disagreements:
        lines += ["", _("Colleagues see differently (the score uses the agreed values):")]
        lines += [f"  {sentence(d)}" for d in assessment.disagreements[:5]]
    return "\n".join(lines)
