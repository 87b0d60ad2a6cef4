"""Online mode: follow each cited URL to where it really leads, and read what the page says.

    >>> from evidence_check.online import Options, fetch_all_sync
    >>> [f.status for f in fetch_all_sync(["https://bit.ly/x"], Options())]   # doctest: +SKIP
    ['redirected']

A layer beside parse and unwrap: it may be slow and may fail, and the core never
waits on it. Every URL yields a Fetched, whatever happens (errors are values);
results come back in input order, and `progress` sees each as it finishes.
Nothing is fetched from an address that is not public unless asked
(Options.allow_private), and that is checked at every redirect hop, after DNS,
on the address actually connected to.

Importing this package does not import aiohttp: that happens on the first fetch.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..model import Source
    from .model import Fetched, Options

_FROM_MODEL = ("DEAD", "HINT_SOURCES", "LIVE", "NOT_CHECKED", "STATUSES", "USER_AGENT", "Alternative", "Fetched",
               "OnlineLink", "Options", "wayback_url")


def __getattr__(name: str):
    """The online model's names, imported on first use: the command line imports this package
    (for its option defaults, in .defaults) on every run, online or not."""
    if name in _FROM_MODEL:
        from . import model

        return getattr(model, name)
    raise AttributeError(name)


__all__ = ["Fetched", "Options", "Interrupted", "fetch_all", "fetch_all_sync", "clear_cache", "default_path",
           "final_source", "STATUSES", "LIVE", "DEAD", "NOT_CHECKED", "HINT_SOURCES", "USER_AGENT", "wayback_url",
           "Alternative", "OnlineLink"]


def clear_cache(path=None):
    """Empty the online cache (see online.cache; sqlite3 is imported only when it is used)."""
    from .cache import clear_cache as clear

    return clear(path) if path is not None else clear()


def default_path():
    """Where the online cache lives (see online.cache)."""
    from .cache import default_path as where

    return where()


class Interrupted(KeyboardInterrupt):
    """Ctrl-C during fetch_all_sync; .results holds what finished (None where nothing did)."""

    def __init__(self, results: list[Fetched | None]):
        super().__init__()
        self.results = results


async def fetch_all(urls: Iterable[str], options: Options | None = None,
                    progress: Callable[[Fetched], None] | None = None) -> list[Fetched]:
    """Fetch every URL; one Fetched per input, in input order.

    progress(fetched) is called as each URL finishes (fetched.index is its input position). When the
    run is cancelled, requests stop and clients close before the cancellation goes on; what finished
    has been through progress.
    """
    from .batch import fetch_into  # aiohttp is imported here, on first use
    from .model import Options

    items = list(urls)
    results: list[Fetched | None] = [None] * len(items)
    await fetch_into(items, options or Options(), results, progress)
    return results  # type: ignore[return-value]  # every slot is filled once fetch_into returns


def fetch_all_sync(urls: Iterable[str], options: Options | None = None,
                   progress: Callable[[Fetched], None] | None = None) -> list[Fetched]:
    """fetch_all in a new event loop. Ctrl-C raises Interrupted (a KeyboardInterrupt) carrying what finished."""
    import asyncio  # here, not at import: the command line imports this package for its options

    from .batch import fetch_into
    from .model import Options

    items = list(urls)
    results: list[Fetched | None] = [None] * len(items)
    try:
        asyncio.run(fetch_into(items, options or Options(), results, progress))
    except KeyboardInterrupt:
        raise Interrupted(results) from None
    return results  # type: ignore[return-value]


def final_source(fetched: Fetched, line: int | None = None) -> Source | None:
    """The Source to classify for a fetched URL: its final URL, parsed as any citation is; None if none."""
    if fetched.final_url is None:
        return None
    from ..urls import parse

    return parse(fetched.final_url, line)
