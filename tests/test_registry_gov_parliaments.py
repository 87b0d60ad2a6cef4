"""National parliament chambers added in round 3 (rules/registry/gov_parliaments.yaml).

Facts (chamber URLs and names -> government of which state), a minimum count, the entry shape, and
lookalikes that must never gain a trusted class or the wrong owner.
"""

import pytest

from evidence_check.classify import Classifier
from evidence_check.urls import parse

FILE = "registry/gov_parliaments.yaml"
TRUSTED = ("government", "un", "reuters", "state_media", "ngo")


@pytest.fixture(scope="module")
def entries(rules):
    return [p for p in rules.index.publishers if p.origin.rpartition(":")[0].endswith(FILE)]


@pytest.fixture(scope="module")
def check(rules):
    return Classifier(rules)


@pytest.mark.parametrize("url, owner, publisher_id", [
    ("https://www.nationalcouncil.bt/page/composition-and-functions", "BTN", "gov-btn-parl-national-council"),
    ("http://en.nac.org.kh/group-article/2", "KHM", "gov-khm-parl-national-assembly"),
    ("http://www.national-assembly.org.kh/", "KHM", "gov-khm-parl-national-assembly"),
    ("https://www.assemblee-nationale.dj/", "DJI", "gov-dji-parl-assemblee"),
    ("https://www.senate.jo/en", "JOR", "gov-jor-parl-senate"),
    ("https://parliament.ly/", "LBY", "gov-lby-parl-hor"),
    ("https://www.conseil-national.mc/top-post/page/27/", "MCO", "gov-mco-parl-conseil-national"),
    ("https://www.statecouncil.om/About-Us/About-the-Majlis", "OMN", "gov-omn-parl-state-council"),
    ("https://www.shura.qa/en/Pages/MediaCenter/News/23102023", "QAT", "gov-qat-parl-shura"),
    ("https://www.consigliograndeegenerale.sm/", "SMR", "gov-smr-parl-consiglio"),
    ("https://www.ds-rs.si/sl/o-drzavnem-svetu/splosno", "SVN", "gov-svn-parl-drzavni-svet"),
    ("http://parlament.tj/", "TJK", "gov-tjk-parl-majlisi-oli"),
])
def test_chamber_urls(check, url, owner, publisher_id):
    result = check(parse(url))
    assert (result.category, result.owner) == ("government", owner)
    assert result.publisher is not None and result.publisher.id == publisher_id


@pytest.mark.parametrize("name, owner", [
    ("People's National Assembly of Algeria", "DZA"), ("Al-Majlis Al-Chaabi Al-Watani", "DZA"),
    ("Assemblée populaire nationale (Algérie)", "DZA"), ("Council of the Nation of Algeria", "DZA"),
    ("Gyelyong Tshogde", "BTN"), ("National Council of Bhutan", "BTN"),
    ("រដ្ឋសភា", "KHM"), ("National Assembly of the Kingdom of Cambodia", "KHM"),
    ("Assemblée nationale de Djibouti", "DJI"),
    ("Dewan Perwakilan Daerah Republik Indonesia", "IDN"), ("Regional Representative Council of Indonesia", "IDN"),
    ("Majelis Permusyawaratan Rakyat Republik Indonesia", "IDN"),
    ("Islamic Consultative Assembly", "IRN"), ("مجلس شورای اسلامی", "IRN"),
    ("Senate of Jordan", "JOR"), ("مجلس الأعيان الأردني", "JOR"),
    ("Mazhilis", "KAZ"), ("Mazhilis of Kazakhstan", "KAZ"),
    ("Libyan House of Representatives", "LBY"),
    ("Dewan Rakyat", "MYS"), ("Dewan Negara", "MYS"),
    ("Conseil National de Monaco", "MCO"), ("Majlis A'Dawla", "OMN"), ("State Council of Oman", "OMN"),
    ("Shura Council of Qatar", "QAT"), ("Consiglio Grande e Generale", "SMR"),
    ("Državni svet Republike Slovenije", "SVN"),
    ("Majlisi Namoyandagon", "TJK"), ("Majlisi Milli", "TJK"),
    ("Маҷлиси намояндагони Маҷлиси Олии Ҷумҳурии Тоҷикистон", "TJK"),
])
def test_chamber_names(check, name, owner):
    result = check(parse(name))
    assert (result.category, result.owner) == ("government", owner)


def test_entry_shape_and_count(entries):
    assert len(entries) >= 18
    assert sum(len(p.domains) for p in entries) >= 10
    for p in entries:
        assert p.id.startswith(f"gov-{p.owner.lower()}-parl-")
        assert p.category == "government" and p.group == "parliaments"
        assert p.basis and len(p.basis) > 40


def test_no_generic_name_alone(entries):
    generic = {"national assembly", "senate", "parliament", "chamber of deputies", "house of representatives",
               "national council", "state council", "shura council", "assemblée nationale", "sénat"}
    for p in entries:
        for name in (p.name, *p.aliases):
            assert name.casefold() not in generic, (p.id, name)


@pytest.mark.parametrize("url", [
    "https://fake-nationalcouncil.bt/", "https://nationalcouncil.bt.evil.example/",
    "https://shura.qa.evil.example/", "https://notshura.qa/", "https://parliament.ly.example.com/",
    "https://parlament.tj.blogspot.com/", "https://ds-rs.si-login.example/", "https://xnac.org.kh/",
])
def test_lookalikes_not_trusted(check, url):
    result = check(parse(url))
    assert result.category not in TRUSTED or result.owner not in {
        "BTN", "QAT", "LBY", "TJK", "SVN", "KHM"}, (url, result.category, result.owner)
