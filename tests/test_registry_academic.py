"""Academic publishers, journals, legal-information sites, pollsters and analysis firms (rules/registry/academic.yaml).

They are neither press nor self-published, so `unlisted` (chair's discretion); several were
'rejected' through the GDELT news fallback before. Facts, minimum counts and lookalikes.
"""

from collections import Counter

import pytest

FILE = "registry/academic.yaml"
GROUPS = {"academic", "legal-information", "polling", "intelligence"}
TRUSTED = ("government", "un", "reuters", "state_media", "ngo")


@pytest.fixture(scope="module")
def entries(rules):
    return [p for p in rules.index.publishers if p.origin.rpartition(":")[0].endswith(FILE)]


@pytest.mark.parametrize("url, pid", [
    # formerly 'rejected' through the GDELT list
    ("https://www.thelancet.com/journals/lancet/article/PIIS0140-6736(20)30183-5/fulltext", "acad-lancet"),
    ("https://jamanetwork.com/journals/jama/fullarticle/2762130", "acad-jama"),
    ("https://www.bmj.com/content/368/bmj.m1091", "acad-bmj"),
    ("https://bmcpublichealth.biomedcentral.com/articles/10.1186/s12889-020-09301-4", "acad-bmc"),
    ("https://www.hindawi.com/journals/", "acad-hindawi"),
    ("https://www.dovepress.com/", "acad-dovepress"),
    ("https://www.palgrave.com/gp/book/9783030000000", "acad-palgrave"),
    ("https://law.justia.com/constitution/us/", "law-justia"),
    ("https://caselaw.findlaw.com/", "law-findlaw"),
    ("https://news.gallup.com/poll/1675/most-important-problem.aspx", "poll-gallup"),
    ("https://www.levada.ru/en/", "poll-levada"),
    ("https://www.rasmussenreports.com/", "poll-rasmussen"),
    ("https://worldview.stratfor.com/article/x", "intel-stratfor"),
    ("https://www.janes.com/defence-news/", "intel-janes"),
    ("https://dailybrief.oxan.com/Analysis/DB123", "intel-oxan"),
    ("https://geopoliticalfutures.com/", "intel-gpf"),
    # unlisted before, now named
    ("https://www.nejm.org/doi/full/10.1056/NEJMoa2001017", "acad-nejm"),
    ("https://www.pnas.org/doi/10.1073/pnas.1", "acad-pnas"),
    ("https://journals.plos.org/plosone/article?id=1", "acad-plos"),
    ("https://www.biorxiv.org/content/1", "acad-biorxiv"),
    ("https://www.medrxiv.org/content/1", "acad-medrxiv"),
    ("https://press.princeton.edu/books/", "acad-princeton-press"),
    ("https://muse.jhu.edu/article/1", "acad-project-muse"),
    ("https://www.law.cornell.edu/uscode/text/18/1591", "law-lii-cornell"),
    ("https://www.canlii.org/en/", "law-canlii"),
    ("https://www.ipsos.com/en", "poll-ipsos"),
    ("https://today.yougov.com/topics/politics", "poll-yougov"),
    ("https://www.afrobarometer.org/", "poll-afrobarometer"),
    ("https://www.eurasiagroup.net/issues/top-risks-2024", "intel-eurasia-group"),
])
def test_hosts_are_unlisted_with_the_publisher(classify, url, pid):
    result = classify(url)
    assert result.category == "unlisted" and result.owner is None, url
    assert result.publisher is not None and result.publisher.id == pid, url


@pytest.mark.parametrize("name, pid", [
    ("The Lancet", "acad-lancet"), ("JAMA", "acad-jama"), ("BMJ", "acad-bmj"),
    ("British Medical Journal", "acad-bmj"), ("New England Journal of Medicine", "acad-nejm"),
    ("NEJM", "acad-nejm"), ("PNAS", "acad-pnas"), ("Public Library of Science", "acad-plos"),
    ("MDPI", "acad-mdpi"), ("bioRxiv", "acad-biorxiv"), ("Harvard University Press", "acad-harvard-press"),
    ("Legal Information Institute", "law-lii-cornell"), ("Gallup Inc.", "poll-gallup"),
    ("Levada Center", "poll-levada"), ("Левада-Центр", "poll-levada"), ("Stratfor", "intel-stratfor"),
    ("Jane's Defence Weekly", "intel-janes"), ("Oxford Analytica", "intel-oxan"), ("Afrobarometer", "poll-afrobarometer"),
])
def test_names_are_unlisted_with_the_publisher(checker, name, pid):
    classification = checker.check(name).classification
    assert classification.category == "unlisted", name
    assert classification.publisher.id == pid, name


@pytest.mark.parametrize("url, category", [
    ("https://www.scientificamerican.com/article/x/", "rejected"),   # magazine stays press
    ("https://www.newscientist.com/article/x/", "rejected"),
    ("https://www.britannica.com/place/Sweden", None),              # encyclopedias untouched
])
def test_press_and_reference_are_not_taken_over(classify, url, category):
    result = classify(url)
    assert result.publisher is None or not result.publisher.origin.rpartition(":")[0].endswith(FILE), url
    if category:
        assert result.category == category, url


@pytest.mark.parametrize("url", [
    "https://fake-thelancet.com/", "https://thelancet.com.evil.example/", "https://thelancet.blogspot.com/",
    "https://fake-bmj.com/", "https://gallup.com.evil.example/", "https://stratfor.blogspot.com/",
    "https://nejm.org.phish.example/", "https://janes.wordpress.com/",
])
def test_lookalikes_never_trusted_nor_this_publisher(classify, url):
    result = classify(url)
    assert result.category not in TRUSTED, url
    assert result.publisher is None or not result.publisher.origin.rpartition(":")[0].endswith(FILE), url


@pytest.mark.parametrize("text", [
    "Gallup", "Brill", "Léger", "Leger", "Karger", "Thieme", "Hindawi", "Lancet", "Palgrave", "Jane's",
])
def test_surnames_and_words_do_not_name_a_publisher_of_this_file(checker, text):
    # a bibliography line with an author "Gallup" or "Brill" must not become that publisher
    publisher = checker.check(text).classification.publisher
    assert publisher is None or not publisher.origin.rpartition(":")[0].endswith(FILE), text


@pytest.mark.parametrize("text, pid", [
    ("Gallup, Inc.", "poll-gallup"), ("Brill Publishers", "acad-brill"), ("Léger Marketing", "poll-leger"),
    ("Karger Publishers", "acad-karger"), ("Thieme Medical Publishers", "acad-thieme"),
    ("Hindawi Publishing Corporation", "acad-hindawi"), ("https://www.degruyterbrill.com/document/doi/x/html",
                                                         "acad-degruyter"),
])
def test_qualified_names_and_checked_hosts(checker, text, pid):
    classification = checker.check(text).classification
    assert classification.category == "unlisted", text
    assert classification.publisher.id == pid, text


def test_every_basis_says_what_was_read(entries):
    for publisher in entries:
        assert "maintainer's knowledge" not in publisher.basis, publisher.id
        assert "Checked (search tool)" in publisher.basis, publisher.id


def test_entries_are_well_formed(entries):
    for publisher in entries:
        assert publisher.category == "unlisted" and not publisher.owner, publisher.id
        assert publisher.group in GROUPS, publisher.id
        assert publisher.note and publisher.basis, publisher.id


def test_minimums(entries):
    groups = Counter(p.group for p in entries)
    assert len(entries) >= 80, len(entries)
    assert groups["academic"] >= 50 and groups["polling"] >= 12, groups
    assert groups["legal-information"] >= 7 and groups["intelligence"] >= 5, groups
    former_gdelt = [p for p in entries if "GDELT news list" in p.basis]
    assert len(former_gdelt) >= 15, len(former_gdelt)


def test_every_entry_keeps_a_name_in_the_index(rules, entries):
    for publisher in entries:
        names = (publisher.name, *publisher.aliases)
        assert any(rules.index.by_name(n) is not None and rules.index.by_name(n).id == publisher.id
                   for n in names), publisher.id


@pytest.mark.parametrize("text", [
    "https://www.britannica.com/event/Rwanda-genocide-of-1994", "Encyclopaedia Britannica",
    "https://www.worldatlas.com/articles/x.html", "https://www.infoplease.com/world/x",
    "https://www.encyclopedia.com/history/x", "https://www.thoughtco.com/x-1779931",
    "https://www.worldhistory.org/Rome/", "https://www.thecanadianencyclopedia.ca/en/article/x/",
])
def test_a_reference_work_is_not_covered_by_the_guide_so_the_chair_decides(checker, text):
    """The guide rejects Wikipedia and newspapers by name; an encyclopaedia or atlas is neither."""
    classification = checker.check(text).classification
    assert (classification.category, classification.publisher.group) == ("unlisted", "reference")


@pytest.mark.parametrize("text", ["https://en.wikipedia.org/wiki/Rwanda", "Wikipedia"])
def test_wikipedia_stays_rejected(checker, text):
    assert checker.check(text).classification.category == "rejected"
