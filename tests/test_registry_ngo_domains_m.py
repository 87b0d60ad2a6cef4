"""NGOs with a UN record and a checked web domain, slice M (rules/registry/ngo_domains_m.yaml).

Internationally active NGOs of the ECOSOC_Status data that ngo_ecosoc.yaml knew by name only:
their sites and names are `ngo` now; lookalike hosts never are.
"""

import pytest

from evidence_check.classify import Classifier
from evidence_check.urls import parse

FILE = "ngo_domains_m.yaml"


@pytest.fixture(scope="module")
def classify(rules):
    return Classifier(rules)


@pytest.fixture(scope="module")
def mine(rules):
    return [p for p in rules.index.publishers if p.id in MY_IDS]


MY_IDS = {
    "ngo-icnl", "ngo-autism-speaks", "ngo-population-connection", "ngo-human-life-international",
    "ngo-focus-on-the-family", "ngo-disability-rights-international", "ngo-avocats-sans-frontieres",
    "ngo-rainbow-railroad", "ngo-cesvi", "ngo-menengage", "ngo-equality-fund", "ngo-world-obesity",
    "ngo-thalassaemia-international-federation", "ngo-international-bureau-for-epilepsy",
    "ngo-rare-diseases-international", "ngo-public-eye", "ngo-social-accountability-international",
    "ngo-population-matters", "ngo-initiatives-of-change", "ngo-larche-international", "ngo-miusa",
    "ngo-legal-action-worldwide", "ngo-simn", "ngo-pilpg", "ngo-human-rights-now", "ngo-wecan",
    "ngo-swedwatch",
}


@pytest.mark.parametrize("url, pid", [
    ("https://www.icnl.org/research/civic-freedom-monitor", "ngo-icnl"),
    ("https://www.driadvocacy.org/reports/", "ngo-disability-rights-international"),
    ("https://www.asf.be/blog/category/news/", "ngo-avocats-sans-frontieres"),
    ("https://www.rainbowrailroad.org/", "ngo-rainbow-railroad"),
    ("https://www.cesvi.org/", "ngo-cesvi"),
    ("https://menengage.org/", "ngo-menengage"),
    ("https://data.worldobesity.org/rankings/", "ngo-world-obesity"),
    ("https://thalassaemia.org.cy/publications/tif-publications/", "ngo-thalassaemia-international-federation"),
    ("https://www.ibe-epilepsy.org/", "ngo-international-bureau-for-epilepsy"),
    ("https://www.publiceye.ch/en/topics/fashion", "ngo-public-eye"),
    ("https://sa-intl.org/programs/sa8000/", "ngo-social-accountability-international"),
    ("http://www.caux.iofc.org/", "ngo-initiatives-of-change"),
    ("https://www.legalactionworldwide.org/annual-report-2019/", "ngo-legal-action-worldwide"),
    ("https://simn-global.org/history", "ngo-simn"),
    ("https://www.pilpg.org/", "ngo-pilpg"),
    ("http://www.publicinternationallawandpolicygroup.org/about/", "ngo-pilpg"),
    ("https://hrn.or.jp/eng/about/archivement/", "ngo-human-rights-now"),
    ("https://www.wecaninternational.org/about", "ngo-wecan"),
    ("https://swedwatch.org/about-swedwatch/", "ngo-swedwatch"),
    ("https://www.autismspeaks.org/", "ngo-autism-speaks"),
])
def test_sites_are_ngo(classify, url, pid):
    result = classify(parse(url))
    assert result.category == "ngo", url
    assert result.publisher is not None and result.publisher.id == pid, url


@pytest.mark.parametrize("name", [
    "International Center for Not-for-Profit Law",
    "Mental Disability Rights International",
    "Disability Rights International",
    "Scalabrini International Migration Network",
    "Public International Law & Policy Group",
    "MenEngage Alliance",
    "Women's Earth and Climate Action Network International",
    "Thalassaemia International Federation",
    "Legal Action Worldwide",
    "Swedwatch",
])
def test_names_are_ngo(classify, name):
    assert classify(parse(name)).category == "ngo", name


def test_public_eye_name_stays_with_the_lesotho_paper_bare(classify):
    # "Public Eye" alone is a Lesotho newspaper (press_more.yaml); the Swiss NGO carries a qualifier.
    assert classify(parse("Public Eye (Switzerland)")).category == "ngo"
    assert classify(parse("https://publiceyenews.com/")).category == "rejected"


def test_minimum_count_and_basis(mine):
    assert len(mine) >= 25
    assert sum(len(p.domains) for p in mine) >= 26
    for p in mine:
        assert p.category == ("unlisted" if p.group == "foundations" else "ngo"), p.id
        assert "ECOSOC_Status dataset" in p.basis, p.id


@pytest.mark.parametrize("url", [
    "https://fake-icnl.org/",
    "https://icnl.org.evil.example/",
    "https://notswedwatch.org/",
    "https://swedwatch.org.evil.example/",
    "https://rainbowrailroad.blogspot.com/",
    "https://menengage.wordpress.com/",
    "https://pilpg.org.example.net/",
    "https://hrn.or.jp.evil.example/",
])
def test_lookalikes_never_ngo(classify, url):
    result = classify(parse(url))
    assert result.category not in {"ngo", "un", "government", "reuters", "state_media"}, url


def test_a_grant_making_fund_with_status_is_unlisted(classify):
    """Grant-making foundations with a UN record are unlisted (ngo_domains_c.yaml's convention)."""
    result = classify(parse("https://equalityfund.ca/apply-for-funding/"))
    assert result.category == "unlisted" and result.publisher.id == "ngo-equality-fund"
