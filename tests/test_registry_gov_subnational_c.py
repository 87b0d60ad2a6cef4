"""Sub-national governments, round 3 (rules/registry/gov_subnational_c.yaml): Italy's metropolitan
cities, provinces and two comuni, German Land parliaments, big German cities, the City of Adelaide.

Facts (URLs and names -> government of which state), minimums, and lookalikes that must never gain
a trusted class.
"""

import pytest

from conftest import entry_names, file_entries, names_borne_elsewhere, table_misses


FILE = "registry/gov_subnational_c.yaml"


@pytest.fixture(scope="module")
def entries(rules):
    return file_entries(rules, FILE)


URL_FACTS = [
    # Italy
    ("https://www.cittametropolitana.mi.it/", "ITA", "gov-ita-metro-milano"),
    ("https://www.cittametropolitana.ve.it/amministrazione-trasparente/", "ITA", "gov-ita-metro-venezia"),
    ("https://www.cittametropolitanacagliari.it/", "ITA", "gov-ita-metro-cagliari"),
    ("https://dati.cittametropolitana.genova.it/", "ITA", "gov-ita-metro-genova"),
    ("https://trasparenza.cittametropolitana.torino.it/", "ITA", "gov-ita-metro-torino"),
    ("https://www.provincia.como.it/bandi-di-contributi", "ITA", "gov-ita-province-como"),
    ("https://www.provincia.pd.it/", "ITA", "gov-ita-province-padova"),
    ("https://www.provincia.padova.it/", "ITA", "gov-ita-province-padova"),
    ("https://web.provincia.vr.it/it/servizi/", "ITA", "gov-ita-province-verona"),
    ("https://www.provinciasondrio.it/", "ITA", "gov-ita-province-sondrio"),
    ("https://casadivetro.provincia.pu.it/", "ITA", "gov-ita-province-pesaro-urbino"),
    ("https://www.padovanet.it/", "ITA", "gov-ita-comune-padova"),
    ("https://www.comune.milano.it/", "ITA", "gov-ita-comune-milano"),
    # Germany: Land parliaments (incl. subdomains of Land hosts) and cities
    ("https://www.landtag-bw.de/", "DEU", "gov-deu-landtag-baden-wuerttemberg"),
    ("https://www.bayern.landtag.de/abgeordnete/", "DEU", "gov-deu-landtag-bayern"),
    ("https://hessischer-landtag.de/presse", "DEU", "gov-deu-landtag-hessen"),
    ("https://www.hamburgische-buergerschaft.de/", "DEU", "gov-deu-landtag-hamburg"),
    ("https://www.buergerschaft-hh.de/parldok/", "DEU", "gov-deu-landtag-hamburg"),
    ("https://www.landtag.nrw.de/home.html", "DEU", "gov-deu-landtag-nrw"),
    ("https://www.landtag.rlp.de/", "DEU", "gov-deu-landtag-rheinland-pfalz"),
    ("https://edas.landtag.sachsen.de/", "DEU", "gov-deu-landtag-sachsen"),
    ("https://www.landtag.sachsen-anhalt.de/", "DEU", "gov-deu-landtag-sachsen-anhalt"),
    ("https://www.landtag.brandenburg.de/", "DEU", "gov-deu-landtag-brandenburg"),
    ("https://frankfurt.de/", "DEU", "gov-deu-city-frankfurt"),
    ("https://www.stuttgart.de/leben/wohnen/", "DEU", "gov-deu-city-stuttgart"),
    ("https://www.essen.de/", "DEU", "gov-deu-city-essen"),
    ("https://www.dortmund.de/themen/wohnen/mietspiegel/", "DEU", "gov-deu-city-dortmund"),
    ("https://www.leipzig.de/", "DEU", "gov-deu-city-leipzig"),
    ("https://www.dresden.de/", "DEU", "gov-deu-city-dresden"),
    ("https://www.nuernberg.de/internet/wohnen/", "DEU", "gov-deu-city-nuernberg"),
    # Australia
    ("https://www.cityofadelaide.com.au/about-council/", "AUS", "gov-aus-city-adelaide"),
]


def test_urls(classify):
    rows = [(url, "government", owner, publisher_id) for url, owner, publisher_id in URL_FACTS]
    assert table_misses(classify, rows) == []


def test_land_hosts_keep_their_own_entry(classify):
    # the Land portals above the Landtag subdomains still name the Land government
    for url in ("https://www.land.nrw/", "https://www.rlp.de/", "https://www.sachsen.de/",
                "https://www.brandenburg.de/", "https://www.duesseldorf.de/", "https://www.stadt-koeln.de/",
                "https://www.provincia.tn.it/", "https://www.cittametropolitana.bo.it/"):
        result = classify(url)
        assert result.category == "government" and result.owner in ("DEU", "ITA"), url
        assert not result.publisher.id.startswith(("gov-deu-landtag-", "gov-deu-city-")), url


@pytest.mark.parametrize("name, owner", [
    ("Città metropolitana di Milano", "ITA"), ("Città metropolitana di Torino", "ITA"),
    ("Provincia di Como", "ITA"), ("Provincia di Pesaro e Urbino", "ITA"), ("Comune di Milano", "ITA"),
    ("Comune di Padova", "ITA"), ("Bayerischer Landtag", "DEU"), ("Hessischer Landtag", "DEU"),
    ("Hamburgische Bürgerschaft", "DEU"), ("Sächsischer Landtag", "DEU"), ("Stadt Dortmund", "DEU"),
    ("Landeshauptstadt Dresden", "DEU"), ("Stadt Frankfurt am Main", "DEU"), ("Adelaide City Council", "AUS"),
])
def test_names(classify, name, owner):
    result = classify(name)
    assert (result.category, result.owner) == ("government", owner), (name, result)


@pytest.mark.parametrize("name", [
    "Milano", "Essen", "City of Essen", "Adelaide", "City of Adelaide", "Dortmund", "Landtag", "Provincia",
    "Città metropolitana", "Government",
])
def test_generic_names_not_claimed(entries, name):
    assert name.casefold() not in entry_names(entries)


def test_no_name_taken_from_another_entry(rules, entries):
    assert names_borne_elsewhere(rules, entries) == []


@pytest.mark.parametrize("url", [
    "https://fake-dortmund.de/", "https://dortmund.de.evil.example/", "https://notessen.de/",
    "https://cittametropolitana.mi.it.example.com/", "https://myprovincia.como.it.evil.example/",
    "https://fakelandtag-bw.de/", "https://bayern.landtag.de.evil.example/", "https://landtag.de.example.org/",
    "https://cityofadelaide.com.au.evil.example/", "https://padovanet-it.blogspot.com/",
    "https://dresden-de.github.io/", "https://comune-milano.wordpress.com/",
])
def test_lookalikes_not_government(classify, url):
    result = classify(url)
    assert result.category != "government", (url, result)


def test_left_out_hosts_not_listed(entries):
    domains = {d for p in entries for d in p.domains}
    for host in ("provinciams.etrasparenza.it", "etrasparenza.it", "hannover.de", "muenster.de", "hamburg.de",
                 "duisburg.de", "bochum.de", "bonn.de", "landtag.de", "cittametropolitana.roma.it"):
        assert host not in domains, host


def test_owners_groups_and_basis(entries):
    for p in entries:
        assert p.category == "government", p.id
        assert p.owner in ("ITA", "DEU", "AUS"), p.id
        assert p.group == "subnational", p.id
        assert p.basis and "read" in p.basis, p.id
        assert p.aliases and p.domains, p.id


def test_minimums(entries):
    assert len(entries) >= 44
    assert sum(len(p.domains) for p in entries) >= 46
    by_owner = {}
    for p in entries:
        by_owner[p.owner] = by_owner.get(p.owner, 0) + 1
    assert by_owner.get("ITA", 0) >= 28 and by_owner.get("DEU", 0) >= 15 and by_owner.get("AUS", 0) >= 1
