"""National ministries, police, prosecution services and agencies found missing by a state-by-state
audit (rules/registry/gov_ministries_more.yaml): current, alternate and former hosts and names.

Facts (URLs and names -> government of which state), minimums, and lookalikes that must never gain
a trusted class.
"""

import pytest


FILE = "registry/gov_ministries_more.yaml"


@pytest.fixture(scope="module")
def entries(rules):
    return [p for p in rules.index.publishers if p.origin.rpartition(":")[0].endswith(FILE)]


@pytest.mark.parametrize("url, owner, publisher_id", [
    ("https://www.just.ro/registrul-national-ong/", "ROU", "gov-rou-just-ro"),
    ("http://www.mfinante.ro/infocodfiscal.html", "ROU", "gov-rou-mfinante"),
    ("https://www.edu.ro/rss.xml", "ROU", "gov-rou-edu-ro"),
    ("https://www.ms.ro/ro/informatii-de-interes-public/", "ROU", "gov-rou-ms-ro"),
    ("http://www.mmuncii.ro/j33/index.php/ro/", "ROU", "gov-rou-mmuncii"),
    ("https://www.madr.ro/en/", "ROU", "gov-rou-madr"),
    ("https://www.mmediu.ro/categorie/transparenta-decizionala/1", "ROU", "gov-rou-mmediu"),
    ("https://www.politiaromana.ro/ro/auto-furate", "ROU", "gov-rou-politia"),
    ("https://www.mpublic.ro/sites/default/files/PDF/raport_activitate_2023.pdf", "ROU", "gov-rou-mpublic"),
    ("https://www.mzcr.cz/odbor-koncepci-a-legislativy/", "CZE", "gov-cze-mzcr"),
    ("https://www.mpo.cz/en/energy/", "CZE", "gov-cze-mpo"),
    ("http://www.mzp.cz/cz/volna_mista", "CZE", "gov-cze-mzp"),
    ("http://eagri.cz/public/web/ukzuz/portal/", "CZE", "gov-cze-eagri"),
    ("https://www.policie.cz/clanek/statistika", "CZE", "gov-cze-policie"),
    ("http://www.army.cz/en/ministry-of-defence/newsroom/news/x", "CZE", "gov-cze-army"),
    ("https://www.mosr.sk/mo-sr-en/", "SVK", "gov-svk-mosr"),
    ("https://www.minedu.sk/skoly", "SVK", "gov-svk-minedu"),
    ("https://www.mhsr.sk/obchod/ochrana-spotrebitela/", "SVK", "gov-svk-mhsr"),
    ("https://www.minzp.sk/iep/publikacie/", "SVK", "gov-svk-minzp"),
    ("https://www.mpsr.sk/en/", "SVK", "gov-svk-mpsr"),
    ("https://www.kaitseministeerium.ee/en/rss-feeds/rss.xml", "EST", "gov-est-kaitseministeerium"),
    ("https://www.sm.ee/en", "EST", "gov-est-sm"),
    ("https://www.hm.ee/en/national-curricula", "EST", "gov-est-hm"),
    ("https://www.fin.ee/en/public-finances-and-taxes/", "EST", "gov-est-fin"),
    ("https://www.mkm.ee/en", "EST", "gov-est-mkm"),
    ("http://www.envir.ee/et/uudised", "EST", "gov-est-envir"),
    ("https://www.prokuratuur.ee/en/about-prosecutors-office/", "EST", "gov-est-prokuratuur"),
    ("http://unro.minjust.ru/NKOReports.aspx", "RUS", "gov-rus-minjust-ru"),
    ("https://www.minfin.ru/ru/opendata/", "RUS", "gov-rus-minfin-ru"),
    ("http://www.mcx.ru/documents/document/show/21324.htm", "RUS", "gov-rus-mcx-ru"),
    ("http://www.interno.it/", "ITA", "gov-ita-interno-it"),
    ("https://www.istruzione.it/iscrizionionline/", "ITA", "gov-ita-istruzione"),
    ("https://www.minambiente.it/sites/default/files/x.pdf", "ITA", "gov-ita-minambiente"),
    ("https://www.politicheagricole.it/flex/cm/pages/ServeBLOB.php/L/IT/", "ITA", "gov-ita-politicheagricole"),
    ("http://www.msc.es/en/home.htm", "ESP", "gov-esp-msc"),
    ("http://www.mir.es/", "ESP", "gov-esp-mir"),
    ("https://www.fiscal.es/memorias", "ESP", "gov-esp-fiscal"),
    ("http://www.minbzk.nl/actueel/110972/veel-chips-in", "NLD", "gov-nld-minbzk"),
    ("https://www.minvws.nl/onderwerpen/medicinale-cannabis/", "NLD", "gov-nld-minvws"),
    ("http://www.minocw.nl/spelling/", "NLD", "gov-nld-minocw"),
    ("http://www.minvrom.nl/", "NLD", "gov-nld-minvrom"),
    ("https://www.om.nl/actueel/nieuws/2023/08/29/x", "NLD", "gov-nld-om"),
    ("http://www.openbaarministerie.nl/", "NLD", "gov-nld-om"),
    ("https://www.ind.nl/over-ind/cijfers-publicaties", "NLD", "gov-nld-ind"),
    ("https://www.garda.ie/en/contact-us/", "IRL", "gov-irl-garda-ie"),
    ("https://www.generalbundesanwalt.de/SharedDocs/Pressemitteilungen/DE/2024/x.html", "DEU",
     "gov-deu-generalbundesanwalt"),
    ("https://www.mpf.mp.br/o-mpf/unidades/pr-rj/noticias/x", "BRA", "gov-bra-mpf"),
    ("https://www.fgr.org.mx/es/FGR/Comunicados", "MEX", "gov-mex-fgr-org-mx"),
    ("https://www.police.am/en/passport-visa-department", "ARM", "gov-arm-police"),
])
def test_urls(classify, url, owner, publisher_id):
    result = classify(url)
    assert (result.category, result.owner) == ("government", owner), (url, result)
    assert result.publisher.id == publisher_id


@pytest.mark.parametrize("name, owner", [
    ("Ministerul Justiției (România)", "ROU"), ("Poliția Română", "ROU"),
    ("Ministerul Mediului, Apelor și Pădurilor", "ROU"), ("Parchetul General (România)", "ROU"),
    ("Ministerstvo průmyslu a obchodu", "CZE"), ("Policie České republiky", "CZE"),
    ("Ministerstvo obrany SR", "SVK"), ("Ministerstvo hospodárstva Slovenskej republiky", "SVK"),
    ("Kaitseministeerium", "EST"), ("Haridus- ja Teadusministeerium", "EST"),
    ("Majandus- ja Kommunikatsiooniministeerium", "EST"),
    ("Минсельхоз России", "RUS"), ("Минфин России", "RUS"),
    ("Ministero delle Politiche Agricole Alimentari e Forestali", "ITA"),
    ("Ministero dell'Istruzione e del Merito", "ITA"),
    ("Fiscalía General del Estado", "ESP"), ("Ministerio de Sanidad y Consumo", "ESP"),
    ("Ministerie van Binnenlandse Zaken en Koninkrijksrelaties", "NLD"),
    ("Immigratie- en Naturalisatiedienst", "NLD"), ("Openbaar Ministerie (Nederland)", "NLD"),
    ("Der Generalbundesanwalt beim Bundesgerichtshof", "DEU"),
    ("Ministério Público Federal", "BRA"), ("Police of the Republic of Armenia", "ARM"),
])
def test_names(classify, name, owner):
    result = classify(name)
    assert (result.category, result.owner) == ("government", owner), (name, result)


@pytest.mark.parametrize("name", [
    # generic names several states bear, or bare words, must stay out of this file's names
    "Ministry of Justice", "Ministry of Health", "Ministry of Finance", "Ministry of Defence",
    "Openbaar Ministerie", "Bundesanwaltschaft", "Police", "MPF", "FGR", "IND", "OM", "Ministerio Fiscal",
    "Ministerio del Interior", "Ministero dell'Interno",
])
def test_generic_names_not_claimed(entries, name):
    names = {n.casefold() for p in entries for n in (p.name, *p.aliases)}
    assert name.casefold() not in names


@pytest.mark.parametrize("url", [
    "https://fake-mfinante.ro/", "https://mfinante.ro.evil.example/", "https://notjust.ro/",
    "https://politiaromana.blogspot.com/", "https://minbzk.github.io/", "https://fake-om.nl/",
    "https://om.nl.example.com/", "https://mzcr.cz.evil.example/", "https://kaitseministeerium.wordpress.com/",
    "https://minjust.ru.evil.example/", "https://notfiscal.es/", "https://garda.ie.example.org/",
    "https://fake-generalbundesanwalt.de/", "https://mpf.mp.br.evil.example/", "https://fgr.org.mx.example.com/",
])
def test_lookalikes_not_government(classify, url):
    result = classify(url)
    assert result.category != "government", (url, result)


def test_unconfirmed_hosts_not_listed(entries):
    # hosts left out (see the file's header) must not slip in: unconfirmed, or shared with courts
    domains = {d for p in entries for d in p.domains}
    for host in ("maec.es", "mfa.kz", "mfa.lv", "minrel.cl", "szw.nl", "giustizia.it", "justice.cz",
                 "mfa-ks.net", "rks-gov.net", "mvd.ru"):
        assert host not in domains, host


def test_minimums(entries):
    assert len(entries) >= 50
    assert len({p.owner for p in entries}) >= 12
    assert sum(len(p.domains) for p in entries) >= 50
    groups = {p.group for p in entries}
    assert {"ministries", "police", "legal"} <= groups


def test_entries_well_formed(entries):
    for p in entries:
        assert p.category == "government"
        assert p.group in {"ministries", "police", "legal", "agencies"}, p.id
        assert p.id.startswith(f"gov-{p.owner.lower()}-"), p.id
        assert p.aliases, p.id
        assert "http" in p.basis or "<a href" in p.basis, p.id
        if "former" in p.name:  # the basis says what replaced the host, or when it was seen
            assert any(w in p.basis for w in ("current", "moved", "claimed", "2003", "under", "newer")), p.id
