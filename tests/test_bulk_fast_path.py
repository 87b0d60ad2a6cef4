"""The bulk path (run.FastRows) writes the same bytes as the ordinary path, row by row.

Lines are generated here as bench/urlgen.py makes them (registry hosts with and without
subdomains, one-off unknown hosts, junk), plus the lines the bulk path must leave alone
(upper case, queries, percent signs, trailing prose, wrappers, path rules, un.int, bare
domains, look-alikes). bench/bulk_bytes.py runs the same comparison on 200k lines.
"""

from __future__ import annotations

import io
import random

import pytest

from evidence_check.api import Checker
from evidence_check.classify import table, walk
from evidence_check.cli.common import meta_of
from evidence_check.domains import registered_domain
from evidence_check.model import Context
from evidence_check.report.formats import CsvWriter, JsonlWriter
from evidence_check.report.records import Tally
from evidence_check.run import CsvRows, FailOn, JsonlRows, fast_rows, run

PATH_WORDS = ["world", "news", "article", "2023", "10", "report", "human-trafficking", "en", "documents",
              "press-release", "index.html", "c_139785698.htm", "idUSTRE65G5H820100617", "pdf", "x",
              "a,b", "(x)", "~u", "A:B", "it's"]
UNKNOWN = ["example-blog.net", "some-daily.co.uk", "local-news.com.au", "think.example.org", "research.ac.in",
           "city-paper.de", "pressroom.fr", "newswire.jp", "kawasaki.jp", "city.kawasaki.jp", "blogspot.com",
           "ck", "www.ck"]
ODD = ["Xinhua News Agency", "not a url", "javascript:void(0)", "http://", "A/RES/55/25", "un.org",
       "https://www.google.com/url?q=https://www.un.org/x", "HTTPS://WWW.UN.ORG/en/", "https://un.org/x?y=1",
       "https://un.org/x%20y", "https://un.org/x.", "(https://un.org/x)", "https://un.org/./x",
       "https://www.un.int/kenya/statements", "https://un.int/x", "https://xn--n-ltb.org/x", "https://1.2.3.4/x",
       "https://un.org:8080/x", "https://un.org/x#top", "un.org/", "https://web.archive.org/web/2020/https://un.org/",
       "https://un.org/a&b", "https://user@un.org/x", "  https://un.org/x", "https://un.org/x ", "https://un.org",
       "http://un.org.", "https://news24.jp/x", "https://dailystaregypt.com/y", "UN.ORG/x"]


@pytest.fixture(autouse=True)
def _short_warm_up(monkeypatch):
    """These tests run a few thousand lines: take the bulk paths after 64 of them, not the
    thousands a real run waits for (`test_a_short_run_never_builds_the_bulk_table` checks that)."""
    from evidence_check.run import FastRows

    monkeypatch.setattr(Checker, "WARM_UP", 64)
    monkeypatch.setattr(FastRows, "WARM_UP", 64)


def lines(rules, count: int, seed: int = 2026) -> list[str]:
    rng = random.Random(seed)
    hosts = sorted(host for host in rules.index.hosts if "." in host)
    paths = sorted(rules.index.paths)
    out = []
    for _ in range(count):
        roll = rng.random()
        if roll < 0.60:
            host = rng.choice(hosts)
            if rng.random() < 0.5:
                host = rng.choice(["www.", "m.", "en.", "news.", "amp."]) + host
        elif roll < 0.65:
            host = rng.choice(paths)
        elif roll < 0.92:
            host = rng.choice(["www.", "blog.", ""]) + f"site{rng.randrange(500)}." + rng.choice(UNKNOWN)
        else:
            out.append(rng.choice(ODD))
            continue
        path = "/".join(rng.choice(PATH_WORDS) for _ in range(rng.randrange(0, 5)))
        scheme = rng.choice(["https://", "https://", "http://", ""])
        out.append(f"{scheme}{host}/{path}" if path or rng.random() < 0.5 else f"{scheme}{host}")
    return out


class Binary(io.StringIO):
    """A text stream with a byte buffer under it, as sys.stdout has."""

    def __init__(self):
        super().__init__()
        self.buffer = io.BytesIO()


def output(rules, writer_class, text: list[str], fast: bool, context: Context | None = None):
    checker = Checker(rules, context)
    out = Binary()
    meta = meta_of(rules, checker.context)
    writer = writer_class(out, meta, rules.countries)
    tally = Tally()
    fail_on = FailOn.parse("rejected,invalid,contestable")

    def emit(verdict):
        tally.add(verdict)
        writer.row(verdict)

    rows = fast_rows(checker, writer, tally, fail_on) if fast else None
    outcome = run(checker, text, emit, fail_on, rows)
    writer.end(tally, 0)
    return out.buffer.getvalue() + out.getvalue().encode(), tally.as_dict(), (outcome.rows, outcome.findings), rows


@pytest.mark.parametrize("writer_class", [JsonlWriter, CsvWriter])
def test_the_bulk_path_writes_the_ordinary_bytes(rules, writer_class):
    text = lines(rules, 8_000)
    slow = output(rules, writer_class, text, fast=False)
    fast = output(rules, writer_class, text, fast=True)
    assert isinstance(fast[3], JsonlRows if writer_class is JsonlWriter else CsvRows)
    assert fast[0].count(b"\n") >= len(text)
    if fast[0] != slow[0]:  # say which row differs
        for number, (a, b) in enumerate(zip(slow[0].splitlines(), fast[0].splitlines())):
            assert a == b, f"row {number}: {text[number - (writer_class is CsvWriter)]!r}"
    assert fast[0] == slow[0]
    assert fast[1] == slow[1]  # the summary counts
    assert fast[2] == slow[2]  # rows and findings: the exit status


def test_the_bulk_path_with_a_context(rules):
    context = Context(cited_by="FRA", about=("USA",), committee=("FRA", "USA", "CHN", "RUS"))
    text = lines(rules, 3_000, seed=7)
    assert output(rules, JsonlWriter, text, False, context)[:3] == output(rules, JsonlWriter, text, True, context)[:3]


def test_the_bulk_path_takes_most_plain_lines(rules):
    """Not a no-op: after the first row of each match, plain URL lines skip the ordinary path."""
    checker = Checker(rules)
    writer = JsonlWriter(Binary(), meta_of(rules, checker.context), rules.countries)
    rows = fast_rows(checker, writer, Tally(), FailOn())
    taken = sum(rows.row(f"https://site{n}.example-blog.net/x", n, run.__globals__["Outcome"]())
                for n in range(1000))
    assert taken == 1000 - rows.WARM_UP  # a short run never builds the bulk table (about 30 ms)
    assert len(rows._fragments) == 1  # every unknown host shares one fragment
    assert not rows.row("https://un.org/x?y", 1, run.__globals__["Outcome"]())


def test_no_bulk_path_where_rows_trickle_or_collect(rules):
    checker = Checker(rules)
    meta = meta_of(rules, checker.context)
    assert fast_rows(checker, JsonlWriter(Binary(), meta, rules.countries, flush_each=True), Tally(), FailOn()) is None
    from evidence_check.report.formats import JsonWriter

    assert fast_rows(checker, JsonWriter(Binary(), meta, rules.countries), Tally(), FailOn()) is None


def test_one_walk_agrees_with_lookup_and_registered_domain(rules):
    index = rules.index
    merged = table(index)
    rng = random.Random(5)
    hosts = sorted(index.hosts)[:3000] + sorted(index.paths)[:500] + sorted(index.fallback)[:500]
    hosts += rng.sample(sorted(index.hosts), 2000) + rng.sample(sorted(index.fallback), 2000)
    probes = [rng.choice(["", "www.", "a.b."]) + host for host in hosts] + hosts
    probes += ["a.b.kawasaki.jp", "city.kawasaki.jp", "kawasaki.jp", "x.ck", "www.ck", "ck", "co.uk",
               "x.blogspot.com", "a.b.c.d.example.com", "localhost", "x.platform.sh", "a.github.io",
               "a.b.www.ck", "b.x.ck", "unknown-tld.zz", "a.b.unknown-tld.zz", "com", "x.com", "a.b.co.uk",
               "site1.example-blog.net", "www.site2.some-daily.co.uk", "a.b.c.research.ac.in"]
    for host in probes:
        number, matched, path_dependent, domain = walk(merged, host)
        expected, expected_paths = index.lookup(host)
        assert path_dependent == expected_paths, host
        if not path_dependent:
            assert (None if number is None else (index.publishers[number], matched)) == expected, host
        if expected is None or expected[1] not in index.hosts:
            assert domain == registered_domain(host), host


def test_plain_host_keeps_nothing_per_host(rules):
    """A bulk run over many hosts keeps no Publisher per entry once its fragment is cut, and no
    memo per host: memory stays flat however many registry entries the input names."""
    checker = Checker(rules)
    writer = JsonlWriter(Binary(), meta_of(rules, checker.context), rules.countries)
    rows = fast_rows(checker, writer, Tally(), FailOn())
    made = rules.index.publishers._made
    hosts = sorted(host for host in rules.index.hosts if "." in host)[:300]
    before = sum(publisher is not None for publisher in made)
    for n, host in enumerate(hosts):
        rows.row(f"https://{host}/x", n, run.__globals__["Outcome"]())
    assert sum(publisher is not None for publisher in made) <= before + 5
    assert len(checker._classify._hosts) <= 5
    assert len(writer.record._cache) <= 5
    pieces = [fragment for fragment in rows._fragments.values() if fragment]
    assert len({id(fragment[3]) for fragment in pieces}) < len(pieces) / 10  # the shared tail, shared


def test_a_short_run_never_builds_the_bulk_table(rules, monkeypatch):
    """A paper's or a bibliography's few hundred citations take the ordinary path: the merged
    table (about 80 ms to build) is not built for them, by the library or by the CLI's rows."""
    from evidence_check.run import FastRows

    monkeypatch.undo()  # the real thresholds, not this module's short one
    assert Checker.WARM_UP >= 2000 and FastRows.WARM_UP >= 2000
    checker = Checker(rules)
    for n in range(1000):
        checker.check(f"https://www.un.org/en/page{n}")
    writer = JsonlWriter(Binary(), meta_of(rules, checker.context), rules.countries)
    rows = fast_rows(checker, writer, Tally(), FailOn())
    assert not any(rows.row(f"https://site{n}.example.net/x", n, run.__globals__["Outcome"]()) for n in range(1000))
    assert checker._classify._table is None
