"""Finding addresses, UN symbols and publisher names in text: the shapes prose gives them."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from evidence_check.papers import read_text
from evidence_check.papers.scan import find_urls, match_name
from conftest import examples


def urls(text, known=()):
    return [url for url, _, _ in find_urls(text, known)]


@pytest.mark.parametrize("text, expected", [
    ("Visit https://www.un.org/en/.", ["https://www.un.org/en/"]),
    ("(see https://www.unodc.org/report.pdf), and", ["https://www.unodc.org/report.pdf"]),
    ("\u201chttps://www.unodc.org/a\u201d; then", ["https://www.unodc.org/a"]),
    ("https://en.wikipedia.org/wiki/Human_trafficking_(disambiguation).",
     ["https://en.wikipedia.org/wiki/Human_trafficking_(disambiguation)"]),
    ("(https://en.wikipedia.org/wiki/Foo_(bar))", ["https://en.wikipedia.org/wiki/Foo_(bar)"]),
    ("at <https://www.un.org/en/about-us>.", ["https://www.un.org/en/about-us"]),
    ("https://www.example.org/my%20report%202021.pdf!", ["https://www.example.org/my%20report%202021.pdf"]),
    ("www.unodc.org and unodc.org/glotip and un.org.", ["www.unodc.org", "unodc.org/glotip", "un.org"]),
    ("e.g. README.md, Node.js, ASP.NET, i.e. nothing", []),
    ("email x@un.org", []),
    # broken across lines
    ("https://www.unodc.org/documents/data-and-analysis/glotip/2022/GLOTiP_\n2022_web.pdf",
     ["https://www.unodc.org/documents/data-and-analysis/glotip/2022/GLOTiP_2022_web.pdf"]),
    ("https://www.unodc.org/documents/\nhuman-trafficking/2022/x.pdf",
     ["https://www.unodc.org/documents/human-trafficking/2022/x.pdf"]),
    ("https://www.unodc.org/documents/report_20\n22.pdf", ["https://www.unodc.org/documents/report_2022.pdf"]),
    ("https://www.unodc.org/unodc/en/glotip.\nhtml here", ["https://www.unodc.org/unodc/en/glotip.html"]),
    ("https://www.unodc.\norg/unodc/x", ["https://www.unodc.org/unodc/x"]),
    ("<https://www.un.org/en/\n  about-us/un-charter>", ["https://www.un.org/en/about-us/un-charter"]),
    # a hyphen at a line end inside an address is the address's (word processors add none)
    ("https://www.unodc.org/docu-\nments/x", ["https://www.unodc.org/docu-ments/x"]),
    ("https://www.unodc.org/data-and-\nanalysis/x", ["https://www.unodc.org/data-and-analysis/x"]),
    ("https://www.un.org/en/about-\nus", ["https://www.un.org/en/about-us"]),
    # not broken: prose follows
    ("See https://www.un.org/\nThe report", ["https://www.un.org/"]),
    ("See https://www.un.org/en\nand then", ["https://www.un.org/en"]),
    ("See www.un.org.\nThe next sentence.", ["www.un.org"]),
    ("See https://www.un.org/en/.\ne.g. more", ["https://www.un.org/en/"]),
    ("https://a.example.org/x\nhttps://b.example.org/y", ["https://a.example.org/x", "https://b.example.org/y"]),
    ("https://www.un.org/\n[x](https://a.org/b)", ["https://www.un.org/", "https://a.org/b"]),
])
def test_addresses(text, expected):
    assert urls(text) == expected


def test_a_known_link_target_decides_the_join():
    text = "https://www.unodc.org/docu-\nments/x"
    assert urls(text, ["https://www.unodc.org/docu-ments/x"]) == ["https://www.unodc.org/docu-ments/x"]
    assert urls("https://www.un.org/en/\nabout", ["https://www.un.org/en/about"]) == ["https://www.un.org/en/about"]


def test_symbols_dedup_and_not_inside_urls():
    paper = read_text("Per A/RES/55/25 and https://undocs.org/A/RES/55/25; S/RES/2331 (2016), S/RES/2331.\n"
                      "E/CN.15/2022/L.1 and S/PV.7526. Not N/A, 24/7, A/B tests or 1/2.\n", "-")
    assert [(f.text, f.kind) for f in paper.citations] == [
        ("A/RES/55/25", "symbol"), ("https://undocs.org/A/RES/55/25", "url"), ("S/RES/2331 (2016)", "symbol"),
        ("E/CN.15/2022/L.1", "symbol"), ("S/PV.7526", "symbol")]


def test_same_source_is_one_citation_with_all_places():
    paper = read_text("https://WWW.UN.ORG/en/\nhttps://www.un.org/en/\nhttps://www.un.org./en/\n"
                      "https://www.un.org/en/\n", "-")
    assert [(f.text, f.locations) for f in paper.citations] == [
        ("https://WWW.UN.ORG/en/", ["line 1", "line 2", "line 3", "line 4"])]


@pytest.fixture(scope="module")
def names(rules):
    return lambda text: rules.index.by_name(text) is not None


@pytest.mark.parametrize("entry, name", [
    ("Xinhua News Agency, 12 March 2021", "Xinhua News Agency"),
    ("U.S. Department of State. Trafficking in Persons Report", "U.S. Department of State"),
    ("XINHUA NEWS AGENCY: China says", "XINHUA NEWS AGENCY"),
    ("\u201cTrafficking rises\u201d, Reuters, 4 May 2021.", "Reuters"),
    ("Smith, J. (2021). A report. BBC.", "BBC"),
    ("Xinhua News Agency 12 March 2021 report on trafficking", "Xinhua News Agency"),
    ("12 See UNODC - Global Report", "UNODC"),
    ("Xinhuaa News Agency, 2021", None),  # never a fuzzy guess
    ("Some Publisher, 2020", None),
])
def test_names_in_entries(names, entry, name):
    assert match_name(entry, names) == name


def test_names_are_not_taken_from_prose(names):
    paper = read_text("Reuters reported it on Monday.\nXinhua News Agency said so.\n", "-", names)
    assert paper.citations == []
    paper = read_text("Intro.\n3 Xinhua News Agency, 2021.\n", "-", names)
    assert [(f.text, f.kind, f.locations) for f in paper.citations] == [("Xinhua News Agency", "name", ["line 2"])]


def test_an_entry_whose_address_is_on_the_next_line_is_that_address(names):
    paper = read_text("Bibliography\nXinhua News Agency, 2021.\nhttp://www.xinhuanet.com/english/x.htm\n", "-", names)
    assert [f.text for f in paper.citations] == ["http://www.xinhuanet.com/english/x.htm"]


@settings(max_examples=examples(300), deadline=None)
@given(st.lists(st.sampled_from(list("htps:/.w-_()<>[]\n ,;aou%2A") + ["https://", "www.", "un.org/", "RES/"]),
                max_size=40).map("".join))
def test_never_raises(text):
    for url, start, end in find_urls(text):
        assert url and 0 <= start < end <= len(text)
    read_text(text, "-", lambda t: t == "un")
