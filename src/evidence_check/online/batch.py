"""A run over many URLs: each fetched once, in a bounded window, cached, and stopped early when the
network is down (online.network.Reachability). Results are handed on as they finish.
"""

from __future__ import annotations

import asyncio
import sys
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import replace

from .cache import ThreadedCache
from .fetch import Fetcher
from .model import OK, REDIRECTED, Fetched, Options
from .network import Reachability


def _offline_note(reason: str | None, count: int) -> None:
    """Said once a run: the network looked unreachable, so links were not checked (not dead)."""
    sys.stderr.write(f"evidence-check: note: the network looks unreachable ({reason or 'no answer'}); "
                     f"{count} link{'s' if count != 1 else ''} not checked, rows keep their offline verdicts "
                     "(behind a proxy? set HTTPS_PROXY)\n")


def _cache_note(problem: str | None) -> None:
    """Said once a run: the cache's trouble (the links were fetched, not failed)."""
    if problem:
        sys.stderr.write(f"evidence-check: note: the online cache could not be used fully ({problem}); "
                         "links were fetched anew\n")


def _copy(fetched: Fetched, index: int) -> Fetched:
    """A second input with the same URL gets a result of its own (lists not shared with the first)."""
    return replace(fetched, chain=list(fetched.chain), hints=list(fetched.hints), cited=list(fetched.cited),
                   page_types=list(fetched.page_types), index=index)


async def fetch_into(urls: Iterable[str], options: Options, results: list[Fetched | None],
                     progress: Callable[[Fetched], None] | None = None) -> None:
    """Fetch every URL, filling results[i] for input i as each finishes (then calling progress).

    An exception raised by progress stops the run (after the same clean-up as a cancellation).

    Duplicate URLs are fetched once. A cancelled run stops its requests, closes its clients and keeps
    what finished (in results, already reported through progress) before the cancellation goes on.
    When the first requests all fail before anything answers (online.network.Reachability), the run
    stops: every link not yet finished is NOT_CHECKED, and that is said once on stderr.

    Scheduling: each request is a task whose done-callback puts it on a queue of finished tasks; the
    run takes finished tasks off that queue, so a completion costs the same whatever the number of
    tasks running (no scan of the running set, no asyncio.wait). Up to max(64, 8 x concurrency) tasks
    exist at once (they queue on the fetcher's global and per-host limits, so that a host at its
    limit does not hold up the others); until the network is known to be there, no more than run at
    once. Results are handed on in the order requests finish.
    """
    fetcher = Fetcher(options)
    cache: ThreadedCache | None = None
    if options.cache:
        cache = ThreadedCache(options.cache_path, options.cache_ttl, options.allow_private or bool(options.allow_networks))
        if not cache.usable:
            _cache_note(await cache.close())
            cache = None
    loop = asyncio.get_running_loop()
    window = max(64, options.concurrency * 8)
    running: dict[asyncio.Task, str] = {}
    completed: deque[asyncio.Task] = deque()  # finished tasks, in the order they finished
    wake: list[asyncio.Future | None] = [None]  # set when a task finishes while the run waits
    waiting: dict[str, list[int]] = {}
    finished: dict[str, Fetched] = {}
    network = Reachability(options.offline_after)
    unchecked = 0

    def on_done(task: asyncio.Task) -> None:
        completed.append(task)
        waiter = wake[0]
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    async def next_completion() -> None:
        while not completed:
            waiter = wake[0] = loop.create_future()
            try:
                await waiter
            finally:
                wake[0] = None

    def deliver(index: int, fetched: Fetched) -> None:
        results[index] = fetched
        if progress is not None:
            progress(fetched)

    def hand_on(settled: list[tuple[list[int], Fetched]]) -> None:
        nonlocal unchecked
        for indices, fetched in settled:
            finished[fetched.url] = fetched
            if network.state is False:
                unchecked += len(indices)
            fetched.index = indices[0]
            deliver(indices[0], fetched)
            for index in indices[1:]:
                deliver(index, _copy(fetched, index))

    async def stop_all() -> None:
        """The network is down: what is still running will not be checked either."""
        tasks = list(running.items())
        running.clear()
        for task, _ in tasks:
            task.cancel()
        await asyncio.gather(*(task for task, _ in tasks), return_exceptions=True)
        hand_on([(waiting.pop(url), network.not_checked(Fetched(url=url))) for _, url in tasks])

    async def settle() -> None:
        """Hand on every finished task (constant work for each)."""
        while completed:
            task = completed.popleft()
            url = running.pop(task, None)
            if url is None:
                continue  # stopped with the others when the network was found down
            fetched = task.result()
            if cache is not None:
                cache.put(fetched)
            hand_on(network.add(fetched, waiting.pop(url)))
            if network.state is False and running:
                await stop_all()

    try:
        for index, url in enumerate(urls):
            if url in finished:
                deliver(index, _copy(finished[url], index))
                continue
            if url in waiting:
                waiting[url].append(index)
                continue
            cached = await cache.get(url) if cache is not None else None
            if cached is not None and not (cached.status in (OK, REDIRECTED) and (
                    (not cached.body_read and options.wants_body(cached.final_url or url))
                    or (options.alternatives and cached.body_read and not cached.cited_read))):
                finished[url] = cached
                cached.index = index
                deliver(index, cached)
                continue
            # until the network is known to be there, no more requests than run at once (stop early)
            while len(running) >= (window if network.state else options.concurrency):
                await next_completion()
                await settle()
            if network.state is False:
                hand_on([([index], network.not_checked(Fetched(url=url)))])
                continue
            waiting[url] = [index]
            task = loop.create_task(fetcher.fetch(url))
            running[task] = url
            task.add_done_callback(on_done)
            if completed:
                await settle()
        while running:
            await next_completion()
            await settle()
        hand_on(network.decide())  # a short run: settled with the answers there are
    finally:
        for task in running:
            task.cancel()
        if running:
            await asyncio.gather(*running, return_exceptions=True)
        await fetcher.close()
        for future in fetcher.dns.values():
            if not future.done():
                future.cancel()
            elif not future.cancelled():
                future.exception()  # seen: a lookup failure nobody waited for is not an unretrieved error
        if cache is not None:
            _cache_note(await cache.close())
    if network.state is False:
        _offline_note(network.reason, unchecked)
