"""rules/registry/ngo_domains_e.yaml: NGOs with a UN record and checked domains, slice E.

Well-known development, health and humanitarian NGOs and foundations whose UN record is not in
the ECOSOC_Status data (a Committee on NGOs press release, or WHO official relations). Facts (a
cited website or name -> category ngo and the right entry), minimum counts a bit below what the
file holds, every basis naming its UN record, lookalike hosts never gaining the ngo class, and
common words never taken for these NGOs.
"""

from pathlib import Path

import pytest
import yaml

from evidence_check.classify import Classifier
from evidence_check.urls import parse

FILE = Path(__file__).resolve().parents[1] / "rules" / "registry" / "ngo_domains_e.yaml"


@pytest.fixture(scope="module")
def classify(rules):
    return Classifier(rules)


@pytest.fixture(scope="module")
def entries(rules):
    ids = {p["id"] for p in yaml.safe_load(FILE.read_text(encoding="utf-8"))["publishers"]}
    found = [p for p in rules.index.publishers if p.id in ids]
    assert {p.id for p in found} == ids
    return found


FACTS = [
    ("https://www.guttmacher.org/state-policy/explore/overview-abortion-laws",
     "ngo-guttmacher-institute"),
    ("https://www.guttmacher.org/sites/default/files/article_files/gpr1901916.pdf",
     "ngo-guttmacher-institute"),
    ("https://www.path.org/", "ngo-path"),
    ("https://www.gatesfoundation.org/about/committed-grants", "ngo-gates-foundation"),
]


@pytest.mark.parametrize("url, entry", FACTS)
def test_a_cited_ngo_site_is_that_ngo(classify, url, entry):
    result = classify(parse(url))
    assert result.category == "ngo", url
    assert result.publisher.id == entry, url


NAMES = [
    ("Guttmacher Institute", "ngo-guttmacher-institute"),
    ("Alan Guttmacher Institute", "ngo-guttmacher-institute"),
    ("Program for Appropriate Technology in Health", "ngo-path"),
    ("Bill & Melinda Gates Foundation", "ngo-gates-foundation"),
    ("Bill and Melinda Gates Foundation", "ngo-gates-foundation"),
    ("Gates Foundation", "ngo-gates-foundation"),
]


@pytest.mark.parametrize("name, entry", NAMES)
def test_an_ngo_is_found_by_name(classify, name, entry):
    result = classify(parse(name))
    assert result.category == "ngo", name
    assert result.publisher.id == entry, name


def test_minimum_counts(entries):
    assert len(entries) >= 3  # 3 entries in the file
    assert sum(len(p.domains) for p in entries) >= 3  # 3 domains


def test_every_basis_names_its_un_record_and_the_domain_check(entries):
    for p in entries:
        assert p.category == "ngo" and p.domains, p.id
        assert p.group == "health", p.id
        assert "press.un.org" in p.basis or "official relations" in p.basis.lower(), p.id
        assert "file ids" in p.basis, p.id


def test_lookalikes_are_never_the_ngo(classify, entries):
    for p in entries:
        for domain in p.domains:
            label = domain.split(".")[0]
            for fake in (f"https://{domain}.evil.example/", f"https://fake-{domain}/",
                         f"https://{label}.blogspot.com/", f"https://not{domain}/",
                         f"https://{label}.wordpress.com/"):
                result = classify(parse(fake))
                assert result.category != "ngo", fake


def test_common_words_are_not_these_ngos(classify, entries):
    ids = {p.id for p in entries}
    for text in ("Path", "PATH", "Gates", "Foundation", "Institute"):
        result = classify(parse(text))
        assert result.publisher is None or result.publisher.id not in ids, text
