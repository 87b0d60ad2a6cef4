"""rules/registry/ngo_domains_d.yaml: NGOs with a UN record and checked domains, slice D.

Well-known NGOs that background guides cite (free expression, disarmament and mine action,
peace, corporate accountability, sustainability standards). Facts (a cited NGO website or
name -> category ngo and the right entry), minimum counts a bit below what the file holds,
every basis naming its UN record and the source read, and lookalike hosts never gaining the
ngo class.
"""

from pathlib import Path

import pytest
import yaml

from evidence_check.classify import Classifier
from evidence_check.urls import parse

FILE = Path(__file__).resolve().parents[1] / "rules" / "registry" / "ngo_domains_d.yaml"


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
    ("https://www.witness.org/portfolio_page/video-as-evidence/", "ngo-witness"),
    ("https://blog.witness.org/2013/08/witness-gains-accreditation/", "ngo-witness"),
    ("https://the-monitor.org/country-profile/angola/impact", "ngo-landmine-cluster-munition-monitor"),
    ("http://www.the-monitor.org/media/2918780/Landmine-Monitor-2018_final.pdf",
     "ngo-landmine-cluster-munition-monitor"),
    ("https://stopclustermunitions.org/en-gb/about-us/what-we-do/strategy-2017-2021.aspx",
     "ngo-cluster-munition-coalition"),
    ("https://corporateaccountability.org/resources/built-to-fail-carbon-offset-projects/",
     "ngo-corporate-accountability"),
    ("https://www.rootsofpeace.org/", "ngo-roots-of-peace"),
    ("https://www.peacetreesvietnam.org/news-events/central-vietnam-flood-relief.html",
     "ngo-peacetrees-vietnam"),
    ("https://www.fsc.org/en/forest-management-certification", "ngo-fsc"),
    ("https://rspo.org/resources/certification/", "ngo-rspo"),
]


@pytest.mark.parametrize("url,pid", FACTS)
def test_url_facts(classify, url, pid):
    r = classify(parse(url))
    assert r.category == "ngo", url
    assert r.publisher is not None and r.publisher.id == pid, url


NAMES = [
    ("WITNESS", "ngo-witness"),
    ("Landmine and Cluster Munition Monitor", "ngo-landmine-cluster-munition-monitor"),
    ("Landmine Monitor", "ngo-landmine-cluster-munition-monitor"),
    ("Cluster Munition Monitor", "ngo-landmine-cluster-munition-monitor"),
    ("Cluster Munition Coalition", "ngo-cluster-munition-coalition"),
    ("Corporate Accountability International", "ngo-corporate-accountability"),
    ("PeaceTrees Vietnam", "ngo-peacetrees-vietnam"),
    ("Forest Stewardship Council", "ngo-fsc"),
    ("Roundtable on Sustainable Palm Oil", "ngo-rspo"),
    ("RSPO", "ngo-rspo"),
]


@pytest.mark.parametrize("name,pid", NAMES)
def test_name_facts(rules, name, pid):
    hit = rules.index.by_name(name)
    pub = hit[0] if isinstance(hit, (tuple, list)) else hit
    assert pub is not None and pub.id == pid, name
    assert pub.category == "ngo"


def test_counts(entries):
    assert len(entries) >= 7
    assert sum(len(p.domains) for p in entries) >= 7
    assert all(p.category == "ngo" for p in entries)


def test_every_basis_names_record_and_source(entries):
    for p in entries:
        b = p.basis
        assert "ECOSOC" in b and "granted.csv" in b, p.id
        assert "pages corpus" in b or "file ids" in b or "file index" in b, p.id


def test_other_hosts_not_matched(classify):
    # fsc.org must not reach unrelated bodies whose hosts merely end in "fsc.org.<cc>"
    for url in ("https://www.fsc.org.uk/", "https://www.fsc.org.au/", "http://www.fsc.org.ai/"):
        r = classify(parse(url))
        assert r.publisher is None or r.publisher.id != "ngo-fsc", url


DOMAINS = ["witness.org", "the-monitor.org", "stopclustermunitions.org",
           "corporateaccountability.org", "rootsofpeace.org", "peacetreesvietnam.org",
           "fsc.org", "rspo.org"]


@pytest.mark.parametrize("domain", DOMAINS)
def test_lookalikes_never_ngo(classify, domain):
    for url in (f"https://{domain}.evil.example/report", f"https://fake-{domain}/",
                f"https://{domain.split('.')[0]}.blogspot.com/"):
        r = classify(parse(url))
        assert r.category != "ngo", url
