"""States' institutions on former and non-conventional hosts, round g
(rules/registry/gov_former_hosts_g.yaml): parliaments (DR Congo, Timor-Leste, Tajikistan, Spain, Mon
State), Uzbekistan's parliamentary ombudsmen, portals (ukraine.ua, Thailand's Thang Rat, Catalonia, Magway), statistics offices and central
banks on the hosts the Open Metadata Agency Directory gave in 2012, financial-intelligence units and
regulators named by OpenSanctions' dataset metadata, and government sites named in the Citizen Lab
test lists.

Facts (URLs and names -> government of which state), minimums, and lookalikes that must never gain
a trusted class.
"""

import pytest

from conftest import entry_names, file_entries, names_borne_elsewhere, table_misses


FILE = "registry/gov_former_hosts_g.yaml"


@pytest.fixture(scope="module")
def entries(rules):
    return file_entries(rules, FILE)


URL_FACTS = [
    # parliaments
    ("https://assembleenationale.cd/tous-les-deputes/", "COD", "gov-former-g-cod-assembleenationale-cd"),
    ("https://www.parlamento.tl/data-tables", "TLS", "gov-former-g-tls-parlamento-tl"),
    ("https://majmilli.tj/azoi-majlisi-milli/", "TJK", "gov-former-g-tjk-majmilli-tj"),
    ("http://www.cortesgenerales.es/", "ESP", "gov-former-g-esp-cortesgenerales-es"),
    ("http://www.monhluttaw.com/", "MMR", "gov-former-g-mmr-monhluttaw-com"),
    # portals and regional governments
    ("https://ukraine.ua/", "UKR", "gov-former-g-ukr-ukraine-ua"),
    ("https://war.ukraine.ua/", "UKR", "gov-former-g-ukr-ukraine-ua"),
    ("https://xn--72cst3czdd.com/", "THA", "gov-former-g-tha-thangrat-com"),
    ("https://govern.cat/", "ESP", "gov-former-g-esp-govern-cat"),
    ("http://www.magwaygov.org/", "MMR", "gov-former-g-mmr-magwaygov-org"),
    # ministries, missions
    ("http://www.economy.ae/English/Pages/default.aspx", "ARE", "gov-former-g-are-economy-ae"),
    ("http://www.ministere-finances.dj/ANNUAIRE%20STATISTIQUE.html", "DJI", "gov-former-g-dji-ministere-finances-dj"),
    ("http://www.daemyanmar.mm/", "MMR", "gov-former-g-mmr-daemyanmar-mm"),
    ("http://dmemyanmar.org/", "MMR", "gov-former-g-mmr-dmemyanmar-org"),
    ("https://www.myanmarexam.org/", "MMR", "gov-former-g-mmr-myanmarexam-org"),
    ("https://www.smvti-mm.org/", "MMR", "gov-former-g-mmr-smvti-mm-org"),
    ("https://www.bopp-obec.info/", "THA", "gov-former-g-tha-bopp-obec-info"),
    ("https://en.terorarananlar.pol.tr/", "TUR", "gov-former-g-tur-terorarananlar-pol-tr"),
    ("https://pakinnepal.org/", "PAK", "gov-former-g-pak-pakinnepal-org"),
    ("https://www.aecid.bo/portal/", "ESP", "gov-former-g-esp-aecid-bo"),
    # statistics offices
    ("http://www.palaugov.net/stats/", "PLW", "gov-former-g-plw-palaugov-net-stats"),
    ("http://www.gambia.gm/Statistics/index.htm", "GMB", "gov-former-g-gmb-gambia-gm-statistics"),
    ("http://www.gbos.gm/nada/", "GMB", "gov-former-g-gmb-gbos-gm"),
    ("http://www.dgecnstat-ge.org/", "GNQ", "gov-former-g-gnq-dgecnstat-ge-org"),
    ("http://www.nso.malawi.net/nada/?page=catalog", "MWI", "gov-former-g-mwi-nso-malawi-net"),
    ("http://www.cso-yemen.org/index.php", "YEM", "gov-former-g-yem-cso-yemen-org"),
    ("http://www.lisgis.org/nada/index.php", "LBR", "gov-former-g-lbr-lisgis-org"),
    ("http://www.ins.ne/nada/index.php?page=catalog", "NER", "gov-former-g-ner-ins-ne"),
    # central banks
    ("http://www.cenbank.org/", "NGA", "gov-former-g-nga-cenbank-org"),
    ("http://www.banque-centrale.mg/", "MDG", "gov-former-g-mdg-banque-centrale-mg"),
    ("http://www.cbt.tm/", "TKM", "gov-former-g-tkm-cbt-tm"),
    ("http://www.nationalbank.kz/?switch=eng", "KAZ", "gov-former-g-kaz-nationalbank-kz"),
    ("http://www.bnro.ro/Home.aspx", "ROU", "gov-former-g-rou-bnro-ro"),
    ("http://www.bot-tz.org/", "TZA", "gov-former-g-tza-bot-tz-org"),
    ("http://www.bangladesh-bank.org/", "BGD", "gov-former-g-bgd-bangladesh-bank-org"),
    ("http://www.bankisrael.org.il/firsteng.htm", "ISR", "gov-former-g-isr-bankisrael-org-il"),
    ("http://www.bankofsudan.org/", "SDN", "gov-former-g-sdn-bankofsudan-org"),
    ("http://www.cb-mn.org/eng/", "MNE", "gov-former-g-mne-cb-mn-org"),
    ("http://www.eestipank.info/frontpage/en/", "EST", "gov-former-g-est-eestipank-info"),
    ("http://www.lbank.lt/en_index.htm", "LTU", "gov-former-g-ltu-lbank-lt"),
    # agencies
    ("https://websfm.kz/terrorism", "KAZ", "gov-former-g-kaz-websfm-kz"),
    ("https://andoz.tj/ForTaxpayer/UnifiedStateRegister", "TJK", "gov-former-g-tjk-andoz-tj"),
    ("http://www.fiu.az/en/sanctions/internal-sanctioned", "AZE", "gov-former-g-aze-fiu-az"),
    ("http://www.cnlct.tn/fr/?page_id=1684", "TUN", "gov-former-g-tun-cnlct-tn"),
    ("https://mlcu.org.eg/ar/", "EGY", "gov-former-g-egy-mlcu-org-eg"),
    ("https://aml.iq/?lang=en", "IRQ", "gov-former-g-irq-aml-iq"),
    ("https://www.dfsa.ae/about-dfsa", "ARE", "gov-former-g-are-dfsa-ae"),
    ("https://www.fedsfm.ru/", "RUS", "gov-former-g-rus-fedsfm-ru"),
    ("https://www.gosnadzor.ru/", "RUS", "gov-former-g-rus-gosnadzor-ru"),
    ("https://www.finma.ch/en/", "CHE", "gov-former-g-che-finma-ch"),
    ("https://www.finanstilsynet.dk/", "DNK", "gov-former-g-dnk-finanstilsynet-dk"),
    ("https://www.amf-france.org/en", "FRA", "gov-former-g-fra-amf-france-org"),
    ("https://www.cssf.lu/fr/", "LUX", "gov-former-g-lux-cssf-lu"),
    ("https://www.fca.org.uk/", "GBR", "gov-former-g-gbr-fca-org-uk"),
    ("https://www.nbim.no/en/", "NOR", "gov-former-g-nor-nbim-no"),
    ("https://www.sc.com.my", "MYS", "gov-former-g-mys-sc-com-my"),
    ("https://erar.si/omejitve/", "SVN", "gov-former-g-svn-erar-si"),
    ("https://www.migracija.lt/app/nam", "LTU", "gov-former-g-ltu-migracija-lt"),
    ("https://www.onpcsb.ro", "ROU", "gov-former-g-rou-onpcsb-ro"),
    ("https://www.contraloria.cl/", "CHL", "gov-former-g-chl-contraloria-cl"),
    ("https://antiteror.sis.md/advanced-page-type/listele-teroriste", "MDA", "gov-former-g-mda-antiteror-sis-md"),
    ("http://www.antiquities.org.il/", "ISR", "gov-former-g-isr-antiquities-org-il"),
    ("https://cesko.ge/", "GEO", "gov-former-g-geo-cesko-ge"),
    ("https://ectreport.com/", "THA", "gov-former-g-tha-ectreport-com"),
    ("https://www.nvsp.in/", "IND", "gov-former-g-ind-nvsp-in"),
    ("https://electoralsearch.in/", "IND", "gov-former-g-ind-electoralsearch-in"),
    ("http://www.ombudsman.uz/", "UZB", "gov-former-g-uzb-ombudsman-uz"),
    ("https://bolalarvakili.uz/", "UZB", "gov-former-g-uzb-bolalarvakili-uz"),
]


def test_urls(classify):
    # one test for the table: a miss lists every row wrong
    rows = [(url, "government", owner, publisher_id) for url, owner, publisher_id in URL_FACTS]
    assert table_misses(classify, rows) == []


def test_every_entry_has_a_url_fact(entries):
    assert {p.id for p in entries} == {publisher_id for _, _, publisher_id in URL_FACTS}


def test_neighbours_keep_their_own_class(classify):
    # the current hosts beside these former ones keep their own entries
    for url, owner in [("https://www.cbn.gov.ng/", "NGA"), ("https://www.bnr.ro/", "ROU"), ("https://www.bot.go.tz/", "TZA"),
                       ("https://www.bb.org.bd/", "BGD"), ("https://www.boi.org.il/", "ISR"), ("https://cbos.gov.sd/", "SDN"),
                       ("https://www.cbcg.me/", "MNE"), ("https://www.eestipank.ee/", "EST"), ("https://www.lb.lt/", "LTU"),
                       ("https://www.nsomalawi.mw/", "MWI"), ("https://www.stat-niger.org/", "NER"), ("https://www.palaugov.pw/", "PLW"),
                       ("https://www.moec.gov.ae/", "ARE"), ("https://www.kpk-rs.si/", "SVN"), ("https://migracija.lrv.lt/en/", "LTU"),
                       ("https://sis.gov.md/", "MDA")]:
        result = classify(url)
        assert (result.category, result.owner) == ("government", owner), url


def test_former_portal_roots_not_claimed(classify):
    # only the paths the source gives are listed: the holders of these hosts today are unknown
    for url in ("http://www.palaugov.net/", "http://www.gambia.gm/", "http://www.gambia.gm/visa"):
        assert classify(url).category != "government", url


@pytest.mark.parametrize("name, owner", [
    ("Assemblée nationale de la République démocratique du Congo", "COD"), ("Parlamento Nacional de Timor-Leste (parlamento.tl)", "TLS"),
    ("Маҷлиси миллии (majmilli.tj)", "TJK"), ("Cortes Generales (Spain)", "ESP"),
    ("Magway Region Government (Myanmar)", "MMR"), ("Rosfinmonitoring", "RUS"), ("Rostekhnadzor", "RUS"),
    ("Swiss Financial Market Supervisory Authority", "CHE"), ("Financial Conduct Authority", "GBR"),
    ("Dubai Financial Services Authority", "ARE"), ("Securities Commission Malaysia", "MYS"),
    ("Israel Antiquities Authority", "ISR"), ("Election Administration of Georgia (cesko.ge)", "GEO"),
    ("National Voters' Service Portal", "IND"), ("Contraloría General de la República de Chile", "CHL"),
    ("Tax Committee under the Government of the Republic of Tajikistan", "TJK"),
    ("Republic of Iraq Anti-Money Laundering and Countering Financing of Terrorism Office", "IRQ"),
    ("Norges Bank Investment Management", "NOR"), ("Autorité des marchés financiers (France)", "FRA"),
    ("Commission de Surveillance du Secteur Financier", "LUX"),
    ("Уполномоченный Олий Мажлиса по правам человека (Омбудсмен)", "UZB"),
])
def test_names(classify, name, owner):
    result = classify(name)
    assert (result.category, result.owner) == ("government", owner), (name, result)


@pytest.mark.parametrize("name", [
    # generic names several states bear, bare words, or common abbreviations of other things
    "National Assembly", "National Parliament", "Senate", "Cortes Generales", "Ministry of Education", "Ministry of Economy",
    "Ministry of Economy and Finance", "Central Bank", "National Bank", "Central Statistics Department",
    "National Statistical Office", "Central Statistical Organisation", "Office of Planning and Statistics",
    "Financial Monitoring Service", "Tax Committee", "Election Commission", "Migration Department", "Erar", "AMF",
    "FCA", "FMS", "Ombudsman", "Human Rights Commissioner", "Children's Ombudsman", "DFSA", "CNLCT", "MLCU", "INS", "CBN", "GBoS", "LISGIS", "DGECN", "AECID", "NVSP", "Ukraine",
])
def test_generic_names_not_claimed(entries, name):
    assert name.casefold() not in entry_names(entries)


def test_no_name_taken_from_another_entry(rules, entries):
    assert names_borne_elsewhere(rules, entries) == []


@pytest.mark.parametrize("url", [
    "https://assembleenationale.cd.evil.example/", "https://notparlamento.tl/", "https://majmilli.tj.example.com/",
    "https://fakeukraine.ua.example/", "https://ukraine-ua.blogspot.com/", "https://govern.cat.evil.example/",
    "https://palaugov.net.example.org/stats/", "https://notgbos.gm/", "https://cenbank.org.evil.example/",
    "https://mycenbank.org/", "https://bnro.ro.example.net/", "https://eestipank.info.evil.example/",
    "https://finma.ch.example.com/", "https://notfinma.ch/", "https://fca.org.uk.evil.example/", "https://fakefca.org.uk/",
    "https://fedsfm.ru.example.org/", "https://sis.md/", "https://evil.sis.md/", "https://pol.tr.example.com/",
    "https://nvsp.in.evil.example/", "https://antiquities-org-il.wordpress.com/", "https://cesko.github.io/", "https://biznesombudsman.uz.example/", "https://ombudsman.uz.evil.example/",
])
def test_lookalikes_not_government(classify, url):
    result = classify(url)
    assert result.category != "government", (url, result)


def test_left_out_hosts_not_listed(entries):
    # hosts the header leaves out (taken elsewhere, not a state, not government here, unclear, not searched)
    domains = {d for p in entries for d in p.domains}
    for host in ("kpk-rs.si", "sukobinteresa.hr", "antikorupcija.me", "dksk.mk", "fntt.lt", "vtek.lt",
                 "consejotransparencia.cl", "palaugov.net", "gambia.gm", "presidence.ht", "gov.nu", "parliament.ky",
                 "al.gov.mo", "kuvendikosoves.org", "nugmyanmar.org", "constitutionalcourt.or.th", "finra.org",
                 "abujamou.org", "belarus.by", "defence.pk", "myanmarstandards.org.mm", "infoprobidad.cl", "politie.be",
                 "cuba.cu", "ramla.muni.il", "pri.oliymajlis.uz", "oliymajlis.uz", "fsmpio.fm", "dba.uz", "sis.md", "pol.tr", "malawi.net", "org.il", "com.my", "muni.il"):
        assert host not in domains, host


def test_owners_groups_and_basis(entries):
    for p in entries:
        assert p.category == "government", p.id
        assert p.owner and len(p.owner) == 3 and p.owner.isupper(), p.id
        assert p.id.startswith(f"gov-former-g-{p.owner.lower()}-"), p.id
        assert p.group in {"parliaments", "government-portals", "ministries", "missions", "agencies", "statistics",
                           "central-banks"}, p.id
        assert p.basis and "search tool" in p.basis, p.id
        assert p.aliases, p.id
        assert len(p.domains) == 1, p.id
        assert p.domains[0] in p.name, p.id


def test_former_hosts_say_so(entries):
    # an entry whose note calls the host former names it former in its name too
    for p in entries:
        if p.note and p.note.startswith("former"):
            assert "former" in p.name, p.id


def test_minimums(entries):
    assert len(entries) >= 60
    assert len({p.owner for p in entries}) >= 40
    assert sum(len(p.domains) for p in entries) >= 60
    assert {p.group for p in entries} >= {"parliaments", "government-portals", "ministries", "statistics", "central-banks",
                                          "agencies"}
