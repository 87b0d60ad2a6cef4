"""self_published.yaml: one person's website and open-publishing community sites are `rejected` with
the platforms' "self-published" note; lookalikes and bare words find none of them."""

import pytest

from conftest import file_entries

FILE = "registry/self_published.yaml"


@pytest.mark.parametrize("url, pid", [
    ("http://www.globalissues.org/article/698/north-korea-and-nuclear-weapons", "sp-global-issues"),
    ("https://www.moonofalabama.org/2015/01/x.html", "sp-moon-of-alabama"),
    ("https://www.indybay.org/newsitems/2010/01/01/x.php", "sp-indybay"),
    ("http://blogcritics.org/x/", "sp-blogcritics"),
    ("http://www.angelfire.com/ca/x/page.html", "sp-angelfire"),
    ("http://members.tripod.com/~x/page.html", "sp-tripod"),
    ("http://www.globaltravels.pwp.blueyonder.co.uk/n_korea/kim_il_sung.htm", "sp-blueyonder-pwp"),
    ("http://www.docstoc.com/docs/12345/x", "sp-docstoc"), ("http://www.studymode.com/essays/x.html", "sp-studymode"),
    ("https://www.wikihow.com/Do-X", "sp-wikihow"),
])
def test_hosts_are_self_published(classify, url, pid):
    result = classify(url)
    assert result.category == "rejected" and result.publisher.id == pid, url
    assert "self-published" in (result.publisher.note or ""), url


@pytest.mark.parametrize("text", ["https://globalissues.org.evil.example/", "https://notglobalissues.org/",
                                  "Global Issues", "global issues"])
def test_lookalikes_and_words_are_not_these_sites(classify, text):
    result = classify(text)
    assert result.publisher is None or not result.publisher.id.startswith("sp-"), text


def test_every_entry_has_a_basis_and_the_note(rules):
    entries = file_entries(rules, FILE)
    assert len(entries) >= 10
    for p in entries:
        assert p.category == "rejected" and p.group == "platforms" and p.domains and p.basis, p.id


@pytest.mark.parametrize("url, pid", [
    ("http://encyclopedia.thefreedictionary.com/Darfur", "press-mirror-tfd-encyclopedia"),
    ("http://www.wordiq.com/definition/Darfur", "press-mirror-wordiq"),
    ("http://www.nationmaster.com/encyclopedia/Darfur", "press-mirror-nationmaster-encyclopedia"),
    ("http://www.masterliness.com/a/Wikipedia.htm", "press-mirror-masterliness"),
])
def test_older_wikipedia_mirrors_are_wikipedias_class(classify, url, pid):
    result = classify(url)
    assert result.category == "rejected" and result.publisher.id == pid, url


@pytest.mark.parametrize("url", ["http://www.thefreedictionary.com/sovereignty",
                                 "http://www.nationmaster.com/country/us-united-states"])
def test_the_mirrors_other_works_are_not_wikipedia(classify, url):
    result = classify(url)
    assert result.publisher is None or not result.publisher.id.startswith("press-mirror-"), url


@pytest.mark.parametrize("url", ["https://gatech.wikidot.com/potential-for-attack-on-american-power-grid",
                                 "http://modelun.pbwiki.com/Topics"])
def test_wiki_farms_are_self_published(checker, url):
    classification = checker.check(url).classification
    assert classification.category == "rejected" and classification.publisher.group == "platforms"
