"""The library's bulk path (Checker.check on plain URL lines) gives the ordinary path's verdicts.

20,000 lines generated as bench/urlgen.py makes them (registry hosts with and without
subdomains, path rules, one-off unknown hosts, news-like hosts, junk) plus the hard cases the
bulk path must leave alone, judged twice: by a Checker whose bulk path is switched off
(WARM_UP never reached) and by one that takes it; every Verdict compares equal, field by
field, Source and Classification included.
"""

from __future__ import annotations

import random

import pytest

from evidence_check.api import Checker
from evidence_check.classify import plain_line
from evidence_check.model import Context
from evidence_check.urls import parse

from test_bulk_fast_path import ODD, lines

HARD = ODD + [
    "https://www.un.org/", "https://www.un.org", "http://un.org/en", "un.org/en", "www.un.org/x/",
    "https://reuters.com/world/", "https://www.reuters.com/world/europe/x", "https://un.int/kenya",
    "https://www.un.int/sites/www.un.int/files/Kenya/x.pdf", "https://news.un.org/en/story",
    "http://www.un.int/wcm/content/site/portugal/", "http://http://www.un.org/x", "https://http//www.unhcr.org/x",
    "http//www.un.org/x",
    "https://www.bbc.co.uk/news", "https://en.wikipedia.org/wiki/X", "https://x.blogspot.com/p",
    "https://a.b.kawasaki.jp/x", "https://city.kawasaki.jp/x", "https://x.ck/y", "https://www.ck/y",
    "https://web.archive.org/web/2020/https://www.un.org/", "https://x.zz/y", "https://localhost/x",
    "https://un.org/x)", "https://un.org/(x)", "https://un.org/a,b", "https://un.org/x/..",
    "https://un.org/x/./y", "https://un.org/x:y@z", "https://-x.example.com/y", "https://x-.example.com/y",
    "https://dailynews.example.com/x", "https://www.dailystaregypt.com/y", "https://the-times.co.uk/x",
    "Reuters", "UNICEF", "A/RES/70/1", "https://un.org/x https://who.int/y", "un.org/x un.org/y",
    "https://www.google.com/url?q=https://www.who.int/x", "http://t.co/x", "https://amp.example.com/x",
]


@pytest.fixture(autouse=True)
def _short_warm_up(monkeypatch):
    """These tests run a few thousand lines: take the bulk paths after 64 of them, not the
    thousands a real run waits for (`test_a_short_run_never_builds_the_bulk_table` checks that)."""
    from evidence_check.run import FastRows

    monkeypatch.setattr(Checker, "WARM_UP", 64)
    monkeypatch.setattr(FastRows, "WARM_UP", 64)


def judged(checker: Checker, text: list[str]) -> list:
    return [checker.check(line, number) for number, line in enumerate(text, 1)]


def fields(verdict) -> tuple:
    c = verdict.classification
    return (c.source, c.category, c.publisher, c.owner, c.matched_by, c.detail, c.matched_text, c.span,
            c.condition, c.suggestion, verdict.category, verdict.verdict, verdict.conditions, verdict.contest,
            verdict.notes, verdict.error, verdict.link)


def slow_checker(rules, context=None) -> Checker:
    checker = Checker(rules, context)
    checker.WARM_UP = 10 ** 12  # the bulk path switched off: every line goes the ordinary way
    return checker


def compare(rules, text: list[str], context=None) -> Checker:
    slow = judged(slow_checker(rules, context), text)
    fast_checker = Checker(rules, context)
    fast = judged(fast_checker, text)
    assert len(fast) == len(slow)
    for number, (a, b) in enumerate(zip(slow, fast)):
        assert fields(a) == fields(b), f"line {number + 1}: {text[number]!r}"
        assert a == b
    return fast_checker


def generated(rules, count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    text = lines(rules, count, seed=seed)
    for _ in range(count // 20):  # the hard cases, scattered among the rest and repeated
        text.insert(rng.randrange(len(text)), rng.choice(HARD))
    return text


def test_the_library_bulk_path_gives_the_ordinary_verdicts(rules):
    text = generated(rules, 20_000, 2026)
    checker = compare(rules, text)
    assert checker.check.__func__ is Checker._check_plain  # warmed up: the bulk path was taken
    assert len(checker._judged) > 500


def test_the_library_bulk_path_with_a_context(rules):
    context = Context(cited_by="FRA", about=("USA",), committee=("FRA", "USA", "CHN", "RUS"))
    compare(rules, generated(rules, 4_000, 7), context)


def test_the_library_bulk_path_twice_over_the_same_lines(rules):
    """Lines repeated after their match was kept (and after the per-match memo was cleared)."""
    text = generated(rules, 3_000, 11)
    checker = Checker(rules)
    checker._JUDGED_SIZE = 50  # cleared many times over
    slow = judged(slow_checker(rules), text + text)
    fast = judged(checker, text + text)
    assert [fields(v) for v in slow] == [fields(v) for v in fast]


def test_the_bulk_path_is_taken_and_keeps_the_line(rules):
    checker = Checker(rules)
    for number in range(Checker.WARM_UP):
        checker.check("Xinhua News Agency", number)
    first = checker.check("https://www.un.org/en/x", 100)
    second = checker.check("www.un.org/en/y", 101)
    assert second.classification.source.input == "www.un.org/en/y"
    assert second.classification.source.line == 101
    assert second.classification.source.url == "http://www.un.org/en/y"
    assert second.classification.source.host == "www.un.org"
    assert second.classification.source.path == "/en/y"
    assert second.classification.source is not first.classification.source
    assert second.verdict == first.verdict and second.category is first.category
    assert second.classification.publisher is first.classification.publisher


@pytest.mark.parametrize("text", HARD + ["https://www.un.org/x", "www.who.int/a/b", "http://site1.example-blog.net/"])
def test_plain_line_agrees_with_parse(text):
    """What `plain_line` takes, `urls.parse` reads as that URL, host and path, not bare, not unwrapped."""
    parts = plain_line(text)
    if parts is None:
        return
    source = parse(text, 3)
    assert (source.kind, source.url, source.host, source.path) == ("url", *parts)
    assert not source.bare and source.span is None and source.unwrapped_from is None and source.input == text


def test_path_prefixes_grouped_by_segment_match_as_a_linear_scan(rules):
    """by_host tries only the prefixes that share the path's first segment: the same answer as
    trying every prefix of the host, longest first, for every prefix of the default registry."""
    from evidence_check.ruleset.index import path_matches

    index = rules.index
    wrong = []
    for host, entries in index.paths.items():
        for prefix, _ in entries:
            for path in (prefix, prefix + "/x", prefix + ".html", prefix + "?a=1", prefix + "x", prefix.upper()):
                expected = next((host + p for p, _ in entries if path_matches(path.lower(), p)), None)
                found = index.by_host(host, path)
                if expected is not None and (found is None or found[1] != expected):
                    wrong.append((host, path, found and found[1], expected))
    assert wrong == []


def test_repeated_non_url_lines_give_the_ordinary_verdict_with_their_own_line(rules):
    """A name, a reference or junk repeated in bulk input is answered from the first one's verdict,
    with its own line number; what a caller changes in a verdict it was given changes nothing later."""
    lines = ["Xinhua News Agency", "javascript:void(0)", "not a url", "UNICEF (2019). The State of the World's Children.",
             "http://", "Ministry of Health. Report."] * 30
    fast = Checker(rules)
    slow = Checker(rules)
    slow.WARM_UP = 10 ** 12
    for number, text in enumerate(lines * 3, 1):
        a, b = fast.check(text, number), slow.check(text, number)
        assert fields(a) == fields(b), (number, text)
        a.classification.source.line = -1  # a caller's change
        a.notes = ("changed",)
    assert fast.check("Xinhua News Agency", 9999).classification.source.line == 9999
    assert fast.check("Xinhua News Agency", 1).notes != ("changed",)
