"""UN-system former and alternate hosts, slice H: rules/registry/un_alt_h.yaml (round 10, helper
UN-ALT-H): UNDP country offices' former national hosts (from UNDP's own open.undp.org operating-unit
index and transparency-portal repository), UN country teams', information centres' and peace
operations' former hosts, and a few agency hosts; each from a file or page read (see each entry's
basis)."""

import pytest

from conftest import file_entries, names_borne_elsewhere

FILE = "registry/un_alt_h.yaml"

# Addresses as the files read give them, with the publisher they belong to.
FACTS = [
    ("https://unicbeirut.org/index.php/about", "un-alt-h-unic-beirut"),
    ("http://na.unep.net/siouxfalls/globalpop/africa/Africa_index.html", "un-alt-h-unep-net"),
    ("http://swera.unep.net/", "un-alt-h-unep-net"),
    ("http://www.oit.org.br/content/trabalho-decente-e-combate-pobreza", "un-alt-h-ilo-brasilia"),
    ("http://www.oit.org/wcmsp5/groups/public/---americas/---ro-lima/---sro-santiago/documents/"
     "publication/wcms_180549.pdf", "un-alt-h-ilo-oit-org"),
    ("http://www.un.org.ma/spip.php?article2120", "un-alt-h-un-morocco-former"),
    ("http://www.morocco-unfpa.org/", "un-alt-h-unfpa-morocco-former"),
    ("http://www.undp.org.mx/desarrollohumano/disco/index.html", "un-alt-h-undp-mexico-former"),
    ("http://www.undp.org.bd", "un-alt-h-undp-bangladesh-former"),
    ("https://www.onu.org.mx/agenda-2030/objetivos-del-desarrollo-sostenible/", "un-alt-h-un-mexico-former"),
    ("https://www.onu.org.ar/agenda-post-2015/", "un-alt-h-un-argentina-former"),
    ("http://www.onu.org.ve/", "un-alt-h-un-venezuela-former"),
    ("http://www.pnud.org.br/atlas/ranking/Ranking-IDHM-Municipios-2010.aspx", "un-alt-h-undp-brazil-former"),
    ("http://www.pnud.org.ve/", "un-alt-h-undp-venezuela-former"),
    ("http://www.pnud.or.cr/mapa-cantonal/", "un-alt-h-undp-costa-rica-former"),
    ("https://www.unicef.org.mx/SITAN/", "un-alt-h-unicef-mexico-former"),
    ("http://www.unicef.org.br", "un-alt-h-unicef-brazil-former"),
    ("http://www.undp.am/", "un-alt-h-undp-armenia-former"),
    ("http://www.undp.org.sy/", "un-alt-h-undp-syria-former"),
    ("http://www.undp.org.al/", "un-alt-h-undp-albania-former"),
    ("http://www.pnud.org.ec/", "un-alt-h-undp-ecuador-former"),
    ("http://www.pnud.cl/", "un-alt-h-undp-chile-former"),
    ("http://training.undp.dk/course-types?itemId=CourseType:463", "un-alt-h-undp-training-copenhagen"),
    # UNDP's operating-unit index (open.undp.org), "web" of each office
    ("http://www.pnud.org.ma/", "un-alt-h-undp-mar-former"),
    ("http://www.undp.org.zm/", "un-alt-h-undp-zmb-former"),
    ("http://www.undp.mn/", "un-alt-h-undp-mng-former"),
    ("http://www.undp.org.ge/", "un-alt-h-undp-geo-former"),
    ("http://www.undp.org.ua/", "un-alt-h-undp-ukr-former"),
    ("http://www.undp.md/", "un-alt-h-undp-mda-former"),
    ("http://www.undp.uz/", "un-alt-h-undp-uzb-former"),
    ("http://www.undp.kz/", "un-alt-h-undp-kaz-former"),
    ("http://www.undp.tj/site/", "un-alt-h-undp-tjk-former"),
    ("http://www.undp.kg/", "un-alt-h-undp-kgz-former"),
    ("http://www.undp.org.cn/", "un-alt-h-undp-chn-former"),
    ("http://www.undp.or.id/", "un-alt-h-undp-idn-former"),
    ("http://www.undp.org.eg/", "un-alt-h-undp-egy-former"),
    ("http://www.undp.org.lb/", "un-alt-h-undp-lbn-former"),
    ("http://undp.org.pk/", "un-alt-h-undp-pak-former"),
    ("http://www.pnud.org.co/", "un-alt-h-undp-col-former"),
    ("http://www.pnud.org.pe/", "un-alt-h-undp-per-former"),
    ("http://www.pnud.bo/webportal/", "un-alt-h-undp-bol-former"),
    ("http://www.undp.org.ar/", "un-alt-h-undp-arg-former"),
    ("http://www.undp.ba/", "un-alt-h-undp-bih-former"),
    ("http://www.undp.org.rs/", "un-alt-h-undp-srb-former"),
    ("http://www.undp-jordan.org/", "un-alt-h-undp-jor-former"),
    ("http://www.undplao.org/", "un-alt-h-undp-lao-former"),
    ("http://www.un-az.org/undp/", "un-alt-h-un-aze-former"),
    ("http://www.un.org.kh/undp/", "un-alt-h-un-khm-former"),
    ("http://portal.onu.org.do/", "un-alt-h-un-dom-former"),
    ("http://www.snu.mg/pnud/", "un-alt-h-un-mdg-former"),
    ("http://www.undp.un.hn/", "un-alt-h-undp-hnd-former"),
    ("http://un.intnet.mu/undp/", "un-alt-h-undp-mus-former"),
    ("http://regionalcentrebangkok.undp.or.th/", "un-alt-h-undp-brc-former"),
    ("http://www.regionalcentrelac-undp.org/index.php?lang=en", "un-alt-h-undp-r46-former"),
]


@pytest.fixture(scope="module")
def entries(rules):
    return file_entries(rules, FILE)


@pytest.mark.parametrize("url,publisher", FACTS)
def test_addresses_read_are_their_un_body(classify, url, publisher):
    verdict = classify(url)
    assert (verdict.category, verdict.publisher and verdict.publisher.id, verdict.owner) == (
        "un", publisher, None), url


def test_file_lists_its_domains_with_a_basis(entries):
    assert len(entries) >= 100
    domains = [d for p in entries for d in p.domains]
    assert len(domains) == len(set(domains)) >= 100
    assert all(p.basis and p.category == "un" and p.group and p.owner is None for p in entries)
    # every entry's name carries its host, so it never competes with the bodies' own entries
    assert all(p.domains[0] in p.name for p in entries if p.id.endswith("-former"))
    # the UNDP index entries cite UNDP's own repository
    undp = [p for p in entries if p.id.startswith(("un-alt-h-undp-", "un-alt-h-un-")) and "open.undp.org" in p.basis]
    assert len(undp) >= 85


def test_names_are_not_borne_elsewhere(rules, entries):
    assert names_borne_elsewhere(rules, entries) == []


def test_only_the_hosts_the_records_show(classify):
    # a path on an ISP's host, one subdomain of a foreign host: nothing wider is claimed
    assert classify("http://un.intnet.mu/other/").category != "un"
    for url in ("http://www.undp.dk/", "http://un.hn/", "http://www.undp.or.th/", "http://intnet.mu/"):
        publisher = classify(url).publisher
        assert publisher is None or not publisher.id.startswith("un-alt-h-"), url


@pytest.mark.parametrize("domain", [
    "unicbeirut.org", "unep.net",
    "oit.org", "pnud.org.br", "undp.org.ge", "undp.md", "un-az.org", "undp-jordan.org", "unicef.org.mx",
    "training.undp.dk", "onu.org.mx"])
def test_lookalikes_never_trusted(classify, domain):
    label = domain.split(".")[0]
    for url in (f"https://fake-{domain}/", f"https://{domain}.evil.example/",
                f"https://{label}.blogspot.com/", f"https://not{domain}/",
                "https://un.org.evil.example/"):
        assert classify(url).category not in ("un", "ngo"), url


@pytest.mark.parametrize("url", [
    # lapsed: now the site of Côte d'Ivoire's national order of town planners
    "https://www.onuci.org/",
    # evidence too thin or pointing elsewhere
    "http://sim.unsudanig.org/", "http://hdptcar.net/", "http://www.ugandaclusters.ug",
    "https://www.un.org.tn/", "http://www.unesco.org.cn/", "https://www.unesco.org.tr/",
    "http://www.pnud.org",
    # IPBES says it is not part of the UN (un.yaml's header)
    "https://www.ipbes.net/",
])
def test_left_out_hosts_are_not_claimed_here(classify, url):
    publisher = classify(url).publisher
    assert publisher is None or not publisher.id.startswith("un-alt-h-")


def test_claimed_elsewhere_keep_their_entries(classify):
    assert classify("http://www.undp.org.tr/").publisher.id == "un-office-undp-turkiye"
    assert classify("http://www.undp.ru/").publisher.id == "un-office-undp-russia"
    assert classify("http://www.un.cv/").publisher.id == "un-alt-g-un-cabo-verde-former"
    assert classify("http://www.unicef.org.uk/").category == "ngo"
    assert classify("http://ge.undp.org/").publisher.id == "un-undp"
    assert classify("http://www.unic.un.org.pl/").publisher.id == "un-unic-warsaw"
