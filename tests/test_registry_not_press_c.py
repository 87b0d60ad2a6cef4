"""Not press, third audit: sites GDELT's news list holds that are not press
(rules/registry/not_press_c.yaml, ranks 8,901-20,000 of the domains still matched only by the
GDELT fallback).

State bodies (a nation-brand agency, tourism bodies, a former federal agency's host, a regional
government's information agency, a voivodeship office) are `government` with their owner; a
think tank, an NGO, associations, sports bodies, reference sites and companies are `unlisted`.
Facts, minimum counts, lookalikes, no public suffix, press kept as press.
"""

from collections import Counter

import pytest

from conftest import file_entries

FILE = "registry/not_press_c.yaml"
TRUSTED = ("government", "un", "reuters", "state_media", "ngo")


@pytest.fixture(scope="module")
def entries(rules):
    return file_entries(rules, FILE)


# url, publisher id, category, owner
FACTS = [
    ("https://www.brandsouthafrica.com/investments-immigration/x", "npc-gov-zaf-brand-sa", "government", "ZAF"),
    ("https://www.slovenia.info/en/places-to-go/x", "npc-gov-svn-sto", "government", "SVN"),
    ("https://www.myswitzerland.com/en/experiences/x/", "npc-gov-che-switzerland-tourism", "government", "CHE"),
    ("http://www.fapmc.ru/rospechat/activities/reports/2015/x.html", "npc-gov-rus-rospechat", "government", "RUS"),
    ("https://www.toscana-notizie.it/-/x", "npc-gov-ita-toscana-notizie", "government", "ITA"),
    ("https://www.mazowieckie.pl/pl/aktualnosci/x.html", "npc-gov-pol-muw", "government", "POL"),
    ("http://noravank.am/eng/articles/detail.php?ELEMENT_ID=1", "npc-tt-noravank", "unlisted", None),
    ("http://www.anhri.net/en/reports/x", "npc-ngo-anhri", "unlisted", None),
    ("https://ccfa.fr/dossiers-de-presse/x/", "npc-assoc-ccfa", "unlisted", None),
    ("https://www.craftbeer.com/craft-beer-muses/x", "npc-assoc-brewers", "unlisted", None),
    ("https://www.nacsonline.com/News/Daily/Pages/x.aspx", "npc-assoc-nacs", "unlisted", None),
    ("https://amac.us/x/", "npc-assoc-amac", "unlisted", None),
    ("https://www.leagle.com/decision/infco20170101x", "npc-ref-leagle", "unlisted", None),
    ("https://www.thegreenpapers.com/G20/x.phtml", "npc-ref-green-papers", "unlisted", None),
    ("https://www.270towin.com/maps/x", "npc-ref-270towin", "unlisted", None),
    ("https://www.xe.com/currencyconverter/convert/?Amount=1&From=USD&To=EUR", "npc-ref-xe", "unlisted", None),
    ("https://www.fidal.it/content/x/1", "npc-sport-fidal", "unlisted", None),
    ("https://www.bowl.com/news/x", "npc-sport-usbc", "unlisted", None),
    ("https://www.safa.net/x/", "npc-sport-safa", "unlisted", None),
    ("https://www.thenff.com/x/", "npc-sport-nigeria-ff", "unlisted", None),
    ("https://www.rbs6nations.com/en/x.php", "npc-sport-six-nations", "unlisted", None),
    ("https://gobison.com/news/2019/1/1/x.aspx", "npc-ncaa-ndsu", "unlisted", None),
    ("https://goprincetontigers.com/news/2019/1/1/x.aspx", "npc-ncaa-princeton", "unlisted", None),
    ("https://utahstateaggies.com/sports/football", "npc-ncaa-utah-state", "unlisted", None),
    ("https://www.roymorgan.com/findings/x", "npc-co-roy-morgan", "unlisted", None),
    ("https://www.schroders.com/en/insights/x/", "npc-co-schroders", "unlisted", None),
    ("https://www.hl.co.uk/news/articles/x", "npc-co-hargreaves-lansdown", "unlisted", None),
    ("https://www.otcmarkets.com/stock/ABCD/overview", "npc-co-otc-markets", "unlisted", None),
    ("https://www.vodafone.de/featured/x/", "npc-co-vodafone-de", "unlisted", None),
    ("https://www.fnac.com/a1/x", "npc-co-fnac", "unlisted", None),
    ("https://nakedsecurity.sophos.com/2020/01/01/x/", "npc-co-sophos", "unlisted", None),
    ("https://torontopl.bibliocommons.com/item/show/1", "npc-co-bibliocommons", "unlisted", None),
]


@pytest.mark.parametrize("url, pid, category, owner", FACTS)
def test_hosts_get_the_publisher(classify, url, pid, category, owner):
    result = classify(url)
    assert result.publisher is not None and result.publisher.id == pid, url
    assert result.category == category and result.owner == owner, url


@pytest.mark.parametrize("name, pid", [
    ("Brand South Africa", "npc-gov-zaf-brand-sa"),
    ("Slovenska turistična organizacija", "npc-gov-svn-sto"),
    ("Schweiz Tourismus", "npc-gov-che-switzerland-tourism"),
    ("Роспечать", "npc-gov-rus-rospechat"),
    ("Mazowiecki Urząd Wojewódzki", "npc-gov-pol-muw"),
    ("Arabic Network for Human Rights Information", "npc-ngo-anhri"),
    ("Comité des Constructeurs Français d'Automobiles", "npc-assoc-ccfa"),
    ("Federazione Italiana di Atletica Leggera", "npc-sport-fidal"),
    ("United States Bowling Congress", "npc-sport-usbc"),
    ("Nigeria Football Federation", "npc-sport-nigeria-ff"),
    ("Hargreaves Lansdown", "npc-co-hargreaves-lansdown"),
])
def test_names_find_the_publisher(classify, name, pid):
    result = classify(name)
    assert result.publisher is not None and result.publisher.id == pid, name


def test_counts(entries):
    assert len(entries) >= 70
    cats = Counter(p.category for p in entries)
    assert cats["government"] >= 6 and cats["unlisted"] >= 64 and cats["ngo"] == 0
    groups = Counter(p.group for p in entries)
    assert groups["sports-body"] >= 20 and groups["company"] >= 30 and groups["reference"] >= 7
    for p in entries:
        assert p.basis and p.domains and "total_count" in p.basis, p.id
        assert (p.owner is not None) == (p.category == "government"), p.id
        assert p.category in ("government", "unlisted"), p.id


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
    "https://www.intoscana.it/it/articolo/x/",      # a regional foundation's newsroom: press
    "https://www.lcp.fr/actualites/x",              # the National Assembly's TV channel
    "https://www.afn.net/politics-govt/x/",         # the AFA's news service (afa.net is listed)
    "https://www.tpp-inform.ru/news/x.html",        # the Chamber of Commerce's news portal
    "https://www.canadiangeographic.ca/article/x",  # a society's magazine
])
def test_press_stays_press(classify, url):
    assert classify(url).category == "rejected", url
