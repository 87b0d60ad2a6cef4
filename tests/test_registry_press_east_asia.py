"""press_east_asia.yaml (issue 12, the long tail): newspapers, news sites and magazines of Japan, South
Korea, Taiwan, Hong Kong, Mongolia and South-East Asia on hosts the registry did not know.

Facts (URLs and names -> this file's entry, rejected, no owner, country), entries that copy an outlet
listed elsewhere, hosts left to the lead that stay off this file, the file's shape and minimums, and
lookalikes that must never be taken for these outlets."""

from collections import Counter

import pytest

from conftest import file_entries, names_borne_elsewhere, outlets_named, table_misses

FILE = "registry/press_east_asia.yaml"
PREFIX = "press-ea-"
TRUSTED = {"un", "government", "reuters", "state_media", "ngo"}


@pytest.fixture(scope="module")
def entries(rules):
    return file_entries(rules, FILE)


# (url, category, owner, entry id)
URL_FACTS = [
    # Japan: prefectural and local dailies
    ("https://www.at-s.com/news/article/shizuoka/123456.html", "rejected", None, "press-ea-shizuoka-shimbun"),
    ("https://www.kanaloco.jp/news/government/article-123456.html", "rejected", None, "press-ea-kanagawa-shimbun"),
    ("https://www.niigata-nippo.co.jp/articles/-/429859", "rejected", None, "press-ea-niigata-nippo"),
    ("https://kumanichi.com/articles/123456", "rejected", None, "press-ea-kumamoto-nichinichi"),
    ("https://373news.com/_news/storyid/123456/", "rejected", None, "press-ea-minami-nippon"),
    ("https://www.sakigake.jp/news/article/20220101AK0001/", "rejected", None, "press-ea-akita-sakigake"),
    ("https://www.minpo.jp/news/moredetail/2022010191234", "rejected", None, "press-ea-fukushima-minpo"),
    ("https://www.the-miyanichi.co.jp/kennai/_60000.html", "rejected", None, "press-ea-miyazaki-nichinichi"),
    ("https://www.toonippo.co.jp/articles/-/123456", "rejected", None, "press-ea-to-o-nippo"),
    ("https://ibarakinews.jp/news/newsdetail.php?f_jun=1", "rejected", None, "press-ea-ibaraki-shimbun"),
    ("http://ibaraki-np.co.jp/news/x.html", "rejected", None, "press-ea-ibaraki-shimbun"),
    ("https://www.yaeyama-nippo.com/", "rejected", None, "press-ea-yaeyama-nippo"),
    ("https://www.daily-tohoku.co.jp/news/x.html", "rejected", None, "press-ea-daily-tohoku"),
    ("https://kahoku.news/articles/20220101khn000001.html", "rejected", None, "press-ea-kahoku-shimpo-news"),
    ("http://www.tokushima-np.co.jp/x.html", "rejected", None, "press-ea-tokushima-shimbun-old"),
    ("https://japanupdate.com/2020/01/x/", "rejected", None, "press-ea-japan-update"),
    # South Korea
    ("https://www.kwnews.co.kr/page/view/2022010100000000001", "rejected", None, "press-ea-gangwon-ilbo"),
    ("https://www.jjan.kr/article/20220101580001", "rejected", None, "press-ea-jeonbuk-ilbo"),
    ("http://www.ihalla.com/article.php?aid=1", "rejected", None, "press-ea-halla-ilbo"),
    ("http://www.sisainlive.com/news/articleView.html?idxno=1", "rejected", None, "press-ea-sisain-live"),
    # Indonesia, the Philippines, Malaysia
    ("https://www.pikiran-rakyat.com/nasional/pr-01/x", "rejected", None, "press-ea-pikiran-rakyat"),
    ("https://www.balipost.com/news/2022/01/01/x/", "rejected", None, "press-ea-bali-post"),
    ("https://www.solopos.com/x-1234567", "rejected", None, "press-ea-solopos"),
    ("https://www.panaynews.net/x/", "rejected", None, "press-ea-panay-news"),
    ("https://mindanaotimes.com.ph/2022/01/01/x/", "rejected", None, "press-ea-mindanao-times"),
    ("https://www.interaksyon.com/politics-issues/2019/01/01/x/", "rejected", None, "press-ea-interaksyon"),
    ("https://www.hmetro.com.my/utama/2022/01/x", "rejected", None, "press-ea-harian-metro"),
    ("https://www.bharian.com.my/berita/nasional/2022/01/x", "rejected", None, "press-ea-berita-harian-my"),
    # Thailand, Mongolia, Hong Kong, Taiwan
    ("https://www.thaipost.net/main/detail/12345", "rejected", None, "press-ea-thai-post"),
    ("https://news.sanook.com/8512345/", "rejected", None, "press-ea-sanook-news"),
    ("http://bolod.mn/a/1234", "rejected", None, "press-ea-bolod-mn"),
    ("http://www.stnn.cc/pacific_asia/x.shtml", "rejected", None, "press-ea-stnn"),
    ("https://tw.nextapple.com/politics/20220101/x", "rejected", None, "press-ea-nextapple"),
    ("https://www.newsmarket.com.tw/blog/123456/", "rejected", None, "press-ea-newsmarket-tw"),
    ("http://world.yam.com/post.php?id=1", "rejected", None, "press-ea-yam-world"),
    ("https://www.hkcnews.com/article/29919/x", "rejected", None, "press-ea-citizen-news-hk"),
    # round 2: feed lists and source maps
    ("https://ikon.mn/n/2abc", "rejected", None, "press-ea-ikon-mn"),
    ("https://unuudur.mn/a/123", "rejected", None, "press-ea-unuudur"),
    ("https://itoim.mn/article/x", "rejected", None, "press-ea-itoim"),
    ("https://mothership.sg/2025/04/finance-director-scammed-deepfake/", "rejected", None, "press-ea-mothership"),
    ("https://www.utusan.com.my/nasional/2024/12/x/", "rejected", None, "press-ea-utusan-malaysia"),
    ("https://pru.utusan.com.my/", "rejected", None, "press-ea-utusan-malaysia"),
    ("https://says.com/my/news/x", "rejected", None, "press-ea-says-com"),
    ("https://thestandard.co/thai-electronics-ai-chip-data-center/", "rejected", None, "press-ea-the-standard-th"),
    ("https://mgronline.com/politics/detail/9650000000001", "rejected", None, "press-ea-mgr-online"),
    ("https://www.dailynews.co.th/news/123/", "rejected", None, "press-ea-dailynews-th"),
    ("https://workpointtoday.com/x/", "rejected", None, "press-ea-workpoint-today"),
]


def test_urls(classify):
    assert table_misses(classify, URL_FACTS) == []  # one test for the table: a miss lists every row


@pytest.mark.parametrize("name, publisher", [
    ("Shizuoka Shimbun", "press-ea-shizuoka-shimbun"),
    ("新潟日報", "press-ea-niigata-nippo"),
    ("Kumamoto Nichinichi Shimbun", "press-ea-kumamoto-nichinichi"),
    ("秋田魁新報", "press-ea-akita-sakigake"),
    ("Gangwon Ilbo", "press-ea-gangwon-ilbo"),
    ("Pikiran Rakyat", "press-ea-pikiran-rakyat"),
    ("Baguio Midland Courier", "press-ea-baguio-midland-courier"),
    ("New Sarawak Tribune", "press-ea-new-sarawak-tribune"),
    ("壹蘋新聞網", "press-ea-nextapple"),
    ("BH Berita Harian", "press-ea-berita-harian-my"),
    ("Utusan Malaysia", "press-ea-utusan-malaysia"),
    ("眾新聞", "press-ea-citizen-news-hk"),
    ("Workpoint Today", "press-ea-workpoint-today"),
])
def test_names_find_the_outlet(rules, name, publisher):
    found = rules.index.by_name(name)
    assert found is not None and found.id == publisher, name


def test_singapore_berita_harian_keeps_its_entry(rules):
    # Malaysia's BH goes by 'BH Berita Harian': the bare name stays Singapore's state-media title
    assert rules.index.by_name("Berita Harian").id == "sm-sgp-berita-harian"


@pytest.mark.parametrize("name, publisher", [
    ("The Standard", "press-standard-ke"),   # Thailand's is qualified; Kenya's keeps the bare name
    ("Stand News", "press-stand-news"),
])
def test_other_outlets_keep_their_names(rules, name, publisher):
    assert rules.index.by_name(name).id == publisher


@pytest.mark.parametrize("phrase", ["Daily News", "Citizen News", "Mothership", "Says", "Manager",
                                    "Japan Update", "News on Japan", "Thai Post", "Gereg"])
def test_everyday_phrases_are_not_these_outlets(rules, phrase):
    found = rules.index.by_name(phrase)
    assert found is None or not found.id.startswith(PREFIX), phrase


def test_listed_hosts_keep_their_entries(classify):
    # a host listed here never takes over a host another entry lists
    for url, publisher_id in [
        ("https://kahoku.co.jp/x", "press-kahoku-shimpo"),
        ("https://www.topics.or.jp/articles/-/1", "porg-the-tokushima-shimbun"),
        ("https://interaksyon.philstar.com/x/", "press-philstar"),
        ("https://www.sisain.co.kr/news/articleView.html?idxno=1", "press-kr-sisain"),
        ("https://www.sanook.com/", None),
        ("https://www.yam.com/", None),
    ]:
        result = classify(url)
        got = result.publisher.id if result.publisher else None
        assert got == publisher_id or (publisher_id is None and not (got or "").startswith(PREFIX)), url


def test_alternate_hosts_copy_their_outlet(rules, entries):
    copies = [(p, named) for p, named in outlets_named(rules, entries, ("press-", "porg-"))
              if "alternate host" in p.name or "former host" in p.name]
    assert len(copies) == 3
    for p, named in copies:
        assert named, p.id
        outlet = rules.index.get(named[0])
        assert (p.category, p.owner, p.country) == (outlet.category, outlet.owner, outlet.country), p.id


def test_no_name_taken_from_another_entry(rules, entries):
    assert names_borne_elsewhere(rules, entries) == []


def test_left_to_the_lead_not_listed(entries):
    domains = {d for p in entries for d in p.domains}
    for host in ("taiwanplus.com", "shanghaidaily.com", "nfcmag.com", "infzm.com", "thaipbsworld.com",
                 "vnexpress.net", "bjnews.com.cn", "sanook.com", "yam.com", "sina.com.cn", "qq.com",
                 "news.singtao.ca", "asiaone.com", "peopo.org", "minyu-net.com", "ftvnews.com.tw"):
        assert host not in domains, host


@pytest.mark.parametrize("url", [
    "https://at-s.com.evil.example/", "https://notat-s.com/", "https://fake-kumanichi.com/",
    "https://kanaloco.jp.example.net/", "https://xjjan.kr/", "https://balipost.github.io/",
    "https://thaipost.net.evil.example/", "https://news.sanook.com.example.org/",
    "https://tw.nextapple.com.evil.example/", "https://bolod.mn.example.com/",
])
def test_lookalikes_not_the_outlet(classify, url):
    result = classify(url)
    assert result.category not in TRUSTED, url
    assert result.publisher is None or not result.publisher.id.startswith(PREFIX), (url, result)


def test_shapes(entries):
    for p in entries:
        assert p.id.startswith(PREFIX), p.id
        assert p.category == "rejected" and p.owner is None, p.id
        assert p.group == "newspapers" and p.kind in {"newspaper", "magazine", "broadcaster", "online"}, p.id
        assert p.country in {"JPN", "KOR", "CHN", "TWN", "HKG", "MNG", "THA", "MYS", "SGP", "PHL", "IDN",
                             "KHM", "MMR", "BRN", "LAO", "TLS"}, p.id
        assert p.domains and len(p.basis) > 80 and "read" in p.basis.lower(), p.id


def test_minimums(entries):
    assert len(entries) >= 60
    assert sum(len(p.domains) for p in entries) >= 60
    countries = Counter(p.country for p in entries)
    assert len(countries) >= 8
    assert countries["JPN"] >= 30 and countries["MNG"] >= 5 and countries["THA"] >= 5
