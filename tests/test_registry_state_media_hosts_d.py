"""State media round 4: other hosts (former, edition, channel, language and short-link hosts) of outlets
that the registry already lists (rules/registry/state_media_hosts_d.yaml, helper SMH-D).

Facts (URLs and names -> category, owner, entry), each entry copying its outlet's class, minimums,
lookalikes that must never be taken for the outlet, and hosts left out on purpose.
"""

import pytest

from conftest import file_entries, names_borne_elsewhere, outlets_named, table_misses, trusted_hosts_under


FILE = "registry/state_media_hosts_d.yaml"


@pytest.fixture(scope="module")
def entries(rules):
    return file_entries(rules, FILE)


# (url, category as the default ruleset gives it, owner, entry id)
URL_FACTS = [
    ("http://www.iran-newspaper.com/1390/x.htm", "state_media", "IRN", "sm-host-d-irn-iran-newspaper-com"),
    ("http://jornaldeangola.sapo.ao/politica/x", "state_media", "AGO", "sm-host-d-ago-jornal-de-angola-sapo"),
    ("http://www.lerenovateur.org.la/x", "state_media", "LAO", "sm-host-d-lao-le-renovateur-org-la"),
    ("http://www.pasaxon.org.la/x", "state_media", "LAO", "sm-host-d-lao-pasaxon"),
    ("http://www.alhayat-j.com/newsite/details.php?opt=1&id=1", "state_media", "PSE",
     "sm-host-d-pse-al-hayat-al-jadida-j"),
    ("http://www.algomhuria.net.eg/gom/x", "state_media", "EGY", "sm-host-d-egy-al-gomhuria-net-eg"),
    ("http://www.ng.by/ru/issues?art_id=1", "state_media", "BLR", "sm-host-d-blr-narodnaya-gazeta-ng-by"),
    ("http://german.beijingreview.com.cn/x.htm", "state_media", "CHN", "sm-host-d-chn-beijing-review-com-cn"),
    ("http://www.beijingreview.com.cn/", "state_media", "CHN", "sm-host-d-chn-beijing-review-com-cn"),
    ("http://newspaper.albaathmedia.sy/2019/x", "state_media", "SYR", "sm-host-d-syr-al-baath-albaathmedia"),
    ("http://www.dz.com.pl/x", "state_media", "POL", "sm-host-d-pol-dziennik-zachodni-dz"),
    ("https://rtde.site/international/1-x/", "state_media", "RUS", "sm-host-d-rus-rt-deutsch-rtde-site"),
    ("https://baltnews.lt/x.html", "state_media", "RUS", "sm-host-d-rus-baltnews-baltic"),
    ("https://baltnews.lv/x.html", "state_media", "RUS", "sm-host-d-rus-baltnews-baltic"),
    ("https://baltnews.ee/x.html", "state_media", "RUS", "sm-host-d-rus-baltnews-baltic"),
    ("https://inosmi.ru/20240101/x.html", "state_media", "RUS", "sm-host-d-rus-inosmi"),
    ("https://www.1tv.com/live", "state_media", "RUS", "sm-host-d-rus-channel-one-1tv-com"),
    ("https://player.vgtrk.com/iframe/live/id/21/", "state_media", "RUS", "sm-host-d-rus-vgtrk"),
    ("https://vgtrk.ru/russiatv", "state_media", "RUS", "sm-host-d-rus-vgtrk"),
    ("https://www.trtavaz.com.tr/haber/tur/x", "state_media", "TUR", "sm-host-d-tur-trt-avaz"),
    ("https://www.trt1.com.tr/diziler", "state_media", "TUR", "sm-host-d-tur-trt-1"),
    ("https://www.trtspor.com.tr/haber/futbol/x", "state_media", "TUR", "sm-host-d-tur-trt-spor"),
    ("http://www.trtcocuk.com/x", "state_media", "TUR", "sm-host-d-tur-trt-cocuk"),
    ("http://www.trtokul.com.tr/x", "state_media", "TUR", "sm-host-d-tur-trt-okul"),
    ("http://www.trtbelgesel.net.tr/x", "state_media", "TUR", "sm-host-d-tur-trt-belgesel"),
    ("https://www.trtfrancais.com/article/x", "state_media", "TUR", "sm-host-d-tur-trt-francais"),
    ("https://www.zaobao.sg/news/singapore/story-x", "state_media", "SGP", "sm-host-d-sgp-lianhe-zaobao-sg"),
    ("https://www.omanobserver.com/feed/", "state_media", "OMN", "sm-host-d-omn-oman-observer-com"),
    ("https://www.ajnet.me/news/2024/1/1/x", "state_media", "QAT", "sm-host-d-qat-al-jazeera-ajnet-me"),
    ("https://qazinform.com/news/x", "state_media", "KAZ", "sm-host-d-kaz-qazinform"),
    ("https://felesteen.news/post/181271", "state_media", "PSE", "sm-host-d-pse-felesteen-news"),
    ("https://www.irna.news/news/1/x", "state_media", "IRN", "sm-host-d-irn-irna-news"),
    ("https://www.tasnimnews.ir/fa/news/x", "state_media", "IRN", "sm-host-d-irn-tasnim-ir"),
    ("http://www.irinn.ir/fa/news/499654", "state_media", "IRN", "sm-host-d-irn-irinn"),
    ("https://www.elmoudjahid.dz/fr/nation/x", "state_media", "DZA", "sm-host-d-dza-el-moudjahid-dz"),
]


def test_urls(classify):
    assert table_misses(classify, URL_FACTS) == []  # one test for the table: a miss lists every row


def test_listed_hosts_keep_their_entries(classify):
    # a host listed here never takes over a host another entry lists
    for url, publisher_id in [
        ("https://irannewspaper.ir/x", "smh-irn-iran-newspaper"),
        ("http://jornaldeangola.ao/x", "sm-ago-jornal-de-angola"),
        ("https://lerenovateur.la/x", "sm-lao-le-renovateur"),
        ("https://www.bjreview.com.cn/x", "sm-chn-beijing-review"),
        ("https://de.rt.com/x", "sm-rus-rt-deutsch"),
        ("https://baltnews.com/x", "sm-rus-baltnews"),
        ("https://ria.ru/x", "sm-rus-ria-novosti"),
        ("https://www.1tv.ru/x", "sm-rus-pervyy-kanal"),
        ("https://www.trt.net.tr/x", "sm-tur-trt"),
        ("https://www.trtrussian.com/x", "sm-tur-trt-russian"),
        ("https://www.zaobao.com.sg/x", "sm-sgp-lianhe-zaobao"),
        ("https://www.omanobserver.om/x", "sm-omn-oman-daily-observer"),
        ("https://www.aljazeera.net/x", "sm-qat-al-jazeera"),
        ("https://www.inform.kz/x", "sm-kaz-kazinform"),
        ("https://felesteen.ps/x", "sm-pse-felestin"),
        ("https://www.irna.ir/x", "sm-irn-irna"),
        ("https://www.tasnimnews.com/x", "sm-irn-tasnim-news-agency"),
        ("https://www.iribnews.ir/x", "smm-irn-irib-news-agency"),
        ("https://www.elmoudjahid.com/x", "sm-dza-el-moudjahid"),
        ("https://narodnaya.tj/x", "sm-tjk-narodnaya-gazeta"),
    ]:
        assert classify(url).publisher.id == publisher_id, url


def test_sapo_portal_not_swallowed(classify):
    # only Jornal de Angola's own host on the SAPO portal is state media, never the portal or its tenants
    for url in ("https://sapo.ao/", "https://noticias.sapo.ao/x", "https://www.sapo.pt/"):
        assert classify(url).category != "state_media", url


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
    ("TRT Avaz", "TUR"), ("TRT Spor", "TUR"), ("TRT Belgesel", "TUR"), ("Qazinform", "KAZ"), ("InoSMI", "RUS"),
    ("IRINN", "IRN"), ("Pasaxon", "LAO"), ("Felesteen", "PSE"),
])
def test_names(classify, name, owner):
    result = classify(name)
    assert (result.category, result.owner) == ("state_media", owner), (name, result)


def test_no_name_taken_from_another_entry(rules, entries):
    assert names_borne_elsewhere(rules, entries) == []


@pytest.mark.parametrize("url", [
    "https://xiran-newspaper.com/", "https://iran-newspaper.com.evil.example/", "https://ng.by.example.net/",
    "https://notng.by/", "https://xbaltnews.lt/", "https://baltnews.lt.evil.example/", "https://notinosmi.ru/",
    "https://1tv.com.evil.example/", "https://x1tv.com/", "https://trtspor.com.tr.evil.example/",
    "https://faketrtavaz.com.tr/", "https://zaobao.sg.evil.example/", "https://myzaobao.sg/",
    "https://ajnet.me.evil.example/", "https://xajnet.me/", "https://qazinform.com.evil.example/",
    "https://felesteen.news.evil.example/", "https://irinn.ir.evil.example/", "https://xirinn.ir/",
    "https://elmoudjahid.dz.example.net/", "https://albaathmedia.sy.evil.example/", "https://rtde.site.evil.example/",
])
def test_lookalikes_not_state_media(classify, url):
    result = classify(url)
    assert result.category != "state_media" and result.owner is None, (url, result)


def test_left_out_hosts_not_listed(entries):
    domains = {d for p in entries for d in p.domains}
    for host in ("toggle.sg", "respublica-news.az", "azerbaijan-news.az", "alalamtv.net", "andina.com.pe",
                 "algomhoriah.net", "rt.ru", "rtnews.com", "rtfrance.tv", "rtarabic.com", "rtbalkan.rs",
                 "redfish.media", "maffick.com", "sputnik.africa", "sputnikpress.ru", "zvezdaweekly.ru",
                 "redstar.ru", "vestifinance.ru", "tvc.ru", "trtarabi.com", "trtbalkan.com", "bjinformation.com",
                 "elperuano.tsi.com.pe", "alsabahpress.com", "tamilmurasu.org", "why.com.cn", "yjc.ir",
                 "jamejamonline.ir", "siyassa.org.eg", "cyol.net", "sabanews.net", "naenara.com", "sapo.ao",
                 "albaathmedia.sy"):
        assert host not in domains, host


def test_shapes(entries):
    for p in entries:
        assert p.id.startswith("sm-host-d-") and p.id[10:13].isalpha() and p.id[13] == "-", p.id
        assert p.category == "state_media" and p.typology in {"SC", "CaPu"}, p.id
        assert len(p.owner) == 3 and p.owner.isupper() and p.id[10:13] == p.owner.lower(), p.id
        assert p.basis and ("search" in p.basis or "snapshot on this machine" in p.basis), p.id
        assert p.name.endswith(")") and p.domains[0] in p.name, p.id


def test_minimums(entries):
    assert len(entries) >= 30
    assert sum(len(p.domains) for p in entries) >= 33
    assert len({p.owner for p in entries}) >= 14
