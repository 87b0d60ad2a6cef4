"""State bodies from ROR's government records, part b (rules/registry/gov_ror_b.yaml).

Facts (URLs and names -> government of which state), minimum counts, the entries' shape, and
lookalikes and shared names that must never gain a trusted class from this file.
"""

import re

import pytest

from conftest import file_entries, names_borne_elsewhere, table_misses

FILE = "registry/gov_ror_b.yaml"
TRUSTED = {"un", "government", "reuters", "state_media", "ngo"}
GROUPS = {"ministries", "agencies", "regulators", "statistics", "subnational", "research-funding",
          "archives-libraries", "cultural-missions"}


@pytest.fixture(scope="module")
def entries(rules):
    return file_entries(rules, FILE)


def test_minimum_counts(entries):
    assert len(entries) >= 120
    assert len({p.owner for p in entries}) >= 45
    assert all(p.category == "government" and p.owner for p in entries)
    assert {p.group for p in entries} <= GROUPS
    assert len({p.group for p in entries}) >= 6


def test_shape(entries):
    for p in entries:
        assert re.fullmatch(rf"gov-ror-{p.owner.lower()}-[a-z0-9][a-z0-9-]*", p.id), p.id
        assert p.basis.startswith("ROR record https://ror.org/0"), p.id
        assert "ror-community/ror-records" in p.basis and "commit d93fc667872f" in p.basis, p.id
        assert "CC0" in p.basis, p.id
        assert "/work/" not in p.basis and "/tmp/" not in p.basis, p.id
        assert p.domains and all(d == d.lower() and not d.startswith("www.") for d in p.domains), p.id
        assert all("." in d.split("/")[0] for d in p.domains), p.id


def test_no_public_suffix_listed(entries):
    from evidence_check.domains import registered_domain

    for p in entries:
        for d in p.domains:
            host = d.split("/")[0]
            assert registered_domain(host), (p.id, d)


def test_names_not_borne_by_another_publisher(rules, entries):
    assert names_borne_elsewhere(rules, entries) == []


URLS = [
    ("https://www.tsri.or.th/en/about", "government", "THA", "gov-ror-tha-tsri"),
    ("https://agricresearch.org.ls/", "government", "LSO", "gov-ror-lso-dar"),
    ("https://www.saludaysen.cl/noticias", "government", "CHL", "gov-ror-chl-servicio-salud-aysen"),
    ("https://insp.gov.cv/relatorio", "government", "CPV", "gov-ror-cpv-insp"),
    ("https://defensoria.rj.def.br/noticia", "government", "BRA", "gov-ror-bra-rj-defensoria"),
    ("https://www.nda.or.ug/drug-register/", "government", "UGA", "gov-ror-uga-nda"),
    ("https://www.weatherzw.org.zw/forecast", "government", "ZWE", "gov-ror-zwe-msd"),
    ("https://pancanal.com/en/statistics/", "government", "PAN", "gov-ror-pan-acp"),
    ("https://vladars.rs/vlada/ministries/MST/Pages/default.aspx", "government", "BIH",
     "gov-ror-bih-rs-mnrvoid"),
    ("http://ichr.ac.in/", "government", "IND", "gov-ror-ind-ichr"),
    ("https://www.mtve-gov.ly/news", "government", "LBY", "gov-ror-lby-mtve"),
    ("https://www.ifegypte.com/agenda", "government", "FRA", "gov-ror-fra-ife"),
    ("https://www.mesrs.dz/index.php/fr/", "government", "DZA", "gov-ror-dza-mesrs"),
    ("https://www.tcesc.tc.br/noticias", "government", "BRA", "gov-ror-bra-sc-tce"),
    ("https://malimeteo.ml/bulletin", "government", "MLI", "gov-ror-mli-mali-meteo"),
    ("https://www.nlc.cn/web/index.shtml", "government", "CHN", "gov-ror-chn-nlc"),
    ("http://www.chinafoodsafety.net/", "government", "CHN", "gov-ror-chn-cfsa"),
    ("https://en.cfsa.net.cn/", "government", "CHN", "gov-ror-chn-cfsa"),
    ("https://nrfu.org.ua/en/", "government", "UKR", "gov-ror-ukr-nrfu"),
    ("http://www.rfbr.ru/rffi/eng", "government", "RUS", "gov-ror-rus-rfbr"),
    ("https://nlr.ru/eng/", "government", "RUS", "gov-ror-rus-nlr"),
    ("https://www.bpdp.or.id/en", "government", "IDN", "gov-ror-idn-bpdpks"),
    ("https://che.org.il/en/", "government", "ISR", "gov-ror-isr-che"),
    ("https://www.sanparks.org/parks/kruger", "government", "ZAF", "gov-ror-zaf-sanparks"),
    ("https://www.anii.org.uy/apoyos/", "government", "URY", "gov-ror-ury-anii"),
    ("https://www.ieeg.mx/resultados", "government", "MEX", "gov-ror-mex-gto-ieeg"),
    ("https://cocobod.gh/news", "government", "GHA", "gov-ror-gha-cocobod"),
    ("https://fa.irunesco.org/", "government", "IRN", "gov-ror-irn-unesco-commission"),
    ("https://www.kenyaforestservice.org/", "government", "KEN", "gov-ror-ken-kfs"),
    ("https://www.ncsa.or.th/", "government", "THA", "gov-ror-tha-ncsa"),
    ("http://www.mes.tn/", "government", "TUN", "gov-ror-tun-mes"),
    ("https://www.kaia.re.kr/eng/main.do", "government", "KOR", "gov-ror-kor-kaia"),
    ("http://www.trf.or.th/eng/", "government", "THA", "gov-ror-tha-trf"),
]


def test_urls(classify):
    assert table_misses(classify, URLS) == []


@pytest.mark.parametrize("name, owner", [
    ("Thailand Science Research and Innovation", "THA"),
    ("Department of Agricultural Research (Lesotho)", "LSO"),
    ("Defensoria Pública do Estado do Rio de Janeiro", "BRA"),
    ("Panama Canal Authority", "PAN"), ("Autoridad del Canal de Panamá", "PAN"),
    ("Indian Council of Historical Research", "IND"),
    ("Zimbabwe National Geospatial and Space Agency", "ZWE"),
    ("Belarusian State Institute for Metrology", "BLR"),
    ("Innovation Fund of the Republic of Serbia", "SRB"),
    ("National Library of China", "CHN"), ("中国国家图书馆", "CHN"),
    ("Российский фонд фундаментальных исследований", "RUS"),
    ("Indonesia Oil Palm Plantations Fund Management Agency", "IDN"),
    ("Council for Higher Education (Israel)", "ISR"),
    ("SANParks", "ZAF"), ("Ghana Cocoa Board", "GHA"),
    ("University Grants Commission Nepal", "NPL"),
    ("University Grants Commission (India)", "IND"),
    ("Ministry of Higher Education and Scientific Research (Tunisia)", "TUN"),
    ("Ministry of Higher Education and Scientific Research (Yemen)", "YEM"),
    ("Institut Français d'Égypte", "FRA"),
    ("Kenya Forest Service", "KEN"), ("Ethiopian Wildlife Conservation Authority", "ETH"),
    ("Instituto Electoral del Estado de México", "MEX"),
    ("Council for Grants of the President of the Russian Federation", "RUS"),
])
def test_names(classify, name, owner):
    result = classify(name)
    assert (result.category, result.owner) == ("government", owner), (name, result)


@pytest.mark.parametrize("text", [
    "https://tsri.or.th.evil.example/", "https://fake-pancanal.com/", "https://notnlc.cn/",
    "https://chinafoodsafety.net.phish.example/", "https://sanparks.blogspot.com/",
    "https://cocobod.wordpress.com/", "https://example.com/www.rfbr.ru/", "https://myanii.org.uy/",
    "https://vladars.rs.evil.example/vlada/ministries/MST/",
])
def test_lookalikes_never_trusted(classify, text):
    result = classify(text)
    assert result.category not in TRUSTED, (text, result)


def test_other_pages_of_a_shared_host_not_claimed(classify):
    # only the ministry's pages on the Republika Srpska government's host are this file's
    result = classify("https://vladars.rs/vlada/ministries/mpr/Pages/default.aspx")
    assert result.publisher is None or FILE not in (result.publisher.origin or ""), result


@pytest.mark.parametrize("name", [
    # shared or generic names and acronyms stay out of this file's names
    "National Drug Authority", "University Grants Commission", "Ministry of Higher Education and Scientific Research",
    "National Research Foundation", "Council for Higher Education", "National Cyber Security Agency",
    "Water Research Commission", "Mental Health Authority", "Tamkeen", "Agency for Defense Development",
    "Instituto Nacional de Saúde Pública", "Instituto Nacional de Metrologia", "Department of Agricultural Research",
    "National Health Fund", "Millennium Science Initiative", "Innovation Fund", "Green Fund",
    "TSRI", "CNRST", "CFSA", "IEEG", "IEEM", "KERIS", "NHRA", "NARA", "UGC", "NDA", "INSP", "CNRS",
])
def test_generic_names_not_owned_by_this_file(classify, name):
    result = classify(name)
    assert result.publisher is None or FILE not in (result.publisher.origin or ""), (name, result)


@pytest.mark.parametrize("text", [
    "Jones, B. (2021). The Millennium Science Initiative in Latin America. World Bank.",
    "Lee, K. (2020). National Health Fund reform in Poland. Warsaw.",
    "Tamkeen for Legal Aid and Human Rights (2018). Migrant workers in Jordan.",
    "Instituto Nacional de Saúde Pública (Guiné-Bissau). Relatório anual 2019.",
])
def test_phrases_in_other_titles_not_this_file(classify, text):
    result = classify(text)
    assert result.publisher is None or FILE not in (result.publisher.origin or ""), (text, result)
