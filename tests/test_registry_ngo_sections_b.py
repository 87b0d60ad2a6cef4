"""rules/registry/ngo_sections_b.yaml: national members of NGO confederations, round 2.

Facts (a member's site -> `ngo` and the member's own entry, not the international body), names,
a minimum count, each entry pointing to its confederation's registry entry, the file being listed
in the default ruleset right after ngo_sections.yaml, and lookalike hosts never gaining the ngo class.
"""

from pathlib import Path

import pytest
import yaml

from evidence_check.classify import Classifier
from evidence_check.urls import parse

ROOT = Path(__file__).resolve().parents[1]
FILE = ROOT / "rules" / "registry" / "ngo_sections_b.yaml"


@pytest.fixture(scope="module")
def data():
    return yaml.safe_load(FILE.read_text(encoding="utf-8"))["publishers"]


@pytest.fixture(scope="module")
def classify(rules):
    return Classifier(rules)


FACTS = [
    ("https://www.oxfamnovib.nl/over-ons/jaarverslagen", "ngo-oxfam-novib"),
    ("https://www.oxfamitalia.org/dona/", "ngo-oxfam-italia"),
    ("https://oxfam.qc.ca/", "ngo-oxfam-quebec"),
    ("https://www.oxfam.org.nz/news-media/media-releases/x/", "ngo-oxfam-aotearoa"),
    ("http://www.oxfamsol.be/fr/", "ngo-oxfam-belgium"),
    ("https://www.plan.de/", "ngo-plan-germany"),
    ("https://www.plan-international.jp/news/info/x/", "ngo-plan-japan"),
    ("https://my.plankorea.or.kr/donate/sponsor/step1", "ngo-plan-korea"),
    ("https://www.plandanmark.dk/", "ngo-plan-denmark"),
    ("https://www.planinternational.be/", "ngo-plan-belgium"),
    ("https://www.wwf.de/themen-projekte/", "ngo-wwf-germany"),
    ("https://www.wwf.ch/", "ngo-wwf-switzerland"),
    ("https://www.wwf.it/", "ngo-wwf-italy"),
    ("https://www.wwf.es/", "ngo-wwf-spain"),
    ("https://www.wwf.nl/", "ngo-wwf-netherlands"),
    ("https://www.wwf.or.jp/activities/statement/3436.html", "ngo-wwf-japan"),
    ("https://donate.wwfkorea.or.kr/wwfkorea/pay/step1_direct", "ngo-wwf-korea"),
    ("https://www.greenpeace.de/", "ngo-greenpeace-germany"),
    ("https://www.raddabarnen.se/", "ngo-stc-sweden"),
    ("https://www.worldvision.or.kr/sponsor/", "ngo-wv-korea"),
    ("https://habitat.org.nz/", "ngo-habitat-nz"),
    ("http://www.sos-villages-enfants.be/", "ngo-sos-belgium"),
    ("https://amnesty.or.kr/donation/", "ngo-amnesty-korea"),
    ("https://msf.or.kr/", "ngo-msf-korea"),
    ("https://www.caritas.de/", "ngo-caritas-germany"),
    ("https://www.caritas.at/", "ngo-caritas-austria"),
]


@pytest.mark.parametrize("url,pid", FACTS)
def test_member_sites_are_ngo(classify, url, pid):
    result = classify(parse(url))
    assert result.category == "ngo", url
    assert result.publisher is not None and result.publisher.id == pid, url


def test_plan_be_stays_the_planning_bureau(classify):
    # plan.be is the Belgian Federal Planning Bureau, not Plan International Belgium
    result = classify(parse("https://www.plan.be/"))
    assert result.category == "government" and result.owner == "BEL"


@pytest.mark.parametrize(
    "name,pid",
    [
        ("Oxfam Novib", "ngo-oxfam-novib"),
        ("Oxfam-Québec", "ngo-oxfam-quebec"),
        ("Plan International Deutschland", "ngo-plan-germany"),
        ("WWFジャパン", "ngo-wwf-japan"),
        ("Rädda Barnen", "ngo-stc-sweden"),
        ("Deutscher Caritasverband", "ngo-caritas-germany"),
    ],
)
def test_names(rules, name, pid):
    hit = rules.index.by_name(name)
    assert hit is not None and hit.id == pid, name


def test_minimum_count(data):
    assert len(data) >= 24
    assert sum(len(p["domains"]) for p in data) >= 24
    assert all(p["category"] == "ngo" for p in data)


def test_every_basis_names_its_confederation_and_a_source(data):
    for p in data:
        basis = p["basis"]
        assert "registry entry ngo-" in basis, p["id"]
        assert "file id" in basis, p["id"]


def test_listed_in_default_ruleset_after_round_one():
    lines = (ROOT / "rules" / "default.yaml").read_text(encoding="utf-8").splitlines()
    i = lines.index("  - registry/ngo_sections.yaml")
    assert lines[i + 1] == "  - registry/ngo_sections_b.yaml"


@pytest.mark.parametrize(
    "url",
    [
        "https://fake-oxfamnovib.nl/",
        "https://oxfamnovib.nl.evil.example/",
        "https://wwf.de.evil.example/",
        "https://notwwf.ch/",
        "https://plankorea.blogspot.com/",
        "https://caritas.de.phish.example/",
    ],
)
def test_lookalikes_never_ngo(classify, url):
    assert classify(parse(url)).category != "ngo", url
