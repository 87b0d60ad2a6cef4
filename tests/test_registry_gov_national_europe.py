"""Core national government bodies of European states (rules/registry/gov_national_europe.yaml).

Hand-written: ministries, heads of state and government, parliaments, statistics offices,
police, gazettes and law databases, anti-trafficking bodies and central banks. These tests hold
the facts (URLs and names -> government of which state), the minimums, and lookalikes that must
never gain a trusted class.
"""

import re
from collections import Counter

import pytest


FILE = "registry/gov_national_europe.yaml"
GROUPS = {"ministries", "parliaments", "statistics", "heads-of-state", "legal", "police", "central-banks"}






@pytest.fixture(scope="module")
def entries(rules):
    return [p for p in rules.index.publishers if p.origin.rpartition(":")[0].endswith(FILE)]


URL_FACTS = [
    ("https://stat.fi/en/statistics/documentation/vtutk/2023-02-09", "FIN", "gov-fin-statistics"),
    ("https://www.finlex.fi/fi/laki/ajantasa/", "FIN", "gov-fin-finlex"),
    ("https://www.suomenpankki.fi/en/", "FIN", "gov-fin-central-bank"),
    ("https://www.dst.dk/en/Statistik", "DNK", "gov-dnk-statistics"),
    ("https://www.retsinformation.dk/eli/lta/2023/1", "DNK", "gov-dnk-retsinformation"),
    ("https://www.norges-bank.no/en/", "NOR", "gov-nor-central-bank"),
    ("https://www.hagstofa.is/", "ISL", "gov-isl-statistics"),
    ("https://www.destatis.de/EN/Home/_node.html", "DEU", "gov-deu-statistics"),
    ("https://www.bundesbank.de/en", "DEU", "gov-deu-central-bank"),
    ("https://www.statistik.at/en/", "AUT", "gov-aut-statistics"),
    ("https://www.bmeia.gv.at/en/", "AUT", "gov-aut-foreign"),
    ("https://www.bfs.admin.ch/bfs/en/home.html", "CHE", "gov-che-statistics"),
    ("https://www.snb.ch/en/", "CHE", "gov-che-central-bank"),
    ("https://www.police.be/5998/", "BEL", "gov-bel-police"),
    ("https://www.cbs.nl/en-gb", "NLD", "gov-nld-statistics"),
    ("https://www.insee.fr/fr/statistiques", "FRA", "gov-fra-statistics"),
    ("https://www.legifrance.gouv.fr/codes/", "FRA", "gov-fra-legifrance"),
    ("https://www.istat.it/en/", "ITA", "gov-ita-statistics"),
    ("https://www.boe.es/buscar/doc.php?id=BOE-A-1978-31229", "ESP", "gov-esp-boe"),
    ("https://www.ine.es/en/index.htm", "ESP", "gov-esp-statistics"),
    ("https://www.cso.ie/en/statistics/", "IRL", "gov-irl-statistics"),
    ("https://www.ons.gov.uk/peoplepopulationandcommunity", "GBR", "gov-gbr-statistics"),
    ("https://www.statistics.gr/en/home/", "GRC", "gov-grc-statistics"),
    ("https://stat.gov.pl/en/", "POL", "gov-pol-statistics"),
    ("https://www.czso.cz/csu/czso/home", "CZE", "gov-cze-statistics"),
    ("https://www.ksh.hu/?lang=en", "HUN", "gov-hun-statistics"),
    ("https://www.hnb.hr/en/", "HRV", "gov-hrv-central-bank"),
    ("https://insse.ro/cms/en", "ROU", "gov-rou-statistics"),
    ("https://www.riigiteataja.ee/en/", "EST", "gov-est-riigiteataja"),
    ("https://zakon.rada.gov.ua/laws/show/254%D0%BA/96-%D0%B2%D1%80", "UKR", "gov-ukr-zakon"),
    ("https://www.rada.gov.ua/en", "UKR", "gov-ukr-rada"),
    ("https://bank.gov.ua/en/", "UKR", "gov-ukr-central-bank"),
    ("https://rosstat.gov.ru/folder/12781", "RUS", "gov-rus-statistics"),
    ("https://www.cbr.ru/eng/", "RUS", "gov-rus-central-bank"),
    ("https://www.arlis.am/", "ARM", "gov-arm-arlis"),
    ("https://www.cbar.az/", "AZE", "gov-aze-central-bank"),
    ("https://www.tuik.gov.tr/", "TUR", "gov-tur-statistics"),
    ("https://www.resmigazete.gov.tr/", "TUR", "gov-tur-gazette"),
    ("https://www.nbs.rs/en/", "SRB", "gov-srb-central-bank"),
    ("https://www.nbrm.mk/", "MKD", "gov-mkd-central-bank"),
    ("https://www.cbbh.ba/", "BIH", "gov-bih-central-bank"),
    ("https://www.bankofalbania.org/", "ALB", "gov-alb-central-bank"),
    ("https://www.bopa.ad/", "AND", "gov-and-bopa"),
    ("https://www.regjeringen.no/no/dep/ud/id833/", "NOR", "gov-nor-foreign"),
    ("https://www.regjeringen.no/no/dep/smk/id875/", "NOR", "gov-nor-pm-office"),
    ("https://www.lovtidende.dk/", "DNK", "gov-dnk-lovtidende"),
    ("https://www.bka.de/EN/Home/home_node.html", "DEU", "gov-deu-bka"),
    ("https://www.bundespolizei.de/Web/DE/Home/home_node.html", "DEU", "gov-deu-federal-police"),
    ("https://www.ris.bka.gv.at/Bundesrecht/", "AUT", "gov-aut-ris"),
    ("https://www.parlament.gv.at/ENGL/PERK/PARL/WAS/", "AUT", "gov-aut-parliament"),
    ("https://www.bmj.gv.at/", "AUT", "gov-aut-justice"),
    ("https://www.ejustice.just.fgov.be/eli/wet/2002/02/28/2002003192/justel", "BEL", "gov-bel-moniteur"),
    ("https://diplomatie.belgium.be/en", "BEL", "gov-bel-foreign"),
    ("https://www.interieur.gouv.fr/ministere", "FRA", "gov-fra-interior"),
    ("https://www.justice.gouv.fr/les-mentions-legales.html", "FRA", "gov-fra-justice"),
    ("https://www.diplomatie.gouv.fr/en/", "FRA", "gov-fra-foreign"),
    ("https://www.gazzettaufficiale.it/caricaHtml?nomeTiles=gazzettaUfficiale", "ITA", "gov-ita-gazzetta"),
    ("https://www.poliziadistato.it/articolo/internet", "ITA", "gov-ita-police"),
    ("https://www.lamoncloa.gob.es/lang/en/Paginas/en_AvisoLegal.aspx", "ESP", "gov-esp-moncloa"),
    ("https://www.exteriores.gob.es/Embajadas/Kabul/", "ESP", "gov-esp-foreign"),
    ("https://www.guardiacivil.es/", "ESP", "gov-esp-guardia-civil"),
    ("https://www.legislation.gov.uk/ukpga/2017/2/contents/enacted", "GBR", "gov-gbr-legislation"),
    ("https://www.gov.uk/government/organisations/foreign-commonwealth-development-office", "GBR", "gov-gbr-fcdo"),
    ("https://www.sejm.gov.pl/", "POL", "gov-pol-sejm"),
    ("https://www.senat.gov.pl/", "POL", "gov-pol-senate"),
    ("https://narodne-novine.nn.hr/clanci/sluzbeni/2021_06_70_1336.html", "HRV", "gov-hrv-gazette"),
    ("https://mvep.gov.hr/bg", "HRV", "gov-hrv-foreign"),
    ("https://magyarkozlony.hu/", "HUN", "gov-hun-gazette"),
    ("https://maee.gouvernement.lu/", "LUX", "gov-lux-foreign"),
    ("https://www.presidency.gov.cy/", "CYP", "gov-cyp-presidency"),
    ("https://www.portugal.gov.pt/en/gc21/ministries/internal-administration", "PRT", "gov-prt-government"),
    ("http://www.duma.gov.ru/", "RUS", "gov-rus-duma"),
    ("https://tbmm.gov.tr/", "TUR", "gov-tur-tbmm"),
    ("https://www.tccb.gov.tr/", "TUR", "gov-tur-presidency"),
    ("https://buenosaires.mfa.gov.az/", "AZE", "gov-aze-foreign"),
    ("https://www.moj.am/legal/view/article/295", "ARM", "gov-arm-justice"),
    ("https://punetejashtme.gov.al/", "ALB", "gov-alb-foreign"),
    ("https://qbz.gov.al/", "ALB", "gov-alb-qbz"),
    # round 3: police, interior and justice, gazettes, German ministries and former domains
    ("https://www.mvcr.cz/clanek/ministerstvo-vnitra.aspx", "CZE", "gov-cze-mvcr"),
    ("https://justice.cz/web/msp/co-dela-ministerstvo-spravedlnosti", "CZE", "gov-cze-justice"),
    ("https://www.msmt.cz/", "CZE", "gov-cze-msmt"),
    ("https://www.politsei.ee/en/the-story-and-values", "EST", "gov-est-politsei"),
    ("https://siseministeerium.ee/en/ministry-and-contacts/organisation/about-ministry", "EST", "gov-est-siseministeerium"),
    ("https://www.just.ee/et/ministry-justice", "EST", "gov-est-just"),
    ("https://poliisi.fi/en/information-about-the-website", "FIN", "gov-fin-poliisi"),
    ("https://www.bmj.de/DE/Startseite/Startseite_node.html", "DEU", "gov-deu-bmj"),
    ("https://www.bmbf.de/foerderungen/bekanntmachung-2592.html", "DEU", "gov-deu-bmbf"),
    ("https://www.bmel.de/EN/Ministry/ministry_node.html", "DEU", "gov-deu-bmel"),
    ("https://www.bmuv.de/", "DEU", "gov-deu-bmuv"),
    ("https://www.bmu.de/english", "DEU", "gov-deu-bmuv"),
    ("http://www.bmvi.de/EN/TheMinistry/the-ministry_node.html", "DEU", "gov-deu-bmvi"),
    ("http://www.irishstatutebook.ie/eli/disclaimer.html", "IRL", "gov-irl-irishstatutebook"),
    ("https://www.giustizia.it/giustizia/it/mg_1_8_1.page", "ITA", "gov-ita-giustizia"),
    ("https://www.carabinieri.it/", "ITA", "gov-ita-carabinieri-eu"),
    ("https://www.e-tar.lt/portal/en/staticContent?code=USER_GUIDE", "LTU", "gov-ltu-e-tar"),
    ("https://isp.policja.pl/isp/aktualnosci/5828,Od-Policji-Panstwowej-do-Policji.html", "POL", "gov-pol-policja"),
    ("https://zoek.officielebekendmakingen.nl/stcrt-2020-1.html", "NLD", "gov-nld-officielebekendmakingen"),
    ("https://www.police.uk/about-this-site/cookies/", "GBR", "gov-gbr-police"),
    ("https://www.thegazette.co.uk/London/issue/1", "GBR", "gov-gbr-thegazette"),
    ("https://www.minv.sk/?tlacove-spravy", "SVK", "gov-svk-minv"),
    ("https://static.slov-lex.sk/static/SK/ZZ/2003/514/", "SVK", "gov-svk-slov-lex"),
    ("https://adatvedelem.police.hu/en/", "HUN", "gov-hun-police"),
    ("https://politi.dk/en", "DNK", "gov-dnk-politi"),
    ("https://www.astynomia.gr/", "GRC", "gov-grc-astynomia"),
    ("https://www.policija.si/eng/711-about-the-police", "SVN", "gov-svn-policija"),
]


def test_urls_name_the_body(classify):
    wrong = []
    for url, owner, pid in URL_FACTS:  # one test for the table: a miss lists every row wrong
        got = classify(url)
        found = (got.category, got.owner, got.publisher.id if got.publisher else None)
        if found != ("government", owner, pid):
            wrong.append((url, found))
    assert wrong == []


NAME_FACTS = [
    ("Statistics Finland", "FIN"), ("Tilastokeskus", "FIN"), ("Statistikcentralen", "FIN"),
    ("Suomen Pankki", "FIN"), ("Danmarks Statistik", "DNK"), ("Norges Bank", "NOR"),
    ("Hagstofa Íslands", "ISL"), ("Destatis", "DEU"), ("Statistisches Bundesamt", "DEU"),
    ("Bundeskriminalamt", "DEU"), ("Statistik Austria", "AUT"), ("Oesterreichische Nationalbank", "AUT"),
    ("Swiss Federal Statistical Office", "CHE"), ("Schweizerische Nationalbank", "CHE"),
    ("Statbel", "BEL"), ("Centraal Bureau voor de Statistiek", "NLD"), ("De Nederlandsche Bank", "NLD"),
    ("STATEC", "LUX"), ("INSEE", "FRA"), ("Banque de France", "FRA"), ("Istat", "ITA"),
    ("Banca d'Italia", "ITA"), ("Gazzetta Ufficiale", "ITA"), ("Boletín Oficial del Estado", "ESP"),
    ("Banco de España", "ESP"), ("Banco de Portugal", "PRT"),
    ("Office for National Statistics", "GBR"), ("Bank of England", "GBR"), ("Home Office", "GBR"),
    ("ELSTAT", "GRC"), ("Główny Urząd Statystyczny", "POL"), ("Narodowy Bank Polski", "POL"),
    ("Český statistický úřad", "CZE"), ("Národná banka Slovenska", "SVK"),
    ("Központi Statisztikai Hivatal", "HUN"), ("Banka Slovenije", "SVN"), ("Hrvatska narodna banka", "HRV"),
    ("Institutul Național de Statistică", "ROU"), ("Statistikaamet", "EST"), ("Eesti Pank", "EST"),
    ("Latvijas Banka", "LVA"), ("Lietuvos bankas", "LTU"), ("Verkhovna Rada of Ukraine", "UKR"),
    ("Верховна Рада України", "UKR"), ("National Bank of Ukraine", "UKR"), ("Rosstat", "RUS"),
    ("State Duma", "RUS"), ("Bank of Russia", "RUS"), ("Belstat", "BLR"), ("Banca Națională a Moldovei", "MDA"),
    ("Armstat", "ARM"), ("Geostat", "GEO"), ("TÜİK", "TUR"), ("Türkiye Büyük Millet Meclisi", "TUR"),
    ("Resmî Gazete", "TUR"), ("Narodna banka Srbije", "SRB"), ("Légifrance", "FRA"),
    ("Guardia Civil", "ESP"), ("Polizia di Stato", "ITA"), ("Sejm of the Republic of Poland", "POL"),
    ("Central Bank of Bosnia and Herzegovina", "BIH"), ("Bank of Albania", "ALB"),
    # round 3
    ("Ministerstvo vnitra České republiky", "CZE"), ("Ministerstvo spravedlnosti České republiky", "CZE"),
    ("Politsei- ja Piirivalveamet", "EST"), ("Police of Finland", "FIN"), ("Bundesministerium der Justiz", "DEU"),
    ("BMBF", "DEU"), ("BMUV", "DEU"), ("Bundesministerium für Ernährung und Landwirtschaft", "DEU"),
    ("Ministero della Giustizia", "ITA"), ("Arma dei Carabinieri", "ITA"), ("Policja (Polska)", "POL"),
    ("Hellenic Police", "GRC"), ("Ελληνική Αστυνομία", "GRC"), ("Rigspolitiet", "DNK"), ("Magyar Rendőrség", "HUN"),
    ("Slovenian Police", "SVN"), ("Ministerstvo vnútra Slovenskej republiky", "SVK"), ("Slov-Lex", "SVK"),
    ("The London Gazette", "GBR"), ("Irish Statute Book", "IRL"), ("Teisės aktų registras", "LTU"),
    ("Norwegian Police Service", "NOR"), ("Министерство на вътрешните работи", "BGR"),
    ("Национален статистически институт", "BGR"), ("Министерство на външните работи на Република България", "BGR"),
    ("Влада Републике Србије", "SRB"), ("Министарство унутрашњих послова Републике Србије", "SRB"),
    ("Министерство за внатрешни работи", "MKD"), ("МВД России", "RUS"),
]


def test_names_name_the_government(checker):
    wrong = []
    for name, owner in NAME_FACTS:  # one test for the table: a miss lists every row wrong
        classification = checker.check(name).classification
        if (classification.category, classification.owner) != ("government", owner):
            wrong.append((name, classification.category, classification.owner))
    assert wrong == []


@pytest.mark.parametrize("url", [
    "https://fake-boe.es/",
    "https://boe.es.evil.example/",
    "https://notdestatis.de/",
    "https://destatis.de.example.com/",
    "https://stat.fi.blogspot.com/",
    "https://bundesbank.wordpress.com/",
    "https://normattiva-it.github.io/",
    "https://rada-gov-ua.com/",
    "https://www.cbr.ru.phish.example/",
    "https://police.ge.example.net/",
    "https://legifrance.gouv.fr.example.org/",
    "https://www.gov.uk.evil.example/government/organisations/home-office",
    "https://fake-police.uk/",
    "https://police.uk.evil.example/",
    "https://politsei.blogspot.com/",
    "https://bmj-de.github.io/",
    "https://tribunale.milano.giustizia.it/",
    "https://thegazette.co.uk.example.com/",
])
def test_lookalikes_are_never_government(classify, url):
    result = classify(url)
    assert result.category not in ("government", "un", "reuters", "state_media", "ngo"), url


def test_entries_are_well_formed(entries):
    assert entries, FILE
    for publisher in entries:
        assert publisher.category == "government" and publisher.owner, publisher.id
        assert publisher.id.startswith(f"gov-{publisher.owner.lower()}-"), publisher.id
        assert publisher.group in GROUPS, publisher.id
        assert publisher.basis and publisher.aliases, publisher.id


def test_minimums(entries):
    per_state = Counter(p.owner for p in entries)
    assert len(entries) >= 185
    assert len(per_state) >= 44 and sum(1 for n in per_state.values() if n >= 3) >= 28, per_state
    groups = Counter(p.group for p in entries)
    assert groups["statistics"] >= 38 and groups["central-banks"] >= 42, groups
    assert groups["ministries"] >= 32 and groups["legal"] >= 15 and groups["police"] >= 18, groups


def test_every_entry_names_its_country_in_some_name(rules, entries):
    """A generic name ("Ministry of Justice") resolves to nobody: each entry has a name the index keeps."""
    for publisher in entries:
        names = (publisher.name, *publisher.aliases)
        assert any(rules.index.by_name(name) is publisher for name in names), publisher.id


WIKIDATA_ITEM = re.compile(r"\bWikidata Q[1-9][0-9]*\b")


def test_every_basis_rests_on_a_source_read(entries):
    """Each basis says "read: ... (URL)" or names the Wikidata item read from a dataset; none rests on memory."""
    for publisher in entries:
        basis = publisher.basis
        assert basis.startswith("read:") or WIKIDATA_ITEM.search(basis), publisher.id
        if basis.startswith("read:"):
            assert re.search(r"https?://\S+", basis), publisher.id
        assert "as named in its Wikipedia article" not in basis, publisher.id
        # an entry without a domain carries names only, because another file claims the body's host
        assert publisher.domains or "Names only" in basis, publisher.id
