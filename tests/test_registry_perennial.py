"""Wikipedia perennial-sources import (rules/registry/perennial.yaml) and the GDELT
news-domain list (rules/registry/news_domains.gdelt.txt), issue 12 items 4 and 5."""

import re

import pytest
import yaml

from conftest import ROOT
from evidence_check.domains import registered_domain

REGISTRY = ROOT / "rules" / "registry"
PERENNIAL = REGISTRY / "perennial.yaml"
GDELT = REGISTRY / "news_domains.gdelt.txt"




@pytest.fixture(scope="module")
def perennial():
    return yaml.safe_load(PERENNIAL.read_text(encoding="utf-8"))["publishers"]


@pytest.fixture(scope="module")
def gdelt():
    lines = GDELT.read_text(encoding="utf-8").splitlines()
    header = [line for line in lines if line.startswith("#")]
    domains = [line for line in lines if line and not line.startswith("#")]
    return header, domains


# ----------------------------------------------------------------- perennial.yaml

def test_perennial_is_last_in_the_default_registry():
    data = yaml.safe_load((ROOT / "rules" / "default.yaml").read_text(encoding="utf-8"))
    # only the last-resort lists (fallback: matched after every entry anyway) may follow it
    last_resort = {"registry/news_gdelt.yaml", "registry/news_wikidata.yaml", "registry/news_localnews.yaml"}
    assert [r for r in data["registry"] if r not in last_resort][-1] == "registry/perennial.yaml"


def test_perennial_licence_and_attribution():
    head = PERENNIAL.read_text(encoding="utf-8").split("\npublishers:", 1)[0]
    assert "CC BY-SA 3.0" in head
    assert "Reliable sources/Perennial sources" in head
    assert "Kudusch/wikipedia-perennial-sources" in head and "1a7c0c2" in head
    licence = (REGISTRY / "perennial.LICENSE").read_text(encoding="utf-8")
    assert "Attribution-ShareAlike" in licence and "1a7c0c2" in licence


def test_perennial_entries_shape(perennial):
    groups = {"platforms": 0, "news-sites": 0}
    for entry in perennial:
        assert entry["id"].startswith("rsp-")
        assert entry["category"] == "rejected"
        assert entry["group"] in groups
        groups[entry["group"]] += 1
        assert entry["basis"].startswith("Wikipedia Perennial sources (2021): ")
        assert "\n" not in entry["basis"]
        if entry["group"] == "platforms":
            assert entry["note"] == "self-published: cite the original source"
        for domain in entry["domains"]:
            assert "/" not in domain and domain == domain.lower() and not domain.startswith("www.")
            assert registered_domain(domain) is not None, domain  # never a public suffix
    # the 2021 data gives 27 platforms and 126 news sites not claimed elsewhere
    assert groups["platforms"] >= 20
    assert groups["news-sites"] >= 90


@pytest.mark.parametrize("url", [
    "https://www.quora.com/What-is-the-capital-of-Bhutan",
    "https://www.goodreads.com/book/show/1.Harry_Potter",
    "https://harrypotter.fandom.com/wiki/Hogwarts",
    "https://www.flickr.com/photos/someone/123",
    "https://www.imdb.com/title/tt0111161/",
    "https://stackoverflow.stackexchange.com/questions/1",
])
def test_perennial_platforms_are_rejected(classify, url):
    result = classify(url)
    assert result.category == "rejected"
    assert result.publisher is not None and result.publisher.group == "platforms"


@pytest.mark.parametrize("url", [
    "https://www.motherjones.com/politics/2021/01/some-story/",
    "https://www.rollingstone.com/politics/politics-news/x-123/",
    "http://www.ipsnews.net/2021/03/water-crisis/",
    "https://www.theepochtimes.com/some-article_123.html",
    "https://www.democracynow.org/2021/3/1/headlines",
])
def test_perennial_news_sites_are_rejected(classify, url):
    result = classify(url)
    assert result.category == "rejected"
    assert result.publisher is not None and result.publisher.group == "news-sites"


@pytest.mark.parametrize("url", [
    "https://fake-quora.com/x", "https://quora.com.evil.example/x", "https://notmotherjones.com/",
    "https://motherjones.com.evil.example/", "https://someblog.blogspot.com/2021/01/x.html",
])
def test_perennial_lookalikes_gain_nothing(classify, url):
    result = classify(url)
    assert result.publisher is None or not result.publisher.id.startswith("rsp-")


def test_perennial_leaves_out_state_media_and_reference_works(perennial):
    domains = {domain for entry in perennial for domain in entry["domains"]}
    # state media per the rows themselves (HispanTV, Sixth Tone, Global Times' huanqiu.com),
    # encyclopedias other than Wikipedia, academic, government
    for left_out in ("hispantv.com", "hispantv.ir", "sixthtone.com", "huanqiu.com", "britannica.com",
                     "iranicaonline.org", "baike.baidu.com", "mdpi.com", "hansard.parliament.uk",
                     "wikidata.org", "reuters.com"):
        assert left_out not in domains


def test_perennial_claims_nothing_another_file_claims(rules):
    for publisher in rules.index.publishers:
        if not publisher.id.startswith("rsp-"):
            continue
        assert publisher.origin.startswith(str(PERENNIAL)) or "perennial.yaml" in publisher.origin
        for domain in publisher.domains:
            found = rules.index.by_host(domain)
            assert found is not None and found[0].id == publisher.id


# ------------------------------------------------------- news_domains.gdelt.txt

def test_gdelt_header_cites_gdelt(gdelt):
    header, _ = gdelt
    text = "\n".join(header)
    assert "The GDELT Project" in text and "https://www.gdeltproject.org/" in text
    assert "821ca49" in text and "tools/import_gdelt.py" in text
    assert "last-resort" in text
    licence = (REGISTRY / "news_domains.gdelt.LICENSE").read_text(encoding="utf-8")
    assert "GDELT" in licence and "gdeltproject.org" in licence


def test_gdelt_list_sorted_unique_plain(gdelt):
    header, domains = gdelt
    lines = GDELT.read_text(encoding="utf-8").splitlines()
    assert lines[:len(header)] == header  # the header comes first
    assert domains == sorted(set(domains))
    host = re.compile(r"^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$")
    for domain in domains:
        assert host.match(domain), domain  # no path, no scheme, no upper case
        assert registered_domain(domain) == domain, domain  # a registered domain, not a suffix
    assert len(domains) >= 15000


def test_gdelt_list_has_no_registry_domain(rules, gdelt):
    _, domains = gdelt
    matched = [d for d in domains if rules.index.by_host(d) is not None]
    assert matched == [], f"re-run tools/import_gdelt.py: {matched[:10]}"


def test_gdelt_list_has_none_of_the_dropped_kinds(gdelt):
    _, domains = gdelt
    listed = set(domains)
    for absent in ("un.org", "blogspot.com", "wordpress.com", "medium.com", "facebook.com", "youtube.com",
                   "reliefweb.int", "state.gov", "harvard.edu", "army.mil", "gov.uk", "prnewswire.com",
                   "msn.com", "yahoo.com", "spb.ru"):
        assert absent not in listed
    gov = re.compile(r"\.(gov|mil|edu|int)$|\.(gov|gob|gouv|go|govt|gv|ac|edu|mil)\.[a-z]{2}$")
    assert [d for d in domains if gov.search(d)] == []
    assert [d for d in domains if re.search(r"universit|institut|foundation|embassy", d.split(".")[0])] == []


@pytest.mark.parametrize("domain", ["ledroit.com", "laverdad.es", "censor.net.ua", "fairobserver.com",
                                    "sdpnoticias.com", "netwerk24.com"])
def test_gdelt_keeps_news_sites(rules, gdelt, domain):
    _, domains = gdelt
    # a news site GDELT saw often is either in the list or (later) claimed by the registry
    assert domain in set(domains) or rules.index.by_host(domain) is not None


def test_gdelt_import_drops_what_the_loader_would_refuse(tmp_path):
    """The importer writes only domains the registry loader accepts: a 'www.' host under a
    public suffix (www.nhs.uk is registrable because nhs.uk is a suffix) is dropped, so a
    lower --min-count can never produce a list that breaks the default ruleset."""
    import subprocess
    import sys

    data = tmp_path / "summary.csv"
    data.write_text("domain,total_count\nwww.nhs.uk,90000\nexample-daily-news.com,90000\nquiet-news.com,5\n"
                    "smalltown-herald.com,2000\nfacts-encyclopedia.com,2000\n")
    (tmp_path / "LICENSE").write_text("test licence\n")
    out = tmp_path / "news.txt"
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "import_gdelt.py"), "--input", str(data),
                             "--out", str(out)], capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    kept = [line for line in out.read_text().splitlines() if line and not line.startswith("#")]
    assert kept == ["example-daily-news.com", "smalltown-herald.com"]  # a news name counts from 1,000
    assert "malformed: 1 dropped" in out.read_text() and "e.g. www.nhs.uk" in out.read_text()


def test_gdelt_import_drops_universities_from_a_university_list(tmp_path):
    """--universities: a university's domain that no name pattern sees (ubc.ca) is not news."""
    import json as _json
    import subprocess
    import sys

    data = tmp_path / "summary.csv"
    data.write_text("domain,total_count\nubc.ca,90000\nexample-daily-news.com,90000\n")
    (tmp_path / "LICENSE").write_text("test licence\n")
    listing = tmp_path / "unis" / "world_universities_and_domains.json"
    listing.parent.mkdir()
    listing.write_text(_json.dumps([{"name": "University of British Columbia", "domains": ["ubc.ca"]}]))
    (listing.parent / "SOURCE.md").write_text("Hipo/university-domains-list commit test\n")
    out = tmp_path / "news.txt"
    for extra, expected in (([], ["example-daily-news.com", "ubc.ca"]),
                            (["--universities", str(listing)], ["example-daily-news.com"])):
        result = subprocess.run([sys.executable, str(ROOT / "tools" / "import_gdelt.py"), "--input", str(data),
                                 "--out", str(out), *extra], capture_output=True, text=True, cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        text = out.read_text()
        assert [line for line in text.splitlines() if line and not line.startswith("#")] == expected
    assert "university (university-domains-list) 1" in text and "Hipo/university-domains-list commit test" in text
