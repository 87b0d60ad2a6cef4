"""rules/registry/ngo_domains_b.yaml: ECOSOC-status NGOs (relief and development, refugees and
migration, health and disability, children and youth, women, education, faith-based aid) with
checked web domains.

Facts (a cited NGO website or name -> category ngo and the right entry), minimum counts a bit
below what the file adds, every basis naming its ECOSOC_Status row and where the domain was
checked, lookalike hosts never gaining the ngo class, and common words never taken for these
NGOs' names.
"""

from pathlib import Path

import pytest
import yaml

from evidence_check.classify import Classifier
from evidence_check.urls import parse

FILE = Path(__file__).resolve().parents[1] / "rules" / "registry" / "ngo_domains_b.yaml"


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
    # humanitarian relief and development aid, faith-based relief
    ("https://www.emergency.it/cosa-facciamo/", "ngo-emergency-it"),
    ("https://www.feedthechildren.org/about/", "ngo-feed-the-children"),
    ("https://www.hotosm.org/projects/", "ngo-hot-osm"),
    ("https://tasks.hotosm.org/projects/1", "ngo-hot-osm"),
    ("https://www.gndr.org/", "ngo-gndr"),
    ("https://www.mercy.org.my/", "ngo-mercy-malaysia"),
    ("https://direct-aid.org/", "ngo-direct-aid"),
    ("https://www.secours-islamique.org/", "ngo-secours-islamique-france"),
    ("https://www.secourspopulaire.fr/", "ngo-secours-populaire"),
    ("https://www.secours-catholique.org/actualites", "ngo-secours-catholique"),
    ("https://hivos.org/10-richunderutilized-crops-in-kenya/", "ngo-hivos"),
    ("https://www.bond.org.uk/resources/", "ngo-bond-uk"),
    ("https://dochas.ie/about/", "ngo-dochas"),
    ("https://www.coordinationsud.org/", "ngo-coordination-sud"),
    ("https://venro.org/mitglieder/", "ngo-venro"),
    ("https://www.swisscontact.org/es/paises/colombia", "ngo-swisscontact"),
    ("https://www.eficor.org/donate/", "ngo-eficor"),
    # refugees and migration
    ("https://www.forumrefugies.org/s-informer/publications", "ngo-forum-refugies"),
    ("https://www.france-terre-asile.org/", "ngo-france-terre-asile"),
    ("https://www.refugepoint.org/about/organization/", "ngo-refugepoint"),
    ("https://www.freedomforimmigrants.org/detention-statistics", "ngo-freedom-for-immigrants"),
    ("https://cdmigrante.org/h2-visa-worker-rights/", "ngo-cdm-migrante"),
    ("https://www.cepaim.org/", "ngo-cepaim"),
    ("https://theret.org/", "ngo-ret-international"),
    # health, HIV/AIDS, sexual and reproductive health, disability
    ("https://www.iasociety.org/", "ngo-ias"),
    ("https://www.amfar.org/", "ngo-amfar"),
    ("https://opioid.amfar.org/", "ngo-amfar"),
    ("https://www.msh.org/resources/international-medical-products-price-guide", "ngo-msh"),
    ("https://www.tballiance.org/research/portfolio", "ngo-tb-alliance"),
    ("https://medicinespatentpool.org/annual-report-2022", "ngo-mpp"),
    ("https://www.eatg.org/hiv-news/", "ngo-eatg"),
    ("https://www.world-stroke.org/assets/downloads/WSO_Global_Stroke_Fact_Sheet.pdf", "ngo-wso"),
    ("https://www.worldhepatitisalliance.org/", "ngo-world-hepatitis-alliance"),
    ("https://www.psychiatry.org/psychiatrists/practice/dsm", "ngo-apa-psychiatry"),
    ("https://www.cbm.org/", "ngo-cbm"),
    ("https://www.ds-int.org/", "ngo-dsi"),
    ("https://www.eud.eu/", "ngo-eud"),
    ("https://pwd.org.au/resources/", "ngo-pwda"),
    ("https://www.apf-francehandicap.org/", "ngo-apf-france-handicap"),
    ("https://handicap.dk/", "ngo-dpod"),
    ("https://add.org.uk/jobs/", "ngo-add-international"),
    ("https://worldsexualhealth.net/", "ngo-was-sexual-health"),
    ("https://rutgers.international/programmes/right-here-right-now", "ngo-rutgers-nl"),
    ("https://ippfen.org/contact", "ngo-ippf-en"),
    ("https://www.komen.org/", "ngo-komen"),
    ("https://ilepfederation.org/discriminatory-laws/", "ngo-ilep"),
    # children and youth, education
    ("https://www.children.org/", "ngo-children-international"),
    ("https://www.kindernothilfe.de/", "ngo-kindernothilfe"),
    ("https://www.hamogelo.gr/gr/el/", "ngo-smile-of-the-child"),
    ("https://restlessdevelopment.org/country/nepal/", "ngo-restless-development"),
    ("https://iyfglobal.org/impact-report/2022/", "ngo-iyf"),
    ("https://campaignforeducation.org/en/who-we-are/about-gce/", "ngo-gce"),
    ("https://sesameworkshop.org/resources/coping-with-incarceration/", "ngo-sesame-workshop"),
    ("https://www.jaworldwide.org/", "ngo-ja-worldwide"),
    ("https://www.jwl.org/", "ngo-jwl"),
    # women and gender equality
    ("https://huairou.org/about-huairou/history/", "ngo-huairou"),
    ("https://www.catholicsforchoice.org/about-us/", "ngo-catholics-for-choice"),
    ("https://www.aauw.org/resources/research/simple-truth/", "ngo-aauw"),
    ("https://www.ywca.org/", "ngo-ywca-usa"),
    ("https://www.ywca.org.au/volunteer/", "ngo-ywca-australia"),
    ("https://wave-network.org/list-of-helplines-in-46-countries/", "ngo-wave-europe"),
    ("https://unwomen.org.au/", "ngo-un-women-australia"),
    ("https://womenforwater.org/projects-work/", "ngo-wfwp"),
    ("https://genderatwork.org/analytical-framework/", "ngo-gender-at-work"),
    ("https://www.fidauganda.org/", "ngo-fida-uganda"),
]


@pytest.mark.parametrize("url, entry", FACTS)
def test_a_cited_ngo_site_is_that_ngo(classify, url, entry):
    result = classify(parse(url))
    assert result.category == "ngo", url
    assert result.publisher.id == entry, url


NAMES = [
    ("Humanitarian OpenStreetMap Team", "ngo-hot-osm"),
    ("MERCY Malaysia", "ngo-mercy-malaysia"),
    ("Secours Catholique", "ngo-secours-catholique"),
    ("Secours populaire", "ngo-secours-populaire"),
    ("Hivos", "ngo-hivos"),
    ("Christoffel-Blindenmission", "ngo-cbm"),
    ("France terre d'asile", "ngo-france-terre-asile"),
    ("RET International", "ngo-ret-international"),
    ("amfAR", "ngo-amfar"),
    ("TB Alliance", "ngo-tb-alliance"),
    ("Medicines Patent Pool", "ngo-mpp"),
    ("Management Sciences for Health", "ngo-msh"),
    ("IPPF European Network", "ngo-ippf-en"),
    ("Scottish Association for Mental Health", "ngo-samh"),
    ("Down Syndrome International", "ngo-dsi"),
    ("Autismo España", "ngo-autismo-espana"),
    ("Το Χαμόγελο του Παιδιού", "ngo-smile-of-the-child"),
    ("JA Worldwide", "ngo-ja-worldwide"),
    ("Global Campaign for Education", "ngo-gce"),
    ("Catholics for Choice", "ngo-catholics-for-choice"),
    ("American Association of University Women", "ngo-aauw"),
    ("Women Against Violence Europe", "ngo-wave-europe"),
    ("UN Women National Committee Australia", "ngo-un-women-australia"),
    ("Huairou Commission", "ngo-huairou"),
    ("日本医療政策機構", "ngo-hgpi"),
]


@pytest.mark.parametrize("name, entry", NAMES)
def test_an_ngo_is_found_by_name(classify, name, entry):
    result = classify(parse(name))
    assert result.category == "ngo", name
    assert result.publisher.id == entry, name


def test_minimum_counts(entries):
    assert len(entries) >= 95  # 103 added
    assert sum(len(p.domains) for p in entries) >= 95


def test_every_basis_names_its_ecosoc_row_and_where_the_domain_was_checked(entries):
    groups = {"children", "refugees-migration", "humanitarian", "health", "development",
              "women", "education-culture"}
    for p in entries:
        assert p.category == "ngo" and p.domains, p.id
        assert p.owner is None, p.id
        assert "ECOSOC_Status dataset" in p.basis, p.id
        assert "granted.csv row" in p.basis or "name-changes.csv" in p.basis, p.id
        assert "file id" in p.basis or "pages corpus" in p.basis, p.id
        assert p.group in groups, p.id


def test_lookalikes_are_never_the_ngo(classify, entries):
    for p in entries:
        for domain in p.domains:
            label = domain.split(".")[0]
            for fake in (f"https://{domain}.evil.example/", f"https://fake-{domain}/",
                         f"https://{label}.blogspot.com/", f"https://not{domain}/",
                         f"https://{label}.wordpress.com/"):
                result = classify(parse(fake))
                assert result.category != "ngo", fake


def test_neighbouring_hosts_are_not_these_ngos(classify):
    # hosts that merely end like a listed domain, or belong to someone else
    for url in ("https://www.asiasociety.org/", "https://www.msh.org.in/", "https://fpab.org/",
                "https://www.kaiserswerther-diakonie.de/", "https://www.children.org.tw/",
                "https://www.diabetes.org.uk/"):
        result = classify(parse(url))
        assert result.publisher is None or not result.publisher.id.startswith(
            tuple(f"ngo-{x}" for x in ("ias", "msh", "american-diabetes", "children-int"))), url


def test_common_words_are_not_these_ngos(classify, entries):
    ids = {p.id for p in entries}
    for text in ("Emergency", "Bond", "Rutgers", "Perkins", "Children", "Women", "Relief",
                 "Health", "Disability", "Education", "Mercy", "Hope"):
        result = classify(parse(text))
        assert result.publisher is None or result.publisher.id not in ids, text
