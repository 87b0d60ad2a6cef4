"""What online mode hands back (Fetched) and how it is asked to work (Options).

Plain values, no I/O: importing this module never imports aiohttp.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from .._version import __version__
from ..model import Link, Verdict
from .defaults import CACHE_TTL, CONCURRENCY, PER_HOST, REQUEST_TIMEOUT

# Link statuses, in the words rows show.
OK = "ok"
REDIRECTED = "redirected"
NOT_FOUND = "not found"
SERVER_ERROR = "server error"
TIMEOUT = "timeout"
DNS_FAILURE = "dns failure"
TLS_ERROR = "tls error"
BLOCKED = "blocked"
REDIRECT_LOOP = "redirect loop"
TOO_MANY_REDIRECTS = "too many redirects"
REFUSED = "refused"
ERROR = "error"
NOT_CHECKED = "not checked"  # the network looked unreachable: nothing is known about the link
STATUSES = (OK, REDIRECTED, NOT_FOUND, SERVER_ERROR, TIMEOUT, DNS_FAILURE, TLS_ERROR, BLOCKED,
            REDIRECT_LOOP, TOO_MANY_REDIRECTS, REFUSED, ERROR, NOT_CHECKED)

# The link works: the final page answered 2xx.
LIVE = (OK, REDIRECTED)
# The link is dead or unreachable now: an archived copy may help (blocked is a policy, not a dead link).
DEAD = (NOT_FOUND, SERVER_ERROR, TIMEOUT, DNS_FAILURE, TLS_ERROR, REDIRECT_LOOP, TOO_MANY_REDIRECTS,
        REFUSED, ERROR)

# What a failed request says about the network itself (Fetched.reach).
REACHED = "reached"  # something answered: the network works (whatever became of this link)
DOWN = "down"  # no answer from anything: DNS could not be asked, no route, the connection or the proxy failed
NO_NAME = "no such name"  # DNS answered that the name does not exist: says nothing about the web itself

# Where a publisher hint was read, best first.
HINT_SOURCES = ("og:site_name", "json-ld publisher", "citation_publisher", "dc.publisher", "title")

USER_AGENT = f"evidence-check/{__version__} (Model UN citation checker)"


@dataclass(slots=True)
class Fetched:
    """One URL, fetched: where it led, whether it works, what the page says about its publisher."""

    url: str  # as asked
    final_url: str | None = None  # after redirects (None when no final page was reached)
    chain: list[str] = field(default_factory=list)  # every hop, first and final included
    status: str = ERROR  # one of STATUSES
    http_status: int | None = None  # of the last response received
    publisher_hint: str | None = None  # the best publisher name read from page metadata
    hint_source: str | None = None  # one of HINT_SOURCES
    hints: list[tuple[str, str]] = field(default_factory=list)  # every (hint_source, name), best first
    reuters_wire: bool = False  # the page is Reuters wire copy (republished by someone else, or Reuters' own)
    reuters_evidence: str | None = None  # why we say so, e.g. 'byline "Reuters"'
    wayback: str | None = None  # https://web.archive.org/web/*/<url> for dead links (not looked up)
    error: str | None = None  # what went wrong, in words
    from_cache: bool = False
    body_read: bool = False  # the final page's body was read for metadata (GET), not just HEAD
    index: int = -1  # position in the input of fetch_all
    # What the page cites (Options.alternatives): (found_in, URL or UN document symbol, reference or link
    # text), in page order; see online.pagelinks.
    cited: list[tuple[str, str, str]] = field(default_factory=list)
    cited_read: bool = False  # the page was read for what it cites (its links may still be none)
    page_kind: str | None = None  # "references", "article" or "page": where the cited links were read
    page_types: list[str] = field(default_factory=list)  # JSON-LD @type values ("NewsArticle", ...)
    og_type: str | None = None  # og:type ("article", "website", ...)
    reach: str | None = None  # REACHED, DOWN or NO_NAME: what this request says about the network


@dataclass(slots=True)
class Options:
    concurrency: int = CONCURRENCY  # requests in flight, over all hosts
    per_host: int = PER_HOST  # requests in flight to one host name
    timeout: float = REQUEST_TIMEOUT  # seconds for one request: connect, headers and the body read
    total_timeout: float | None = None  # seconds for the whole run; what is unfinished then times out
    max_redirects: int = 10
    max_body: int = 512 * 1024  # bytes of a page read for metadata (decompressed)
    # Read what each page cites (its reference list or its article's links) for admissible alternatives;
    # pages are then read to alternatives_body bytes (metadata still from the first max_body).
    alternatives: bool = False
    alternatives_body: int = 2 * 1024 * 1024
    allow_private: bool = False  # True turns the SSRF guard off (tests, intranets)
    allow_networks: tuple[str, ...] = ()  # networks exempt from the guard, e.g. ("10.1.0.0/16",)
    user_agent: str = USER_AGENT
    ca_bundle: Path | str | None = None  # extra CA certificates (PEM) to trust besides certifi's
    cache: bool = True
    cache_ttl: float = CACHE_TTL  # seconds a cached result stays good
    cache_path: Path | str | None = None  # default: the user cache dir / "online.sqlite3"
    retries: int = 2  # extra tries after a 429 or 503
    retry_after_cap: float = 10.0  # never wait longer than this for Retry-After
    backoff: float = 0.5  # first wait when a 429/503 gives no Retry-After; doubles each try
    # Does this URL's page need reading for metadata? False means HEAD is enough (e.g. the host is
    # already in the registry). None: always read pages.
    needs_body: Callable[[str], bool] | None = None
    head_hosts: Collection[str] = ()  # hosts (and their subdomains) where HEAD is enough
    # Injectable DNS: (host, port) -> addresses. Default: the system resolver.
    resolver: Callable[[str, int], Awaitable[list[str]]] | None = None
    # Proxies: HTTPS_PROXY, HTTP_PROXY, ALL_PROXY and NO_PROXY from the environment when trust_env;
    # or given here as {"http": URL, "https": URL, "no": "host,.domain"} (then the environment is not read).
    trust_env: bool = True
    proxies: Mapping[str, str] | None = None
    # Network-down detection: when the first `offline_after` requests all fail before anything answers
    # (DNS cannot be asked, no route, the proxy cannot be reached), stop and mark every link NOT_CHECKED.
    # 0 turns it off.
    offline_after: int = 3

    def wants_body(self, url: str, host: str | None = None) -> bool:
        """Whether the page at url must be read for metadata (else HEAD is enough)."""
        if self.head_hosts and host is None:
            from ..urls import parse_ada

            parts = parse_ada(url)
            host = parts.host if parts else None
        if self.head_hosts and host:
            labels = host.lower().rstrip(".").split(".")
            known = self.head_hosts
            if any(".".join(labels[i:]) in known for i in range(len(labels))):
                return False
        if self.needs_body is not None:
            return bool(self.needs_body(url))
        return True


def wayback_url(url: str) -> str:
    """The Wayback Machine's index of snapshots of a URL (a suggestion: nothing is looked up)."""
    return "https://web.archive.org/web/*/" + url


@dataclass(slots=True)
class Alternative:
    """An admissible source the cited page itself cites: judged as any citation is."""

    url: str | None  # the link (for a UN document symbol: its undocs.org address)
    verdict: Verdict  # its classification and verdict under the same rules and context as the row
    text: str  # the reference or link text it came from
    found_in: str  # "reference", "link" or "document" (see online.pagelinks)
    symbol: str | None = None  # the UN document symbol, when it came from one
    link_status: str | None = None  # with --verify-alternatives: what fetching it found


@dataclass(slots=True)
class OnlineLink(Link):
    """A Link, with the admissible sources the page cites (None: not looked for)."""

    alternatives: tuple[Alternative, ...] | None = None
