"""States' core institutions on non-conventional hosts, round e
(rules/registry/gov_former_hosts_e.yaml): armed forces on mil.xx and own hosts (Venezuela, Peru,
Malaysia, Uruguay, Ghana, Portugal, Greece, Hungary, Lithuania, Finland, Switzerland), intelligence and
security services, national cyber-security centres and a few agencies of Europe.

Facts (URLs and names -> government of which state), minimums, and lookalikes that must never gain
a trusted class.
"""

import pytest

from conftest import entry_names, file_entries, names_borne_elsewhere, table_misses


FILE = "registry/gov_former_hosts_e.yaml"


@pytest.fixture(scope="module")
def entries(rules):
    return file_entries(rules, FILE)


URL_FACTS = [
    # armed forces
    ("http://www.armada.mil.ve/", "VEN", "gov-ven-armada-mil-ve"),
    ("https://app.ejercito.mil.ve/#/certificado", "VEN", "gov-ven-ejercito-mil-ve"),
    ("http://www.aviacion.mil.ve/", "VEN", "gov-ven-aviacion-mil-ve"),
    ("http://www.guardia.mil.ve/", "VEN", "gov-ven-guardia-mil-ve"),
    ("https://www.fap.mil.pe/", "PER", "gov-per-fap-mil-pe"),
    ("https://inci.fap.mil.pe/", "PER", "gov-per-fap-mil-pe"),
    ("https://www.marina.mil.pe/", "PER", "gov-per-marina-mil-pe"),
    ("https://airforce.mil.my/", "MYS", "gov-mys-airforce-mil-my"),
    ("https://www.navy.mil.my/", "MYS", "gov-mys-navy-mil-my"),
    ("https://army.mil.my/", "MYS", "gov-mys-army-mil-my"),
    ("https://www.fau.mil.uy/", "URY", "gov-ury-fau-mil-uy"),
    ("https://gafonline.mil.gh/", "GHA", "gov-gha-gafonline-mil-gh"),
    ("https://www.exercito.pt/pt/", "PRT", "gov-prt-exercito-pt"),
    ("http://www.marinha.pt/escolanaval", "PRT", "gov-prt-marinha-pt"),
    ("https://cultura.marinha.pt/pt/museumarinha_web/", "PRT", "gov-prt-marinha-pt"),
    ("https://hellenicnavy.gr/en/", "GRC", "gov-grc-hellenicnavy-gr"),
    ("https://averof.hellenicnavy.gr/en/", "GRC", "gov-grc-hellenicnavy-gr"),
    ("https://www.haf.gr/", "GRC", "gov-grc-haf-gr"),
    ("https://geetha.mil.gr/", "GRC", "gov-grc-geetha-mil-gr"),
    ("https://www.honvedseg.hu/", "HUN", "gov-hun-honvedseg-hu"),
    ("https://www.kariuomene.lt/en/structure/23581", "LTU", "gov-ltu-kariuomene-lt"),
    ("http://www.mil.fi/", "FIN", "gov-fin-mil-fi"),
    ("https://www.armee.ch/", "CHE", "gov-che-armee-ch"),
    # intelligence and security services
    ("https://www.cni.es/en/contact", "ESP", "gov-esp-cni-es"),
    ("https://english.aivd.nl/publications", "NLD", "gov-nld-aivd-nl"),
    ("https://www.pst.no/", "NOR", "gov-nor-pst-no"),
    ("https://www.etterretningstjenesten.no/", "NOR", "gov-nor-etterretningstjenesten-no"),
    ("https://www.vsse.be/", "BEL", "gov-bel-vsse-be"),
    ("https://www.pet.dk/", "DNK", "gov-dnk-pet-dk"),
    ("https://www.fe-ddis.dk/", "DNK", "gov-dnk-fe-ddis-dk"),
    ("https://supo.fi/en/news-and-press-releases", "FIN", "gov-fin-supo-fi"),
    ("https://www.sis.pt/", "PRT", "gov-prt-sis-pt"),
    ("https://www.sri.ro/", "ROU", "gov-rou-sri-ro"),
    ("https://www.raja.fi/en", "FIN", "gov-fin-raja-fi"),
    # cyber-security centres
    ("https://www.cfcs.dk/da/forebyggelse/vejledninger/", "DNK", "gov-dnk-cfcs-dk"),
    ("https://www.kyberturvallisuuskeskus.fi/", "FIN", "gov-fin-kyberturvallisuuskeskus-fi"),
    ("https://www.nukib.cz/", "CZE", "gov-cze-nukib-cz"),
    ("https://www.cert.ee/", "EST", "gov-est-cert-ee"),
    ("https://www.cert.se/", "SWE", "gov-swe-cert-se"),
    ("https://www.nksc.lt/rss.xml", "LTU", "gov-ltu-nksc-lt"),
    ("https://dnsc.ro/", "ROU", "gov-rou-dnsc-ro"),
    ("https://www.ncsc.nl/", "NLD", "gov-nld-ncsc-nl"),
    # agencies and regulators
    ("https://www.rvo.nl/", "NLD", "gov-nld-rvo-nl"),
    ("https://www.acm.nl/", "NLD", "gov-nld-acm-nl"),
    ("https://www.kfst.dk/", "DNK", "gov-dnk-kfst-dk"),
    ("https://www.kkv.fi/", "FIN", "gov-fin-kkv-fi"),
    ("https://www.samkeppni.is/", "ISL", "gov-isl-samkeppni-is"),
    ("https://www.traficom.fi/", "FIN", "gov-fin-traficom-fi"),
    ("https://investindk.com/", "DNK", "gov-dnk-investindk-com"),
]


def test_urls(classify):
    # one test for the table: a miss lists every row wrong
    rows = [(url, "government", owner, publisher_id) for url, owner, publisher_id in URL_FACTS]
    assert table_misses(classify, rows) == []


def test_neighbours_keep_their_own_class(classify):
    # the ministries and earlier entries beside these hosts keep their own entries
    for url, owner in [("https://www.ejercito.mil.pe/", "PER"), ("https://www.mod.gov.my/", "MYS"),
                       ("https://puolustusvoimat.fi/", "FIN"), ("https://www.vtg.admin.ch/", "CHE"),
                       ("https://mod.mil.gr/", "GRC"), ("https://kam.lt/", "LTU"), ("https://www.ria.ee/", "EST"),
                       ("https://www.forsvaret.dk/", "DNK"), ("https://www.mapn.ro/", "ROU")]:
        result = classify(url)
        assert (result.category, result.owner) == ("government", owner), url


@pytest.mark.parametrize("name, owner", [
    ("Armada Bolivariana de Venezuela", "VEN"), ("Guardia Nacional Bolivariana", "VEN"),
    ("Aviación Militar Nacional Bolivariana", "VEN"), ("Fuerza Aérea del Perú", "PER"),
    ("Marina de Guerra del Perú", "PER"), ("Tentera Udara Diraja Malaysia", "MYS"),
    ("Royal Malaysian Navy", "MYS"), ("Fuerza Aérea Uruguaya", "URY"), ("Ghana Armed Forces", "GHA"),
    ("Exército Português", "PRT"), ("Marinha Portuguesa", "PRT"), ("Hellenic Navy", "GRC"),
    ("Πολεμική Αεροπορία", "GRC"), ("Magyar Honvédség", "HUN"), ("Lietuvos kariuomenė", "LTU"),
    ("Schweizer Armee", "CHE"), ("Centro Nacional de Inteligencia", "ESP"),
    ("Algemene Inlichtingen- en Veiligheidsdienst", "NLD"), ("AIVD", "NLD"),
    ("Politiets sikkerhetstjeneste", "NOR"), ("Politiets Efterretningstjeneste", "DNK"),
    ("Suojelupoliisi", "FIN"), ("Serviciul Român de Informații", "ROU"),
    ("Veiligheid van de Staat", "BEL"), ("Center for Cybersikkerhed", "DNK"),
    ("Národní úřad pro kybernetickou a informační bezpečnost", "CZE"), ("Rajavartiolaitos", "FIN"),
    ("Autoriteit Consument en Markt", "NLD"), ("Rijksdienst voor Ondernemend Nederland", "NLD"),
    ("Konkurrence- og Forbrugerstyrelsen", "DNK"), ("Samkeppniseftirlitið", "ISL"),
])
def test_names(classify, name, owner):
    result = classify(name)
    assert (result.category, result.owner) == ("government", owner), (name, result)


@pytest.mark.parametrize("name", [
    # generic names several states bear, bare words, or common abbreviations of other things
    "Army", "Navy", "Air Force", "Armed Forces", "National Guard", "Intelligence Service",
    "Security Service", "National Cyber Security Centre", "Competition Authority", "Border Guard",
    "Armada", "Marinha", "Ejército", "PST", "PET", "SIS", "CNI", "SRI", "ACM", "RVO", "FE", "HAF", "FAP",
    "FAU", "GNB", "TDM", "CERT",
])
def test_generic_names_not_claimed(entries, name):
    assert name.casefold() not in entry_names(entries)


def test_no_name_taken_from_another_entry(rules, entries):
    assert names_borne_elsewhere(rules, entries) == []


@pytest.mark.parametrize("url", [
    "https://fake-armada.mil.ve.example/", "https://armada.mil.ve.evil.example/", "https://notfap.mil.pe.example/",
    "https://marina.mil.pe.evil.example/", "https://airforce.mil.my.example.com/", "https://fau-mil-uy.blogspot.com/",
    "https://gafonline.mil.gh.evil.example/", "https://fakeexercito.pt/", "https://marinha.pt.evil.example/",
    "https://nothellenicnavy.gr/", "https://haf.gr.example.net/", "https://honvedseg.hu.evil.example/",
    "https://fakekariuomene.lt/", "https://cni.es.evil.example/", "https://fake-aivd.nl/", "https://aivd.github.io/",
    "https://pst.no.example.org/", "https://notpet.dk/", "https://supo.fi.evil.example/", "https://supo-fi.wordpress.com/",
    "https://sri.ro.example.com/", "https://fakesis.pt/", "https://cfcs.dk.evil.example/", "https://fakenukib.cz/",
    "https://cert.ee.evil.example/", "https://notcert.se/", "https://raja.fi.example.net/", "https://fakeacm.nl/",
    "https://rvo.nl.evil.example/", "https://armee.ch.evil.example/", "https://mil.fi.example.com/",
    "https://investindk.com.evil.example/",
])
def test_lookalikes_not_government(classify, url):
    result = classify(url)
    assert result.category != "government", (url, result)


def test_left_out_hosts_not_listed(entries):
    # hosts the header leaves out (no hit, body not named, public suffix, holder unknown, not government)
    domains = {d for p in entries for d in p.domains}
    for host in ("mtin.es", "mju.es", "aeci.es", "osrh.hr", "map.es", "marm.es", "vs.rs", "armada.mil.uy",
                 "ejercito.mil.uy", "armada.mil.bo", "gaf.mil.gh", "tdm.mil.my", "mil.lv", "mil.no", "army.gr",
                 "defesa.pt", "army.ro", "defence.be", "bundeswehr.org", "81.cn", "circl.lu", "csirt.cy",
                 "businessfinland.fi", "innovasjonnorge.no", "islandsstofa.is", "mil.ve", "mil.pe", "mil.my",
                 "mil.uy", "mil.gh", "mil.gr"):
        assert host not in domains, host


def test_owners_groups_and_basis(entries):
    for p in entries:
        assert p.category == "government", p.id
        assert p.owner and len(p.owner) == 3 and p.owner.isupper(), p.id
        assert p.group in {"ministries", "heads-of-state", "government-portals", "missions", "agencies"}, p.id
        assert p.basis and "search tool" in p.basis, p.id
        assert p.aliases, p.id
        assert len(p.domains) == 1, p.id
        assert p.domains[0] in p.name, p.id


def test_minimums(entries):
    assert len(entries) >= 45
    assert len({p.owner for p in entries}) >= 19
    assert sum(len(p.domains) for p in entries) >= 45
    groups = {p.group for p in entries}
    assert {"ministries", "agencies"} <= groups
    assert sum(p.group == "agencies" for p in entries) >= 24
