"""The `consensus-app` command: the window by default, headless sub-commands otherwise.

Each sub-command lives in its own module of this package with `register(commands)`, which adds
its parser and sets `handler`. Qt is imported only when a window is opened, so headless
commands start fast and run on machines without a display.
"""

from __future__ import annotations

import argparse
import gc
import logging
import sys
from collections.abc import Sequence

from consensus_app import __version__
from consensus_app.cli import (
    accounts,
    analyze,
    changes,
    copy,
    export,
    forget,
    messages,
    portfolio,
    portfolio_board,
    pursuits,
    themes,
    transfer,
)
from consensus_app.cli.argparse_words import argparse_speaking
from consensus_app.cli.options import common_options, language_option
from consensus_app.i18n import _, normalise, set_language

log = logging.getLogger(__name__)

COMMANDS = [
    accounts,
    pursuits,
    transfer,
    export,
    analyze,
    portfolio,
    portfolio_board,
    themes,
    copy,
    messages,
    changes,
    forget,
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="consensus-app",
        description=_("Map buying committees, find what they agree on, and draft messages that unite them."),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    common_options(parser, suppress=False)
    language_option(parser, suppress=False)
    parser.add_argument(
        "--demo",
        action="store_true",
        help=_("open the window on a fresh copy of the demo workspace (temporary database)"),
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help=_(
            "check an installation: open the window, print 'painted' and then 'map' when the first "
            "pursuit is drawn, and quit"
        ),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in COMMANDS:
        command.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    # The language first: --help and argparse's own errors speak it too.
    set_language(asked_language(words))  # None: the system's language
    with argparse_speaking():
        args = build_parser().parse_args(words)
    logging.basicConfig(
        level=logging.DEBUG if args.debug else logging.WARNING, format="%(levelname)s %(name)s: %(message)s"
    )
    warnings = _warnings_on_stderr()
    try:
        if args.command is None:
            from consensus_app.app import run_gui  # Qt only when a window is wanted

            return run_gui(db=args.db, demo=args.demo, smoke=args.smoke, lang=args.lang)
        from consensus_app.core.native_threads import limit_native_threads

        limit_native_threads()  # before numpy loads: one native thread, as in the window's workers
        from consensus_app.core.cycle_collector import fewer_collections

        with fewer_collections():  # a one-off command allocates much and frees it by reference count
            status: int = args.handler(args)
            if argv is None:  # this process is the command (not a test calling main): it ends now
                _no_cycle_search_at_exit()  # before the usual thresholds return (see there)
        return status
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return _reader_went_away()
    except Exception as exc:
        if args.debug:
            raise
        print(_("consensus-app: error: {message}").format(message=_described(exc)), file=sys.stderr)
        from consensus_app.core.interchange import InterchangeError

        if isinstance(exc, InterchangeError) and len(exc.problems) > 1:
            print(exc.details(), file=sys.stderr)
        return 1
    finally:
        for name in (BAD_ROWS_LOGGER, FONTS_LOGGER, MIGRATE_LOGGER):
            logging.getLogger(name).removeHandler(warnings)


def _no_cycle_search_at_exit() -> None:
    """While Python shuts down it searches every object left (the modules, NumPy's, SciPy's,
    Qt's, the command's) for reference cycles several times: 0.25 s of CPU after a 500-member
    brief; and when the usual collection thresholds come back after the command's burst, the
    next allocation searches every object the burst left young (0.07 s more). Frozen, they are
    still freed by reference count as the modules are cleared; only those searches are skipped
    (garbage in cycles goes with the process)."""
    gc.freeze()


def asked_language(words: Sequence[str]) -> str | None:
    """The code of `--lang CODE` (or `--lang=CODE`) before the command or after any command but
    `themes`, whose own --lang is the statements' language; None when not given or not spoken."""
    command = None
    for index, word in enumerate(words):
        if word == "--":
            break
        if command is None and word in _COMMAND_NAMES:
            command = word
        if command == "themes":
            continue
        if word == "--lang" and index + 1 < len(words):
            return normalise(words[index + 1])
        if word.startswith("--lang="):
            return normalise(word.partition("=")[2])
    return None


_COMMAND_NAMES = frozenset(
    {"accounts", "pursuits", "import", "export", "analyze", "portfolio-themes", "portfolio-board"}
    | {"themes", "copy", "messages", "changes", "forget"}
)


def _reader_went_away() -> int:
    """`consensus-app accounts | head -1`: the reader stopped listening; stop quietly.

    Python would complain again when it flushes standard output at exit, so that goes nowhere.
    """
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no real file descriptor (tests capture output)
        pass
    return 0


BAD_ROWS_LOGGER = "consensus_app.storage.bad_rows"
FONTS_LOGGER = "consensus_app.exports.fonts"  # an export's script no installed font draws
MIGRATE_LOGGER = "consensus_app.storage.migrate"  # the workspace was upgraded; where its copy is


def _warnings_on_stderr() -> logging.Handler:
    """Rows left out because they no longer validate, fonts an export lacks and a workspace's
    upgrade are named on stderr, whatever the log level, in the user's language."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(
        logging.Formatter(_("consensus-app: warning: {message}").format(message="%(message)s"))
    )
    for name in (BAD_ROWS_LOGGER, FONTS_LOGGER, MIGRATE_LOGGER):
        logger = logging.getLogger(name)
        logger.addHandler(handler)
        logger.propagate = False  # printed once, by this handler
    return handler


def _described(exc: BaseException) -> str:
    """The error for stderr: a database error without its SQL and parameters (user data)."""
    if type(exc).__module__.startswith("sqlalchemy"):
        from consensus_app.storage.errors import database_reason

        return _("the database refused the operation: {reason}").format(reason=database_reason(exc))
    text = str(exc)
    return text.encode("utf-8", "backslashreplace").decode("utf-8")  # lone surrogates print too
