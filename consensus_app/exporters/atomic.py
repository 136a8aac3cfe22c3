"""Writing export files atomically: a crash or an error half-way never leaves a truncated file."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def atomic_output(path: Path | str) -> Iterator[Path]:
    """Yield a temporary path beside `path`; it replaces `path` only if the block succeeds.

    The temporary file keeps `path`'s suffix, since some writers (networkx, Qt) pick the
    format or the compression from it. Errors name `path`, never the temporary file.
    """
    target = Path(path)
    if target.is_dir():
        raise IsADirectoryError(f"{target} is a folder; give the export a file name inside it")
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.stem}.", suffix=target.suffix)
    except OSError as exc:
        raise _naming(exc, target) from None
    os.close(fd)
    try:
        yield Path(tmp)
        # mkstemp makes the file private (0600); an export gets the permissions of a new file.
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        if exc.filename in (tmp, str(tmp)) or exc.filename2 in (tmp, str(tmp)):
            raise _naming(exc, target) from None
        raise
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _naming(exc: OSError, target: Path) -> OSError:
    """The same error about `target` (the file the user asked for), not the temporary file."""
    if exc.errno is None:
        return OSError(f"cannot write {target}: {exc}")
    if isinstance(exc, FileNotFoundError) and target.parent.is_dir():  # /proc, read-only mounts
        return PermissionError(exc.errno, f"cannot create a file in {target.parent}", str(target))
    return type(exc)(exc.errno, exc.strerror, str(target))


def _umask() -> int:
    try:  # Linux reports it without changing it
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
