"""Online checking: classify where each URL really leads, say whether the link works, and list the
admissible sources a weak page itself cites.

The glue between the online package (fetching, which may be slow and fail) and
the offline core (classify, judge). Rows keep input order; each is handed on as
soon as it and every row before it are done (with --verify-alternatives, when
the alternatives have been checked too).

What a page says about itself can move a row down, never up: page metadata may
name a newspaper or mark the page as a news article (a news outlet: not proof),
but a page claiming to be a UN body, a government, Reuters, an NGO or state
media gets a note, not the class. Anyone can write any metadata.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

from .api import Checker
from .model import (ADMISSIBLE, CONDITIONAL, DISCRETION, INADMISSIBLE, INVALID, UNLISTED, Classification, Source,
                    Verdict)
from .urls import parse

REUTERS = "reuters"  # the Reuters publisher's registry id (its category may be named anything)
MAX_ALTERNATIVES = 5
# JSON-LD types that say "this is a news article" or "a news organisation" (schema.org NewsArticle and its kinds).
NEWS_TYPES = frozenset(("NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "BackgroundNewsArticle",
                        "OpinionNewsArticle", "ReviewNewsArticle", "AskPublicNewsArticle", "NewsMediaOrganization"))
# JSON-LD types a page may claim for itself or its publisher that would make it a trusted source if
# believed: said in a note, never applied.
CLAIMED_TYPES = frozenset(("GovernmentOrganization", "GovernmentOffice", "GovernmentService", "GovernmentBuilding",
                           "GovernmentPermit", "NGO", "Embassy"))


def check_online(checker: Checker, citations: Sequence[tuple[str, int | None]], options,
                 emit: Callable[[Verdict], None], progress: Callable[[object], None] | None = None,
                 alternatives: int = MAX_ALTERNATIVES, verify: bool = False) -> None:
    """Judge every citation, fetching its URL first; emit verdicts in input order.

    alternatives: at most this many admissible sources listed per weak row (0: none are looked for).
    verify: fetch each listed alternative afterwards (HEAD) and give it a link status; rows are then
    emitted when that is done.

    Raises online.Interrupted on Ctrl-C after emitting, in order, every row that finished.
    """
    from .online import Interrupted, fetch_all_sync

    options.alternatives = alternatives > 0
    sources = [parse(text, line) for text, line in citations]
    urls: list[str] = []
    where: dict[str, list[int]] = {}
    for position, source in enumerate(sources):
        if source.kind == "url":
            if source.url not in where:
                where[source.url] = []
                urls.append(source.url)
            where[source.url].append(position)
    done: list[Verdict | None] = [None] * len(sources)
    for position, source in enumerate(sources):
        if source.kind != "url":
            done[position] = checker.judge(checker.classify(source))
    next_row = 0
    names: dict = {}  # publisher names read from pages, looked up once a run

    def flush() -> None:
        nonlocal next_row
        if verify:
            return  # rows wait for their alternatives to be checked
        while next_row < len(done) and done[next_row] is not None:
            emit(done[next_row])
            next_row += 1

    def finished(fetched) -> None:
        for position in where.get(urls[fetched.index], ()):
            done[position] = verdict_after_fetch(checker, sources[position], fetched, alternatives, names)
        if progress is not None:
            progress(fetched)
        flush()

    def emit_rest() -> None:
        for verdict in done[next_row:]:
            if verdict is not None:
                emit(verdict)

    flush()
    if options.needs_body is None:
        options.needs_body = lambda url: _needs_body(checker, url, alternatives > 0)
    try:
        fetch_all_sync(urls, options, progress=finished)
    except Interrupted:
        emit_rest()
        raise
    if verify:
        try:
            verify_alternatives(done, options)
        finally:
            emit_rest()
    flush()


def verify_alternatives(rows: list[Verdict | None], options) -> None:
    """Fetch every listed alternative once (HEAD where it works) and set its link status, in place."""
    from .online import fetch_all_sync

    wanted = list(dict.fromkeys(a.url for row in rows if row is not None and row.link is not None
                                for a in (getattr(row.link, "alternatives", None) or ()) if a.url))
    if not wanted:
        return
    checking = dataclasses.replace(options, needs_body=lambda url: False, alternatives=False)
    status = {fetched.url: fetched.status for fetched in fetch_all_sync(wanted, checking)}
    for position, row in enumerate(rows):
        if row is None or not getattr(row.link, "alternatives", None):
            continue
        checked = tuple(dataclasses.replace(a, link_status=status.get(a.url)) for a in row.link.alternatives)
        rows[position] = dataclasses.replace(row, link=dataclasses.replace(row.link, alternatives=checked))


def _weak(checker: Checker, category: str) -> bool:
    """A source the rules do not accept as it stands (inadmissible, or the chair's call): page
    metadata or Reuters wire copy could change its verdict. Keyed on the ruleset's verdicts, not
    on category names, so a conference's own categories behave alike."""
    rule = checker.ruleset.categories.get(category)
    return rule is None or rule.case.verdict in (INADMISSIBLE, DISCRETION)


def _needs_body(checker: Checker, url: str, alternatives: bool = False) -> bool:
    """HEAD is enough when the registry already names the publisher, wire copy cannot matter and (when
    alternatives are wanted) the row cannot be contested."""
    classification = checker.classify(parse(url))
    if classification.publisher is None or _weak(checker, classification.category):
        return True
    return alternatives and checker.judge(classification).contestable


def wants_alternatives(verdict: Verdict) -> bool:
    """Rows whose source the rules do not simply accept: rejected, the chair's call, or contestable."""
    return verdict.verdict in (INADMISSIBLE, DISCRETION) or verdict.contestable


def dead_admissible(verdict: Verdict) -> bool:
    """A finding for --fail-on dead: a dead link to a source the rules accept (a chair cannot verify it)."""
    from .online.model import DEAD

    link = verdict.link
    return link is not None and link.status in DEAD and verdict.verdict in (ADMISSIBLE, CONDITIONAL)


class FailOnDead:
    """A --fail-on policy with `dead` added: what the policy finds, and dead links to admissible sources."""

    def __init__(self, policy: Callable[[Verdict], bool]):
        self.policy = policy

    def __call__(self, verdict: Verdict) -> bool:
        return self.policy(verdict) or dead_admissible(verdict)


def verdict_after_fetch(checker: Checker, source: Source, fetched, alternatives: int = MAX_ALTERNATIVES,
                        names: dict | None = None) -> Verdict:
    """Judge a citation where its URL really leads, with what the fetch found; list the admissible
    sources the page cites (at most `alternatives`) when the row is weak and the page was read for them.

    names: a memo for one run (one checker): each publisher name read from page metadata is looked up
    once, so that the pages of one site (one og:site_name) cost one lookup."""
    from .online import DEAD, NOT_CHECKED, final_source
    from .online.alternatives import admissible
    from .online.model import OnlineLink

    if fetched.status == NOT_CHECKED:  # the network looked down: the offline verdict, and nothing claimed
        verdict = checker.judge(checker.classify(source))
        return dataclasses.replace(verdict, link=OnlineLink(NOT_CHECKED, [], None, fetched.error))
    final = final_source(fetched, source.line)
    target = source
    if final is not None and final.kind == "url":
        target = dataclasses.replace(final, input=source.input, bare=False,
                                     unwrapped_from=source.unwrapped_from)
    classification = checker.classify(target)
    publisher_from = "url" if classification.publisher is not None else None
    notes: list[str] = []
    if classification.publisher is None and classification.category == UNLISTED:
        found = _from_page(checker, target, fetched, notes, names)
        if found is not None:
            classification, publisher_from = found, "page metadata"
    if fetched.reuters_wire and (classification.publisher is None or classification.publisher.id != REUTERS):
        if _weak(checker, classification.category):
            host = target.host or "another site"
            notes.append(f"the page carries Reuters wire copy ({fetched.reuters_evidence}) on {host}: a page's own "
                         "byline cannot make it Reuters; find the story on reuters.com and cite that")
        else:
            notes.append(f"the page carries Reuters wire copy ({fetched.reuters_evidence})")
    verdict = checker.judge(classification)
    if fetched.status in DEAD and verdict.verdict in (ADMISSIBLE, CONDITIONAL):
        notes.append(f"dead link ({fetched.status}): a chair cannot verify it"
                     + (f"; try {fetched.wayback}" if fetched.wayback else ""))
    if len(fetched.chain) > 1:
        notes.append("redirected: " + " → ".join(fetched.chain))
    found_alternatives = None
    if alternatives > 0 and fetched.cited_read and wants_alternatives(verdict):
        own = {u for u in (target.url, source.url) if u}
        found_alternatives = admissible(checker, fetched.cited, alternatives, exclude=own)[0]
    link = OnlineLink(fetched.status, list(fetched.chain), fetched.wayback, fetched.error, publisher_from,
                      fetched.from_cache, fetched.http_status, found_alternatives)
    return dataclasses.replace(verdict, notes=verdict.notes + tuple(notes), link=link)


def _press_category(checker: Checker) -> str | None:
    """The category newspapers are in under this ruleset (the classifier knows it)."""
    classifier = getattr(checker, "_classify", None)
    category = getattr(classifier, "press_category", None)
    return category if category and category != UNLISTED else None


def _memo(names: dict | None, key: tuple, work: Callable[[], object]):
    """work(), once a run per key when there is a memo."""
    if names is None:
        return work()
    if key not in names:
        names[key] = work()
    return names[key]


def _from_page(checker: Checker, target: Source, fetched, notes: list[str],
               names: dict | None = None) -> Classification | None:
    """What the page's own metadata can honestly decide about a host the registry does not know:
    a newspaper or a news outlet (a class that is not proof), never a trusted class."""
    claimed: str | None = None
    for hint_source, name in fetched.hints:
        publisher = _memo(names, ("by_name", name), lambda: checker.ruleset.index.by_name(name))
        if publisher is not None:
            candidate = Classification(target, publisher.category, publisher, publisher.owner,
                                       matched_by=f"publisher from page metadata ({hint_source}: {name})")
            said = f"publisher from page metadata ({hint_source}: {name!r}), not from the address"
        elif hint_source in ("og:site_name", "json-ld publisher"):
            named = _memo(names, ("classify", name), lambda: checker.classify(parse(name)))
            if named.category in (UNLISTED, INVALID) or named.source.kind != "name":
                continue
            candidate = Classification(target, named.category, named.publisher, named.owner,
                                       matched_by=f"page metadata ({hint_source}: {name}): {named.matched_by}")
            said = f"{named.category} by its page metadata ({hint_source}: {name!r}), not by its address"
            if named.category == _press_category(checker) and fetched.og_type == "article":
                said = (f"a news outlet by its page metadata (og:type article, {hint_source} {name!r}); "
                        "news is not proof")
        else:
            continue
        verdict = checker.judge(candidate)
        if verdict.verdict in (ADMISSIBLE, CONDITIONAL):  # the first name that decides: here, a claim
            claimed = (f"the page names its publisher {name!r} ({hint_source}), which would be "
                       f"{verdict.category.key}; a page's own metadata cannot make it so (anyone can "
                       "write it): check the address, or cite the body's own site")
            break
        notes.append(said)
        return candidate
    types = set(fetched.page_types)
    claims = sorted(types & CLAIMED_TYPES)
    if claims and not claimed:
        claimed = (f"the page describes itself as {' and '.join(claims)} (JSON-LD); anyone can write that, so it "
                   "is not a class: check the address")
    if claimed:
        notes.append(claimed)
        return None  # a page that claims a trusted publisher is not demoted on its markup either
    news = sorted(types & NEWS_TYPES)
    if not news:
        return None
    evidence = f"JSON-LD {news[0]}"
    site = next((name for source, name in fetched.hints if source == "og:site_name"), None)
    category = _press_category(checker)
    if category is None or not _weak(checker, category):
        return None
    named = f" on a site named {site!r}" if site else ""
    notes.append(f"a news outlet by its page metadata ({evidence}{named}); news is not proof")
    return Classification(target, category, None, None, matched_by=f"page metadata: a news article ({evidence})")
