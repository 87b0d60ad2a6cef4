"""State bodies by the names citations give them, round b (rules/registry/gov_names_b.yaml):
development agencies, national visions, planning bodies, state research institutes, trade and
investment promotion agencies, space agencies, and UN-system names. Each name gives the right class
and owner; bare names other bodies bear stay without an owner; lookalike hosts gain nothing."""

import pytest
import yaml
from pathlib import Path

from evidence_check import Checker
from evidence_check.classify import Classifier
from evidence_check.urls import parse

FILE = Path(__file__).resolve().parent.parent / "rules" / "registry" / "gov_names_b.yaml"


@pytest.fixture(scope="module")
def check(rules):
    checker = Checker(rules)
    return lambda text: checker.check(text).classification


@pytest.fixture(scope="module")
def classify(rules):
    c = Classifier(rules)
    return lambda url: c(parse(url))


@pytest.mark.parametrize("name, owner", [
    ("Norad (Norway)", "NOR"),
    ("Direktoratet for utviklingssamarbeid", "NOR"),
    ("Sida (Sweden)", "SWE"),
    ("Styrelsen för internationellt utvecklingssamarbete", "SWE"),
    ("SDC (Switzerland)", "CHE"),
    ("AFD (France)", "FRA"),
    ("LuxDev", "LUX"),
    ("Camões, I.P.", "PRT"),
    ("Polish Aid", "POL"),
    ("Agência Brasileira de Cooperação", "BRA"),
    ("AMEXCID", "MEX"),
    ("APC-Colombia", "COL"),
    ("AGCID", "CHL"),
    ("Development Partnership Administration", "IND"),
    ("MASHAV", "ISR"),
    ("Kuwait Fund for Arab Economic Development", "KWT"),
    ("Abu Dhabi Fund for Development", "ARE"),
    ("Saudi Fund for Development", "SAU"),
    ("Saudi Vision 2030", "SAU"),
    ("رؤية السعودية 2030", "SAU"),
    ("Kenya Vision 2030", "KEN"),
    ("Egypt Vision 2030", "EGY"),
    ("UAE Vision 2021", "ARE"),
    ("Oman Vision 2040", "OMN"),
    ("New Kuwait", "KWT"),
    ("Uganda Vision 2040", "UGA"),
    ("Vision 2030 Jamaica", "JAM"),
    ("Wawasan Brunei 2035", "BRN"),
    ("Made in China 2025", "CHN"),
    ("NITI Aayog", "IND"),
    ("Bappenas", "IDN"),
    ("NEDA (Philippines)", "PHL"),
    ("NESDC", "THA"),
    ("National Institute for Defense Studies", "JPN"),
    ("防衛研究所", "JPN"),
    ("IFANS", "KOR"),
    ("Institute of Foreign Affairs and National Security", "KOR"),
    ("Prince Saud Al Faisal Institute for Diplomatic Studies", "SAU"),
    ("DRDO", "IND"),
    ("Dstl", "GBR"),
    ("DST Group", "AUS"),
    ("Totalförsvarets forskningsinstitut", "SWE"),
    ("JOGMEC", "JPN"),
    ("International Development Research Centre", "CAN"),
    ("Infocomm Media Development Authority", "SGP"),
    ("Luonnonvarakeskus", "FIN"),
    ("NEDO", "JPN"),
    ("NRC Canada", "CAN"),
    ("KOTRA", "KOR"),
    ("대한무역투자진흥공사", "KOR"),
    ("Business France", "FRA"),
    ("GTAI", "DEU"),
    ("ICEX", "ESP"),
    ("IDA Ireland", "IRL"),
    ("Invest India", "IND"),
    ("Enterprise Singapore", "SGP"),
    ("InvestHK", "CHN"),
    ("GAFI Egypt", "EGY"),
    ("Thailand Board of Investment", "THA"),
    ("BKPM", "IDN"),
    ("State Space Corporation Roscosmos", "RUS"),
    ("KARI", "KOR"),
    ("ISA (Iran)", "IRN"),
    ("SANSA", "ZAF"),
    ("Kazcosmos", "KAZ"),
    ("Agencia Espacial Mexicana", "MEX"),
    # names other files already give (kept so a change elsewhere is seen)
    ("Norwegian Agency for Development Cooperation", "NOR"),
    ("JETRO", "JPN"),
    ("Finnida", "FIN"),
])
def test_names_give_the_owning_government(check, name, owner):
    c = check(name)
    assert (c.category, c.owner) == ("government", owner), (name, c.category, c.owner)


@pytest.mark.parametrize("name", [
    "Counter-Terrorism Implementation Task Force",
    "CTITF",
    "UNCCT",
    "Analytical Support and Sanctions Monitoring Team",
    "Panel of Experts on Yemen",
    "Office of the SRSG for Children and Armed Conflict",
    "Office of the SRSG on Sexual Violence in Conflict",
    "SRSG on Violence against Children",
])
def test_un_names_are_un(check, name):
    c = check(name)
    assert (c.category, c.owner) == ("un", None), (name, c.category, c.owner)


@pytest.mark.parametrize("name", [
    "Norad",            # also NORAD, the US-Canadian air-defence command
    "Sida",             # SIDA: AIDS in French and Spanish
    "SDC", "AFD", "TICA", "NEDA", "NIDS", "FOI", "Luke", "IDRC", "ASI", "KASA",
    "Vision 2030",      # several states
    "Vision 2040",
    "Belt and Road Initiative",
])
def test_generic_names_stay_without_owner(check, name):
    c = check(name)
    assert c.owner is None, (name, c.category, c.owner)
    assert c.category != "government", (name, c.category)


@pytest.mark.parametrize("url, owner", [
    ("https://luxdev.lu/en/agency", "LUX"),
    ("https://www.instituto-camoes.pt/", "PRT"),
    ("https://www.kuwait-fund.org/en/web/kfund", "KWT"),
    ("https://www.adfd.ae/en", "ARE"),
    ("https://www.oman2040.om/", "OMN"),
    ("https://www.idrc-crdi.ca/en", "CAN"),
    ("https://www.idrc.ca/", "CAN"),
    ("https://www.luke.fi/en/statistics", "FIN"),
    ("https://www.kotra.or.kr/english/", "KOR"),
    ("https://www.businessfrance.fr/", "FRA"),
    ("https://www.gtai.de/de/trade", "DEU"),
    ("https://www.icex.es/", "ESP"),
    ("https://www.idaireland.com/", "IRL"),
])
def test_domains_give_the_owning_government(classify, url, owner):
    c = classify(url)
    assert (c.category, c.owner) == ("government", owner), (url, c.category, c.owner)


@pytest.mark.parametrize("url", [
    "https://fake-luxdev.lu/",
    "https://luxdev.lu.evil.example/",
    "https://notkotra.or.kr/",
    "https://kotra.or.kr.evil.example/",
    "https://businessfrance.blogspot.com/",
    "https://gtai.de.example.com/",
    "https://myluke.fi/",
    "https://oman2040.om.evil.example/",
])
def test_lookalikes_gain_nothing(classify, url):
    c = classify(url)
    assert c.category != "government", (url, c.category, c.owner)


def test_minimum_counts():
    data = yaml.safe_load(FILE.read_text(encoding="utf-8"))
    pubs = data["publishers"]
    names = sum(1 + len(p.get("aliases") or []) for p in pubs)
    assert len(pubs) >= 115
    assert names >= 430
    assert all(p["category"] in ("government", "un") for p in pubs)
    assert all(p.get("owner") for p in pubs if p["category"] == "government")
