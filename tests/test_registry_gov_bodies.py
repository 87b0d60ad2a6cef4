"""Government bodies from Govdirectory (Wikidata) and GSA's US domains outside .gov/.mil.

rules/registry/gov_bodies.yaml (tools/import_govdirectory.py) and
rules/registry/gov_us.yaml (tools/import_us_gov.py) are generated; these tests
hold the facts, the minimums and the filters the generators promise.
"""

from collections import Counter

import pytest

from evidence_check.classify import Classifier
from evidence_check.urls import parse

GROUPS = {"ministries", "missions", "local"}


@pytest.fixture(scope="module")
def classify(rules):
    classifier = Classifier(rules)
    return lambda text: classifier(parse(text))


def entries(rules, name):
    return [p for p in rules.index.publishers if p.origin.rpartition(":")[0].endswith("registry/" + name)]


@pytest.fixture(scope="module")
def bodies(rules):
    return entries(rules, "gov_bodies.yaml")


@pytest.fixture(scope="module")
def us(rules):
    return entries(rules, "gov_us.yaml")


@pytest.mark.parametrize("url, owner, group", [
    # countries without a gov.xx convention: ministries and agencies by their own domains
    ("https://www.bmjv.de/DE/Startseite/Startseite_node.html", "DEU", "ministries"),    # Federal Ministry of Justice
    ("https://www.bundesgesundheitsministerium.de/themen", "DEU", "ministries"),
    ("https://www.bundeswirtschaftsministerium.de/", "DEU", "ministries"),
    ("https://www.scb.se/en/finding-statistics/", "SWE", "ministries"),                   # Statistics Sweden
    ("https://www.skatteverket.se/", "SWE", "ministries"),                               # Swedish Tax Agency
    ("https://polisen.se/om-polisen/", "SWE", "ministries"),
    ("https://www.riksrevisionen.se/", "SWE", "ministries"),
    ("https://www.ssb.no/en/statbank", "NOR", "ministries"),                             # Statistics Norway
    ("https://www.udi.no/en/", "NOR", "ministries"),                                     # Directorate of Immigration
    ("https://www.rekenkamer.nl/", "NLD", "ministries"),                                 # Netherlands Court of Audit
    ("https://www.nationaleombudsman.nl/", "NLD", "ministries"),
    ("https://www.vm.fi/en/frontpage", "FIN", "ministries"),                             # Finnish Ministry of Finance
    ("https://fm.dk/", "DNK", "ministries"),                                             # Danish Ministry of Finance
    ("https://www.nsi.bg/en", "BGR", "ministries"),                                      # Bulgarian statistics
    ("https://www.mil.be/fr/", "BEL", "ministries"),                                     # Belgian Defence
    ("https://www.assnat.cm/", "CMR", "ministries"),                                     # National Assembly of Cameroon
    # embassies on a shared host: the path prefix decides
    ("https://www.ireland.ie/en/germany/berlin/services/", "IRL", "missions"),
    ("https://www.germany.info/us-de/botschaft-konsulate/new-york/", "DEU", "missions"),
    # sub-national
    ("https://www.bs.ch/", "CHE", "local"),                                              # Canton of Basel-Stadt
    ("https://www.utzenstorf.ch/", "CHE", "local"),
    ("https://www.lansstyrelsen.se/skane/om-oss.html", "SWE", "ministries"),
])
def test_government_bodies(classify, url, owner, group):
    result = classify(url)
    assert (result.category, result.owner) == ("government", owner), url
    assert result.publisher.group == group and result.publisher.id.startswith("gd-q"), url


@pytest.mark.parametrize("url", [
    "https://www.marines.com/",                # US Marine Corps recruiting
    "https://www.usajobs.com/",                # OPM
    "https://rewardsforjustice.net/english/",  # Department of State
    "https://www.careeronestop.org/",          # Department of Labor
    "https://okdhs.org/",                      # a State row: Oklahoma Department of Human Services
])
def test_us_government_domains_outside_gov(classify, url):
    result = classify(url)
    assert (result.category, result.owner) == ("government", "USA"), url
    assert result.publisher.id.startswith("usg-"), url


@pytest.mark.parametrize("url", [
    # courts, universities and companies are not government here
    "https://www.domstol.se/", "https://www.domstol.se/stockholms-tingsratt/",
    "https://www.kth.se/", "https://www.uu.se/", "https://www.lu.se/",
    "https://www.nzso.co.nz/", "https://www.scottishwater.co.uk/", "https://www.amtrak.com/",
    "https://www.newyorkfed.org/", "https://www.fanniemae.com/", "https://www.ap7.se/",
    # a shared host whose root no kept item has
    "https://www.ireland.ie/en/germany/berlinale",
])
def test_left_out_bodies_are_not_government(classify, url):
    assert classify(url).category != "government", url


@pytest.mark.parametrize("url", [
    "https://fake-scb.se/", "https://scb.se.evil.example/", "https://scb.blogspot.com/",
    "https://bmjv.de.evil.example/", "https://www.notbmjv.de/", "https://udi-no.com/",
    "https://marines.com.evil.example/", "https://fake-marines.com/", "https://rekenkamer.nl-login.example/",
    "https://obandopilipinas.wordpress.com/",  # a municipality's blog: platform tenant, left out
])
def test_lookalikes_are_never_government(classify, url):
    result = classify(url)
    assert result.category not in ("government", "un", "ngo", "reuters", "state_media"), url


def test_minimums_per_group_and_countries(bodies, us):
    groups = Counter(p.group for p in bodies)
    assert groups["ministries"] >= 500
    assert groups["missions"] >= 60
    assert groups["local"] >= 7000
    assert len({p.owner for p in bodies}) >= 35
    assert len({p.owner for p in bodies if p.group == "ministries"}) >= 17
    us_groups = Counter(p.group for p in us)
    assert us_groups["ministries"] >= 280
    assert us_groups["local"] >= 580


def test_entries_are_small_and_sourced(bodies, us):
    for publisher in bodies + us:
        assert publisher.category == "government" and publisher.owner, publisher.id
        assert publisher.group in GROUPS, publisher.id
        assert len(publisher.domains) == 1 and not publisher.aliases, publisher.id
        assert "\n" not in publisher.basis and len(publisher.basis) < 600, publisher.id
    assert all(p.basis.startswith("Wikidata Q") and "(Govdirectory, CC0)" in p.basis for p in bodies)
    assert all(p.basis.startswith("GSA govt-urls") and p.owner == "USA" for p in us)


def test_no_platform_host_public_suffix_or_academic_domain(bodies, us):
    import tldextract

    extract = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, include_psl_private_domains=True)
    platforms = ("facebook.com", "twitter.com", "wordpress.com", "blogspot.com", "github.io", "wixsite.com",
                 "wix.com", "webs.com", "webnode.com", "sites.google.com", "tumblr.com", "civicplus.com")
    offenders = []
    for publisher in bodies + us:
        host, _, path = publisher.domains[0].partition("/")
        if any(host == p or host.endswith("." + p) for p in platforms):
            offenders.append(publisher.domains[0])
        if not path and not extract(host).domain:
            offenders.append(publisher.domains[0])  # a public suffix as a whole host
        if host.endswith(".edu") or ".ac." in host + ".":
            offenders.append(publisher.domains[0])
    assert offenders == []


def test_every_domain_classifies_to_its_own_entry(classify, bodies, us):
    """No entry is shadowed by a more specific entry of another file, and none overrides one."""
    shadowed = []
    for publisher in bodies + us:
        domain = publisher.domains[0]
        result = classify("https://" + domain + ("" if "/" in domain else "/"))
        if result.publisher is not publisher:
            shadowed.append((domain, getattr(result.publisher, "id", None)))
    assert shadowed == []


def test_generic_names_do_not_resolve_to_one_country(rules):
    """A bare "Ministry of Finance" must not pick one country's ministry from these files."""
    for name in ("Ministry of Finance", "Ministry of Foreign Affairs", "Ministry of Health", "Senate",
                 "National Assembly", "Statistics Office", "Embassy", "Spa", "Lille"):
        found = rules.index.by_name(name)
        assert found is None or not found.id.startswith(("gd-", "usg-")), (name, found.id)


def test_us_government_conventions_still_win(classify):
    assert (classify("https://www.usa.gov/").owner, classify("https://www.usa.gov/").publisher.id) == ("USA", "gov-usa")
    assert classify("https://www.alhurra.com/").publisher.id.startswith("sm-")  # USAGM: state media, not usg-
