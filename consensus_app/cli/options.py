"""Options every sub-command shares."""

from __future__ import annotations

import argparse
from typing import Any

from consensus_app.i18n import N_, _


def common_options(parser: argparse.ArgumentParser, suppress: bool = True) -> None:
    # Sub-commands suppress their defaults so `--db` works before or after the command name.
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        default=default,
        help=_(
            "workspace database: a SQLite file path or a database URL (default: $CONSENSUS_DB, "
            "else workspace.db in your data folder)"
        ),
    )
    parser.add_argument(
        "--debug",
        action="store_true",
        default=argparse.SUPPRESS if suppress else False,
        help=_("show tracebacks and debug logging"),
    )


def language_option(parser: argparse.ArgumentParser, suppress: bool = True) -> None:
    """--lang: before the command (`consensus-app --lang ko analyze …`) or after `export`."""
    parser.add_argument(
        "--lang",
        metavar="CODE",
        type=_language_code,
        default=argparse.SUPPRESS if suppress else None,
        help=_(
            "language of what is shown and of exports meant for the seller (en, ko, ja, fa, id; "
            "default: the system's). Text for the customer keeps its draft's language"
        ),
    )


def _language_code(text: str) -> str:
    from consensus_app.i18n import LANGUAGES, normalise

    code = normalise(text)
    if code is None:
        raise argparse.ArgumentTypeError(
            _("{text}: the app speaks {languages}").format(text=repr(text), languages=", ".join(LANGUAGES))
        )
    return code


def add_command(commands: Any, name: str, help: str) -> argparse.ArgumentParser:
    """A sub-command parser with the common options (`help` already in the user's language)."""
    parser: argparse.ArgumentParser = commands.add_parser(name, help=help, description=help)
    common_options(parser)
    return parser


ACCOUNT_HELP = N_("account name, id or the start of either (needed when there are several)")
PURSUIT_HELP = N_("pursuit name, id or the start of either (needed when the account has several)")


def selection_options(parser: argparse.ArgumentParser) -> None:
    """--account and --pursuit, each taking a name, an id or a unique start of either."""
    parser.add_argument("--account", metavar="NAME", help=_(ACCOUNT_HELP))
    parser.add_argument("--pursuit", metavar="NAME", help=_(PURSUIT_HELP))
