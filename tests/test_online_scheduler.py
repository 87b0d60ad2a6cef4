"""The online run's scheduler (online.batch.fetch_into): completions through a queue fed by each
request's done-callback, limits kept, every input answered once, a cancelled run keeps what finished.

Real requests go to a server on 127.0.0.1 that this file starts (test_online's); names are resolved
by an injected resolver. The scale tests replace the fetcher with a stub (no sockets at all).
"""

from __future__ import annotations

import asyncio
import random

import pytest

from test_online import Server, _loopback_only, mapping, opts, respond  # noqa: F401 - _loopback_only: a fixture
from evidence_check.online import Fetched, Options, fetch_all_sync
from evidence_check.online import batch
from evidence_check.online.model import DOWN, NOT_CHECKED, OK, REACHED


@pytest.fixture
def server():
    s = Server()
    yield s
    s.stop()


def delayed(server: Server, in_flight: dict, peak: dict, total: list):
    """A route answering after ?ms=N milliseconds, counting requests in flight per Host and overall."""

    async def handler(request, writer):
        host = request.headers.get("host", "").split(":")[0]
        in_flight[host] = in_flight.get(host, 0) + 1
        total[0] += 1
        peak[host] = max(peak.get(host, 0), in_flight[host])
        peak["*"] = max(peak.get("*", 0), total[0])
        try:
            await asyncio.sleep(int(request.path.split("ms=", 1)[1].split("&")[0]) / 1000)
            await respond(request, writer, 200, f"<title>{request.path}</title>".encode(),
                          ("Content-Type: text/html",))
        finally:
            in_flight[host] -= 1
            total[0] -= 1

    return handler


def test_results_arrive_in_completion_order_each_input_once(server):
    server.routes["/d"] = delayed(server, {}, {}, [0])
    delays = [400, 0, 200, 100, 300]
    urls = [server.url(f"/d?ms={ms}") for ms in delays]
    seen: list[Fetched] = []
    results = fetch_all_sync(urls, opts(timeout=5), progress=seen.append)
    assert [f.index for f in seen] == sorted(range(len(delays)), key=lambda i: delays[i])
    assert [r.index for r in results] == list(range(len(delays)))
    assert all(r.status == OK for r in results)
    assert [r.publisher_hint for r in results] == [f"/d?ms={ms}" for ms in delays]
    assert all(results[f.index] is f for f in seen)  # what progress saw is what the results hold


def test_per_host_and_global_limits_hold(server):
    in_flight, peak, total = {}, {}, [0]
    server.routes["/d"] = delayed(server, in_flight, peak, total)
    names = {f"h{n}.example": "127.0.0.1" for n in range(4)}
    urls = [server.url(f"/d?ms=60&n={n}", host=f"h{n % 4}.example") for n in range(48)]
    results = fetch_all_sync(urls, opts(timeout=5, concurrency=6, per_host=2, resolver=mapping(**names)))
    assert [r.status for r in results] == [OK] * 48
    hosts = {name: peak[name] for name in names}
    assert max(hosts.values()) == 2, hosts  # the per-host limit is reached, never passed
    assert peak["*"] <= 6  # and the global one is never passed
    assert peak["*"] >= 4  # several hosts at once: one host at its limit does not hold up the others


def test_one_busy_host_does_not_hold_up_the_others(server):
    server.routes["/d"] = delayed(server, {}, {}, [0])
    resolver = mapping(**{"busy.example": "127.0.0.1", "free.example": "127.0.0.1"})
    urls = [server.url("/d?ms=150&n=%d" % n, host="busy.example") for n in range(4)]
    urls.append(server.url("/d?ms=0", host="free.example"))
    seen: list[int] = []
    fetch_all_sync(urls, opts(timeout=5, concurrency=8, per_host=1, resolver=resolver),
                   progress=lambda f: seen.append(f.index))
    assert seen.index(4) <= 1  # the free host's page came back while the busy host's queue waited


def test_a_cancelled_run_keeps_what_finished(server):
    server.routes["/d"] = delayed(server, {}, {}, [0])

    async def hang(request, writer):
        await server.stopping.wait()
        return False

    server.routes["/hang"] = hang
    urls = [server.url("/hang?1"), server.url("/d?ms=0&a"), server.url("/d?ms=0&b"), server.url("/hang?2")]

    async def main():
        results: list[Fetched | None] = [None] * len(urls)
        seen = []
        both = asyncio.Event()

        def progress(fetched):
            seen.append(fetched)
            if len(seen) == 2:
                both.set()

        task = asyncio.ensure_future(batch.fetch_into(urls, opts(timeout=30), results, progress))
        await asyncio.wait_for(both.wait(), 5)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        others = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        return results, seen, others

    results, seen, others = asyncio.run(main())
    assert others == []  # every request stopped, nothing left running
    assert results[0] is None and results[3] is None
    assert {f.index for f in seen} == {1, 2} and results[1].status == results[2].status == OK


def test_the_scheduler_never_scans_with_asyncio_wait(server, monkeypatch):
    server.routes["/d"] = delayed(server, {}, {}, [0])

    def refuse(*args, **kwargs):
        raise AssertionError("asyncio.wait called: a scan of the running tasks")

    monkeypatch.setattr(asyncio, "wait", refuse)
    results = fetch_all_sync([server.url(f"/d?ms={n % 3}&n={n}") for n in range(20)], opts(timeout=5))
    assert [r.status for r in results] == [OK] * 20


# -- at scale, with a stub fetcher (no sockets): every input answered once, duplicates apart


class StubFetcher:
    """Answers each URL after a short random sleep; counts requests in flight."""

    made: list[StubFetcher] = []

    def __init__(self, options: Options):
        self.options, self.dns, self.in_flight, self.peak, self.asked = options, {}, 0, 0, []
        self.slots = asyncio.Semaphore(options.concurrency)
        self.rng = random.Random(len(self.made))
        StubFetcher.made.append(self)

    async def fetch(self, url: str) -> Fetched:
        self.asked.append(url)
        async with self.slots:
            self.in_flight += 1
            self.peak = max(self.peak, self.in_flight)
            try:
                await asyncio.sleep(self.rng.random() / 1000)
            finally:
                self.in_flight -= 1
        return Fetched(url=url, final_url=url, chain=[url], status=OK, http_status=200, reach=REACHED,
                       hints=[("title", url)])

    async def close(self) -> None:
        pass


@pytest.fixture
def stub(monkeypatch):
    StubFetcher.made.clear()
    monkeypatch.setattr(batch, "Fetcher", StubFetcher)
    return StubFetcher.made


@pytest.mark.parametrize("concurrency", [1, 8, 128])
def test_every_input_gets_exactly_one_result(stub, concurrency):
    urls = [f"https://h{n % 50}.example/p{n % 600}" for n in range(1200)]  # 600 distinct, each twice
    seen: list[Fetched] = []
    results = fetch_all_sync(urls, Options(concurrency=concurrency, cache=False), progress=seen.append)
    (fetcher,) = stub
    assert sorted(fetcher.asked) == sorted(set(urls))  # each distinct URL fetched once
    assert sorted(f.index for f in seen) == list(range(len(urls)))  # each input handed on once
    assert all(r is not None and r.index == i and r.url == urls[i] for i, r in enumerate(results))
    assert fetcher.peak <= concurrency
    first, second = results[0], results[600]
    assert first.url == second.url and first is not second and first.chain is not second.chain
    second.chain.append("x")
    assert first.chain == [urls[0]]  # a duplicate's lists are its own


def test_network_down_stops_every_running_request_once(monkeypatch):
    """Every request fails as DOWN: the run stops and each input still gets exactly one result."""

    class Down(StubFetcher):
        async def fetch(self, url):
            await asyncio.sleep(0.001 if url.endswith("/0") or url.endswith("/1") or url.endswith("/2") else 5)
            return Fetched(url=url, error="no route", reach=DOWN)

    Down.made.clear()
    monkeypatch.setattr(batch, "Fetcher", Down)
    urls = [f"https://h{n}.example/{n}" for n in range(200)]
    seen: list[int] = []
    results = fetch_all_sync(urls, Options(concurrency=4, cache=False, offline_after=3),
                             progress=lambda f: seen.append(f.index))
    assert sorted(seen) == list(range(200))
    assert {r.status for r in results} == {NOT_CHECKED}


def test_no_copy_of_a_result_unless_its_url_is_asked_twice(stub, monkeypatch):
    copies = []
    real = batch.replace
    monkeypatch.setattr(batch, "replace", lambda *a, **k: copies.append(1) or real(*a, **k))
    urls = [f"https://h{n % 7}.example/p{n}" for n in range(500)]
    results = fetch_all_sync(urls + urls[:3], Options(concurrency=16, cache=False))
    assert len(copies) == 3 and [r.index for r in results] == list(range(503))
