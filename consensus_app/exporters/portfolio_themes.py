"""Portfolio themes as files marketing can open: CSV (one row per theme and function) and Markdown."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from consensus_app.core.portfolio_themes import PortfolioFilter, PortfolioTheme
from consensus_app.exporters.atomic import atomic_output
from consensus_app.exporters.csv_export import csv_value
from consensus_app.exporters.spreadsheet_cells import Cell
from consensus_app.i18n import _, ngettext

HEADERS = ["theme", "accounts", "functions", "statements", "terms", "function", "their words"]


def write_portfolio_csv(themes: Sequence[PortfolioTheme], path: Path) -> Path:
    with atomic_output(path) as tmp, tmp.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(HEADERS)
        for theme in themes:
            for function, phrases in theme.functions.items():
                row: list[Cell] = [
                    theme.label,
                    theme.accounts,
                    theme.function_count,
                    theme.size,
                    ", ".join(theme.terms),
                    function,
                    " | ".join(phrases),
                ]
                writer.writerow([csv_value(v) for v in row])
    return Path(path)


def portfolio_markdown(themes: Sequence[PortfolioTheme], chosen: PortfolioFilter, accounts: int) -> str:
    scope = ", ".join(f"{k} {v}" for k, v in vars(chosen).items() if v) or _("all accounts")
    heading = ngettext(
        "Themes across {n} account ({scope})", "Themes across {n} accounts ({scope})", accounts
    )
    lines = ["# " + heading.format(n=accounts, scope=scope), ""]
    for theme in themes:
        lines.append(f"## {_md(theme.label)}")
        lines.append("")
        lines.append(
            _("In {accounts}, {functions}, {statements}. Terms: {terms}.").format(
                accounts=ngettext("{n} account", "{n} accounts", theme.accounts).format(
                    n=f"{theme.accounts:,}"
                ),
                functions=ngettext("{n} function", "{n} functions", theme.function_count).format(
                    n=f"{theme.function_count:,}"
                ),
                statements=ngettext("{n} statement", "{n} statements", theme.size).format(
                    n=f"{theme.size:,}"
                ),
                terms=_md(", ".join(theme.terms)),
            )
        )
        lines.append("")
        for function, phrases in theme.functions.items():
            lines.append(f"- **{_md(function)}**: " + "; ".join(f"“{_md(p)}”" for p in phrases))
        lines.append("")
    return "\n".join(lines)


def write_portfolio_markdown(
    themes: Sequence[PortfolioTheme], chosen: PortfolioFilter, accounts: int, path: Path
) -> Path:
    with atomic_output(path) as tmp:
        tmp.write_text(portfolio_markdown(themes, chosen, accounts), encoding="utf-8")
    return Path(path)


def _md(text: str) -> str:
    """User text inside Markdown: no stray emphasis, links or HTML."""
    for char in "\\`*_[]<>#|":
        text = text.replace(char, "\\" + char)
    return text
