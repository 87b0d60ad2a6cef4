"""self_published.yaml: one person's website and open-publishing community sites are `rejected` with
the platforms' "self-published" note; lookalikes and bare words find none of them."""

import pytest

FILE = "registry/self_published.yaml"


@pytest.mark.parametrize("url, pid", [
    ("http://www.globalissues.org/article/698/north-korea-and-nuclear-weapons", "sp-global-issues"),
    ("https://www.moonofalabama.org/2015/01/x.html", "sp-moon-of-alabama"),
    ("https://www.indybay.org/newsitems/2010/01/01/x.php", "sp-indybay"),
    ("http://blogcritics.org/x/", "sp-blogcritics"),
    ("http://www.angelfire.com/ca/x/page.html", "sp-angelfire"),
    ("http://members.tripod.com/~x/page.html", "sp-tripod"),
    ("http://www.globaltravels.pwp.blueyonder.co.uk/n_korea/kim_il_sung.htm", "sp-blueyonder-pwp"),
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
    entries = [p for p in rules.index.publishers if p.origin.rpartition(":")[0].endswith(FILE)]
    assert len(entries) >= 7
    for p in entries:
        assert p.category == "rejected" and p.group == "platforms" and p.domains and p.basis, p.id
