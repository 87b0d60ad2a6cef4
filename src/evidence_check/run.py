"""A run over many citations: the loop, the fail-on policy and the exit status, as library code.

The command line maps an `Outcome` to its exit status; another program can run
the same loop and read the same answer:

    >>> from evidence_check import Checker
    >>> from evidence_check.run import FailOn, run
    >>> rows = []
    >>> outcome = run(Checker(), ["https://www.un.org/", "https://en.wikipedia.org/wiki/X"], rows.append,
    ...               FailOn.parse("rejected,invalid"))
    >>> outcome.findings, outcome.exit_status
    (1, 1)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from .model import CONDITIONAL, DISCRETION, INADMISSIBLE, INVALID, Verdict

# --fail-on words: what makes a row a finding (exit status 1).
FAIL_ON_WORDS = ("rejected", "invalid", "unlisted", "conditional", "contestable", "none")
_SYNONYMS = {"inadmissible": "rejected", "discretion": "unlisted"}

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR, EXIT_INTERRUPTED = 0, 1, 2, 130


class FailOnError(ValueError):
    """An unknown --fail-on word."""


@dataclass(frozen=True)
class FailOn:
    """Which rows count as findings: by verdict (rejected = inadmissible, unlisted = the chair's
    discretion, conditional, invalid) or by who may contest them."""

    words: frozenset[str] = frozenset({"rejected", "invalid"})

    @classmethod
    def parse(cls, text: str) -> FailOn:
        chosen = {_SYNONYMS.get(w, w) for w in (part.strip().lower() for part in text.split(",")) if w}
        unknown = chosen - set(FAIL_ON_WORDS)
        if unknown:
            raise FailOnError(f"unknown value(s) {', '.join(sorted(unknown))} (choose from {', '.join(FAIL_ON_WORDS)})")
        return cls(frozenset(chosen - {"none"}))

    def __call__(self, verdict: Verdict) -> bool:
        v = verdict.verdict
        words = self.words
        return (("rejected" in words and v == INADMISSIBLE) or ("invalid" in words and v == INVALID)
                or ("unlisted" in words and v == DISCRETION) or ("conditional" in words and v == CONDITIONAL)
                or ("contestable" in words and verdict.contestable))


@dataclass
class Outcome:
    """What a run found: rows, findings, problems; and the exit status that says so."""

    rows: int = 0
    findings: int = 0
    interrupted: bool = False
    errors: list[str] = field(default_factory=list)  # inputs that could not be read

    def add(self, verdict: Verdict, fail_on: FailOn) -> None:
        self.rows += 1
        if fail_on(verdict):
            self.findings += 1

    @property
    def exit_status(self) -> int:
        """130 interrupted, 2 an input could not be read, 1 findings, 0 nothing to report."""
        if self.interrupted:
            return EXIT_INTERRUPTED
        if self.errors:
            return EXIT_ERROR
        return EXIT_FINDINGS if self.findings else EXIT_OK


def run(checker, citations: Iterable, emit: Callable[[Verdict], None], fail_on: FailOn) -> Outcome:
    """Judge every citation in order (text, or objects with .text and .line) and emit each verdict.

    Ctrl-C stops the run: what finished has been emitted, and the outcome says interrupted."""
    outcome = Outcome()
    try:
        for number, citation in enumerate(citations, 1):
            if isinstance(citation, str):
                verdict = checker.check(citation, number)
            elif getattr(citation, "length", None):
                verdict = checker.too_long(citation.text, citation.line, citation.length)
            else:
                verdict = checker.check(citation.text, citation.line)
            emit(verdict)
            outcome.add(verdict, fail_on)
    except KeyboardInterrupt:
        outcome.interrupted = True
    return outcome
