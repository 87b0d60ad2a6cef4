"""Sub-national governments, round 4 (rules/registry/gov_subnational_d.yaml): city, metropolitan and
departmental governments, city legislatures, transport authorities and police of big cities and G20
capitals (Rio de Janeiro, Tehran, Seoul, Paris region, Lyon, Marseille, Berlin, Madrid, Washington,
Boston, Philadelphia, Chicago, Los Angeles, San Francisco, New York, Toronto, Montreal, Vancouver),
and Turkey's municipal suffix bel.tr.

Facts (URLs and names -> government of which state), minimums, and lookalikes that must never gain
a trusted class.
"""

import pytest

from conftest import entry_names, file_entries, names_borne_elsewhere, table_misses


FILE = "registry/gov_subnational_d.yaml"


@pytest.fixture(scope="module")
def entries(rules):
    return file_entries(rules, FILE)


URL_FACTS = [
    # Brazil, Iran, Korea, Turkey
    ("https://prefeitura.rio/cidade/", "BRA", "gov-sub-d-bra-rio-prefeitura"),
    ("https://transparencia.prefeitura.rio/perguntas-frequentes", "BRA", "gov-sub-d-bra-rio-prefeitura"),
    ("https://www2.camara.rio/itemlist/tag/rosa-fernandes", "BRA", "gov-sub-d-bra-rio-camara"),
    ("http://en.tehran.ir/Default.aspx?tabid=191", "IRN", "gov-sub-d-irn-tehran-municipality"),
    ("http://region16.tehran.ir/Default.aspx?tabid=861", "IRN", "gov-sub-d-irn-tehran-municipality"),
    ("https://budget.smc.seoul.kr/foreign/view.do?menuId=026001005&lang=english", "KOR",
     "gov-sub-d-kor-seoul-council"),
    ("https://www.ankara.bel.tr/haberler", "TUR", "gov-sub-d-tur-municipalities"),
    ("https://www.izmir.bel.tr/", "TUR", "gov-sub-d-tur-municipalities"),
    # France
    ("https://www.marseille.fr/", "FRA", "gov-sub-d-fra-marseille"),
    ("https://eservices.marseille.fr/allo-mairie-marseille-mentions-legales", "FRA", "gov-sub-d-fra-marseille"),
    ("https://www.grandlyon.com/metropole/missions-et-competences.html", "FRA", "gov-sub-d-fra-metropole-lyon"),
    ("https://seinesaintdenis.fr/-Environnement-Ecologie-urbaine-", "FRA", "gov-sub-d-fra-seine-saint-denis"),
    ("http://www.seine-saint-denis.fr/Discours-d-investiture-de-Stephane.html", "FRA",
     "gov-sub-d-fra-seine-saint-denis"),
    ("https://hauts-de-seine.fr/toutes-les-actualites", "FRA", "gov-sub-d-fra-hauts-de-seine"),
    ("http://www.hauts-de-seine.net/", "FRA", "gov-sub-d-fra-hauts-de-seine"),
    ("https://www.toulouse-metropole.fr/", "FRA", "gov-sub-d-fra-toulouse-metropole"),
    ("https://www.bordeaux-metropole.fr/", "FRA", "gov-sub-d-fra-bordeaux-metropole"),
    ("https://www.lillemetropole.fr/", "FRA", "gov-sub-d-fra-lille-metropole"),
    ("https://www.nantesmetropole.fr/", "FRA", "gov-sub-d-fra-nantes-metropole"),
    ("https://www.strasbourg.eu/", "FRA", "gov-sub-d-fra-strasbourg"),
    ("https://www.nicecotedazur.org/", "FRA", "gov-sub-d-fra-nice-cote-azur"),
    ("https://www.rennesmetropole.fr/", "FRA", "gov-sub-d-fra-rennes-metropole"),
    ("https://www.departement13.fr/", "FRA", "gov-sub-d-fra-bouches-du-rhone"),
    ("https://www.ratp.fr/plans", "FRA", "gov-sub-d-fra-ratp"),
    ("https://www.ratpgroup.com/", "FRA", "gov-sub-d-fra-ratp"),
    ("https://www.iledefrance-mobilites.fr/dossiers/ile-de-france-mobilites-quoi", "FRA",
     "gov-sub-d-fra-idf-mobilites"),
    ("https://data.iledefrance-mobilites.fr/explore/", "FRA", "gov-sub-d-fra-idf-mobilites"),
    # Germany, Spain
    ("https://www.bvg.de/de/verbindungen", "DEU", "gov-sub-d-deu-bvg"),
    ("https://www.crtm.es/conocenos/?lang=en", "ESP", "gov-sub-d-esp-crtm"),
    # United States
    ("https://www.wmata.com/service/rail/", "USA", "gov-sub-d-usa-wmata"),
    ("https://api.wmata.com/gtfs/rail-gtfs-static.zip", "USA", "gov-sub-d-usa-wmata"),
    ("https://www.mbta.com/schedules/subway", "USA", "gov-sub-d-usa-mbta"),
    ("https://cdn.mbta.com/MBTA_GTFS.zip", "USA", "gov-sub-d-usa-mbta"),
    ("https://www3.septa.org/developer/", "USA", "gov-sub-d-usa-septa"),
    ("https://www.transitchicago.com/downloads/sch_data/google_transit.zip", "USA", "gov-sub-d-usa-cta"),
    ("https://www.metro.net/projects/", "USA", "gov-sub-d-usa-la-metro"),
    ("https://sfgov.org/index.asp", "USA", "gov-sub-d-usa-san-francisco"),
    ("https://dccouncil.us/", "USA", "gov-sub-d-usa-dc-council"),
    ("https://www.brooklyn-usa.org/", "USA", "gov-sub-d-usa-brooklyn-bp"),
    ("https://queensbp.org/", "USA", "gov-sub-d-usa-queens-bp"),
    # Canada
    ("https://www.ttc.ca/", "CAN", "gov-sub-d-can-ttc"),
    ("https://bustime.ttc.ca/gtfsrt/alerts", "CAN", "gov-sub-d-can-ttc"),
    ("https://www.stm.info/en/about/developers", "CAN", "gov-sub-d-can-stm"),
    ("https://www.translink.ca/", "CAN", "gov-sub-d-can-translink"),
    ("http://www.translink.bc.ca/About_TransLink/default.asp", "CAN", "gov-sub-d-can-translink"),
    ("https://spvm.qc.ca/", "CAN", "gov-sub-d-can-spvm"),
    ("https://www.torontopolice.on.ca/", "CAN", "gov-sub-d-can-toronto-police"),
]


def test_urls(classify):
    rows = [(url, "government", owner, publisher_id) for url, owner, publisher_id in URL_FACTS]
    assert table_misses(classify, rows) == []


def test_hosts_of_other_files_keep_their_entry(classify):
    # hosts another file already gives to the same owner are not taken over by this file
    for url, owner in (("https://www.paris.fr/", "FRA"), ("https://www.ibb.gov.tr/", "TUR"),
                       ("https://www.seoul.go.kr/", "KOR"), ("https://new.mta.info/", "USA"),
                       ("https://www.nyc.gov/", "USA"), ("https://www.lacity.gov/", "USA"),
                       ("https://www.tfl.gov.uk/", "GBR"), ("https://www.mos.ru/", "RUS")):
        result = classify(url)
        assert (result.category, result.owner) == ("government", owner), url
        assert not result.publisher.id.startswith("gov-sub-d-"), url


@pytest.mark.parametrize("name, owner", [
    ("Tehran Municipality", "IRN"), ("Prefeitura da Cidade do Rio de Janeiro", "BRA"),
    ("Câmara Municipal do Rio de Janeiro", "BRA"), ("Seoul Metropolitan Council", "KOR"),
    ("Ville de Marseille", "FRA"), ("Métropole de Lyon", "FRA"), ("Département des Hauts-de-Seine", "FRA"),
    ("Régie autonome des transports parisiens", "FRA"), ("Île-de-France Mobilités", "FRA"),
    ("Berliner Verkehrsbetriebe", "DEU"), ("Consorcio Regional de Transportes de Madrid", "ESP"),
    ("Washington Metropolitan Area Transit Authority", "USA"), ("Massachusetts Bay Transportation Authority", "USA"),
    ("Southeastern Pennsylvania Transportation Authority", "USA"), ("Chicago Transit Authority", "USA"),
    ("Council of the District of Columbia", "USA"), ("Toronto Transit Commission", "CAN"),
    ("Société de transport de Montréal", "CAN"), ("Service de police de la Ville de Montréal", "CAN"),
    ("Toronto Police Service", "CAN"),
])
def test_names(classify, name, owner):
    result = classify(name)
    assert (result.category, result.owner) == ("government", owner), (name, result)


@pytest.mark.parametrize("name", [
    "Tehran", "Marseille", "Lyon", "Grand Lyon", "Hauts-de-Seine", "Seine-Saint-Denis", "Metro", "Transit",
    "TTC", "STM", "CTA", "BVG", "TransLink", "Translink", "Toronto Police", "Chicago Police", "Rio de Janeiro",
    "Prefeitura", "Métropole", "Strasbourg", "Government",
])
def test_generic_names_not_claimed(entries, name):
    assert name.casefold() not in entry_names(entries)


def test_no_name_taken_from_another_entry(rules, entries):
    assert names_borne_elsewhere(rules, entries) == []


@pytest.mark.parametrize("bibliography_line", [
    'Smith, J. "MBTA fares rise again." The Boston Globe, 3 May 2023.',
    'Lee, K. "DC Council passes budget amid protests." The Washington Post, 2023.',
    '"Toronto Police arrest three after shooting." CBC News, 12 June 2022.',
    '"RATP strike paralyses Paris metro." Le Monde, 2023.',
])
def test_headlines_naming_a_body_stay_with_the_outlet(classify, bibliography_line):
    result = classify(bibliography_line)
    assert result.category != "government", (bibliography_line, result)


@pytest.mark.parametrize("url", [
    "https://bel.tr.evil.example/", "https://fakebel.tr/", "https://ankara-bel-tr.blogspot.com/",
    "https://seoul.kr/", "https://notsmc.seoul.kr.example.org/", "https://fakeratp.fr/",
    "https://ratp.fr.evil.example/", "https://mywmata.com/", "https://wmata.com.example.net/",
    "https://septa.org.evil.example/", "https://notmetro.net/", "https://ttc.ca.example.com/",
    "https://stm.info.evil.example/", "https://translink-ca.github.io/", "https://marseille-fr.wordpress.com/",
    "https://www.chicagopolice.org/", "https://evilprefeitura.rio/", "https://tehran.ir.example.com/",
])
def test_lookalikes_not_government(classify, url):
    result = classify(url)
    assert result.category != "government", (url, result)


def test_left_out_hosts_not_listed(entries):
    domains = {d for p in entries for d in p.domains}
    for host in ("metromadrid.es", "emtmadrid.es", "atac.roma.it", "romamobilita.it", "sptrans.com.br", "tmb.cat",
                 "mosmetro.ru", "delhimetrorail.com", "ibb.istanbul", "iett.istanbul", "lapdonline.org",
                 "munistgo.cl", "kmcgov.in", "dtpm.cl", "chicagopolice.org", "seoul.kr", "tpsnews.ca", "rio"):
        assert host not in domains, host


def test_owners_groups_and_basis(entries):
    for p in entries:
        assert p.category == "government", p.id
        assert p.owner in ("BRA", "CAN", "DEU", "ESP", "FRA", "IRN", "KOR", "TUR", "USA"), p.id
        assert p.group == "subnational", p.id
        assert p.id.startswith("gov-sub-d-" + p.owner.lower() + "-"), p.id
        assert p.basis and p.basis.startswith("read:"), p.id
        assert p.domains, p.id


def test_minimums(entries):
    assert len(entries) >= 35
    assert sum(len(p.domains) for p in entries) >= 39
    by_owner = {}
    for p in entries:
        by_owner[p.owner] = by_owner.get(p.owner, 0) + 1
    assert by_owner.get("FRA", 0) >= 14 and by_owner.get("USA", 0) >= 9 and by_owner.get("CAN", 0) >= 5
