"""National environment, climate, disaster-management and park/wildlife bodies on their own domains
(rules/registry/gov_environment.yaml).

Facts (URLs and names -> government of which state), minimum counts, and lookalikes and generic
names that must never gain a trusted class or this file's owner.
"""

import pytest

from conftest import file_entries

FILE = "registry/gov_environment.yaml"
TRUSTED = {"un", "government", "reuters", "state_media", "ngo"}


@pytest.fixture(scope="module")
def entries(rules):
    return file_entries(rules, FILE)


def test_minimum_counts(entries):
    assert len(entries) >= 27
    assert len({p.owner for p in entries}) >= 24
    assert all(p.category == "government" and p.owner for p in entries)
    assert all(p.id.startswith(f"gov-env-{p.owner.lower()}-") for p in entries)
    assert {p.group for p in entries} <= {"environment-agency", "climate-council",
                                          "disaster-management", "parks-wildlife",
                                          "environment-monitoring"}
    assert all(p.basis.startswith("read:") for p in entries)


@pytest.mark.parametrize("url, owner, publisher_id", [
    ("https://www.epa.ie/our-services/licensing/", "IRL", "gov-env-irl-epa"),
    ("https://mst.dk/erhverv/groen-produktion-og-affald", "DNK", "gov-env-dnk-mst"),
    ("https://www.pbl.nl/en/publications/x", "NLD", "gov-env-nld-pbl"),
    ("https://apambiente.pt/clima/x", "PRT", "gov-env-prt-apa"),
    ("https://ust.is/loftslagsmal/", "ISL", "gov-env-isl-ust"),
    ("https://cyfoethnaturiol.cymru/about-us/?lang=en", "GBR", "gov-env-gbr-nrw"),
    ("https://www.sazp.sk/novinky/x", "SVK", "gov-env-svk-sazp"),
    ("https://www.cenia.cz/o-cenia/vyrocni-zprava/", "CZE", "gov-env-cze-cenia"),
    ("https://www.vmm.be/lucht", "BEL", "gov-env-bel-vmm"),
    ("https://era.org.mt/epan/", "MLT", "gov-env-mlt-era"),
    ("https://www.ema.co.tt/about/ema-history", "TTO", "gov-env-tto-ema"),
    ("https://www.cea.lk/web/en/", "LKA", "gov-env-lka-cea"),
    ("https://www.epaguyana.org/index.php/aboutus", "GUY", "gov-env-guy-epa"),
    ("https://eservices.epa.org.kw/article.php?id=21&language=e", "KWT", "gov-env-kwt-epa"),
    ("http://www.cnemc.cn/en/", "CHN", "gov-env-chn-cnemc"),
    ("https://www.svivaaqm.net/", "ISR", "gov-env-isr-svivaaqm"),
    ("https://www.theccc.org.uk/publication/sixth-carbon-budget/", "GBR", "gov-env-gbr-ccc"),
    ("https://odpem.org.jm/organizational-structure", "JAM", "gov-env-jam-odpem"),
    ("https://keskkonnaagentuur.ee/en", "EST", "gov-env-est-kaur"),
    ("http://www.anpe.nat.tn/Fr/presentation", "TUN", "gov-env-tun-anpe"),
    ("https://www.nemc.or.tz/biographies/bio1", "TZA", "gov-env-tza-nemc"),
    ("https://ugandawildlife.org/national-parks/", "UGA", "gov-env-uga-uwa"),
    ("https://www.zimparks.org.zw/about-us/", "ZWE", "gov-env-zwe-zimparks"),
    ("https://www.brs.dk/da/", "DNK", "gov-env-dnk-brs"),
    ("https://www.igsu.ro/index.php?pagina=interventie_su", "ROU", "gov-env-rou-igsu"),
    ("https://www.katasztrofavedelem.hu/", "HUN", "gov-env-hun-okf"),
    ("https://www.proteccioncivil.es/web/dgpcye/carta-presentacion", "ESP", "gov-env-esp-dgpce"),
])
def test_urls(classify, url, owner, publisher_id):
    result = classify(url)
    assert (result.category, result.owner) == ("government", owner), (url, result)
    assert result.publisher.id == publisher_id


@pytest.mark.parametrize("name, owner", [
    ("Miljøstyrelsen", "DNK"), ("Planbureau voor de Leefomgeving", "NLD"),
    ("Agência Portuguesa do Ambiente", "PRT"), ("Umhverfisstofnun", "ISL"),
    ("Cyfoeth Naturiol Cymru", "GBR"), ("Slovenská agentúra životného prostredia", "SVK"),
    ("Vlaamse Milieumaatschappij", "BEL"), ("ODPEM", "JAM"),
    ("Central Environmental Authority", "LKA"), ("Kuwait Environment Public Authority", "KWT"),
    ("Keskkonnaagentuur", "EST"), ("ZimParks", "ZWE"), ("Beredskabsstyrelsen", "DNK"),
    ("Inspectoratul General pentru Situații de Urgență", "ROU"), ("IGSU", "ROU"),
    ("Országos Katasztrófavédelmi Főigazgatóság", "HUN"),
    ("Dirección General de Protección Civil y Emergencias", "ESP"),
    ("UK Climate Change Committee", "GBR"), ("China National Environmental Monitoring Centre", "CHN"),
])
def test_names(classify, name, owner):
    result = classify(name)
    assert (result.category, result.owner) == ("government", owner), (name, result)


@pytest.mark.parametrize("text", [
    "https://epa.ie.evil.example/", "https://notepa.ie/", "https://fake-mst.dk.example/",
    "https://theccc.org.uk.evil.example/", "https://zimparks.org.zw.example/",
    "https://odpem.blogspot.com/", "https://ugandawildlife.wordpress.com/",
    "https://example.com/proteccioncivil.es/", "https://igsu.ro.evil.example/",
])
def test_lookalikes_never_trusted(classify, text):
    result = classify(text)
    assert result.category not in TRUSTED, (text, result)


@pytest.mark.parametrize("name", [
    # shared or generic names stay out of this file's names
    "Environmental Protection Agency", "Environmental Management Authority", "EPA", "UWA", "ANPE",
    "CENIA", "PBL", "APA", "VMM", "ERA", "EMA", "CEA", "KAUR", "NEMC", "Civil Protection",
])
def test_generic_names_not_owned_by_this_file(classify, name):
    result = classify(name)
    assert result.publisher is None or FILE not in (result.publisher.origin or ""), (name, result)
