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


URL_FACTS = [
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
    # round 5b: hosts the first round left unlooked, and states it did not probe
    ("https://mvd.ru/", "RUS", "gov-rus-mvd-ru"),
    ("https://grls.rosminzdrav.ru/grls_2010.aspx", "RUS", "gov-rus-rosminzdrav"),
    ("http://www.fsb.ru/fsb/npd/terror.htm", "RUS", "gov-rus-fsb"),
    ("https://moscow.mchs.ru/deyatelnost/press-centr/operativnaya-informaciya/", "RUS", "gov-rus-mchs-ru"),
    ("https://sledcom.ru/news/", "RUS", "gov-rus-sledcom"),
    ("https://www.rospotrebnadzor.ru/about/info/news/", "RUS", "gov-rus-rospotrebnadzor"),
    ("http://cerca.ministerosalute.it/search", "ITA", "gov-ita-ministerosalute"),
    ("http://www.dt.tesoro.it/it/debito_pubblico/", "ITA", "gov-ita-tesoro"),
    ("http://www.finanze.it/opencms/it/fiscalita-regionale-e-locale/", "ITA", "gov-ita-finanze"),
    ("http://www.mae.es/", "ESP", "gov-esp-mae"),
    ("http://www.msps.es/estadEstudios/estadisticas/sisInfSanSNS/UltDatos.htm", "ESP", "gov-esp-msps"),
    ("http://www.mec.es/", "ESP", "gov-esp-mec"),
    ("http://www.mapa.es/siar/Informacion.asp", "ESP", "gov-esp-mapa"),
    ("http://www.mityc.es/energia/", "ESP", "gov-esp-mityc"),
    ("http://www.mineco.es/", "ESP", "gov-esp-mineco"),
    ("https://mapadefosas.mjusticia.es/", "ESP", "gov-esp-mjusticia"),
    ("http://www.justitie.nl/", "NLD", "gov-nld-justitie"),
    ("https://cparegister.minvenj.nl/", "NLD", "gov-nld-minvenj"),
    ("https://www.cgra.be/fr/chiffres", "BEL", "gov-bel-cgra"),
    ("https://emploi.belgique.be/fr/themes/remuneration/salaire-garanti", "BEL", "gov-bel-emploi"),
    ("http://www.bmelv.de/DE/00-Home/", "DEU", "gov-deu-bmelv"),
    ("http://www.bmvbs.de/DE/VerkehrUndMobilitaet/", "DEU", "gov-deu-bmvbs"),
    ("https://www.verfassungsschutz.de/SharedDocs/publikationen/DE/cyberabwehr/x.pdf", "DEU",
     "gov-deu-verfassungsschutz-de"),
    ("https://www.justice.ie/", "IRL", "gov-irl-justice"),
    ("https://www.defence.ie/defence-and-security/white-paper-defence", "IRL", "gov-irl-defence"),
    ("http://www.education.ie/en/Publications/Statistics/", "IRL", "gov-irl-education"),
    ("https://www.psp.pt/Pages/reportarcrime.aspx", "PRT", "gov-prt-psp"),
    ("https://www.sef.pt/en/pages/homepage.aspx", "PRT", "gov-prt-sef"),
    ("https://www.ministeriopublico.pt/perguntas-frequentes/servico-apostilas", "PRT", "gov-prt-ministeriopublico"),
    ("https://covid19.min-saude.pt/ponto-de-situacao-atual-em-portugal/", "PRT", "gov-prt-min-saude"),
    ("https://www.dgs.pt/directrizes-da-dgs/", "PRT", "gov-prt-dgs"),
    ("https://www.ypes.gr/en/", "GRC", "gov-grc-ypes"),
    ("https://www.minfin.gr/", "GRC", "gov-grc-minfin"),
    ("http://www.ypeka.gr/Default.aspx?tabid=338", "GRC", "gov-grc-ypeka"),
    ("https://www.minagric.gr/", "GRC", "gov-grc-minagric"),
    ("https://www.mod.mil.gr/rss", "GRC", "gov-grc-mod"),
    ("https://lustat.statec.lu/rest/", "LUX", "gov-lux-statec"),
    ("https://www.bmbah.hu/index.php?lang=en", "HUN", "gov-hun-oif"),
    ("http://www.mup.hr/46.aspx", "HRV", "gov-hrv-mup-hr"),
    ("http://www.zagrebacka.policija.hr/", "HRV", "gov-hrv-policija"),
    ("https://www.morh.hr/", "HRV", "gov-hrv-morh"),
    ("http://www.mzos.hr/", "HRV", "gov-hrv-mzos"),
    ("http://www.mfin.hr/hr/izvrsenje-proracuna", "HRV", "gov-hrv-mfin"),
    ("https://dorh.hr/", "HRV", "gov-hrv-dorh"),
    ("http://www.prb.bg/bg/news/aktualno/", "BGR", "gov-bgr-prb"),
    ("https://www.agri.ee/en", "EST", "gov-est-agri"),
    ("https://kam.lt/en/feed/", "LTU", "gov-ltu-kam"),
    ("https://www.nsa.smm.lt/", "LTU", "gov-ltu-smm"),
    ("https://www.prokuraturos.lt/", "LTU", "gov-ltu-prokuraturos"),
    ("http://www.nsc.vrm.lt/guides.htm", "LTU", "gov-ltu-vrm"),
    ("http://formin.fi/public/default.aspx?contentid=328713", "FIN", "gov-fin-formin"),
    ("https://minedu.fi/en/frontpage", "FIN", "gov-fin-minedu"),
    ("https://migri.fi/en/finnish-citizenship", "FIN", "gov-fin-migri"),
    ("http://www.sweden.gov.se/sb/d/574", "SWE", "gov-swe-sweden-gov-se"),
    ("https://www.mim.dk/nyheder/", "DNK", "gov-dnk-mim"),
    ("https://www.fvm.dk/en/", "DNK", "gov-dnk-fvm"),
    ("https://www.nyidanmark.dk/en-GB/", "DNK", "gov-dnk-nyidanmark"),
    ("https://vidensbasen.anklagemyndigheden.dk/", "DNK", "gov-dnk-anklagemyndigheden"),
    ("https://www.politiet.no/politiloggen", "NOR", "gov-nor-politiet"),
    ("https://www.riksadvokaten.no/", "NOR", "gov-nor-riksadvokaten"),
    ("http://www.utanrikisraduneyti.is/samningar/ees/", "ISL", "gov-isl-utanrikisraduneyti"),
    ("http://www.mfa.is/news-and-publications/", "ISL", "gov-isl-utanrikisraduneyti"),
    ("https://www.forsaetisraduneyti.is/", "ISL", "gov-isl-forsaetisraduneyti"),
    ("https://www.logreglan.is/utgafa/tolfraedi/", "ISL", "gov-isl-logreglan"),
    ("http://www.mfa.gov.yu/", "SRB", "gov-srb-mfa-gov-yu"),
    ("http://www.serbia.sr.gov.yu/", "SRB", "gov-srb-sr-gov-yu"),
    ("https://www.mil.by/ru/forces/structure/", "BLR", "gov-blr-mil"),
    ("https://www.mof.ge/en", "GEO", "gov-geo-mof"),
    ("https://www.economy.ge/?lang=en", "GEO", "gov-geo-economy"),
    ("https://minfin.am/hy/page/amsakan_vichakagrakan_teghekagrer/", "ARM", "gov-arm-minfin"),
    ("https://mineconomy.am/en/news", "ARM", "gov-arm-mineconomy"),
    ("https://www.prosecutor.am/", "ARM", "gov-arm-prosecutor"),
    ("https://www.mfa.uz/ru/", "UZB", "gov-uzb-mfa-uz"),
    ("https://iiv.uz/", "UZB", "gov-uzb-iiv"),
    ("https://www.mod.uz/rss", "UZB", "gov-uzb-mod"),
    ("http://www.minzdrav.uz/", "UZB", "gov-uzb-health"),
    ("https://medtoifa.ssv.uz/", "UZB", "gov-uzb-health"),
    ("https://uzedu.uz/uz/page/job-form", "UZB", "gov-uzb-uzedu"),
    ("https://www.mf.uz/", "UZB", "gov-uzb-mf"),
    ("http://www.prokuratura.uz/", "UZB", "gov-uzb-prokuratura"),
    ("http://www.minfin.kg/ru/", "KGZ", "gov-kgz-minfin"),
    ("http://minfin.tj/", "TJK", "gov-tjk-minfin"),
    ("https://www.mvd.tj/", "TJK", "gov-tjk-mvd"),
    ("https://www.moe.edu.kw/ar/news", "KWT", "gov-kwt-moe"),
    ("https://www.dgsn.ma/visa/", "MAR", "gov-mar-dgsn-ma"),
    ("https://www.mdn.dz/site_principal/sommaire/appels/appels_fr.php", "DZA", "gov-dza-mdn"),
    ("https://www.dgsn.dz/", "DZA", "gov-dza-dgsn"),
    ("https://www.defense.tn/", "TUN", "gov-tun-defense"),
    ("https://www.moi.ir/fa/rss", "IRN", "gov-irn-moi"),
    ("https://www.mod.ir/", "IRN", "gov-irn-mod"),
    ("https://www.medu.ir/", "IRN", "gov-irn-medu"),
    ("https://www.mefa.ir/", "IRN", "gov-irn-mefa"),
    ("https://www.doe.ir/fa/rss", "IRN", "gov-irn-doe"),
    ("https://www.moh.ps/", "PSE", "gov-pse-moh"),
    ("https://www.fiscaliadechile.cl/persecucion-penal/estadisticas", "CHL", "gov-chl-fiscalia"),
    ("http://www.ministeriopublico.cl/", "CHL", "gov-chl-fiscalia"),
    ("https://www.policia.bo/", "BOL", "gov-bol-policia"),
    ("https://www.mindef.mil.gt/", "GTM", "gov-gtm-mindef-mil-gt"),
    ("https://www.mp.hn/publicaciones/", "HND", "gov-hnd-mp"),
    ("https://www.ghanahealthservice.org/covid19/", "GHA", "gov-gha-ghs"),
    ("https://www.education.sn/", "SEN", "gov-sen-education-sn"),
    ("https://www.mopse.co.zw/sites/default/files/publications/x.pdf", "ZWE", "gov-zwe-mopse"),
    ("https://www.pgr.ao/senra", "AGO", "gov-ago-pgr"),
    ("http://www.defence.lk/english.asp", "LKA", "gov-lka-defence"),
    ("https://mod.mil.iq/", "IRQ", "gov-irq-mod"),
    ("https://www.mofa-ye.org/Pages/ar/", "YEM", "gov-yem-mofa-ye-org"),
    ("https://mophp-ye.org/", "YEM", "gov-yem-mophp"),
    ("https://cso-ye.org/", "YEM", "gov-yem-cso-ye"),
    ("http://www.cso-yemen.com/", "YEM", "gov-yem-cso-ye"),
]


def test_urls(classify):
    wrong = []
    for url, owner, publisher_id in URL_FACTS:  # one test for the table: a miss lists every row wrong
        result = classify(url)
        got = (result.category, result.owner, result.publisher.id if result.publisher else None)
        if got != ("government", owner, publisher_id):
            wrong.append((url, got))
    assert wrong == []


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
    ("Следственный комитет Российской Федерации", "RUS"), ("ФСБ России", "RUS"), ("Роспотребнадзор", "RUS"),
    ("Ministerio de Educación y Ciencia", "ESP"), ("Ministerio de Industria, Turismo y Comercio", "ESP"),
    ("Bundesministerium für Ernährung, Landwirtschaft und Verbraucherschutz", "DEU"),
    ("Polícia de Segurança Pública", "PRT"), ("Direção-Geral da Saúde", "PRT"),
    ("Υπουργείο Εθνικής Άμυνας", "GRC"), ("Υπουργείο Αγροτικής Ανάπτυξης και Τροφίμων", "GRC"),
    ("Državno odvjetništvo Republike Hrvatske", "HRV"), ("Ministarstvo obrane Republike Hrvatske", "HRV"),
    ("Прокуратура на Република България", "BGR"), ("Lietuvos Respublikos krašto apsaugos ministerija", "LTU"),
    ("Opetus- ja kulttuuriministeriö", "FIN"), ("Maahanmuuttovirasto", "FIN"), ("Miljøministeriet", "DNK"),
    ("Anklagemyndigheden", "DNK"), ("Riksadvokaten (Norge)", "NOR"), ("Utanríkisráðuneytið", "ISL"),
    ("Commissariat général aux réfugiés et aux apatrides", "BEL"),
    ("Ўзбекистон Республикаси Бош прокуратураси", "UZB"), ("وزارت آموزش و پرورش", "IRN"),
    ("وزارة الصحة الفلسطينية", "PSE"), ("Fiscalía de Chile", "CHL"), ("Policía Boliviana", "BOL"),
    ("Ministerio Público de Honduras", "HND"), ("Ghana Health Service", "GHA"),
    ("وزارة الخارجية اليمنية", "YEM"), ("Ministry of Defence of Sri Lanka", "LKA"),
])
def test_names(classify, name, owner):
    result = classify(name)
    assert (result.category, result.owner) == ("government", owner), (name, result)


@pytest.mark.parametrize("name", [
    # generic names several states bear, or bare words, must stay out of this file's names
    "Ministry of Justice", "Ministry of Health", "Ministry of Finance", "Ministry of Defence",
    "Openbaar Ministerie", "Bundesanwaltschaft", "Police", "MPF", "FGR", "IND", "OM", "Ministerio Fiscal",
    "Ministerio del Interior", "Ministero dell'Interno",
    "Ministerio de Justicia", "Ministerio Público", "Politiet", "Lögreglan", "Riksadvokaten", "DGSN", "PGR",
    "Ministry of Foreign Affairs", "Ministry of Interior", "Ministry of National Defence",
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
    "https://fake-mvd.ru/", "https://mvd.ru.evil.example/", "https://notsledcom.ru/", "https://fsb.ru.example.com/",
    "https://sledcom.blogspot.com/", "https://fake-mjusticia.es/", "https://mjusticia.es.evil.example/",
    "https://politiet.no.example.org/", "https://fake-psp.pt/", "https://notdorh.hr/", "https://mil.by.evil.example/",
    "https://fake-defense.tn/", "https://mofa-ye.org.evil.example/", "https://fiscaliadechile.github.io/",
    "https://policia.bo.example.com/", "https://notmp.hn/", "https://mopse.wordpress.com/",
    # lapsed or shared hosts that must not read as government: now someone else's
    "https://www.mma.es/2026/02/25/x/", "https://ukrstat.org/en/",
])
def test_lookalikes_not_government(classify, url):
    result = classify(url)
    assert result.category != "government", (url, result)


def test_geneva_police_not_georgia(classify):
    # police.ge was left out: the hits were Geneva's cantonal police at police.ge.ch (Switzerland)
    assert classify("https://www.police.ge.ch/").owner != "GEO"


def test_unconfirmed_hosts_not_listed(entries):
    # hosts left out (see the file's header) must not slip in: unconfirmed, or shared with courts
    domains = {d for p in entries for d in p.domains}
    for host in ("maec.es", "mfa.kz", "mfa.lv", "minrel.cl", "szw.nl", "giustizia.it", "justice.cz",
                 "mfa-ks.net", "rks-gov.net", "ukrstat.org", "mma.es", "moliya.tj", "sveikata.lt",
                 "cso-yemen.org", "police.ge", "minzdravsoc.ru", "minregion.ru", "meh.es", "hjc.iq", "jc.jo",
                 "poder-judicial.go.cr", "funcionjudicial.gob.ec", "minjus.cu", "fjarmalaraduneyti.is"):
        assert host not in domains, host


def test_minimums(entries):
    assert len(entries) >= 150
    assert len({p.owner for p in entries}) >= 45
    assert sum(len(p.domains) for p in entries) >= 155
    groups = {p.group for p in entries}
    assert {"ministries", "police", "legal", "agencies", "statistics"} <= groups


def test_entries_well_formed(entries):
    for p in entries:
        assert p.category == "government"
        assert p.group in {"ministries", "police", "legal", "agencies", "statistics"}, p.id
        assert p.id.startswith(f"gov-{p.owner.lower()}-"), p.id
        assert p.aliases, p.id
        assert "http" in p.basis or "<a href" in p.basis, p.id
        if "former" in p.name:  # the basis says what replaced the host, or when it was seen
            assert any(w in p.basis for w in ("current", "moved", "claimed", "2003", "under", "newer")), p.id
