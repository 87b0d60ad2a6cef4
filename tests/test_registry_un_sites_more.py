"""More UN-system sites on domains of their own (rules/registry/un_sites_more.yaml): UNHCR
country and regional sites, UN country-team sites, a UNESCO field office, former sites of UN
bodies and sites of bodies UN organisations run, each from a page or file read (see each
entry's basis)."""

import pytest

from evidence_check import Checker

FILE = "rules/registry/un_sites_more.yaml"


def _from_file(publisher):
    return publisher is not None and publisher.origin.rpartition(":")[0].endswith(FILE)


@pytest.fixture(scope="module")
def entries(rules):
    return [p for p in rules.index.publishers if _from_file(p)]


@pytest.fixture(scope="module")
def check(rules):
    checker = Checker(rules)
    return lambda text: checker.check(text).classification


# Pages read for each entry (see its basis), or other pages of the same host, with the
# publisher they belong to.
FACTS = [
    ("http://www.unhcr.ru/", "un-site2-unhcr-russia"),
    ("https://unhcr.ru/ru/news", "un-site2-unhcr-russia"),
    ("http://www.unhcr.kz/eng/resources/briefs/kazakhstan", "un-site2-unhcr-kazakhstan"),
    ("http://www.unhcr.kz/eng/central-asia/kazakhstan", "un-site2-unhcr-kazakhstan"),
    ("http://www.unhcr.org.uk/news-and-views/uk-press-releases.html", "un-site2-unhcr-uk"),
    ("http://www.unhcr-centraleurope.org/pl/o-nas.html", "un-site2-unhcr-central-europe"),
    ("http://www.unicef.ro/media/aniversarea-zilei-natiunilor-unite-2014-in-romania/",
     "un-site2-unicef-romania"),
    ("http://ru.unesco.kz/about-unesco-almaty-cluster-office", "un-site2-unesco-almaty"),
    ("http://ru.unesco.kz/sector/natural-sciences", "un-site2-unesco-almaty"),
    ("http://www.un.uz/en/post/38-photo-ehibition--years-of-cooperation-beteen-uzbekistan-and-the-un.html",
     "un-site2-ct-uzbekistan"),
    ("http://un.by/en/news/belarus/2011/", "un-site2-ct-belarus"),
    ("http://www.un.md/viewnews/187/", "un-site2-ct-moldova"),
    ("http://www.ungeorgia.ge/eng/", "un-site2-ct-georgia"),
    ("http://www.ungeorgia.ge/", "un-site2-ct-georgia"),
    ("http://www.unifem.org/news_events/currents/issue200807.html", "un-site2-unifem-former"),
    ("http://www.unifem.org/", "un-site2-unifem-former"),
    ("http://www.uniraq.org/index.php?option=com_k2&view=item&id=3344:un-casualty-figures-for-february-2015&Itemid=633&lang=en",
     "un-site2-unami-former"),
    ("https://www.uniraq.org", "un-site2-unami-former"),
    ("http://www.childinfo.org/about.html", "un-site2-childinfo"),
    ("http://www.childinfo.org/mics4_surveys.html", "un-site2-childinfo"),
    ("https://iocaribe.ioc-unesco.org/en/event/3037", "un-site2-ioc-unesco"),
    ("https://legacy.itic.ioc-unesco.org/", "un-site2-ioc-unesco"),
    ("https://toxins.hais.ioc-unesco.org/", "un-site2-ioc-unesco"),
    ("http://www.codexalimentarius.org/meetings-reports/en/", "un-site2-codex"),
    ("https://www.codexalimentarius.org/", "un-site2-codex"),
    ("http://www.codexalimentarius.net/", "un-site2-codex"),
    ("http://www.ipc-undp.org/", "un-site2-ipc-ig"),
    ("https://ipcig.org/sites/default/files/pub/en/OP502_Prioritising_universal_health_insurance_in_Uzbekistan.pdf",
     "un-site2-ipc-ig"),
    ("https://ipcig.org/", "un-site2-ipc-ig"),
    ("https://www.unhcr.org.uk/", "un-site2-unhcr-uk"),
]

DOMAINS = sorted({
    "unhcr.ru", "unhcr.kz", "unhcr.org.uk", "unhcr-centraleurope.org", "unicef.ro",
    "ru.unesco.kz", "un.uz", "un.by", "un.md", "ungeorgia.ge", "unifem.org", "uniraq.org",
    "childinfo.org", "ioc-unesco.org", "codexalimentarius.org", "codexalimentarius.net",
    "ipc-undp.org", "ipcig.org"})


def test_thirty_facts():
    assert len(FACTS) == 30


@pytest.mark.parametrize("url,publisher", FACTS)
def test_pages_read_are_their_un_body(classify, url, publisher):
    verdict = classify(url)
    assert verdict.category == "un", url
    assert verdict.owner is None
    assert verdict.publisher.id == publisher, url


@pytest.mark.parametrize("name,publisher", [
    ("UNHCR Office in the Russian Federation", "un-site2-unhcr-russia"),
    ("UNHCR Representation in Kazakhstan", "un-site2-unhcr-kazakhstan"),
    ("UNHCR United Kingdom", "un-site2-unhcr-uk"),
    ("UNESCO Almaty Cluster Office", "un-site2-unesco-almaty"),
    ("United Nations in Uzbekistan", "un-site2-ct-uzbekistan"),
    ("United Nations in Moldova", "un-site2-ct-moldova"),
    ("Codex Alimentarius Commission", "un-site2-codex"),
    ("Joint FAO/WHO Food Standards Programme", "un-site2-codex"),
    ("International Policy Centre for Inclusive Growth", "un-site2-ipc-ig"),
    ("IPC-IG", "un-site2-ipc-ig"),
    ("Intergovernmental Oceanographic Commission of UNESCO", "un-site2-ioc-unesco"),
])
def test_names_resolve_to_their_un_body(check, name, publisher):
    result = check(name)
    assert result.category == "un", name
    assert result.publisher is not None and result.publisher.id == publisher, name


def test_counts_and_shape(entries):
    assert len(entries) >= 15
    domains = {d for p in entries for d in p.domains}
    assert len(domains) >= 16
    assert domains == set(DOMAINS)
    for pub in entries:
        assert pub.category == "un", pub.id
        assert pub.owner is None, pub.id
        assert pub.id.startswith("un-site2-"), pub.id
        assert len(pub.basis) > 80, pub.id
        assert pub.group in {"country-office", "regional-office", "former-domain",
                             "initiative", "secretariat", "research-centre"}, pub.id


def test_every_domain_is_listed_once(rules):
    listed = {}
    for pub in rules.index.publishers:
        for domain in pub.domains:
            listed.setdefault(domain, []).append(pub.id)
    for domain in DOMAINS:
        assert len(listed.get(domain, [])) == 1, domain


@pytest.mark.parametrize("domain", DOMAINS)
def test_lookalikes_are_never_un(classify, domain):
    label = domain.split(".")[0]
    for url in [f"https://{domain}.evil.example/report",
                f"https://fake-{domain}/report",
                f"https://{label}.blogspot.com/",
                f"https://{domain.replace('.', '-')}.wordpress.com/",
                f"https://not{domain}/"]:
        verdict = classify(url)
        assert verdict.category != "un", url


def test_national_bodies_and_partners_are_not_claimed_here(classify):
    # Kazakhstan's National Commission for UNESCO shares unesco.kz; UNHCR's national partner
    # NGOs and other left-out hosts stay out of this file.
    for url in ["https://natcom.unesco.kz/", "https://unesco.kz/", "https://www.eacnur.org/",
                "https://www.unrefugees.ch/de/ueber-uns", "https://www.devinfo.org/",
                "https://unmil.org/", "https://www.unhcr.ch/", "https://cinu.mx/",
                "https://www.unic.ru/", "https://un-instraw.org/"]:
        verdict = classify(url)
        assert not _from_file(verdict.publisher), url
    assert classify("https://natcom.unesco.kz/").category != "un"


def test_covered_hosts_keep_their_entries(classify):
    # Present sites of the same bodies stay with their existing entries.
    assert classify("https://www.unhcr.org/ru/").publisher.id == "un-unhcr"
    assert classify("https://iraq.un.org/en").category == "un"
    assert not _from_file(classify("https://iraq.un.org/en").publisher)
    assert not _from_file(classify("https://ioc.unesco.org/").publisher)
    assert not _from_file(classify("https://www.unrussia.ru/").publisher)
    assert not _from_file(classify("https://www.undp.by/").publisher)
