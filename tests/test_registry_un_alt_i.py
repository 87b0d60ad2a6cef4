"""UN-system former and alternate hosts, slice I: rules/registry/un_alt_i.yaml (round 11, helper
UN-ALT-I): a UN country team's domain, UN staff and training hosts, an interagency network, a UN
observance's campaign site, a country office's national host and two sites carrying UN content;
each from a file or page read (see each entry's basis)."""

import pytest

from conftest import file_entries, names_borne_elsewhere

FILE = "registry/un_alt_i.yaml"

# Addresses as the files and pages read give them, with the publisher they belong to.
FACTS = [
    ("http://www.un.or.id/", "un-alt-i-un-indonesia"),
    ("https://uninnovation.network/", "un-alt-i-un-innovation-network"),
    ("https://www.worldbankgroup.org/", "un-alt-i-world-bank-group"),
    ("https://applications.myunfpa.org/SIS/", "un-alt-i-unfpa-staff-apps"),
    ("https://oam.myunfpa.org/", "un-alt-i-unfpa-staff-apps"),
    ("https://elm.partneragencies.org/psp/UNDPP1EL/EMPLOYEE/ELM/c/LM_SS_LEARNING.LM_SEARCH.GBL"
     "?&Page=LM_LEARN_ITM_DTL&CatalogItemId=20151", "un-alt-i-undp-elm"),
    ("http://www.unaids.org.cn/", "un-alt-i-unaids-china"),
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
    assert len(entries) >= 6
    domains = [d for p in entries for d in p.domains]
    assert len(domains) == len(set(domains)) >= 6
    assert all(p.basis and p.category == "un" and p.group and p.owner is None for p in entries)
    # every entry's name carries its host, so it never competes with the bodies' own entries
    assert all(p.domains[0] in p.name for p in entries)
    # every basis names the repository or the page it rests on
    assert all(any(k in p.basis for k in ("unicef/atrium", "undp/transparencyportal",
                                          "confirmordeny/supraverden"))
               for p in entries)


def test_names_are_not_borne_elsewhere(rules, entries):
    assert names_borne_elsewhere(rules, entries) == []


def test_only_the_hosts_the_records_show(classify):
    # one subdomain of a generic host: the rest of partneragencies.org is not claimed
    for url in ("https://partneragencies.org/", "https://www.partneragencies.org/",
                "https://other.partneragencies.org/"):
        publisher = classify(url).publisher
        assert publisher is None or not publisher.id.startswith("un-alt-i-"), url


@pytest.mark.parametrize("domain", [
    "un.or.id", "uninnovation.network", "worldbankgroup.org",
    "myunfpa.org", "elm.partneragencies.org", "unaids.org.cn"])
def test_lookalikes_never_trusted(classify, domain):
    label = domain.split(".")[0]
    for url in (f"https://fake-{domain}/", f"https://{domain}.evil.example/",
                f"https://{label}.blogspot.com/", f"https://not{domain}/"):
        assert classify(url).category not in ("un", "ngo"), url


@pytest.mark.parametrize("url", [
    # earlier rounds' exclusions, which this file leaves alone
    "https://www.unvienna.org/", "http://www.unep.ch/", "https://www.unep.fr/",
    "https://www.cepal.cl/wp-content/uploads/2021/04/", "https://www.eclacpos.org/",
    "https://kobo.humanitarianresponse.info/#/forms",
    # not FAO: a gardening site
    "https://www.fao.org.vn/wp-content/uploads/2020/11/",
    # a centre under UNESCO's auspices, not UNESCO
    "http://www.unesco-iccsd.com/",
])
def test_left_out_hosts_are_not_claimed_here(classify, url):
    publisher = classify(url).publisher
    assert publisher is None or not publisher.id.startswith("un-alt-i-"), url


def test_claimed_elsewhere_keep_their_entries(classify):
    assert classify("https://www.worldbank.org/").publisher.id == "un-worldbank"
    # the IEG host of worldbankgroup.org keeps un_more.yaml's entry (the longest suffix wins)
    assert classify("https://ieg.worldbankgroup.org/evaluations/").publisher.id == "un-ieg-wbg"
    assert classify("https://www.unfpa.org/admin-resource/policy-fraud").publisher.id != "un-alt-i-unfpa-staff-apps"
    assert classify("https://unis.unvienna.org/unis/en/about/unvienna.html").publisher.id == "un-unis-vienna"
    assert classify("http://unazerbaijan.org/en/who-we-are/un-country-team/").publisher.id == "un-site-ct-azerbaijan"
    assert classify("http://www.oitcinterfor.org/genero/inicio").publisher.id == "un-site-ilo-cinterfor"
