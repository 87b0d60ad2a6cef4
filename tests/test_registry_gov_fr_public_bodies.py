"""France's public bodies on hosts outside gouv.fr (rules/registry/gov_fr_public_bodies.yaml).

Independent authorities, national agencies and public establishments, national social-security
funds, and local authorities (departmental and regional councils, intercommunal authorities, town
halls): all `government` of France. Facts (URL and name -> owner), minimum counts, lookalikes, and
everyday phrases that must not be taken for these bodies.
"""

from collections import Counter

import pytest

from conftest import file_entries, in_file

FILE = "registry/gov_fr_public_bodies.yaml"
GROUPS = {"regulators", "agencies", "research", "social-security", "advisory-councils",
          "public-finance", "culture", "subnational"}
TRUSTED = ("government", "un", "reuters", "state_media", "ngo")
SOURCES = ("noms-de-domaine-organismes-publics", "dada-france-authorities", "ror-community/ror-records",
           "read: http")


@pytest.fixture(scope="module")
def entries(rules):
    return file_entries(rules, FILE)


def test_minimum_counts(entries):
    assert len(entries) >= 320
    assert sum(len(p.domains) for p in entries) >= 390
    groups = Counter(p.group for p in entries)
    assert groups["subnational"] >= 270
    assert groups["regulators"] >= 14 and groups["agencies"] >= 20 and groups["research"] >= 5
    assert sum(1 for p in entries if p.id.startswith("gov-fr-pb-dept-")) >= 75
    assert sum(1 for p in entries if p.id.startswith("gov-fr-pb-city-")) >= 150


def test_every_entry_is_french_government_with_a_group_and_a_sourced_basis(entries):
    for publisher in entries:
        assert publisher.category == "government" and publisher.owner == "FRA", publisher.id
        assert publisher.id.startswith("gov-fr-pb-"), publisher.id
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
    "https://www.cnil.fr/en/home",
    "https://www.arcep.fr/la-regulation.html",
    "https://www.autoritedelaconcurrence.fr/en/press-release/x",
    "https://www.has-sante.fr/jcms/c_2878290/fr/x",
    "https://www.hceres.fr/fr/publications",
    "https://www.ademe.fr/en/",
    "https://www.cerema.fr/fr/actualites",
    "https://www.caissedesdepots.fr/en",
    "https://www.inpi.fr/",
    "https://www.pole-emploi.fr/accueil/",
    "https://www.occitanie.ars.sante.fr/",
    "https://sdli.ars.sante.fr/",
    "https://www.acoss.fr/home.html",
    "https://www.inria.fr/en",
    "https://www.mnhn.fr/en",
    "https://www.cor-retraites.fr/sites/default/files/2025-06/RA_2025.pdf",
    "https://www.hcfp.fr/Fonctionnement",
    "https://www.eaurmc.fr/jcms/gbr_5123/fr/l-agence",
    "https://www.onisep.fr/",
    "https://www.ameli.fr/assure",
    "https://www.agence-biomedecine.fr/Transparence",
    "https://taaf.fr/",
    "https://www.gironde.fr/",
    "https://www.lenord.fr/",
    "https://www.var.fr/actualites",
    "https://www.cg971.fr/",
    "https://www.collectivitedemartinique.mq/",
    "https://www.montpellier3m.fr/",
    "https://www.toulouse.fr/web/la-mairie",
    "https://www.nice.fr/fr/",
    "https://www.ville-papeete.pf/",
    "https://www.quimper.bzh/",
    "https://www.cdg85.fr/",
])
def test_urls_are_government_of_france_and_named_by_this_file(classify, url):
    result = classify(url)
    assert result.category == "government" and result.owner == "FRA", url
    assert result.publisher is not None and in_file(result.publisher, FILE), url


@pytest.mark.parametrize("name", [
    "Commission nationale de l'informatique et des libertés",
    "CNIL",
    "Autorité de la concurrence",
    "Haute Autorité de santé",
    "Agence de la transition écologique",
    "Office national des forêts",
    "Caisse des Dépôts et Consignations, France",
    "Agence centrale des organismes de sécurité sociale",
    "Institut national de recherche en sciences et technologies du numérique",
    "Conseil d'orientation des retraites",
    "Haut Conseil des finances publiques",
    "Conservatoire du littoral",
    "Pôle emploi",
    "Conseil départemental de la Gironde",
    "Calvados Departmental Council",
    "Montpellier Méditerranée Métropole",
    "Mairie de Toulouse",
    "Tours City Hall",
])
def test_names_are_government_of_france(checker, name):
    classification = checker.check(name).classification
    assert classification.category == "government", name
    assert classification.owner == "FRA", name


@pytest.mark.parametrize("text", [
    "The city of Tours in the Middle Ages",
    "La ville de Nice au XIXe siècle",
    "Regional health agencies in Africa: a review",
    "National Museum of Natural History (2019). Annual report",
    "L'assurance maladie au Sénégal",
    "Biodiversity of the French Southern and Antarctic Lands",
    "Caisse des Dépôts et Consignations du Sénégal, rapport 2020",
    "Conseil supérieur de l'audiovisuel (Belgique), rapport annuel",
])
def test_everyday_phrases_and_namesakes_are_not_these_bodies(checker, text):
    publisher = checker.check(text).classification.publisher
    assert publisher is None or not in_file(publisher, FILE), text


@pytest.mark.parametrize("url", [
    "https://fake-cnil.fr/", "https://cnil.fr.evil.example/", "https://cnil.blogspot.com/",
    "https://notademe.fr/", "https://ademe.fr.phish.example/", "https://gironde-fr.com/",
    "https://toulouse.fr.secure-login.example/", "https://var.fr.wordpress.com/",
    "https://ars-sante.fr/", "https://caissedesdepots.fr.evil.example/",
])
def test_lookalikes_are_never_trusted(classify, url):
    result = classify(url)
    assert result.category not in TRUSTED, url
    assert result.publisher is None or not in_file(result.publisher, FILE), url
