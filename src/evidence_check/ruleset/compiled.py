"""A compiled-ruleset cache, so start-up does not re-read YAML every run.

Reading and validating the full registry from YAML takes a good part of a
second; unpickling the built Ruleset takes milliseconds. The cache holds the
size and mtime of every file the ruleset was built from and is rebuilt when
any of them changes (or when evidence-check itself changes version).
Set EVIDENCE_CHECK_CACHE_DIR to move it, EVIDENCE_CHECK_NO_CACHE=1 to skip it.
"""

from __future__ import annotations

import gc
import os
import pickle
from pathlib import Path

from .._version import __version__
from ..cachedir import cache_dir, file_stamps, open_trusted, write_private
from .filecache import reader_files
from .model import Ruleset
from .paths import default_path

# 2: the header names the ruleset's path and the sizes of the pickle and of its out-of-band buffers;
# 3: lookup buckets by CRC-32
_FORMAT = 5  # 4: the index carries name_prefixes; 5: and by_owner


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
    remembered = _loaded.get((str(path), str(cache_dir())))
    if remembered is not None:  # a long-lived process (a test run, a library user) loads once
        files, stamps, code, ruleset = remembered
        if _stamp(files) == stamps and _code_stamp() == code:
            return ruleset
    name = cache_name(path)
    try:
        handle = open_trusted(name)  # only a file this user alone can have written (cachedir)
        if handle is not None:
            with handle:
                header = pickle.load(handle)
                if (header.get("format") == _FORMAT and header.get("version") == __version__
                        and header.get("path") == str(path)
                        and header.get("stamps") == _stamp(header.get("files", []))
                        and header.get("code") == _code_stamp()):
                    loaded = _unpickle(handle, header)
                    _remember(path, loaded, header["stamps"], header["code"])  # just checked: not again
                    return loaded
    except Exception:  # a missing, stale or unreadable cache is simply rebuilt
        pass
    loaded = read_ruleset(path)
    _save(name, path, loaded)
    _remember(path, loaded)
    return loaded


def cache_name(path: Path | str) -> str:
    """The cache file's name for a (resolved) ruleset path: FNV-1a (64 bits) of the path, which
    costs microseconds where hashlib costs milliseconds of start-up to import. Two paths that
    share a name cannot mix: the header names its path, and a file for another one is rebuilt."""
    value = 0xCBF29CE484222325
    for byte in os.fsencode(str(path)):
        value = ((value ^ byte) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return f"ruleset-{value:016x}.pickle"


def _unpickle(handle, header: dict) -> Ruleset:
    """The ruleset after the header: its pickle, then the large byte strings pickled out of band
    (the registry's rows, the name index: see index.py), which are mapped, not read. A run reads
    the pages of the few rows it looks at, not megabytes. Unpickled without the garbage collector:
    unpickling makes many objects and none of them garbage, and collections while it runs are a
    good part of its time. The mapping (and the descriptor mmap keeps) lives as long as the ruleset;
    the file is never changed in place (cachedir replaces it whole), so the pages stay valid."""
    import mmap

    sizes = header["buffers"]
    start = handle.tell()
    mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    view = memoryview(mapped)
    if len(view) != start + header["body"] + sum(sizes):
        raise ValueError("a compiled ruleset of the wrong size")
    body = view[start:start + header["body"]]
    buffers = []
    offset = start + header["body"]
    for size in sizes:
        buffers.append(view[offset:offset + size])
        offset += size
    enabled = gc.isenabled()
    gc.disable()
    try:
        return pickle.loads(body, buffers=buffers)
    finally:
        if enabled:
            gc.enable()


def read_ruleset(path: Path) -> Ruleset:
    """Read the YAML: the loader (and PyYAML) is imported only when the cache cannot answer."""
    from .loader import load as read

    return read(path, parents=load)  # a ruleset that changes only rules borrows its parent's registry


_loaded: dict[tuple[str, str], tuple] = {}


def _remember(path: Path, loaded: Ruleset, stamps=None, code=None) -> None:
    if stamps is None:
        stamps = _stamp(loaded.files)
    if stamps is not None:
        _loaded[(str(path), str(cache_dir()))] = (loaded.files, stamps, code if code is not None else _code_stamp(),
                                                  loaded)


def _save(name: str, path: Path, loaded: Ruleset) -> None:
    stamps = _stamp(loaded.files)
    if stamps is None:
        return
    buffers: list[pickle.PickleBuffer] = []
    countries = getattr(loaded, "countries", None)
    if countries is not None:  # made once here, read from the cache by every reader of text
        countries.in_text()
        countries.places_in_text()
    try:
        body = pickle.dumps(loaded, protocol=5, buffer_callback=buffers.append)
    except (TypeError, ValueError, pickle.PicklingError):  # not picklable: no cache, as before
        return
    raw = [buffer.raw() for buffer in buffers]
    header = {"format": _FORMAT, "version": __version__, "path": str(path), "files": loaded.files, "stamps": stamps,
              "code": _code_stamp(), "body": len(body), "buffers": [len(part) for part in raw]}

    def write(handle) -> None:
        pickle.dump(header, handle, protocol=5)
        handle.write(body)
        for part in raw:
            handle.write(part)

    write_private(name, write)  # a read-only or unsafe cache folder is no reason to fail
