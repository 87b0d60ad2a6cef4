"""Each registry and country file, read and validated once, then kept until it changes.

Loading a ruleset that `extends: default` (a conference's own file, a test's)
re-reads every file of the chain. The default registry alone is some twenty
files and tens of thousands of entries: parsing and validating its YAML takes
seconds, so each file's result is kept in memory and on disk, keyed by the
file's path, size and modification time, the name it is shown by, the country
set it was checked against, and the package's code. A file with problems is
never kept: its problems are reported afresh every time.
"""

from __future__ import annotations

import marshal
import os
from collections.abc import Callable
from pathlib import Path

from .._version import __version__
from ..cachedir import file_stamps, open_trusted, write_private

_FORMAT = 1
_memory: dict[tuple, tuple] = {}
_code: tuple | None = None


def reader_files() -> list[str]:
    """The modules a cached ruleset or registry file depends on: the readers, the domain values
    and name folding. A change to any of them must not reuse an old cache."""
    package = Path(__file__).resolve().parents[1]
    return [str(path) for path in (*sorted((package / "ruleset").glob("*.py")), package / "model.py",
                                   package / "countries.py", package / "names.py")]


def _code_stamp() -> tuple:
    """The package's own modules: a changed reader must not reuse an old result."""
    global _code
    if _code is None:
        stamps = file_stamps(reader_files())
        import hashlib  # on a cache miss only: start-up does not pay for its import

        _code = (__version__, _FORMAT, hashlib.sha256(repr(stamps).encode()).hexdigest())
    return _code


def cached(kind: str, path: Path, name: str, context: str,
           build: Callable[[list[str]], tuple[object, list]],
           encode: Callable[[object], object], decode: Callable[[object], object]) -> tuple[object, list, list[str]]:
    """build(extra_files) -> (value, problems), through the memory and disk caches.

    Returns (value, problems, extra_files): the files build() read besides path
    (a registry entry's domains_file), which the caller must also watch."""
    own = file_stamps([str(path)])
    if own is None or os.environ.get("EVIDENCE_CHECK_NO_CACHE"):
        extra: list[str] = []
        value, problems = build(extra)
        return value, problems, extra
    key = (kind, str(path), name, context, own, _code_stamp())
    hit = _memory.get(key)
    if hit is not None and file_stamps(hit[1]) == hit[2]:
        return hit[0], [], list(hit[1])
    import hashlib

    digest = hashlib.sha256(repr(key[:4]).encode()).hexdigest()[:24]
    name = f"{kind}-{digest}.marshal"
    try:
        handle = open_trusted(name)  # only a file this user alone can have written (cachedir)
        if handle is not None:
            with handle:
                stored_key, extra, extra_stamps, data = marshal.load(handle)
            if stored_key == repr(key) and file_stamps(list(extra)) == extra_stamps:
                value = decode(data)
                _memory[key] = (value, list(extra), extra_stamps)
                return value, [], list(extra)
    except Exception:  # missing, stale or unreadable: rebuilt below
        pass
    extra = []
    value, problems = build(extra)
    if problems:
        return value, problems, extra
    extra_stamps = file_stamps(extra)
    _memory[key] = (value, list(extra), extra_stamps)
    if extra_stamps is not None:  # a read-only or unsafe cache folder is no reason to fail
        write_private(name, lambda handle: marshal.dump((repr(key), tuple(extra), extra_stamps, encode(value)),
                                                        handle))
    return value, problems, extra
