"""Permanent missions to the UN on their own domains (rules/registry/missions_un.yaml).

Owner is always the SENDING state, never the host state (USA for New York, CHE for Geneva, AUT for
Vienna, FRA for Paris). Each entry rests on a page of the mission's own site read through the
search tool; former domains are marked "-former" in the id. In-process, no network, never reads
the shared data folder.
"""

import pytest

TRUSTED = {"un", "government", "reuters", "state_media", "ngo"}
ORIGIN = "missions_un.yaml:"

ENTRIES = {
    # id: (owner, a domain it lists)
    "pm-afg-new-york-former": ("AFG", "afghanistan-un.org"),
    "pm-pse-new-york": ("PSE", "palestineun.org"),
    "pm-zaf-new-york": ("ZAF", "southafrica-newyork.net"),
    "pm-fin-new-york-former": ("FIN", "finlandun.org"),
    "pm-nld-portal": ("NLD", "permanentrepresentations.nl"),
    "pm-vnm-new-york": ("VNM", "vietnam-un.org"),
    "pm-fra-geneva": ("FRA", "onu-geneve.delegfrance.org"),
    "pm-kaz-new-york-former": ("KAZ", "kazakhstanun.org"),
    "pm-tkm-new-york": ("TKM", "turkmenistanun.org"),
    "pm-chn-new-york-former": ("CHN", "china-un.org"),
    "pm-rus-unesco": ("RUS", "russianunesco.ru"),
    "pm-uzb-vienna": ("UZB", "usbekistan.at"),
    "pm-irn-new-york": ("IRN", "iran-un.org"),
}


@pytest.mark.parametrize("url, owner", [
    ("http://afghanistan-un.org/category/activities/", "AFG"),
    ("http://palestineun.org/tag/palestine/", "PSE"),
    ("http://www.palestine-un.org/mission/2d_pal1.html", "PSE"),
    ("http://www.southafrica-newyork.net/pmun/index.htm", "ZAF"),
    ("https://southafrica-usa.net/pmun/statements_2020.html", "ZAF"),
    ("http://finlandun.org/public/default.aspx?nodeid=35887&contentlan=2&culture=en-US", "FIN"),
    ("https://www.permanentrepresentations.nl/permanent-representations/pr-un-new-york/the-mission", "NLD"),
    ("https://www.netherlandsandyou.nl/web/pr-un-new-york/w/some-statement", "NLD"),
    ("http://www.vietnam-un.org/en/vnun.php?id=1&cid=9", "VNM"),
    ("https://onu-geneve.delegfrance.org/-La-France-a-l-ONU-a-Geneve-4-", "FRA"),
    ("http://kazakhstanun.org/press-releases/", "KAZ"),
    ("http://www.turkmenistanun.org/index.php/homepage/turkmenistan-united-nations", "TKM"),
    ("http://www.china-un.org/eng/chinaandun/disarmament_armscontrol/qtxx/t1206995.htm", "CHN"),
    ("http://russianunesco.ru/eng/postpred_welcome.html", "RUS"),
    ("https://usbekistan.at/en/permanent-representation/un-and-osce/", "UZB"),
    ("http://iran-un.org/en/2014/01/20/14664/", "IRN"),
])
def test_mission_sites_are_government_of_the_sending_state(classify, url, owner):
    result = classify(url)
    assert (result.category, result.owner) == ("government", owner), url
    assert result.publisher is not None and ORIGIN in (result.publisher.origin or ""), url


@pytest.mark.parametrize("url, host_state", [
    ("http://www.vietnam-un.org/", "USA"),
    ("http://www.china-un.org/", "USA"),
    ("https://onu-geneve.delegfrance.org/", "CHE"),
    ("https://usbekistan.at/", "AUT"),
    ("http://russianunesco.ru/", "FRA"),
])
def test_the_host_state_is_never_the_owner(classify, url, host_state):
    assert classify(url).owner != host_state, url


@pytest.mark.parametrize("url", [
    # only paths that were read are listed on shared hosts
    "https://southafrica-usa.net/visa/",
    "https://www.netherlandsandyou.nl/web/other-page/",
])
def test_only_the_mission_path_of_a_shared_host_is_listed(classify, url):
    result = classify(url)
    assert result.publisher is None or ORIGIN not in (result.publisher.origin or ""), url


@pytest.mark.parametrize("domain", sorted({d for _, d in ENTRIES.values()} | {"palestine-un.org"}))
def test_lookalikes_never_gain_a_trusted_class(classify, domain):
    for url in (f"https://{domain}.evil.example/", f"https://fake-{domain}/",
                f"https://{domain.replace('.', '-')}.blogspot.com/"):
        assert classify(url).category not in TRUSTED, url


@pytest.mark.parametrize("name, owner", [
    ("Permanent Observer Mission of the State of Palestine to the United Nations (New York)", "PSE"),
    ("Permanent Mission of Finland to the United Nations (New York)", "FIN"),
    ("Permanent Mission of the Republic of Kazakhstan to the United Nations", "KAZ"),
    ("Permanent Mission of Turkmenistan to the UN", "TKM"),
    ("Permanent Delegation of the Russian Federation to UNESCO (Paris)", "RUS"),
])
def test_names_name_the_sending_state(rules, name, owner):
    publisher = rules.index.by_name(name)
    assert publisher is not None and publisher.owner == owner, name


def test_entries_are_sourced_missions_not_shadowed(rules):
    by_id = {p.id: p for p in rules.index.publishers}
    for pid, (owner, domain) in ENTRIES.items():
        p = by_id.get(pid)
        assert p is not None, pid
        assert ORIGIN in (p.origin or ""), pid
        assert (p.category, p.owner, p.group) == ("government", owner, "missions"), pid
        assert domain in p.domains, pid
        assert "http" in p.basis and "read" in p.basis.lower(), pid
        found = rules.index.by_host(domain)
        assert found is not None and found[0] is p, domain


def test_minimum_counts(rules):
    mine = [p for p in rules.index.publishers if ORIGIN in (p.origin or "")]
    assert len(mine) >= 12
    assert sum(len(p.domains) for p in mine) >= 15
    assert all(p.category == "government" and p.group == "missions" for p in mine)
