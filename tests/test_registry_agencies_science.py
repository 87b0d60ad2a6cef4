"""National space, science, nuclear, meteorological and geological agencies (rules/registry/agencies_science.yaml).

Facts (hosts and names -> government of which state, or an IGO outside the UN system), minimum
counts, and lookalikes that must never gain a trusted class.
"""

from collections import Counter

import pytest

FILE = "registry/agencies_science.yaml"
GOV_GROUPS = {"space", "science", "nuclear", "meteorology", "geology"}
TRUSTED = ("government", "un", "reuters", "state_media", "ngo")


@pytest.fixture(scope="module")
def entries(rules):
    return [p for p in rules.index.publishers if p.origin.rpartition(":")[0].endswith(FILE)]


@pytest.mark.parametrize("url, owner, pid", [
    # space
    ("https://cnes.fr/en", "FRA", "gov-fra-cnes"),
    ("https://www.dlr.de/en", "DEU", "gov-deu-dlr"),
    ("https://www.asi.it/en/", "ITA", "gov-ita-asi"),
    ("https://www.gov.uk/government/organisations/uk-space-agency", "GBR", "gov-gbr-uksa"),
    ("https://www.isro.gov.in/Mission.html", "IND", "gov-ind-isro"),
    ("https://www.roscosmos.ru/", "RUS", "gov-rus-roscosmos"),
    ("https://www.kari.re.kr/eng.do", "KOR", "gov-kor-kari"),
    ("https://www.inta.es/", "ESP", "gov-esp-inta"),
    ("https://www.sansa.org.za/", "ZAF", "gov-zaf-sansa"),
    ("https://www.kacst.edu.sa/eng/", "SAU", "gov-sau-kacst"),
    ("https://www.mbrsc.ae/", "ARE", "gov-are-mbrsc"),
    ("https://www.romsenter.no/eng", "NOR", "gov-nor-nosa"),
    ("https://isa.ir/en/", "IRN", "gov-irn-isa"),
    ("https://gistda.or.th/", "THA", "gov-tha-gistda"),
    # science and research
    ("https://www.cnrs.fr/en", "FRA", "gov-fra-cnrs"),
    ("https://www.cnr.it/en", "ITA", "gov-ita-cnr"),          # was 'rejected' through GDELT
    ("https://portal.fiocruz.br/", "BRA", "gov-bra-fiocruz"),  # was 'rejected' through GDELT
    ("https://www.aka.fi/en/", "FIN", "gov-fin-aka"),          # was 'rejected' through GDELT
    ("https://www.ukri.org/", "GBR", "gov-gbr-ukri"),
    ("https://www.riken.jp/en/", "JPN", "gov-jpn-riken"),
    ("https://english.cas.cn/", "CHN", "gov-chn-cas"),
    ("https://www.csic.es/en", "ESP", "gov-esp-csic"),
    ("https://www.a-star.edu.sg/", "SGP", "gov-sgp-astar"),
    # nuclear
    ("https://www.cea.fr/english/", "FRA", "gov-fra-cea"),
    ("https://www.rosatom.ru/en/", "RUS", "gov-rus-rosatom"),
    ("https://www.aeoi.org.ir/", "IRN", "gov-irn-aeoi"),
    ("https://www.csn.es/", "ESP", "gov-esp-csn"),
    ("https://stuk.fi/en", "FIN", "gov-fin-stuk"),
    # meteorology and geology
    ("https://www.dwd.de/EN/Home/home_node.html", "DEU", "gov-deu-dwd"),
    ("https://meteofrance.com/", "FRA", "gov-fra-meteo-france"),
    ("https://www.aemet.es/en/portada", "ESP", "gov-esp-aemet"),
    ("https://www.knmi.nl/", "NLD", "gov-nld-knmi"),
    ("https://www.zamg.ac.at/", "AUT", "gov-aut-geosphere"),
    ("https://www.weathersa.co.za/", "ZAF", "gov-zaf-saws"),
    ("https://www.brgm.fr/en", "FRA", "gov-fra-brgm"),
    ("https://www.bgs.ac.uk/", "GBR", "gov-gbr-bgs"),
    ("https://www.ingv.it/", "ITA", "gov-ita-ingv"),
    # hosts re-checked and corrected
    ("https://www.space.gov.il/en/about", "ISR", "gov-isr-isa"),
    ("https://uzspace.uz/ru", "UZB", "gov-uzb-uzbekcosmos"),
    ("http://www.hnms.gr/", "GRC", "gov-grc-emy"),
    ("http://www.emy.gr/emy/en/", "GRC", "gov-grc-emy"),
    ("https://www.asnr.fr/", "FRA", "gov-fra-asn"),
    ("https://www.kacst.gov.sa/", "SAU", "gov-sau-kacst"),
])
def test_hosts_name_the_agency(classify, url, owner, pid):
    result = classify(url)
    assert (result.category, result.owner) == ("government", owner), url
    assert result.publisher.id == pid, url


@pytest.mark.parametrize("name, owner", [
    ("CNES", "FRA"), ("Centre national d'études spatiales", "FRA"), ("DLR", "DEU"),
    ("Deutsches Zentrum für Luft- und Raumfahrt", "DEU"), ("Agenzia Spaziale Italiana", "ITA"),
    ("UK Space Agency", "GBR"), ("ISRO", "IND"), ("Indian Space Research Organisation", "IND"),
    ("Roscosmos", "RUS"), ("Роскосмос", "RUS"), ("한국항공우주연구원", "KOR"), ("우주항공청", "KOR"),
    ("SUPARCO", "PAK"), ("Agência Espacial Brasileira", "BRA"), ("CONAE", "ARG"),
    ("South African National Space Agency", "ZAF"), ("KACST", "SAU"), ("TÜBİTAK", "TUR"),
    ("Türkiye Uzay Ajansı", "TUR"), ("Israel Space Agency", "ISR"), ("UAE Space Agency", "ARE"),
    ("Philippine Space Agency", "PHL"), ("Badan Riset dan Inovasi Nasional", "IDN"),
    ("Australian Space Agency", "AUS"), ("Polish Space Agency", "POL"), ("Rymdstyrelsen", "SWE"),
    ("BELSPO", "BEL"), ("Norsk Romsenter", "NOR"), ("Portugal Space", "PRT"), ("Iranian Space Agency", "IRN"),
    ("CNRS", "FRA"), ("Consejo Superior de Investigaciones Científicas", "ESP"),
    ("Consiglio Nazionale delle Ricerche", "ITA"), ("UKRI", "GBR"), ("理化学研究所", "JPN"),
    ("中国科学院", "CHN"), ("Chinese Academy of Sciences", "CHN"), ("Российская академия наук", "RUS"),
    ("Rosatom", "RUS"), ("Commissariat à l'énergie atomique et aux énergies alternatives", "FRA"),
    ("Autorité de sûreté nucléaire", "FRA"), ("Atomic Energy Organization of Iran", "IRN"),
    ("Consejo de Seguridad Nuclear", "ESP"), ("Deutscher Wetterdienst", "DEU"), ("Météo-France", "FRA"),
    ("Agencia Estatal de Meteorología", "ESP"), ("KNMI", "NLD"), ("Met Éireann", "IRL"),
    ("GeoSphere Austria", "AUT"), ("ZAMG", "AUT"), ("British Geological Survey", "GBR"),
    ("Bureau de recherches géologiques et minières", "FRA"), ("Geological Survey of Norway", "NOR"),
    ("South African Weather Service", "ZAF"), ("Embrapa", "BRA"), ("Fiocruz", "BRA"),
])
def test_names_name_the_government(checker, name, owner):
    classification = checker.check(name).classification
    assert (classification.category, classification.owner) == ("government", owner), name


@pytest.mark.parametrize("text, pid", [
    ("https://www.esa.int/Science_Exploration", "igo-esa"),
    ("European Space Agency", "igo-esa"),
    ("https://www.eumetsat.int/", "igo-eumetsat"),
    ("https://home.cern/science/physics", "igo-cern"),
    ("https://www.ecmwf.int/", "igo-ecmwf"),
])
def test_scientific_igos_are_unlisted(checker, text, pid):
    classification = checker.check(text).classification
    assert classification.category == "unlisted" and classification.owner is None, text
    assert classification.publisher.id == pid, text


@pytest.mark.parametrize("url", [
    "https://fake-cnes.fr/", "https://cnes.fr.evil.example/", "https://cnes.blogspot.com/",
    "https://notdwd.de/", "https://dwd.de.phish.example/", "https://roscosmos.blogspot.com/",
    "https://fake-riken.jp/", "https://kari.re.kr.evil.example/", "https://csic-es.github.io/",
    "https://aemet.wordpress.com/", "https://fake-aka.fi/", "https://isro.gov.in.evil.example/",
])
def test_lookalike_hosts_are_never_trusted(classify, url):
    assert classify(url).category not in TRUSTED, url


@pytest.mark.parametrize("text", ["ISA", "NRF", "CSIR", "CEA", "ASN", "INTA", "ISS", "CAS", "Kins", "NOSA"])
def test_shared_acronyms_get_no_owner_from_this_file(checker, text):
    publisher = checker.check(text).classification.publisher
    assert publisher is None or not publisher.origin.rpartition(":")[0].endswith(FILE), text


@pytest.mark.parametrize("url, pid", [
    ("https://www.isa.gov.il/", "gov-isr-isa"),            # Israel Securities Authority, not the space agency
    ("https://uzbekcosmos.uz/", "gov-uzb-uzbekcosmos"),    # never confirmed, removed
])
def test_removed_hosts_no_longer_name_the_agency(classify, url, pid):
    result = classify(url)
    assert result.publisher is None or result.publisher.id != pid, url


@pytest.mark.parametrize("text", ["KARI", "KASI", "KIST", "SANSA", "ASAL"])
def test_bare_acronyms_that_are_names_or_words_are_not_indexed_here(checker, text):
    publisher = checker.check(text).classification.publisher
    assert publisher is None or not publisher.origin.rpartition(":")[0].endswith(FILE), text


@pytest.mark.parametrize("name, pid", [
    ("KARI (Korea)", "gov-kor-kari"), ("SANSA (South Africa)", "gov-zaf-sansa"), ("ASAL (Algeria)", "gov-dza-asal"),
])
def test_qualified_acronyms_name_the_agency(checker, name, pid):
    assert checker.check(name).classification.publisher.id == pid, name


def test_every_basis_says_what_was_read(entries):
    for publisher in entries:
        assert "maintainer's knowledge" not in publisher.basis, publisher.id


def test_entries_are_well_formed(entries):
    for publisher in entries:
        assert publisher.basis, publisher.id
        if publisher.group == "igo":
            assert publisher.category == "unlisted" and not publisher.owner, publisher.id
            assert publisher.id.startswith("igo-"), publisher.id
        else:
            assert publisher.category == "government" and publisher.owner, publisher.id
            assert publisher.group in GOV_GROUPS, publisher.id
            assert publisher.id.startswith(f"gov-{publisher.owner.lower()}-"), publisher.id


def test_minimums(entries):
    government = [p for p in entries if p.category == "government"]
    assert len(government) >= 120, len(government)
    assert len({p.owner for p in government}) >= 50
    groups = Counter(p.group for p in government)
    assert groups["space"] >= 35 and groups["science"] >= 30 and groups["nuclear"] >= 20, groups
    assert groups["meteorology"] >= 20 and groups["geology"] >= 10, groups
    assert sum(p.group == "igo" for p in entries) >= 6


def test_every_entry_keeps_a_name_in_the_index(rules, entries):
    for publisher in entries:
        names = (publisher.name, *publisher.aliases)
        assert any(rules.index.by_name(n) is not None and rules.index.by_name(n).id == publisher.id
                   for n in names), publisher.id
