"""Present, former and edition hosts of state media that the registry lists under one host
(rules/registry/state_media_hosts.yaml, helper SM-HOSTS).

Facts (URLs and names -> category, owner, entry), each entry copying its outlet's class, minimums,
and lookalikes that must never be taken for the outlet.
"""

import pytest

from conftest import file_entries, names_borne_elsewhere, outlets_named, table_misses


FILE = "registry/state_media_hosts.yaml"


@pytest.fixture(scope="module")
def entries(rules):
    return file_entries(rules, FILE)


# (url, category as the default ruleset gives it, owner, entry id)
URL_FACTS = [
    ("https://www.thenationalnews.com/news/uae/2025/01/01/x/", "state_media", "ARE", "pfh-are-the-national-new"),
    ("http://www.asharqalawsat.com/english/news.asp?section=1&id=1", "state_media", "SAU",
     "pfh-sau-asharq-al-awsat-old"),
    ("https://www.arabnews.pk/node/2652024/lifestyle", "state_media", "SAU", "smh-sau-arab-news-pakistan"),
    ("https://www.arabnews.jp/en/business/article_78947", "state_media", "SAU", "smh-sau-arab-news-japan"),
    ("https://asharq.com/latest-news", "state_media", "SAU", "smh-sau-asharq-com"),
    ("http://www.81.cn/jwywpd/2025-01/01/content_1.htm", "state_media", "CHN", "smh-chn-china-military-online-81"),
    ("http://english.pladaily.com.cn/site2/news-channels/x.htm", "state_media", "CHN", "smh-chn-pla-daily-old"),
    ("http://www.rthk.org.hk/rthk/news/englishnews/20100101/news_20100101_56_1.htm", "state_media", "CHN",
     "smh-chn-rthk-org-hk"),
    ("http://www.chinadailyusa.com/epaper/x.html", "state_media", "CHN", "smh-chn-china-daily-usa-com"),
    ("http://www.chinatoday.com.cn/ctenglish/2018/cs/201911/t20191129_800186426.html", "state_media", "CHN",
     "smh-chn-china-today-com-cn"),
    ("http://gb.chinabroadcast.cn/1/2005/01/01/x.htm", "state_media", "CHN", "smh-chn-cri-chinabroadcast"),
    ("https://izvestia.ru/news/649093", "state_media", "RUS", "smh-rus-izvestia-old"),
    ("https://strategic-culture.su/news/2024/01/01/x/", "state_media", "RUS", "smh-rus-strategic-culture-su"),
    ("https://www.fondsk.ru/news/2020/01/01/x.html", "state_media", "RUS", "smh-rus-fondsk"),
    ("https://journal-neo.su/2024/01/01/x/", "state_media", "RUS", "smh-rus-new-eastern-outlook-su"),
    ("https://news-front.su/2024/01/01/x/", "state_media", "RUS", "smh-rus-news-front-su"),
    ("http://rbth.ru/articles/2008/01/01/x.html", "state_media", "RUS", "smh-rus-rbth-ru"),
    ("https://www.trtafrika.com/africa/x-12345", "state_media", "TUR", "smh-tur-trt-afrika"),
    ("http://vietnamnews.vnagency.com.vn/showarticle.php?num=04SOC151207", "state_media", "VNM",
     "smh-vnm-vna-vnagency"),
    ("http://www.thanhniennews.com/politics/x.html", "state_media", "VNM", "smh-vnm-thanh-nien-news"),
    ("https://www.kazinform.kz/en/x", "state_media", "KAZ", "smh-kaz-kazinform-kz"),
    ("https://www.press.et/english/?p=12345", "state_media", "ETH", "smh-eth-press-agency"),
    ("https://www.maspero.eg/art-and-culture/2025/01/26/838326/x", "state_media", "EGY", "smh-egy-maspero"),
    ("https://www.irannewspaper.ir/8012/1/12345", "state_media", "IRN", "smh-irn-iran-newspaper"),
]


def test_urls(classify):
    assert table_misses(classify, URL_FACTS) == []  # one test for the table: a miss lists every row


def test_listed_hosts_keep_their_entries(classify):
    # a host listed here never takes over a longer host another entry lists
    for url, publisher_id in [
        ("https://eng.chinamil.com.cn/2025xb/x.html", "sm-chn-jiefangjun-bao"),
        ("https://dotnet.ertu.org/x", "sm-egy-ertu"),
        ("https://www.thenational.ae/x", "sm-are-the-national"),
        ("https://aawsat.com/x", "sm-sau-asharq-al-awsat"),
        ("https://www.arabnews.com/node/1", "sm-sau-arab-news"),
        ("https://strategic-culture.org/news/x", "sm-rus-strategic-culture-foundation"),
    ]:
        assert classify(url).publisher.id == publisher_id, url


def test_entries_copy_their_outlet(rules, entries):
    # every entry names its outlet entry in the basis, and that entry gives the same class
    for p, named in outlets_named(rules, entries):
        assert named, p.id
        outlet = rules.index.get(named[0])
        assert (p.category, p.owner, p.typology) == (outlet.category, outlet.owner, outlet.typology), p.id
        assert outlet.typology in {"SC", "CaPu"}, p.id


@pytest.mark.parametrize("name, owner", [
    ("Arab News Pakistan", "SAU"), ("TRT Afrika", "TUR"), ("PLA Daily", "CHN"),
    ("China Military Online", "CHN"), ("Ethiopian Press Agency", "ETH"), ("Iran Newspaper", "IRN"),
    ("Fondsk", "RUS"), ("Thanh Nien News", "VNM"),
])
def test_names(classify, name, owner):
    result = classify(name)
    assert (result.category, result.owner) == ("state_media", owner), (name, result)


def test_no_name_taken_from_another_entry(rules, entries):
    assert names_borne_elsewhere(rules, entries) == []


@pytest.mark.parametrize("url", [
    "https://fake-thenationalnews.com/", "https://thenationalnews.com.evil.example/",
    "https://notasharqalawsat.com/", "https://asharq.com.evil.example/", "https://x81.cn/",
    "https://81.cn.example.net/", "https://fake-izvestia.ru/", "https://strategic-culture.su.evil.example/",
    "https://trtafrika.blogspot.com/", "https://kazinform.kz.evil.example/", "https://notpress.et/",
    "https://maspero.eg.evil.example/", "https://fakeirannewspaper.ir/", "https://thanhniennews.github.io/",
])
def test_lookalikes_not_state_media(classify, url):
    result = classify(url)
    assert result.category != "state_media" and result.owner is None, (url, result)


def test_left_out_hosts_not_listed(entries):
    domains = {d for p in entries for d in p.domains}
    for host in ("1tv.com", "vgtrk.ru", "newsfront.info", "orientalreview.su", "baltnews.lv", "inosmi.ru",
                 "iribworldservice.ir", "saigon-gpdaily.com.vn", "asharqbusiness.com", "emirates247.com",
                 "aawsat.net", "wam.org.ae", "redstar.ru"):
        assert host not in domains, host


def test_shapes(entries):
    for p in entries:
        assert p.id.startswith("smh-") and p.id[4:7].isalpha() and p.id[7] == "-", p.id
        assert p.category == "state_media" and p.typology in {"SC", "CaPu"}, p.id
        assert len(p.owner) == 3 and p.owner.isupper() and p.id[4:7] == p.owner.lower(), p.id
        assert p.basis and ("search tool" in p.basis or "Same holder" in p.basis), p.id
        assert p.name.endswith(f"({p.domains[0]})"), p.id


def test_minimums(entries):
    assert len(entries) >= 22
    assert sum(len(p.domains) for p in entries) >= 23
    assert len({p.owner for p in entries}) >= 9
