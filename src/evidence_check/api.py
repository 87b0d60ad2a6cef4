"""The library API: what the CLI uses and what other programs can import.

    >>> from evidence_check import Checker, Context
    >>> checker = Checker(context=Context(cited_by="FRA", about=("USA",)))
    >>> checker.check("https://www.reuters.com/world/").verdict
    'conditional'
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from .ruleset import compiled
from .classify import BY_PATH, Classifier, plain_line
from .judge import Judge
from .model import Classification, Context, Source, Verdict
from .ruleset.model import Ruleset
from .urls import parse


def load_rules(path: Path | str | None = None) -> Ruleset:
    """Load a ruleset (the bundled default when path is None); raises RulesError."""
    return compiled.load(path)


class Checker:
    """Parse, classify and judge citations under one ruleset and context."""

    def __init__(self, ruleset: Ruleset | None = None, context: Context | None = None):
        self.ruleset = ruleset if ruleset is not None else load_rules()
        self.context = context or Context()
        self._classify = Classifier(self.ruleset)
        self._judge = Judge(self.ruleset, self.context)
        self._calls = 0
        self._judged: dict[str | None, tuple | bool] = {}  # see _check_plain
        self._texts: dict[str, Verdict] = {}  # see _other

    # Plain URL lines take the bulk path (`_check_plain`) once this many lines have been checked:
    # its table costs about 30 ms to build, which a few citations do not pay back.
    # The bulk path's merged table costs about 80 ms to build with today's registry and saves about
    # 5 us a line: a run shorter than this (a paper's citations, a bibliography) never builds it.
    WARM_UP = 4096
    _JUDGED_SIZE = 65536
    _TEXTS_SIZE = 4096

    def classify(self, source: Source) -> Classification:
        return self._classify(source)

    def judge(self, classification: Classification) -> Verdict:
        return self._judge(classification)

    def check(self, citation: str, line: int | None = None) -> Verdict:
        """Judge one citation: a URL, a publisher name or a UN document symbol."""
        self._calls += 1
        if self._calls >= self.WARM_UP:
            self.check = self._check_plain  # from now on: plain URL lines take the bulk path
        return self.ordinary(citation, line)

    def ordinary(self, citation: str, line: int | None = None) -> Verdict:
        """`check` without the bulk path for plain URL lines: the same verdict, and nothing kept."""
        return self._judge(self._classify(parse(citation, line)))

    def _check_plain(self, citation: str, line: int | None = None) -> Verdict:
        """`check` once warmed up. A plain URL line (`classify.plain_line`) whose host's entry says
        it all (`Classifier.plain_match`) depends on the line only through its Source (input, line,
        URL, host, path): the rest of its classification and verdict is what the ordinary path
        gave the first line with the same match (the registry domain that matched, the news site,
        or none), kept per match and reused as it is. Anything else goes the ordinary way."""
        parts = plain_line(citation)
        if parts is not None:
            url, host, path = parts
            plain = self._classify.plain_match(host)
            if plain is BY_PATH:
                plain = self._classify.path_match(host, path)
            if plain is not None:
                known = self._judged.get(plain[1])
                if known:
                    category, publisher, owner, detail, rule, word, conditions, contest, notes = known
                    return Verdict(Classification(Source(citation, "url", url, host, path, None, None, line),
                                                  category, publisher, owner, plain[1], detail),
                                   rule, word, conditions, contest, notes)
                if known is None:
                    return self._first(citation, line, url, host, path, plain[1])
            return self.ordinary(citation, line)
        return self._other(citation, line)

    def _other(self, citation: str, line: int | None) -> Verdict:
        """A line that is not a plain URL (a name, a reference, junk): its verdict depends on its
        text alone but for the line number, and bulk input repeats such lines ("Xinhua News
        Agency", "javascript:void(0)"), so a copy of the first one's verdict answers the next."""
        known = self._texts.get(citation)
        if known is not None:
            source = replace(known.classification.source, line=line)
            return replace(known, classification=replace(known.classification, source=source))
        verdict = self.ordinary(citation, line)
        if verdict.link is None:
            if len(self._texts) >= self._TEXTS_SIZE:
                self._texts.clear()
            # kept as a copy: the caller may change what it is given
            self._texts[citation] = replace(verdict, classification=replace(verdict.classification))
        return verdict

    def _first(self, text, line, url, host, path, matched_by) -> Verdict:
        """The first plain line of its match: the ordinary path judges it; its verdict is kept
        when its Source and classification are what `_check_plain` would make."""
        verdict = self.ordinary(text, line)
        c = verdict.classification
        expected = Source(text, "url", url, host, path, None, None, line)
        same = (c.source == expected and c.matched_by == matched_by and c.matched_text is None
                and c.span is None and c.condition is None and c.suggestion is None
                and verdict.error is None and verdict.link is None)
        if len(self._judged) >= self._JUDGED_SIZE:
            self._judged.clear()
        self._judged[matched_by] = (c.category, c.publisher, c.owner, c.detail, verdict.category, verdict.verdict,
                                    verdict.conditions, verdict.contest, verdict.notes) if same else False
        return verdict

    def too_long(self, start: str, line: int | None, length: int) -> Verdict:
        """The row for a line too long to be a citation: invalid, its start kept, its length said."""
        source = Source(start[:200] + ("\u2026" if len(start) > 200 else ""), "invalid", line=line,
                        error=f"line too long ({length:,} characters): not read as a citation")
        return self._judge(Classification(source, "invalid"))

    def check_all(self, citations: Iterable[str]) -> Iterator[Verdict]:
        for number, citation in enumerate(citations, 1):
            yield self.check(citation, number)
