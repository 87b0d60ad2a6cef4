"""Not press, fourth audit: sites GDELT's news list holds that are not press
(rules/registry/not_press_d.yaml, ranks 20,001 to the end of the domains still matched only by the
GDELT fallback, plus legal-information publishers and law firms' sites from the whole list).

Companies that publish law firms' briefings (JD Supra, Mondaq, Lexology, The National Law Review),
law firms' own sites, institutions' own magazines (bar and professional societies, universities,
think tanks, foundations, NGOs, IGOs), sports bodies, reference services and companies are
`unlisted`; two state bodies are `government` with their owner. Legal newsrooms of media companies
stay press. Facts, minimum counts, lookalikes, no public suffix, press kept as press.
"""

from collections import Counter

import pytest

from conftest import file_entries

FILE = "registry/not_press_d.yaml"
TRUSTED = ("government", "un", "reuters", "state_media", "ngo")


@pytest.fixture(scope="module")
def entries(rules):
    return file_entries(rules, FILE)


# url, publisher id, category, owner
FACTS = [
    ("https://www.jdsupra.com/legalnews/x-12345/", "npd-legal-jdsupra", "unlisted", None),
    ("https://www.mondaq.com/unitedstates/x/1234/x", "npd-legal-mondaq", "unlisted", None),
    ("https://www.lexology.com/library/detail.aspx?g=abc", "npd-legal-lexology", "unlisted", None),
    ("https://www.natlawreview.com/article/x", "npd-legal-natlawreview", "unlisted", None),
    ("https://www.out-law.com/en/articles/2019/x/", "npd-lawfirm-out-law", "unlisted", None),
    ("https://www.globalcompliancenews.com/2022/01/21/x/", "npd-lawfirm-global-compliance-news", "unlisted", None),
    ("https://www.chinalawblog.com/2019/08/x.html", "npd-lawfirm-china-law-blog", "unlisted", None),
    ("https://www.cruiselawnews.com/tags/law/page/3", "npd-lawfirm-cruise-law-news", "unlisted", None),
    ("https://www.bennettjones.com/Blogs-Section/x", "npd-lawfirm-bennett-jones", "unlisted", None),
    ("https://www.abajournal.com/news/article/x", "npd-society-aba-journal", "unlisted", None),
    ("https://www.lawgazette.co.uk/news/x/5100000.article", "npd-society-law-gazette", "unlisted", None),
    ("https://www.nationalmagazine.ca/en-ca/articles/x", "npd-society-cba-national", "unlisted", None),
    ("https://www.southafrica.info/business/economy/x.htm", "npd-gov-zaf-imc", "government", "ZAF"),
    ("https://www.hktdc.com/research/x", "npd-gov-hkg-hktdc", "government", "CHN"),
    ("https://goblueraiders.com/news/2019/1/1/x.aspx", "npd-ncaa-mtsu", "unlisted", None),
    ("https://gomocs.com/sports/track-and-field/roster", "npd-ncaa-chattanooga", "unlisted", None),
    ("https://goutsa.com/news/x", "npd-ncaa-utsa", "unlisted", None),
    ("https://wolverinegreen.com/sports/baseball", "npd-ncaa-uvu", "unlisted", None),
    ("https://www.gaa.ie/news/x", "npd-sport-gaa", "unlisted", None),
    ("https://www.thecairoreview.com/essays/x/", "npd-univ-cairo-review", "unlisted", None),
    ("https://uvamagazine.org/articles/serpentine_timeline", "npd-univ-virginia-magazine", "unlisted", None),
    ("https://americanlibrariesmagazine.org/2020/01/01/x/", "npd-society-american-libraries", "unlisted", None),
    ("https://www.quantamagazine.org/x-20200101/", "npd-fdn-quanta", "unlisted", None),
    ("https://cerncourier.com/a/x/", "npd-igo-cern-courier", "unlisted", None),
    ("https://horizon-magazine.eu/article/x.html", "npd-igo-horizon-magazine", "unlisted", None),
    ("https://www.resourcesmag.org/common-resources/x/", "npd-tt-resources-magazine", "unlisted", None),
    ("https://www.vesselfinder.com/vessels/details/9000000", "npd-ref-vesselfinder", "unlisted", None),
    ("https://www.flightaware.com/live/flight/X123", "npd-ref-flightaware", "unlisted", None),
    ("https://www.agoda.com/x/hotel/x.html", "npd-co-agoda", "unlisted", None),
    ("https://www.hamradio.hr/kako-postati-radioamater/", "npd-assoc-hrs", "unlisted", None),
]

@pytest.mark.parametrize("url, pid, category, owner", FACTS)
def test_hosts_get_the_publisher(classify, url, pid, category, owner):
    result = classify(url)
    assert result.publisher is not None and result.publisher.id == pid, url
    assert result.category == category and result.owner == owner, url


@pytest.mark.parametrize("name, pid", [
    ("JD Supra", "npd-legal-jdsupra"),
    ("Mondaq", "npd-legal-mondaq"),
    ("Lexology", "npd-legal-lexology"),
    ("The National Law Review", "npd-legal-natlawreview"),
    ("ABA Journal", "npd-society-aba-journal"),
    ("Law Society Gazette", "npd-society-law-gazette"),
    ("Hong Kong Trade Development Council", "npd-gov-hkg-hktdc"),
    ("Gaelic Athletic Association", "npd-sport-gaa"),
    ("Quanta Magazine", "npd-fdn-quanta"),
    ("The Cairo Review of Global Affairs", "npd-univ-cairo-review"),
    ("Hrvatski radioamaterski savez", "npd-assoc-hrs"),
])
def test_names_find_the_publisher(classify, name, pid):
    result = classify(name)
    assert result.publisher is not None and result.publisher.id == pid, name


def test_counts(entries):
    assert len(entries) >= 58
    assert sum(len(p.domains) for p in entries) >= 60
    cats = Counter(p.category for p in entries)
    assert cats["government"] >= 2 and cats["unlisted"] >= 56 and cats["ngo"] == 0
    groups = Counter(p.group for p in entries)
    assert groups["legal-information"] >= 5 and groups["law-firm"] >= 5
    assert groups["sports-body"] >= 8 and groups["company"] >= 8
    assert groups["society-publications"] >= 8
    for p in entries:
        assert p.basis and p.domains and "total_count" in p.basis, p.id
        assert (p.owner is not None) == (p.category == "government"), p.id
        assert p.category in ("government", "unlisted"), p.id
        if p.group and p.group.endswith("-publications"):
            assert p.note and "own" in p.note, p.id


@pytest.mark.parametrize("url, pid, category, owner", FACTS)
def test_lookalikes_are_not_the_publisher(classify, url, pid, category, owner):
    from evidence_check.domains import registered_domain

    host = registered_domain(url.split("/")[2])
    for fake in (f"https://{host}.evil.example/x", f"https://fake-{host}/x",
                 f"https://not{host.replace('.', '-')}.blogspot.com/x"):
        result = classify(fake)
        assert result.publisher is None or result.publisher.id != pid, fake
        assert result.category not in TRUSTED, fake


def test_no_public_suffix_or_platform(entries):
    from evidence_check.domains import registered_domain

    for p in entries:
        for d in p.domains:
            assert registered_domain(d) == d, (p.id, d)


@pytest.mark.parametrize("url", [
    "https://www.law360.com/articles/1234567/x",      # LexisNexis's legal newsroom
    "https://www.law.com/2020/01/01/x/",              # ALM's legal news
    "https://www.thelawyer.com/x/",                   # a legal trade paper
    "https://www.masslawyersweekly.com/2020/01/01/x/",
    "https://www.canadianlawyermag.com/news/x",
])
def test_legal_press_stays_press(classify, url):
    assert classify(url).category == "rejected", url
