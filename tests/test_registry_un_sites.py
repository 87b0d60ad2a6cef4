"""UN-system sites on domains of their own (rules/registry/un_sites.yaml): UN country teams'
and agencies' former country and regional sites, a conference site, and sites of services a
UN body ran, each from a page read (see each entry's basis)."""

import pytest

from evidence_check import Checker

FILE = "rules/registry/un_sites.yaml"


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
    ("http://www.uncsd2012.org/rio20/index.html", "un-site-rio20"),
    ("http://www.uncsd2012.org/", "un-site-rio20"),
    ("https://uncsd2012.org/index.php?page=view&type=400", "un-site-rio20"),
    ("http://www.un-mongolia.mn/new/", "un-site-ct-mongolia"),
    ("https://un-mongolia.mn/", "un-site-ct-mongolia"),
    ("http://unazerbaijan.org/en/who-we-are/history-of-the-un-and-azerbaijan-partnership/",
     "un-site-ct-azerbaijan"),
    ("http://unazerbaijan.org/en/speech-by-ghulam-m-isaczai-at-the-reception-dedicated-to-un-day-and-un-staff-day/",
     "un-site-ct-azerbaijan"),
    ("http://www.unhcr.at/unhcr/in-oesterreich.html", "un-site-unhcr-austria"),
    ("http://www.unhcr.at/archiv/pressemitteilungen.html", "un-site-unhcr-austria"),
    ("https://unhcr.at/", "un-site-unhcr-austria"),
    ("http://www.unhcr.fr/fr-fr", "un-site-unhcr-france"),
    ("https://unhcr.fr/", "un-site-unhcr-france"),
    ("http://www.unhcr.se/en/media/news-articles/", "un-site-unhcr-northern-europe"),
    ("http://www.unhcr.se/se/media/pressmeddelanden/", "un-site-unhcr-northern-europe"),
    ("https://unaids-ap.org/page/5", "un-site-unaids-asia-pacific"),
    ("https://unaids-ap.org/page/4/", "un-site-unaids-asia-pacific"),
    ("https://unaids-ap.org/tag/violence-against-women/", "un-site-unaids-asia-pacific"),
    ("https://www.oitcinterfor.org/en/general/about-ilocinterfor", "un-site-ilo-cinterfor"),
    ("https://www.oitcinterfor.org/en", "un-site-ilo-cinterfor"),
    ("https://www.oitcinterfor.org/en/general/origins-and-history", "un-site-ilo-cinterfor"),
    ("https://freerice.com/", "un-site-wfp-freerice"),
    ("http://freerice.com/#/english-vocabulary/1529", "un-site-wfp-freerice"),
    ("http://www.worldvolunteerweb.org/news-views/news/doc/online-volunteering-service-celebrates/print.html",
     "un-site-unv-world-volunteer-web"),
    ("http://worldvolunteerweb.org/", "un-site-unv-world-volunteer-web"),
    ("http://unicefstories.org/feed/", "un-site-unicef-stories"),
    ("http://unicefstories.org/2015/09/10/august-2015-recap-must-read-blogs-featured-on-stories-of-innovation/",
     "un-site-unicef-stories"),
    ("http://unicefstories.org/author/unicefstories/page/115/", "un-site-unicef-stories"),
    ("https://ayuda.campusvirtualsp.org/es/faq-page", "un-site-paho-virtual-campus"),
    ("https://www.campusvirtualsp.org/", "un-site-paho-virtual-campus"),
    ("https://campusvirtualsp.org/es/cursos", "un-site-paho-virtual-campus"),
]

DOMAINS = sorted({
    "uncsd2012.org", "un-mongolia.mn", "unazerbaijan.org", "unhcr.at", "unhcr.fr", "unhcr.se",
    "unaids-ap.org", "oitcinterfor.org", "freerice.com", "worldvolunteerweb.org",
    "unicefstories.org", "campusvirtualsp.org"})


def test_thirty_facts():
    assert len(FACTS) == 30


@pytest.mark.parametrize("url,publisher", FACTS)
def test_pages_read_are_their_un_body(classify, url, publisher):
    verdict = classify(url)
    assert verdict.category == "un", url
    assert verdict.owner is None
    assert verdict.publisher.id == publisher, url


@pytest.mark.parametrize("name,publisher", [
    ("Rio+20", "un-site-rio20"),
    ("United Nations Conference on Sustainable Development (Rio+20)", "un-site-rio20"),
    ("United Nations in Mongolia", "un-site-ct-mongolia"),
    ("United Nations in Azerbaijan", "un-site-ct-azerbaijan"),
    ("UNHCR Österreich", "un-site-unhcr-austria"),
    ("HCR France", "un-site-unhcr-france"),
    ("UNHCR Regional Representation for Northern Europe", "un-site-unhcr-northern-europe"),
    ("UNAIDS Asia-Pacific", "un-site-unaids-asia-pacific"),
    ("ILO/Cinterfor", "un-site-ilo-cinterfor"),
    ("Freerice", "un-site-wfp-freerice"),
    ("World Volunteer Web", "un-site-unv-world-volunteer-web"),
    ("Stories of UNICEF Innovation", "un-site-unicef-stories"),
    ("Campus Virtual de Salud Pública", "un-site-paho-virtual-campus"),
])
def test_names_resolve_to_their_un_body(check, name, publisher):
    result = check(name)
    assert result.category == "un", name
    assert result.publisher is not None and result.publisher.id == publisher, name


def test_counts_and_shape(entries):
    assert len(entries) >= 11
    domains = {d for p in entries for d in p.domains}
    assert len(domains) >= 11
    assert domains == set(DOMAINS)
    for pub in entries:
        assert pub.category == "un", pub.id
        assert pub.owner is None, pub.id
        assert pub.id.startswith("un-site-"), pub.id
        assert len(pub.basis) > 80, pub.id
        assert pub.group in {"conferences", "country-office", "regional-office",
                             "information-centre", "former-domain", "initiative"}, pub.id


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


def test_left_out_hosts_are_not_claimed_here(classify):
    # Searched for but left out (no page read, not UN, or joint with non-UN partners).
    for url in ["https://cinu.mx/", "https://www.unic.ru/", "https://un-instraw.org/",
                "https://www.unmikonline.org/", "https://www.sids2014.org/",
                "https://www.worldwewant2015.org/", "https://www.unicef.ca/",
                "https://www.unfoundationblog.org/", "https://www.untvweb.com/",
                "https://www.unhcr-northerneurope.org/"]:
        verdict = classify(url)
        assert not _from_file(verdict.publisher), url


def test_ngo_and_press_lookalike_names_are_not_these_bodies(classify):
    # UNICEF national committees and a private UN-news site stay out of the UN class.
    for url in ["https://www.unicef.org.uk/", "https://www.unicefusa.org/",
                "https://www.onuitalia.com/"]:
        verdict = classify(url)
        assert not _from_file(verdict.publisher), url
        assert verdict.category != "un", url


def test_covered_hosts_keep_their_entries(classify):
    # Present sites of the same bodies stay with un.yaml's entries.
    assert classify("https://mongolia.un.org/en").publisher.id != "un-site-ct-mongolia"
    assert classify("https://www.unhcr.org/neu/").publisher.id == "un-unhcr"
    assert classify("https://www.unaids.org/en").publisher.id == "un-unaids"
    assert classify("https://campus.paho.org/es").category == "un"
    assert not _from_file(classify("https://campus.paho.org/es").publisher)
