"""Core national government bodies of African states (rules/registry/gov_national_africa.yaml).

Hand-written: foreign ministries, presidencies and prime ministers' offices, parliaments,
statistics offices, interior and justice ministries, police, gazettes and law databases,
anti-trafficking agencies and central banks. These tests hold the facts (URLs and names ->
government of which state, and which body), the minimums, the left-out domains, and lookalikes
that must never gain a trusted class.
"""

from collections import Counter

import pytest

from evidence_check.names import fold

FILE = "registry/gov_national_africa.yaml"
GROUPS = {"ministries", "parliaments", "statistics", "heads-of-state", "legal", "police", "central-banks",
          "human-rights"}
AFRICA = set("""DZA AGO BEN BWA BFA BDI CPV CMR CAF TCD COM COG COD CIV DJI EGY GNQ ERI SWZ ETH GAB GMB
GHA GIN GNB KEN LSO LBR LBY MDG MWI MLI MRT MUS MAR MOZ NAM NER NGA RWA STP SEN SYC SLE SOM ZAF
SSD SDN TZA TGO TUN UGA ZMB ZWE""".split())






@pytest.fixture(scope="module")
def entries(rules):
    return [p for p in rules.index.publishers if p.origin.rpartition(":")[0].endswith(FILE)]


URL_FACTS = [
    # hosts outside any government convention: new coverage
    ("https://www.ons.dz/spip.php?rubrique182", "DZA", "gov-dza-ons"),
    ("https://www.bank-of-algeria.dz/taux-de-change-journalier/", "DZA", "gov-dza-bank"),
    ("https://www.joradp.dz/FTP/jo-francais/2018/F2018034.pdf", "DZA", "gov-dza-joradp"),
    ("https://www.bna.ao/", "AGO", "gov-ago-bna"),
    ("https://parlamento.ao/", "AGO", "gov-ago-parliament"),
    ("https://presidence.bj/home/le-benin/histoire/", "BEN", "gov-ben-presidence"),
    ("https://instad.bj/", "BEN", "gov-ben-instad"),
    ("https://www.statsbots.org.bw/latest-release", "BWA", "gov-bwa-statsbots"),
    ("https://www.legiburkina.bf/", "BFA", "gov-bfa-legiburkina"),
    ("https://www.insbu.bi/rapportModulesAgricoles", "BDI", "gov-bdi-insbu"),
    ("https://www.bcv.cv/", "CPV", "gov-cpv-bcv"),
    ("https://ins-cameroun.cm/", "CMR", "gov-cmr-ins"),
    ("https://www.icasees.org/", "CAF", "gov-caf-icasees"),
    ("https://www.inseed.td/", "TCD", "gov-tcd-inseed"),
    ("https://banque-comores.km/page/show/presentation", "COM", "gov-com-bcc"),
    ("https://ins-congo.cg/recensement", "COG", "gov-cog-ins"),
    ("https://www.bcc.cd/cours-change/", "COD", "gov-cod-bcc"),
    ("https://www.assnat.ci/lois-votees", "CIV", "gov-civ-assnat"),
    ("https://banque-centrale.dj/les-etablissements-agrees/", "DJI", "gov-dji-bcd"),
    ("https://www.cbe.org.eg/en/economic-research/statistics", "EGY", "gov-egy-cbe"),
    ("https://www.centralbank.org.sz/careers/", "SWZ", "gov-swz-cbe"),
    ("https://instatgabon.org/en/projections-demographiques", "GAB", "gov-gab-instat"),
    ("https://www.gbosdata.org/downloads/cpi-2021", "GMB", "gov-gmb-gbos"),
    ("https://www.stat-guinee.org/", "GIN", "gov-gin-ins"),
    ("https://www.stat-guinebissau.com/", "GNB", "gov-gnb-ine"),
    ("https://www.knbs.or.ke/download-category/consumer-price-indices/", "KEN", "gov-ken-knbs"),
    ("https://new.kenyalaw.org/akn/ke/act/2015/33/eng@2022", "KEN", "gov-ken-kenyalaw"),
    ("https://www.centralbank.org.ls/", "LSO", "gov-lso-cbl"),
    ("https://www.cbl.org.lr/research/buying-selling-rates", "LBR", "gov-lbr-cbl"),
    ("https://bsc.ly/economic_statistics/", "LBY", "gov-lby-bsc"),
    ("https://www.banky-foibe.mg/marche_marche-de-change", "MDG", "gov-mdg-bfm"),
    ("https://www.nsomalawi.mw/", "MWI", "gov-mwi-nso"),
    ("https://www.instat-mali.org/fr/publications/", "MLI", "gov-mli-instat"),
    ("https://ansade.mr/fr/", "MRT", "gov-mrt-ansade"),
    ("https://www.bom.mu/monetary-policy/", "MUS", "gov-mus-bom"),
    ("https://www.hcp.ma/region-laayoune/", "MAR", "gov-mar-hcp"),
    ("https://www.bkam.ma/Communiques", "MAR", "gov-mar-bkam"),
    ("https://www.bancomoc.mz/en/areas-of-expertise/markets/", "MOZ", "gov-moz-bm"),
    ("https://nsa.org.na/", "NAM", "gov-nam-nsa"),
    ("https://www.stat-niger.org/", "NER", "gov-ner-ins"),
    ("https://www.bnr.rw/exchangeRate", "RWA", "gov-rwa-bnr"),
    ("https://www.ine.st/", "STP", "gov-stp-ine"),
    ("https://www.ansd.sn/publication", "SEN", "gov-sen-ansd"),
    ("https://www.nationalassembly.sc/legislation", "SYC", "gov-syc-assembly"),
    ("https://www.statistics.sl/index.php/cpi.html", "SLE", "gov-sle-stats"),
    ("https://www.resbank.co.za/en/home/what-we-do/statistics", "ZAF", "gov-zaf-sarb"),
    ("https://www.ins.tn/publication/", "TUN", "gov-tun-ins"),
    ("https://inseed.tg/", "TGO", "gov-tgo-inseed"),
    ("https://www.ubos.org/nphc-2024-census-page/", "UGA", "gov-uga-ubos"),
    ("https://www.boz.zm/financial-markets/exchange-rates", "ZMB", "gov-zmb-boz"),
    ("https://www.zimstat.co.zw/", "ZWE", "gov-zwe-zimstat"),
    ("https://www.rbz.co.zw/index.php/research/markets/exchange-rates", "ZWE", "gov-zwe-rbz"),
    # hosts under a convention: still government, now named for the body
    ("https://www.naptip.gov.ng/trafficking-in-persons-register", "NGA", "gov-nga-naptip"),
    ("https://www.nigerianstat.gov.ng/elibrary", "NGA", "gov-nga-nbs"),
    ("https://www.cbn.gov.ng/", "NGA", "gov-nga-cbn"),
    ("https://www.statssa.gov.za/?page_id=1854&PPN=P0141", "ZAF", "gov-zaf-statssa"),
    ("https://www.saps.gov.za/services/crimestats.php", "ZAF", "gov-zaf-saps"),
    ("https://statsghana.gov.gh/gssmain/", "GHA", "gov-gha-gss"),
    ("https://www.bog.gov.gh/treasury-and-the-markets/", "GHA", "gov-gha-bog"),
    ("https://www.capmas.gov.eg/Pages/Publications.aspx", "EGY", "gov-egy-capmas"),
    ("https://ess.gov.et/price/", "ETH", "gov-eth-ess"),
    ("https://www.parliament.go.ke/the-national-assembly/mps", "KEN", "gov-ken-parliament"),
    ("https://www.nbs.go.tz/statistics/topic/gis", "TZA", "gov-tza-nbs"),
    ("https://statistics.gov.rw/", "RWA", "gov-rwa-nisr"),
    ("https://nbs.gov.so/", "SOM", "gov-som-nbs"),
    ("https://www.mfa.go.ke/diplomatic-missions", "KEN", "gov-ken-mfa"),
    ("https://www.sgg.gov.ma/BO/FR/2873/2023/BO_7204_Fr.pdf", "MAR", "gov-mar-sgg"),
    ("https://www.iort.gov.tn/", "TUN", "gov-tun-iort"),
    ("https://cbos.gov.sd/", "SDN", "gov-sdn-cbos"),
    ("https://boss.gov.ss/publications/", "SSD", "gov-ssd-boss"),
    ("https://www.bot.go.tz/Publications/Filter/1", "TZA", "gov-tza-bot"),
    ("https://www.zamstats.gov.zm/2022-census/reports/", "ZMB", "gov-zmb-zamstats"),
    ("https://www.mirco.gov.na/", "NAM", "gov-nam-mirco"),
    ("https://moi.gov.ly/", "LBY", "gov-lby-moi"),
    # round 3: former domains
    ("http://www.statistics-cameroon.org/index.php", "CMR", "gov-cmr-ins"),
    ("https://insae-bj.org/actualites", "BEN", "gov-ben-instad"),
    ("https://insae.bj/actualites", "BEN", "gov-ben-instad"),
    ("https://ins-rdc.org/sites/default/files/eds%202013_2014.pdf", "COD", "gov-cod-ins"),
    ("http://www.nassnig.org/document/bills", "NGA", "gov-nga-nass"),
    ("http://www.csa.gov.et/images/general/news/livs_2014_2015", "ETH", "gov-eth-ess"),
    ("http://www.ehrc.org.et/", "ETH", "gov-eth-ehrc"),
    ("http://ccdh.org.ma/fr/taxonomy/term/435", "MAR", "gov-mar-cndh"),
    # round 3: human-rights commissions (state bodies) outside any convention
    ("https://www.knchr.org/", "KEN", "gov-ken-knchr"),
    ("https://www.sahrc.org.za/", "ZAF", "gov-zaf-sahrc"),
    ("https://www.uhrc.ug/", "UGA", "gov-uga-uhrc"),
    ("https://www.cndh.org.ma/fr", "MAR", "gov-mar-cndh"),
    ("https://cndh.org.dz/accueil/", "DZA", "gov-dza-cndh"),
    ("https://ehrc.org/", "ETH", "gov-eth-ehrc"),
    ("https://www.hrc.org.zm/publications", "ZMB", "gov-zmb-hrc"),
    ("https://www.zhrc.org.zw/", "ZWE", "gov-zwe-zhrc"),
    ("https://www.santetunisie.rns.tn/fr/toutes-les-actualites", "TUN", "gov-tun-sante"),
    # round 3: ministries under a convention, now named
    ("https://www.health.gov.ng/", "NGA", "gov-nga-health"),
    ("https://womenaffairs.gov.ng/", "NGA", "gov-nga-women"),
    ("https://www.nhrc.gov.ng/", "NGA", "gov-nga-nhrc"),
    ("https://www.health.go.ke/", "KEN", "gov-ken-moh"),
    ("https://www.statelaw.go.ke/", "KEN", "gov-ken-statelaw"),
    ("https://www.mohp.gov.eg/", "EGY", "gov-egy-mohp"),
    ("https://www.nccpimandtip.gov.eg/", "EGY", "gov-egy-nccpimtip"),
    ("https://www.mogcsp.gov.gh/", "GHA", "gov-gha-mogcsp"),
    ("https://chraj.gov.gh/administrative-justice-mandate/", "GHA", "gov-gha-chraj"),
    ("https://www.interieur.gouv.sn/", "SEN", "gov-sen-interieur"),
    ("https://adala.justice.gov.ma/resources/1", "MAR", "gov-mar-justice"),
    ("https://www.moha.go.tz/", "TZA", "gov-tza-moha"),
    ("https://www.mia.go.ug/", "UGA", "gov-uga-mia"),
]


def test_urls_name_the_body(classify):
    wrong = []
    for url, owner, pid in URL_FACTS:  # one test for the table: a miss lists every row wrong
        got = classify(url)
        found = (got.category, got.owner, got.publisher.id if got.publisher else None)
        if found != ("government", owner, pid):
            wrong.append((url, found))
    assert wrong == []


NAME_FACTS = [
    ("NAPTIP", "NGA"),
    ("National Agency for the Prohibition of Trafficking in Persons", "NGA"),
    ("Central Bank of Nigeria", "NGA"),
    ("Bank of Ghana", "GHA"),
    ("Ghana Statistical Service", "GHA"),
    ("Kenya National Bureau of Statistics", "KEN"),
    ("KNBS", "KEN"),
    ("Institut National de la Statistique du Niger", "NER"),
    ("Banco Nacional de Angola", "AGO"),
    ("Office National des Statistiques (Algeria)", "DZA"),
    ("Banque d'Algérie", "DZA"),
    ("Haut-Commissariat au Plan", "MAR"),
    ("Bank Al-Maghrib", "MAR"),
    ("CAPMAS", "EGY"),
    ("Central Bank of Egypt", "EGY"),
    ("Stats SA", "ZAF"),
    ("South African Reserve Bank", "ZAF"),
    ("Uganda Bureau of Statistics", "UGA"),
    ("Bank of Uganda", "UGA"),
    ("National Institute of Statistics of Rwanda", "RWA"),
    ("Zimbabwe National Statistics Agency", "ZWE"),
    ("Reserve Bank of Zimbabwe", "ZWE"),
    ("Zambia Statistics Agency", "ZMB"),
    ("Bank of Tanzania", "TZA"),
    ("Ikulu", "TZA"),
    ("LISGIS", "LBR"),
    ("Executive Mansion (Liberia)", "LBR"),
    ("Statistics Sierra Leone", "SLE"),
    ("Banky Foiben'i Madagasikara", "MDG"),
    ("Agence Nationale de la Statistique et de la Démographie", "SEN"),
    ("Institut National de la Statistique du Cameroun", "CMR"),
    ("Délégation Générale à la Sûreté Nationale (Cameroun)", "CMR"),
    ("Banque Centrale des Comores", "COM"),
    ("Banque Centrale du Congo", "COD"),
    ("Assemblée nationale de Côte d'Ivoire", "CIV"),
    ("Banque Centrale de Djibouti", "DJI"),
    ("Ethiopian Statistics Service", "ETH"),
    ("National Bank of Ethiopia", "ETH"),
    ("Central Bank of Eswatini", "SWZ"),
    ("Gambia Bureau of Statistics", "GMB"),
    ("Banque Centrale de la République de Guinée", "GIN"),
    ("Instituto Nacional de Estatística da Guiné-Bissau", "GNB"),
    ("Central Bank of Lesotho", "LSO"),
    ("Bureau of Statistics and Census (Libya)", "LBY"),
    ("Reserve Bank of Malawi", "MWI"),
    ("INSTAT Mali", "MLI"),
    ("Banque Centrale de Mauritanie", "MRT"),
    ("Bank of Mauritius", "MUS"),
    ("Banco de Moçambique", "MOZ"),
    ("Namibia Statistics Agency", "NAM"),
    ("Banco Central de São Tomé e Príncipe", "STP"),
    ("Central Bank of Seychelles", "SYC"),
    ("Villa Somalia", "SOM"),
    ("Bank of South Sudan", "SSD"),
    ("Central Bank of Sudan", "SDN"),
    ("INSEED Togo", "TGO"),
    ("Banque Centrale de Tunisie", "TUN"),
    ("ICASEES", "CAF"),
    ("INSEED Tchad", "TCD"),
    ("Banque de la République du Burundi", "BDI"),
    ("Banco de Cabo Verde", "CPV"),
    ("Bank of Botswana", "BWA"),
    ("LégiBurkina", "BFA"),
    ("Institut National de la Statistique et de la Démographie (Bénin)", "BEN"),
    ("Ministério das Relações Exteriores (Angola)", "AGO"),
    ("Institut National de la Statistique du Gabon", "GAB"),
    ("Institut National de la Statistique (Congo)", "COG"),
    # round 3
    ("Kenya National Commission on Human Rights", "KEN"),
    ("KNCHR", "KEN"),
    ("South African Human Rights Commission", "ZAF"),
    ("SAHRC", "ZAF"),
    ("Uganda Human Rights Commission", "UGA"),
    ("CHRAJ", "GHA"),
    ("Conseil National des Droits de l'Homme (Maroc)", "MAR"),
    ("Ethiopian Human Rights Commission", "ETH"),
    ("National Human Rights Commission (Nigeria)", "NGA"),
    ("Zimbabwe Human Rights Commission", "ZWE"),
    ("Federal Ministry of Health (Nigeria)", "NGA"),
    ("Federal Ministry of Women Affairs (Nigeria)", "NGA"),
    ("Kenya Ministry of Health", "KEN"),
    ("State Law Office (Kenya)", "KEN"),
    ("Egyptian Ministry of Health and Population", "EGY"),
    ("Ministère de la Santé (Tunisie)", "TUN"),
    ("Ministère de la Justice (Tunisie)", "TUN"),
    ("Ministère de l'Intérieur (Sénégal)", "SEN"),
    ("Ministère de la Justice (Maroc)", "MAR"),
    ("Ministry of Home Affairs (Tanzania)", "TZA"),
    ("Ministry of Internal Affairs (Uganda)", "UGA"),
    ("Ministry of Health and Child Care (Zimbabwe)", "ZWE"),
    ("Central Statistical Agency (Ethiopia)", "ETH"),
    ("INSAE Bénin", "BEN"),
    ("Human Trafficking Secretariat (Ghana)", "GHA"),
]


def test_names_name_the_government(checker):
    wrong = []
    for name, owner in NAME_FACTS:  # one test for the table: a miss lists every row wrong
        classification = checker.check(name).classification
        if (classification.category, classification.owner) != ("government", owner):
            wrong.append((name, classification.category, classification.owner))
    assert wrong == []


@pytest.mark.parametrize("url", [
    "https://fake-cbn.gov.ng.evil.example/",
    "https://naptip.gov.ng.evil.example/register",
    "https://notknbs.or.ke/",
    "https://knbs.or.ke.example.com/",
    "https://fake-stat-niger.org/",
    "https://stat-niger.org.evil.example/",
    "https://www.bank-of-algeria.dz.phish.example/",
    "https://notresbank.co.za/",
    "https://resbank.co.za.evil.example/",
    "https://instad.bj.evil.example/",
    "https://ubos.org.evil.example/",
    "https://xubos.org/",
    "https://kenyalaw.org.evil.example/",
    "https://banque-comores.km.example.net/",
    "https://stat-niger.blogspot.com/",
    "https://naptip.blogspot.com/",
    "https://cbn-nigeria.wordpress.com/",
    "https://sites.google.com/view/statssa",
    "https://republiquetogolaise.com.evil.example/",
    "https://zimstat.co.zw.evil.example/",
    "https://fake-knchr.org/",
    "https://knchr.org.evil.example/",
    "https://notsahrc.org.za/",
    "https://uhrc.ug.phish.example/",
    "https://nassnig.org.evil.example/",
    "https://fakensassnig.org/",
    "https://rns.tn/",
    "https://evil.rns.tn/",
    "https://santetunisie.rns.tn.evil.example/",
    "https://knchr.blogspot.com/",
    "https://cndh-maroc.wordpress.com/",
])
def test_lookalikes_are_never_government(classify, url):
    got = classify(url)
    assert got.category != "government", (url, got.publisher and got.publisher.id)
    assert got.publisher is None or "gov_national_africa" not in got.publisher.origin, url


@pytest.mark.parametrize("host", [
    "isteebu.bi",       # lapsed: parking page
    "inege.gq",         # squatted
    "inseed.km",        # no longer the Comoros statistics office
    "ssnbss.org",       # only an archived capture
    "stat-gabon.org",   # old host
    "bceao.int",        # regional central bank: no single owner
    "beac.int",
    "lisgis.net",       # hacked / redirect loop
    "cnsee.org",        # squatted
    "cndp.org.rw",      # use by the commission not confirmed
])
def test_left_out_domains_are_not_listed_here(entries, host):
    listed = {d for p in entries for d in p.domains}
    assert host not in listed


def test_entries_are_well_formed(entries):
    for p in entries:
        assert p.category == "government", p.id
        assert p.owner in AFRICA, p.id
        assert p.group in GROUPS, p.id
        assert p.id.startswith(f"gov-{p.owner.lower()}-"), p.id
        assert p.domains, p.id
        assert p.basis and "search tool" in p.basis, p.id
        assert p.aliases, p.id


def test_minimums(entries):
    assert len(entries) >= 285
    per = Counter(p.owner for p in entries)
    assert len(per) >= 50
    assert sum(1 for n in per.values() if n >= 4) >= 45
    groups = Counter(p.group for p in entries)
    for group, least in {"statistics": 45, "central-banks": 35, "parliaments": 35,
                         "heads-of-state": 35, "ministries": 75, "police": 20, "legal": 10,
                         "human-rights": 9}.items():
        assert groups[group] >= least, (group, groups[group])


def test_every_entry_names_its_country_somewhere(rules, entries):
    """A bare "Ministry of Foreign Affairs" must not be the only handle: some name or alias
    says the country (its name, demonym or a word of it), so the name index keeps one."""
    countries = {c.alpha3: c for c in rules.countries}
    for p in entries:
        country = countries[p.owner]
        words = {fold(w) for w in (country.name, country.common, *country.aliases) if w}
        texts = " | ".join(fold(n) for n in (p.name, *p.aliases))
        stems = {w[:5] for word in words for w in word.split() if len(w) > 3}
        assert any(s in texts for s in stems), p.id


def test_names_of_this_file_resolve_to_it(rules, entries):
    """Each entry's own name finds a government of its owner (this entry or one of the same
    owner), never another country or category."""
    for p in entries:
        got = rules.index.by_name(p.name)
        assert got is not None and (got.category, got.owner) == ("government", p.owner), p.name
