"""State media round 3: other hosts of outlets that the registry lists under one host
(rules/registry/state_media_hosts_c.yaml, helper SM-HOSTS3).

Facts (URLs and names -> category, owner, entry), each entry copying its outlet's class, minimums,
and lookalikes that must never be taken for the outlet.
"""

import pytest

from conftest import file_entries, names_borne_elsewhere, outlets_named, table_misses


FILE = "registry/state_media_hosts_c.yaml"


@pytest.fixture(scope="module")
def entries(rules):
    return file_entries(rules, FILE)


# (url, category as the default ruleset gives it, owner, entry id)
URL_FACTS = [
    ("https://rtde.life/inland/12345-x/", "state_media", "RUS", "smh3-rus-rt-deutsch-rtde-life"),
    ("https://radiosputnik.ru/20231010/x.html", "state_media", "RUS", "smh3-rus-radio-sputnik"),
    ("http://www.vov.org.vn/2008/x.html", "state_media", "VNM", "smh3-vnm-vov-org-vn"),
    ("https://kaztrk.kz/news/x", "state_media", "KAZ", "smh3-kaz-rtrk-kaztrk"),
    ("https://radio-streams.kaztrk.kz/qazradio/qazradio/icecast.audio", "state_media", "KAZ",
     "smh3-kaz-rtrk-kaztrk"),
    ("https://www.radiotunisienne.tn/articles/rss", "state_media", "TUN", "smh3-tun-radio-tunisienne"),
    ("http://www.watania2.tn/x", "state_media", "TUN", "smh3-tun-el-watania-2"),
    ("https://www.almamlaka.tv/news/x", "state_media", "JOR", "smh3-jor-al-mamlaka-tv"),
    ("https://alsabah.iq/12345/x", "state_media", "IRQ", "smh3-irq-al-sabah-alsabah-iq"),
]


def test_urls(classify):
    assert table_misses(classify, URL_FACTS) == []  # one test for the table: a miss lists every row


def test_listed_hosts_keep_their_entries(classify):
    # a host listed here never takes over a longer host another entry lists
    for url, publisher_id in [
        ("https://test.rtde.life/x", "sm-rus-rt-deutsch"),
        ("https://uk.vesti.news/x", "sm-rus-vesti-uk-edition"),
        ("https://radiosputnik.ria.ru/x", "sm-rus-ria-novosti"),
        ("https://vov.vn/x", "sm-vnm-vov"),
        ("https://www.radionationale.tn/x", "sm-tun-radio-tunis"),
        ("https://www.watania1.tn/x", "sm-tun-al-watanya"),
        ("https://www.almamlakatv.com/x", "sm-jor-al-mamlaka"),
        ("https://alsabaah.iq/x", "sm-irq-al-sabah"),
        ("https://qazradio.fm/x", "sm-kaz-qazaq-radiosi"),
    ]:
        assert classify(url).publisher.id == publisher_id, url


def test_entries_copy_their_outlet(rules, entries):
    # every entry names its outlet entry in the basis, and that entry gives the same class
    for p, named in outlets_named(rules, entries):
        assert named, p.id
        for i in named:
            outlet = rules.index.get(i)
            assert (p.category, p.owner, p.typology) == (outlet.category, outlet.owner, outlet.typology), (p.id, i)
            assert outlet.typology in {"SC", "CaPu"}, p.id


@pytest.mark.parametrize("name, owner", [
    ("Radio Tunisienne", "TUN"), ("El Watania 2", "TUN"), ("Al Mamlaka TV", "JOR"),
])
def test_names(classify, name, owner):
    result = classify(name)
    assert (result.category, result.owner) == ("state_media", owner), (name, result)


def test_no_name_taken_from_another_entry(rules, entries):
    assert names_borne_elsewhere(rules, entries) == []


@pytest.mark.parametrize("url", [
    "https://fake-rtde.life/", "https://rtde.life.evil.example/", "https://notvesti.news/",
    "https://radiosputnik.ru.evil.example/", "https://xvov.org.vn/", "https://kaztrk.kz.evil.example/",
    "https://fakeradiotunisienne.tn/", "https://watania2.tn.evil.example/", "https://almamlaka.blogspot.com/",
    "https://almamlaka.tv.evil.example/", "https://xalsabah.iq/", "https://alsabah.iq.example.net/",
])
def test_lookalikes_not_state_media(classify, url):
    result = classify(url)
    assert result.category != "state_media" and result.owner is None, (url, result)


def test_left_out_hosts_not_listed(entries):
    domains = {d for p in entries for d in p.domains}
    for host in ("azertac.com", "azertag.com", "tehrantimes.ir", "ptvnews.com.pk", "lerenovateur.org.la",
                 "tvk.com.kh", "vnn.vn", "bernama.com.my", "aliraqiya.tv", "iran-newspaper.com", "arabnews.fr",
                 "kcckp.net", "turkmenportal.com"):
        assert host not in domains, host


def test_shapes(entries):
    for p in entries:
        assert p.id.startswith("smh3-") and p.id[5:8].isalpha() and p.id[8] == "-", p.id
        assert p.category == "state_media" and p.typology in {"SC", "CaPu"}, p.id
        assert len(p.owner) == 3 and p.owner.isupper() and p.id[5:8] == p.owner.lower(), p.id
        assert p.basis and ("search" in p.basis or "Same holder" in p.basis or "test-lists" in p.basis), p.id
        assert p.name.endswith(f"({p.domains[0]})"), p.id


def test_minimums(entries):
    assert len(entries) >= 8  # vesti.news left out by the lead
    assert sum(len(p.domains) for p in entries) >= 8
    assert len({p.owner for p in entries}) >= 5
