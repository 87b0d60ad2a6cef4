"""Online checking: classify where each URL really leads, and say whether the link works.

The glue between the online package (fetching, which may be slow and fail) and
the offline core (classify, judge). Rows keep input order; each is handed on as
soon as it and every row before it are done.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

from .api import Checker
from .model import DISCRETION, INADMISSIBLE, ADMISSIBLE, CONDITIONAL, Classification, Link, Source, Verdict
from .urls import parse

REUTERS = "reuters"  # the Reuters publisher's registry id (its category may be named anything)


def check_online(checker: Checker, citations: Sequence[tuple[str, int | None]], options,
                 emit: Callable[[Verdict], None], progress: Callable[[object], None] | None = None) -> None:
    """Judge every citation, fetching its URL first; emit verdicts in input order.

    Raises online.Interrupted on Ctrl-C after emitting, in order, every row that finished.
    """
    from .online import Interrupted, fetch_all_sync

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

    def flush() -> None:
        nonlocal next_row
        while next_row < len(done) and done[next_row] is not None:
            emit(done[next_row])
            next_row += 1

    def finished(fetched) -> None:
        for position in where.get(urls[fetched.index], ()):
            done[position] = verdict_after_fetch(checker, sources[position], fetched)
        if progress is not None:
            progress(fetched)
        flush()

    flush()
    if options.needs_body is None:
        options.needs_body = lambda url: _needs_body(checker, url)
    try:
        fetch_all_sync(urls, options, progress=finished)
    except Interrupted:
        for verdict in done[next_row:]:
            if verdict is not None:
                emit(verdict)
        raise
    flush()


def _weak(checker: Checker, category: str) -> bool:
    """A source the rules do not accept as it stands (inadmissible, or the chair's call): page
    metadata or Reuters wire copy could change its verdict. Keyed on the ruleset's verdicts, not
    on category names, so a conference's own categories behave alike."""
    rule = checker.ruleset.categories.get(category)
    return rule is None or rule.case.verdict in (INADMISSIBLE, DISCRETION)


def _needs_body(checker: Checker, url: str) -> bool:
    """HEAD is enough when the registry already names the publisher and wire copy cannot matter."""
    classification = checker.classify(parse(url))
    return classification.publisher is None or _weak(checker, classification.category)


def verdict_after_fetch(checker: Checker, source: Source, fetched) -> Verdict:
    """Judge a citation where its URL really leads, with what the fetch found."""
    from .online import DEAD, final_source

    final = final_source(fetched, source.line)
    target = source
    if final is not None and final.kind == "url":
        target = dataclasses.replace(final, input=source.input, bare=False,
                                     unwrapped_from=source.unwrapped_from)
    classification = checker.classify(target)
    publisher_from = "url" if classification.publisher is not None else None
    notes: list[str] = []
    if classification.publisher is None:
        for hint_source, name in fetched.hints:
            publisher = checker.ruleset.index.by_name(name)
            if publisher is not None:
                classification = Classification(
                    target, publisher.category, publisher, publisher.owner,
                    matched_by=f"publisher from page metadata ({hint_source}: {name})")
                publisher_from = "page metadata"
                notes.append(f"publisher from page metadata ({hint_source}: {name!r}), not from the address")
                break
    if fetched.reuters_wire and (classification.publisher is None or classification.publisher.id != REUTERS):
        reuters = checker.ruleset.index.get(REUTERS)
        if reuters is not None and _weak(checker, classification.category):
            host = target.host or "another site"
            classification = Classification(target, reuters.category, reuters, None,
                                            matched_by=f"Reuters wire copy ({fetched.reuters_evidence})")
            publisher_from = "page metadata"
            notes.append(f"Reuters wire copy republished on {host} ({fetched.reuters_evidence}): "
                         "cite the reuters.com original if you can")
        else:
            notes.append(f"the page carries Reuters wire copy ({fetched.reuters_evidence})")
    verdict = checker.judge(classification)
    if fetched.status in DEAD and verdict.verdict in (ADMISSIBLE, CONDITIONAL):
        notes.append(f"dead link ({fetched.status}): a chair cannot verify it"
                     + (f"; try {fetched.wayback}" if fetched.wayback else ""))
    if len(fetched.chain) > 1:
        notes.append("redirected: " + " → ".join(fetched.chain))
    link = Link(fetched.status, list(fetched.chain), fetched.wayback, fetched.error, publisher_from,
                fetched.from_cache, fetched.http_status)
    return dataclasses.replace(verdict, notes=verdict.notes + tuple(notes), link=link)
