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
