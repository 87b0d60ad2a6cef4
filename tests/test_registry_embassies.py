"""Diplomatic missions on their own domains (rules/registry/embassies.yaml, hand-written).

Each entry rests on a page of the mission's own site that says which mission it is; owner is
the SENDING state. These tests read only the repository and never the network.
"""

import pytest

TRUSTED = {"un", "government", "reuters", "state_media", "ngo"}


@pytest.fixture(scope="module")
def embassies(rules):
    return [p for p in rules.index.publishers if "embassies.yaml:" in (p.origin or "")]


# --- facts: a mission's own site -> government of the sending state ---------------------------

@pytest.mark.parametrize("url, owner, publisher_id", [
    ("https://thaiembdc.org/2023/06/18/thediplomatseries/", "THA", "emb-tha-washington"),
    ("https://www.thaiembassy.no/consular/", "THA", "emb-tha-oslo"),
    ("http://srilankahc.uk/", "LKA", "emb-lka-london"),
    ("http://www.lankamission.org/2013-08-29-07-25-36/other-statements.html", "LKA", "emb-lka-geneva"),
    ("http://www.slhc.com.my/", "LKA", "emb-lka-kuala-lumpur"),
    ("https://philippineembassy-dc.org/ph-embassy-to-open-its-doors", "PHL", "emb-phl-washington"),
    ("https://pakun.org/news/10242024-01", "PAK", "emb-pak-new-york-un"),
    ("https://bhclondon.org.uk/bangladesh-uk-political-relations", "BGD", "emb-bgd-london"),
    ("https://bdun.org/mission/the-mission/", "BGD", "emb-bgd-new-york-un"),
    ("https://www.ethioembassy.org.uk/news/", "ETH", "emb-eth-london"),
    ("https://ethiopianembassy.be/en/2016/06/17/pictures-chancery-inaugural-ceremony/", "ETH", "emb-eth-brussels"),
    ("https://www.indembsofia.org/en/consular/visa/", "IND", "emb-ind-sofia"),
    ("https://www.nigeriahc.org.uk/about", "NGA", "emb-nga-london"),
    ("https://nigeriaembassyusa.org/from-the-ambassadors-desk/", "NGA", "emb-nga-washington"),
    ("https://kenyaembassydc.org/servicecharter/", "KEN", "emb-ken-washington"),
    ("https://kenyahighcom.org.uk/news/kenya-at-60-a-reflection-on-the-year-2023", "KEN", "emb-ken-london"),
    ("https://russiaun.ru/en/news/pressbriefing_240221", "RUS", "emb-rus-new-york-un"),
    ("https://www.rusemb.org.uk/fnapr/6467", "RUS", "emb-rus-london"),
    ("https://onu.delegfrance.org/The-Permanent-Mission-8600", "FRA", "emb-fra-new-york-un"),
    ("https://www.colombiaemb.org/post/strengthening-consular-services", "COL", "emb-col-washington"),
    ("http://embassyofmongolia.co.uk/?lang=en&paged=4", "MNG", "emb-mng-london"),
    # round 4: capitals MUN papers cite most
    ("http://www.china-un.ch/eng/gywm/dbtjs/t1512264.htm", "CHN", "emb-chn-geneva"),
    ("https://kbritokyo.jp/page/2/?lang=ja", "IDN", "emb-idn-tokyo"),
    ("http://www.indonesiamission-ny.org/zymurgy/custom/statement.php?id=90", "IDN", "emb-idn-new-york-un"),
    ("https://mission-indonesia.org/2018/06/19/statement/", "IDN", "emb-idn-geneva"),
    ("https://www.kenyarep-jp.com/en/embassy/servicecharter/", "KEN", "emb-ken-tokyo"),
    ("http://www.kenyaun.org/ShowArticle.aspx?ID=64", "KEN", "emb-ken-new-york-un"),
    ("https://russiaeu.ru/en/news/eu-confrontational-demarche", "RUS", "emb-rus-brussels-eu"),
    ("http://www.sajapan.org/category/events/", "ZAF", "emb-zaf-tokyo"),
    ("http://www.thaiembassy.ca/en/thailand-canada-relations/diplomatic-relations", "THA", "emb-tha-ottawa"),
    ("https://www.thaiembassy.be/2010/04/05/", "THA", "emb-tha-brussels"),
    ("https://ukraineun.org/en/press-center/532-statement/", "UKR", "emb-ukr-new-york-un"),
])
def test_mission_sites_are_government_of_the_sending_state(classify, url, owner, publisher_id):
    result = classify(url)
    assert (result.category, result.owner) == ("government", owner), url
    assert result.publisher is not None and result.publisher.id == publisher_id, url


@pytest.mark.parametrize("name, owner", [
    ("Permanent Mission of the Russian Federation to the United Nations", "RUS"),
    ("Mission permanente de la France auprès des Nations unies", "FRA"),
    ("Kenya High Commission London", "KEN"),
    ("Royal Thai Embassy in Oslo", "THA"),
    ("জাতিসংঘে বাংলাদেশ স্থায়ী মিশন", "BGD"),
    ("KBRI Tokyo", "IDN"),
    ("PTRI Jenewa", "IDN"),
    ("Permanent Mission of Ukraine to the United Nations", "UKR"),
    ("Permanent Mission of the Russian Federation to the European Union", "RUS"),
    ("South African Embassy in Japan", "ZAF"),
    ("Kenya Mission to the United Nations", "KEN"),
    ("Royal Thai Embassy in Ottawa", "THA"),
])
def test_mission_names_name_the_sending_state(rules, name, owner):
    publisher = rules.index.by_name(name)
    assert publisher is not None and publisher.owner == owner, name


def test_the_receiving_state_is_never_the_owner(classify):
    # An embassy in London is the sending state's, not the United Kingdom's.
    for url in ("https://srilankahc.uk/", "https://www.rusemb.org.uk/", "https://www.nigeriahc.org.uk/"):
        assert classify(url).owner != "GBR", url


def test_the_host_state_is_never_the_owner_in_the_round_4_capitals(classify):
    # Tokyo, Ottawa, Brussels, Geneva: the sending state owns the mission's site.
    for url, host_state in (("https://sajapan.org/", "JPN"), ("https://kenyarep-jp.com/", "JPN"),
                            ("https://kbritokyo.jp/", "JPN"), ("https://thaiembassy.ca/", "CAN"),
                            ("https://thaiembassy.be/", "BEL"), ("https://china-un.ch/", "CHE"),
                            ("https://mission-indonesia.org/", "CHE")):
        assert classify(url).owner != host_state, url


def test_only_the_read_subdomain_of_delegfrance_is_listed(classify):
    other = classify("https://ue.delegfrance.org/")
    assert other.publisher is None or other.publisher.id != "emb-fra-new-york-un"


# --- lookalikes and platforms never gain a trusted class ------------------------------------

@pytest.mark.parametrize("url", [
    "https://fake-thaiembdc.org/",
    "https://thaiembdc.org.evil.example/",
    "https://fake-russiaun.ru/",
    "https://russiaun.ru.evil.example/en/news/",
    "https://notrusemb.org.uk/",
    "https://rusemb.org.uk.evil.example/",
    "https://onu.delegfrance.org.evil.example/",
    "https://fake-nigeriahc.org.uk/",
    "https://kenyaembassydc.org.evil.example/",
    "https://fake-bdun.org/",
    "https://pakun.org.evil.example/",
    "https://colombiaemb.org-news.example/",
    "https://thaiembdc.blogspot.com/",
    "https://russiaun.blogspot.com/",
    "https://kenyahighcom.wordpress.com/",
    "https://embassyofmongolia.wixsite.com/home",
    "https://fake-sajapan.org/",
    "https://sajapan.org.evil.example/",
    "https://ukraineun.org.evil.example/",
    "https://notukraineun.org/",
    "https://russiaeu.blogspot.com/",
    "https://kbritokyo.wordpress.com/",
    "https://china-un.ch.evil.example/",
    "https://fake-mission-indonesia.org/",
])
def test_lookalikes_and_platforms_never_gain_a_trusted_class(classify, url):
    assert classify(url).category not in TRUSTED, url


# --- the file as a whole ----------------------------------------------------------------------

def test_minimums(embassies):
    assert len(embassies) >= 30
    assert len({p.owner for p in embassies}) >= 15


def test_every_entry_is_a_sourced_government_mission_of_its_own_domain(embassies):
    for p in embassies:
        assert p.category == "government" and p.group == "missions", p.id
        assert p.owner and p.domains, p.id
        assert p.id.startswith(f"emb-{p.owner.lower()}-"), p.id
        assert "http" in p.basis and "read" in p.basis, p.id       # names the page read
        for domain in p.domains:
            assert "/" not in domain, domain                          # own domains, never a path


def test_every_listed_domain_resolves_to_its_own_entry(rules, embassies):
    shadowed = []
    for p in embassies:
        for domain in p.domains:
            found = rules.index.by_host(domain)
            if found is None or found[0] is not p:
                shadowed.append((domain, found and found[0].id))
    assert shadowed == []


def test_no_platform_or_public_suffix_is_listed(embassies):
    import tldextract

    extract = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, include_psl_private_domains=True)
    platforms = {"facebook.com", "twitter.com", "x.com", "instagram.com", "google.com", "wixsite.com",
                 "wordpress.com", "blogspot.com", "linktr.ee", "t.me", "youtube.com", "archive.org"}
    for p in embassies:
        for domain in p.domains:
            parts = extract(domain)
            assert parts.domain, domain                                   # not a bare public suffix
            assert f"{parts.domain}.{parts.suffix}" not in platforms, domain
