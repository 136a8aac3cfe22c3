"""The `consensus-app` command: the window by default, headless sub-commands otherwise.

Each sub-command lives in its own module of this package with `register(commands)`, which adds
its parser and sets `handler`. Qt is imported only when a window is opened, so headless
commands start fast and run on machines without a display.
"""

from __future__ import annotations

import argparse
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
from consensus_app.cli.options import common_options, language_option

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
        description="Map buying committees, find what they agree on, and draft messages that unite them.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    common_options(parser, suppress=False)
    language_option(parser, suppress=False)
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the window on a fresh copy of the demo workspace (temporary database)",
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="check an installation: open the window, print 'painted' and then 'map' when the first "
        "pursuit is drawn, and quit",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in COMMANDS:
        command.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.debug else logging.WARNING, format="%(levelname)s %(name)s: %(message)s"
    )
    warnings = _warnings_on_stderr()
    try:
        if args.command is None:
            from consensus_app.app import run_gui  # Qt only when a window is wanted

            return run_gui(db=args.db, demo=args.demo, smoke=args.smoke, lang=args.lang)
        from consensus_app.i18n import set_language

        set_language(args.lang)  # None: the system's language
        from consensus_app.core.native_threads import limit_native_threads

        limit_native_threads()  # before numpy loads: one native thread, as in the window's workers
        status: int = args.handler(args)
        return status
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return _reader_went_away()
    except Exception as exc:
        if args.debug:
            raise
        print(f"consensus-app: error: {_described(exc)}", file=sys.stderr)
        from consensus_app.core.interchange import InterchangeError

        if isinstance(exc, InterchangeError) and len(exc.problems) > 1:
            print(exc.details(), file=sys.stderr)
        return 1
    finally:
        logging.getLogger(BAD_ROWS_LOGGER).removeHandler(warnings)


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


def _warnings_on_stderr() -> logging.Handler:
    """Rows left out because they no longer validate are named on stderr, whatever the log level."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("consensus-app: warning: %(message)s"))
    logger = logging.getLogger(BAD_ROWS_LOGGER)
    logger.addHandler(handler)
    logger.propagate = False  # printed once, by this handler
    return handler


def _described(exc: BaseException) -> str:
    """The error for stderr: a database error without its SQL and parameters (user data)."""
    if type(exc).__module__.startswith("sqlalchemy"):
        from consensus_app.storage.errors import database_reason

        return f"the database refused the operation: {database_reason(exc)}"
    text = str(exc)
    return text.encode("utf-8", "backslashreplace").decode("utf-8")  # lone surrogates print too
