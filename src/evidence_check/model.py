"""The domain, as plain values handed from one step to the next.

    Source ──classify──► Classification ──judge──► Verdict

Nothing here does I/O. Registry and rule values are frozen; the per-citation
values (Source, Classification, Contest, Verdict) use slots instead, because
millions of them are made in a bulk run and frozen dataclasses are slow to build.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Verdicts a ruleset can give, plus "invalid" for input that is not a citation.
ADMISSIBLE = "admissible"
CONDITIONAL = "conditional"
INADMISSIBLE = "inadmissible"
DISCRETION = "discretion"
INVALID = "invalid"
VERDICTS = (ADMISSIBLE, CONDITIONAL, INADMISSIBLE, DISCRETION)

# Who may contest a source on source grounds.
NOBODY = "nobody"
ALL_BUT_OWNER = "all_but_owner"
ANYONE = "anyone"
CONTEST_POLICIES = (NOBODY, ALL_BUT_OWNER, ANYONE)

# Categories every ruleset has, whatever else it defines.
UNLISTED = "unlisted"


@dataclass(slots=True)
class Source:
    """One cited thing, parsed: a URL, a publisher name or a UN document symbol."""

    input: str
    kind: str  # "url" | "name" | "symbol" | "invalid"
    url: str | None = None  # normalised URL (kind == "url")
    host: str | None = None
    path: str = ""
    unwrapped_from: str | None = None  # the wrapper URL the input came in
    error: str | None = None  # why the input is invalid
    line: int | None = None  # input line number, when read from a stream
    bare: bool = False  # written as a bare token ("un.org", "UN.GIFT"): may also be a name
    span: tuple[int, int] | None = None  # where in `input` the URL was found, when it sits in free text


@dataclass(frozen=True)
class Publisher:
    """A registry entry: who published a source, and why we say so."""

    id: str
    name: str
    category: str
    basis: str
    aliases: tuple[str, ...] = ()
    owner: str | None = None
    domains: tuple[str, ...] = ()
    group: str | None = None
    kind: str | None = None
    typology: str | None = None
    organ: str | None = None
    note: str | None = None  # what it is, in a phrase, shown with the verdict
    origin: str = ""  # "file:line" the entry was read from
    demoted: str | None = None  # why the ruleset's state-media threshold moved it
    moved_by: str | None = None  # "file:line" of the ruleset move that placed it
    fallback: bool = False  # its domains count only when no other entry matches the host (a last resort)
    country: str | None = None  # alpha-3 of the country it is from or based in (press); not an owner


@dataclass(slots=True)
class Classification:
    source: Source
    category: str
    publisher: Publisher | None = None
    owner: str | None = None  # ISO 3166-1 alpha-3
    matched_by: str | None = None  # how the publisher was found, in words
    detail: str | None = None  # e.g. the UN organ of a document symbol
    matched_text: str | None = None  # in free text: the words (or URL, symbol) that decided
    span: tuple[int, int] | None = None  # in free text: where they are in the input (start, end)
    condition: str | None = None  # what the chair must still settle about this source (e.g. which country)
    suggestion: str | None = None  # a registry name one typo or a truncation away: never applied
    advice: str | None = None  # what to do, when the category's own hint does not fit (a shortened link)

    @property
    def registered_domain(self) -> str | None:
        """For an unlisted host: the domain under its public suffix, worked out on demand."""
        if self.publisher is not None or self.matched_by is not None or not self.source.host:
            return None
        from .domains import registered_domain

        return registered_domain(self.source.host)


@dataclass(frozen=True)
class Case:
    """What a category is worth in one situation."""

    verdict: str
    conditions: tuple[str, ...] = ()
    contest: str = NOBODY


@dataclass(frozen=True)
class Category:
    """A rule of the ruleset: one kind of source and what it is worth."""

    key: str
    label: str
    case: Case
    quote: str  # the guide's own words
    cite: str  # where the words are from
    about_owner: Case | None = None  # applies when the claim is only about the owner
    hint: str | None = None  # advice for a delegate when the source fails
    origin: str = ""  # "file:line" of the file that last set this rule
    denied_may_stand: bool = False  # a denied source may still be accepted by the chair


@dataclass(frozen=True)
class Context:
    """The situation in committee: who cites, about whom, who sits there."""

    cited_by: str | None = None  # alpha-3
    about: tuple[str, ...] = ()  # alpha-3 codes
    committee: tuple[str, ...] | None = None  # alpha-3 codes, None when unknown


@dataclass(slots=True)
class Contest:
    """Who may deny a source, in a form both people and scripts can read."""

    policy: str
    excluded: tuple[str, ...] = ()  # never contesters: the owner and the citing delegation
    members: tuple[str, ...] | None = None  # the contesters, when the committee is known
    only_if_about_other: bool = False  # applies only when used about a non-owner


@dataclass(slots=True)
class Link:
    """What online mode found at the URL (online only)."""

    status: str  # ok, redirected, not found, server error, timeout, dns failure, tls error, blocked, ...
    chain: list[str]  # every hop, first and final included
    wayback: str | None = None  # a Wayback Machine form of the URL, for dead links
    error: str | None = None
    publisher_from: str | None = None  # "url" or "page metadata"
    from_cache: bool = False
    http_status: int | None = None


@dataclass(slots=True)
class Verdict:
    classification: Classification
    category: Category
    verdict: str
    conditions: tuple[str, ...] = ()
    contest: Contest = field(default_factory=lambda: Contest(NOBODY))
    notes: tuple[str, ...] = ()
    error: str | None = None
    link: Link | None = None  # online mode only

    @property
    def contestable(self) -> bool:
        if self.contest.policy == NOBODY:
            return False
        return self.contest.members is None or bool(self.contest.members)
