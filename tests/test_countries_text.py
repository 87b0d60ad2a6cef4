"""Countries named in running text (issue 13): English adjectives ("Brazilian Ministry of
Justice") and names in other languages ("Ministère ... du Japon", "Российской Федерации",
"日本"), written into rules/countries.yaml by tools/build_country_names.py."""

import re
import subprocess
import sys
from pathlib import Path

import pytest

from evidence_check.names import fold

ROOT = Path(__file__).resolve().parents[1]
COUNTRIES = ROOT / "rules" / "countries.yaml"


@pytest.fixture(scope="module")
def in_text(rules):
    return rules.countries.in_text()


@pytest.mark.parametrize("text, alpha3", [
    # adjectives
    ("Brazilian", "BRA"), ("British", "GBR"), ("Russian", "RUS"), ("Chinese", "CHN"), ("Japanese", "JPN"),
    ("South African", "ZAF"), ("Saudi", "SAU"), ("Emirati", "ARE"), ("Dutch", "NLD"), ("Swiss", "CHE"),
    ("Filipino", "PHL"), ("Philippine", "PHL"), ("South Korean", "KOR"), ("North Korean", "PRK"),
    ("Sudanese", "SDN"), ("South Sudanese", "SSD"), ("Nigerien", "NER"), ("Nigerian", "NGA"),
    ("Ivorian", "CIV"), ("Bissau-Guinean", "GNB"), ("Equatorial Guinean", "GNQ"), ("Papua New Guinean", "PNG"),
    ("Burkinabe", "BFA"), ("Monegasque", "MCO"), ("Taiwanese", "TWN"), ("Palestinian", "PSE"),
    # already aliases, still read in text
    ("U.S.", "USA"), ("US", "USA"), ("UK", "GBR"),
    # other languages: CLDR short names
    ("Japon", "JPN"), ("Allemagne", "DEU"), ("Deutschland", "DEU"), ("Brésil", "BRA"), ("Россия", "RUS"),
    ("日本", "JPN"), ("中国", "CHN"), ("美國", "USA"), ("مصر", "EGY"), ("Estados Unidos", "USA"),
    ("Royaume-Uni", "GBR"), ("Vereinigte Staaten", "USA"), ("Costa do Marfim", "CIV"), ("Birmanie", "MMR"),
    # hand-written long names, genitives and abbreviations
    ("Российской Федерации", "RUS"), ("России", "RUS"), ("Fédération de Russie", "RUS"),
    ("República Federativa do Brasil", "BRA"), ("Bundesrepublik Deutschland", "DEU"), ("США", "USA"),
    ("Соединённых Штатов Америки", "USA"), ("Соединенных Штатов Америки", "USA"), ("EE. UU.", "USA"),
    ("中华人民共和国", "CHN"), ("Китайской Народной Республики", "CHN"), ("Французской Республики", "FRA"),
    ("République démocratique du Congo", "COD"), ("République du Congo", "COG"), ("جمهورية مصر العربية", "EGY"),
    ("سلطنة عمان", "OMN"), ("Государства Палестина", "PSE"), ("Святого Престола", "VAT"),
])
def test_reads_country_in_text(in_text, text, alpha3):
    assert in_text.get(fold(text)) == alpha3


def test_the_issue_examples(in_text):
    assert in_text["brazilian"] == "BRA"
    assert in_text["japon"] == "JPN"
    assert in_text[fold("российской федерации")] == "RUS"
    assert in_text["allemagne"] == "DEU"
    assert in_text[fold("日本")] == "JPN"


@pytest.mark.parametrize("text, alpha3", [
    ("Brasil", "BRA"), ("Japon", "JPN"), ("Российская Федерация", "RUS"), ("Alemania", "DEU"),
    ("République française", "FRA"), ("日本", "JPN"), ("Kongo-Kinshasa", "COD"), ("Kongo-Brazzaville", "COG"),
])
def test_find_accepts_other_names(rules, text, alpha3):
    assert rules.countries.find(text).alpha3 == alpha3


# Shared by two states, informal, or an everyday word, first name or city: never a country.
@pytest.mark.parametrize("text", [
    "Congolese", "Korean", "Dominican", "Guinean", "American", "Kiwi", "Central African", "Persian",
    "Island", "Grenade", "Granada", "Maurice", "Mauricio", "Dominique", "Salvador", "Того", "Guiana",
])
def test_ambiguous_words_name_no_country(in_text, text):
    assert fold(text) not in in_text


def test_no_adjective_belongs_to_two_countries(rules):
    seen = {}
    for country in rules.countries:
        for adjective in country.adjectives:
            key = fold(adjective)
            assert seen.setdefault(key, country.alpha3) == country.alpha3, (adjective, seen[key], country.alpha3)


def test_no_adjective_is_another_countrys_name(rules):
    for country in rules.countries:
        for adjective in country.adjectives:
            held = rules.countries.by_key.get(fold(adjective))
            assert held is None or held.alpha3 == country.alpha3, (adjective, country.alpha3, held.alpha3)


def _no_adjective_section() -> set[str]:
    """The alpha3 codes the header explains under '# no adjective:'."""
    codes, inside = set(), False
    for line in COUNTRIES.read_text(encoding="utf-8").splitlines():
        if line == "# no adjective:":
            inside = True
            continue
        if inside:
            if not line.startswith("#   "):
                break
            match = re.match(r"#   ([A-Z]{3}(?:, [A-Z]{3})*): \S", line)
            if match:
                codes.update(match.group(1).split(", "))
    return codes


def test_every_member_has_an_adjective_or_a_reason(rules):
    explained = _no_adjective_section()
    assert {"USA", "COD", "COG", "DMA", "DOM", "GIN"} <= explained
    members = [c for c in rules.countries if c.status == "member"]
    assert len(members) == 193
    missing = [c.alpha3 for c in members if not c.adjectives and c.alpha3 not in explained]
    assert missing == []
    # and a reason is never left behind for a state that has an adjective after all
    assert [a3 for a3 in explained if rules.countries.get(a3).adjectives] == []


def test_coverage(rules, in_text):
    countries = list(rules.countries)
    assert sum(len(c.adjectives) for c in countries) >= 200
    assert sum(len(c.other_names) for c in countries) >= 1700
    assert len(in_text) >= 2400
    # every state has a name in every script the tool reads
    for country in countries:
        scripts = {_script(name) for name in country.other_names}
        assert {"cyrillic", "arabic", "han"} <= scripts, country.alpha3


def _script(name: str) -> str:
    if re.search(r"[\u0400-\u04ff]", name):
        return "cyrillic"
    if re.search(r"[\u0600-\u06ff]", name):
        return "arabic"
    if re.search(r"[\u4e00-\u9fff]", name):
        return "han"
    return "latin"


def test_header_credits_cldr():
    header = COUNTRIES.read_text(encoding="utf-8").split("\ncountries:\n")[0]
    assert "Unicode CLDR" in header and "Babel" in header and "Unicode License v3" in header
    licence = (ROOT / "rules" / "countries.LICENSE").read_text(encoding="utf-8")
    assert "UNICODE LICENSE V3" in licence and "Permission is hereby granted" in licence


def test_generator_is_up_to_date():
    """The file is what tools/build_country_names.py writes (needs Babel, a dev-time tool)."""
    pytest.importorskip("babel")
    done = subprocess.run([sys.executable, str(ROOT / "tools" / "build_country_names.py"), "--check"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("text, alpha3", [
    ("中華人民共和国国家統計局", "CHN"),         # Japanese formal name (CLDR's ja name is 中国)
    ("大韓民国統計庁", "KOR"),
    ("朝鮮民主主義人民共和国外務省", "PRK"),
    ("ロシア連邦外務省", "RUS"),
    ("중화인민공화국 외교부", "CHN"),            # Korean formal name (CLDR's ko name is 중국)
])
def test_a_body_named_with_a_japanese_or_korean_formal_name_is_its_states(checker, text, alpha3):
    classification = checker.check(text).classification
    assert (classification.category, classification.owner) == ("government", alpha3)


# -- places: a state's first-level subdivisions (tools/import_places.py, from Debian's iso-codes)

@pytest.mark.parametrize("text, alpha3", [
    ("Ontario Ministry of Transportation. Annual report 2021.", "CAN"),
    ("Gouvernement du Québec. Plan d'action 2022.", "CAN"),
    ("Government of Maharashtra, Department of Women and Child Development", "IND"),
    ("California Department of Justice. Human Trafficking in California.", "USA"),
    ("New South Wales Department of Health", "AUS"),
    ("Gobierno de la Ciudad de México", "MEX"),
    ("Министерство внутренних дел Республики Татарстан", "RUS"),  # a republic, in the genitive
    ("Правительство Краснодарского края. Постановление.", "RUS"),  # a krai, in the genitive
    ("Ministry of Health, Ontario", "CAN"),  # the place in the next clause
    ("Generalitat de Catalunya. Informe anual 2022.", "ESP"),  # ISO's "Catalunya [Cataluña]": both names
    ("Prefeitura de São Paulo. Plano Municipal de Saúde.", "BRA"),
    ("Gobernación de Antioquia. Informe de gestión.", "COL"),
])
def test_a_body_of_a_province_is_its_states(checker, text, alpha3):
    classification = checker.check(text).classification
    assert (classification.category, classification.owner) == ("government", alpha3)


@pytest.mark.parametrize("text", ["Ontario", "Québec", "Tatarstan", "Maharashtra"])
def test_a_place_is_never_a_country_on_its_own(rules, checker, text):
    from evidence_check.countries import UnknownCountry

    with pytest.raises(UnknownCountry):
        rules.countries.find(text)  # no delegation, "about" or "cited by" is a province
    assert checker.check(text).classification.category != "government"


def test_places_name_no_country_and_no_two_states(rules):
    countries = rules.countries.in_text()
    seen: dict[str, str] = {}
    for country in rules.countries:
        for place in country.places:
            key = fold(place)
            assert key not in countries, f"{country.alpha3}: {place!r} is a country's name"
            assert seen.setdefault(key, country.alpha3) == country.alpha3, f"{place!r}: two states"
    assert len(seen) > 3000 and sum(1 for c in rules.countries if c.places) > 120


ISO_CODES = Path("/usr/share/iso-codes/json/iso_3166-2.json")


@pytest.mark.skipif(not ISO_CODES.is_file(), reason="Debian's iso-codes is not installed (a dev-time input)")
def test_places_generator_is_up_to_date():
    """The places are what tools/import_places.py writes from Debian's iso-codes."""
    done = subprocess.run([sys.executable, str(ROOT / "tools" / "import_places.py"), "--input",
                           str(ISO_CODES.parents[1]), "--check"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


def test_places_licence_is_kept():
    header = COUNTRIES.read_text(encoding="utf-8").split("\ncountries:\n")[0]
    assert "iso-codes" in header and "LGPL-2.1+" in header
    licence = (ROOT / "rules" / "countries.places.LICENSE").read_text(encoding="utf-8")
    assert "iso-codes" in licence and "Lesser General Public License" in licence


def test_text_keys_are_made_once_and_travel_in_the_compiled_ruleset(rules):
    import copy
    import pickle

    from evidence_check.countries import Country

    countries = copy.deepcopy(rules.countries)
    first = countries.in_text()
    assert countries.in_text() is first and countries.places_in_text() is countries.places_in_text()
    assert first["japan"] == "JPN" and countries.places_in_text()["ontario"] == "CAN"
    again = pickle.loads(pickle.dumps(countries))  # what the compiled cache stores and reads
    assert again._text_keys == first
    countries.add(Country(alpha3="XXA", alpha2="XA", name="Elbonia", common="Elbonia"))
    assert countries.in_text()["elbonia"] == "XXA"  # a new country: made again
