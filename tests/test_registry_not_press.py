"""Not press: organisations' own sites that GDELT's news list holds (rules/registry/not_press.yaml).

Sports leagues, federations, clubs and college athletics sites, companies, think tanks, book
publishers and the like were 'rejected' as press through the GDELT fallback; they are `unlisted`
(chair's discretion). Facts, minimum counts, lookalikes, no public suffix, press kept as press.
"""

from collections import Counter

import pytest

FILE = "registry/not_press.yaml"
GROUPS = {"company", "sports-body", "think-tank", "research", "publisher", "igo", "education",
          "reference", "culture", "association"}
TRUSTED = ("government", "un", "reuters", "state_media", "ngo")


@pytest.fixture(scope="module")
def entries(rules):
    return [p for p in rules.index.publishers if p.origin.rpartition(":")[0].endswith(FILE)]


FACTS = [
    ("https://www.nfl.com/news/some-story", "sport-nfl"),
    ("https://www.nba.com/news/x", "sport-nba"),
    ("https://www.mlb.com/news/x", "sport-mlb"),
    ("https://www.nhl.com/news/x", "sport-nhl"),
    ("https://www.fifa.com/tournaments/mens/worldcup", "sport-fifa"),
    ("https://www.uefa.com/uefachampionsleague/", "sport-uefa"),
    ("https://www.bundesliga.com/en/bundesliga", "sport-dfl"),
    ("https://www.bundesliga.de/de/bundesliga", "sport-dfl"),
    ("https://www.premierleague.com/news/1", "sport-premier-league"),
    ("https://www.afl.com.au/news/1", "sport-afl"),
    ("https://www.chelseafc.com/en/news", "club-chelsea"),
    ("https://www.fcbarcelona.com/en/", "club-fc-barcelona"),
    ("https://www.dallascowboys.com/news/x", "nfl-cowboys"),
    ("https://www.redskins.com/news/x", "nfl-washington"),
    ("https://huskers.com/news/2019/1/1/x", "ncaa-nebraska"),
    ("https://goduke.com/news/x", "ncaa-duke"),
    ("https://www.mckinsey.com/featured-insights/x", "co-mckinsey"),
    ("https://www.walmart.com/ip/1", "co-walmart"),
    ("https://www.qatarairways.com/en/", "co-qatar-airways"),
    ("https://www.moodys.com/research/x", "co-moodys"),
    ("https://www.kff.org/medicaid/issue-brief/x/", "tt-kff"),
    ("https://www.wri.org/insights/x", "res-wri"),
    ("https://carnegie.ru/commentary/1", "tt-carnegie-moscow"),
    ("https://www.people-press.org/2019/01/01/x/", "tt-pew-people-press"),
    ("https://valdaiclub.com/a/highlights/x/", "tt-valdai"),
    ("https://us.macmillan.com/books/1", "pub-macmillan"),
    ("https://www.penguinrandomhouse.com/books/1", "pub-penguin-random-house"),
    ("https://www.oecdobserver.org/news/x", "igo-oecd-observer"),
    ("https://www.investopedia.com/terms/g/gdp.asp", "ref-investopedia"),
    ("https://www.uschamber.com/x", "assoc-us-chamber"),
    ("https://web.nmusd.us/x", "edu-nmusd"),
]


@pytest.mark.parametrize("url, pid", FACTS)
def test_hosts_are_unlisted_with_the_publisher(classify, url, pid):
    result = classify(url)
    assert result.category == "unlisted" and result.owner is None, url
    assert result.publisher is not None and result.publisher.id == pid, url


def test_counts(entries):
    assert len(entries) >= 150
    groups = Counter(p.group for p in entries)
    assert groups["sports-body"] >= 110 and groups["company"] >= 15
    assert groups["think-tank"] + groups["research"] >= 8 and groups["publisher"] >= 5
    assert set(groups) <= GROUPS
    for p in entries:
        assert p.category == "unlisted" and p.owner is None and p.basis and p.domains, p.id
        assert "total_count" in p.basis, p.id


@pytest.mark.parametrize("url, pid", FACTS)
def test_lookalikes_are_not_the_publisher(classify, url, pid):
    from evidence_check.domains import registered_domain

    host = registered_domain(url.split("/")[2])  # us.macmillan.com -> macmillan.com
    for fake in (f"https://{host}.evil.example/x", f"https://fake-{host}/x", f"https://not{host}/x"):
        result = classify(fake)
        assert result.publisher is None or result.publisher.id != pid, fake
        assert result.category not in TRUSTED, fake


def test_no_entry_lists_a_public_suffix(entries):
    from evidence_check.domains import registered_domain

    for p in entries:
        for domain in p.domains:
            host = domain.partition("/")[0]
            # a public suffix has no registered domain of its own; every entry here lists one
            assert registered_domain(host) == host, (p.id, domain)


@pytest.mark.parametrize("url", [
    "https://www.espn.com/nfl/story/_/id/1",          # sports news stays press
    "https://www.espncricinfo.com/story/x",
    "https://khn.org/news/x/",                         # KFF Health News is journalism
    "https://www.smithsonianmag.com/history/x/",
])
def test_press_stays_press(classify, url):
    assert classify(url).category == "rejected", url
