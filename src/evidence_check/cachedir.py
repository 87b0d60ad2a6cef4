"""Where evidence-check keeps its caches (compiled rulesets, suffix sets, online results).

A leaf module: the ruleset loader, the domain walker and online mode all ask it,
and it asks nothing of them. Set EVIDENCE_CHECK_CACHE_DIR to move the caches.
"""

from __future__ import annotations

import os
from pathlib import Path


def cache_dir() -> Path:
    configured = os.environ.get("EVIDENCE_CHECK_CACHE_DIR")
    if configured:
        return Path(configured)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("evidence-check", appauthor=False))


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
