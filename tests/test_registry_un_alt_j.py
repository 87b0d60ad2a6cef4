"""UN-system former and alternate hosts, slice J: rules/registry/un_alt_j.yaml (round 12, helper
UN-ALT-J): a Secretariat office's own domain, the UN Global Service Centre and the UN Register of
Damage, OCHA's Humanitarian ID and Humanitarian Action, UN conference, survey and decade sites, UNDP,
UNICEF and UNEP platforms and hosts; each from a UN body's own repository or a UN document or page
read (see each entry's basis)."""

import pytest

from conftest import file_entries, names_borne_elsewhere

FILE = "registry/un_alt_j.yaml"

# Addresses as the files and pages read give them, with the publisher they belong to.
FACTS = [
    ("https://un-dco.org/news", "un-alt-j-un-dco"),
    ("https://www.ungsc.org/brindisi", "un-alt-j-ungsc"),
    ("http://unrod.org/", "un-alt-j-unrod"),
    ("https://auth.humanitarian.id/", "un-alt-j-humanitarian-id"),
    ("https://humanitarian.id/", "un-alt-j-humanitarian-id"),
    ("https://humanitarianaction.info", "un-alt-j-humanitarian-action"),
    ("http://www.unctadxii.org/", "un-alt-j-unctad-xii"),
    ("http://www.sids2014.org/", "un-alt-j-sids-2014"),
    ("https://www.untfsurvey.org/", "un-alt-j-untfsurvey"),
    ("http://www.undp-ssc-mapping.org/", "un-alt-j-undp-ssc-mapping"),
    ("http://www.unpei.org/what-we-do/pei-countries/rwanda", "un-alt-j-unpei"),
    ("https://solutions.sdg-innovation-commons.org/", "un-alt-j-sdg-innovation-commons"),
    ("https://docs.undpgeohub.org", "un-alt-j-undp-geohub"),
    ("https://www.unpartnerportal.org/login", "un-alt-j-un-partner-portal"),
    ("https://giga.global/", "un-alt-j-giga-global"),
    ("https://meter.giga.global/", "un-alt-j-giga-global"),
    ("https://cryptofund.unicef.io/about", "un-alt-j-unicef-io"),
    ("https://refer.laaha.org", "un-alt-j-unicef-laaha-refer"),
    ("https://www.unepgrid.ch/", "un-alt-j-unep-grid-geneva-host"),
    ("https://app.mapx.org/", "un-alt-j-mapx"),
    ("https://speciesplus.net", "un-alt-j-species-plus"),
    ("https://www.decadeonrestoration.org/", "un-alt-j-decade-on-restoration"),
    ("http://csonet.org/index.php?menu=34", "un-alt-j-csonet"),
    ("https://whohbsagdashboard.com/#global-strategies", "un-alt-j-who-hbsag-dashboard"),
    ("https://www.agendaforhumanity.org", "un-alt-j-agenda-for-humanity"),
    ("http://www.mineaction.org", "un-alt-j-unmas-mineaction"),
    ("http://www.unama-afg.org", "un-alt-j-unama-former"),
    ("http://www.unsudanig.org/", "un-alt-j-un-sudan-ig"),
    ("http://sim.unsudanig.org/", "un-alt-j-un-sudan-ig"),
    ("http://www.humanitarianreform.org/gencap", "un-alt-j-iasc-gencap"),
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
    assert len(entries) >= 20
    domains = [d for p in entries for d in p.domains]
    assert len(domains) == len(set(domains)) >= 20
    assert all(p.basis and p.category == "un" and p.group and p.owner is None for p in entries)
    # every entry's name carries its host, so it never competes with the bodies' own entries
    assert all(p.domains[0] in p.name for p in entries)
    # every basis names the repository (and its commit) it rests on
    assert all("commit" in p.basis and "/" in p.basis for p in entries)
    assert all(p.id.startswith("un-alt-j-") for p in entries)


def test_names_are_not_borne_elsewhere(rules, entries):
    assert names_borne_elsewhere(rules, entries) == []


def test_only_the_hosts_the_records_show(classify):
    # one host of laaha.org and one path of humanitarianreform.org: the rest is not claimed
    for url in ("https://laaha.org/", "https://www.laaha.org/", "https://refer-laaha.org/",
                "http://www.humanitarianreform.org/", "http://www.humanitarianreform.org/clusters"):
        publisher = classify(url).publisher
        assert publisher is None or not publisher.id.startswith("un-alt-j-"), url


@pytest.mark.parametrize("domain", [
    "un-dco.org", "ungsc.org", "unrod.org", "humanitarian.id", "humanitarianaction.info",
    "unctadxii.org", "sids2014.org", "untfsurvey.org",
    "undp-ssc-mapping.org", "unpei.org", "sdg-innovation-commons.org", "undpgeohub.org",
    "unpartnerportal.org", "giga.global", "unicef.io", "unepgrid.ch", "mapx.org", "speciesplus.net",
    "decadeonrestoration.org", "csonet.org", "whohbsagdashboard.com", "agendaforhumanity.org",
    "mineaction.org", "unama-afg.org", "unsudanig.org"])
def test_lookalikes_never_trusted(classify, domain):
    label = domain.split(".")[0]
    for url in (f"https://fake-{domain}/", f"https://{domain}.evil.example/",
                f"https://{label}.blogspot.com/", f"https://not{domain}/"):
        assert classify(url).category not in ("un", "ngo"), url


@pytest.mark.parametrize("url", [
    # earlier rounds' exclusions, which this file leaves alone
    "https://www.unvienna.org/", "http://www.unep.ch/", "https://www.unep.fr/",
    # the files read do not say whose they are, or they are partnerships with non-UN members
    "https://programmebudget.info/", "https://crafd.io/", "https://www.worldurbancampaign.org/",
    "http://www.imacitychanger.org/", "https://www.greengrowthknowledge.org/",
    "https://www.protectedplanet.net/", "https://www.cleanseas.org/", "http://www.undp-alm.org/",
    "http://adaptation-undp.org/", "https://www.halobeba.rs/", "http://erefer.org/",
    "https://www.ipbes.net/", "http://www.worldhumanitariansummit.org/",
    # new evidence read, but another file's test keeps it from every un-alt- entry
    "http://www.monuc.org/",
])
def test_left_out_hosts_are_not_claimed_here(classify, url):
    publisher = classify(url).publisher
    assert publisher is None or not publisher.id.startswith("un-alt-j-"), url


def test_claimed_elsewhere_keep_their_entries(classify):
    assert classify("https://unsdg.un.org/").publisher.id == "un-dco"
    assert classify("https://grid.unep.ch/").publisher.id == "un-alt-unep-grid-geneva"
    assert classify("https://gigaconnect.org/about/").publisher.id == "un-giga"
    assert classify("https://oceandecade.org/").publisher.id == "un-ocean-decade"
    assert classify("https://www.unep-wcmc.org/").publisher.id == "un-alt-d-unep-wcmc"
    assert classify("https://geohub.data.undp.org/").publisher.id == "un-undp"
    assert classify("https://checklist.cites.org/").publisher.id == "un-cites"
    assert classify("https://cerf.un.org/").publisher.id != "un-alt-j-humanitarian-action"
    assert classify("https://unama.unmissions.org/").publisher.id == "un-unama"
    assert classify("https://interagencystandingcommittee.org/").publisher.id == "un-iasc"
    assert classify("https://sites.unicnetwork.org/about-us/what-we-do/").publisher.id == "un-unic-network"
