"""rules/registry/embassies_e.yaml: foreign embassies in Tokyo, Seoul and Beijing on their own
domains (round e). Owner is always the SENDING state, never the host state; every entry rests on a
page read that names the mission together with its host. In-process, no network, never reads the
shared data folder.
"""

import pytest

TRUSTED = {"un", "government", "reuters", "state_media", "ngo"}

ROUND_E = {
    # id: (owner, domain, host state)
    "emb-fji-tokyo": ("FJI", "fijiembassy.jp", "JPN"),
    "emb-eth-tokyo": ("ETH", "ethiopia-emb.or.jp", "JPN"),
    "emb-khm-tokyo": ("KHM", "cambodianembassy.jp", "JPN"),
}


@pytest.mark.parametrize("url, owner, publisher_id", [
    ("https://fijiembassy.jp/category/notices/", "FJI", "emb-fji-tokyo"),
    ("https://fijiembassy.jp/category/japan-news/", "FJI", "emb-fji-tokyo"),
    ("http://www.ethiopia-emb.or.jp/", "ETH", "emb-eth-tokyo"),
    ("http://www.cambodianembassy.jp/", "KHM", "emb-khm-tokyo"),
])
def test_round_e_mission_sites_are_government_of_the_sending_state(classify, url, owner, publisher_id):
    result = classify(url)
    assert (result.category, result.owner) == ("government", owner), url
    assert result.publisher is not None and result.publisher.id == publisher_id, url


@pytest.mark.parametrize("pid", sorted(ROUND_E))
def test_the_host_state_is_never_the_owner(classify, pid):
    owner, domain, host_state = ROUND_E[pid]
    assert owner != host_state
    assert classify(f"https://{domain}/").owner == owner, domain


def test_round_e_entries_are_sourced_missions_of_their_own_domain(rules):
    by_id = {p.id: p for p in rules.index.publishers}
    mine = [p for p in rules.index.publishers if "embassies_e.yaml:" in (p.origin or "")]
    assert len(mine) >= 3
    for p in mine:
        assert p.owner not in ("JPN", "KOR", "CHN"), p.id
    for pid, (owner, domain, _) in ROUND_E.items():
        p = by_id.get(pid)
        assert p is not None, pid
        assert "embassies_e.yaml:" in (p.origin or ""), pid
        assert (p.category, p.owner, p.group) == ("government", owner, "missions"), pid
        assert domain in p.domains, pid
        assert "http" in p.basis and domain in p.basis, pid
        found = rules.index.by_host(domain)
        assert found is not None and found[0] is p, domain     # not shadowed by another file


def test_left_out_hosts_gain_nothing(classify):
    # honorary consulate and an unclear post, left out on purpose
    assert classify("http://www.cambodia-osaka.com/demand/visa-english/").category not in TRUSTED
    assert classify("https://saloneconsulate.org.ss/coaching/visa-services/").category not in TRUSTED


@pytest.mark.parametrize("name, owner", [
    ("Embassy of Fiji in Japan", "FJI"),
    ("Fiji Embassy Tokyo", "FJI"),
    ("駐日エチオピア大使館", "ETH"),
    ("Embassy of Ethiopia in Japan", "ETH"),
    ("Royal Embassy of Cambodia in Japan", "KHM"),
    ("駐日カンボジア大使館", "KHM"),
])
def test_names_find_the_mission(rules, name, owner):
    from evidence_check.classify import Classifier
    from evidence_check.urls import parse
    result = Classifier(rules)(parse(name))
    assert (result.category, result.owner) == ("government", owner), name


@pytest.mark.parametrize("pid", sorted(ROUND_E))
def test_lookalikes_never_trusted(classify, pid):
    _, domain, _ = ROUND_E[pid]
    label = domain.split(".")[0]
    for url in (f"https://fake-{domain}/", f"https://{domain}.evil.example/",
                f"https://{label}.blogspot.com/", f"https://{label}-visa.com/"):
        assert classify(url).category not in TRUSTED, url
