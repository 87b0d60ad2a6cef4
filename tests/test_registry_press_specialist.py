"""press_specialist.yaml (issue 12, class 4): specialist, trade and regional-affairs press.

Every outlet is rejected (press is never proof), each group holds the outlets it should,
the file keeps a minimum size and spread, and no lookalike gains a trusted class."""

from collections import Counter

import pytest
import yaml

from conftest import ROOT

MARK = "Re-classified (audit 2026-12)"  # an entry found not to be press (tests/test_registry_press_audit.py)

TRUSTED = {"un", "government", "reuters", "state_media", "ngo"}
FILE = ROOT / "rules" / "registry" / "press_specialist.yaml"


@pytest.fixture(scope="module")
def entries():
    return yaml.safe_load(FILE.read_text(encoding="utf-8"))["publishers"]


FACTS = [
    # science and engineering
    ("https://spectrum.ieee.org/semiconductors/x", "pspec-ieee-spectrum", "magazines"),
    ("https://www.chemistryworld.com/news/x/4012345.article", "pspec-chemistry-world", "magazines"),
    ("https://eos.org/articles/x", "pspec-eos-agu", "magazines"),
    ("https://phys.org/news/2021-01-x.html", "pspec-phys-org", "news-sites"),
    ("https://www.carbonbrief.org/analysis-x/", "pspec-carbon-brief", "news-sites"),
    # technology
    ("https://www.bleepingcomputer.com/news/security/x/", "pspec-bleepingcomputer", "news-sites"),
    ("https://techpoint.africa/2022/01/01/x/", "pspec-techpoint-africa", "news-sites"),
    ("https://gigazine.net/news/20210101-x/", "pspec-gigazine", "news-sites"),
    # business
    ("https://www.thebanker.com/World/x", "pspec-the-banker", "magazines"),
    ("https://www.centralbanking.com/central-banks/x", "pspec-central-banking", "magazines"),
    # aviation, space, defence
    ("https://news.usni.org/2022/01/01/x", "pspec-usni", "magazines"),
    ("https://www.usni.org/magazines/proceedings/2022/january/x", "pspec-usni", "magazines"),
    ("https://www.airandspaceforces.com/article/x/", "pspec-air-and-space-forces", "magazines"),
    ("https://ukdefencejournal.org.uk/x/", "pspec-uk-defence-journal", "news-sites"),
    ("https://idrw.org/x/", "pspec-idrw", "news-sites"),
    ("https://www.opex360.com/2022/01/01/x/", "pspec-opex360", "news-sites"),
    ("https://www.defesanet.com.br/x", "pspec-defesanet", "news-sites"),
    ("https://www.aereo.jor.br/2022/01/01/x/", "pspec-poder-aereo", "news-sites"),
    # maritime
    ("https://www.joc.com/maritime-news/x", "pspec-joc", "magazines"),
    ("https://theloadstar.com/x/", "pspec-the-loadstar", "news-sites"),
    ("https://safety4sea.com/x/", "pspec-safety4sea", "news-sites"),
    ("https://www.portalportuario.cl/x/", "pspec-portal-portuario", "news-sites"),
    # energy and mining
    ("https://www.ogj.com/x", "pspec-oil-and-gas-journal", "magazines"),
    ("https://www.mees.com/2022/1/1/x", "pspec-mees", "magazines"),
    ("https://www.staffettaonline.com/articolo.aspx?id=1", "pspec-staffetta-quotidiana", "newspapers"),
    # education
    ("https://www.edweek.org/policy-politics/x/2022/01", "pspec-education-week", "newspapers"),
    ("https://schoolsweek.co.uk/x/", "pspec-schools-week", "newspapers"),
    ("https://wonkhe.com/blogs/x/", "pspec-wonkhe", "news-sites"),
    ("https://www.letudiant.fr/x.html", "pspec-letudiant", "magazines"),
    # religion
    ("https://www.ncronline.org/news/x", "pspec-ncronline", "newspapers"),
    ("https://www.jta.org/2022/01/01/x", "pspec-jta", "wire"),
    ("https://www.katholisch.de/artikel/12345-x", "pspec-katholisch-de", "news-sites"),
    ("https://zenit.org/2022/01/01/x/", "pspec-zenit", "wire"),
    ("https://www.baptistpress.com/resource-library/news/x/", "pspec-baptist-press", "wire"),
    ("https://www.hinduismtoday.com/magazine/x/", "pspec-hinduism-today", "magazines"),
    # regional and international affairs
    ("https://www.africa-confidential.com/article/id/1/x", "pspec-africa-confidential", "magazines"),
    ("https://www.africaintelligence.com/central-africa/2022/01/01/x", "pspec-africa-intelligence", "magazines"),
    ("https://raseef22.net/article/1-x", "pspec-raseef22", "news-sites"),
    ("https://newlinesmag.com/reportage/x/", "pspec-new-lines", "magazines"),
    ("https://nacla.org/news/x", "pspec-nacla", "magazines"),
    # general outlets of smaller countries
    ("https://www.tahiti-infos.com/x_a1.html", "pspec-tahiti-infos", "news-sites"),
    ("https://www.mes.ad/x", "pspec-diari-mes", "newspapers"),
    ("https://www.zimeye.org/x/", "pspec-zimeye", "news-sites"),
]


@pytest.mark.parametrize("url, publisher, group", FACTS)
def test_outlets_are_rejected_and_named(classify, entries, url, publisher, group):
    result = classify(url)
    entry = next(e for e in entries if e["id"] == publisher)
    if MARK in entry["basis"]:
        assert result.category == "unlisted" and result.publisher.id == publisher, url
        return
    assert result.category == "rejected", url
    assert result.publisher is not None and result.publisher.id == publisher, url
    entry = next(e for e in entries if e["id"] == publisher)
    assert entry["group"] == group


@pytest.mark.parametrize("name, publisher", [
    ("IEEE Spectrum", "pspec-ieee-spectrum"),
    ("Chemistry World", "pspec-chemistry-world"),
    ("National Catholic Reporter", "pspec-ncronline"),
    ("Jewish Telegraphic Agency", "pspec-jta"),
    ("Africa Confidential", "pspec-africa-confidential"),
    ("Oil & Gas Journal", "pspec-oil-and-gas-journal"),
    ("Middle East Economic Survey", "pspec-mees"),
    ("Education Week", "pspec-education-week"),
])
def test_names_find_the_outlet(rules, name, publisher):
    found = rules.index.by_name(name)
    assert found is not None and found.id == publisher, name


def test_every_entry_is_rejected_press_with_basis(entries):
    for e in entries:
        if MARK in e["basis"]:
            continue  # not press after all: tests/test_registry_press_audit.py checks it
        assert e["category"] == "rejected", e["id"]
        assert e["id"].startswith("pspec-"), e["id"]
        assert e["group"] in {"magazines", "news-sites", "newspapers", "wire", "aggregators"}, e["id"]
        assert e.get("owner") is None, e["id"]
        assert e["domains"] and len(e["basis"]) > 60, e["id"]


def test_minimum_counts_and_spread(entries):
    entries = [e for e in entries if MARK not in e["basis"]]
    assert len(entries) >= 165  # press only: 8 institutions' magazines were re-classified in 2026-12
    groups = Counter(e["group"] for e in entries)
    assert groups["magazines"] >= 44
    assert groups["news-sites"] >= 90
    assert groups["newspapers"] >= 10
    assert groups["wire"] >= 4
    countries = {e["country"] for e in entries if e.get("country")}
    assert len(countries) >= 45


def test_academic_and_think_tank_publications_stay_off(classify):
    # journals, university and think-tank publications are not press: not here
    for url in ("https://hbr.org/2020/01/x", "https://insightcrime.org/news/x/",
                "https://www.americasquarterly.org/article/x/"):
        result = classify(url)
        assert result.publisher is None or not result.publisher.id.startswith("pspec-"), url


@pytest.mark.parametrize("url", [
    "https://fake-spectrum.ieee.org.example/x",
    "https://notspectrum-ieee.org/x",
    "https://spectrum.ieee.org.evil.example/x",
    "https://fake-chemistryworld.com/x",
    "https://chemistryworld.com.evil.example/x",
    "https://usni.org.evil.example/x",
    "https://jta.org.evil.example/x",
    "https://myjta.org/x",
    "https://africa-confidential.blogspot.com/x",
    "https://edweek.blogspot.com/x",
    "https://kath.ch.evil.example/x",
])
def test_lookalikes_never_trusted(classify, url):
    result = classify(url)
    assert result.category not in TRUSTED, url
    assert result.publisher is None or not result.publisher.id.startswith("pspec-"), url
