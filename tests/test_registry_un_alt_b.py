"""UN-system national and country-office domains outside the bodies' main domains, and national
partners of UN bodies (rules/registry/un_alt_b.yaml), each from a page or file read (see each
entry's basis)."""

import pytest

from evidence_check.classify import Classifier
from evidence_check.urls import parse

FILE = "rules/registry/un_alt_b.yaml"

# Pages or files read for each entry (see its basis), with the publisher they belong to.
UN_FACTS = [
    ("http://www.unhcr.ie/our-work-in-ireland/protecting-people-of-concern", "un-alt-b-unhcr-ireland"),
    ("http://www.unhcr.ie/our-work-in-ireland/overview", "un-alt-b-unhcr-ireland"),
    ("http://www.unhcr.or.jp/html/ref_unhcr.html", "un-alt-b-unhcr-japan"),
    ("http://www.acnur.es/quienes-somos/acnur-espana", "un-alt-b-unhcr-spain"),
    ("https://www.unhcr.be", "un-alt-b-unhcr-belgium"),
    ("http://www.unhcr.org.tr", "un-alt-b-unhcr-turkiye"),
    ("https://www.unhcr.or.kr/unhcr/main/index.jsp", "un-alt-b-unhcr-korea"),
    ("http://www.unhcr.org.hk/unhcr/en/news_and_updates/news_list/news_details.html?id=610",
     "un-alt-b-unhcr-hong-kong"),
    ("http://unhcr.org.au", "un-alt-b-unhcr-canberra"),
    ("http://unhcr.org.nz", "un-alt-b-unhcr-canberra"),
    ("https://vayu.undp.org.in/", "un-alt-b-undp-india"),
    ("https://dicra.undp.org.in", "un-alt-b-undp-india"),
]

NGO_FACTS = [
    ("https://www.eacnur.org/ayuda-ong-africa-donativos-hacerse-socio", "ngo-un-alt-b-espana-con-acnur"),
]

UN_DOMAINS = sorted({
    "unhcr.ie", "unhcr.or.jp", "acnur.es", "unhcr.be", "unhcr.org.tr", "unhcr.or.kr",
    "unhcr.org.hk", "unhcr.org.au", "unhcr.org.nz", "undp.org.in"})
NGO_DOMAINS = ["eacnur.org"]


@pytest.fixture(scope="module")
def classify(rules):
    c = Classifier(rules)
    return lambda url: c(parse(url))


@pytest.fixture(scope="module")
def entries(rules):
    return [p for p in rules.index.publishers if p.origin.rpartition(":")[0].endswith(FILE)]


@pytest.mark.parametrize("url,publisher", UN_FACTS)
def test_un_pages_read_are_their_un_body(classify, url, publisher):
    verdict = classify(url)
    assert verdict.category == "un"
    assert verdict.publisher.id == publisher
    assert verdict.owner is None


@pytest.mark.parametrize("url,publisher", NGO_FACTS)
def test_national_partners_are_ngo_not_un(classify, url, publisher):
    verdict = classify(url)
    assert verdict.category == "ngo"
    assert verdict.publisher.id == publisher
    assert verdict.publisher.note and "not UNHCR itself" in verdict.publisher.note


def test_minimum_counts(entries):
    assert len(entries) >= 9
    assert sum(len(p.domains) for p in entries) >= 10
    assert all(p.basis for p in entries)
    assert {p.category for p in entries} == {"un", "ngo"}


def test_every_domain_is_this_file(entries):
    un = sorted(d for p in entries if p.category == "un" for d in p.domains)
    ngo = sorted(d for p in entries if p.category == "ngo" for d in p.domains)
    assert un == UN_DOMAINS
    assert ngo == NGO_DOMAINS


def test_main_unhcr_and_undp_hosts_unchanged(classify):
    assert classify("https://www.unhcr.org/ie").publisher.id == "un-unhcr"
    assert classify("https://www.undp.org/india").publisher.id == "un-undp"


@pytest.mark.parametrize("domain", UN_DOMAINS + NGO_DOMAINS)
def test_lookalikes_never_trusted(classify, domain):
    label = domain.split(".")[0]
    for url in (f"https://fake-{domain}/", f"https://{domain}.evil.example/",
                f"https://{label}.blogspot.com/", f"https://not{domain}/"):
        assert classify(url).category not in ("un", "ngo"), url
