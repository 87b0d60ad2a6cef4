"""UN-system offices and legacy sites on domains of their own
(rules/registry/un_offices.yaml): former UNDP country-office hosts, UNESCO Bangkok's old
host, UNICEF Mozambique, UNIC and country-team sites, and UN-hosted initiatives, each
from a page read."""

import pytest

from evidence_check.classify import Classifier
from evidence_check.urls import parse

FILE = "rules/registry/un_offices.yaml"

DOMAINS = [
    "undp.by", "undp.ru", "undp.org.tr", "undp.org.vn", "unicef.org.mz", "unescobkk.org",
    "cinu.org.mx", "un.org.kg", "unmillenniumproject.org", "ungei.org", "arab-hdr.org",
    "pogar.org", "undp-aciac.org", "desarrollohumano.org.gt", "millenniumcampaign.org",
]

# URL -> publisher id (pages read for the entries, and other URLs on the same hosts).
FACTS = [
    ("http://undp.by/en/undp/about/", "un-office-undp-belarus"),
    ("https://www.undp.by/ru/", "un-office-undp-belarus"),
    ("http://www.undp.ru/index.php?iso=RU&lid=1&pid=167&cmd=text&id=$200", "un-office-undp-russia"),
    ("https://undp.ru/index.php?iso=RU&lid=1&pid=301", "un-office-undp-russia"),
    ("http://www.undp.ru/index.phtml?iso=RU&lid=1&pid=98", "un-office-undp-russia"),
    ("https://annualreport.undp.org.tr/", "un-office-undp-turkiye"),
    ("http://www.undp.org.tr/Images/SM_flickr.jpg", "un-office-undp-turkiye"),
    ("http://www.undp.org.vn/undpLive/", "un-office-undp-viet-nam"),
    ("https://undp.org.vn/detail/whats-new/news", "un-office-undp-viet-nam"),
    ("http://www.unicef.org.mz", "un-office-unicef-mozambique"),
    ("https://www.unicef.org.mz/relatorio-anual-2012.pdf", "un-office-unicef-mozambique"),
    ("http://www.unescobkk.org/education/news/article/-c8dcfff17f/", "un-office-unesco-bangkok"),
    ("http://www.unescobkk.org/resources/news-and-events/", "un-office-unesco-bangkok"),
    ("http://www.cinu.org.mx/multi/onutrabaja/pagina3.htm", "un-office-cinu-mexico-former"),
    ("https://un.org.kg/english/unlink.phtml?165", "un-office-un-kyrgyzstan"),
    ("http://www.un.org.kg/", "un-office-un-kyrgyzstan"),
    ("http://www.unmillenniumproject.org/index.htm", "un-office-un-millennium-project"),
    ("http://www.unmillenniumproject.org/reports/preface.htm", "un-office-un-millennium-project"),
    ("https://ungei.org/who-we-are/overview", "un-office-ungei"),
    ("http://www.ungei.org/whatisungei/index.html", "un-office-ungei"),
    ("https://arab-hdr.org/about/", "un-office-arab-hdr"),
    ("http://www.arab-hdr.org/about/trustfund.aspx", "un-office-arab-hdr"),
    ("https://pogar.org/about.html", "un-office-undp-pogar"),
    ("https://www.pogar.org/resources/activities-projects.html", "un-office-undp-pogar"),
    ("http://undp-aciac.org/index.aspx", "un-office-undp-pogar"),
    ("http://desarrollohumano.org.gt/noticias/", "un-office-undp-nhdr-guatemala"),
    ("http://www.millenniumcampaign.org/", "un-office-un-millennium-campaign"),
    ("https://endpoverty.millenniumcampaign.org/standup", "un-office-un-millennium-campaign"),
    ("HTTP://WWW.UNDP.RU/", "un-office-undp-russia"),
    ("https://www.ungei.org./", "un-office-ungei"),
]

# UNICEF national committees and other national NGOs bearing a UN body's name: never
# `un` through this file.
NATIONAL_COMMITTEES = [
    "https://www.unicef.org.uk/", "https://www.unicef.de/", "https://www.unicef.fr/",
    "https://www.unicef.ch/", "https://www.unicef.ca/", "https://www.unicef.org.au/",
    "https://www.unicefusa.org/", "https://www.unrefugees.org/", "https://www.wfpusa.org/",
]


@pytest.fixture(scope="module")
def classify(rules):
    classifier = Classifier(rules)
    return lambda url: classifier(parse(url))


def _from_file(publisher):
    return publisher is not None and publisher.origin.rpartition(":")[0].endswith(FILE)


def test_file_is_loaded_with_enough_entries(rules):
    mine = [p for p in rules.index.publishers if _from_file(p)]
    assert len(mine) >= 12
    assert sum(len(p.domains) for p in mine) >= 13
    assert all(p.category == "un" for p in mine)
    assert {p.group for p in mine} <= {
        "country-office", "regional-office", "information-centre", "former-domain", "initiative"}
    assert all(p.basis and "read" in p.basis for p in mine)


@pytest.mark.parametrize("url,pid", FACTS)
def test_facts(classify, url, pid):
    result = classify(url)
    assert result.category == "un", url
    assert result.publisher is not None and result.publisher.id == pid, url


@pytest.mark.parametrize("domain", DOMAINS)
def test_lookalikes_never_un(classify, domain):
    label = domain.split(".")[0]
    for url in (f"https://{domain}.evil.example/", f"https://fake-{domain}/",
                f"https://{domain}-login.com/", f"https://{label}.blogspot.com/"):
        result = classify(url)
        assert result.category != "un", url
        assert not _from_file(result.publisher), url


@pytest.mark.parametrize("url", NATIONAL_COMMITTEES)
def test_national_committees_not_un_via_this_file(classify, url):
    result = classify(url)
    assert not _from_file(result.publisher), url
    assert not (result.publisher is not None and result.publisher.id.startswith("un-office-")), url
