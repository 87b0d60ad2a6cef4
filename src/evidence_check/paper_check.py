"""Check whole position papers: read each, judge every citation found, sum up.

Library-level (no printing): the CLI renders PaperResult with report/papers.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .api import Checker
from .countries import UnknownCountry
from .model import INADMISSIBLE, Context, Verdict
from .names import fold
from .ruleset.model import Ruleset


@dataclass
class PaperResult:
    path: str
    problem: str | None
    cited_by: str | None  # alpha-3
    cited_by_from: str | None  # "--cited-by" | "file name" | None
    context: Context = field(default_factory=Context)  # the context the rows were judged in
    rows: list[tuple[object, Verdict]] = field(default_factory=list)  # (Found, Verdict)

    @property
    def unreadable(self) -> bool:
        return self.problem is not None and not self.rows

    @property
    def rejected(self) -> int:
        return sum(1 for _, v in self.rows if v.verdict == INADMISSIBLE)

    @property
    def contestable(self) -> int:
        return sum(1 for _, v in self.rows if v.contestable)


def paper_files(path: str) -> list[Path]:
    from .papers import find_papers

    target = Path(path)
    if target.is_dir():
        return find_papers(target)
    return [target]


def readers(ruleset: Ruleset) -> dict:
    """How papers are read under a ruleset (keyword arguments of read_paper and read_text): free
    text as `check` reads it, so a bibliography entry names the same publisher in both."""
    from .classify import Classifier
    from .urls import parse

    classify = Classifier(ruleset)

    def known_host(host: str) -> bool:
        return ruleset.index.by_host(host) is not None

    def listed(url: str) -> bool:
        return classify(parse(url)).matched_by is not None

    return {"names": classify.source_in, "known_host": known_host, "listed": listed}


def check_papers(paths: list[str], ruleset: Ruleset, context: Context, online=None, alternatives: int = 5,
                 verify: bool = False) -> list[PaperResult]:
    """Read and judge every paper. With `online` (online.Options), every URL cited in any
    paper is fetched once, and each row is judged where its URL really leads."""
    from .papers import read_paper, read_stdin

    def countries(text: str):
        return ruleset.countries.by_key.get(fold(text))

    reading = readers(ruleset)
    results = []
    for path in paths:
        if path == "-":
            papers = [read_stdin("-", **reading)]
        else:
            papers = [read_paper(file, countries=countries, **reading) for file in paper_files(path)]
        for paper in papers:
            results.append(_judge_paper(paper, ruleset, context))
    if online is not None:
        _go_online(results, ruleset, online, alternatives, verify)
    return results


def _go_online(results: list[PaperResult], ruleset: Ruleset, options, alternatives: int = 5,
               verify: bool = False) -> None:
    from .online import fetch_all_sync
    from .online_check import verdict_after_fetch, verify_alternatives

    urls = list(dict.fromkeys(v.classification.source.url for r in results for _, v in r.rows
                              if v.classification.source.kind == "url"))
    fetched = dict(zip(urls, fetch_all_sync(urls, options)))
    for result in results:
        checker = Checker(ruleset, Context(result.cited_by, result.context.about, result.context.committee))
        result.rows = [(found, verdict_after_fetch(checker, verdict.classification.source,
                                                   fetched[verdict.classification.source.url], alternatives)
                        if verdict.classification.source.url in fetched else verdict)
                       for found, verdict in result.rows]
    if verify and alternatives:
        rows = [verdict for result in results for _, verdict in result.rows]
        verify_alternatives(rows, options)  # each listed alternative asked once, across papers
        checked = iter(rows)
        for result in results:
            result.rows = [(found, next(checked)) for found, _ in result.rows]


def _judge_paper(paper, ruleset: Ruleset, context: Context) -> PaperResult:
    cited_by, source = context.cited_by, "--cited-by" if context.cited_by else None
    if cited_by is None and paper.delegation:
        try:
            cited_by, source = ruleset.countries.find(paper.delegation).alpha3, "file name"
        except UnknownCountry:
            pass
    paper_context = Context(cited_by, context.about, context.committee)
    checker = Checker(ruleset, paper_context)
    result = PaperResult(str(paper.path), paper.problem, cited_by, source, paper_context)
    for found in paper.citations:
        result.rows.append((found, checker.check(found.text, None)))
    return result
