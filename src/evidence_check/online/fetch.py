"""The fetcher: every hop checked, every URL answered, whatever happens.

One httpx.AsyncClient per host name (small pools: httpcore's pool slows down
as it grows, and a pool per name means a TLS connection opened with one
name's SNI is never reused for another name on the same address), a global
semaphore over all requests and one per host. Redirects are followed here,
hop by hop, so that each hop is resolved, checked by the guard and connected
to at the address checked. Bodies are streamed and read only as far as
max_body, decompressed by us so that a compressed bomb stays small.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

import ada_url
import httpx

from . import meta
from .cache import ThreadedCache
from .exchange import DNSFailure, describe, drain, read_body, retry_delay, small
from .guard import Bad, Guard, Target, parse_target, system_resolver
from .model import (BLOCKED, DEAD, ERROR, NOT_FOUND, OK, REDIRECT_LOOP, REDIRECTED, SERVER_ERROR, TIMEOUT,
                    TOO_MANY_REDIRECTS, Fetched, Options, wayback_url)

_REDIRECTS = (301, 302, 303, 307, 308)
_RETRY = (429, 503)
_HEAD_REFUSED = (405, 501)


class _RunTimeout(Exception):
    pass


@dataclass(slots=True)
class _Answer:
    code: int
    reason: str
    location: str | None
    retry_after: str | None
    body: bytes | None
    content_type: str | None


class _Host:
    __slots__ = ("client", "slots", "users")

    def __init__(self, client: httpx.AsyncClient, per_host: int):
        self.client = client
        self.slots = asyncio.Semaphore(per_host)
        self.users = 0


class Fetcher:
    """One run: shared limits, DNS answers and clients; fetch(url) never raises (but for cancellation)."""

    def __init__(self, options: Options):
        if options.concurrency < 1 or options.per_host < 1 or options.max_redirects < 0:
            raise ValueError("concurrency and per_host must be at least 1, max_redirects at least 0")
        self.options = options
        self.guard = Guard(options.allow_private, tuple(options.allow_networks))
        self.resolver = options.resolver or system_resolver
        self.slots = asyncio.Semaphore(options.concurrency)
        self.hosts: dict[str, _Host] = {}
        self.dns: dict[tuple[str, int], asyncio.Future] = {}
        self.ssl = httpx.create_ssl_context(trust_env=False)  # one certifi load, shared by every client
        if options.ca_bundle is not None:
            self.ssl.load_verify_locations(cafile=str(options.ca_bundle))
        self.limits = httpx.Limits(max_connections=options.per_host, max_keepalive_connections=options.per_host)
        self.deadline = (time.monotonic() + options.total_timeout) if options.total_timeout else None
        self.headers = {"User-Agent": options.user_agent, "Accept-Encoding": "gzip, deflate",
                        "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8", "Accept-Language": "en"}

    # -- limits and clients

    def remaining(self) -> float | None:
        if self.deadline is None:
            return None
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise _RunTimeout()
        return left

    def budget(self) -> float:
        left = self.remaining()
        return self.options.timeout if left is None else min(self.options.timeout, left)

    @contextlib.asynccontextmanager
    async def client(self, host: str):
        entry = self.hosts.get(host)
        if entry is None:
            client = httpx.AsyncClient(verify=self.ssl, limits=self.limits, follow_redirects=False,
                                       trust_env=False, timeout=self.options.timeout, headers=self.headers)
            entry = self.hosts[host] = _Host(client, self.options.per_host)
        entry.users += 1
        try:
            async with entry.slots, self.slots:
                yield entry.client
        finally:
            entry.users -= 1
            if entry.users == 0 and self.hosts.get(host) is entry:
                del self.hosts[host]
                with contextlib.suppress(Exception):
                    await entry.client.aclose()

    async def close(self) -> None:
        hosts, self.hosts = list(self.hosts.values()), {}
        for entry in hosts:
            with contextlib.suppress(Exception):
                await entry.client.aclose()

    async def resolve(self, target: Target) -> list[str]:
        if target.literal is not None:
            return [str(target.literal)]
        key = (target.host, target.port)
        future = self.dns.get(key)
        if future is None:
            future = self.dns[key] = asyncio.ensure_future(self._lookup(target.host, target.port))
        return await asyncio.shield(future)

    async def _lookup(self, host: str, port: int) -> list[str]:
        try:
            addresses = await asyncio.wait_for(self.resolver(host, port), self.budget())
        except (socket.gaierror, UnicodeError) as exc:
            raise DNSFailure(f"{host}: {exc.args[-1] if exc.args else 'name not found'}") from None
        except asyncio.TimeoutError:
            raise DNSFailure(f"{host}: DNS lookup timed out") from None
        if not addresses:
            raise DNSFailure(f"{host}: no address")
        return list(addresses)

    # -- one URL

    async def fetch(self, url: str) -> Fetched:
        result = Fetched(url=url)
        try:
            left = self.remaining()
            if left is None:
                await self._follow(result)
            else:
                await asyncio.wait_for(self._follow(result), left)
        except (_RunTimeout, asyncio.TimeoutError) as exc:
            if isinstance(exc, _RunTimeout) or self.deadline is not None and time.monotonic() >= self.deadline:
                self._fail(result, TIMEOUT, f"not finished when the run's time limit "
                                            f"({self.options.total_timeout:g} s) was reached")
            else:
                self._fail(result, TIMEOUT, f"no answer within {self.options.timeout:g} s")
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # every URL gets an answer
            self._fail(result, *describe(exc, self.options.timeout))
        if result.status in DEAD:
            result.wayback = wayback_url(result.chain[0] if result.chain else url)
        return result

    @staticmethod
    def _fail(result: Fetched, status: str, error: str) -> None:
        result.status, result.error = status, error

    async def _follow(self, result: Fetched) -> None:
        current = result.url.strip()
        while True:
            target = parse_target(current)
            if isinstance(target, Bad):
                if result.chain:  # a redirect led here
                    result.chain.append(current)
                return self._fail(result, target.status, target.error if not result.chain
                                  else f"redirected to {current}: {target.error}")
            if target.href in result.chain:
                result.chain.append(target.href)
                return self._fail(result, REDIRECT_LOOP, f"{target.href} redirects back to itself "
                                                         f"after {len(result.chain) - 2} hop(s)")
            result.chain.append(target.href)
            if len(result.chain) > self.options.max_redirects + 1:
                return self._fail(result, TOO_MANY_REDIRECTS, f"more than {self.options.max_redirects} redirects")
            addresses = await self.resolve(target)
            refused = self.guard.check(target.host, addresses)
            if refused:
                return self._fail(result, BLOCKED, f"not fetched: {refused}")
            want_body = self.options.wants_body(target.href, target.host)
            answer = await self._ask(target, addresses, want_body)
            result.http_status = answer.code
            if answer.code in _REDIRECTS and answer.location:
                try:
                    current = ada_url.join_url(target.href, answer.location.strip())
                except ValueError:
                    return self._fail(result, ERROR, f"bad redirect Location: {answer.location[:200]!r}")
                continue
            return self._finish(result, answer, want_body)

    def _finish(self, result: Fetched, answer: _Answer, want_body: bool) -> None:
        code = answer.code
        result.final_url = result.chain[-1]
        if 200 <= code < 300:
            result.status = OK if len(result.chain) == 1 else REDIRECTED
            result.body_read = want_body
            if answer.body is not None:
                page = meta.read(answer.body, answer.content_type)
                result.hints = page.hints
                if page.hints:
                    result.hint_source, result.publisher_hint = page.hints[0]
                result.reuters_wire = page.reuters_evidence is not None
                result.reuters_evidence = page.reuters_evidence
        elif code in (404, 410):
            self._fail(result, NOT_FOUND, f"HTTP {code} {answer.reason}".strip())
        elif code >= 500:
            self._fail(result, SERVER_ERROR, f"HTTP {code} {answer.reason}".strip())
        elif 300 <= code < 400:
            self._fail(result, ERROR, f"HTTP {code} without a Location to follow")
        else:
            why = {401: "the site asks for a login", 403: "the site refused the checker (it may still open "
                   "in a browser)", 429: "rate limited"}.get(code)
            self._fail(result, ERROR, f"HTTP {code} {answer.reason}".strip() + (f": {why}" if why else ""))

    # -- one hop

    async def _ask(self, target: Target, addresses: list[str], want_body: bool) -> _Answer:
        method = "GET" if want_body else "HEAD"
        attempt = 0
        while True:
            answer = await self._connect_any(target, addresses, method, want_body)
            if method == "HEAD" and answer.code in _HEAD_REFUSED:
                method = "GET"
                continue
            if answer.code not in _RETRY or attempt >= self.options.retries:
                return answer
            delay = retry_delay(answer.retry_after, self.options.backoff * 2 ** attempt,
                                self.options.retry_after_cap)
            left = self.remaining()
            if left is not None and delay >= left:
                return answer
            attempt += 1
            await asyncio.sleep(delay)

    async def _connect_any(self, target: Target, addresses: list[str], method: str, want_body: bool) -> _Answer:
        """Try the checked addresses in order while connecting fails (at most three)."""
        for number, address in enumerate(addresses[:3]):
            try:
                async with self.client(target.host) as client:
                    return await asyncio.wait_for(self._exchange(client, target, address, method, want_body),
                                                  self.budget())
            except httpx.ConnectError:
                if number == min(len(addresses), 3) - 1:
                    raise
        raise AssertionError("unreachable")

    async def _exchange(self, client: httpx.AsyncClient, target: Target, address: str, method: str,
                        want_body: bool) -> _Answer:
        extensions = {}
        if target.scheme == "https" and target.literal is None:
            extensions["sni_hostname"] = target.host  # TLS for the name, on the address we checked
        request = client.build_request(method, target.url_for(address), headers={"Host": target.host_header},
                                       extensions=extensions)
        response = await client.send(request, stream=True)
        try:
            content_type = response.headers.get("content-type")
            body = None
            if want_body and method == "GET" and 200 <= response.status_code < 300 and meta.is_html(content_type):
                body = await read_body(response, self.options.max_body)
            elif small(response):
                with contextlib.suppress(httpx.HTTPError):
                    await drain(response)
            return _Answer(response.status_code, response.reason_phrase or "", response.headers.get("location"),
                           response.headers.get("retry-after"), body, content_type)
        finally:
            await response.aclose()


def _cache_note(problem: str | None) -> None:
    """Said once a run: the cache's trouble (the links were fetched, not failed)."""
    if problem:
        sys.stderr.write(f"evidence-check: note: the online cache could not be used fully ({problem}); "
                         "links were fetched anew\n")


async def fetch_into(urls: Iterable[str], options: Options, results: list[Fetched | None],
                     progress: Callable[[Fetched], None] | None = None) -> None:
    """Fetch every URL, filling results[i] for input i as each finishes (then calling progress).

    An exception raised by progress stops the run (after the same clean-up as a cancellation).

    Duplicate URLs are fetched once. A cancelled run stops its requests, closes its clients and keeps
    what finished (in results, already reported through progress) before the cancellation goes on.
    """
    fetcher = Fetcher(options)
    cache: ThreadedCache | None = None
    if options.cache:
        cache = ThreadedCache(options.cache_path, options.cache_ttl, options.allow_private or bool(options.allow_networks))
        if not cache.usable:
            _cache_note(await cache.close())
            cache = None
    window = max(64, options.concurrency * 8)
    running: dict[asyncio.Task, str] = {}
    waiting: dict[str, list[int]] = {}
    finished: dict[str, Fetched] = {}

    def deliver(index: int, fetched: Fetched) -> None:
        fetched = replace(fetched, chain=list(fetched.chain), hints=list(fetched.hints), index=index)
        results[index] = fetched
        if progress is not None:
            progress(fetched)

    async def settle(block: bool) -> None:
        if not running:
            return
        done, _ = await asyncio.wait(running, return_when=asyncio.FIRST_COMPLETED) if block else (
            {t for t in running if t.done()}, None)
        for task in done:
            url = running.pop(task)
            fetched = task.result()
            finished[url] = fetched
            if cache is not None:
                cache.put(fetched)
            for index in waiting.pop(url):
                deliver(index, fetched)

    try:
        for index, url in enumerate(urls):
            if url in finished:
                deliver(index, finished[url])
                continue
            if url in waiting:
                waiting[url].append(index)
                continue
            cached = await cache.get(url) if cache is not None else None
            if cached is not None and not (cached.status in (OK, REDIRECTED) and not cached.body_read
                                           and options.wants_body(cached.final_url or url)):
                finished[url] = cached
                deliver(index, cached)
                continue
            while len(running) >= window:
                await settle(block=True)
            waiting[url] = [index]
            running[asyncio.ensure_future(fetcher.fetch(url))] = url
            await settle(block=False)
        while running:
            await settle(block=True)
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
