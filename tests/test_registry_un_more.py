"""UN system long tail (rules/registry/un_more.yaml): conference and forum sites,
campaigns, inter-agency clusters, joint centres and plans, and knowledge or data
platforms that UN bodies run on domains of their own, each from a page read."""

import pytest

from evidence_check import Checker

FILE = "rules/registry/un_more.yaml"


def _from_file(publisher):
    return publisher is not None and publisher.origin.rpartition(":")[0].endswith(FILE)


@pytest.fixture(scope="module")
def entries(rules):
    return [p for p in rules.index.publishers if _from_file(p)]


@pytest.fixture(scope="module")
def check(rules):
    checker = Checker(rules)
    return lambda text: checker.check(text).classification


# Pages read for each entry (see its basis), or the site itself where a page read only
# named it, with the publisher they belong to.
PAGES = [
    ("http://www.habitat3.org", "un-habitat3"),
    ("https://intgovforum.org/en/about", "un-igf"),
    ("https://media.intgovforum.org/about", "un-igf"),
    ("https://forum.generationequality.org/index.php/about", "un-generation-equality"),
    ("https://www.unfe.org/", "un-free-equal"),
    ("http://unvr.sdgactioncampaign.org/home/sdgactioncampaign/", "un-sdg-action-campaign"),
    ("https://www2.sdgactioncampaign.org/category/bonn/", "un-sdg-action-campaign"),
    ("https://www.everywomaneverychild.org/about/", "un-ewec"),
    ("https://breathelife2030.org/", "un-breathelife"),
    ("https://www.worldenvironmentday.global/?xv=1&c=1", "un-world-environment-day"),
    ("https://www.voicesofyouth.org/campaign/voices-youth-evolving-bring-you-more-opportunities-participate",
     "un-voices-of-youth"),
    ("https://www.betterthancash.org/", "un-better-than-cash"),
    ("https://www.jointdatacenter.org/what-we-do/", "un-jdc"),
    ("https://www.r4v.info/es/refugiadosymigrantes", "un-r4v"),
    ("https://www.3rpsyriacrisis.org", "un-3rp"),
    ("https://globalprotectioncluster.org/about", "un-global-protection-cluster"),
    ("https://handbook.fscluster.org/docs/21-introduction", "un-food-security-cluster"),
    ("https://cccmcluster.org/about/cluster", "un-cccm-cluster"),
    ("https://www.etcluster.org/news/release-first-etc-coordinator-handbook", "un-etc"),
    ("http://nutritioncluster.net/gnc/", "un-global-nutrition-cluster"),
    ("https://www.un-page.org/open-call-page-now-accepting-applications-new-partner-countries", "un-page"),
    ("https://betterwork.org/reports-and-publications/impact-assessment", "un-better-work"),
    ("https://www.unfoodsystemshub.org/about-us/faqs/en", "un-food-systems-hub"),
    ("https://www.sdgfund.org/faq", "un-sdg-fund"),
    ("https://globalcompactrefugees.org/why-community-platform-global-compact-refugees", "un-gcr-platform"),
    ("https://www.urbanagendaplatform.org/about", "un-urban-agenda-platform"),
    ("https://unpan.un.org/taxonomy/term/24?page=23", "un-unpan"),
    ("http://www.un-ngls.org/spip.php?page=article_s&id_article=3136", "un-ngls"),
    ("https://www.education-inequalities.org/about", "un-wide"),
    ("https://education-profiles.org/about", "un-peer"),
    ("https://ieg.worldbankgroup.org/evaluations/evaluating-people-and-planet/about-ieg", "un-ieg-wbg"),
    ("https://red.bvsalud.org/en/author/andreasilva", "un-bireme-vhl"),
    ("http://metodologia.lilacs.bvsalud.org/php/level.php?lang=en&component=19&item=5", "un-bireme-vhl"),
]

DOMAINS = sorted({
    "habitat3.org", "intgovforum.org", "forum.generationequality.org", "unfe.org",
    "sdgactioncampaign.org", "everywomaneverychild.org", "breathelife2030.org",
    "worldenvironmentday.global", "voicesofyouth.org", "betterthancash.org",
    "jointdatacenter.org", "r4v.info", "3rpsyriacrisis.org", "globalprotectioncluster.org",
    "fscluster.org", "cccmcluster.org", "etcluster.org", "nutritioncluster.net",
    "un-page.org", "betterwork.org", "unfoodsystemshub.org", "sdgfund.org",
    "globalcompactrefugees.org", "urbanagendaplatform.org", "un-ngls.org",
    "education-inequalities.org", "education-profiles.org", "bvsalud.org"})


@pytest.mark.parametrize("url,publisher", PAGES)
def test_pages_read_are_their_un_body(classify, url, publisher):
    verdict = classify(url)
    assert verdict.category == "un", url
    assert verdict.owner is None
    assert verdict.publisher.id == publisher


@pytest.mark.parametrize("name,publisher", [
    ("Habitat III", "un-habitat3"),
    ("United Nations Conference on Housing and Sustainable Urban Development", "un-habitat3"),
    ("United Nations Internet Governance Forum", "un-igf"),
    ("UN Free & Equal", "un-free-equal"),
    ("UN SDG Action Campaign", "un-sdg-action-campaign"),
    ("UN Millennium Campaign", "un-sdg-action-campaign"),
    ("Every Woman Every Child", "un-ewec"),
    ("Generation Equality Forum", "un-generation-equality"),
    ("Joint Data Center on Forced Displacement", "un-jdc"),
    ("R4V", "un-r4v"),
    ("Plataforma de Coordinación Interagencial para Refugiados y Migrantes de Venezuela", "un-r4v"),
    ("Regional Refugee and Resilience Plan", "un-3rp"),
    ("3RP", "un-3rp"),
    ("Global Protection Cluster", "un-global-protection-cluster"),
    ("Global Food Security Cluster", "un-food-security-cluster"),
    ("Global CCCM Cluster", "un-cccm-cluster"),
    ("Emergency Telecommunications Cluster", "un-etc"),
    ("Global Nutrition Cluster", "un-global-nutrition-cluster"),
    ("Partnership for Action on Green Economy", "un-page"),
    ("UN Food Systems Coordination Hub", "un-food-systems-hub"),
    ("World Inequality Database on Education", "un-wide"),
    ("Profiles Enhancing Education Reviews", "un-peer"),
    ("UNPAN", "un-unpan"),
    ("UN-NGLS", "un-ngls"),
    ("BIREME", "un-bireme-vhl"),
    ("Biblioteca Virtual em Saúde", "un-bireme-vhl"),
    ("Better Than Cash Alliance", "un-better-than-cash"),
])
def test_names_resolve_to_their_un_body(check, name, publisher):
    result = check(name)
    assert result.category == "un", name
    assert result.publisher is not None and result.publisher.id == publisher, name


def test_counts_and_shape(entries):
    assert len(entries) >= 26
    domains = {d for p in entries for d in p.domains}
    assert len(domains) >= 28
    for pub in entries:
        assert pub.category == "un", pub.id
        assert pub.owner is None, pub.id
        assert pub.id.startswith("un-"), pub.id
        assert len(pub.basis) > 80, pub.id
        assert pub.group in {"conferences", "campaigns", "inter-agency", "portals", "media",
                             "former-sites"}, pub.id


def test_every_domain_is_listed_once(rules):
    listed = {}
    for pub in rules.index.publishers:
        for domain in pub.domains:
            listed.setdefault(domain, []).append(pub.id)
    for domain in DOMAINS:
        assert len(listed.get(domain, [])) == 1, domain


@pytest.mark.parametrize("domain", DOMAINS)
def test_lookalikes_are_never_un(classify, domain):
    for url in [f"https://{domain}.evil.example/report",
                f"https://fake-{domain}/report",
                f"https://{domain.replace('.', '-')}.blogspot.com/",
                f"https://not{domain}/"]:
        verdict = classify(url)
        assert verdict.category != "un", url


def test_only_the_hosts_read_are_claimed(classify):
    # The forum host and the IEG host are listed, not their parents; left-out
    # hosts stay outside this file.
    for url in ["https://www.generationequality.org/", "https://www.worldbankgroup.org/",
                "https://polioeradication.org/who-we-are/partners", "https://www.cgap.org/",
                "https://www.alliance87.org/about/", "https://www.agendaforhumanity.org/",
                "https://www.wcdrr.org/", "https://www.unpan.org/"]:
        verdict = classify(url)
        assert not _from_file(verdict.publisher), url


def test_more_specific_un_entries_still_win(classify):
    # unpan.un.org is more specific than un.org; other un.org pages stay the UN's.
    assert classify("https://www.un.org/en/about-us").publisher.id == "un"
    assert classify("https://unpan.un.org/").publisher.id == "un-unpan"
    # ieg.worldbank.org stays the World Bank's (un.yaml), not this file's.
    assert classify("http://ieg.worldbank.org/").publisher.id == "un-worldbank"


@pytest.mark.parametrize("line", [
    "On World Environment Day, the minister planted trees.",
    "Better work conditions are needed in the garment sector.",
    "Voices of youth were heard at the rally.",
    "The page was updated yesterday.",
])
def test_everyday_phrases_do_not_name_these_bodies(check, line):
    result = check(line)
    assert not _from_file(result.publisher), line


@pytest.mark.parametrize("text, pid", [("https://www.radiookapi.net/2023/01/01/actualite/x", "un-radio-okapi"),
                                       ("Radio Okapi", "un-radio-okapi"), ("Radio Miraya", "un-radio-miraya")])
def test_a_peace_operations_radio_is_the_un(classify, text, pid):
    """Radio Okapi is MONUSCO's radio (its own pages call it a UN medium), Radio Miraya UNMISS's."""
    result = classify(text)
    assert (result.category, result.publisher.id) == ("un", pid)
