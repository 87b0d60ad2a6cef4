"""UK public bodies on hosts outside gov.uk (rules/registry/gov_uk_bodies.yaml).

Non-departmental public bodies, executive agencies, non-ministerial departments, public
corporations and state-owned companies of the UK government, devolved bodies and the NHS's own
domains: all `government` of GBR. Facts (URL and name -> owner), minimum counts, the bodies left
out on purpose, lookalikes.
"""

from collections import Counter

import pytest

FILE = "registry/gov_uk_bodies.yaml"
GROUPS = {"ndpb", "executive-agency", "non-ministerial-department", "public-corporation",
          "other-public-body", "devolved-body", "nhs"}
TRUSTED = ("government", "un", "reuters", "state_media", "ngo")


def from_this_file(publisher):
    return publisher is not None and publisher.origin.rpartition(":")[0].endswith(FILE)


@pytest.fixture(scope="module")
def entries(rules):
    return [p for p in rules.index.publishers if from_this_file(p)]


def test_minimum_counts(entries):
    assert len(entries) >= 60
    assert sum(len(p.domains) for p in entries) >= 61
    groups = Counter(p.group for p in entries)
    assert groups["ndpb"] >= 30 and groups["public-corporation"] >= 5
    assert groups["other-public-body"] >= 8 and groups["nhs"] == 2


def test_every_entry_is_uk_government_with_a_known_group_and_a_read_basis(entries):
    for publisher in entries:
        assert publisher.category == "government" and publisher.owner == "GBR", publisher.id
        assert publisher.id.startswith("gov-gbr-ukps-"), publisher.id
        assert publisher.group in GROUPS, publisher.id
        assert publisher.basis.startswith("read:"), publisher.id
        assert "ukps-domains" in publisher.basis and "594c89937555" in publisher.basis, publisher.id
        assert publisher.domains, publisher.id
        for domain in publisher.domains:
            assert not domain.endswith(".gov.uk"), (publisher.id, domain)


@pytest.mark.parametrize("url", [
    "https://www.acas.org.uk/what-we-do",
    "https://www.artscouncil-ni.org/funding",
    "https://www.bfi.org.uk/industry-data-insights",
    "https://www.british-business-bank.co.uk/about",
    "https://www.britishmuseum.org/collection",
    "https://www.caa.co.uk/data-and-analysis/",
    "https://www.cefas.co.uk/data-and-publications/",
    "https://www.cqc.org.uk/publications/major-report/state-care",
    "https://www.frc.org.uk/library/",
    "https://www.historicengland.org.uk/research/",
    "https://www.hs2.org.uk/in-your-area/",
    "https://ico.org.uk/for-organisations/",
    "https://www.investni.com/about-us",
    "https://www.iwm.org.uk/history/",
    "https://www.nationalhighways.co.uk/our-roads/",
    "https://www.networkrail.co.uk/running-the-railway/",
    "https://www.nice.org.uk/guidance/ng28",
    "https://www.nsandi.com/",
    "https://obr.uk/efo/economic-and-fiscal-outlook-march-2024/",
    "https://www.ofcom.org.uk/research-and-data",
    "https://www.ofgem.org.uk/energy-price-cap",
    "https://www.os.uk/",
    "https://www.policeombudsman.org/reports",
    "https://www.ppf.co.uk/purple-book",
    "https://www.stfc.ac.uk/about-us/",
    "https://www.tate.org.uk/art",
    "https://www.ukaea.uk/",
    "https://www.vam.ac.uk/collections",
    "https://www.wiltonpark.org.uk/reports/",
    "https://www.kew.org/science/state-of-the-worlds-plants-and-fungi",
    "https://www.wfd.org/what-we-do/resources",
    "https://tfw.wales/about-us",
    "https://www.nhs.uk/conditions/measles/",
    "https://www.leedsth.nhs.uk/",
    "https://portal.nhs.net/",
    "https://www.nestpensions.org.uk/schemeweb/nest.html",
    "https://www.livestockinformation.org.uk/news-resources/faqs/",
])
def test_urls_are_uk_government_and_named_by_this_file(classify, url):
    result = classify(url)
    assert result.category == "government" and result.owner == "GBR", url
    assert from_this_file(result.publisher), url


def test_nhs_england_keeps_its_own_entry(classify):
    result = classify("https://www.england.nhs.uk/publication/x/")
    assert result.category == "government" and result.owner == "GBR"
    assert result.publisher is not None and result.publisher.id == "gov-gbr-nhs-england"


@pytest.mark.parametrize("name", [
    "Advisory, Conciliation and Arbitration Service",
    "Care Quality Commission",
    "Centre for Environment, Fisheries and Aquaculture Science",
    "Civil Aviation Authority",
    "Financial Reporting Council",
    "Horserace Betting Levy Board",
    "Information Commissioner's Office",
    "Invest Northern Ireland",
    "National Institute for Health and Care Excellence",
    "Network Rail",
    "Office for Budget Responsibility",
    "Ofcom",
    "Ofgem",
    "Ordnance Survey",
    "Pension Protection Fund",
    "Royal Botanic Gardens, Kew",
    "Westminster Foundation for Democracy",
    "Transport for Wales",
    "Trafnidiaeth Cymru",
    "HMCTS",
    "UKAEA",
    "NS&I",
])
def test_names_are_uk_government(checker, name):
    classification = checker.check(name).classification
    assert classification.category == "government", name
    assert classification.owner == "GBR", name


@pytest.mark.parametrize("url", [
    # left out on purpose: the British Council and the BBC keep what the registry says;
    # the Pensions Ombudsman is a tribunal; inquiries and Crown Dependencies are for the lead
    "https://www.britishcouncil.org/research-insight",
    "https://www.bbc.co.uk/news",
    "https://www.pensions-ombudsman.org.uk/decisions",
    "https://covid19.public-inquiry.uk/",
    "https://www.gov.je/",
    "https://www.nats.co.uk/",
])
def test_bodies_left_out_are_not_named_by_this_file(classify, url):
    assert not from_this_file(classify(url).publisher), url


@pytest.mark.parametrize("url", [
    "https://fake-acas.org.uk/", "https://acas.org.uk.evil.example/", "https://notofcom.org.uk/",
    "https://ofcom.org.uk.phish.example/", "https://nice.org.uk.evil.example/",
    "https://nhs.uk.evil.example/", "https://nhs-uk.com/", "https://mynhs.net.example.org/",
    "https://kew.org.evil.example/", "https://tfw.wales.example.com/", "https://obr.uk.example.org/",
    "https://tate.org.uk.wordpress.com/",
])
def test_lookalikes_are_never_trusted(classify, url):
    result = classify(url)
    assert result.category not in TRUSTED, url
    assert not from_this_file(result.publisher), url
