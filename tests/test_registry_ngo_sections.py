"""rules/registry/ngo_sections.yaml: national members of the big NGO confederations.

Facts (a member's site -> `ngo` and the right member entry, not the international body), a
minimum count, each entry pointing to its confederation's registry entry, the file being listed in
the default ruleset, and lookalike hosts never gaining the ngo class.
"""

from pathlib import Path

import pytest
import yaml

from evidence_check.classify import Classifier
from evidence_check.urls import parse

ROOT = Path(__file__).resolve().parents[1]
FILE = ROOT / "rules" / "registry" / "ngo_sections.yaml"


@pytest.fixture(scope="module")
def data():
    return yaml.safe_load(FILE.read_text(encoding="utf-8"))["publishers"]


@pytest.fixture(scope="module")
def classify(rules):
    return Classifier(rules)


FACTS = [
    ("https://www.worldvision.org.uk/news/", "ngo-wv-uk"),
    ("https://www.worldvision.ca/our-work/food", "ngo-wv-canada"),
    ("https://www.worldvision.com.au/", "ngo-wv-australia"),
    ("https://www.worldvision.de/", "ngo-wv-germany"),
    ("https://www.worldvision.in/", "ngo-wv-india"),
    ("https://www.savethechildren.ca/", "ngo-stc-canada"),
    ("https://www.savethechildren.org.au/", "ngo-stc-australia"),
    ("https://www.savethechildren.it/press/x", "ngo-stc-italy"),
    ("https://www.savethechildren.in/", "ngo-stc-india"),
    ("https://www.reddbarna.no/", "ngo-stc-norway"),
    ("https://www.oxfam.ca/publication/carbon-inequality-2030/", "ngo-oxfam-canada"),
    ("https://www.oxfam.org.au/what-we-do/", "ngo-oxfam-australia"),
    ("https://www.oxfamindia.org/knowledgehub/", "ngo-oxfam-india"),
    ("https://www.oxfamintermon.org/es", "ngo-oxfam-intermon"),
    ("https://www.planusa.org/", "ngo-plan-usa"),
    ("https://plancanada.ca/", "ngo-plan-canada"),
    ("https://msf.org.au/", "ngo-msf-australia"),
    ("https://www.doctorswithoutborders.ca/", "ngo-msf-canada"),
    ("https://www.careinternational.org.uk/news-stories/x", "ngo-care-uk"),
    ("https://www.greenpeace.org.uk/news/x", "ngo-greenpeace-uk"),
    ("https://wwf.ca/", "ngo-wwf-canada"),
    ("https://wwf.org.au/news/", "ngo-wwf-australia"),
    ("https://www.rescue-uk.org/country/zimbabwe", "ngo-irc-uk"),
    ("https://www.actionaid.org.uk/about-us", "ngo-actionaid-uk"),
    ("https://www.islamic-relief.org.uk/giving/", "ngo-islamic-relief-uk"),
    ("https://www.mercycorps.org.uk/", "ngo-mercy-corps-europe"),
]


@pytest.mark.parametrize("url,pid", FACTS)
def test_member_sites_are_ngo(classify, url, pid):
    result = classify(parse(url))
    assert result.category == "ngo", url
    assert result.publisher is not None and result.publisher.id == pid, url


def test_minimum_count(data):
    assert len(data) >= 60
    assert all(p["category"] == "ngo" for p in data)


def test_every_basis_names_its_confederation_and_a_source(data):
    for p in data:
        basis = p["basis"]
        assert "registry entry ngo-" in basis, p["id"]
        assert "file id" in basis or "GitHub" in basis, p["id"]


def test_listed_in_default_ruleset():
    text = (ROOT / "rules" / "default.yaml").read_text(encoding="utf-8")
    assert "  - registry/ngo_sections.yaml" in text


LOOKALIKES = [
    "https://fake-worldvision.ca/",
    "https://worldvision.ca.evil.example/",
    "https://savethechildren.it.example.com/",
    "https://oxfamindia.blogspot.com/",
    "https://msf-org-au.example/",
    "https://www.not-planusa.org/",
]


@pytest.mark.parametrize("url", LOOKALIKES)
def test_lookalikes_never_ngo(classify, url):
    assert classify(parse(url)).category not in {"ngo", "un", "government", "reuters", "state_media"}
