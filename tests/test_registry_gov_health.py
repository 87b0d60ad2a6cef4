"""National health bodies: medicines regulators, public-health institutes, blood services (rules/registry/gov_health.yaml).

Facts (URLs and names -> government of which state), minimum counts, and lookalikes that must never
gain a trusted class.
"""

import pytest

from conftest import file_entries

FILE = "registry/gov_health.yaml"
TRUSTED = {"un", "government", "reuters", "state_media", "ngo"}


@pytest.fixture(scope="module")
def entries(rules):
    return file_entries(rules, FILE)


def test_minimum_counts(entries):
    assert len(entries) >= 17
    assert len({p.owner for p in entries}) >= 15
    assert all(p.category == "government" and p.owner for p in entries)
    assert {p.group for p in entries} == {"health-agency"}
    assert all(p.basis.startswith("read:") for p in entries)
    assert all(p.id.startswith(f"gov-health-{p.owner.lower()}-") for p in entries)


@pytest.mark.parametrize("url, owner, publisher_id", [
    ("https://www.swissmedic.ch/swissmedic/en/home/about-us.html", "CHE", "gov-health-che-swissmedic"),
    ("https://www.bfarm.de/EN/Home/_node.html", "DEU", "gov-health-deu-bfarm"),
    ("https://www.pei.de/EN/home/home-node.html", "DEU", "gov-health-deu-pei"),
    ("https://www.hpra.ie/homepage/medicines", "IRL", "gov-health-irl-hpra"),
    ("https://laegemiddelstyrelsen.dk/en/", "DNK", "gov-health-dnk-dkma"),
    ("https://www.famhp.be/en", "BEL", "gov-health-bel-famhp"),
    ("https://www.halmed.hr/en/", "HRV", "gov-health-hrv-halmed"),
    ("https://www.ispch.cl/quienes-somos/", "CHL", "gov-health-chl-isp"),
    ("https://www.sahpra.org.za/who-we-are/", "ZAF", "gov-health-zaf-sahpra"),
    ("https://english.cbg-meb.nl/topics/about-meb-the-board", "NLD", "gov-health-nld-meb"),
    ("https://www.legemiddelverket.no/en/about-us", "NOR", "gov-health-nor-dmp"),
    ("https://www.infarmed.pt/web/infarmed/", "PRT", "gov-health-prt-infarmed"),
    ("https://ansm.sante.fr/actualites/", "FRA", "gov-health-fra-ansm"),
    ("https://www.etablissement-francais-du-sang.fr/", "FRA", "gov-health-fra-efs"),
    ("https://www.insp.mx/avisos/", "MEX", "gov-health-mex-insp"),
    ("https://www.eof.gr/web/guest/information", "GRC", "gov-health-grc-eof"),
    ("https://www.ravimiamet.ee/en", "EST", "gov-health-est-ravimiamet"),
])
def test_urls(classify, url, owner, publisher_id):
    result = classify(url)
    assert (result.category, result.owner) == ("government", owner), (url, result)
    assert result.publisher.id == publisher_id


@pytest.mark.parametrize("name, owner", [
    ("Swissmedic", "CHE"), ("Swiss Agency for Therapeutic Products", "CHE"),
    ("Federal Institute for Drugs and Medical Devices", "DEU"), ("BfArM", "DEU"),
    ("Paul-Ehrlich-Institut", "DEU"), ("Health Products Regulatory Authority", "IRL"),
    ("HPRA", "IRL"), ("Lægemiddelstyrelsen", "DNK"), ("HALMED", "HRV"),
    ("Instituto de Salud Pública de Chile", "CHL"), ("SAHPRA", "ZAF"),
    ("College ter Beoordeling van Geneesmiddelen", "NLD"), ("CBG-MEB", "NLD"),
    ("Direktoratet for medisinske produkter", "NOR"), ("Statens legemiddelverk", "NOR"),
    ("Infarmed", "PRT"), ("ANSM", "FRA"), ("Établissement français du sang", "FRA"),
    ("National Institute of Public Health of Mexico", "MEX"),
    ("National Organization for Medicines", "GRC"), ("Ravimiamet", "EST"),
])
def test_names(classify, name, owner):
    result = classify(name)
    assert (result.category, result.owner) == ("government", owner), (name, result)


@pytest.mark.parametrize("text", [
    "https://swissmedic.ch.evil.example/", "https://fake-swissmedic.ch/", "https://notpei.de/",
    "https://hpra.ie.example.com/", "https://sahpra.blogspot.com/", "https://infarmed.wordpress.com/",
    "https://example.com/ansm.sante.fr/", "https://eof.gr.phish.example/", "https://myinsp.mx/",
])
def test_lookalikes_never_trusted(classify, text):
    result = classify(text)
    assert result.category not in TRUSTED, (text, result)


@pytest.mark.parametrize("name", [
    # shared or generic names stay out of this file's names
    "EOF", "NOMA", "EFS", "INSP", "ISP", "MEB", "State Agency of Medicines",
    "Instituto Nacional de Salud Pública", "State Institute for Drug Control",
])
def test_generic_names_not_owned_by_this_file(classify, name):
    result = classify(name)
    assert result.publisher is None or FILE not in (result.publisher.origin or ""), (name, result)
