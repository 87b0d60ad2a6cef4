"""rules/registry/ngo_sections_c.yaml: national members of NGO confederations, round 3.

Facts (a member's site -> `ngo` and the member's own entry, not the international body), names,
a minimum count, each entry pointing to its confederation's registry entry, the file being listed
in the default ruleset right after ngo_sections_b.yaml, and lookalike hosts never gaining the ngo class.
"""

from pathlib import Path

import pytest
import yaml

from evidence_check.classify import Classifier
from evidence_check.urls import parse

ROOT = Path(__file__).resolve().parents[1]
FILE = ROOT / "rules" / "registry" / "ngo_sections_c.yaml"


@pytest.fixture(scope="module")
def data():
    return yaml.safe_load(FILE.read_text(encoding="utf-8"))["publishers"]


@pytest.fixture(scope="module")
def classify(rules):
    return Classifier(rules)


FACTS = [
    ("https://www.care.de/nothilfe/themen/fluechtlinge/", "ngo-care-germany"),
    ("https://www.care.ca/", "ngo-care-canada"),
    ("https://www.careindia.org/", "ngo-care-india"),
    ("https://www.oxfam.de/", "ngo-oxfam-germany"),
    ("https://www.oxfamfrance.org/inegalites-et-justice-fiscale/x/", "ngo-oxfam-france"),
    ("https://www.wwfindia.org/news_facts/publications/", "ngo-wwf-india"),
    ("http://www.wwfchina.org/", "ngo-wwf-china"),
    ("https://www.wwf.org.br/nossosconteudos/notas_e_releases/", "ngo-wwf-brazil"),
    ("https://www.wwf.org.za/our_work/oceans/", "ngo-wwf-south-africa"),
    ("https://www.wwf.org.py/informate/convocatorias/", "ngo-wwf-paraguay"),
    ("https://www.wnf.nl/nl/hoe_kan_ik_helpen/giften/", "ngo-wwf-netherlands-former-host"),
    ("https://www.sos-barnebyer.no/om-oss/", "ngo-sos-norway"),
    ("https://www.sos-kinderdorf.de/", "ngo-sos-germany"),
    ("https://doneer.soskinderdorpen.nl/", "ngo-sos-netherlands"),
    ("https://www.aldeasinfantiles.org.pe/", "ngo-sos-peru"),
    ("https://www.tdh.de/", "ngo-tdh-germany"),
    ("https://www.tdh.org/en/about-us/careers", "ngo-tdh-lausanne"),
    ("https://www.terredeshommes.nl/en/jobs", "ngo-tdh-netherlands"),
    ("https://www.caritas.org.au/donate/", "ngo-caritas-australia"),
    ("https://www.caritas-international.de/", "ngo-caritas-international-germany"),
    ("https://www.plannederland.nl/doe-een-donatie", "ngo-plan-netherlands"),
    ("https://amnistia.org.ar/participa/", "ngo-amnesty-ar"),
    ("https://anistia.org.br/junte-se-a-nos/", "ngo-amnesty-br"),
    ("https://www.amnesty.id/", "ngo-amnesty-id"),
    ("https://www.amnesty.or.th/get-involved/become-member", "ngo-amnesty-th"),
    ("http://www.amnestykenya.org/", "ngo-amnesty-ke"),
    ("https://www.amnesty.org.il/", "ngo-amnesty-il"),
    ("https://habitat.ca/", "ngo-habitat-ca"),
    ("https://www.habitat.org.au/", "ngo-habitat-au"),
    ("https://www.habitatforhumanity.org.uk/too-scared-to-go/", "ngo-habitat-gb"),
    ("https://habitatindia.org/", "ngo-habitat-in"),
    ("https://www.habitat.org.ua/", "ngo-habitat-ua"),
]


@pytest.mark.parametrize("url,pid", FACTS)
def test_member_sites_are_ngo(classify, url, pid):
    result = classify(parse(url))
    assert result.category == "ngo", url
    assert result.publisher is not None and result.publisher.id == pid, url


def test_international_bodies_keep_their_own_hosts(classify):
    # the members' entries must not take over the international bodies' sites
    assert classify(parse("https://www.amnesty.org/en/")).publisher.id == "ngo-amnesty"
    assert classify(parse("https://www.habitat.org/where-we-work")).publisher.id == "ngo-habitat-for-humanity"
    assert classify(parse("https://www.terredeshommes.org/")).publisher.id == "ngo-terre-des-hommes"


@pytest.mark.parametrize(
    "name,pid",
    [
        ("Oxfam Deutschland", "ngo-oxfam-germany"),
        ("WWF-India", "ngo-wwf-india"),
        ("WWF-Brasil", "ngo-wwf-brazil"),
        ("SOS-barnebyer Norge", "ngo-sos-norway"),
        ("Aldeas Infantiles SOS Perú", "ngo-sos-peru"),
        ("Amnistía Internacional Argentina", "ngo-amnesty-ar"),
        ("Habitat for Humanity Canada", "ngo-habitat-ca"),
        ("Terre des Hommes Nederland", "ngo-tdh-netherlands"),
    ],
)
def test_names(rules, name, pid):
    hit = rules.index.by_name(name)
    assert hit is not None and hit.id == pid, name


def test_minimum_count(data):
    assert len(data) >= 70
    assert sum(len(p["domains"]) for p in data) >= 70
    assert all(p["category"] == "ngo" for p in data)


def test_every_basis_names_its_confederation_and_a_source(data):
    for p in data:
        basis = p["basis"]
        assert "registry entry ngo-" in basis, p["id"]
        assert "file id" in basis or "code corpus" in basis, p["id"]


def test_listed_in_default_ruleset_after_round_two():
    lines = (ROOT / "rules" / "default.yaml").read_text(encoding="utf-8").splitlines()
    i = lines.index("  - registry/ngo_sections_b.yaml")
    assert lines[i + 1] == "  - registry/ngo_sections_c.yaml"


@pytest.mark.parametrize(
    "url",
    [
        "https://fake-careindia.org/",
        "https://care.de.evil.example/",
        "https://wwfindia.org.evil.example/",
        "https://notoxfam.de/",
        "https://amnistia.org.ar.phish.example/",
        "https://habitatindia.blogspot.com/",
        "https://tdh.de.evil.example/",
        "https://xhabitat.ca/",
    ],
)
def test_lookalikes_never_ngo(classify, url):
    assert classify(parse(url)).category != "ngo", url
