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

from .classify import plain_line
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


def run(checker, citations: Iterable, emit: Callable[[Verdict], None], fail_on: FailOn,
        rows: FastRows | None = None) -> Outcome:
    """Judge every citation in order (text, or objects with .text and .line) and emit each verdict.

    With `rows` (see `fast_rows`), plain URL lines whose row is known but for the input, line,
    URL and host are written by it directly, the same bytes, without the objects of a row.
    Ctrl-C stops the run: what finished has been emitted, and the outcome says interrupted."""
    outcome = Outcome()
    fast = rows.row if rows is not None else None
    try:
        for number, citation in enumerate(citations, 1):
            if isinstance(citation, str):
                text, line = citation, number
            elif getattr(citation, "length", None):
                verdict = checker.too_long(citation.text, citation.line, citation.length)
                emit(verdict)
                outcome.add(verdict, fail_on)
                continue
            else:
                text, line = citation.text, citation.line
            if fast is not None and fast(text, line, outcome):
                continue
            verdict = checker.check(text, line)
            emit(verdict)
            outcome.add(verdict, fail_on)
    except KeyboardInterrupt:
        outcome.interrupted = True
    return outcome


class FastRows:
    """The bulk path for a streaming writer: a URL line's row is its input, line, URL and host
    spliced onto a fragment shared by every row with the same match (the registry domain that
    matched, or "unlisted"), so most lines make no Source, Classification, Verdict or dict.

    A fragment is cut from the row the ordinary path wrote for the first line with that match,
    and kept only when that row starts with exactly the head this class would write: the bytes
    out are the ordinary path's. Memory: one fragment per registry domain seen (bounded)."""

    def __init__(self, checker, writer, tally, fail_on: FailOn, cache_size: int = 65536):
        self.checker = checker
        self.writer = writer
        self.tally = tally
        self.fail_on = fail_on
        self.plain_host = checker._classify.plain_host
        self.forget = checker._classify.forget
        self.ordinary = getattr(checker, "ordinary", checker.check)
        self._fragments: dict = {}
        self._cache_size = cache_size
        self._lines = 0

    # The bulk path's table costs about 80 ms to build (today's registry) and saves a few
    # microseconds a line: a run shorter than this does not pay for it, and takes the ordinary
    # path, which writes the same bytes.
    WARM_UP = 4096

    def row(self, text: str, line, outcome: Outcome) -> bool:
        """Write the row of one line if it is a plain URL line; False to leave it to the caller."""
        if self._lines < self.WARM_UP:
            self._lines += 1
            return False
        line_parts = plain_line(text)
        if line_parts is None:
            return False
        url, host, _ = line_parts
        plain = self.plain_host(host)
        if plain is None:
            return False
        matched, matched_by, domain = plain
        head = self.head(text, line, url, host, domain)
        known = self._fragments.get(matched_by)
        if known is None:
            return self._first(text, line, url, host, matched, matched_by, head, outcome)
        if known is False:
            return False
        fragment, word, contestable, finding = known
        self.write(head, fragment)
        tally = self.tally
        tally.rows += 1
        tally.verdicts[word] += 1
        outcome.rows += 1
        if contestable:
            tally.contestable += 1
        if finding:
            outcome.findings += 1
        return True

    def _first(self, text, line, url, host, matched, matched_by, head, outcome) -> bool:
        """The first line of its kind: the ordinary path writes it; its row gives the fragment."""
        # the ordinary path, not the library's own bulk path: that one keeps what it judged per
        # entry, and this one keeps only the fragment
        verdict = self.ordinary(text, line)
        row = self.render(verdict)
        self.write(row, self.empty)
        self.tally.add(verdict)
        outcome.add(verdict, self.fail_on)
        c = verdict.classification
        source = c.source
        same = (source.kind == "url" and source.url == url and source.host == host and not source.bare
                and source.span is None and source.unwrapped_from is None and c.matched_by == matched_by
                and verdict.error is None and verdict.link is None and row.startswith(head))
        if len(self._fragments) >= self._cache_size:
            self._fragments.clear()
        self._fragments[matched_by] = (self.cut(row[len(head):]), verdict.verdict, verdict.contestable,
                                       self.fail_on(verdict)) if same else False
        self.forget(host, matched)
        return True

    def cut(self, fragment):
        return fragment


class JsonlRows(FastRows):
    empty = (b"", b"", b"", b"")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from .report.records import Recorder

        self.write_bytes = self.writer.binary.write
        # the first row of each match: the writer's own recorder would keep every one of them
        self.render = Recorder(self.writer.record.countries, cache_size=1).json_line
        self._pieces: dict[bytes, bytes] = {}

    def head(self, text, line, url, host, domain) -> bytes:
        # every string here is printable ASCII without '"' or '\\': JSON writes it as it is
        return (f'{{"input":"{text}","line":{line},"url":"{url}","host":"{host}","domain":'
                + (f'"{domain}",' if domain is not None else "null,")).encode()

    def cut(self, fragment: bytes) -> tuple[bytes, ...]:
        """A fragment as four pieces, the second and fourth shared by every fragment that has them
        (category to rule; notes to the end): what differs per entry is its publisher and basis."""
        pieces = []
        rest = fragment
        for key in _SHARED_FROM:
            at = rest.find(key)
            if at < 0:
                return (fragment, b"", b"", b"")
            pieces.append(rest[:at])
            rest = rest[at:]
        pieces.append(rest)
        shared = self._pieces
        if len(shared) >= self._cache_size:
            shared.clear()
        for at in (1, 3):
            pieces[at] = shared.setdefault(pieces[at], pieces[at])
        return tuple(pieces)

    def write(self, head: bytes, fragment: tuple[bytes, bytes, bytes, bytes]) -> None:
        a, b, c, d = fragment
        self.write_bytes(b"".join((head, a, b, c, d)))


# Where a jsonl fragment's pieces start (see JsonlRows.cut): before "category", "matched_by", "notes".
_SHARED_FROM = (b'"category":', b',"matched_by":', b',"notes":')


class CsvRows(FastRows):
    empty = ""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.write_text = self.writer.out.write

    def render(self, verdict) -> str:
        import csv
        import io

        from .report.records import Recorder

        writer = self.writer
        buffer = io.StringIO()
        saved = writer.csv, writer.record
        writer.csv = csv.writer(buffer, lineterminator="\n")
        # the first row of each match: the writer's own recorder would keep every one of them
        writer.record = Recorder(saved[1].countries, cache_size=1)
        try:
            writer.row(verdict)
        finally:
            writer.csv, writer.record = saved
        return buffer.getvalue()

    def head(self, text, line, url, host, domain) -> str:
        if "," in text:  # the only character of a plain line csv quotes
            return f'"{text}",{line},"{url}",'
        return f"{text},{line},{url},"

    def write(self, head: str, fragment: str) -> None:
        self.write_text(head + fragment)


def fast_rows(checker, writer, tally, fail_on: FailOn) -> FastRows | None:
    """The bulk path for this writer, or None when it has none (formats that collect their rows,
    rows flushed one by one as input trickles in, an output that is not a byte stream)."""
    from .report.formats import CsvWriter, JsonlWriter

    if writer.flush_each or not hasattr(checker, "_classify"):
        return None
    if type(writer) is JsonlWriter and writer.binary is not None:
        return JsonlRows(checker, writer, tally, fail_on)
    if type(writer) is CsvWriter:
        return CsvRows(checker, writer, tally, fail_on)
    return None
