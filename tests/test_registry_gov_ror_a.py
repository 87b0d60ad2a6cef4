"""Public authorities from ROR records of type government, part a (rules/registry/gov_ror_a.yaml).

Facts (URLs and names -> government of which state), minimum counts and shape, lookalikes that must
never gain a trusted class, and generic or shared names and left-out hosts this file must not claim.
"""

import pytest

from conftest import file_entries

FILE = "registry/gov_ror_a.yaml"
TRUSTED = {"un", "government", "reuters", "state_media", "ngo"}
GROUPS = {"ministries", "agencies", "regulators", "statistics", "subnational", "research-funding",
          "archives-libraries", "cultural-missions"}


@pytest.fixture(scope="module")
def entries(rules):
    return file_entries(rules, FILE)


def test_minimum_counts(entries):
    assert len(entries) >= 300
    assert len({p.owner for p in entries}) >= 25
    assert {p.group for p in entries} == GROUPS


def test_shape(entries):
    for p in entries:
        assert p.category == "government" and p.owner and len(p.owner) == 3, p.id
        assert p.id.startswith("gov-ror-" + p.owner.lower() + "-"), p.id
        assert p.group in GROUPS, p.id
        assert len(p.domains) == 1 and "/" not in p.domains[0], p.id
        assert p.basis.startswith("ROR record https://ror.org/"), p.id
        assert "ror-community/ror-records" in p.basis and "d93fc667872f" in p.basis, p.id
        if "status inactive" in p.basis:
            assert p.note and "ROR marks it inactive" in p.note, p.id


@pytest.mark.parametrize("url, owner, publisher_id", [
    ("https://www.anacom.pt/render.jsp?categoryId=1", "PRT", "gov-ror-prt-anacom"),
    ("https://www.wsa-rhein.wsv.de/Webs/WSA/Rhein/DE/startseite", "DEU", "gov-ror-deu-wsa-rhein-wsv"),
    ("https://www.wissenschaftsrat.de/EN/Home/home_node.html", "DEU", "gov-ror-deu-wissenschaftsrat"),
    ("https://www.bundesnetzagentur.de/EN/Home/home_node.html", "DEU", "gov-ror-deu-bundesnetzagentur"),
    ("https://www.thw.de/EN/", "DEU", "gov-ror-deu-thw"),
    ("https://www.hrb.ie/funding/", "IRL", "gov-ror-irl-hrb"),
    ("https://www.nationaltransport.ie/planning-and-investment/", "IRL", "gov-ror-irl-nationaltransport"),
    ("https://lbst.dk/", "DNK", "gov-ror-dnk-lbst"),
    ("https://www.etag.ee/en/", "EST", "gov-ror-est-etag"),
    ("https://uksacb.org/about", "SAU", "gov-ror-sau-uksacb"),
    ("https://www.sacm.org/", "SAU", "gov-ror-sau-sacm"),
    ("https://www.nav.no/en/home", "NOR", "gov-ror-nor-nav"),
    ("https://www.mitma.es/el-ministerio", "ESP", "gov-ror-esp-mitma"),
    ("https://catalangovernment.eu/catalangovernment/", "ESP", "gov-ror-esp-catalangovernment"),
    ("https://www.xunta.es/portada", "ESP", "gov-ror-esp-xunta"),
    ("https://gain.xunta.es/", "ESP", "gov-ror-esp-gain-xunta"),
    ("https://www.cuzk.cz/en", "CZE", "gov-ror-cze-cuzk"),
    ("https://www.metas.ch/metas/en/home.html", "CHE", "gov-ror-che-metas"),
    ("https://www.umweltbundesamt.at/en", "AUT", "gov-ror-aut-umweltbundesamt"),
    ("https://www.nihr.ac.uk/about-us", "GBR", "gov-ror-gbr-nihr-ac"),
    ("https://www.aade.gr/en", "GRC", "gov-ror-grc-aade"),
    ("https://www.swedishepa.se/", "SWE", "gov-ror-swe-swedishepa"),
    ("https://www.rijkswaterstaat.nl/english", "NLD", "gov-ror-nld-rijkswaterstaat"),
    ("https://www.kela.fi/web/en", "FIN", "gov-ror-fin-kela"),
    ("https://www.ign.fr/institut/identity", "FRA", "gov-ror-fra-ign"),
    ("https://www.iledefrance.ars.sante.fr/", "FRA", "gov-ror-fra-iledefrance-ars-sante"),
    ("https://www.aris-rs.si/en/", "SVN", "gov-ror-svn-aris-rs"),
    ("https://hrzz.hr/en/", "HRV", "gov-ror-hrv-hrzz"),
    ("https://en.rannis.is/", "ISL", "gov-ror-isl-rannis"),
    ("http://inm.ro/", "ROU", "gov-ror-rou-inm"),
    ("https://www.smu.sk/", "SVK", "gov-ror-svk-smu"),
    ("https://nid.pl/en/", "POL", "gov-ror-pol-nid"),
    ("https://www.liepaja.lv/", "LVA", "gov-ror-lva-liepaja"),
    ("https://www.flanders.be/en", "BEL", "gov-ror-bel-flanders"),
    ("https://www.dshs.state.tx.us/", "USA", "gov-ror-usa-dshs-state-tx"),
    ("https://ksoutdoors.com/Hunting", "USA", "gov-ror-usa-ksoutdoors"),
    ("https://www.wcb.ab.ca/", "CAN", "gov-ror-can-wcb-ab"),
    ("https://grdc.com.au/", "AUS", "gov-ror-aus-grdc-com"),
])
def test_urls(classify, url, owner, publisher_id):
    result = classify(url)
    assert (result.category, result.owner) == ("government", owner), (url, result)
    assert result.publisher.id == publisher_id


@pytest.mark.parametrize("name, owner", [
    ("Health Research Board (Ireland)", "IRL"), ("Georgia Department of Natural Resources", "USA"),
    ("Wasserstraßen- und Schifffahrtsamt Rhein", "DEU"), ("Landbrugsstyrelsen", "DNK"),
    ("Saudi Arabian Cultural Mission", "SAU"), ("Kansaneläkelaitos", "FIN"),
    ("Bundesamt für Wasserwirtschaft", "AUT"), ("Commission communautaire française", "BEL"),
    ("French Community Commission (COCOF)", "BEL"), ("Rijkswaterstaat", "NLD"),
    ("Etikprövningsmyndigheten", "SWE"), ("Polícia Judiciária (Portugal)", "PRT"),
    ("Knox County Health Department (Illinois)", "USA"), ("Generalitat de Catalunya", "ESP"),
    ("Bundesnetzagentur", "DEU"), ("Hrvatski državni arhiv", "HRV"), ("Maanmittauslaitos", "FIN"),
    ("Agentura Pro Zdravotnický Výzkum České Republiky", "CZE"), ("Environment Agency Austria", "AUT"),
])
def test_names(classify, name, owner):
    result = classify(name)
    assert (result.category, result.owner) == ("government", owner), (name, result)


@pytest.mark.parametrize("text", [
    "https://wsa-rhein.wsv.de.evil.example/", "https://notnav.no/", "https://fake-hrb.ie.example/",
    "https://kela.fi.evil.example/", "https://nihr.blogspot.com/", "https://rijkswaterstaat.wordpress.com/",
    "https://example.com/nav.no/", "https://ksoutdoors.com.evil.example/", "https://notflanders.be/",
])
def test_lookalikes_never_trusted(classify, text):
    result = classify(text)
    assert result.category not in TRUSTED, (text, result)


@pytest.mark.parametrize("name", [
    # generic or shared names stay out of this file's names (its entries carry qualified forms)
    "Health Research Board", "National Transport Authority", "Mental Health Commission",
    "Higher Education Authority", "Social Insurance Institution", "Metropolitan Council",
    "Economic and Social Council", "Umweltbundesamt", "Research Ireland", "Knox County Health Department",
    "National Parks and Wildlife Service", "Instituto do Emprego e Formação Profissional",
    "Security Information Service", "National Security Authority",
    "Patrimonio Nacional", "Fishing in Ireland", "Sherbrooke", "Socialstyrelsen",
    "ARPA", "ARS", "DGEEC", "CNSA", "VEGA", "GAIN", "LUNG", "ARIA",
])
def test_generic_names_not_owned_by_this_file(classify, name):
    result = classify(name)
    assert result.publisher is None or FILE not in (result.publisher.origin or ""), (name, result)


@pytest.mark.parametrize("url", [
    # rows left out: a parent's or portal's host, a contradicting country, a court, a company
    "https://www.hamburg.de/bsb", "https://www.wsa-ems-nordsee.wsv.de/", "https://www.sealiftcommand.com/",
    "https://www.tribunalconstitucional.pt/", "https://www.incibe.es/", "https://www.manitoba.ca/iem/geo/",
    "https://www.lansstyrelsen.se/halland.html", "https://www.sergas.es/",
])
def test_left_out_hosts_not_claimed(classify, url):
    result = classify(url)
    assert result.publisher is None or FILE not in (result.publisher.origin or ""), (url, result)
