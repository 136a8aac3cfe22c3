"""argparse's own words ("usage:", "options", "error:", "invalid choice") in the user's language.

argparse translates through `gettext.gettext`, looked up in its module globals `_` and `ngettext`
each time it speaks; pointing those at consensus_app.i18n makes `--help` and usage errors follow
`--lang` like the rest of the command line. Its English texts are listed below, exactly as Python
writes them, so pybabel collects them into our catalogue.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager

from consensus_app.i18n import N_, _, ngettext

ARGPARSE_WORDS = (
    N_("usage: "),
    N_("options"),
    N_("positional arguments"),
    N_("show this help message and exit"),
    N_("show program's version number and exit"),
    N_("%(prog)s: error: %(message)s\n"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("the following arguments are required: %s"),
    N_("unrecognized arguments: %s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("invalid %(type)s value: %(value)r"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("not allowed with argument %s"),
    N_("one of the arguments %s is required"),
    N_("ignored explicit argument %r"),
    N_("can't open '%(filename)s': %(error)s"),
)


@contextmanager
def argparse_speaking() -> Iterator[None]:
    """argparse's messages through our catalogue, in the language chosen for this process, while
    the command line is parsed; argparse's own gettext again after (other parsers in the process)."""
    before = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    setattr(argparse, "_", _)  # noqa: B010 (argparse's private global, by design)
    setattr(argparse, "ngettext", ngettext)  # noqa: B010
    try:
        yield
    finally:
        setattr(argparse, "_", before[0])  # noqa: B010
        setattr(argparse, "ngettext", before[1])  # noqa: B010
