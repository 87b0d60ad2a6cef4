"""State media round 2: present, former, edition and company hosts of outlets that the registry lists
under one host or none (rules/registry/state_media_hosts_b.yaml, helper SM-HOSTS2).

Facts (URLs and names -> category, owner, entry), each entry copying its outlet's class, minimums,
and lookalikes that must never be taken for the outlet.
"""

import pytest

from conftest import file_entries, names_borne_elsewhere, outlets_named, table_misses


FILE = "registry/state_media_hosts_b.yaml"


@pytest.fixture(scope="module")
def entries(rules):
    return file_entries(rules, FILE)


# (url, category as the default ruleset gives it, owner, entry id)
URL_FACTS = [
    ("https://www.emirates247.com/news/emirates/x-2024-01-01-1.700000", "state_media", "ARE",
     "smh2-are-emirates-24-7"),
    ("http://www.juventudrebelde.co.cu/cuba/2008-01-01/x/", "state_media", "CUB", "smh2-cub-juventud-rebelde-english"),
    ("http://www.juventudrebelde.cip.cu/rss/all/", "state_media", "CUB", "smh2-cub-juventud-rebelde-english"),
    ("http://www.icrt.cu/", "state_media", "CUB", "smh2-cub-icrt"),
    ("http://www.radiohc.org/Distributions/Dxers/scripts/99-0925.html", "state_media", "CUB",
     "smh2-cub-radio-habana-cuba-org"),
    ("https://www.qtv.qa/", "state_media", "QAT", "smh2-qat-qatar-tv-qtv"),
    ("https://thawra.sy/local/x/", "state_media", "SYR", "smh2-syr-al-thawra"),
    ("https://alwehda-news.sy/?p=1", "state_media", "SYR", "smh2-syr-al-wehda"),
    ("https://alikhbariah.com/x", "state_media", "SYR", "smh2-syr-al-ikhbariyah"),
    ("https://mediaklikk.hu/m1-elo/", "state_media", "HUN", "smh2-hun-mediaklikk"),
    ("https://www.tnamcot.com/view/x", "state_media", "THA", "smh2-tha-tna-mcot"),
    ("https://snrtnews.com/fr/article/x", "state_media", "MAR", "smh2-mar-snrt-news"),
    ("http://www.ctv.by/novosti-minska/x", "state_media", "BLR", "smh2-blr-stv-ctv"),
    ("https://radiobelarus.by/ru/news/x", "state_media", "BLR", "smh2-blr-radio-belarus"),
    ("https://belarus24.by/news/x", "state_media", "BLR", "smh2-blr-belarus-24"),
    ("https://str.sg/wnme", "state_media", "SGP", "smh2-sgp-straits-times-str-sg"),
    ("https://cna.asia/39VlfxU", "state_media", "SGP", "smh2-sgp-cna-asia"),
    ("https://www.mewatch.sg/watch/x", "state_media", "SGP", "smh2-sgp-mewatch"),
    ("http://www.kurir-info.rs/rss/zabava/", "state_media", "SRB", "smh2-srb-kurir-info"),
    ("http://www.politika.co.rs/x", "state_media", "SRB", "smh2-srb-politika-co-rs"),
    ("http://mrtvmyanmar.com/", "state_media", "MMR", "smh2-mmr-mrtv-myanmar"),
    ("http://www.vientianemai.net/", "state_media", "LAO", "smh2-lao-vientiane-mai"),
    ("https://www.abpinfo.bi/x", "state_media", "BDI", "smh2-bdi-abp-info"),
    ("https://www.ukrinform.fr/rss/block-lastnews", "state_media", "UKR", "smh2-ukr-ukrinform-fr-pl"),
    ("https://www.ukrinform.pl/rubric-polytics/x.html", "state_media", "UKR", "smh2-ukr-ukrinform-fr-pl"),
]


def test_urls(classify):
    assert table_misses(classify, URL_FACTS) == []  # one test for the table: a miss lists every row


def test_listed_hosts_keep_their_entries(classify):
    # a host listed here never takes over a longer host another entry lists
    for url, publisher_id in [
        ("https://tvcubana.icrt.cu/x", "sm-cub-television-cubana"),
        ("https://v2.vientianemai.net/x", "sm-lao-vientiane-mai"),
        ("https://tv.mewatch.sg/x", "sm-sgp-suria"),
        ("https://english.abpinfo.bi/x", "sm-bdi-abp"),
        ("https://www.juventudrebelde.cu/x", "sm-cub-juventud-rebelde"),
        ("https://www.straitstimes.com/x", "sm-sgp-the-straits-times"),
        ("https://www.channelnewsasia.com/x", "sm-sgp-channel-newsasia"),
        ("https://tna.mcot.net/x", "sm-tha-thai-news-agency"),
        ("https://www.radiohc.cu/x", "smm-cub-radio-habana-cuba"),
        ("https://www.ukrinform.de/x", "smm-ukr-ukrinform-editions"),
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
    ("Emirates 24|7", "ARE"), ("Emirates 24/7", "ARE"), ("Al-Thawra Syria", "SYR"), ("SNRT News", "MAR"),
    ("Belarus 24", "BLR"), ("Radio Belarus", "BLR"), ("TNA MCOT", "THA"),
])
def test_names(classify, name, owner):
    result = classify(name)
    assert (result.category, result.owner) == ("state_media", owner), (name, result)


def test_no_name_taken_from_another_entry(rules, entries):
    assert names_borne_elsewhere(rules, entries) == []


@pytest.mark.parametrize("url", [
    "https://fake-emirates247.com/", "https://emirates247.com.evil.example/", "https://notqtv.qa/",
    "https://qtv.qa.example.net/", "https://althawra.sy.evil.example/", "https://xthawra.sy/",
    "https://mediaklikk.hu.evil.example/", "https://fakesnrtnews.com/", "https://abcctv.by/",
    "https://str.sg.evil.example/", "https://xstr.sg/", "https://cna.asia.evil.example/",
    "https://belarus24.blogspot.com/", "https://radiobelarus.by.evil.example/",
    "https://tnamcot.github.io/", "https://ukrinform.fr.evil.example/", "https://notradiohc.org/", "https://icrt.cu.evil.example/",
])
def test_lookalikes_not_state_media(classify, url):
    result = classify(url)
    assert result.category != "state_media" and result.owner is None, (url, result)


def test_left_out_hosts_not_listed(entries):
    domains = {d for p in entries for d in p.domains}
    for host in ("azertag.com", "tanjug.co.rs", "map.co.ma", "cambio.bo", "kplnet.net", "eri.tv", "jeemtv.net",
                 "ictimairadio.az", "mr1-kossuth.hu", "alhurriyah.sy", "laprensalatina.com", "b92s.net",
                 "furat.alwehda.gov.sy", "rtde.life", "vesti.news", "radiosputnik.ru"):
        assert host not in domains, host


def test_shapes(entries):
    for p in entries:
        assert p.id.startswith("smh2-") and p.id[5:8].isalpha() and p.id[8] == "-", p.id
        assert p.category == "state_media" and p.typology in {"SC", "CaPu"}, p.id
        assert len(p.owner) == 3 and p.owner.isupper() and p.id[5:8] == p.owner.lower(), p.id
        assert p.basis and ("search tool" in p.basis or "Same holder" in p.basis), p.id
        assert p.name.endswith(f"({p.domains[0]})"), p.id


def test_minimums(entries):
    assert len(entries) >= 22
    assert sum(len(p.domains) for p in entries) >= 24
    assert len({p.owner for p in entries}) >= 12
