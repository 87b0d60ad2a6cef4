"""National environment, climate-council, disaster-management, park and environmental-institute
bodies on their own domains, second round (rules/registry/gov_environment_b.yaml).

Facts (URLs and names -> government of which state), minimum counts, and lookalikes and generic
names that must never gain a trusted class or this file's owner.
"""

import pytest

from conftest import file_entries

FILE = "registry/gov_environment_b.yaml"
TRUSTED = {"un", "government", "reuters", "state_media", "ngo"}


@pytest.fixture(scope="module")
def entries(rules):
    return file_entries(rules, FILE)


def test_minimum_counts(entries):
    assert len(entries) >= 30
    assert len({p.owner for p in entries}) >= 20
    assert all(p.category == "government" and p.owner for p in entries)
    assert all(p.id.startswith(f"gov-env-b-{p.owner.lower()}-") for p in entries)
    assert {p.group for p in entries} <= {"environment-agency", "climate-council",
                                          "disaster-management", "parks-wildlife",
                                          "environment-monitoring"}
    assert all(p.basis.startswith("read:") for p in entries)


@pytest.mark.parametrize("url, owner, publisher_id", [
    ("https://klimaraadet.dk/en/analysis/x", "DNK", "gov-env-b-dnk-klimaraadet"),
    ("https://www.ilmastopaneeli.fi/en/the-finnish-climate-change-panel/", "FIN",
     "gov-env-b-fin-ilmastopaneeli"),
    ("https://saamelainenilmastoneuvosto.fi/", "FIN", "gov-env-b-fin-saami-climate-council"),
    ("https://www.hautconseilclimat.fr/publications/rapport-annuel-2023-acter-lexigence/", "FRA",
     "gov-env-b-fra-hcc"),
    ("https://expertenrat-klima.de/publikationen/", "DEU", "gov-env-b-deu-erk"),
    ("https://www.wbgu.de/en/about-us", "DEU", "gov-env-b-deu-wbgu"),
    ("https://www.umweltrat.de/EN/", "DEU", "gov-env-b-deu-sru"),
    ("https://www.climatecouncil.ie/", "IRL", "gov-env-b-irl-ccac"),
    ("https://www.wkr.nl/", "NLD", "gov-env-b-nld-wkr"),
    ("https://www.rli.nl/publicaties", "NLD", "gov-env-b-nld-rli"),
    ("https://cnads.pt/", "PRT", "gov-env-b-prt-cnads"),
    ("https://www.frdo-cfdd.be/", "BEL", "gov-env-b-bel-frdo-cfdd"),
    ("https://www.climat.be/fr-be/politiques/f-gaz", "BEL", "gov-env-b-bel-climat"),
    ("https://www.irceline.be/en", "BEL", "gov-env-b-bel-ircel"),
    ("https://geo.irceline.be/sos/api/v1/stations", "BEL", "gov-env-b-bel-ircel"),
    ("https://www.ema.co.zw/legislation/environmental-management-act", "ZWE", "gov-env-b-zwe-ema"),
    ("https://eea.org.sz/about-us/the-team/", "SWZ", "gov-env-b-swz-eea"),
    ("https://site.nemo.org.bz/about-us/", "BLZ", "gov-env-b-blz-nemo"),
    ("https://www.parcsgabon.ga/", "GAB", "gov-env-b-gab-anpn"),
    ("http://www.parcsgabon.org/", "GAB", "gov-env-b-gab-anpn"),
    ("https://www.hzscr.cz/clanek/aktualni-vyjezdy.aspx", "CZE", "gov-env-b-cze-hzs"),
    ("https://gis.nature.cz/arcgis/services/", "CZE", "gov-env-b-cze-aopk-nature"),
    ("http://www.anpm.ro/acordul-de-mediu", "ROU", "gov-env-b-rou-anpm"),
    ("https://gamta.lt/cms/index?lang=en", "LTU", "gov-env-b-ltu-aaa"),
    ("https://www.almannavarnir.is/english/", "ISL", "gov-env-b-isl-almannavarnir"),
    ("https://www.knps.or.kr/portal/main.do", "KOR", "gov-env-b-kor-knps"),
    ("https://www.sanbi.org/", "ZAF", "gov-env-b-zaf-sanbi"),
    ("https://pza.sanbi.org/protea-nitida", "ZAF", "gov-env-b-zaf-sanbi"),
    ("http://www.us.fo/", "DNK", "gov-env-b-dnk-umhvorvisstovan"),
    ("https://www.ecrins-parcnational.fr/", "FRA", "gov-env-b-fra-ecrins"),
    ("https://tpn.pl/", "POL", "gov-env-b-pol-tpn"),
    ("http://www.secmep.cn/", "CHN", "gov-env-b-chn-secmep"),
    ("https://www.nbgk.hu/", "HUN", "gov-env-b-hun-nbgk"),
    ("http://www.keiti.re.kr/en/index.do", "KOR", "gov-env-b-kor-keiti"),
])
def test_urls(classify, url, owner, publisher_id):
    result = classify(url)
    assert (result.category, result.owner) == ("government", owner), (url, result)
    assert result.publisher.id == publisher_id


@pytest.mark.parametrize("name, owner", [
    ("Klimarådet", "DNK"), ("Danish Council on Climate Change", "DNK"),
    ("Suomen ilmastopaneeli", "FIN"), ("Finnish Climate Change Panel", "FIN"),
    ("Haut Conseil pour le Climat", "FRA"), ("Expertenrat für Klimafragen", "DEU"),
    ("Sachverständigenrat für Umweltfragen", "DEU"), ("WBGU", "DEU"),
    ("Irish Climate Change Advisory Council", "IRL"), ("Wetenschappelijke Klimaatraad", "NLD"),
    ("Raad voor de leefomgeving en infrastructuur", "NLD"), ("Belgian Interregional Environment Agency", "BEL"),
    ("Eswatini Environment Authority", "SWZ"), ("NEMO Belize", "BLZ"),
    ("Agence Nationale des Parcs Nationaux du Gabon", "GAB"),
    ("Hasičský záchranný sbor České republiky", "CZE"),
    ("Agenția Națională pentru Protecția Mediului", "ROU"), ("Aplinkos apsaugos agentūra", "LTU"),
    ("Korea National Park Service", "KOR"), ("South African National Biodiversity Institute", "ZAF"),
    ("Umhvørvisstovan", "DNK"), ("Tatrzański Park Narodowy", "POL"),
    ("Zimbabwe Environmental Management Agency", "ZWE"),
])
def test_names(classify, name, owner):
    result = classify(name)
    assert (result.category, result.owner) == ("government", owner), (name, result)


@pytest.mark.parametrize("text", [
    "https://klimaraadet.dk.evil.example/", "https://notwbgu.de/", "https://us.fo.example/",
    "https://fake-sanbi.org/", "https://irceline.be.evil.example/", "https://gamta.lt.example/",
    "https://hzscr.blogspot.com/", "https://ecrins-parcnational.wordpress.com/",
    "https://example.com/hautconseilclimat.fr/", "https://mytpn.pl/",
])
def test_lookalikes_never_trusted(classify, text):
    result = classify(text)
    assert result.category not in TRUSTED, (text, result)


@pytest.mark.parametrize("name", [
    # shared or generic names and acronyms stay out of this file's names
    "US", "FEA", "EMA", "EEA", "NEMO", "ANPN", "ANPM", "HZS", "CCAC", "WKR", "HCC", "SRU", "TPN",
    "Tatra National Park", "Climate Change Advisory Council", "Scientific Climate Council",
    "Environmental Management Agency", "National Emergency Management Organization",
    "Agence Nationale des Parcs Nationaux", "National Agency for National Parks",
    "Department of Civil Protection and Emergency Management", "National Institute of Natural Hazards",
    "Council of Experts on Climate Change", "National Environmental Protection Agency",
    "Environment Authority", "Almannavarnir",
])
def test_generic_names_not_owned_by_this_file(classify, name):
    result = classify(name)
    assert result.publisher is None or FILE not in (result.publisher.origin or ""), (name, result)
