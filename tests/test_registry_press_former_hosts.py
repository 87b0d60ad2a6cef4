"""Former, short, edition and language-service hosts of press outlets and state media already listed
elsewhere (rules/registry/press_former_hosts.yaml, issue 12 item 4).

Facts (URLs and names -> category, owner, entry), each entry copying its outlet's class, minimums,
and lookalikes that must never be taken for the outlet.
"""

import pytest

from conftest import file_entries, names_borne_elsewhere, outlets_named, table_misses


FILE = "registry/press_former_hosts.yaml"


@pytest.fixture(scope="module")
def entries(rules):
    return file_entries(rules, FILE)


# (url, category as the default ruleset gives it, owner, entry id)
URL_FACTS = [
    # state media (SC / CaPu stay state_media; ISFM is below the default threshold: rejected, owner kept)
    ("http://www.chinaview.cn/20080101/x.htm", "state_media", "CHN", "pfh-chn-xinhua-chinaview"),
    ("https://www.thenationalnews.com/uae/2022/08/24/x", "state_media", "ARE", "pfh-are-the-national-new"),
    ("http://asharqalawsat.com/english/news.asp?section=1&id=1", "state_media", "SAU", "pfh-sau-asharq-al-awsat-old"),
    ("http://www.crienglish.com/about.htm", "state_media", "CHN", "pfh-chn-cri-crienglish"),
    ("http://www.cctv-america.com/2015/01/01/x", "state_media", "CHN", "pfh-chn-cctv-america"),
    ("http://www.chinapressusa.com/", "state_media", "CHN", "pfh-chn-china-press-usa"),
    ("http://www.abn.info.ve/go_news5.php?articulo=39148", "state_media", "VEN", "pfh-ven-abn"),
    ("https://www.iran-daily.com/News/1234", "state_media", "IRN", "pfh-irn-iran-daily"),
    ("http://www.irandaily.ir/", "state_media", "IRN", "pfh-irn-iran-daily"),
    ("https://www.voachinese.com/a/x.html", "rejected", "USA", "pfh-usa-voa-language-sites"),
    ("https://www.voatiengviet.com/", "rejected", "USA", "pfh-usa-voa-language-sites"),
    ("https://www.radiosawa.com/x", "rejected", "USA", "pfh-usa-radio-sawa"),
    ("http://www.ana.gr/anaweb/user/showplain?id=1", "rejected", "GRC", "pfh-grc-ana-mpa-old"),
    ("http://www.mpa.gr/", "rejected", "GRC", "pfh-grc-ana-mpa-old"),
    ("https://japanese.rti.org.tw/news/view/id/1", "rejected", "TWN", "pfh-twn-rti-root"),
    ("https://www.ebc.com.br/", "state_media", "BRA", "pfh-bra-ebc"),
    ("https://www.tvp.info/123/x", "state_media", "POL", "pfh-pol-tvp-info"),
    ("https://naukawpolsce.pl/aktualnosci/x", "state_media", "POL", "pfh-pol-pap-nauka"),
    ("http://www.mcot.net/view/x", "state_media", "THA", "pfh-tha-mcot-root"),
    # press (rejected, no owner)
    ("http://www.euronews.net/2009/01/01/x/", "rejected", None, "pfh-euronews-net"),
    ("https://www.thetimes.com/uk/article/x", "rejected", None, "pfh-times-uk-thetimes-com"),
    ("http://www.gmanews.tv/story/123/x", "rejected", None, "pfh-gma-news-tv"),
    ("http://www.lvrj.com/news/x.html", "rejected", None, "pfh-lvrj"),
    ("http://www.signonsandiego.com/news/x", "rejected", None, "pfh-signonsandiego"),
    ("http://www.mingpaovan.com/x", "rejected", None, "pfh-ming-pao-editions"),
    ("http://www.observa.com.uy/actualidad/x.aspx", "rejected", None, "pfh-el-observador-uy-old"),
    ("http://www.libero-news.it/news/x.html", "rejected", None, "pfh-libero-old"),
    ("http://www.diepresse.at/x", "rejected", None, "pfh-die-presse-at"),
    ("http://www.walrusmagazine.com/articles/x/", "rejected", None, "pfh-walrus-old"),
    ("https://sz.de/1.1237295", "rejected", None, "pfh-sueddeutsche-sz-de"),
    ("http://www.publico.clix.pt/x", "rejected", None, "pfh-publico-pt-clix"),
    ("http://www.inquirer.com.ph/", "rejected", None, "pfh-inquirer-com-ph"),
    ("http://hk.apple.nextmedia.com/news/art/20100101/x", "rejected", None, "pfh-apple-daily-hk-nextmedia"),
    ("http://www.projo.com/news/x.html", "rejected", None, "pfh-projo"),
    ("https://www.realclearworld.com/articles/x.html", "rejected", None, "pfh-realclearworld"),
]


def test_urls(classify):
    assert table_misses(classify, URL_FACTS) == []  # one test for the table: a miss lists every row


def test_listed_hosts_keep_their_entries(classify):
    # a registered domain listed here never takes over the longer host its outlet's entry lists
    for url, publisher_id in [
        ("https://en.rti.org.tw/news/view/id/1", "sm-twn-radio-taiwan-international"),
        ("https://agenciabrasil.ebc.com.br/x", "sm-bra-agencia-brasil"),
        ("https://radio.mcot.net/x", "sm-tha-mcot-radio"),
        ("https://newspaper.irandaily.ir/x", "sm-irn-iran-daily"),
        ("https://www.voanews.com/a/x.html", "sm-usa-voice-of-america"),
    ]:
        assert classify(url).publisher.id == publisher_id, url


def test_entries_copy_their_outlet(rules, entries):
    # every entry names its outlet entry in the basis, and that entry gives the same class
    for p, named in outlets_named(rules, entries, ("press-", "sm-", "smm-")):
        assert named, p.id
        outlet = rules.index.get(named[0])
        assert (p.category, p.owner) == (outlet.category, outlet.owner), (p.id, outlet.id)
        if p.category == "state_media" or p.owner:
            assert p.typology == outlet.typology, (p.id, outlet.id)


@pytest.mark.parametrize("name, category, owner", [
    ("Radio Sawa", "rejected", "USA"), ("CCTV America", "state_media", "CHN"),
    ("Agencia Bolivariana de Noticias", "state_media", "VEN"), ("Macedonian Press Agency", "rejected", "GRC"),
    ("SignOnSanDiego", "rejected", None), ("RealClearWorld", "rejected", None), ("BDlive", "rejected", None),
    ("GMA News Online", "rejected", None), ("Asia Times Online", "rejected", None),
    ("Thanh Nien News", "state_media", "VNM"), ("Nauka w Polsce", "state_media", "POL"),
])
def test_names(classify, name, category, owner):
    result = classify(name)
    assert (result.category, result.owner) == (category, owner), (name, result)


def test_no_name_taken_from_another_entry(rules, entries):
    assert names_borne_elsewhere(rules, entries) == []


@pytest.mark.parametrize("url", [
    "https://fake-chinaview.cn/", "https://chinaview.cn.evil.example/", "https://notchinaview.cn/",
    "https://voachinese.com.evil.example/", "https://fakevoachinese.com/", "https://radiosawa.blogspot.com/",
    "https://abn.info.ve.example.net/", "https://iran-daily.com.evil.example/", "https://notana.gr/",
    "https://ebc.com.br.evil.example/", "https://fake-rti.org.tw/", "https://mcot.net.evil.example/",
])
def test_lookalikes_not_state_media(classify, url):
    result = classify(url)
    assert result.category != "state_media" and result.owner is None, (url, result)


@pytest.mark.parametrize("url", [
    "https://fake-euronews.net/", "https://euronews.net.evil.example/", "https://notthetimes.com/",
    "https://thetimes.com.evil.example/", "https://xsz.de/", "https://sz.de.evil.example/",
    "https://atimes.com.evil.example/", "https://gmanews.tv.example.org/", "https://lvrj.github.io/",
])
def test_lookalikes_not_the_outlet(classify, url):
    result = classify(url)
    assert result.publisher is None or not result.publisher.id.startswith("pfh-"), (url, result)


def test_left_out_hosts_not_listed(entries):
    domains = {d for p in entries for d in p.domains}
    for host in ("sana-syria.com", "wafa.pna.net", "pna.net", "rompres.ro", "aawsat.net", "wam.org.ae",
                 "cctv-america.tv", "inosmi.ru", "ireland.com", "zaman.com.tr", "asiaone.com", "clix.pt",
                 "nextmedia.com", "24.com", "timesplus.co.uk"):
        assert host not in domains, host


def test_shapes(entries):
    for p in entries:
        assert p.id.startswith("pfh-"), p.id
        assert p.category in {"state_media", "rejected"}, p.id
        if p.owner is None:
            assert p.group in {"newspapers", "news-sites", "magazines", "aggregators"} and p.country, p.id
        else:
            assert len(p.owner) == 3 and p.owner.isupper() and p.typology, p.id
        assert p.basis and ("search tool" in p.basis or "calibre" in p.basis or "gdelt" in p.basis
                            or "registered domain" in p.basis), p.id


def test_minimums(entries):
    assert len(entries) >= 28
    assert sum(len(p.domains) for p in entries) >= 35
    assert len({p.owner for p in entries if p.owner}) >= 8
