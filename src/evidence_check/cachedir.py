"""Where evidence-check keeps its caches (compiled rulesets, suffix sets, online results), and
how it reads and writes them without trusting anyone else's files.

A leaf module: the ruleset loader, the domain walker and online mode all ask it,
and it asks nothing of them. Set EVIDENCE_CHECK_CACHE_DIR (an absolute path) to
move the caches.

A compiled ruleset is a pickle, and unpickling runs code, so a cache file is read
only when it can only have been written by this user: the folder is the user's own
and nobody else may write to it (created 0700), the file is a regular file (not a
link) of the user's, writable by nobody else (written 0600, atomically, never
through a link). Anything else is ignored and rebuilt.
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

_warned = False


def cache_dir() -> Path:
    configured = os.environ.get("EVIDENCE_CHECK_CACHE_DIR")
    if configured:
        path = Path(configured).expanduser()
        if path.is_absolute():
            return path
        _warn_once(f"EVIDENCE_CHECK_CACHE_DIR={configured!r} is not an absolute path: ignored "
                   "(a relative path would let the current folder plant a cache)")
    common = _xdg_cache_dir()
    if common is not None:
        return common
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("evidence-check", appauthor=False))


def _xdg_cache_dir() -> Path | None:
    """platformdirs' answer on plain Linux, without importing it (a few ms of every run):
    $XDG_CACHE_HOME/evidence-check when that is an absolute path, else ~/.cache/evidence-check
    when $HOME is one. Any other case (Android, a relative or blank variable, no HOME, another
    system) is platformdirs' to decide: None."""
    if sys.platform != "linux" or hasattr(sys, "getandroidapilevel"):
        return None
    environ = os.environ
    if "ANDROID_DATA" in environ or "ANDROID_ROOT" in environ:
        return None
    xdg = environ.get("XDG_CACHE_HOME", "")
    if xdg:
        return Path(xdg, "evidence-check") if xdg.startswith("/") else None
    home = environ.get("HOME", "")
    if not home.startswith("/"):
        return None
    return Path(os.path.expanduser("~/.cache"), "evidence-check")


def _warn_once(message: str) -> None:
    global _warned
    if not _warned:
        _warned = True
        print(f"evidence-check: warning: {message}", file=sys.stderr)


def _own(st: os.stat_result) -> bool:
    return not hasattr(os, "getuid") or st.st_uid == os.getuid()


def private_dir() -> Path | None:
    """The cache folder, created 0700 if missing; None when it is not safe to use (not a folder,
    not ours, or others may write to it)."""
    folder = cache_dir()
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        st = os.lstat(folder)
    except OSError:
        return None
    if not stat.S_ISDIR(st.st_mode) or not _own(st) or st.st_mode & 0o022:
        return None
    return folder


def open_trusted(name: str):
    """A cache file opened for reading, or None: missing, or not safe to trust (see module doc)."""
    folder = private_dir()
    if folder is None:
        return None
    path = folder / name
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or not _own(st) or st.st_mode & 0o022:
            os.close(fd)
            return None
        return os.fdopen(fd, "rb")
    except OSError:
        os.close(fd)
        return None


def write_private(name: str, write) -> bool:
    """Write a cache file: a new 0600 file beside it (O_EXCL: never through a link), filled by
    write(handle), then renamed over the old one. False when it could not be written."""
    folder = private_dir()
    if folder is None:
        return False
    import tempfile  # here: a run that only reads its caches never needs it

    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{name}.")  # O_EXCL, mode 0600
    except OSError:
        return False
    try:
        with os.fdopen(fd, "wb") as handle:
            write(handle)
        os.replace(tmp, folder / name)
        return True
    except (OSError, ValueError, TypeError):
        try:
            os.unlink(tmp)
        except OSError:
            pass
        return False


def file_stamps(files) -> tuple[tuple[str, int, int], ...] | None:
    """(path, size, mtime) of each file, or None when one is missing: how every cache here
    knows that what it was built from has changed."""
    stamps = []
    for name in files:
        try:
            st = os.stat(name)
        except OSError:
            return None
        stamps.append((str(name), st.st_size, st.st_mtime_ns))
    return tuple(stamps)
