"""Parliaments, heads of state/government and portals: former and missing hosts
(rules/registry/gov_core_b.yaml).

Facts (URLs and names -> government of which state), a minimum count, the entry shape, and
lookalikes that must never gain a trusted class or the owner.
"""

import pytest

from evidence_check.classify import Classifier
from evidence_check.urls import parse

FILE = "registry/gov_core_b.yaml"
TRUSTED = ("government", "un", "reuters", "state_media", "ngo")


@pytest.fixture(scope="module")
def entries(rules):
    return [p for p in rules.index.publishers if p.origin.rpartition(":")[0].endswith(FILE)]


@pytest.fixture(scope="module")
def check(rules):
    return Classifier(rules)


@pytest.mark.parametrize("url, owner, publisher_id", [
    ("http://www.chambre-dep.tn/fr/index.html", "TUN", "gov-tun-chambre-deputes-old"),
    ("https://www.parliament.gr/Vouli-ton-Ellinon", "GRC", "gov-grc-parliament-gr"),
    ("https://republiquetogolaise.tg/", "TGO", "gov-tgo-republiquetogolaise"),
    ("https://www.parlement.ma/en/", "MAR", "gov-mar-parlement-ma"),
    ("https://pyidaungsu.hluttaw.mm/", "MMR", "gov-mmr-hluttaw"),
    ("https://www.parlamento.it/parlam/leggi/05159l.htm", "ITA", "gov-ita-parlamento-it"),
    ("https://www.majlis.ir/fa", "IRN", "gov-irn-majlis-ir"),
    ("http://tuvalugovernment.tv/", "TUV", "gov-tuv-government-portal"),
    ("http://www.parlementhaitien.ht/", "HTI", "gov-hti-parlement-hosts"),
])
def test_urls(check, url, owner, publisher_id):
    result = check(parse(url))
    assert (result.category, result.owner) == ("government", owner)
    assert result.publisher is not None and result.publisher.id == publisher_id


@pytest.mark.parametrize("url, owner", [
    # longer suffixes claimed by other files keep their own entry, same owner
    ("https://rc.majlis.ir/fa", "IRN"),
    ("https://www.amyotha.hluttaw.mm/", "MMR"),
])
def test_longer_suffixes_keep_owner(check, url, owner):
    result = check(parse(url))
    assert (result.category, result.owner) == ("government", owner)


@pytest.mark.parametrize("name, owner", [
    ("Chambre des députés (Tunisie)", "TUN"), ("Tunisian Chamber of Deputies", "TUN"),
    ("Βουλή των Ελλήνων", "GRC"), ("Vouli ton Ellinon", "GRC"),
    ("Présidence de la République démocratique du Congo", "COD"),
    ("Site officiel du Togo", "TGO"),
    ("Parlement du Maroc", "MAR"), ("البرلمان المغربي", "MAR"),
    ("Pyidaungsu Hluttaw", "MMR"), ("ပြည်ထောင်စုလွှတ်တော်", "MMR"),
    ("Parlamento italiano", "ITA"),
    ("Majlis-e Shura-ye Eslami", "IRN"), ("مجلس شورای اسلامی", "IRN"),
    ("Tuvalu Government", "TUV"),
    ("Palman Ayisyen", "HTI"), ("Haitian Parliament", "HTI"), ("Sénat haïtien", "HTI"),
])
def test_names(check, name, owner):
    result = check(parse(name))
    assert (result.category, result.owner) == ("government", owner)


def test_entry_shape_and_count(entries):
    assert len(entries) >= 9
    assert sum(len(p.domains) for p in entries) >= 9  # 9 after the lead left out two thin hosts
    for p in entries:
        assert p.id.startswith(f"gov-{p.owner.lower()}-")
        assert p.category == "government"
        assert p.group in {"parliaments", "heads-of-state", "government-portals"}
        assert p.basis and len(p.basis) > 60


def test_no_generic_name_alone(entries):
    generic = {"national assembly", "senate", "parliament", "chamber of deputies", "government",
               "presidency", "assemblée nationale", "sénat", "parlement", "parlamento", "majlis",
               "hluttaw", "government portal"}
    for p in entries:
        for name in (p.name, *p.aliases):
            assert name.casefold() not in generic, (p.id, name)


@pytest.mark.parametrize("url", [
    "https://fake-parliament.gr/", "https://parliament.gr.evil.example/",
    "https://notparlamento.it/", "https://parlamento.it.blogspot.com/",
    "https://majlis.ir.example.com/", "https://xhluttaw.mm/",
    "https://presidentrdc.cd-login.example/", "https://tuvalugovernment.tv.evil.example/",
    "https://fake-leparlementhaitien.info/", "https://parlement.ma.evil.example/",
    "https://chambre-dep.tn.example.org/", "https://republiquetogolaise.tg.evil.example/",
])
def test_lookalikes_not_trusted(check, url):
    result = check(parse(url))
    assert result.category not in TRUSTED or result.owner not in {
        "GRC", "ITA", "IRN", "MMR", "COD", "TUV", "HTI", "MAR", "TUN", "TGO"}, (url, result.category, result.owner)
