"""Governments' country-promotion bodies on their own domains (rules/registry/gov_public_diplomacy.yaml).

Facts (names and URLs -> government of which state), the file's shape, and lookalikes, shared acronyms
and everyday phrases that must never gain a trusted class or the wrong owner.
"""

import pytest

from conftest import file_entries


FILE = "registry/gov_public_diplomacy.yaml"
GROUPS = {"tourism-boards", "investment-promotion", "public-diplomacy"}


@pytest.fixture(scope="module")
def entries(rules):
    return file_entries(rules, FILE)


@pytest.mark.parametrize("url, owner, entry_id", [
    ("https://www.australia.com/en/places/sydney-and-surrounds/guide-to-sydney.html", "AUS",
     "gov-pd-aus-tourism-australia"),
    ("https://www.tourism.australia.com/en/about/our-organisation/our-mission.html", "AUS",
     "gov-pd-aus-tourism-australia"),
    ("https://www.destinationcanada.com/en/research", "CAN", "gov-pd-can-destination-canada"),
    ("https://travel.destinationcanada.com/en-ca/privacy-notice", "CAN", "gov-pd-can-destination-canada"),
    ("https://www.czechinvest.org/en/About-CzechInvest", "CZE", "gov-pd-cze-czechinvest"),
    ("https://www.enterprise-ireland.com/en/about-us", "IRL", "gov-pd-irl-enterprise-ireland"),
    ("https://www.failteireland.ie/Research-Insights.aspx", "IRL", "gov-pd-irl-failte-ireland"),
    ("https://www.ice.it/it/studi-e-rapporti", "ITA", "gov-pd-ita-ice"),
    ("https://magicalkenya.com/places-to-visit/", "KEN", "gov-pd-ken-ktb"),
    ("https://www.mta.com.mt/en/freedom-of-info", "MLT", "gov-pd-mlt-mta"),
    ("https://rdb.rw/investment-opportunities/", "RWA", "gov-pd-rwa-rdb"),
    ("https://www.southafrica.net/gl/en/travel", "ZAF", "gov-pd-zaf-south-african-tourism"),
    ("https://campus.spainspecialistprogram.com/tos", "ESP", "gov-pd-esp-turespana"),
    ("https://www.investkorea.org/ik-en/bbs/i-459/detail.do?ntt_sn=473456", "KOR", "gov-pd-kor-invest-korea"),
])
def test_urls(classify, url, owner, entry_id):
    result = classify(url)
    assert (result.category, result.owner) == ("government", owner), (url, result)
    assert result.publisher.id == entry_id


@pytest.mark.parametrize("name, owner", [
    ("Tourism Australia", "AUS"), ("Destination Canada (Canadian Tourism Commission)", "CAN"), ("Canadian Tourism Commission", "CAN"),
    ("CzechInvest", "CZE"), ("Enterprise Ireland", "IRL"), ("Fáilte Ireland", "IRL"),
    ("National Tourism Development Authority (Ireland)", "IRL"), ("Italian Trade Agency", "ITA"),
    ("Agenzia ICE", "ITA"), ("Kenya Tourism Board", "KEN"), ("Kenya Tourist Board", "KEN"),
    ("Malta Tourism Authority", "MLT"), ("Rwanda Development Board", "RWA"),
    ("South African Tourism", "ZAF"), ("Singapore Tourism Board", "SGP"), ("Tourism Malaysia", "MYS"),
    ("Malaysia Tourism Promotion Board", "MYS"), ("Tourism New Zealand", "NZL"), ("Turespaña", "ESP"),
    ("Instituto de Turismo de España", "ESP"), ("Invest KOREA", "KOR"), ("Invest Lithuania", "LTU"),
    ("Tourism Authority of Thailand", "THA"),
])
def test_names(classify, name, owner):
    result = classify(name)
    assert (result.category, result.owner) == ("government", owner), (name, result)


@pytest.mark.parametrize("name", [
    # acronyms other bodies use, campaign slogans and everyday phrases
    "ICE", "ITA", "RDB", "MTA", "KTB", "STB", "TAT", "DC", "EI", "SA Tourism", "Magical Kenya",
    "Incredible India", "Malaysia Truly Asia", "Destination Canada", "100% Pure New Zealand", "Visit Rwanda", "Discover Ireland",
])
def test_shared_names_not_claimed(entries, name):
    names = {n.casefold() for p in entries for n in (p.name, *p.aliases)}
    assert name.casefold() not in names


@pytest.mark.parametrize("text", [
    "ICE", "https://www.ice.gov/news", "Metropolitan Transportation Authority (MTA)",
    "The Magical Kenya safari guide", "Incredible India",
    "Brown (2021). Destination Canada? Migration choices of students. Globe and Mail.",
])
def test_shared_names_not_these_owners(classify, text):
    result = classify(text)
    assert result.publisher is None or not result.publisher.id.startswith("gov-pd-"), (text, result)


@pytest.mark.parametrize("url", [
    "https://southafrica.net.evil.example/", "https://notsouthafrica.net/", "https://ice.it.example.com/",
    "https://fake-czechinvest.org/", "https://rdb.rw.attacker.example/", "https://magicalkenya.wordpress.com/",
    "https://failteireland.blogspot.com/", "https://destinationcanada.github.io/",
    "https://www.spainspecialistprogram.com.example/",
])
def test_lookalikes_not_government(classify, url):
    result = classify(url)
    assert result.category != "government", (url, result)


@pytest.mark.parametrize("url", [
    # private, chamber or association sites stay out of this file (top comment)
    "https://www.advantageaustria.org/", "https://www.s-ge.com/en", "https://www.brandusa.org/",
    "https://www.cinde.org/en",
])
def test_non_state_bodies_not_here(classify, url):
    result = classify(url)
    assert result.publisher is None or not result.publisher.id.startswith("gov-pd-"), (url, result)


def test_minimums(entries):
    assert len(entries) >= 17
    assert len({p.owner for p in entries}) >= 15
    assert sum(1 for p in entries if p.domains) >= 12


def test_entries_well_formed(entries):
    ids = [p.id for p in entries]
    assert len(ids) == len(set(ids))
    for p in entries:
        assert p.category == "government", p.id
        assert p.group in GROUPS, p.id
        assert p.id.startswith(f"gov-pd-{p.owner.lower()}-"), p.id
        # every basis names what was read: a page address
        assert "http" in p.basis, p.id
        assert "/work/" not in p.basis and "/tmp/" not in p.basis, p.id
