"""The fetcher: every hop checked, every URL answered, whatever happens.

One aiohttp session per host name (a pool per name means a TLS connection
opened with one name's SNI is never reused for another name on the same
address; aiohttp rather than httpx because it costs about a fifth of httpx's
CPU per request, which is most of an online run's time), a global
semaphore over all requests and one per host. Redirects are followed here,
hop by hop, so that each hop is resolved, checked by the guard and connected
to at the address checked. Bodies are streamed and read only as far as
max_body, decompressed by us so that a compressed bomb stays small.

Through a proxy (HTTPS_PROXY, HTTP_PROXY, NO_PROXY: see online.network) the
guard is unchanged: the name is resolved and checked here first, then the
request names the host to the proxy (as a browser does, so that a filtering
proxy sees the name). A run over many URLs (fetched once each, cached,
stopped early when the network is down) is online.batch's.
"""

from __future__ import annotations

import asyncio
import contextlib
import ssl
import sys
import time
from dataclasses import dataclass

import ada_url
import aiohttp
import certifi
from yarl import URL

from . import meta, pagelinks
from .exchange import (DNSFailure, ProxyUnreachable, causes, describe, drain, name_answer, reach, read_body,
                       retry_delay, small)
from .guard import Bad, Guard, Target, parse_target, system_resolver
from .model import (BLOCKED, DEAD, ERROR, NOT_FOUND, OK, REACHED, REDIRECT_LOOP, REDIRECTED, SERVER_ERROR, TIMEOUT,
                    TOO_MANY_REDIRECTS, Fetched, Options, wayback_url)
from .network import Proxies, environment_proxies

_REDIRECTS = (301, 302, 303, 307, 308)
_RETRY = (429, 503)
_HEAD_REFUSED = (405, 501)
_HEADER_LIMIT = 65536  # a header line (a long Content-Security-Policy or Set-Cookie): aiohttp's 8 KB default is too tight


class _RunTimeout(Exception):
    pass


if sys.version_info >= (3, 11):
    async def _within(awaitable, seconds: float | None):
        """asyncio.wait_for without its extra task per call (a request's time limit, in the request's task)."""
        async with asyncio.timeout(seconds):
            return await awaitable
else:  # pragma: no cover - Python 3.10
    _within = asyncio.wait_for


@dataclass(slots=True)
class _Answer:
    code: int
    reason: str
    location: str | None
    retry_after: str | None
    body: bytes | None
    content_type: str | None


class _Host:
    __slots__ = ("client", "proxy", "slots", "users")

    def __init__(self, client: aiohttp.ClientSession, proxy: str | None, per_host: int):
        self.client, self.proxy = client, proxy
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
        self.hosts: dict[tuple[str, str | None], _Host] = {}
        # hosts with no request in flight, oldest first: their clients (and kept-alive connections)
        # stay for the host's next URL, up to `keep_idle` of them; the oldest is closed beyond that.
        # Capped so idle sockets (up to per_host each) stay well under a default limit of 1,024 files.
        self.idle: dict[tuple[str, str | None], _Host] = {}
        self.keep_idle = min(128, max(64, 2 * options.concurrency))
        self.dns: dict[tuple[str, int], asyncio.Future] = {}
        self.ssl = ssl.create_default_context(cafile=certifi.where())  # one load, shared by every client
        if options.ca_bundle is not None:
            self.ssl.load_verify_locations(cafile=str(options.ca_bundle))
        # connecting gives up a little before the request's budget, so that a connection nothing answers
        # is told apart from a slow page (it says the network may be down)
        self.timeouts = aiohttp.ClientTimeout(total=None, connect=options.timeout * 0.9,
                                              sock_read=options.timeout)
        settings = options.proxies if options.proxies is not None else (
            environment_proxies() if options.trust_env else {})
        self.proxies = Proxies(settings)
        self.body_limit = max(options.max_body, options.alternatives_body) if options.alternatives else options.max_body
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
    async def client(self, host: str, proxy: str | None = None):
        key = (host, proxy)
        entry = self.hosts.get(key)
        if entry is not None:
            self.idle.pop(key, None)
        else:
            # trust_env stays off: proxies are chosen here, for the name (NO_PROXY names hosts, and a
            # client would match it against the address the URL is rewritten to). Bodies stay raw
            # (read_body decompresses within its limit); no cookies are kept.
            connector = aiohttp.TCPConnector(limit=self.options.per_host, ssl=self.ssl, use_dns_cache=False)
            client = aiohttp.ClientSession(connector=connector, timeout=self.timeouts, headers=self.headers,
                                           auto_decompress=False, trust_env=False,
                                           cookie_jar=aiohttp.DummyCookieJar(),
                                           max_line_size=_HEADER_LIMIT, max_field_size=_HEADER_LIMIT)
            entry = self.hosts[key] = _Host(client, proxy, self.options.per_host)
        entry.users += 1
        try:
            async with entry.slots, self.slots:
                yield entry
        finally:
            entry.users -= 1
            if entry.users == 0 and self.hosts.get(key) is entry:
                self.idle[key] = entry
                while len(self.idle) > self.keep_idle:
                    oldest = next(iter(self.idle))
                    stale = self.idle.pop(oldest)
                    del self.hosts[oldest]
                    with contextlib.suppress(Exception):
                        await stale.client.close()

    async def close(self) -> None:
        hosts, self.hosts, self.idle = list(self.hosts.values()), {}, {}
        for entry in hosts:
            with contextlib.suppress(Exception):
                await entry.client.close()

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
        except UnicodeError as exc:
            raise DNSFailure(f"{host}: {exc.args[-1] if exc.args else 'name not valid'}", no_name=True) from None
        except asyncio.TimeoutError:
            raise DNSFailure(f"{host}: DNS lookup timed out") from None
        except OSError as exc:  # socket.gaierror, or a resolver that could not be asked at all
            raise DNSFailure(f"{host}: {exc.args[-1] if exc.args else 'name not found'}",
                             no_name=name_answer(exc)) from None
        if not addresses:
            raise DNSFailure(f"{host}: no address", no_name=True)
        return list(addresses)

    # -- one URL

    async def fetch(self, url: str) -> Fetched:
        result = Fetched(url=url)
        try:
            left = self.remaining()
            if left is None:
                await self._follow(result)
            else:
                await _within(self._follow(result), left)
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
            if result.http_status is None:
                result.reach = reach(exc)
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
            proxy = self.proxies.for_url(target.scheme, target.host) if self.proxies else None
            answer = await self._ask(target, addresses, want_body, proxy)
            result.http_status = answer.code
            result.reach = REACHED
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
                body = answer.body
                page = meta.read(body[:self.options.max_body], answer.content_type)
                result.hints = page.hints
                if page.hints:
                    result.hint_source, result.publisher_hint = page.hints[0]
                result.reuters_wire = page.reuters_evidence is not None
                result.reuters_evidence = page.reuters_evidence
                result.page_types, result.og_type = page.types, page.og_type
                if self.options.alternatives:
                    text = meta.decode(body, answer.content_type)[0]
                    links = pagelinks.read(text, result.final_url)
                    result.cited, result.page_kind, result.cited_read = links.candidates, links.kind, True
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

    async def _ask(self, target: Target, addresses: list[str], want_body: bool, proxy: str | None) -> _Answer:
        method = "GET" if want_body else "HEAD"
        attempt = 0
        while True:
            if proxy is None:
                answer = await self._connect_any(target, addresses, method, want_body)
            else:
                answer = await self._through(proxy, target, method, want_body)
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
                async with self.client(target.host) as host:
                    return await _within(self._exchange(host, target, address, method, want_body),
                                         self.budget())
            except aiohttp.ClientConnectorError:
                if number == min(len(addresses), 3) - 1:
                    raise
        raise AssertionError("unreachable")

    async def _through(self, proxy: str, target: Target, method: str, want_body: bool) -> _Answer:
        """One request through a proxy: the name (already checked by the guard) is the proxy's to connect to."""
        try:
            async with self.client(target.host, proxy) as host:
                return await _within(self._exchange(host, target, None, method, want_body), self.budget())
        except (aiohttp.ClientConnectorError, aiohttp.ConnectionTimeoutError) as exc:
            if any(isinstance(cause, ssl.SSLError) for cause in causes(exc)):
                raise  # the tunnel was made: TLS with the site failed
            raise ProxyUnreachable(f"the proxy {_shown(proxy)} could not be reached: "
                                   f"{exc or type(exc).__name__}") from exc

    async def _exchange(self, host: _Host, target: Target, address: str | None, method: str,
                        want_body: bool) -> _Answer:
        if address is None:  # through a proxy: the URL names the host
            response = await host.client.request(method, URL(target.href, encoded=True), proxy=host.proxy,
                                                 allow_redirects=False)
        else:
            # TLS for the name, on the address we checked; the URL is sent as parsed (no requoting)
            name = target.host if target.scheme == "https" and target.literal is None else None
            response = await host.client.request(method, URL(target.url_for(address), encoded=True),
                                                 headers={"Host": target.host_header}, server_hostname=name,
                                                 allow_redirects=False)
        try:
            content_type = response.headers.get("content-type")
            body = None
            if want_body and method == "GET" and 200 <= response.status < 300 and meta.is_html(content_type):
                body = await read_body(response, self.body_limit)
            elif small(response):
                with contextlib.suppress(aiohttp.ClientError, OSError):
                    await drain(response)
            return _Answer(response.status, response.reason or "", response.headers.get("location"),
                           response.headers.get("retry-after"), body, content_type)
        finally:
            response.release()  # back to the pool when read to its end, closed otherwise


def _shown(proxy: str) -> str:
    """A proxy URL as it may be printed: without a user name or password."""
    scheme, _, rest = proxy.partition("://")
    return f"{scheme}://{rest.rsplit('@', 1)[-1]}" if rest else proxy
