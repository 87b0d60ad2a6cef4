"""rules/registry/ngo_domains_c.yaml: ECOSOC-status NGOs with checked domains (helper NGO-c).

Themes: environment, climate and energy, water, food, development and poverty, labour,
business and professional associations, urban development, technology, culture and sport,
ageing. Facts (a cited NGO website or name -> category ngo and the right entry), minimum
counts a bit below what the file adds, every basis naming its ECOSOC_Status row and where the
domain was checked, more specific entries of other files winning on shared hosts, lookalike
hosts never gaining the ngo class, and common words never taken for these NGOs.
"""

from pathlib import Path

import pytest
import yaml

from evidence_check.classify import Classifier
from evidence_check.urls import parse

FILE = Path(__file__).resolve().parents[1] / "rules" / "registry" / "ngo_domains_c.yaml"


@pytest.fixture(scope="module")
def classify(rules):
    return Classifier(rules)


@pytest.fixture(scope="module")
def entries(rules):
    ids = {p["id"] for p in yaml.safe_load(FILE.read_text(encoding="utf-8"))["publishers"]}
    found = [p for p in rules.index.publishers if p.id in ids]
    assert len(found) == len(ids)
    return found


FACTS = [
    # environment, climate and energy
    ("https://www.worldanimalprotection.org/latest/blogs/", "ngo-world-animal-protection"),
    ("https://www.zsl.org/what-we-do/projects", "ngo-zsl"),
    ("https://www.cdp.net/en/research/global-reports", "ngo-cdp"),
    ("https://www.earthisland.org/journal/index.php/magazine/", "ngo-earth-island-institute"),
    ("https://ipen.org/documents/plastics", "ngo-ipen"),
    ("https://www.worldenergy.org/publications", "ngo-world-energy-council"),
    ("https://www.earthday.org/campaign/end-plastic-pollution/", "ngo-earth-day-network"),
    ("https://ecopeaceme.org/gmd/", "ngo-ecopeace"),
    ("https://theicct.org/publication/a-global-comparison/", "ngo-icct"),
    ("https://ceobs.org/estimating-the-militarys-global-greenhouse-gas-emissions/", "ngo-ceobs"),
    ("https://www.iswa.org/", "ngo-iswa"),
    ("https://slocat.net/", "ngo-slocat"),
    ("https://cprc-clasp.ngo/policies/", "ngo-clasp"),
    # water, food
    ("https://www.worldtoilet.org/", "ngo-world-toilet-organization"),
    ("https://safewaternetwork.org/our-work/ghana/", "ngo-safe-water-network"),
    ("https://www.ciwf.org.uk/factory-farming/", "ngo-ciwf"),
    ("https://www.worldhunger.org/world-hunger-and-poverty-facts-and-statistics/", "ngo-whes"),
    ("https://www.biovision.ch/en/", "ngo-biovision"),
    # development, poverty, labour, business and professions
    ("https://odi.org/en/publications/", "ngo-odi"),
    ("https://www.ids.ac.uk/publications/", "ngo-ids"),
    ("https://debtjustice.org.uk/press-release/x", "ngo-jubilee-debt-campaign"),
    ("https://www.macfound.org/programs/", "ngo-macarthur-foundation"),
    ("https://canadianlabour.ca/", "ngo-canadian-labour-congress"),
    ("https://twc2.org.sg/", "ngo-twc2"),
    ("https://www.ifac.org/knowledge-gateway", "ngo-ifac"),
    ("https://www.iec.ch/world-plugs", "ngo-iec"),
    ("https://www.fairtrade.net/about/fairtrade-marks", "ngo-fairtrade-international"),
    ("https://www.gsma.com/r/gender-gap/", "ngo-gsma"),
    ("https://www.lawsociety.org.uk/topics/criminal-law", "ngo-law-society"),
    ("https://lawcouncil.au/policy-agenda", "ngo-law-council-australia"),
    ("https://www.lawcouncil.asn.au/", "ngo-law-council-australia"),
    ("https://www.koreanbar.or.kr/", "ngo-korean-bar"),
    ("https://www.cma.ca/", "ngo-cma-canada"),
    ("https://www.acog.org/womens-health/faqs/", "ngo-acog"),
    ("https://www.ieee.org/about/", "ngo-ieee"),
    # urban, technology, culture and sport, ageing
    ("https://www.uclg.org/es/recursos/publicaciones", "ngo-uclg"),
    ("https://world-habitat.org/world-habitat-awards/", "ngo-world-habitat"),
    ("https://homelesslaw.org/", "ngo-homelessness-law-center"),
    ("https://www.icann.org/resources/pages/what-2012-02-25-en", "ngo-icann"),
    ("https://datasociety.net/library/data-voids/", "ngo-data-society"),
    ("https://internetshutdowns.in/", "ngo-sflc-in"),
    ("https://www.opennet.or.kr/21200", "ngo-open-net-korea"),
    ("https://www.paralympic.org/classification", "ngo-ipc"),
    ("https://www.sitesofconscience.org/", "ngo-sites-of-conscience"),
    ("https://www.bagso.de/themen/", "ngo-bagso"),
    ("https://www.iagg.info/", "ngo-iagg"),
]


@pytest.mark.parametrize("url, entry", FACTS)
def test_a_cited_ngo_site_is_that_ngo(classify, url, entry):
    result = classify(parse(url))
    assert result.category == "ngo", url
    assert result.publisher.id == entry, url


NAMES = [
    ("World Animal Protection", "ngo-world-animal-protection"),
    ("World Society for the Protection of Animals", "ngo-world-animal-protection"),
    ("International Council on Clean Transportation", "ngo-icct"),
    ("World Energy Council", "ngo-world-energy-council"),
    ("Overseas Development Institute", "ngo-odi"),
    ("Fairtrade International", "ngo-fairtrade-international"),
    ("International Federation of Accountants", "ngo-ifac"),
    ("Canadian Labour Congress", "ngo-canadian-labour-congress"),
    ("Royal Institution of Chartered Surveyors", "ngo-rics"),
    ("United Cities and Local Governments", "ngo-uclg"),
    ("Internet Corporation for Assigned Names and Numbers", "ngo-icann"),
    ("International Paralympic Committee", "ngo-ipc"),
    ("대한변호사협회", "ngo-korean-bar"),
    ("Федерация независимых профсоюзов России", "ngo-fnpr"),
    ("全日本民主医療機関連合会", "ngo-min-iren"),
]


@pytest.mark.parametrize("name, entry", NAMES)
def test_an_ngo_is_found_by_name(classify, name, entry):
    result = classify(parse(name))
    assert result.category == "ngo", name
    assert result.publisher.id == entry, name


def test_minimum_counts(entries):
    assert len(entries) >= 105  # 112 in the file
    assert sum(len(p.domains) for p in entries) >= 110  # 118 in the file


def test_every_basis_names_its_ecosoc_row_and_where_the_domain_was_checked(entries):
    groups = {"human-rights", "press-freedom", "trafficking-slavery", "crime-justice", "children",
              "refugees-migration", "humanitarian", "health", "development", "women",
              "environment", "education-culture"}
    for p in entries:
        assert p.category == "ngo" and p.domains, p.id
        assert "ECOSOC_Status dataset" in p.basis, p.id
        assert ("granted.csv row" in p.basis or "name-changes.csv" in p.basis
                or "reclassification-deferred.csv row" in p.basis), p.id
        assert "file ids" in p.basis or "pages corpus" in p.basis, p.id
        assert p.group in groups, p.id


def test_more_specific_entries_of_other_files_still_win(classify):
    # IEEE Xplore stays an academic publisher (unlisted), IEEE Spectrum stays press.
    assert classify(parse("https://ieeexplore.ieee.org/document/1234567")).category == "unlisted"
    assert classify(parse("https://spectrum.ieee.org/a-story")).category == "rejected"
    # An unrelated body whose host merely ends like one of ours is not matched.
    assert classify(parse("https://worldacademy.org.uk/")).publisher is None or \
        classify(parse("https://worldacademy.org.uk/")).publisher.id != "ngo-waas"
    assert classify(parse("https://www.wacoss.org.au/")).publisher is None or \
        classify(parse("https://www.wacoss.org.au/")).publisher.id != "ngo-acoss"


def test_lookalikes_are_never_the_ngo(classify, entries):
    for p in entries:
        for domain in p.domains:
            label = domain.split(".")[0]
            for fake in (f"https://{domain}.evil.example/", f"https://fake-{domain}/",
                         f"https://{label}.blogspot.com/", f"https://not{domain}/",
                         f"https://{label}.wordpress.com/"):
                result = classify(parse(fake))
                assert result.category != "ngo", fake


def test_common_words_are_not_these_ngos(classify, entries):
    ids = {p.id for p in entries}
    for text in ("Chintan", "Born Free", "Water", "Energy", "Habitat", "Earth", "Fairtrade",
                 "Law Society of Scotland", "IEEE", "Biovision", "Housing"):
        result = classify(parse(text))
        assert result.publisher is None or result.publisher.id not in ids, text
