"""Missions on their own domains, owner always the SENDING state, never the host state.

Two parts: round 7 of rules/registry/embassies.yaml (embassies in the capitals MUN papers cite
most, Washington first, Tokyo, Ottawa, and permanent missions to the UN in New York), and, at the
end, rules/registry/embassies_more.yaml (missions no other file matched: each entry rests on a page
read on the mission's own host). In-process, no network, never reads the shared data folder.
"""

import pytest

TRUSTED = {"un", "government", "reuters", "state_media", "ngo"}

ROUND_7 = {
    # id: (owner, domain)
    "emb-cri-washington": ("CRI", "costarica-embassy.org"),
    "emb-cyp-washington": ("CYP", "cyprusembassy.net"),
    "emb-geo-washington": ("GEO", "georgiaembassyusa.org"),
    "emb-gin-washington": ("GIN", "guineaembassyusa.org"),
    "emb-gnq-washington": ("GNQ", "egembassydc.com"),
    "emb-kgz-washington": ("KGZ", "kgembassy.org"),
    "emb-hti-washington": ("HTI", "haiti.org"),
    "emb-mhl-washington": ("MHL", "rmiembassyus.org"),
    "emb-sdn-washington": ("SDN", "sudanembassy.org"),
    "emb-zwe-washington": ("ZWE", "zimembassydc.org"),
    "emb-fra-washington": ("FRA", "franceintheus.org"),
    "emb-dza-washington": ("DZA", "algerianembassy.org"),
    "emb-bhr-tokyo": ("BHR", "bahrain-embassy.or.jp"),
    "emb-jor-tokyo": ("JOR", "jordanembassyjapan.com"),
    "emb-ken-ottawa": ("KEN", "kenyahighcommission.ca"),
    "emb-fsm-new-york-un": ("FSM", "unmission.fm"),
    "emb-fji-new-york-un": ("FJI", "fijiprun.org"),
    "emb-moz-moscow": ("MOZ", "embamoc-ru.org"),
}


@pytest.mark.parametrize("url, owner, publisher_id", [
    ("http://www.costarica-embassy.org/consular/visa/Authentications.htm", "CRI", "emb-cri-washington"),
    ("http://www.cyprusembassy.net/home/index.php?module=article&id=4738", "CYP", "emb-cyp-washington"),
    ("https://georgiaembassyusa.org/2022/04/08/embassy-of-georgia-quarterly-report", "GEO", "emb-geo-washington"),
    ("http://guineaembassyusa.org/en/diplomatic-mission/", "GIN", "emb-gin-washington"),
    ("https://www.egembassydc.com/news-events", "GNQ", "emb-gnq-washington"),
    ("https://www.kgembassy.org/en/kyrgyzstan-uscanada/", "KGZ", "emb-kgz-washington"),
    ("https://www.haiti.org/message-from-the-ambassador/", "HTI", "emb-hti-washington"),
    ("http://www.rmiembassyus.org/", "MHL", "emb-mhl-washington"),
    ("https://sudanembassy.org/the-embassy-2/the-embassy/", "SDN", "emb-sdn-washington"),
    ("https://zimembassydc.org/ambassadors-message/", "ZWE", "emb-zwe-washington"),
    ("https://franceintheus.org/spip.php?article7716", "FRA", "emb-fra-washington"),
    ("http://www.algerianembassy.org/cultural-news/", "DZA", "emb-dza-washington"),
    ("http://www.bahrain-embassy.or.jp/en/?p=2843", "BHR", "emb-bhr-tokyo"),
    ("https://jordanembassyjapan.com/welcome/", "JOR", "emb-jor-tokyo"),
    ("https://kenyahighcommission.ca/the-welcome-reception-speech/", "KEN", "emb-ken-ottawa"),
    ("https://unmission.fm/tag/ambassador-jeem-lippwe/page/2/", "FSM", "emb-fsm-new-york-un"),
    ("http://www.fijiprun.org/node/183", "FJI", "emb-fji-new-york-un"),
    ("https://embamoc-ru.org/language/en/the-embassy", "MOZ", "emb-moz-moscow"),
])
def test_round_7_mission_sites_are_government_of_the_sending_state(classify, url, owner, publisher_id):
    result = classify(url)
    assert (result.category, result.owner) == ("government", owner), url
    assert result.publisher is not None and result.publisher.id == publisher_id, url


@pytest.mark.parametrize("url, host_state", [
    ("https://haiti.org/", "USA"),
    ("https://franceintheus.org/", "USA"),
    ("https://sudanembassy.org/", "USA"),
    ("https://bahrain-embassy.or.jp/", "JPN"),
    ("https://jordanembassyjapan.com/", "JPN"),
    ("https://kenyahighcommission.ca/", "CAN"),
    ("https://embamoc-ru.org/", "RUS"),
])
def test_the_host_state_is_never_the_owner(classify, url, host_state):
    assert classify(url).owner != host_state, url


@pytest.mark.parametrize("name, owner", [
    ("Embassy of the Republic of Cyprus in Washington", "CYP"),
    ("Embassy of Georgia to the United States of America", "GEO"),
    ("Embassy of Equatorial Guinea in the United States of America", "GNQ"),
    ("Embassy of the Kyrgyz Republic in the United States of America", "KGZ"),
    ("Embassy of Haiti in Washington", "HTI"),
    ("Embassy of the Republic of Zimbabwe to the United States of America", "ZWE"),
    ("Ambassade de France à Washington", "FRA"),
    ("Ambassade d'Algérie aux États-Unis", "DZA"),
    ("Embassy of the Kingdom of Bahrain in Japan", "BHR"),
    ("駐日ヨルダン・ハシェミット王国大使館", "JOR"),
    ("Kenya High Commission in Ottawa", "KEN"),
    ("Permanent Mission of the Federated States of Micronesia to the United Nations", "FSM"),
    ("Permanent Mission of Fiji to the United Nations", "FJI"),
])
def test_round_7_names_name_the_sending_state(rules, name, owner):
    publisher = rules.index.by_name(name)
    assert publisher is not None and publisher.owner == owner, name


def test_round_7_entries_are_sourced_missions_of_their_own_domain(rules):
    by_id = {p.id: p for p in rules.index.publishers}
    for pid, (owner, domain) in ROUND_7.items():
        p = by_id.get(pid)
        assert p is not None, pid
        assert "embassies.yaml:" in (p.origin or ""), pid
        assert (p.category, p.owner, p.group) == ("government", owner, "missions"), pid
        assert domain in p.domains, pid
        assert "http" in p.basis and "read" in p.basis, pid
        found = rules.index.by_host(domain)
        assert found is not None and found[0] is p, domain     # not shadowed by another file


def test_round_7_minimums(rules):
    mine = [p for p in rules.index.publishers if p.id in ROUND_7]
    assert len(mine) >= 16
    washington = [p for p in mine if p.id.endswith("-washington")]
    assert len(washington) >= 10
    assert len({p.owner for p in mine}) >= 15


@pytest.mark.parametrize("url", [
    "https://fake-haiti.org/",
    "https://haiti.org.evil.example/",
    "https://notfranceintheus.org/",
    "https://franceintheus.org.evil.example/",
    "https://fake-sudanembassy.org/",
    "https://sudanembassy.org-visa.example/",
    "https://georgiaembassyusa.blogspot.com/",
    "https://zimembassydc.wordpress.com/",
    "https://bahrain-embassy.or.jp.evil.example/",
    "https://fake-jordanembassyjapan.com/",
    "https://kenyahighcommission.ca.evil.example/",
    "https://unmission.fm.evil.example/",
    "https://fake-fijiprun.org/",
    "https://algerianembassy.wixsite.com/home",
    "https://embamoc-ru.org.evil.example/",
])
def test_lookalikes_and_platforms_never_gain_a_trusted_class(classify, url):
    assert classify(url).category not in TRUSTED, url


# --- rules/registry/embassies_more.yaml --------------------------------------------------------

MORE = {
    # id: (owner, domain)
    "emb-egy-london-consulate": ("EGY", "egyptconsulate.co.uk"),
    "emb-ind-london-former": ("IND", "hcilondon.in"),
    "emb-nam-london": ("NAM", "namibiahc.org.uk"),
    "emb-nga-paris": ("NGA", "nigeriafrance.org"),
    "emb-per-washington": ("PER", "embassyofperu.org"),
    "emb-phl-london-former": ("PHL", "philembassy-uk.org"),
    "emb-uzb-london": ("UZB", "uzbekembassy.org"),
    "emb-vnm-berlin": ("VNM", "vietnambotschaft.org"),
}


@pytest.fixture(scope="module")
def more(rules):
    return [p for p in rules.index.publishers if "embassies_more.yaml:" in (p.origin or "")]


@pytest.mark.parametrize("url, owner", [
    ("https://www.namibiahc.org.uk/consular-services", "NAM"),
    ("http://www.namibiahc.org.uk/consular-forms.php", "NAM"),
    ("https://namibiahc.org.uk/", "NAM"),
    ("https://www.hcilondon.in/pages.php?id=235", "IND"),
    ("http://hcilondon.in/", "IND"),
    ("https://www.hcilondon.in/pages.php?id=1", "IND"),
    ("https://www.ireland.ie/en/usa/washington/", "IRL"),
    ("https://www.ireland.ie/en/greatbritain/london/", "IRL"),
    ("https://egyptconsulate.co.uk/ar/visas", "EGY"),
    ("https://www.egyptconsulate.co.uk/", "EGY"),
    ("https://egyptconsulate.co.uk/en/legalisation", "EGY"),
    ("https://www.nigeriafrance.org/2nd-phase-lockdown/", "NGA"),
    ("https://nigeriafrance.org/", "NGA"),
    ("https://www.nigeriafrance.org/passport/", "NGA"),
    ("https://www.embassyofperu.org/press-department", "PER"),
    ("https://embassyofperu.org/", "PER"),
    ("http://www.embassyofperu.org/consular-section", "PER"),
    ("http://philembassy-uk.org/consular-matters/passport", "PHL"),
    ("https://www.philembassy-uk.org/", "PHL"),
    ("http://philembassy-uk.org/news", "PHL"),
    ("http://www.uzbekembassy.org/e/events_at_the_embassy/25277/", "UZB"),
    ("http://uzbekembassy.org/e/events_at_the_embassy/27325/", "UZB"),
    ("https://www.uzbekembassy.org/", "UZB"),
    ("http://www.vietnambotschaft.org/empfang-zum-74-nationalfeiertag-vietnams/", "VNM"),
    ("https://vietnambotschaft.org/", "VNM"),
    ("https://www.vietnambotschaft.org/konsularische-angelegenheiten/", "VNM"),
    ("https://www.namibiahc.org.uk/investment-opportunities.php", "NAM"),
])
def test_more_mission_sites_are_government_of_the_sending_state(classify, url, owner):
    result = classify(url)
    assert (result.category, result.owner) == ("government", owner), url


@pytest.mark.parametrize("url, host_state", [
    ("https://www.namibiahc.org.uk/", "GBR"),
    ("https://www.hcilondon.in/", "GBR"),
    ("https://egyptconsulate.co.uk/", "GBR"),
    ("https://www.nigeriafrance.org/", "FRA"),
    ("https://www.embassyofperu.org/", "USA"),
    ("https://www.vietnambotschaft.org/", "DEU"),
    ("http://www.uzbekembassy.org/", "GBR"),
])
def test_more_host_state_is_never_the_owner(classify, url, host_state):
    assert classify(url).owner != host_state, url


@pytest.mark.parametrize("name, owner", [
    ("High Commission of the Republic of Namibia, London", "NAM"),
    ("Namibian High Commission in London", "NAM"),
    ("High Commission of India, London", "IND"),
    ("Embassy of Peru in Washington, D.C.", "PER"),
    ("Embassy of Nigeria in Paris", "NGA"),
    ("Consulate General of the Arab Republic of Egypt in London", "EGY"),
    ("Philippine Embassy in London", "PHL"),
    ("Embassy of Uzbekistan in London", "UZB"),
    ("Vietnamese Embassy in Berlin", "VNM"),
])
def test_more_names_name_the_sending_state(rules, name, owner):
    publisher = rules.index.by_name(name)
    assert publisher is not None and publisher.owner == owner, name


def test_more_entries_are_sourced_missions_of_their_own_domain(rules, more):
    by_id = {p.id: p for p in more}
    for pid, (owner, domain) in MORE.items():
        p = by_id.get(pid)
        assert p is not None, pid
        assert (p.category, p.owner, p.group) == ("government", owner, "missions"), pid
        assert domain in p.domains, pid
        assert "http" in p.basis and "read" in p.basis, pid
        found = rules.index.by_host(domain)
        assert found is not None and found[0] is p, domain     # not shadowed by another file
    for p in more:
        assert (p.category, p.group) == ("government", "missions"), p.id
        assert p.owner and len(p.owner) == 3, p.id


def test_more_minimums(more):
    assert len(more) >= 7
    assert len({p.owner for p in more}) >= 7
    assert len({d for p in more for d in p.domains}) >= 7


@pytest.mark.parametrize("url", [
    "https://fake-namibiahc.org.uk/",
    "https://namibiahc.org.uk.evil.example/",
    "https://embassy-of-namibia.blogspot.com/",
    "https://fake-hcilondon.in/",
    "https://hcilondon.in.evil.example/",
    "https://notireland.ie/",
    "https://ireland.ie.evil.example/en/dfa/",
    "https://embassy-of-ireland.blogspot.com/",
    "https://fake-egyptconsulate.co.uk/",
    "https://egyptconsulate.co.uk.evil.example/",
    "https://fake-nigeriafrance.org/",
    "https://nigeriafrance.org.evil.example/",
    "https://embassy-of-nigeria.blogspot.com/",
    "https://nigerian-embassy.com/passport.html",
    "https://fake-embassyofperu.org/",
    "https://embassyofperu.org.evil.example/",
    "https://fake-philembassy-uk.org/",
    "https://philembassy-uk.org.evil.example/",
    "https://fake-uzbekembassy.org/",
    "https://uzbekembassy.org.evil.example/",
    "https://embassy-of-uzbekistan.blogspot.com/",
    "https://fake-vietnambotschaft.org/",
    "https://vietnambotschaft.org.evil.example/",
    "https://embassy-of-vietnam.blogspot.com/",
])
def test_more_lookalikes_and_platforms_never_gain_a_trusted_class(classify, url):
    assert classify(url).category not in TRUSTED, url
