"""Government portals and the offices at the top of the executive: current, alternate and former
hosts and native names (rules/registry/gov_portals.yaml).

Facts (URLs and names -> government of which state), minimums, and lookalikes that must never gain
a trusted class or the wrong owner.
"""

import pytest


FILE = "registry/gov_portals.yaml"


@pytest.fixture(scope="module")
def entries(rules):
    return [p for p in rules.index.publishers if p.origin.rpartition(":")[0].endswith(FILE)]


@pytest.mark.parametrize("url, owner, publisher_id", [
    ("https://e-albania.al/Pages/TermOfUse.aspx", "ALB", "gov-alb-e-albania"),
    ("http://www.e-albania.al/web/Terms_of_use_for_e_Albania_al_portal_14_2.php", "ALB", "gov-alb-e-albania"),
    ("http://fotoservice.bundeskanzleramt.at/", "AUT", "gov-aut-bundeskanzleramt-at"),
    ("https://www.bundeskanzlerin.de/bkin-en", "DEU", "gov-deu-bundeskanzlerin"),
    ("http://www.statsministeriet.dk/_p_8184.html", "DNK", "gov-dnk-statsministeriet-dk"),
    ("https://www.riigikantselei.ee/en/news?source=9&page=2", "EST", "gov-est-riigikantselei"),
    ("https://tpk.fi/", "FIN", "gov-fin-tpk"),
    ("http://www.predsjednica.hr/default.aspx?id=1", "HRV", "gov-hrv-predsjednica"),
    ("http://2010-2015.miniszterelnok.hu/interju/orban_viktor_a_magyar_radioban", "HUN", "gov-hun-miniszterelnok"),
    ("https://www.island.is/skilmalar-island-is", "ISL", "gov-isl-island-is"),
    ("https://president.md/rom/comunicate-de-presa/index/page:145", "MDA", "gov-mda-president-md"),
    ("https://presedintia.md/rus/comunicate-de-presa/index/2022/page:12", "MDA", "gov-mda-president-md"),
    ("https://prm.md/rus/comunicate-de-presa/index/page:39", "MDA", "gov-mda-president-md"),
    ("http://www.predsjednik.me/eng/?pg=5", "MNE", "gov-mne-predsjednik"),
    ("https://www.iletisim.gov.tr/english/about", "TUR", "gov-tur-iletisim"),
    # Taiwan's authorities: the gov.tw and mil.tw conventions (TWN is an owner, not a UN member)
    ("https://en.mofa.gov.tw/News_Content.aspx?n=1303&s=31823", "TWN", "gov-twn-government"),
    ("https://www.ly.gov.tw/Pages/List.aspx?nodeid=1", "TWN", "gov-twn-government"),
    ("https://www.mnd.gov.tw/english/", "TWN", "gov-twn-government"),
    ("http://www.army.mil.tw/", "TWN", "gov-twn-government"),
])
def test_urls(classify, url, owner, publisher_id):
    result = classify(url)
    assert (result.category, result.owner) == ("government", owner), (url, result)
    assert result.publisher.id == publisher_id


@pytest.mark.parametrize("url, owner", [
    # hosts of other files stay where they are (this file adds no competing claim)
    ("https://stm.dk/_p_8184.html", "DNK"),
    ("https://valtioneuvosto.fi/en/government", "FIN"),
    ("https://www.presidentti.fi/en/", "FIN"),
    ("https://predsjednik.hr/en/", "HRV"),
    ("https://presedinte.md/", "MDA"),
    ("https://www.tccb.gov.tr/en/", "TUR"),
    ("https://www.regjeringen.no/en/dep/smk/id875/", "NOR"),
])
def test_neighbour_hosts_same_owner(classify, url, owner):
    result = classify(url)
    assert (result.category, result.owner) == ("government", owner), (url, result)


@pytest.mark.parametrize("name, owner", [
    ("e-Albania", "ALB"), ("Portali qeveritar e-Albania", "ALB"),
    ("Bundeskanzleramt Österreich", "AUT"), ("Die Bundeskanzlerin", "DEU"),
    ("Riigikantselei", "EST"), ("Tasavallan presidentin kanslia", "FIN"),
    ("Republikens presidents kansli", "FIN"), ("Valtioneuvosto", "FIN"), ("Suomen valtioneuvosto", "FIN"),
    ("Finlands statsråd", "FIN"), ("Vlada Republike Hrvatske", "HRV"),
    ("Ured predsjednika Republike Hrvatske", "HRV"), ("Miniszterelnöki Kabinetiroda", "HUN"),
    ("Ísland.is", "ISL"), ("Stafrænt Ísland", "ISL"), ("Președinția Republicii Moldova", "MDA"),
    ("Predsjednik Crne Gore", "MNE"), ("Norges regjering", "NOR"), ("Guvernul României", "ROU"),
    ("Vlada Republike Srbije", "SRB"), ("Regeringskansliet", "SWE"),
    ("T.C. Cumhurbaşkanlığı", "TUR"), ("Türkiye Cumhuriyeti Cumhurbaşkanlığı", "TUR"),
    ("İletişim Başkanlığı", "TUR"), ("Kementerian Sekretariat Negara", "IDN"),
    ("Sekretariat Kabinet Republik Indonesia", "IDN"), ("Executive Yuan", "TWN"), ("行政院", "TWN"),
    ("Palestine Liberation Organization", "PSE"), ("PLO", "PSE"),
])
def test_names(classify, name, owner):
    result = classify(name)
    assert (result.category, result.owner) == ("government", owner), (name, result)


@pytest.mark.parametrize("name", [
    # generic or shared names must stay out of this file's names
    "Regeringen", "Regjeringen", "Kongehuset", "Bundeskanzleramt", "Presidencia de la República",
    "Présidence de la République", "Presidência da República", "Government", "Prime Minister's Office",
    "Cabinet Office", "Presidency", "Koulouba", "Istana", "Beehive", "Executive Mansion",
])
def test_generic_names_not_claimed(entries, name):
    names = {n.casefold() for p in entries for n in (p.name, *p.aliases)}
    assert name.casefold() not in names


@pytest.mark.parametrize("url", [
    "https://fake-e-albania.al/", "https://e-albania.al.evil.example/", "https://note-albania.al/",
    "https://bundeskanzlerin.de.example.com/", "https://notbundeskanzlerin.de/",
    "https://island.is.evil.example/", "https://myisland.is/", "https://island.blogspot.com/",
    "https://president.md.evil.example/", "https://fake-predsjednik.me/", "https://predsjednik.wordpress.com/",
    "https://riigikantselei.github.io/", "https://gov.tw.evil.example/", "https://mofa-gov.tw.example/", "https://statsministeriet.dk.evil.example/",
    "https://tpk.fi.example.com/", "https://miniszterelnok.blogspot.com/",
])
def test_lookalikes_not_government(classify, url):
    result = classify(url)
    assert result.category != "government", (url, result)


def test_every_entry_is_government_with_group(entries):
    for p in entries:
        assert p.category == "government" and p.owner, p.id
        assert p.group in {"government-portals", "heads-of-state"}, p.id
        assert p.id.startswith(f"gov-{p.owner.lower()}-"), p.id
        # at least one name carries the country (never a bare "Prime Minister's Office")
        assert p.basis and len(p.basis) > 40, p.id


def test_minimums(entries):
    assert len(entries) >= 19
    assert len({p.owner for p in entries}) >= 16
    assert sum(len(p.domains) for p in entries) >= 14


def test_unconfirmed_hosts_not_listed(entries):
    # hosts left out for lack of evidence (see the file's header) must not slip in
    domains = {d for p in entries for d in p.domains}
    for host in ("la-moncloa.es", "odin.dep.no", "vlada.hr", "presidentassad.net", "dolat.ir",
                 "keshilliministrave.al", "minaz.nl", "setkab.go.id"):
        assert host not in domains, host
