"""A compiled-ruleset cache, so start-up does not re-read YAML every run.

Reading and validating the full registry from YAML takes a good part of a
second; unpickling the built Ruleset takes milliseconds. The cache holds the
size and mtime of every file the ruleset was built from and is rebuilt when
any of them changes (or when evidence-check itself changes version).
Set EVIDENCE_CHECK_CACHE_DIR to move it, EVIDENCE_CHECK_NO_CACHE=1 to skip it.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from pathlib import Path

from .._version import __version__
from ..cachedir import cache_dir, file_stamps, open_trusted, write_private
from .filecache import reader_files
from .model import Ruleset
from .paths import default_path

_FORMAT = 1


def _stamp(files: list[str]) -> list[tuple[str, int, int]] | None:
    stamps = file_stamps(files)
    return None if stamps is None else list(stamps)


def _code_stamp() -> list[tuple[str, int, int]] | None:
    """The modules the compiled ruleset depends on: a changed loader must not reuse an old cache."""
    return _stamp(reader_files())


def load(path: Path | str | None = None) -> Ruleset:
    """Load a ruleset through the cache (see module doc); raises RulesError."""
    path = Path(path if path is not None else default_path()).resolve()
    if os.environ.get("EVIDENCE_CHECK_NO_CACHE"):
        return read_ruleset(path)
    key = hashlib.sha256(str(path).encode()).hexdigest()[:24]
    remembered = _loaded.get((str(path), str(cache_dir())))
    if remembered is not None:  # a long-lived process (a test run, a library user) loads once
        files, stamps, code, ruleset = remembered
        if _stamp(files) == stamps and _code_stamp() == code:
            return ruleset
    name = f"ruleset-{key}.pickle"
    try:
        handle = open_trusted(name)  # only a file this user alone can have written (cachedir)
        if handle is not None:
            with handle:
                header = pickle.load(handle)
                if (header.get("format") == _FORMAT and header.get("version") == __version__
                        and header.get("stamps") == _stamp(header.get("files", []))
                        and header.get("code") == _code_stamp()):
                    loaded = pickle.load(handle)
                    _remember(path, loaded)
                    return loaded
    except Exception:  # a missing, stale or unreadable cache is simply rebuilt
        pass
    loaded = read_ruleset(path)
    _save(name, loaded)
    _remember(path, loaded)
    return loaded


def read_ruleset(path: Path) -> Ruleset:
    """Read the YAML: the loader (and PyYAML) is imported only when the cache cannot answer."""
    from .loader import load

    return load(path)


_loaded: dict[tuple[str, str], tuple] = {}


def _remember(path: Path, loaded: Ruleset) -> None:
    stamps = _stamp(loaded.files)
    if stamps is not None:
        _loaded[(str(path), str(cache_dir()))] = (loaded.files, stamps, _code_stamp(), loaded)


def _save(name: str, loaded: Ruleset) -> None:
    stamps = _stamp(loaded.files)
    if stamps is None:
        return
    header = {"format": _FORMAT, "version": __version__, "files": loaded.files, "stamps": stamps,
              "code": _code_stamp()}

    def write(handle) -> None:
        pickle.dump(header, handle, protocol=pickle.HIGHEST_PROTOCOL)
        pickle.dump(loaded, handle, protocol=pickle.HIGHEST_PROTOCOL)

    write_private(name, write)  # a read-only or unsafe cache folder is no reason to fail
