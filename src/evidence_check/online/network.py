"""The network around a run: which proxy a request goes through, and whether the network is there at all.

Proxies: HTTPS_PROXY, HTTP_PROXY, ALL_PROXY and NO_PROXY (either case), read the
way urllib reads them, for the *name* of the host asked for (NO_PROXY matches
names, not the addresses the guard checked). The SSRF guard is not moved by a
proxy: the target's name is still resolved here and every address checked
before the proxy is asked; the proxy's own address is configuration, not a
link, and is never checked (a proxy on 127.0.0.1 works).

Offline: a run whose first requests all fail before anything answers (DNS
cannot be asked, no route, the connection times out, the proxy cannot be
reached), on several hosts, is a run without a network, not a paper full of
dead links. Reachability decides that from the first answers and holds back
those failures until it has.
"""

from __future__ import annotations

import urllib.request
from collections.abc import Mapping

from .model import DOWN, NOT_CHECKED, REACHED, Fetched


def environment_proxies() -> dict[str, str]:
    """The proxy settings of the environment: {"http": URL, "https": URL, "all": URL, "no": "..."}."""
    return {key: value for key, value in urllib.request.getproxies_environment().items() if value}


class Proxies:
    """Which proxy (if any) a request for scheme://host goes through."""

    def __init__(self, settings: Mapping[str, str]):
        self.settings = {key.lower(): value for key, value in settings.items() if value}
        for key, value in list(self.settings.items()):
            if key != "no" and "://" not in value:
                self.settings[key] = "http://" + value  # "proxy:3128", as curl and urllib take it

    def __bool__(self) -> bool:
        return any(key != "no" for key in self.settings)

    def for_url(self, scheme: str, host: str) -> str | None:
        proxy = self.settings.get(scheme) or self.settings.get("all")
        if proxy is None:
            return None
        if "no" in self.settings and urllib.request.proxy_bypass_environment(host, self.settings):
            return None
        return proxy


class Reachability:
    """Decides from the first finished requests whether the network is there.

    A request that failed before anything answered (DNS could not be asked, no route, the
    connection timed out, the proxy could not be reached: DOWN) is held back. When such
    failures come from `window` different hosts before anything answered, the network looks
    unreachable; one answer from anything (an HTTP status, a refusal, a TLS error) decides the
    other way. DNS saying "no such name" says nothing either way (it answered, but that is
    not the web), nor do blocked, invalid or cached links. A run that ends undecided, with
    DOWN failures and no answer at all, looks unreachable too (a run of one or two links).
    """

    def __init__(self, window: int):
        self.window = window
        self.state: bool | None = None if window > 0 else True  # True: reachable; False: unreachable
        self.held: list[tuple[object, Fetched]] = []
        self.hosts: set[str] = set()
        self.reason: str | None = None

    def add(self, fetched: Fetched, payload: object) -> list[tuple[object, Fetched]]:
        """What to hand on now, as (payload, result) pairs, given one more finished result."""
        if self.state is not None:
            return [(payload, fetched)]
        if fetched.reach == DOWN and not fetched.from_cache:
            self.held.append((payload, fetched))
            self.hosts.add(_host(fetched.url))
            return self.unreachable() if len(self.hosts) >= self.window else []
        if fetched.reach == REACHED:
            self.state = True
            return [*self.release(), (payload, fetched)]
        return [(payload, fetched)]

    def decide(self) -> list[tuple[object, Fetched]]:
        """At the end of a run: settle with what is held."""
        if self.state is None and self.held:
            return self.unreachable()
        if self.state is None:
            self.state = True
        return self.release()

    def unreachable(self) -> list[tuple[object, Fetched]]:
        self.state = False
        first = self.held[0][1]
        self.reason = first.error or first.status
        return [(payload, self.not_checked(fetched)) for payload, fetched in self.release()]

    def release(self) -> list[tuple[object, Fetched]]:
        held, self.held = self.held, []
        return held

    def not_checked(self, fetched: Fetched) -> Fetched:
        """A result for a link nobody could check: NOT_CHECKED, nothing else known."""
        return Fetched(url=fetched.url, status=NOT_CHECKED, chain=[],
                       error=f"not checked: the network looks unreachable ({self.reason})" if self.reason
                       else "not checked: the network looks unreachable")


def _host(url: str) -> str:
    rest = url.split("//", 1)[-1]
    for stop in "/?#":
        rest = rest.split(stop, 1)[0]
    return rest.rsplit("@", 1)[-1].lower()
