"""Parliaments and heads of state / government offices (rules/registry/gov_institutions.yaml).

Facts (names and URLs -> government of which state), minimums per group, and lookalikes that must
never gain a trusted class or the wrong owner.
"""

import pytest


FILE = "registry/gov_institutions.yaml"
TRUSTED = ("government", "un", "reuters", "state_media", "ngo")




@pytest.fixture(scope="module")
def entries(rules):
    return [p for p in rules.index.publishers if p.origin.rpartition(":")[0].endswith(FILE)]


@pytest.mark.parametrize("name, owner", [
    # parliaments: English, native and country forms
    ("Folketing", "DNK"), ("Danish Parliament", "DNK"), ("Storting", "NOR"), ("Stortinget", "NOR"),
    ("Riksdag", "SWE"), ("Sveriges riksdag", "SWE"), ("Eduskunta", "FIN"), ("Finlands riksdag", "FIN"),
    ("Althing", "ISL"), ("Alþingi", "ISL"), ("Oireachtas", "IRL"), ("Dáil Éireann", "IRL"),
    ("Saeima", "LVA"), ("Seimas", "LTU"), ("Riigikogu", "EST"), ("Hrvatski sabor", "HRV"),
    ("Országgyűlés", "HUN"), ("Narodno Sabranie", "BGR"), ("Kuvendi i Shqipërisë", "ALB"),
    ("German Bundestag", "DEU"), ("German Bundesrat", "DEU"), ("Swiss Federal Assembly", "CHE"),
    ("Ständerat", "CHE"), ("French Senate", "FRA"), ("Assemblée nationale (France)", "FRA"),
    ("Congreso de los Diputados", "ESP"), ("Cortes Generales", "ESP"), ("Camera dei deputati", "ITA"),
    ("Senato della Repubblica", "ITA"), ("Assembleia da República (Portugal)", "PRT"),
    ("Assembleia da República de Moçambique", "MOZ"), ("Tweede Kamer", "NLD"), ("Staten-Generaal", "NLD"),
    ("Belgian Chamber of Representatives", "BEL"), ("UK Parliament", "GBR"), ("House of Lords", "GBR"),
    ("House of Commons of Canada", "CAN"), ("Senate of Canada", "CAN"), ("Lok Sabha", "IND"),
    ("Rajya Sabha", "IND"), ("Jogorku Kenesh", "KGZ"), ("Milli Majlis", "AZE"),
    ("National Assembly of Armenia", "ARM"), ("Legislative Yuan", "TWN"), ("Quốc hội Việt Nam", "VNM"),
    ("Supreme People's Assembly", "PRK"), ("Palestinian Legislative Council", "PSE"),
    ("Tshogdu", "BTN"), ("Gyelyong Tshogde", "BTN"), ("Maneaba ni Maungatabu", "KIR"),
    ("Fale Alea", "TON"), ("Olbiil Era Kelulau", "PLW"), ("Parlamento Nacional de Timor-Leste", "TLS"),
    ("Shura Council of Qatar", "QAT"), ("Council of Oman", "OMN"), ("Federal National Council (United Arab Emirates)", "ARE"),
    ("Assemblée nationale du Sénégal", "SEN"), ("Assemblée nationale du Cameroun", "CMR"),
    ("Parliament of Ghana", "GHA"), ("Parliament of Namibia", "NAM"),
    # heads of state / government
    ("Élysée", "FRA"), ("Matignon", "FRA"), ("Quirinale", "ITA"), ("Palazzo Chigi", "ITA"),
    ("Bundespräsident", "DEU"), ("Bundeskanzleramt (Germany)", "DEU"), ("Statsministeriet", "DNK"),
    ("Statsrådsberedningen", "SWE"), ("Valtioneuvoston kanslia", "FIN"), ("Department of the Taoiseach", "IRL"),
    ("Áras an Uachtaráin", "IRL"), ("Swiss Federal Council", "CHE"), ("Schweizerischer Bundesrat", "CHE"),
    ("Kancelaria Prezesa Rady Ministrów", "POL"), ("President of Poland", "POL"),
    ("Office of the President of Ukraine", "UKR"), ("President of the Russian Federation", "RUS"),
    ("Presidency of Mexico", "MEX"), ("Palacio de La Moneda", "CHL"), ("Palacio de Miraflores", "VEN"),
    ("Saudi Royal Court", "SAU"), ("Office of the Supreme Leader of Iran", "IRN"),
    ("Presidency of Bosnia and Herzegovina", "BIH"), ("Captains Regent of San Marino", "SMR"),
    ("Prince's Palace of Monaco", "MCO"), ("Govern d'Andorra", "AND"),
])
def test_names(classify, name, owner):
    result = classify(name)
    assert (result.category, result.owner) == ("government", owner), (name, result)


@pytest.mark.parametrize("url, owner, publisher", [
    ("https://www.nab.gov.bt/en/business/acts", "BTN", "National Assembly of Bhutan"),
    ("http://nab.gov.bt/", "BTN", "National Assembly of Bhutan"),
])
def test_urls(classify, url, owner, publisher):
    result = classify(url)
    assert (result.category, result.owner) == ("government", owner)
    assert result.publisher.name == publisher


@pytest.mark.parametrize("name", [
    # generic names several states bear must stay out of this file's names
    "National Assembly", "Senate", "Chamber of Deputies", "House of Commons", "Bundesrat",
    "Nationalrat", "Federal Council", "Landtag", "Riksdagen", "Assembleia da República",
    "Assemblée nationale", "Bundeskanzleramt", "Presidencia de la República", "Majlis al-Shura",
])
def test_generic_names_not_claimed(entries, name):
    names = {n.casefold() for p in entries for n in (p.name, *p.aliases)}
    assert name.casefold() not in names


@pytest.mark.parametrize("url", [
    "https://fake-nab.gov.bt.example/", "https://nab.gov.bt.evil.example/",
    "https://notnab.gov.bt.evil.example/", "https://folketing.blogspot.com/",
    "https://elysee.wordpress.com/", "https://riksdag.github.io/",
])
def test_lookalikes_not_government(classify, url):
    result = classify(url)
    assert result.category != "government", (url, result)
    assert result.publisher is None or result.publisher.name != "National Assembly of Bhutan"


@pytest.mark.parametrize("name", ["Folkething", "Riksdagen", "Storthing Watch", "Eliseo"])
def test_near_miss_names_not_government(classify, name):
    assert classify(name).category != "government"


@pytest.mark.parametrize("name", ["National Assembly", "Senate", "Bundesrat", "Assembleia da República",
                                  "Presidencia de la República"])
def test_generic_names_give_no_owner(classify, name):
    result = classify(name)
    assert result.owner is None, (name, result.owner)


def test_minimums(entries):
    parl = {p.owner for p in entries if p.group == "parliaments"}
    heads = {p.owner for p in entries if p.group == "heads-of-state"}
    assert len(parl) >= 85
    assert len(heads) >= 60
    assert len(entries) >= 200


def test_entries_well_formed(entries):
    for p in entries:
        assert p.category == "government"
        assert p.group in {"parliaments", "heads-of-state"}
        assert p.id.startswith(f"gov-{p.owner.lower()}-"), p.id
        assert "List of" in p.basis or "Parline" in p.basis, p.id
        # at least one name carries the country or a form unique to it
        assert p.aliases, p.id
