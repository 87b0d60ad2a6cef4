"""rules/registry/ngo_domains_a.yaml: NGOs with a UN record and checked domains, slice A.

Themes: human rights and rule of law (indigenous peoples, minorities, LGBT rights, press
freedom, anti-corruption), drugs policy and crime, peace-building and conflict, disarmament. Facts (a cited
NGO website or name -> category ngo and the right entry), minimum counts a bit below what
the file holds, every basis naming its UN record and the pages read, lookalike hosts never
gaining the ngo class, and common words never taken for these NGOs.
"""

from pathlib import Path

import pytest
import yaml

from evidence_check.classify import Classifier
from evidence_check.urls import parse

FILE = Path(__file__).resolve().parents[1] / "rules" / "registry" / "ngo_domains_a.yaml"


@pytest.fixture(scope="module")
def classify(rules):
    return Classifier(rules)


@pytest.fixture(scope="module")
def entries(rules):
    ids = {p["id"] for p in yaml.safe_load(FILE.read_text(encoding="utf-8"))["publishers"]}
    found = [p for p in rules.index.publishers if p.id in ids]
    assert {p.id for p in found} == ids
    return found


FACTS = [
    # human rights and rule of law
    ("https://equitas.org/our-impact/human-rights-defenders/", "ngo-equitas"),
    ("https://jubileecampaign.org/advocacy", "ngo-jubilee-campaign"),
    ("https://adfinternational.org/news/", "ngo-adf-international"),
    ("https://www.escr-net.org/about-us/mission-and-governance", "ngo-escr-net"),
    ("https://www.gi-escr.org/how-we-work/", "ngo-gi-escr"),
    ("https://giescr.org/es/annual-report-2022", "ngo-gi-escr"),
    ("https://www.humanrightsatsea.org/news/", "ngo-human-rights-at-sea"),
    ("https://lawyersforlawyers.org/history/", "ngo-lawyers-for-lawyers"),
    ("https://lrwc.org/about", "ngo-lrwc"),
    ("http://islp.org/", "ngo-islp"),
    ("https://globaljusticecenter.net/", "ngo-global-justice-center"),
    ("https://www.deathpenaltyproject.org/who-we-are/", "ngo-death-penalty-project"),
    ("https://deathpenalty.org/", "ngo-death-penalty-focus"),
    ("https://eclj.org/about-us", "ngo-eclj"),
    # indigenous peoples, minorities, LGBT
    ("https://www.gfbv.de/en/information/our-work-at-the-un/", "ngo-society-threatened-peoples"),
    ("http://chirapaq.org.pe/en/who-we-are/the-sparkling-of-stars", "ngo-chirapaq"),
    ("https://fimi-iiwf.org/en/about-us/history/", "ngo-fimi"),
    ("https://transactivists.org/about/", "ngo-gate-trans"),
    # press and artistic freedom
    ("https://freemuse.org/resources/item/state-artistic-freedom-2018/", "ngo-freemuse"),
    ("http://artsfreedom.freemuse.org/about-us/", "ngo-freemuse"),
    ("https://www.madacenter.org/en/article/1330/", "ngo-mada-palestine"),
    ("https://maharatfoundation.org/en/FoEtracker_statement", "ngo-maharat"),
    # drugs and crime
    ("https://www.cadca.org/about-us/", "ngo-cadca"),
    ("https://release.org.uk/campaigning-advocacy", "ngo-release-uk"),
    ("https://ssdp.org/chapters/", "ngo-ssdp"),
    ("https://victim-support.eu/who-we-are/our-misson-and-value/", "ngo-victim-support-europe"),
    ("https://accountabilitylab.org/accountability-lab-turns-5/", "ngo-accountability-lab"),
    # peace, conflict, disarmament
    ("https://civiliansinconflict.org/about-us/", "ngo-civic"),
    ("https://www.inclusivesecurity.org/2018/06/12/note-proud-founder/", "ngo-inclusive-security"),
    ("https://peacenow.org.il/en/what-is-settlement-watch-team", "ngo-peace-now"),
    ("https://www.daghammarskjold.se/about-us/faq/", "ngo-dag-hammarskjold-foundation"),
    ("https://fas.org/publication/fas-engagement-with-china/", "ngo-fas"),
]


@pytest.mark.parametrize("url, entry", FACTS)
def test_a_cited_ngo_site_is_that_ngo(classify, url, entry):
    result = classify(parse(url))
    assert result.category == "ngo", url
    assert result.publisher.id == entry, url


NAMES = [
    ("Death Penalty Project", "ngo-death-penalty-project"),
    ("Society for Threatened Peoples", "ngo-society-threatened-peoples"),
    ("Gesellschaft für bedrohte Völker", "ngo-society-threatened-peoples"),
    ("Center for Civilians in Conflict", "ngo-civic"),
    ("Inclusive Security", "ngo-inclusive-security"),
    ("Federation of American Scientists", "ngo-fas"),
    ("Students for Sensible Drug Policy", "ngo-ssdp"),
    ("ADF International", "ngo-adf-international"),
    ("Palestinian Center for Development and Media Freedoms", "ngo-mada-palestine"),
    ("Dag Hammarskjöld Foundation", "ngo-dag-hammarskjold-foundation"),
    ("Lawyers for Lawyers", "ngo-lawyers-for-lawyers"),
    ("Human Rights at Sea", "ngo-human-rights-at-sea"),
    ("Victim Support Europe", "ngo-victim-support-europe"),
    ("Accountability Lab", "ngo-accountability-lab"),
]


@pytest.mark.parametrize("name, entry", NAMES)
def test_an_ngo_is_found_by_name(classify, name, entry):
    result = classify(parse(name))
    assert result.category == "ngo", name
    assert result.publisher.id == entry, name


def test_minimum_counts(entries):
    assert len(entries) >= 27  # 30 entries in the file
    assert sum(len(p.domains) for p in entries) >= 30  # 33 domains


def test_every_basis_names_its_un_record_and_the_pages_read(entries):
    groups = {"human-rights", "press-freedom", "trafficking-slavery", "crime-justice",
              "humanitarian"}
    for p in entries:
        assert p.category == "ngo" and p.domains, p.id
        assert p.group in groups, p.id
        assert ("ECOSOC_Status dataset" in p.basis and
                ("granted.csv row" in p.basis or "name-changes.csv" in p.basis)) \
            or "press.un.org" in p.basis, p.id
        assert "pages corpus" in p.basis and "http" in p.basis, p.id


def test_a_separate_organisation_is_not_taken_for_peace_now(classify):
    # Americans for Peace Now (peacenow.org) is not the Israeli status holder.
    result = classify(parse("https://peacenow.org/issue.php?cat=settlements-in-focus"))
    assert result.publisher is None or result.publisher.id != "ngo-peace-now"


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
    for text in ("Release", "Peace", "Equitas", "Justice", "Freedom", "Inclusive", "Now",
                 "Jubilee", "Focus"):
        result = classify(parse(text))
        assert result.publisher is None or result.publisher.id not in ids, text
