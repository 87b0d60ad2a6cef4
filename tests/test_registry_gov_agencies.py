"""Government agencies cited without a "Ministry of ... of <country>" phrase (rules/registry/gov_agencies.yaml).

Development, immigration, health, police and intelligence agencies, and official publications
cited by title. These tests hold the facts (names, citation lines and URLs -> government of
which state), the minimums, and lookalikes that must never gain a trusted class or the wrong owner.
"""

import re
from collections import Counter

import pytest


FILE = "registry/gov_agencies.yaml"
GROUPS = {"agencies", "statistics", "police", "ministries", "publications", "former", "local"}
TRUSTED = ("government", "un", "reuters", "state_media", "ngo")






@pytest.fixture(scope="module")
def entries(rules):
    return [p for p in rules.index.publishers if p.origin.rpartition(":")[0].endswith(FILE)]


@pytest.mark.parametrize("name, owner", [
    # development agencies
    ("USAID", "USA"), ("United States Agency for International Development", "USA"),
    ("U.S. Agency for International Development", "USA"), ("DFID", "GBR"),
    ("Department for International Development", "GBR"), ("GIZ", "DEU"),
    ("Deutsche Gesellschaft für Internationale Zusammenarbeit", "DEU"), ("BMZ", "DEU"),
    ("Agence française de développement", "FRA"), ("JICA", "JPN"), ("国際協力機構", "JPN"),
    ("KOICA", "KOR"), ("한국국제협력단", "KOR"), ("Danida", "DNK"), ("Finnida", "FIN"),
    ("AECID", "ESP"), ("Agencia Española de Cooperación Internacional para el Desarrollo", "ESP"),
    ("Swiss Agency for Development and Cooperation", "CHE"), ("DEZA", "CHE"), ("Irish Aid", "IRL"),
    ("AICS", "ITA"), ("Austrian Development Agency", "AUT"), ("Enabel", "BEL"), ("TİKA", "TUR"),
    ("CIDCA", "CHN"), ("国家国际发展合作署", "CHN"), ("Rossotrudnichestvo", "RUS"),
    ("Россотрудничество", "RUS"), ("KSrelief", "SAU"), ("QFFD", "QAT"), ("Qatar Fund for Development", "QAT"),
    # immigration and asylum
    ("Migrationsverket", "SWE"), ("Utlendingsdirektoratet", "NOR"), ("BAMF", "DEU"),
    ("Bundesamt für Migration und Flüchtlinge", "DEU"), ("OFPRA", "FRA"), ("Fedasil", "BEL"),
    ("IRCC", "CAN"), ("CBSA", "CAN"), ("USCIS", "USA"), ("Immigration and Customs Enforcement", "USA"),
    ("CBP", "USA"), ("Australian Border Force", "AUS"),
    # health
    ("National Health Service", "GBR"), ("NHS", "GBR"), ("NHS England", "GBR"), ("CDC", "USA"),
    ("Centers for Disease Control and Prevention", "USA"), ("NIH", "USA"), ("US FDA", "USA"),
    ("Public Health England", "GBR"), ("UKHSA", "GBR"), ("Robert Koch Institute", "DEU"), ("RKI", "DEU"),
    ("Santé publique France", "FRA"), ("InVS", "FRA"), ("RIVM", "NLD"), ("KDCA", "KOR"),
    ("China CDC", "CHN"), ("Chinese Center for Disease Control and Prevention", "CHN"), ("ICMR", "IND"),
    ("Nigeria Centre for Disease Control", "NGA"),
    # police and intelligence
    ("CIA", "USA"), ("FBI", "USA"), ("Federal Bureau of Investigation", "USA"), ("DEA", "USA"),
    ("National Crime Agency", "GBR"), ("MI5", "GBR"), ("MI6", "GBR"), ("GCHQ", "GBR"), ("BND", "DEU"),
    ("Bundesnachrichtendienst", "DEU"), ("BfV", "DEU"), ("Gendarmerie nationale", "FRA"),
    ("Carabinieri", "ITA"), ("Guardia di Finanza", "ITA"), ("An Garda Síochána", "IRL"), ("ASIO", "AUS"),
    ("Mossad", "ISR"), ("Shin Bet", "ISR"),
    # statistics and publications
    ("Statistiska centralbyrån", "SWE"), ("Bureau of Labor Statistics", "USA"),
    ("The World Factbook", "USA"), ("CIA World Factbook", "USA"), ("Diplomatic Bluebook", "JPN"),
    ("外交青書", "JPN"), ("Country Reports on Human Rights Practices", "USA"),
    ("Trafficking in Persons Report", "USA"), ("TIP Report", "USA"),
])
def test_names_name_the_government(checker, name, owner):
    classification = checker.check(name).classification
    assert (classification.category, classification.owner) == ("government", owner), name


@pytest.mark.parametrize("line, owner, pid", [
    ("USAID. (2020). Annual report.", "USA", "gov-usa-usaid"),
    ("Centers for Disease Control and Prevention. (2021). COVID Data Tracker.", "USA", "gov-usa-cdc"),
    ("CIA. (2023). The World Factbook: Sweden.", "USA", None),
    ("The World Factbook 2022. Washington, DC: Central Intelligence Agency.", "USA", "gov-usa-world-factbook"),
    ("Diplomatic Bluebook 2021. Tokyo: Ministry of Foreign Affairs.", "JPN", "gov-jpn-diplomatic-bluebook"),
    ("U.S. Department of State (2023). 2023 Trafficking in Persons Report: Sweden.", "USA", None),
    ("Migrationsverket (2022). Statistik om asyl.", "SWE", "gov-swe-migration-agency"),
    ("BAMF (2021). Das Bundesamt in Zahlen 2020.", "DEU", "gov-deu-bamf"),
    ("Robert Koch-Institut (2020). Epidemiologisches Bulletin 17/2020.", "DEU", "gov-deu-rki"),
    ("Arma dei Carabinieri (2020). Relazione annuale.", "ITA", "gov-ita-carabinieri"),
    ("Chinese Center for Disease Control and Prevention (2020). Weekly report.", "CHN", "gov-chn-cdc"),
])
def test_citation_lines(checker, line, owner, pid):
    classification = checker.check(line).classification
    assert (classification.category, classification.owner) == ("government", owner), line
    if pid:
        assert classification.publisher.id == pid, line


@pytest.mark.parametrize("url, owner, pid", [
    ("https://www.usaid.gov/about-us", "USA", "gov-usa-usaid"),
    ("https://www.cdc.gov/coronavirus/2019-ncov/index.html", "USA", "gov-usa-cdc"),
    ("https://www.fbi.gov/news", "USA", "gov-usa-fbi"),
    ("https://www.uscis.gov/humanitarian/refugees-and-asylum", "USA", "gov-usa-uscis"),
    ("https://www.giz.de/en/html/index.html", "DEU", "gov-deu-giz"),
    ("https://www.bamf.de/EN/Startseite/startseite_node.html", "DEU", "gov-deu-bamf"),
    ("https://www.rki.de/EN/Home/homepage_node.html", "DEU", "gov-deu-rki"),
    ("https://www.afd.fr/en", "FRA", "gov-fra-afd"),
    ("https://www.santepubliquefrance.fr/", "FRA", "gov-fra-spf"),
    ("https://www.aecid.es/en/", "ESP", "gov-esp-aecid"),
    ("https://www.jica.go.jp/english/", "JPN", "gov-jpn-jica"),
    ("https://www.mofa.go.jp/policy/other/bluebook/2021/en_html/index.html", "JPN", "gov-jpn-diplomatic-bluebook"),
    ("https://www.mofa.go.jp/region/europe/", "JPN", "gov-jpn-mofa"),
    ("https://www.england.nhs.uk/", "GBR", "gov-gbr-nhs-england"),
    ("https://www.enabel.be/", "BEL", "gov-bel-enabel"),
    ("https://www.rivm.nl/en", "NLD", "gov-nld-rivm"),
    ("https://ksrelief.org/", "SAU", "gov-sau-ksrelief"),
    ("https://en.chinacdc.cn/about/overview/", "CHN", "gov-chn-cdc"),
    ("https://www.tika.gov.tr/en", "TUR", "gov-tur-tika"),
    ("https://www.deza.admin.ch/deza/en/home.html", "CHE", "gov-che-sdc"),
    ("https://www.entwicklung.at/en", "AUT", "gov-aut-ada"),
    ("https://www.gdf.it/", "ITA", "gov-ita-gdf"),
])
def test_urls_name_the_body(classify, url, owner, pid):
    result = classify(url)
    assert (result.category, result.owner) == ("government", owner), url
    assert result.publisher.id == pid, url


@pytest.mark.parametrize("url", [
    "https://fake-giz.de/",
    "https://giz.de.evil.example/",
    "https://notrki.de/",
    "https://rki.blogspot.com/",
    "https://aecid-es.github.io/",
    "https://www.afd.fr.phish.example/",
    "https://santepubliquefrance.wordpress.com/",
    "https://ksrelief.org.example.net/",
    "https://england-nhs-uk.com/",
    "https://enabel.be.evil.example/",
])
def test_lookalike_hosts_are_never_trusted(classify, url):
    result = classify(url)
    assert result.category not in TRUSTED, url


@pytest.mark.parametrize("text", [
    "Cia. das Letras",                      # Portuguese publisher ("Companhia"), not the CIA
    "AfD (2019). Wahlprogramm.",             # German party, not the French development agency
    "Rapport sur le VIH/SIDA en Afrique",    # AIDS in French, not Sida (Sweden)
    "NORAD (2020). Annual report.",          # North American Aerospace Defense Command, not Norad
    "Security Service",                      # many states have one
    "Federal Intelligence Service",          # Germany's BND and Switzerland's FIS
    "Police nationale",                      # France, Haiti, Côte d'Ivoire ...
    "Food and Drug Administration",          # the Philippines, Thailand, Ghana ... have one
    "FDA",
])
def test_ambiguous_short_forms_never_gain_an_owner_here(checker, text):
    classification = checker.check(text).classification
    publisher = classification.publisher
    assert publisher is None or not publisher.origin.rpartition(":")[0].endswith(FILE), text


def test_entries_are_well_formed(entries):
    assert entries, FILE
    for publisher in entries:
        assert publisher.category == "government" and publisher.owner, publisher.id
        assert publisher.id.startswith(f"gov-{publisher.owner.lower()}-"), publisher.id
        assert publisher.group in GROUPS, publisher.id
        assert publisher.basis, publisher.id


def test_minimums(entries):
    per_state = Counter(p.owner for p in entries)
    assert len(entries) >= 80, len(entries)
    assert len(per_state) >= 25, per_state
    groups = Counter(p.group for p in entries)
    assert groups["agencies"] >= 40 and groups["police"] >= 18 and groups["publications"] >= 4, groups
    assert groups["former"] >= 18 and groups["local"] >= 25, groups
    local_states = {p.owner for p in entries if p.group == "local"}
    assert len(local_states) >= 12, local_states


def test_every_entry_keeps_a_name_in_the_index(rules, entries):
    """No entry rests on a name the index drops as ambiguous."""
    for publisher in entries:
        names = (publisher.name, *publisher.aliases)
        assert any(rules.index.by_name(name) is not None and rules.index.by_name(name).owner == publisher.owner
                   for name in names), publisher.id


READ = re.compile(r"\bread: .*\(https?://|\bCISA \.gov registry\b|\bWikidata Q[1-9][0-9]*\b", re.S)


def test_every_basis_rests_on_a_source_read(entries):
    """Each basis names a page read (with its URL) or the dataset row it rests on."""
    for publisher in entries:
        assert READ.search(publisher.basis), publisher.id


# ---------------------------------------------------------------- round 3: former bodies, sub-national governments

@pytest.mark.parametrize("name, owner, pid", [
    ("Department for Business, Innovation and Skills", "GBR", "gov-gbr-bis"),
    ("Department for Business, Innovation & Skills", "GBR", "gov-gbr-bis"),
    ("Department for Children, Schools and Families", "GBR", "gov-gbr-dcsf"),
    ("DCSF", "GBR", "gov-gbr-dcsf"),
    ("Department for Constitutional Affairs", "GBR", "gov-gbr-dca"),
    ("Department of National Heritage", "GBR", "gov-gbr-dnh-dcms"),
    ("Department for Digital, Culture, Media and Sport", "GBR", "gov-gbr-dnh-dcms"),
    ("Department of Energy and Climate Change", "GBR", "gov-gbr-decc"),
    ("DECC", "GBR", "gov-gbr-decc"),
    ("Department for Business, Enterprise and Regulatory Reform", "GBR", "gov-gbr-berr"),
    ("Department for Communities and Local Government", "GBR", "gov-gbr-dclg"),
    ("Office of the Deputy Prime Minister", "GBR", "gov-gbr-dclg"),
    ("Directgov", "GBR", "gov-gbr-directgov"),
    ("Scottish Executive", "GBR", "gov-gbr-scottish-executive"),
    ("Welsh Assembly Government", "GBR", "gov-gbr-welsh-assembly-government"),
    ("Northern Ireland Executive", "GBR", "gov-gbr-ni-executive"),
    ("Met Office", "GBR", "gov-gbr-met-office"),
    ("HM Treasury", "GBR", "gov-gbr-hm-treasury"),
    ("UK Department of Trade and Industry", "GBR", "gov-gbr-dti"),
    ("Library of Congress", "USA", "gov-usa-library-of-congress"),
    ("Federal Highway Administration", "USA", "gov-usa-fhwa"),
    ("Bundesministerium für Wirtschaft und Technologie", "DEU", "gov-deu-bmwi"),
    ("Bundesministerium für Wirtschaft und Energie", "DEU", "gov-deu-bmwi"),
    ("BMWi", "DEU", "gov-deu-bmwi"),
    ("Bundesministerium für Umwelt, Naturschutz und Reaktorsicherheit", "DEU", "gov-deu-bmu-former"),
    ("BMUB", "DEU", "gov-deu-bmu-former"),
    ("Umweltbundesamt", "DEU", "gov-deu-uba"),
    ("CIDA", "CAN", "gov-can-cida-acronyms"),
    # sub-national governments
    ("Greater London Authority", "GBR", "gov-gbr-greater-london-authority"),
    ("Mayor of London", "GBR", "gov-gbr-greater-london-authority"),
    ("Government of Ontario", "CAN", "gov-can-ontario"),
    ("Alcaldía Mayor de Bogotá", "COL", "gov-col-bogota"),
    ("Governo do Estado de São Paulo", "BRA", "gov-bra-sao-paulo-state"),
    ("Government of the Rostov Region", "RUS", "gov-rus-rostov-region"),
    ("Правительство Ростовской области", "RUS", "gov-rus-rostov-region"),
    ("Moscow City Duma", "RUS", "gov-rus-moscow-city-duma"),
    ("Мосгордума", "RUS", "gov-rus-moscow-city-duma"),
    ("Правительство Москвы", "RUS", "gov-rus-moscow"),
    ("Government of Saint Petersburg", "RUS", "gov-rus-saint-petersburg"),
    ("Tokyo Metropolitan Government", "JPN", "gov-jpn-tokyo"),
    ("東京都庁", "JPN", "gov-jpn-tokyo"),
    ("Seoul Metropolitan Government", "KOR", "gov-kor-seoul"),
    ("上海市人民政府", "CHN", "gov-chn-shanghai"),
    ("Hong Kong SAR Government", "CHN", "gov-chn-hong-kong-sar"),
    ("Ville de Paris", "FRA", "gov-fra-paris"),
    ("Région Île-de-France", "FRA", "gov-fra-ile-de-france"),
    ("Ayuntamiento de Madrid", "ESP", "gov-esp-madrid-city"),
    ("Regione Lombardia", "ITA", "gov-ita-lombardia"),
    ("Roma Capitale", "ITA", "gov-ita-roma-capitale"),
    ("İstanbul Büyükşehir Belediyesi", "TUR", "gov-tur-istanbul"),
    ("Lagos State Government", "NGA", "gov-nga-lagos-state"),
    ("State of California", "USA", "gov-usa-california"),
    ("City of New York", "USA", "gov-usa-nyc"),
    ("City of Chicago", "USA", "gov-usa-chicago"),
    ("City of Los Angeles", "USA", "gov-usa-los-angeles"),
])
def test_former_and_local_names(checker, name, owner, pid):
    classification = checker.check(name).classification
    assert (classification.category, classification.owner) == ("government", owner), name
    assert classification.publisher.id == pid, name


@pytest.mark.parametrize("url, owner, pid", [
    ("http://www.dcsf.gov.uk/everychildmatters/", "GBR", "gov-gbr-dcsf"),
    ("http://www.dca.gov.uk/legalsys/", "GBR", "gov-gbr-dca"),
    ("http://www.direct.gov.uk/en/index.htm", "GBR", "gov-gbr-directgov"),
    ("https://www.metoffice.gov.uk/weather/climate", "GBR", "gov-gbr-met-office"),
    ("https://www.london.gov.uk/programmes-strategies", "GBR", "gov-gbr-greater-london-authority"),
    ("https://www.loc.gov/law/help/", "USA", "usfed-lawlib"),  # the Law Library of Congress (gov_us_names.yaml)
    ("https://ops.fhwa.dot.gov/freight/", "USA", "gov-usa-fhwa"),
    ("https://www.bmwi.de/Redaktion/DE/Dossier/energiewende.html", "DEU", "gov-deu-bmwi"),
    ("https://www.umweltbundesamt.de/daten", "DEU", "gov-deu-uba"),
    ("https://www.donland.ru/activity/2158/", "RUS", "gov-rus-rostov-region"),
    ("https://duma.mos.ru/ru/", "RUS", "gov-rus-moscow-city-duma"),
    ("https://www.mos.ru/news/", "RUS", "gov-rus-moscow"),
    ("https://www.gov.spb.ru/gov/", "RUS", "gov-rus-saint-petersburg"),
    ("https://www.metro.tokyo.lg.jp/english/", "JPN", "gov-jpn-tokyo"),
    ("http://www.metro.tokyo.jp/tosei/governor/", "JPN", "gov-jpn-tokyo"),
    ("https://english.seoul.go.kr/", "KOR", "gov-kor-seoul"),
    ("https://english.shanghai.gov.cn/", "CHN", "gov-chn-shanghai"),
    ("https://www.info.gov.hk/gia/general/", "CHN", "gov-chn-hong-kong-sar"),
    ("https://www.paris.fr/pages/", "FRA", "gov-fra-paris"),
    ("https://www.iledefrance.fr/", "FRA", "gov-fra-ile-de-france"),
    ("https://www.madrid.es/portal/site/munimadrid", "ESP", "gov-esp-madrid-city"),
    ("https://www.regione.lombardia.it/wps/portal/istituzionale", "ITA", "gov-ita-lombardia"),
    ("https://www.comune.roma.it/web/it/", "ITA", "gov-ita-roma-capitale"),
    ("https://www.ibb.gov.tr/", "TUR", "gov-tur-istanbul"),
    ("https://www.alcaldiabogota.gov.co/sisjur/", "COL", "gov-col-bogota"),
    ("https://www.lacity.org/", "USA", "gov-usa-los-angeles"),
    ("https://www.cityofchicago.org/city/en.html", "USA", "gov-usa-chicago"),
])
def test_former_and_local_urls(classify, url, owner, pid):
    result = classify(url)
    assert (result.category, result.owner) == ("government", owner), url
    assert result.publisher.id == pid, url


@pytest.mark.parametrize("url", [
    "https://fake-donland.ru/",
    "https://donland.ru.evil.example/",
    "https://mos.ru.phish.example/",
    "https://notparis.fr/",
    "https://paris-fr.github.io/",
    "https://umweltbundesamt.blogspot.com/",
    "https://bmwi.de.example.net/",
    "https://lacity.org.evil.example/",
    "https://comune-roma-it.com/",
])
def test_round3_lookalikes_are_never_trusted(classify, url):
    result = classify(url)
    assert result.category not in TRUSTED, url


@pytest.mark.parametrize("text", [
    "Department of Trade and Industry",   # the Philippines and South Africa have one (DTI) too
    "DTI",
    "DfES",                               # Western Australia's DFES
    "Royal Household",                    # Spain, Thailand ... have one
    "東京都",                              # a place name in every Tokyo address
    "UBA",                                # Universidad de Buenos Aires
    "Ministry of Health",
    "City Council",
])
def test_round3_generic_forms_gain_no_owner_here(checker, text):
    classification = checker.check(text).classification
    publisher = classification.publisher
    assert publisher is None or not publisher.origin.rpartition(":")[0].endswith(FILE), text
