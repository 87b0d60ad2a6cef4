"""State agencies and institutions of European states (rules/registry/gov_agencies_europe.yaml).

Public-health institutes, agencies under ministries, research centres of ministries, national
libraries and archives, country-presentation portals and former ministry domains: all `government`
of the state that runs them. Facts (URL and name -> owner), minimum counts, lookalikes.
"""

from collections import Counter

import pytest

FILE = "registry/gov_agencies_europe.yaml"
GROUPS = {"health-institute", "agency", "research-centre", "archive-library", "country-portal",
          "former-ministry-domain"}
TRUSTED = ("government", "un", "reuters", "state_media", "ngo")


@pytest.fixture(scope="module")
def entries(rules):
    return [p for p in rules.index.publishers if p.origin.rpartition(":")[0].endswith(FILE)]


def test_minimum_counts(entries):
    assert len(entries) >= 28
    assert sum(len(p.domains) for p in entries) >= 34
    assert len({p.owner for p in entries}) >= 17
    groups = Counter(p.group for p in entries)
    assert groups["health-institute"] >= 10 and groups["agency"] >= 8
    assert groups["archive-library"] >= 4


def test_every_entry_is_government_with_a_known_group_and_a_read_basis(entries):
    for publisher in entries:
        assert publisher.category == "government" and publisher.owner, publisher.id
        assert publisher.group in GROUPS, publisher.id
        assert publisher.basis.startswith("read:") and "http" in publisher.basis, publisher.id
        assert publisher.aliases, publisher.id


@pytest.mark.parametrize("url, owner", [
    ("https://thl.fi/en/about-us/about-thl", "FIN"),
    ("https://tulli.fi/en/about-us", "FIN"),
    ("https://www.vero.fi/en/individuals/", "FIN"),
    ("https://www.syke.fi/en-us", "FIN"),
    ("https://fimea.fi/en/about_us", "FIN"),
    ("https://www.evira.fi/en/about-evira/", "FIN"),
    ("https://finland.fi/about-us/", "FIN"),
    ("https://english.wodc.nl/about-wodc", "NLD"),
    ("https://www.kb.nl/en", "NLD"),
    ("https://en.ssi.dk/about-us", "DNK"),
    ("https://www.sst.dk/en/English", "DNK"),
    ("https://skat.dk/en-us", "DNK"),
    ("https://www.utl.is/en/about-directorate-of-immigration", "ISL"),
    ("https://www.tai.ee/en/instituudist/about-us", "EST"),
    ("https://www.latvia.eu/", "LVA"),
    ("https://szu.cz/", "CZE"),
    ("https://www.nijz.si/sl/nijz", "SVN"),
    ("https://www.hzjz.hr/zavod/", "HRV"),
    ("http://www.mzoip.hr/doc/report.pdf", "HRV"),
    ("https://phc.org.ua/en/news/x", "UKR"),
    ("https://www.revenue.ie/en/rev-100/articles/100-years.aspx", "IRL"),
    ("https://www2.hse.ie/conditions/", "IRL"),
    ("https://batut.org.rs/index.php?category_id=43", "SRB"),
    ("https://www.bl.uk/collection-guides", "GBR"),
    ("https://www.dnb.de/EN/Home/home_node.html", "DEU"),
    ("https://static.anaf.ro/static/10/Anaf/x.pdf", "ROU"),
    ("https://www.ncdc.ge/#/pages/content", "GEO"),
    ("https://www.nb.no/nasjonenshukommelse/", "NOR"),
    ("https://ansp.md/", "MDA"),
    ("https://sede.agenciatributaria.gob.es/Sede/inicio.html", "ESP"),
])
def test_urls_are_government_of_the_owner_and_named_by_this_file(classify, url, owner):
    result = classify(url)
    assert result.category == "government" and result.owner == owner, url
    assert result.publisher is not None, url
    assert result.publisher.origin.rpartition(":")[0].endswith(FILE), url


@pytest.mark.parametrize("name, owner", [
    ("Terveyden ja hyvinvoinnin laitos", "FIN"),
    ("Finnish Institute for Health and Welfare", "FIN"),
    ("Verohallinto", "FIN"),
    ("Ruokavirasto", "FIN"),
    ("Kansallisarkisto", "FIN"),
    ("Statens Serum Institut", "DNK"),
    ("Sundhedsstyrelsen", "DNK"),
    ("Skattestyrelsen", "DNK"),
    ("Útlendingastofnun", "ISL"),
    ("Tervise Arengu Instituut", "EST"),
    ("Latvijas Institūts", "LVA"),
    ("Státní zdravotní ústav", "CZE"),
    ("Nacionalni inštitut za javno zdravje", "SVN"),
    ("Hrvatski zavod za javno zdravstvo", "HRV"),
    ("Wetenschappelijk Onderzoek- en Datacentrum", "NLD"),
    ("Koninklijke Bibliotheek", "NLD"),
    ("Revenue Commissioners", "IRL"),
    ("Deutsche Nationalbibliothek", "DEU"),
    ("Agenția Națională de Administrare Fiscală", "ROU"),
    ("Agencia Estatal de Administración Tributaria", "ESP"),
    ("Nasjonalbiblioteket", "NOR"),
    ("Agenția Națională pentru Sănătate Publică", "MDA"),
])
def test_names_are_government_of_the_owner(checker, name, owner):
    classification = checker.check(name).classification
    assert classification.category == "government", name
    assert classification.owner == owner, name


@pytest.mark.parametrize("url", [
    "https://fake-thl.fi/", "https://thl.fi.evil.example/", "https://thl.blogspot.com/",
    "https://notwodc.nl/", "https://wodc.nl.phish.example/", "https://ssi-dk.com/",
    "https://revenue-ie.com/refund", "https://revenue.ie.secure-login.example/",
    "https://hse.ie.evil.example/", "https://anaf-ro.com/", "https://latvia.eu.example.org/",
    "https://finland.fi.wordpress.com/", "https://nb.no.evil.example/",
])
def test_lookalikes_are_never_trusted(classify, url):
    result = classify(url)
    assert result.category not in TRUSTED, url
    assert result.publisher is None or not result.publisher.origin.rpartition(":")[0].endswith(FILE), url
