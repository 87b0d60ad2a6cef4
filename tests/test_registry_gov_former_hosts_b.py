"""States' core institutions on former hosts, 2005-2015 (rules/registry/gov_former_hosts_b.yaml):
foreign and defence ministries, presidencies and prime ministers' offices, government portals on
the hosts they used before moving (a renamed ministry's old domain, a portal's former domain, a
short domain before gov.xx).

Facts (URLs and names -> government of which state), minimums, and lookalikes that must never gain
a trusted class.
"""

import pytest

from conftest import entry_names, file_entries, names_borne_elsewhere, table_misses


FILE = "registry/gov_former_hosts_b.yaml"


@pytest.fixture(scope="module")
def entries(rules):
    return file_entries(rules, FILE)


URL_FACTS = [
    # heads of state / government and their offices
    ("http://www.la-moncloa.es/web/gob01.htm", "ESP", "gov-esp-la-moncloa-old"),
    ("http://taoiseach.ie/eng/Historical_Information/History_of_Government/", "IRL", "gov-irl-taoiseach-ie-old"),
    ("http://www.vlada.si/en/about_the_government/members_of_government/", "SVN", "gov-svn-vlada-si-old"),
    ("http://www.guv.ro/programul-de-guvernare-2012__l1a117011.html", "ROU", "gov-rou-guv-ro-old"),
    ("https://www.vlada.hr/", "HRV", "gov-hrv-vlada-hr-old"),
    ("http://www.press-service.uz/", "UZB", "gov-uzb-press-service-old"),
    # foreign ministries
    ("http://www.diplomatie.be/en/", "BEL", "gov-bel-diplomatie-be-old"),
    ("http://formin.finland.fi/public/default.aspx?culture=en-US&contentlan=2", "FIN", "gov-fin-formin-finland-old"),
    ("https://formin.finland.fi/opendata/IATI/Finland_total_2012.xml", "FIN", "gov-fin-formin-finland-old"),
    ("http://www.mvpei.hr/", "HRV", "gov-hrv-mvpei-old"),
    ("https://www.mfa.rs/en/citizens/travel-serbia/visa-requirements", "SRB", "gov-srb-mfa-rs"),
    ("http://www.utn.is/", "ISL", "gov-isl-utn-is-old"),
    ("https://www.exteriors.ad/", "AND", "gov-and-exteriors"),
    ("http://www.secomunidades.pt/web/guest/", "PRT", "gov-prt-secomunidades"),
    # defence ministries and armed forces
    ("http://www.armada.mde.es/ihm/", "ESP", "gov-esp-mde"),
    ("http://www.ejercito.mde.es/unidades/Madrid/index.html", "ESP", "gov-esp-mde"),
    ("https://www.kmin.ee/rss", "EST", "gov-est-kmin-ee"),
    ("https://honvedelem.hu/", "HUN", "gov-hun-honvedelem"),
    ("https://www.mors.si/rss", "SVN", "gov-svn-mors-si"),
    ("http://www.mil.se/sv/Om-Forsvarsmakten/Dokument/Lagrum/", "SWE", "gov-swe-mil-se-old"),
    # government portals
    ("http://www.060.es/060/appmanager/portal/desktop", "ESP", "gov-esp-060-old"),
    ("http://odin.dep.no/fd/prm/1998/k4/981013.html", "NOR", "gov-nor-odin-old"),
    ("https://ugyfelkapu.magyarorszag.hu/", "HUN", "gov-hun-magyarorszag-hu"),
    ("http://www.irlgov.ie/", "IRL", "gov-irl-irlgov-old"),
    ("https://www.denmark.dk/people-and-culture", "DNK", "gov-dnk-denmark-dk"),
    ("http://www.regering.nl/Actueel/Video_s", "NLD", "gov-nld-regering-nl-old"),
    ("https://merrionstreet.ie/en/news-room/releases/", "IRL", "gov-irl-merrionstreet"),
    # other ministries met on the way
    ("http://www.environ.ie/housing/statistics/", "IRL", "gov-irl-environ-old"),
    ("http://www.welfare.ie/en/pdf/CB1.pdf", "IRL", "gov-irl-welfare-old"),
    ("http://www.miur.it/UserFiles/115.htm", "ITA", "gov-ita-miur-old"),
    ("http://www.micinn.es/portal/site/MICINN/", "ESP", "gov-esp-micinn-old"),
]


def test_urls(classify):
    # one test for the table: a miss lists every row wrong
    rows = [(url, "government", owner, publisher_id) for url, owner, publisher_id in URL_FACTS]
    assert table_misses(classify, rows) == []


def test_posts_pages_stay_their_state(classify):
    # consulates' pages that the generated missions file lists by path (it may leave them to the
    # ministry's entry here when re-run: same owner) stay government of the sending state
    for url, owner in [("http://www.diplomatie.be/lille", "BEL"), ("http://www.utn.is/moskva", "ISL"),
                       ("http://www.secomunidades.pt/web/lyon", "PRT"),
                       ("https://www.exteriors.ad/fr/ambassades-d-andorre/belgique", "AND")]:
        result = classify(url)
        assert (result.category, result.owner) == ("government", owner), url
    # finland.fi itself stays the ministry's thisisFINLAND
    result = classify("https://finland.fi/")
    assert (result.category, result.owner, result.publisher.id) == ("government", "FIN", "ga-fin-thisisfinland")


@pytest.mark.parametrize("name, owner", [
    ("Red 060", "ESP"), ("Ministerio de Ciencia e Innovación", "ESP"), ("Ministerio de Defensa de España", "ESP"),
    ("Honvédelmi Minisztérium", "HUN"), ("Magyarország.hu", "HUN"),
    ("Ministarstvo vanjskih poslova i europskih integracija", "HRV"), ("MerrionStreet", "IRL"),
    ("Denmark.dk", "DNK"), ("Regering.nl", "NLD"), ("Ministarstvo spoljnih poslova Republike Srbije", "SRB"),
    ("Press Service of the President of Uzbekistan", "UZB"), ("O'zbekiston Respublikasi Prezidentining matbuot xizmati", "UZB"),
    ("Ministeri d'Afers Exteriors (Andorra)", "AND"), ("Portal das Comunidades Portuguesas", "PRT"),
    ("Ministrstvo za obrambo Republike Slovenije", "SVN"), ("ODIN (Norway)", "NOR"),
])
def test_names(classify, name, owner):
    result = classify(name)
    assert (result.category, result.owner) == ("government", owner), (name, result)


@pytest.mark.parametrize("name", [
    # generic names several states bear, or bare words, must stay out of this file's names
    "Ministry of Defence", "Ministry of Foreign Affairs", "Government", "Presidency", "Ministerio de Defensa",
    "Ministry of Science and Innovation", "MORS", "ODIN", "060", "Department of Social Protection",
    "Ministry of Education, University and Research", "Armed Forces", "Merrion Street",
])
def test_generic_names_not_claimed(entries, name):
    assert name.casefold() not in entry_names(entries)


def test_no_name_taken_from_another_entry(rules, entries):
    # names already borne by another publisher stay with it (the main entries of these states)
    assert names_borne_elsewhere(rules, entries) == []


@pytest.mark.parametrize("url", [
    "https://fake-la-moncloa.es/", "https://la-moncloa.es.evil.example/", "https://notmde.es/",
    "https://mde.es.example.com/", "https://fake060.es/", "https://guv.ro.evil.example/", "https://fakeguv.ro/",
    "https://vlada.hr.example.org/", "https://notvlada.si/", "https://fake-mfa.rs/", "https://mfa.rs.evil.example/",
    "https://irlgov.ie.evil.example/", "https://notwelfare.ie/", "https://denmark.dk.example.net/",
    "https://mfa-rs.blogspot.com/", "https://regering-nl.wordpress.com/", "https://honvedelem.github.io/",
    "https://formin-finland.fi.evil.example/", "https://fakehonvedelem.hu/", "https://merrionstreet.ie.example.com/",
    "https://diplomatie.be.evil.example/", "https://notexteriors.ad/",
])
def test_lookalikes_not_government(classify, url):
    result = classify(url)
    assert result.category != "government", (url, result)


def test_left_out_hosts_not_listed(entries):
    # hosts the header leaves out (now someone else's, or nothing read names the body)
    domains = {d for p in entries for d in p.domains}
    for host in ("hofburg.at", "mma.es", "mpr.es", "magrama.es", "educacion.es", "france.diplomatie.fr",
                 "dttas.ie", "entemp.ie", "kulugyminiszterium.hu", "meh.hu", "mfa.ge", "mfa.az", "mil.no",
                 "rks-gov.net", "finland.pl", "maec.es"):
        assert host not in domains, host


def test_owners_groups_and_basis(entries):
    for p in entries:
        assert p.category == "government", p.id
        assert p.owner and len(p.owner) == 3 and p.owner.isupper(), p.id
        assert p.group in {"ministries", "heads-of-state", "government-portals"}, p.id
        assert p.basis and ("search tool" in p.basis or "database-of-embassies" in p.basis), p.id
        assert p.aliases, p.id


def test_minimums(entries):
    assert len(entries) >= 27
    assert len({p.owner for p in entries}) >= 16
    assert sum(len(p.domains) for p in entries) >= 27
    groups = {p.group for p in entries}
    assert groups == {"ministries", "heads-of-state", "government-portals"}
