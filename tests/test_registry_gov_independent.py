"""Independent state bodies (rules/registry/gov_independent.yaml): national human rights
institutions, election management bodies, ombudsman / anti-corruption / supreme audit institutions.

Facts (names and URLs -> government of which state, and which body), minimums per group, generic
names that must give no owner, and lookalikes that must never gain a trusted class.
"""

import pytest

FILE = "registry/gov_independent.yaml"
GROUPS = {"human-rights", "electoral", "oversight"}


@pytest.fixture(scope="module")
def entries(rules):
    return [p for p in rules.index.publishers if p.origin.rpartition(":")[0].endswith(FILE)]


@pytest.mark.parametrize("name, owner, body", [
    ("Kiesraad", "NLD", "gov-nld-kiesraad"),
    ("Défenseur des droits", "FRA", "gov-fra-defenseur-des-droits"),
    ("Cour des comptes (France)", "FRA", "gov-fra-cour-des-comptes"),
    ("Komnas HAM", "IDN", "gov-idn-komnas-ham"),
    ("COMELEC", "PHL", "gov-phl-comelec"),
    ("Commission on Human Rights (Philippines)", "PHL", "gov-phl-chr"),
    ("Bundesrechnungshof", "DEU", "gov-deu-brh"),
    ("Deutsches Institut für Menschenrechte", "DEU", "gov-deu-dimr"),
    ("Equality and Human Rights Commission", "GBR", "gov-gbr-ehrc"),
    ("Electoral Commission (United Kingdom)", "GBR", "gov-gbr-electoral-commission"),
    ("National Audit Office (United Kingdom)", "GBR", "gov-gbr-nao"),
    ("Defensoría del Pueblo del Perú", "PER", "gov-per-defensoria"),
    ("Instituto Nacional Electoral", "MEX", "gov-mex-ine"),
    ("SUHAKAM", "MYS", "gov-mys-suhakam"),
    ("National Human Rights Commission of Korea", "KOR", "gov-kor-nhrck"),
    ("국가인권위원회", "KOR", "gov-kor-nhrck"),
    ("Rigsrevisionen", "DNK", "gov-dnk-rigsrevisionen"),
    ("Riksrevisjonen", "NOR", "gov-nor-riksrevisjonen"),
    ("Volksanwaltschaft", "AUT", "gov-aut-volksanwaltschaft"),
    ("Tribunal de Cuentas (España)", "ESP", "gov-esp-tribunal-de-cuentas"),
    ("Corte dei conti (Italia)", "ITA", "gov-ita-corte-dei-conti"),
    ("Independent National Electoral Commission (Nigeria)", "NGA", "gov-nga-inec"),
    ("IEBC", "KEN", "gov-ken-iebc"),
    ("Servicio Electoral de Chile", "CHL", "gov-chl-servel"),
    ("Veřejný ochránce práv", "CZE", "gov-cze-ochrance"),
    ("Συνήγορος του Πολίτη", "GRC", "gov-grc-synigoros"),
    ("Riigikontroll", "EST", "gov-est-riigikontroll"),
    ("Comptroller and Auditor General of India", "IND", "gov-ind-cag"),
    ("Electoral Commission of South Africa", "ZAF", "gov-zaf-iec"),
])
def test_names(classify, name, owner, body):
    result = classify(name)
    assert (result.category, result.owner) == ("government", owner), (name, result)
    assert result.publisher.id == body


@pytest.mark.parametrize("url, owner, body", [
    ("https://www.kiesraad.nl/verkiezingen", "NLD", "gov-nld-kiesraad"),
    ("https://www.defensoria.gob.pe/informes/", "PER", "gov-per-defensoria"),
    ("https://www.ccomptes.fr/fr/publications", "FRA", "gov-fra-cour-des-comptes"),
    ("https://www.comelec.gov.ph/", "PHL", "gov-phl-comelec"),
    ("https://www.ine.mx/", "MEX", "gov-mex-ine"),
    ("https://www.elections.org.za/", "ZAF", "gov-zaf-iec"),
    ("https://www.inecnigeria.org/", "NGA", "gov-nga-inec"),
    ("https://www.equalityhumanrights.com/en", "GBR", "gov-gbr-ehrc"),
    ("https://www.nihrc.org/", "GBR", "gov-gbr-nihrc"),
    ("https://www.humanrights.dk/", "DNK", "gov-dnk-dihr"),
    ("https://www.cikrf.ru/", "RUS", "gov-rus-cik"),
    ("https://www.suhakam.org.my/", "MYS", "gov-mys-suhakam"),
    ("https://www.nhrc.nic.in/", "IND", "gov-ind-nhrc"),
    ("http://www.volksanw.gv.at/", "AUT", "gov-aut-volksanwaltschaft"),  # former host (HRWA)
    ("http://www.defensor.gov.bo/", "BOL", "gov-bol-defensoria"),  # former host (HRWA)
])
def test_urls(classify, url, owner, body):
    result = classify(url)
    assert (result.category, result.owner) == ("government", owner), (url, result)
    assert result.publisher.id == body


@pytest.mark.parametrize("name", [
    # bare names and acronyms several states' bodies bear: never an owner
    "Electoral Commission", "National Audit Office", "Defensoría del Pueblo", "Tribunal de Cuentas",
    "Ombudsman", "Court of Audit", "CNE", "NHRC", "Human Rights Commission", "National Human Rights Commission",
    "Cour des comptes", "Central Election Commission", "INE", "TSE", "EHRC", "NCHR",
])
def test_generic_names_give_no_owner(classify, name):
    assert classify(name).owner is None, name


@pytest.mark.parametrize("name", ["Electoral Commission", "Ombudsman", "NHRC", "CNE", "INE", "TSE", "VTV"])
def test_generic_names_not_claimed(entries, name):
    names = {n.casefold() for p in entries for n in (p.name, *p.aliases)}
    assert name.casefold() not in names


@pytest.mark.parametrize("url", [
    "https://fake-kiesraad.nl/", "https://kiesraad.nl.evil.example/", "https://notine.mx/",
    "https://ccomptes.blogspot.com/", "https://comelec.gov.ph.evil.example/", "https://suhakam.wordpress.com/",
    "https://elections.org.za.example.net/", "https://myinecnigeria.org/",
])
def test_lookalikes_not_trusted(classify, url):
    result = classify(url)
    assert result.category not in ("government", "un", "reuters", "state_media", "ngo"), (url, result)


def test_minimums(entries):
    by_group = {g: {p.owner for p in entries if p.group == g} for g in GROUPS}
    assert len(by_group["human-rights"]) >= 40
    assert len(by_group["electoral"]) >= 15
    assert len(by_group["oversight"]) >= 18
    assert len({p.owner for p in entries}) >= 55
    assert len(entries) >= 85


def test_entries_well_formed(entries):
    for p in entries:
        assert p.category == "government"
        assert p.group in GROUPS, p.id
        assert p.id.startswith(f"gov-{p.owner.lower()}-"), p.id
        assert p.domains, p.id
        assert "search tool" in p.basis or "read http" in p.basis, p.id


@pytest.mark.parametrize("text", ["Tribunal Superior Eleitoral", "https://resultados.tse.jus.br/oficial"])
def test_an_electoral_court_is_a_court_not_a_government_body(classify, text):
    """Brazil's TSE runs elections but is a court of the judiciary: unlisted, as every court."""
    result = classify(text)
    assert (result.category, result.publisher.id) == ("unlisted", "court-bra-tse")
