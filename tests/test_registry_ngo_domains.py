"""NGO domains: national sections listed under their international NGO, and ECOSOC NGOs of
the generated ngo_ecosoc.yaml (names only) given a hand-kept ngo.yaml entry with their site.

Facts (URL -> entry), names found by name, and lookalike hosts and names never gaining the
ngo class.
"""

import pytest

from evidence_check.classify import Classifier
from evidence_check.urls import parse

DATASET = "ECOSOC_Status dataset, christophsteinert/ECOSOC_Status 7c51ff1, MIT"


@pytest.fixture(scope="module")
def classify(rules):
    return Classifier(rules)


# ------------------------------------------------------------ national sections

SECTIONS = [
    ("https://www.amnesty.fr/actualites", "ngo-amnesty"),
    ("https://www.amnesty.or.jp/about_us/ai_japan/index.html", "ngo-amnesty"),
    ("https://amnesty.ca/blog/term/6743", "ngo-amnesty"),
    ("https://www.amnesty.org.au/author/claire_mallinson", "ngo-amnesty"),
    ("https://es.amnesty.org/en-que-estamos/", "ngo-amnesty"),  # covered by amnesty.org
    ("https://www.amnestyusa.org/", "ngo-amnesty"),
    ("https://www.savethechildren.de/index.php?id=45", "ngo-save-the-children"),
    ("https://www.savethechildren.ch/de/", "ngo-save-the-children"),
    ("https://www.msf.org.uk/msf-movement", "ngo-msf"),
    ("https://www.aerzte-ohne-grenzen.de/", "ngo-msf"),
    ("https://www.aerzte-ohne-grenzen.at/", "ngo-msf"),
    ("https://www.msf.ch/", "ngo-msf"),
    ("https://www.msf.or.jp/about/", "ngo-msf"),
]


@pytest.mark.parametrize("url, entry", SECTIONS)
def test_national_sections_are_their_ngo(classify, url, entry):
    result = classify(parse(url))
    assert result.category == "ngo", url
    assert result.publisher.id == entry, url


def test_section_bases_say_why(rules):
    by_id = {p.id: p for p in rules.index.publishers}
    assert "amnesty.or.jp" in by_id["ngo-amnesty"].basis
    assert "section" in by_id["ngo-amnesty"].basis
    assert "MSF International" in by_id["ngo-msf"].basis
    assert "Save the Children International" in by_id["ngo-save-the-children"].basis


# ------------------------------------------------------------ ECOSOC NGOs given their domain

ECOSOC_SITES = [
    ("https://www.irusa.org/", "ngo-islamic-relief-usa", "2012-02-21"),
    ("https://relieflab.irusa.org/page/33", "ngo-islamic-relief-usa", "2012-02-21"),
    ("https://ejfoundation.org/reports", "ngo-ejf", "2018-02-23"),
    ("https://www.globalpolicy.org/component/content/article/31/47582.html",
     "ngo-global-policy-forum", "2000-03-28"),
    ("https://www.aarjapan.gr.jp/sp/about.html", "ngo-aar-japan", "1998-06-19"),
    ("https://support.aarjapan.gr.jp", "ngo-aar-japan", "1998-06-19"),
]


@pytest.mark.parametrize("url, entry, session", ECOSOC_SITES)
def test_ecosoc_ngos_found_by_domain(classify, url, entry, session):
    result = classify(parse(url))
    assert result.category == "ngo", url
    assert result.publisher.id == entry
    assert f"session of {session}" in result.publisher.basis
    assert DATASET in result.publisher.basis


@pytest.mark.parametrize("name", [
    "Islamic Relief USA", "IRUSA", "Environmental Justice Foundation",
    "Environmental Justice Foundation Charitable Trust", "Global Policy Forum", "AAR Japan",
    "Association to Aid Refugees, Japan (AAR, Japan)", "難民を助ける会",
])
def test_ecosoc_ngos_found_by_name(classify, name):
    assert classify(parse(name)).category == "ngo", name


def test_new_entries_do_not_take_the_parent_or_sibling_domains(classify):
    # Islamic Relief USA has status of its own: the worldwide body keeps its own entry
    assert classify(parse("https://www.islamic-relief.org/")).publisher.id == "ngo-islamic-relief"
    assert classify(parse("https://www.irusa.org/")).publisher.id != "ngo-islamic-relief"


def test_minimum_domains(rules):
    by_id = {p.id: p for p in rules.index.publishers}
    assert len(by_id["ngo-amnesty"].domains) >= 7
    assert len(by_id["ngo-msf"].domains) >= 9
    assert len(by_id["ngo-save-the-children"].domains) >= 5


# ------------------------------------------------------------ lookalikes

LOOKALIKES = [
    "https://fake-amnesty.fr/", "https://amnesty.fr.evil.example/", "https://notamnesty.ca/",
    "https://amnesty-or.jp/", "https://amnesty.org.au.example.com/",
    "https://fake-msf.org.uk/", "https://msf.ch.evil.example/", "https://aerzte-ohne-grenzen.de.example/",
    "https://myaerzte-ohne-grenzen.de/", "https://msf-or.jp/",
    "https://savethechildren.de.evil.example/", "https://fakesavethechildren.ch/",
    "https://fake-irusa.org/", "https://irusa.org.evil.example/",
    "https://notejfoundation.org/", "https://ejfoundation.org.evil.example/",
    "https://fake-globalpolicy.org/", "https://globalpolicy.org.evil.example/",
    "https://fakeaarjapan.gr.jp/", "https://aarjapan.gr.jp.evil.example/",
    "https://amnesty-fr.blogspot.com/", "https://msf-japan.blogspot.com/",
    "https://irusa.wordpress.com/", "https://ejfoundation.github.io/",
]


@pytest.mark.parametrize("url", LOOKALIKES)
def test_lookalike_hosts_are_never_ngo(classify, url):
    assert classify(parse(url)).category != "ngo", url


@pytest.mark.parametrize("name", [
    "Environmental Justice", "Global Policy", "Aid Refugees", "Islamic Relief US Army",
])
def test_lookalike_names_are_never_these_ngos(classify, name):
    result = classify(parse(name))
    assert result.publisher is None or result.publisher.id not in {
        "ngo-islamic-relief-usa", "ngo-ejf", "ngo-global-policy-forum", "ngo-aar-japan"}, name
