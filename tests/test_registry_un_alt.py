"""UN-system alternate, former and hosted sites (rules/registry/un_alt.yaml): UNEP-administered
treaty and regional-seas secretariats, OCHA's older coordination sites, former domains of UN bodies,
regional offices and special-procedure sites, each from a page or file read (see each entry's
basis)."""

import pytest

from evidence_check.classify import Classifier
from evidence_check.urls import parse

FILE = "rules/registry/un_alt.yaml"

# Pages or files read for each entry (see its basis), with the publisher they belong to.
FACTS = [
    ("https://www.ascobans.org/en/news/25-years-ascobans-secretariat%E2%80%99s-history", "un-alt-ascobans"),
    ("https://www.eurobats.org/", "un-alt-eurobats"),
    ("https://www.unep-aewa.org/en", "un-alt-aewa"),
    ("https://tehranconvention.org/en/home", "un-alt-tehran-convention"),
    ("http://new.tehranconvention.org/en/tc/secretariat", "un-alt-tehran-convention"),
    ("http://www.carpathianconvention.org/news-details-195/items/CC_MEA_Portal.html",
     "un-alt-carpathian-convention"),
    ("https://www.nairobiconvention.org/clearinghouse/taxonomy/term/6649", "un-alt-nairobi-convention"),
    ("http://abidjanconvention.org/index.php?option=com_content&view=article&id=87",
     "un-alt-abidjan-convention"),
    ("http://www.cobsea.org/aboutcobsea/aesrcu_sub/about_eas-rcu.html", "un-alt-cobsea"),
    ("http://nowpap.org/main.php", "un-alt-nowpap"),
    ("http://merrac.nowpap.org/merrac/about/about_nowpap", "un-alt-nowpap"),
    ("http://unepineurope.org/year-in-review-2015/", "un-alt-unep-europe"),
    ("http://www.grid.unep.ch/index.php?option=com_content&view=article&id=58", "un-alt-unep-grid-geneva"),
    ("https://www.multilateralfund.org/about/governance", "un-alt-multilateral-fund"),
    ("https://informea.org/about", "un-alt-informea"),
    ("https://globalabc.org/about-gabc/introduction", "un-alt-globalabc"),
    ("http://www.humanitarianinfo.org/iasc/", "un-alt-humanitarianinfo"),
    ("http://oneresponse.info/Countries/Pakistan/IM/publicdocuments/x.xls", "un-alt-oneresponse"),
    ("http://www.hewsweb.org", "un-alt-hews"),
    ("http://css.escwa.org.lb/ictd/0960/01.pdf", "un-alt-escwa-former"),
    ("http://eird.org/americas/index.html", "un-alt-eird"),
    ("http://www.unesco.org.uy/ci/fileadmin/phi/aqualac/GarciaRodriguez_et_al_p78-82.pdf",
     "un-alt-unesco-montevideo"),
    ("https://iom-nederland.nl", "un-alt-iom-netherlands"),
    ("https://acnudh.org/wp-content/uploads/2018/10/15-17877S_African-Descent-Booklet_WEB-ilovepdf-compressed.pdf",
     "un-alt-ohchr-south-america"),
    ("https://www.oacnudh.org/areas-de-trabajo/discriminacion/", "un-alt-ohchr-central-america"),
    ("http://freeassembly.net/wp-content/uploads/2013/10/A-HRC-20-27_en-annual-report-May-2012.pdf",
     "un-alt-sr-assembly"),
    ("http://www.srfood.org/images/stories/pdf/officialreports/20140310_finalreport_en.pdf", "un-alt-sr-food"),
    ("http://www.who.ch/", "un-alt-who-former"),
    ("http://www.wmo.ch/pages/prog/www/WMOCodes/Operational/GRIB2/FM92-GRIB2-2007Nov.pdf", "un-alt-wmo-former"),
    ("http://www.wipo.org", "un-alt-wipo-former"),
    ("http://iaeand.iaea.or.at/ripl/", "un-alt-iaea-former"),
    ("http://www.unhcr.ch/refworld/cgi-bin/search2.pl", "un-alt-unhcr-former"),
]

DOMAINS = sorted({
    "ascobans.org", "eurobats.org", "unep-aewa.org", "tehranconvention.org",
    "carpathianconvention.org", "nairobiconvention.org", "abidjanconvention.org", "cobsea.org",
    "nowpap.org", "unepineurope.org", "grid.unep.ch", "multilateralfund.org", "informea.org",
    "globalabc.org", "humanitarianinfo.org", "oneresponse.info", "hewsweb.org", "escwa.org.lb",
    "eird.org", "unesco.org.uy", "iom-nederland.nl", "acnudh.org", "oacnudh.org",
    "freeassembly.net", "srfood.org", "who.ch", "wmo.ch", "wipo.org", "iaea.or.at", "unhcr.ch"})


@pytest.fixture(scope="module")
def classify(rules):
    c = Classifier(rules)
    return lambda url: c(parse(url))


@pytest.fixture(scope="module")
def entries(rules):
    return [p for p in rules.index.publishers if p.origin.rpartition(":")[0].endswith(FILE)]


@pytest.mark.parametrize("url,publisher", FACTS)
def test_pages_read_are_their_un_body(classify, url, publisher):
    verdict = classify(url)
    assert verdict.category == "un"
    assert verdict.publisher.id == publisher
    assert verdict.owner is None


def test_minimum_counts(entries):
    assert len(entries) >= 28
    assert sum(len(p.domains) for p in entries) >= 28
    assert all(p.category == "un" and p.basis for p in entries)


def test_every_domain_is_this_file(entries):
    listed = sorted(d for p in entries for d in p.domains)
    assert listed == DOMAINS


@pytest.mark.parametrize("domain", DOMAINS)
def test_lookalikes_never_un(classify, domain):
    label = domain.split(".")[0]
    for url in (f"https://fake-{domain}/", f"https://{domain}.evil.example/",
                f"https://{label}.blogspot.com/", f"https://not{domain}/"):
        assert classify(url).category != "un", url


def test_unep_ch_is_not_listed_as_a_whole(classify):
    assert classify("http://www.unep.ch/").publisher is None or \
        classify("http://www.unep.ch/").publisher.id != "un-alt-unep-grid-geneva"
