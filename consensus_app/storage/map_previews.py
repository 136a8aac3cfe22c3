"""Where the picture of the last map shown is kept between runs, and how it is checked and erased.

The window paints that picture while the workspace opens (ui/map_preview.py). It shows people's
names, so it is personal data like the workspace itself: forgetting a person erases every
picture (`forget_previews`), and a picture whose workspace file is gone or was replaced is
erased instead of shown (`valid_preview`). Only local workspace files get one: on a team
server someone else may forget a person while this copy sits here.

Qt-free (the command line's `forget` erases them too). The folder follows platformdirs'
user cache path, computed here: importing platformdirs costs ~0.1 s, and this module loads
before the window's first frame (tests check the two agree); json and shutil load when used.
"""

from __future__ import annotations

import os
import re
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path

from consensus_app.storage import ENV_VAR

APP_DIR_NAME = "Consensus"  # as storage.engine's (not imported: it loads SQLAlchemy)
FOLDER = "map-previews"
FORGOTTEN = "map-previews.forgotten"  # beside the folder: when someone was last forgotten


def cache_folder(environ: dict[str, str] | None = None, platform: str = sys.platform) -> Path:
    """The app's cache folder: platformdirs.user_cache_path("Consensus", appauthor=False)."""
    env = os.environ if environ is None else environ
    home = Path(env.get("HOME") or Path.home())
    if platform == "win32":
        local = env.get("LOCALAPPDATA") or str(home / "AppData" / "Local")
        return Path(local) / APP_DIR_NAME / "Cache"
    if platform == "darwin":
        return home / "Library" / "Caches" / APP_DIR_NAME
    xdg = env.get("XDG_CACHE_HOME", "").strip()
    return Path(xdg if xdg else home / ".cache") / APP_DIR_NAME


def previews_folder() -> Path:
    return cache_folder() / FOLDER


def preview_key(target: str | None, demo: bool) -> str | None:
    """Which picture a start with this target shows: the --db given, else CONSENSUS_DB, else the
    default workspace; None for a fresh demo copy or a team server (no picture)."""
    if demo:
        return None
    chosen = target or os.environ.get(ENV_VAR) or "default"
    if "://" in chosen and not chosen.startswith("sqlite:"):
        return None  # a team server
    if chosen.startswith("sqlite:///"):
        chosen = chosen[len("sqlite:///") :]
    # work.db in another folder is another workspace: the key is the file's full path.
    return chosen if chosen == "default" else str(Path(chosen).expanduser().resolve())


@dataclass(frozen=True)
class PreviewFiles:
    image: Path  # the picture (PNG)
    about: Path  # what it shows: the workspace file, its identity, the picture's pixel ratio


def preview_files(key: str) -> PreviewFiles:
    # Readable and distinct (hashlib would load OpenSSL before the first frame: ~25 ms).
    name = f"{re.sub(r'[^A-Za-z0-9]+', '_', key)[-40:]}-{zlib.crc32(key.encode('utf-8')):08x}"
    folder = previews_folder()
    return PreviewFiles(folder / f"{name}.png", folder / f"{name}.json")


def file_identity(path: str) -> list[int] | None:
    """The workspace file's device and inode: a file deleted and made anew is another file."""
    try:
        found = os.stat(path)
    except OSError:
        return None
    return [found.st_dev, found.st_ino]


def describe(workspace_file: str, pixel_ratio: float) -> str:
    """The JSON kept beside a picture of `workspace_file`."""
    import json

    return json.dumps(
        {"file": workspace_file, "identity": file_identity(workspace_file), "pixel_ratio": pixel_ratio}
    )


def valid_preview(key: str) -> tuple[Path, float] | None:
    """The picture for `key` and its pixel ratio if its workspace file is still the same file;
    a picture of a file since deleted or replaced is erased."""
    import json

    files = preview_files(key)
    try:
        about = json.loads(files.about.read_text(encoding="utf-8"))
        workspace_file, identity = str(about["file"]), about["identity"]
        ratio = float(about.get("pixel_ratio", 1.0))
    except (OSError, ValueError, KeyError, TypeError):
        about = None
    if about is None or identity is None or file_identity(workspace_file) != identity:
        erase(files)
        return None
    return (files.image, ratio) if files.image.is_file() else None


def erase(files: PreviewFiles) -> None:
    for path in (files.image, files.about):
        path.unlink(missing_ok=True)


def forget_previews() -> None:
    """Erase every picture (a person was forgotten: their name may be in any of them), and note
    when: a window that read its map before then keeps no new picture of it (`forgotten_since`)."""
    import shutil
    import time

    shutil.rmtree(previews_folder(), ignore_errors=True)
    marker = cache_folder() / FORGOTTEN
    try:
        marker.parent.mkdir(parents=True, exist_ok=True)
        marker.write_text(repr(time.time()), encoding="utf-8")
    except OSError:
        pass  # (no cache folder: no picture can be kept either)


def forgotten_since(moment: float) -> bool:
    """Whether someone was forgotten (here or by the command line) at or after `moment`."""
    try:
        return float((cache_folder() / FORGOTTEN).read_text(encoding="utf-8")) >= moment
    except (OSError, ValueError):
        return False
