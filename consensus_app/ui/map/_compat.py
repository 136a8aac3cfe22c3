"""A guard against a PySide6 defect that crashes long drawing sessions on Python 3.11.

PySide6/shiboken 6.12.0 returns `None` from void C++ methods (QPainter.drawPath, setPen,
QRectF.setWidth, …) without taking a reference to it. From Python 3.12 on, None is immortal
and nothing happens; on 3.11 every call takes one reference away, and after a few thousand
calls (one or two repaints of a 500-person map) Python aborts with
"none_dealloc: deallocating None". The real fix is a PySide6 without the defect or Python
>= 3.12; until then, when the defect is detected, None is given a reference count so large
that the leak can never exhaust it (which is what 3.12 does for every interpreter).
"""

from __future__ import annotations

import ctypes
import logging
import sys

log = logging.getLogger(__name__)

_GUARD = 1 << 50  # ~10^15 void calls before the count could run out


def none_refcount_leaks() -> bool:
    """Whether void PySide6 calls take references away from None in this interpreter."""
    if sys.version_info >= (3, 12):  # immortal None: the defect is harmless there
        return False
    from PySide6.QtCore import QRectF

    probe = QRectF()
    before = sys.getrefcount(None)
    for _ in range(16):
        probe.setWidth(1.0)
    return sys.getrefcount(None) <= before - 8


def guard_none_refcount() -> bool:
    """Protect None from the defect if it is present; return whether the guard was applied."""
    if not none_refcount_leaks():
        return False
    ctypes.c_ssize_t.from_address(id(None)).value += _GUARD  # ob_refcnt is PyObject's first field
    log.warning(
        "PySide6 %s drops a reference to None on every void call (Python %s); guarded. "
        "Use a PySide6 without this defect or Python >= 3.12.",
        _pyside_version(),
        sys.version.split()[0],
    )
    return True


def _pyside_version() -> str:
    import PySide6

    return str(PySide6.__version__)
