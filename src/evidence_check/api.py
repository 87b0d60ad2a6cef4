"""The library API: what the CLI uses and what other programs can import.

    >>> from evidence_check import Checker, Context
    >>> checker = Checker(context=Context(cited_by="FRA", about=("USA",)))
    >>> checker.check("https://www.reuters.com/world/").verdict
    'conditional'
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from .ruleset import compiled
from .classify import Classifier
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

    def classify(self, source: Source) -> Classification:
        return self._classify(source)

    def judge(self, classification: Classification) -> Verdict:
        return self._judge(classification)

    def check(self, citation: str, line: int | None = None) -> Verdict:
        """Judge one citation: a URL, a publisher name or a UN document symbol."""
        return self._judge(self._classify(parse(citation, line)))

    def too_long(self, start: str, line: int | None, length: int) -> Verdict:
        """The row for a line too long to be a citation: invalid, its start kept, its length said."""
        source = Source(start[:200] + ("\u2026" if len(start) > 200 else ""), "invalid", line=line,
                        error=f"line too long ({length:,} characters): not read as a citation")
        return self._judge(Classification(source, "invalid"))

    def check_all(self, citations: Iterable[str]) -> Iterator[Verdict]:
        for number, citation in enumerate(citations, 1):
            yield self.check(citation, number)
