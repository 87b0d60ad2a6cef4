"""France's national public bodies outside gouv.fr, part B (rules/registry/gov_fr_public_bodies_b.yaml).

The rectorates of the academies and the regional CROUS, national agencies and public
establishments, advisory councils and national funds: all `government` of France. Facts (URL and
name -> owner), minimum counts, lookalikes, and phrases that must not be taken for these bodies.
"""

from collections import Counter

import pytest

from conftest import file_entries, in_file

FILE = "registry/gov_fr_public_bodies_b.yaml"
GROUPS = {"education", "agencies", "regulators", "advisory-councils", "research", "social-security",
          "portals"}
TRUSTED = ("government", "un", "reuters", "state_media", "ngo")
SOURCES = ("noms-de-domaine-organismes-publics", "dada-france-authorities", "ror-community/ror-records",
           "read: http")


@pytest.fixture(scope="module")
def entries(rules):
    return file_entries(rules, FILE)


def test_minimum_counts(entries):
    assert len(entries) >= 55
    assert sum(len(p.domains) for p in entries) >= 58
    groups = Counter(p.group for p in entries)
    assert groups["education"] >= 38 and groups["agencies"] >= 10
    assert sum(1 for p in entries if p.id.startswith("gov-fr-pb-b-academie-")) >= 30


def test_every_entry_is_french_government_with_a_group_and_a_sourced_basis(entries):
    for publisher in entries:
        assert publisher.category == "government" and publisher.owner == "FRA", publisher.id
        assert publisher.id.startswith("gov-fr-pb-b-"), publisher.id
        assert publisher.group in GROUPS, publisher.id
        assert publisher.domains, publisher.id
        assert any(source in publisher.basis for source in SOURCES), publisher.id
        assert not publisher.fallback, publisher.id


def test_every_domain_is_answered_by_this_file(rules, entries):
    for publisher in entries:
        for domain in publisher.domains:
            assert "." in domain and domain == domain.lower() and not domain.startswith("www."), domain
            found = rules.index.by_host(domain)
            assert found is not None and found[0].id == publisher.id, domain


@pytest.mark.parametrize("url", [
    "https://www.ac-versailles.fr/",
    "https://www.ac-paris.fr/portail/jcms/p1_1000/accueil",
    "https://www.ac-reunion.fr/",
    "https://www.ac-mayotte.fr/",
    "https://www.ac-nancy-metz.fr/",
    "https://dsden93.ac-creteil.fr/",
    "https://www.crous-lille.fr/",
    "https://www.cades.fr/index.php?lang=fr",
    "https://www.asp-public.fr/agency-services-and-payment",
    "https://www.ecpad.fr/presentation/",
    "https://injep.fr/centre-de-ressources",
    "https://www.cnis.fr/lautorite-de-la-statistique-publique/",
    "https://equipedia.ifce.fr/",
    "https://data.ofgl.fr/",
    "https://www.andra.fr/",
    "https://www.ofii.fr/",
    "https://www.anah.fr/",
    "https://www.cnaf.fr/",
])
def test_urls_are_government_of_france_and_named_by_this_file(classify, url):
    result = classify(url)
    assert result.category == "government" and result.owner == "FRA", url
    assert result.publisher is not None and in_file(result.publisher, FILE), url


@pytest.mark.parametrize("name", [
    "Caisse d'amortissement de la dette sociale",
    "CADES",
    "Agence de services et de paiement",
    "Institut national de la jeunesse et de l'éducation populaire",
    "Conseil national de l'information statistique",
    "Autorité de la statistique publique",
    "Institut français du cheval et de l'équitation",
    "Agence nationale pour la gestion des déchets radioactifs",
    "Office français de l'immigration et de l'intégration",
    "Caisse nationale des allocations familiales",
    "Rectorat de l'académie de Versailles",
])
def test_names_are_government_of_france(checker, name):
    classification = checker.check(name).classification
    assert classification.category == "government", name
    assert classification.owner == "FRA", name


@pytest.mark.parametrize("text", [
    "ENIM Metz, rapport de stage 2019",
    "Les haras nationaux du Maroc, rapport 2018",
    "Académie de Paris, cours de danse",
    "Smith, J. (2010). Cades Cove: a history of a mountain community",
    "Andra Day (2015). Rise Up. Warner Bros.",
])
def test_everyday_phrases_and_namesakes_are_not_these_bodies(checker, text):
    publisher = checker.check(text).classification.publisher
    assert publisher is None or not in_file(publisher, FILE), text


@pytest.mark.parametrize("url", [
    "https://fake-ac-paris.fr/", "https://ac-paris.fr.evil.example/", "https://ac-paris.blogspot.com/",
    "https://notcades.fr/", "https://cades.fr.phish.example/", "https://ofii-fr.com/",
    "https://crous-lille.fr.secure-login.example/", "https://andra.fr.wordpress.com/",
])
def test_lookalikes_are_never_trusted(classify, url):
    result = classify(url)
    assert result.category not in TRUSTED, url
    assert result.publisher is None or not in_file(result.publisher, FILE), url
