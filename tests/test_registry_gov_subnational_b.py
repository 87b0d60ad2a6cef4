"""Sub-national governments, round 2 (rules/registry/gov_subnational_b.yaml): Russia's regional
governments on non-gov.ru hosts, Spain's remaining autonomous communities and the regional
parliaments, Italy's regional councils on hosts of their own, the Metropolitan City of Bologna and the
Province of Bolzano, Poland's remaining marshal's offices, German Land parliaments and NRW's former
portal, the Styrian and Madeiran parliaments, Canada's big cities, the City of Stockholm.

Facts (URLs and names -> government of which state), minimums, and lookalikes that must never gain
a trusted class.
"""

import pytest

from conftest import entry_names, file_entries, names_borne_elsewhere, table_misses


FILE = "registry/gov_subnational_b.yaml"


@pytest.fixture(scope="module")
def entries(rules):
    return file_entries(rules, FILE)


URL_FACTS = [
    # Russia: regional governments (a ministry's subdomain or section maps to the region)
    ("https://tatarstan.ru/", "RUS", "gov-rus-region-tatarstan"),
    ("https://minfin.tatarstan.ru/", "RUS", "gov-rus-region-tatarstan"),
    ("https://www.krskstate.ru/", "RUS", "gov-rus-region-krasnoyarsk"),
    ("https://mef.mosreg.ru/", "RUS", "gov-rus-region-moscow-oblast-portal"),
    ("https://www.nso.ru/", "RUS", "gov-rus-region-novosibirsk"),
    ("https://midural.ru/", "RUS", "gov-rus-region-sverdlovsk"),
    ("https://www.primorsky.ru/authorities/", "RUS", "gov-rus-region-primorsky"),
    ("https://dvinaland.ru/gov/", "RUS", "gov-rus-region-arkhangelsk"),
    ("https://adm.rkursk.ru/index.php?id=405", "RUS", "gov-rus-region-kursk"),
    ("https://pravitelstvo.kbr.ru/", "RUS", "gov-rus-region-kabardino-balkaria"),
    # Spain: communities and parliaments
    ("https://www.asturias.es/", "ESP", "gov-esp-asturias"),
    ("https://sede.asturias.es/", "ESP", "gov-esp-asturias"),
    ("https://www.caib.es/", "ESP", "gov-esp-baleares"),
    ("https://www.gobiernodecanarias.org/", "ESP", "gov-esp-canarias"),
    ("https://www.castillalamancha.es/", "ESP", "gov-esp-castilla-la-mancha"),
    ("https://www.carm.es/", "ESP", "gov-esp-murcia"),
    ("https://www.navarra.es/", "ESP", "gov-esp-navarra"),
    ("https://www.juntaex.es/", "ESP", "gov-esp-extremadura"),
    ("https://www.larioja.org/", "ESP", "gov-esp-la-rioja"),
    ("https://www.parlament.cat/", "ESP", "gov-esp-parliament-catalonia"),
    ("https://www.legebiltzarra.eus/", "ESP", "gov-esp-parliament-basque-country"),
    ("https://www.cortsvalencianes.es/", "ESP", "gov-esp-parliament-valencia"),
    # Italy, Poland
    ("https://www.consiglioveneto.it/", "ITA", "gov-ita-council-veneto"),
    ("https://www.ars.sicilia.it/", "ITA", "gov-ita-assembly-sicilia"),
    ("https://www.cittametropolitana.bo.it/portale/", "ITA", "gov-ita-metro-bologna"),
    ("https://www.malopolska.pl/", "POL", "gov-pol-malopolskie"),
    ("https://www.pomorskie.eu/", "POL", "gov-pol-pomorskie"),
    ("https://www.wrotapodlasia.pl/", "POL", "gov-pol-podlaskie"),
    ("https://www.umwd.dolnyslask.pl/", "POL", "gov-pol-dolnoslaskie"),
    # Canada, Sweden
    ("https://www.calgary.ca/", "CAN", "gov-can-city-calgary"),
    ("https://ottawa.ca/en/city-hall", "CAN", "gov-can-city-ottawa"),
    ("https://www.winnipeg.ca/", "CAN", "gov-can-city-winnipeg"),
    ("https://www.ville.quebec.qc.ca/", "CAN", "gov-can-city-quebec-city"),
    ("https://www.halifax.ca/", "CAN", "gov-can-city-halifax"),
    ("https://www.stockholm.se/", "SWE", "gov-swe-stockholm-city"),
    ("https://start.stockholm/aktuellt/nyheter/", "SWE", "gov-swe-stockholm-city"),
    # Bolzano, NRW's former portal, Land and regional parliaments
    ("https://www.provincia.bz.it/", "ITA", "gov-ita-bolzano"),
    ("http://www.nrw.de/00_home/index.shtml", "DEU", "gov-deu-nrw-portal"),
    ("https://www.landtag-niedersachsen.de/", "DEU", "gov-deu-landtag-niedersachsen"),
    ("https://www.parlament-berlin.de/", "DEU", "gov-deu-abgeordnetenhaus-berlin"),
    ("https://www.landtag.ltsh.de/", "DEU", "gov-deu-landtag-schleswig-holstein"),
    ("https://www.landtag-steiermark.at/", "AUT", "gov-aut-landtag-steiermark"),
    ("https://www.alram.pt/", "PRT", "gov-prt-assembly-madeira"),
]


def test_urls(classify):
    # one test for the table: a miss lists every row wrong
    rows = [(url, "government", owner, publisher_id) for url, owner, publisher_id in URL_FACTS]
    assert table_misses(classify, rows) == []


def test_neighbours_keep_their_own_class(classify):
    # hosts other files list keep their entries
    for url, owner, publisher_id in [
        ("https://montreal.ca/", "CAN", "gov-can-montreal"),
        ("https://www.toronto.ca/", "CAN", "gov-can-toronto"),
        ("https://www.mos.ru/", "RUS", "gov-rus-moscow"),
        ("https://www.donland.ru/", "RUS", "gov-rus-rostov-region"),
        ("https://www.slaskie.pl/", "POL", "gov-pol-slaskie"),
        ("https://www.goreantofagasta.cl/", "CHL", "gd-q2118"),
    ]:
        result = classify(url)
        assert (result.category, result.owner, result.publisher.id) == ("government", owner, publisher_id), url


@pytest.mark.parametrize("name, owner", [
    ("Кабинет Министров Республики Татарстан", "RUS"), ("Правительство Новосибирской области", "RUS"),
    ("Government of Sverdlovsk Oblast", "RUS"), ("Администрация Липецкой области", "RUS"),
    ("Gobierno de Canarias", "ESP"), ("Govern de les Illes Balears", "ESP"), ("Junta de Extremadura", "ESP"),
    ("Gobierno de Navarra", "ESP"), ("Junta de Comunidades de Castilla-La Mancha", "ESP"),
    ("Parlament de Catalunya", "ESP"), ("Eusko Legebiltzarra", "ESP"), ("Asamblea de Madrid", "ESP"),
    ("Assemblea Regionale Siciliana", "ITA"), ("Città metropolitana di Bologna", "ITA"),
    ("Urząd Marszałkowski Województwa Małopolskiego", "POL"), ("Urząd Marszałkowski Województwa Pomorskiego", "POL"),
    ("City of Calgary", "CAN"), ("Ville de Québec", "CAN"), ("Halifax Regional Municipality", "CAN"),
    ("Stockholms stad", "SWE"), ("Provincia autonoma di Bolzano", "ITA"), ("Niedersächsischer Landtag", "DEU"),
    ("Abgeordnetenhaus von Berlin", "DEU"), ("Bremische Bürgerschaft", "DEU"),
])
def test_names(classify, name, owner):
    result = classify(name)
    assert (result.category, result.owner) == ("government", owner), (name, result)


@pytest.mark.parametrize("name", [
    # bare place names and names other countries' bodies bear stay out
    "Tatarstan", "Asturias", "Canarias", "La Rioja", "Gobierno de La Rioja", "Navarra", "Calgary",
    "Stockholm", "City of London", "City of Hamilton", "City of Windsor", "City of Victoria",
    "Government", "City Council", "Regional Council",
])
def test_generic_names_not_claimed(entries, name):
    assert name.casefold() not in entry_names(entries)


def test_no_name_taken_from_another_entry(rules, entries):
    assert names_borne_elsewhere(rules, entries) == []


@pytest.mark.parametrize("url", [
    "https://fake-tatarstan.ru/", "https://tatarstan.ru.evil.example/", "https://notnso.ru/",
    "https://caib.es.example.com/", "https://mycarm.es/", "https://fakenavarra.es/",
    "https://parlament.cat.evil.example/", "https://notcalgary.ca/", "https://calgary.ca.example.org/",
    "https://stockholm.se.evil.example/", "https://fake-malopolska.pl/", "https://pomorskie.eu.example.net/",
    "https://nrw.de.evil.example/", "https://notprovincia.bz.it/", "https://start.stockholm.example.com/",
    "https://tatarstan-ru.blogspot.com/", "https://calgary-ca.github.io/", "https://navarra-es.wordpress.com/",
])
def test_lookalikes_not_government(classify, url):
    result = classify(url)
    assert result.category != "government", (url, result)


def test_left_out_hosts_not_listed(entries):
    # hosts the header leaves out (generic parents, not read, company-run, other holders)
    domains = {d for p in entries for d in p.domains}
    for host in ("karelia.ru", "pskov.ru", "kirov.ru", "rkursk.ru", "kbr.ru", "rk.gov.ru", "dolnyslask.pl",
                 "opole.pl", "jccm.es", "gobex.es", "hamburg.de", "muenchen.de", "koeln.de", "ltsh.de",
                 "provinz.bz.it"):
        assert host not in domains, host


def test_owners_groups_and_basis(entries):
    for p in entries:
        assert p.category == "government", p.id
        assert p.owner and len(p.owner) == 3 and p.owner.isupper(), p.id
        assert p.group == "subnational", p.id
        assert p.basis and ("read" in p.basis or "Wikidata" in p.basis), p.id
        assert p.aliases and p.domains, p.id


def test_minimums(entries):
    assert len(entries) >= 100
    assert sum(len(p.domains) for p in entries) >= 100
    by_owner = {}
    for p in entries:
        by_owner[p.owner] = by_owner.get(p.owner, 0) + 1
    assert by_owner.get("RUS", 0) >= 40 and by_owner.get("ESP", 0) >= 24
    assert by_owner.get("CAN", 0) >= 20 and by_owner.get("POL", 0) >= 10 and by_owner.get("ITA", 0) >= 6
    assert by_owner.get("DEU", 0) >= 7
