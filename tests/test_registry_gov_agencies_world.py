"""State agencies of states outside Europe and US federal programmes (rules/registry/gov_agencies_world.yaml).

Facts (URLs and names -> government of which state), minimum counts, and lookalikes that must never
gain a trusted class.
"""

import pytest

FILE = "registry/gov_agencies_world.yaml"
TRUSTED = {"un", "government", "reuters", "state_media", "ngo"}


@pytest.fixture(scope="module")
def entries(rules):
    return [p for p in rules.index.publishers if p.origin.rpartition(":")[0].endswith(FILE)]


def test_minimum_counts(entries):
    assert len(entries) >= 28
    assert len({p.owner for p in entries}) >= 18
    assert all(p.category == "government" and p.owner for p in entries)
    assert {p.group for p in entries} <= {"agency", "central-bank", "us-program", "subnational",
                                          "human-rights-commission", "research-centre",
                                          "archive-library", "country-portal",
                                          "former-ministry-domain"}
    assert all(p.basis.startswith("read:") for p in entries)


@pytest.mark.parametrize("url, owner, publisher_id", [
    ("https://www.osac.gov/Country/Nigeria/Content/Detail/Report/abc", "USA", "gov-usa-osac"),
    ("https://www.state.gov/bureaus-offices/under-secretary-for-management/bureau-of-diplomatic-security/",
     "USA", "gov-usa-ds"),
    ("https://www.state.gov/bureaus-offices/under-secretary-for-civilian-security-democracy-and-human-rights/"
     "bureau-of-population-refugees-and-migration/", "USA", "gov-usa-prm"),
    ("https://2009-2017.state.gov/j/inl/rls/nrcrpt/2016/", "USA", "gov-usa-inl"),
    ("https://www.nctc.gov/overview.html", "USA", "gov-usa-nctc"),
    ("https://fews.net/east-africa/ethiopia", "USA", "gov-usa-fews-net"),
    ("https://www.peacecorps.gov/about/", "USA", "gov-usa-peace-corps"),
    ("https://www.cbj.gov.jo/EN/Pages/Central_Bank_of_Jordan_A_Brief_Outlook", "JOR", "gov-jor-cbj"),
    ("https://www.bdl.gov.lb/statistics/", "LBN", "gov-lbn-bdl"),
    ("https://dab.gov.af/exchange-rates", "AFG", "gov-afg-dab"),
    ("https://english.cby-ye.com/news/167", "YEM", "gov-yem-cby"),
    ("http://www.nbc.org.kh/english/about_the_bank/faqs.php", "KHM", "gov-khm-nbc"),
    ("https://www.nicd.ac.za/about-us/", "ZAF", "gov-zaf-nicd"),
    ("https://www.afad.gov.tr/en/28155/Eastern-Anatolia-Consultation-Meeting", "TUR", "gov-tur-afad"),
    ("https://www.unidadvictimas.gov.co/es/registro", "COL", "gov-col-victimas"),
    ("https://www.pagasa.dost.gov.ph/tropical-cyclone", "PHL", "gov-phl-pagasa"),
    ("https://www.argentina.gob.ar/migraciones/estadisticas", "ARG", "gov-arg-dnm"),
    ("https://statistique.quebec.ca/en/institut/our-organization", "CAN", "gov-can-qc-isq"),
    ("https://www.quebec.ca/gouvernement/ministere/finances", "CAN", "gov-can-qc-finances"),
    ("https://nimet.gov.ng/about-us/", "NGA", "gov-nga-nimet"),
])
def test_urls(classify, url, owner, publisher_id):
    result = classify(url)
    assert (result.category, result.owner) == ("government", owner), (url, result)
    assert result.publisher.id == publisher_id


@pytest.mark.parametrize("name, owner", [
    ("Overseas Security Advisory Council", "USA"), ("OSAC", "USA"),
    ("Bureau of Diplomatic Security", "USA"),
    ("Bureau of Population, Refugees, and Migration", "USA"),
    ("FEWS NET", "USA"), ("PEPFAR", "USA"), ("President's Malaria Initiative", "USA"),
    ("Peace Corps", "USA"), ("National Counterterrorism Center", "USA"),
    ("Central Bank of Jordan", "JOR"), ("Banque du Liban", "LBN"), ("مصرف لبنان", "LBN"),
    ("Da Afghanistan Bank", "AFG"), ("Central Bank of Kuwait", "KWT"),
    ("National Bank of Kazakhstan", "KAZ"), ("Ethiopian Public Health Institute", "ETH"),
    ("Afet ve Acil Durum Yönetimi Başkanlığı", "TUR"), ("기상청", "KOR"),
    ("Unidad para las Víctimas", "COL"), ("Finances Québec", "CAN"),
])
def test_names(classify, name, owner):
    result = classify(name)
    assert (result.category, result.owner) == ("government", owner), (name, result)


@pytest.mark.parametrize("text", [
    "https://fake-osac.gov.example/", "https://osac.gov.evil.example/",
    "https://fews.net.evil.example/", "https://notfews.net/", "https://fake-nicd.ac.za.example/",
    "https://nbc.org.kh.evil.example/", "https://cby-ye.com.evil.example/",
    "https://fewsnet.blogspot.com/", "https://pagasa.blogspot.com/", "https://osac.wordpress.com/",
    "https://example.com/state.gov/pepfar",
])
def test_lookalikes_never_trusted(classify, text):
    result = classify(text)
    assert result.category not in TRUSTED, (text, result)


@pytest.mark.parametrize("name", [
    # shared or generic names stay out of this file's names
    "National Disaster Management Authority", "Servicio Meteorológico Nacional", "CONARE",
    "NICD", "NCTC", "PMI", "INL", "DNM",
])
def test_generic_names_not_owned_by_this_file(classify, name):
    result = classify(name)
    assert result.publisher is None or FILE not in (result.publisher.origin or ""), (name, result)
