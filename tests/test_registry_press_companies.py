"""press_companies.yaml: news-media companies and groups cited by name as the publisher ("Vox Media",
"Axel Springer SE", "Grupo Clarín", "Bennett, Coleman & Co. Ltd."): press, so `rejected`, each with
its own publisher id and country. A company's corporate site is not press: its domains sit in a
companion `<id>-site` entry, `unlisted` like other companies' sites.

The file keeps a minimum size; names find their company; corporate domains are the company's site;
state media and public-service broadcasters stay off; common words and surnames left out on purpose
do not find a company here; and no lookalike gains a trusted class."""

import pytest
import yaml

from conftest import ROOT

TRUSTED = {"un", "government", "reuters", "state_media", "ngo"}
FILE = ROOT / "rules" / "registry" / "press_companies.yaml"


@pytest.fixture(scope="module")
def entries():
    return yaml.safe_load(FILE.read_text(encoding="utf-8"))["publishers"]


def test_minimum_size_and_shape(entries):
    companies = [e for e in entries if not e["id"].endswith("-site")]
    sites = {e["id"]: e for e in entries if e["id"].endswith("-site")}
    assert len(companies) >= 240
    assert sum(len(e.get("domains") or []) for e in sites.values()) >= 70
    for entry in companies:
        assert not entry.get("domains"), entry["id"]  # a company's domains are its -site entry's
    for entry in entries:
        assert entry["id"].startswith("pco-")
        assert entry["category"] == ("unlisted" if entry["id"] in sites else "rejected")
        assert entry["group"] == "media-companies"
        assert entry["kind"] == "company"
        assert len(entry["country"]) == 3 and entry["country"].isupper()
        assert entry.get("owner") is None
        assert "Reference:" in entry["basis"] or "read" in entry["basis"]


NAMES = [
    ("Vox Media", "pco-vox-media", "USA"),
    ("Vox Media, Inc.", "pco-vox-media", "USA"),
    ("News Corp", "pco-news-corp", "USA"),
    ("Gannett Co., Inc.", "pco-gannett", "USA"),
    ("Hearst Communications", "pco-hearst", "USA"),
    ("Hearst Corporation", "pco-hearst", "USA"),
    ("Condé Nast", "pco-conde-nast", "USA"),
    ("Conde Nast", "pco-conde-nast", "USA"),
    ("Sinclair Broadcast Group", "pco-sinclair", "USA"),
    ("Postmedia Network", "pco-postmedia", "CAN"),
    ("Québecor Média", "pco-quebecor", "CAN"),
    ("Grupo Globo", "pco-grupo-globo", "BRA"),
    ("Organizações Globo", "pco-grupo-globo", "BRA"),
    ("Grupo Clarín", "pco-grupo-clarin", "ARG"),
    ("Grupo Televisa", "pco-grupo-televisa", "MEX"),
    ("Axel Springer SE", "pco-axel-springer", "DEU"),
    ("Axel Springer", "pco-axel-springer", "DEU"),
    ("Funke Mediengruppe", "pco-funke", "DEU"),
    ("Mediahuis", "pco-mediahuis", "BEL"),
    ("Schibsted", "pco-schibsted", "NOR"),
    ("Grupo Prisa", "pco-prisa", "ESP"),
    ("Promotora de Informaciones", "pco-prisa", "ESP"),
    ("Mediaset", "pco-mediaset", "ITA"),
    ("Tamedia", "pco-tamedia", "CHE"),
    ("Reach plc", "pco-reach", "GBR"),
    ("Trinity Mirror", "pco-reach", "GBR"),
    ("Nation Media Group", "pco-nation-media", "KEN"),
    ("Media24", "pco-media24", "ZAF"),
    ("Bennett, Coleman & Co. Ltd.", "pco-bccl", "IND"),
    ("Bennett Coleman & Co", "pco-bccl", "IND"),
    ("Jang Group", "pco-jang-group", "PAK"),
    ("Nikkei Inc.", "pco-nikkei", "JPN"),
    ("Kompas Gramedia", "pco-kompas-gramedia", "IDN"),
    ("Nine Entertainment", "pco-nine", "AUS"),
    ("Fairfax Media", "pco-fairfax", "AUS"),
    ("NZME", "pco-nzme", "NZL"),
]


@pytest.mark.parametrize("name, publisher, country", NAMES)
def test_name_finds_company(rules, name, publisher, country):
    found = rules.index.by_name(name)
    assert found is not None, name
    assert found.id == publisher
    assert found.category == "rejected"
    assert found.country == country


# Names that the recogniser read as another publisher or class before this file: the exact name
# now finds the company (ABP Group is not Burundi's state agency ABP; ABS-CBN is not Nigeria's CBN).
@pytest.mark.parametrize("name, publisher", [
    ("ABP Group", "pco-abp-group"),
    ("ABS-CBN Corporation", "pco-abs-cbn-corp"),
    ("The Times Group", "pco-bccl"),
    ("Grupo La República", "pco-grupo-la-republica"),
])
def test_exact_name_wins_over_a_wrong_reading(classify, name, publisher):
    result = classify(name)
    assert result.category == "rejected", name
    assert result.publisher is not None and result.publisher.id == publisher


@pytest.mark.parametrize("url, publisher", [
    ("https://www.voxmedia.com/pages/about-vox-media", "pco-vox-media"),
    ("https://newscorp.com/about/", "pco-news-corp"),
    ("https://www.axelspringer.com/en/company", "pco-axel-springer"),
    ("https://www.grupoclarin.com/en/institucional/professional-criteria", "pco-grupo-clarin"),
    ("https://www.dpgmediagroup.com/en-BE/persgroep-to-become-dpgmedia", "pco-dpg-media"),
    ("https://www.styria.com/en/group/corporate-history", "pco-styria"),
    ("https://www.rossel.be/histoire/", "pco-rossel"),
    ("https://www.htmedia.in/", "pco-ht-media"),
    ("https://www.schibsted.com/about/", "pco-schibsted"),
    ("https://www.nationmedia.com/about/", "pco-nation-media"),
])
def test_corporate_domains(classify, url, publisher):
    result = classify(url)
    assert result.category == "unlisted", url  # the company's pages about itself, not press
    assert result.publisher is not None and result.publisher.id == publisher + "-site"


# Common words, surnames alone and phrases left out on purpose: none finds a company of this file.
AVOIDED = ["Hearst", "Reach", "Future", "Global", "Nine", "Stuff", "Agora", "Impresa", "Bonnier",
           "Fairfax", "Scripps", "Dow Jones", "Black Press", "Egmont", "Media Group", "United Media",
           "Keshet", "Standard Group", "Multimedia Group", "News International"]


@pytest.mark.parametrize("name", AVOIDED)
def test_avoided_names_find_no_company_here(rules, classify, name):
    found = rules.index.by_name(name)
    assert found is None or not found.id.startswith("pco-"), name
    result = classify(name)
    assert result.publisher is None or not result.publisher.id.startswith("pco-"), name


# State media (State Media Monitor SC or CaPu) and public-service broadcasters are not listed here.
@pytest.mark.parametrize("name", ["SPH Media Trust", "Mediacorp", "MBC Group", "Middle East Broadcasting Center",
                                  "Saudi Research and Media Group", "Polska Press", "Gazprom-Media",
                                  "Independent Media", "Al Jazeera Media Network", "China Media Group",
                                  "BBC", "NHK", "Television Broadcasts Limited"])
def test_state_and_public_media_not_listed_here(entries, name):
    listed = {n.casefold() for e in entries for n in [e["name"], *(e.get("aliases") or [])]}
    assert name.casefold() not in listed


@pytest.mark.parametrize("url", [
    "https://fake-voxmedia.com/x",
    "https://voxmedia.com.evil.example/x",
    "https://axelspringer.blogspot.com/",
    "https://grupoclarin.github.io/",
    "https://notschibsted.com/",
    "https://nationmedia.com.phish.example/login",
])
def test_lookalikes_never_trusted(classify, url):
    result = classify(url)
    assert result.category not in TRUSTED, url
    assert result.publisher is None or not result.publisher.id.startswith("pco-"), url
