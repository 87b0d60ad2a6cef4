"""Publishers' own link shorteners (rules/registry/shortlinks.yaml): a short link is classed as the
publisher it opens, and each entry still agrees with its target's entry."""

import pytest

from evidence_check.classify import Classifier
from evidence_check.urls import parse

TARGETS = {
    "aje.io": "aljazeera.com", "bbc.in": "bbc.co.uk", "ab.co": "abc.net.au", "n.pr": "npr.org",
    "bzfd.it": "buzzfeed.com", "brook.gs": "brookings.edu", "sptnkne.ws": "sputniknews.com",
}


@pytest.mark.parametrize("short, target", sorted(TARGETS.items()))
def test_a_short_link_is_classed_as_the_publisher_it_opens(rules, short, target):
    classify = Classifier(rules)
    a, b = classify(parse(f"http://{short}/AbC12")), classify(parse(f"https://www.{target}/some/story"))
    assert a.publisher.id == f"short-{short.replace('.', '-')}"
    assert (a.category, a.owner) == (b.category, b.owner)


def test_every_entry_is_tested(rules):
    ids = {p.id for p in rules.index.publishers if "shortlinks.yaml:" in (p.origin or "")}
    assert ids == {f"short-{s.replace('.', '-')}" for s in TARGETS}


@pytest.mark.parametrize("url", ["https://aje.io.evil.example/x", "https://fake-aje.io/x", "https://bbc-in.com/x"])
def test_lookalikes_are_not_short_links(rules, url):
    c = Classifier(rules)(parse(url))
    assert c.publisher is None or not c.publisher.id.startswith("short-")
