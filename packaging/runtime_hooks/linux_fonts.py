"""PyInstaller runtime hook: on Linux, Qt finds fonts through fontconfig; point it at a configuration
that adds the fonts shipped in the bundle (fonts/) to the system's own, so Korean, Japanese, Chinese and
Persian text renders in the window and the exports on a machine without those fonts.

A FONTCONFIG_FILE set by the user (or the smoke test) wins."""

import os
import sys

if sys.platform.startswith("linux"):
    _conf = os.path.join(getattr(sys, "_MEIPASS", ""), "fonts", "fonts.conf")
    if os.path.isfile(_conf):
        os.environ.setdefault("FONTCONFIG_FILE", _conf)
