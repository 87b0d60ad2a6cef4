"""Fetched results kept between runs, in SQLite under the user cache dir.

Keyed by the URL as asked; each row keeps the time it was fetched and is good
for the run's TTL. Only lasting answers are kept (a page that works, a 404, a
redirect loop, a TLS error); transient ones (timeouts, DNS failures, refused
connections, server errors) are asked again next run. A cache that cannot be
opened or written is skipped: online mode works without it.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from dataclasses import asdict, fields
from pathlib import Path

from .model import NOT_FOUND, OK, REDIRECT_LOOP, REDIRECTED, TLS_ERROR, TOO_MANY_REDIRECTS, Fetched

_FORMAT = 2  # 2: what the page cites, its JSON-LD types and og:type
KEPT = (OK, REDIRECTED, NOT_FOUND, REDIRECT_LOOP, TOO_MANY_REDIRECTS, TLS_ERROR)
_NOT_STORED = ("url", "from_cache", "index", "reach")
_FIELDS = tuple(f.name for f in fields(Fetched) if f.name not in _NOT_STORED)
_PURGE_AFTER = 30 * 86400.0
_COMMIT_EVERY = 64


def default_path() -> Path:
    from ..cachedir import cache_dir  # honours EVIDENCE_CHECK_CACHE_DIR

    return cache_dir() / "online.sqlite3"


def clear_cache(path: Path | str | None = None) -> bool:
    """Delete the online cache; True when there was one."""
    target = Path(path) if path is not None else default_path()
    removed = False
    for suffix in ("", "-journal", "-wal", "-shm"):
        try:
            Path(str(target) + suffix).unlink()
            removed = removed or suffix == ""
        except FileNotFoundError:
            pass
    return removed


class Cache:
    def __init__(self, connection: sqlite3.Connection, ttl: float, scope: str):
        self._db = connection
        self._ttl = ttl
        self._scope = scope  # results fetched with the guard off are kept apart
        self._pending = 0
        self.problem: str | None = None  # the first thing that went wrong (said once, by the caller)

    def _failed(self, exc: Exception) -> None:
        if self.problem is None:
            self.problem = str(exc) or type(exc).__name__

    def _key(self, url: str) -> str:
        return f"{self._scope}{url}"

    def get(self, url: str) -> Fetched | None:
        try:
            row = self._db.execute("SELECT at, data FROM fetched WHERE key = ?", (self._key(url),)).fetchone()
        except sqlite3.Error as exc:  # a locked or broken cache is a miss, never a link's status
            self._failed(exc)
            return None
        if row is None or row[0] < time.time() - self._ttl:
            return None
        try:
            data = json.loads(row[1])
            data["chain"] = list(data.get("chain") or [])
            data["hints"] = [tuple(pair) for pair in data.get("hints") or []]
            data["cited"] = [tuple(item) for item in data.get("cited") or []]
            return Fetched(url=url, from_cache=True, **{k: data[k] for k in _FIELDS if k in data})
        except (ValueError, TypeError):
            return None

    def put(self, fetched: Fetched) -> None:
        if fetched.status not in KEPT:
            return
        data = {k: v for k, v in asdict(fetched).items() if k in _FIELDS}
        try:
            self._db.execute("INSERT OR REPLACE INTO fetched (key, at, data) VALUES (?, ?, ?)",
                             (self._key(fetched.url), time.time(), json.dumps(data)))
            self._pending += 1
            if self._pending >= _COMMIT_EVERY:
                self.commit()
        except sqlite3.Error as exc:
            self._failed(exc)

    def commit(self) -> None:
        self._pending = 0
        try:
            self._db.commit()
        except sqlite3.Error as exc:
            self._failed(exc)

    def close(self) -> None:
        self.commit()
        try:
            self._db.close()
        except sqlite3.Error:
            pass


def open_cache(path: Path | str | None, ttl: float, allow_private: bool = False,
               problems: list[str] | None = None) -> Cache | None:
    """The cache at path (default: the user cache dir), or None when it cannot be used."""
    if path is None:
        from ..cachedir import private_dir

        if private_dir() is None:  # not ours, or others may write to it: no cache rather than theirs
            return None
    target = Path(path) if path is not None else default_path()
    try:
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        if target.is_symlink():
            return None  # never write through a link someone planted
        if not target.exists():
            os.close(os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0), 0o600))
        # a short busy timeout: another process holding a lock costs a cache miss, not seconds a link
        db = sqlite3.connect(target, timeout=0.2)
        try:
            db.execute("PRAGMA journal_mode=WAL")  # readers and a writer do not block each other
        except sqlite3.Error:
            pass
        db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
        found = db.execute("SELECT value FROM meta WHERE key = 'format'").fetchone()
        if found is None or found[0] != str(_FORMAT):
            db.execute("DROP TABLE IF EXISTS fetched")
            db.execute("INSERT OR REPLACE INTO meta VALUES ('format', ?)", (str(_FORMAT),))
        db.execute("CREATE TABLE IF NOT EXISTS fetched (key TEXT PRIMARY KEY, at REAL NOT NULL, data TEXT NOT NULL)")
        db.execute("DELETE FROM fetched WHERE at < ?", (time.time() - max(ttl, _PURGE_AFTER),))
        db.commit()
    except (OSError, sqlite3.Error) as exc:
        if problems is not None and isinstance(exc, sqlite3.Error):  # a cache that is there but locked or broken
            problems.append(str(exc) or type(exc).__name__)
        return None
    return Cache(db, ttl, "private|" if allow_private else "")


class ThreadedCache:
    """The cache on a thread of its own: the event loop never waits on SQLite (a lock held by
    another process turned a 15 s run into 83 s and live links into timeouts)."""

    def __init__(self, path, ttl: float, allow_private: bool = False):
        from concurrent.futures import ThreadPoolExecutor

        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="evidence-check-cache")
        self._problems: list[str] = []
        self._cache = self._pool.submit(open_cache, path, ttl, allow_private, self._problems).result()

    @property
    def usable(self) -> bool:
        return self._cache is not None

    async def get(self, url: str) -> Fetched | None:
        import asyncio

        return await asyncio.get_running_loop().run_in_executor(self._pool, self._cache.get, url)

    def put(self, fetched: Fetched) -> None:
        self._pool.submit(self._cache.put, fetched)  # written in order, on the cache's thread

    async def close(self) -> str | None:
        """Close; the first problem the cache had, if any (to be said once)."""
        import asyncio

        if self._cache is not None:
            await asyncio.get_running_loop().run_in_executor(self._pool, self._cache.close)
        self._pool.shutdown(wait=True)
        if self._cache is not None and self._cache.problem:
            return self._cache.problem
        return self._problems[0] if self._problems else None
