"""US federal bodies as citations name them (rules/registry/gov_us_names.yaml).

Facts (names and URLs -> government of the United States, naming the body), minimum counts,
acronyms left out as ambiguous that must not name these entries, and lookalikes that must never
gain a trusted class.
"""

import pytest

from evidence_check.classify import Classifier
from evidence_check.urls import parse

FILE = "registry/gov_us_names.yaml"
TRUSTED = {"un", "government", "reuters", "state_media", "ngo"}


@pytest.fixture(scope="module")
def entries(rules):
    return [p for p in rules.index.publishers if p.origin.rpartition(":")[0].endswith(FILE)]


@pytest.fixture(scope="module")
def classify(rules):
    return Classifier(rules)


def _id(result):
    return getattr(result.publisher, "id", result.publisher)


def test_minimum_counts(entries):
    assert len(entries) >= 250
    assert sum(len(p.domains) for p in entries) >= 220
    assert all(p.category == "government" and p.owner == "USA" for p in entries)
    assert all(p.id.startswith("usfed-") for p in entries)
    assert {p.group for p in entries} == {"agency", "bureau", "institute", "military", "white-house",
                                          "congress"}
    assert sum(p.group == "institute" for p in entries) >= 25  # NIH's institutes and centres
    assert sum(p.group == "military" for p in entries) >= 18  # combatant commands and branches
    assert sum(p.group == "congress" for p in entries) >= 30
    assert all(p.basis for p in entries)


# A name -> the entry it must give (government, USA). None: government USA by any entry.
NAMES = [
    ("IIP Digital", "usfed-iip"), ("DTIC", "usfed-dtic"), ("USDOL", "usfed-dol-acronym"),
    ("John F. Kennedy Presidential Library and Museum", "usfed-nara-presidential-libraries"),
    ("Harry S. Truman Library", "usfed-nara-presidential-libraries"),
    ("Naval History and Heritage Command", "usfed-navy-history"),
    ("OJP", "usfed-ojp"),
    ("National Human Genome Research Institute", "usfed-nhgri"),
    ("NHGRI", "usfed-nhgri"),
    ("Bureau of Justice Statistics", "usfed-bjs"),
    ("National Institute of Justice", "usfed-nij"),
    ("OJJDP", "usfed-ojjdp"),
    ("Office for Victims of Crime", "usfed-ovc"),
    ("USMS", "usfed-usms"),
    ("Federal Bureau of Prisons", "usfed-bop"),
    ("EOIR", "usfed-eoir"),
    ("CISA", "usfed-cisa"),
    ("FLETC", "usfed-fletc"),
    ("United States Border Patrol", "usfed-usbp"),
    ("Bureau of International Security and Nonproliferation", "usfed-isn"),
    ("Global Engagement Center", "usfed-gec"),
    ("Foreign Relations of the United States", "usfed-historian"),
    ("OFDA", "usfed-ofda"),
    ("NIMH", "usfed-nimh"),
    ("National Institute of Allergy and Infectious Diseases", "usfed-niaid"),
    ("SAMHSA", "usfed-samhsa"),
    ("Office of Refugee Resettlement", "usfed-orr"),
    ("U.S. EIA", "usfed-eia"),
    ("NNSA", "usfed-nnsa"),
    ("NIST", "usfed-nist"),
    ("FinCEN", "usfed-fincen"),
    ("Internal Revenue Service", "usfed-irs"),
    ("CFIUS", "usfed-cfius"),
    ("Defense Security Cooperation Agency", "usfed-dsca"),
    ("DTRA", "usfed-dtra"),
    ("CENTCOM", "usfed-centcom"),
    ("AFRICOM", "usfed-africom"),
    ("U.S. Indo-Pacific Command", "usfed-indopacom"),
    ("United States Space Force", "usfed-ussf"),
    ("USGS", "usfed-usgs"),
    ("ILAB", "usfed-ilab"),
    ("OSHA", "usfed-osha"),
    ("Federal Aviation Administration", "usfed-faa"),
    ("USCIRF", "usfed-uscirf"),
    ("USTR", "usfed-ustr"),
    ("U.S. EXIM", "usfed-exim"),
    ("OSTP", "usfed-ostp"),
    ("ONDCP", "usfed-ondcp"),
    ("U.S. Senate Foreign Relations Committee", "usfed-sfrc"),
    ("U.S. House Committee on Foreign Affairs", "usfed-hfac"),
    ("HPSCI", "usfed-hpsci"),
    ("Helsinki Commission", "usfed-csce"),
    ("United States-China Economic and Security Review Commission", "usfed-uscc"),
    # already right through other files (not re-listed here)
    ("Office of Justice Programs", None),
    ("Drug Enforcement Administration", None),
    ("U.S. Census Bureau", None),
]


@pytest.mark.parametrize("name, publisher_id", NAMES)
def test_names(classify, name, publisher_id):
    result = classify(parse(name))
    assert (result.category, result.owner) == ("government", "USA")
    if publisher_id is not None:
        assert _id(result) == publisher_id


@pytest.mark.parametrize("url, publisher_id", [
    ("https://bjs.ojp.gov/library/publications/prisoners-2022", "usfed-bjs"),
    ("http://iipdigital.usembassy.gov/st/english/article/2012/01/x.html", "usfed-iip"),
    ("https://apps.dtic.mil/sti/citations/ADA123456", "usfed-dtic"),
    ("https://www.genome.gov/about-genomics", "usfed-nhgri"),
    ("https://www.nimh.nih.gov/health/statistics", "usfed-nimh"),
    ("https://www.centcom.mil/MEDIA/PRESS-RELEASES/", "usfed-centcom"),
    ("https://www.pacom.mil/Media/News/", "usfed-indopacom"),
    ("https://www.dhs.gov/ohss/topics/immigration", "usfed-ohss"),
    ("https://www.eia.gov/international/analysis/country/IRN", "usfed-eia"),
    ("https://foreignaffairs.house.gov/hearings", "usfed-hfac"),
    ("https://www.whitehouse.gov/ostp/news-updates/", "usfed-ostp"),
    ("https://www.justice.gov/crt/about", "usfed-crt"),
])
def test_urls(classify, url, publisher_id):
    result = classify(parse(url))
    assert (result.category, result.owner, _id(result)) == ("government", "USA", publisher_id)


# Acronyms left out as ambiguous (another body, a concept, a word or a name bears them): they
# never name an entry of this file.
AMBIGUOUS = ["EIA", "BJS", "OVC", "BJA", "BOP", "NIC", "ICE", "TSA", "FDA", "CMS", "ACF", "ORR", "NEI",
             "NIA", "BIS", "ITA", "DIA", "DLA", "NGA", "NPS", "BLM", "FRA", "FTA", "EPA", "MCC", "EXIM",
             "DFC", "CRS", "CBO", "NSF", "SEC", "FTC", "NRC", "SSA", "NSC", "CEA", "ECA", "INR", "CSO",
             "NARA", "BARDA", "APHIS", "NIDA", "OSTI", "SSCI", "USSF", "STRATCOM", "USAGM"]


def test_ambiguous_acronyms_not_given(entries, classify):
    from evidence_check.names import fold
    mine = {p.id for p in entries}
    for acronym in AMBIGUOUS:
        for p in entries:
            assert fold(acronym) not in {fold(n) for n in (p.name, *p.aliases)}, (acronym, p.id)
        assert _id(classify(parse(acronym))) not in mine, acronym
    # a name or a surname in a reference is not the agency it spells in capitals
    for line in ["Khan, Nida. 2020. Migration in Europe.", "Osti, Giorgio (2018). Rural development.",
                 "Nara, Japan", "Aphis gossypii infestations", "Environmental Investigation Agency (EIA)"]:
        assert _id(classify(parse(line))) not in mine, line


@pytest.mark.parametrize("url", [
    "https://fake-ojp.gov.example",
    "https://ojp.gov.evil.example/bjs",
    "https://centcom.mil.evil.example",
    "https://centcom-mil.com",
    "https://nimh-nih.gov.example",
    "https://africom.blogspot.com",
    "https://usfed-cisa.wordpress.com",
    "https://notgenome.gov.evil.example",
])
def test_lookalikes_never_trusted(classify, url):
    assert classify(parse(url)).category not in TRUSTED
