"""Official government publishers and printers (rules/registry/gov_publishers.yaml).

HMSO, the US Government Printing Office (former name), the Queen's/King's Printers of Canada and
its provinces, La Documentation française and DILA, INCM, IPZS, Japan's National Printing Bureau,
and the state printers' imprints ("London: HMSO", "Pretoria: Government Printer"). Facts, a minimum
count, lookalikes, and bare generic names that must stay without an owner.
"""

import pytest

FILE = "registry/gov_publishers.yaml"
TRUSTED = ("government", "un", "reuters", "state_media", "ngo")


@pytest.fixture(scope="module")
def entries(rules):
    return [p for p in rules.index.publishers if p.origin.rpartition(":")[0].endswith(FILE)]


def test_minimum_count_and_shape(entries):
    assert len(entries) >= 22
    for p in entries:
        assert p.category == "government" and p.owner, p.id
        assert p.basis.strip(), p.id
    owners = {p.owner for p in entries}
    assert {"GBR", "USA", "CAN", "FRA", "PRT", "ITA", "JPN", "IND", "ZAF", "NZL", "AUS", "IRL"} <= owners


@pytest.mark.parametrize("text, owner", [
    ("HMSO", "GBR"),
    ("H.M.S.O.", "GBR"),
    ("Her Majesty's Stationery Office", "GBR"),
    ("Queen's Printer for Scotland", "GBR"),
    ("The Stationery Office Ltd", "GBR"),
    ("Home Office report. London: The Stationery Office, 2003.", "GBR"),
    ("Oifig an tSoláthair", "IRL"),
    ("Corpus Inscriptionum. Dublin: Stationery Office, 1945.", "IRL"),
    ("U.S. Government Printing Office", "USA"),
    ("History of Crises. Washington, DC: Government Printing Office, 1910.", "USA"),
    ("A Country Study. Washington: GPO, 1996.", "USA"),
    ("Queen's Printer for Canada", "CAN"),
    ("Forest Information Manual. Toronto: Queen's Printer for Ontario, 2001.", "CAN"),
    ("Alberta King's Printer", "CAN"),
    ("Éditeur officiel du Québec", "CAN"),
    ("La Documentation française", "FRA"),
    ("Rapport public. Paris: La Documentation française, 2010.", "FRA"),
    ("Direction de l'information légale et administrative", "FRA"),
    ("Imprensa Nacional-Casa da Moeda", "PRT"),
    ("Istituto Poligrafico e Zecca dello Stato", "ITA"),
    ("独立行政法人国立印刷局", "JPN"),
    ("Protection of Personal Information Act 4 of 2013. Pretoria: Government Printer.", "ZAF"),
    ("Children Act, No. 29 of 2022. Nairobi: Government Printer, 2022.", "KEN"),
    ("Annual report. Canberra: AGPS, 1990.", "AUS"),
    ("https://www.ladocumentationfrancaise.fr/var/storage/rapports-publics/094000195.pdf", "FRA"),
    ("https://www.incm.pt/site/en/obligations-and-public-service", "PRT"),
    ("https://www.ipzs.it/", "ITA"),
])
def test_facts(classify, text, owner):
    result = classify(text)
    assert result.category == "government", text
    assert result.owner == owner, text


@pytest.mark.parametrize("name", [
    "Government Printer", "Queen's Printer", "King's Printer", "Government Printing Office",
    "Stationery Office", "The Stationery Office", "GPO", "TSO", "Imprensa Nacional",
    "Imprimerie nationale", "National Printing Bureau", "National Printing Office",
    "Government Publications Office", "Controller of Publications", "Publications Division",
])
def test_bare_generic_names_get_no_owner_from_this_file(rules, classify, name):
    publisher = rules.index.by_name(name)
    assert publisher is None or not publisher.origin.rpartition(":")[0].endswith(FILE), name
    result = classify(name)
    assert result.owner is None, name


@pytest.mark.parametrize("url", [
    "https://fake-ladocumentationfrancaise.fr/",
    "https://ladocumentationfrancaise.fr.evil.example/",
    "https://incm.pt.evil.example/",
    "https://notipzs.it/",
    "https://ipzs.blogspot.com/",
])
def test_lookalikes_are_not_trusted(classify, url):
    assert classify(url).category not in TRUSTED, url


def test_dila_as_a_given_name_is_not_the_french_directorate(classify):
    # "DILA" is listed only with its state ("DILA (France)", "Paris: DILA"): Dila is a given name
    result = classify("Dila Yilmaz (2021). A study of things. Istanbul: Bilgi.")
    assert result.owner != "FRA"
