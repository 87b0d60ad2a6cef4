"""State media round 5: other hosts (edition, channel, language, app, mirror and parent hosts) of outlets
that the registry already lists (rules/registry/state_media_hosts_e.yaml, helper SMH-E).

Facts (URLs and names -> category, owner, entry), each entry copying its outlet's class, minimums,
lookalikes that must never be taken for the outlet, and hosts left out on purpose.
"""

import pytest

from conftest import file_entries, names_borne_elsewhere, outlets_named, table_misses, trusted_hosts_under


FILE = "registry/state_media_hosts_e.yaml"


@pytest.fixture(scope="module")
def entries(rules):
    return file_entries(rules, FILE)


# (url, category as the default ruleset gives it, owner, entry id)
URL_FACTS = [
    ("https://www.rtarabic.com/news/1/", "state_media", "RUS", "sm-host-e-rus-rt-arabic-rtarabic"),
    ("https://freedert.online/international/1-x/", "state_media", "RUS", "sm-host-e-rus-rt-mirrors"),
    ("https://dert.online/x", "state_media", "RUS", "sm-host-e-rus-rt-mirrors"),
    ("https://rtde.live/x", "state_media", "RUS", "sm-host-e-rus-rt-mirrors"),
    ("https://rurtnews.com/x", "state_media", "RUS", "sm-host-e-rus-rt-mirrors"),
    ("https://rossiyasegodnya.com/", "state_media", "RUS", "sm-host-e-rus-rossiya-segodnya"),
    ("http://www.1tvrus.com/channel1/schedule/", "state_media", "RUS", "sm-host-e-rus-channel-one-1tvrus"),
    ("http://player.rutv.ru/iframe/video/id/996922", "state_media", "RUS", "sm-host-e-rus-vgtrk-rutv"),
    ("https://tvkultura.ru/article/show/article_id/204325/", "state_media", "RUS",
     "sm-host-e-rus-russia-k-tvkultura"),
    ("https://spnfa.ir/x", "state_media", "RUS", "sm-host-e-rus-sputnik-channels"),
    ("https://sputniknewsbrasil.com.br/20240101/x.html", "state_media", "RUS", "sm-host-e-rus-sputnik-channels"),
    ("https://ckxxapp.ckxx.net/pages/2026/10/06/abc.html", "state_media", "CHN", "sm-host-e-chn-reference-news-ckxx"),
    ("http://m.ckxx.net/zhongguo/p/116445.html", "state_media", "CHN", "sm-host-e-chn-reference-news-ckxx"),
    ("https://www.peopleapp.com/column/30053168917-500007704534", "state_media", "CHN",
     "sm-host-e-chn-peoples-daily-app"),
    ("https://www.yangshipin.cn/tv/home?pid=600001859", "state_media", "CHN", "sm-host-e-chn-cctv-yangshipin"),
    ("https://www.yjc.ir/fa/amp/news/9038887", "state_media", "IRN", "sm-host-e-irn-young-journalists-club"),
    ("https://iranpress.com/content/57584/x", "state_media", "IRN", "sm-host-e-irn-iran-press"),
    ("https://opais.co.ao/politica/x/", "state_media", "AGO", "sm-host-e-ago-o-pais-co-ao"),
    ("https://www.lana-news.ly/ara", "state_media", "LBY", "sm-host-e-lby-lana-news"),
    ("https://www.trtarabi.com/live", "state_media", "TUR", "sm-host-e-tur-trt-arabi"),
    ("https://www.trt2.com.tr/canli-yayin", "state_media", "TUR", "sm-host-e-tur-trt-2"),
    ("https://www.trtcocuk.net.tr/canli-yayin", "state_media", "TUR", "sm-host-e-tur-trt-cocuk-net"),
    ("https://www.trtbelgesel.com.tr/", "state_media", "TUR", "sm-host-e-tur-trt-belgesel-com-tr"),
    ("https://www.trtturk.com.tr/canli-yayin", "state_media", "TUR", "sm-host-e-tur-trt-turk"),
    ("https://www.trtmuzik.net.tr/canli-yayin", "state_media", "TUR", "sm-host-e-tur-trt-muzik"),
    ("https://www.trtizle.com/canli/tv/trt-1", "state_media", "TUR", "sm-host-e-tur-trt-izle"),
    ("https://www.tabii.com/tr/watch/live/trt1", "state_media", "TUR", "sm-host-e-tur-trt-tabii"),
    ("https://nasional.tvrinews.com/berita/x", "state_media", "IDN", "sm-host-e-idn-tvri-news"),
    ("https://www.aljazeeramubasher.net/rss", "state_media", "QAT", "sm-host-e-qat-al-jazeera-mubasher"),
]


def test_urls(classify):
    assert table_misses(classify, URL_FACTS) == []  # one test for the table: a miss lists every row


def test_listed_hosts_keep_their_entries(classify):
    # a host listed here never takes over a host another entry lists
    for url, publisher_id in [
        ("https://arabic.rt.com/x", "sm-rus-rt-arabic"),
        ("https://www.rt.com/x", "sm-rus-rt-international"),
        ("https://swentr.site/x", "sm-rus-rt-international"),
        ("https://ria.ru/x", "sm-rus-ria-novosti"),
        ("https://www.1tv.ru/x", "sm-rus-pervyy-kanal"),
        ("https://russia.tv/x", "sm-rus-russia-1-1"),
        ("https://player.vgtrk.com/iframe/live/id/21/", "sm-host-d-rus-vgtrk"),
        ("https://sputnikglobe.com/x", "sm-rus-sputnik-news"),
        ("https://www.cankaoxiaoxi.com/x", "sm-chn-reference-news-cankao-xiaoxi"),
        ("http://www.people.com.cn/x", "sm-chn-peoples-daily-chinese"),
        ("https://tv.cntv.cn/x", "smm-chn-cctv-cntv"),
        ("https://www.iribnews.ir/x", "smm-irn-irib-news-agency"),
        ("https://www.irib.ir/x", "sm-irn-irib-tv"),
        ("https://opais.ao/x", "sm-ago-o-pais"),
        ("https://lana.gov.ly/x", "sm-lby-wal"),
        ("https://www.trtarabic.com/x", "sm-tur-trt-arabic"),
        ("https://www.trt.net.tr/x", "sm-tur-trt"),
        ("http://www.trtcocuk.com/x", "sm-host-d-tur-trt-cocuk"),
        ("http://www.trtbelgesel.net.tr/x", "sm-host-d-tur-trt-belgesel"),
        ("https://tvri.go.id/x", "sm-idn-tvri"),
        ("https://www.aljazeera.net/x", "sm-qat-al-jazeera"),
    ]:
        assert classify(url).publisher.id == publisher_id, url


def test_other_papers_of_the_same_name_not_swallowed(classify):
    # O País of Mozambique is another paper; only Angola's opais.co.ao is listed here
    for url in ("https://opais.co.mz/x", "https://www.opais.co.mz/"):
        result = classify(url)
        assert not (result.publisher and result.publisher.id == "sm-host-e-ago-o-pais-co-ao"), url


def test_entries_copy_their_outlet(rules, entries):
    # every entry names its outlet entry in the basis, and that entry gives the same class
    for p, named in outlets_named(rules, entries):
        assert named, p.id
        for i in named:
            outlet = rules.index.get(i)
            assert (p.category, p.owner, p.typology) == (outlet.category, outlet.owner, outlet.typology), (p.id, i)
            assert outlet.typology in {"SC", "CaPu"}, p.id
            if p.kind:
                assert p.kind == outlet.kind, (p.id, i)


def test_no_government_host_swallowed(rules, entries):
    # no host here is, or sits above, a government (or UN) entry's host
    assert trusted_hosts_under(rules, entries) == []


@pytest.mark.parametrize("name, owner", [
    ("TRT Türk", "TUR"), ("TRT Müzik", "TUR"), ("TRT Arabi", "TUR"), ("TRT İzle", "TUR"),
    ("Al Jazeera Mubasher", "QAT"), ("Телеканал Культура", "RUS"), ("央视频", "CHN"),
    ("باشگاه خبرنگاران جوان", "IRN"), ("Iran Press News Agency", "IRN"),
])
def test_names(classify, name, owner):
    result = classify(name)
    assert (result.category, result.owner) == ("state_media", owner), (name, result)


def test_no_name_taken_from_another_entry(rules, entries):
    assert names_borne_elsewhere(rules, entries) == []


@pytest.mark.parametrize("url", [
    "https://xrtarabic.com/", "https://rtarabic.com.evil.example/", "https://notdert.online.example/",
    "https://rtde.live.evil.example/", "https://x1tvrus.com/", "https://1tvrus.com.evil.example/",
    "https://myrutv.ru/", "https://spnfa.ir.example.net/", "https://xckxx.net/", "https://ckxx.net.evil.example/",
    "https://notpeopleapp.com/", "https://yangshipin.cn.evil.example/", "https://xyjc.ir/",
    "https://yjc.ir.evil.example/", "https://fakeiranpress.com/", "https://opais.co.ao.evil.example/",
    "https://xlana-news.ly/", "https://trtarabi.com.evil.example/", "https://faketrt2.com.tr/",
    "https://trtizle.com.evil.example/", "https://notabii.com/", "https://tvrinews.com.evil.example/",
    "https://xaljazeeramubasher.net/",
])
def test_lookalikes_not_state_media(classify, url):
    result = classify(url)
    assert result.category != "state_media" and result.owner is None, (url, result)


def test_left_out_hosts_not_listed(entries):
    domains = {d for p in entries for d in p.domains}
    for host in ("alalam.news", "journallapresse.tn", "xinhua.org", "youth.cn", "xalqqazeti.az", "trtespanol.com",
                 "bnews.vn", "qdnd.vn", "radiomayak.ru", "vmeste-rf.tv", "m24.ru", "topspb.tv", "matchtv.ru",
                 "jamejamonline.ir", "nmg.ru", "rttv.ru", "rttv.com", "mk.kg", "mkisrael.co.il", "vesti-ukr.com",
                 "vesty.co.il", "trtbalkan.com", "rtvs.sk", "redstar.ru", "opais.co.mz", "sapo.ao"):
        assert host not in domains, host


def test_shapes(entries):
    for p in entries:
        assert p.id.startswith("sm-host-e-") and p.id[10:13].isalpha() and p.id[13] == "-", p.id
        assert p.category == "state_media" and p.typology in {"SC", "CaPu"}, p.id
        assert len(p.owner) == 3 and p.owner.isupper() and p.id[10:13] == p.owner.lower(), p.id
        assert p.basis and ("search" in p.basis or "snapshot on this machine" in p.basis), p.id
        assert p.name.endswith(")") and p.domains[0] in p.name, p.id


def test_minimums(entries):
    assert len(entries) >= 24
    assert sum(len(p.domains) for p in entries) >= 28
    assert len({p.owner for p in entries}) >= 8
