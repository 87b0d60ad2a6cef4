"""States' core institutions on former and non-conventional hosts, round f
(rules/registry/gov_former_hosts_f.yaml): .yu hosts of Serbia and Montenegro, presidencies, prime
ministers' offices and portals of small states (DR Congo, Mali, Tuvalu, Liechtenstein, San Marino,
Sweden, Chile), ministries and agencies of Myanmar, Thailand, Burundi, Hungary, Slovenia and
Timor-Leste from the Citizen Lab test lists, and European security services and competition
authorities on their own hosts.

Facts (URLs and names -> government of which state), minimums, and lookalikes that must never gain
a trusted class.
"""

import pytest

from conftest import entry_names, file_entries, names_borne_elsewhere, table_misses


FILE = "registry/gov_former_hosts_f.yaml"


@pytest.fixture(scope="module")
def entries(rules):
    return file_entries(rules, FILE)


URL_FACTS = [
    # former hosts of a dissolved state's ccTLD, a renamed agency, a ministry's old site
    ("http://www.nbs.yu/", "SRB", "gov-former-f-srb-nbs-yu"),
    ("http://www.vlada.cg.yu/", "MNE", "gov-former-f-mne-vlada-cg-yu"),
    ("http://uecmyanmar.org/", "MMR", "gov-former-f-mmr-uecmyanmar-org"),
    ("https://ega.or.th/", "THA", "gov-former-f-tha-ega-or-th"),
    # heads of state and government, portals
    ("http://www.presidentrdc.cd/", "COD", "gov-former-f-cod-presidentrdc-cd"),
    ("https://primature.ml/cree-commission-de-regulation-de-lelectricite-et-de-leau/", "MLI",
     "gov-former-f-mli-primature-ml"),
    ("https://www.tuvalugov.tv/procurement", "TUV", "gov-former-f-tuv-tuvalugov-tv"),
    ("https://www.liechtenstein.li/en/country-and-people/state/government/", "LIE",
     "gov-former-f-lie-liechtenstein-li"),
    ("https://www.pa.sm/", "SMR", "gov-former-f-smr-pa-sm"),
    ("http://www.sweden.se/eng/home/lifestyle/traditions/", "SWE", "gov-former-f-swe-sweden-se"),
    ("https://www.chileatiende.cl/desarrolladores/access_token", "CHL", "gov-former-f-chl-chileatiende-cl"),
    ("https://www.royaloffice.th/", "THA", "gov-former-f-tha-royaloffice-th"),
    ("https://www.predsednica-slo.si/", "SVN", "gov-former-f-svn-predsednica-slo-si"),
    ("https://kormanyablak.hu/hu", "HUN", "gov-former-f-hun-kormanyablak-hu"),
    # ministries and armed forces
    ("https://www.moe.edu.mm/", "MMR", "gov-former-f-mmr-moe-edu-mm"),
    ("http://www.dbe.moe.edu.mm/", "MMR", "gov-former-f-mmr-moe-edu-mm"),
    ("http://www.myanmarmoha.org/", "MMR", "gov-former-f-mmr-myanmarmoha-org"),
    ("https://armyprcenter.com/", "THA", "gov-former-f-tha-armyprcenter-com"),
    ("https://fdnb.bi/", "BDI", "gov-former-f-bdi-fdnb-bi"),
    ("https://www.slovenskavojska.si/publikacije/vojaska-zgodovina/", "SVN", "gov-former-f-svn-slovenskavojska-si"),
    ("https://www.ejercito.mil.ni/", "NIC", "gov-former-f-nic-ejercito-mil-ni"),
    # agencies
    ("https://www.landespolizei.li/", "LIE", "gov-former-f-lie-landespolizei-li"),
    ("http://myanmarpoliceforce.org/", "MMR", "gov-former-f-mmr-myanmarpoliceforce-org"),
    ("http://www.drdmyanmar.org/", "MMR", "gov-former-f-mmr-drdmyanmar-org"),
    ("https://www.mmcert.org.mm/", "MMR", "gov-former-f-mmr-mmcert-org-mm"),
    ("http://www.mnhrc.org.mm/", "MMR", "gov-former-f-mmr-mnhrc-org-mm"),
    ("https://www.dga.or.th", "THA", "gov-former-f-tha-dga-or-th"),
    ("https://etda.or.th/", "THA", "gov-former-f-tha-etda-or-th"),
    ("https://www.depa.or.th/", "THA", "gov-former-f-tha-depa-or-th"),
    ("https://www.antifakenewscenter.com/", "THA", "gov-former-f-tha-antifakenewscenter-com"),
    ("https://www.cne.tl/", "TLS", "gov-former-f-tls-cne-tl"),
    ("https://www.investburundi.bi/", "BDI", "gov-former-f-bdi-investburundi-bi"),
    ("https://www.foldhivatal.hu/", "HUN", "gov-former-f-hun-foldhivatal-hu"),
    ("https://edavki.durs.si/", "SVN", "gov-former-f-svn-edavki-durs-si"),
    ("https://www.valisluureamet.ee/", "EST", "gov-former-f-est-valisluureamet-ee"),
    ("https://www.kapo.ee/", "EST", "gov-former-f-est-kapo-ee"),
    ("https://www.vsd.lt/", "LTU", "gov-former-f-ltu-vsd-lt"),
    ("https://www.aotd.lt/", "LTU", "gov-former-f-ltu-aotd-lt"),
    ("https://www.sie.ro/", "ROU", "gov-former-f-rou-sie-ro"),
    ("https://www.consiliulconcurentei.ro/", "ROU", "gov-former-f-rou-consiliulconcurentei-ro"),
    ("https://www.sario.sk/", "SVK", "gov-former-f-svk-sario-sk"),
    ("https://www.nis.gr/", "GRC", "gov-former-f-grc-nis-gr"),
    ("https://www.abc-bma.be/", "BEL", "gov-former-f-bel-abc-bma-be"),
    ("https://www.concorrencia.pt/", "PRT", "gov-former-f-prt-concorrencia-pt"),
    ("https://www.ccpc.ie/", "IRL", "gov-former-f-irl-ccpc-ie"),
    ("https://www.soa.hr/", "HRV", "gov-former-f-hrv-soa-hr"),
    ("https://www.aztn.hr/", "HRV", "gov-former-f-hrv-aztn-hr"),
    ("https://www.varstvo-konkurence.si/", "SVN", "gov-former-f-svn-varstvo-konkurence-si"),
    ("https://www.spiritslovenia.si/", "SVN", "gov-former-f-svn-spiritslovenia-si"),
    ("https://mccaa.org.mt/", "MLT", "gov-former-f-mlt-mccaa-org-mt"),
    ("https://www.maltaenterprise.com/", "MLT", "gov-former-f-mlt-maltaenterprise-com"),
    ("https://srel.lu/", "LUX", "gov-former-f-lux-srel-lu"),
    ("https://www.anb.me/", "MNE", "gov-former-f-mne-anb-me"),
    ("https://www.azzk.me/", "MNE", "gov-former-f-mne-azzk-me"),
]


def test_urls(classify):
    # one test for the table: a miss lists every row wrong
    rows = [(url, "government", owner, publisher_id) for url, owner, publisher_id in URL_FACTS]
    assert table_misses(classify, rows) == []


def test_every_entry_has_a_url_fact(entries):
    assert {p.id for p in entries} == {publisher_id for _, _, publisher_id in URL_FACTS}


def test_neighbours_keep_their_own_class(classify):
    # the current hosts and earlier entries beside these keep their own entries
    for url, owner in [("http://www.mfa.gov.yu/", "SRB"), ("https://www.nbs.rs/", "SRB"), ("https://www.gov.me/", "MNE"),
                       ("https://www.primature.cd/", "COD"), ("https://www.regierung.li/", "LIE"),
                       ("https://www.gov.sm/", "SMR"), ("https://www.esteri.sm/", "SMR"), ("https://www.government.se/", "SWE"),
                       ("https://www.kormany.hu/", "HUN"), ("https://www.fu.gov.si/", "SVN"),
                       ("https://www.predsednik.si/", "SVN"), ("https://www.mf.gov.mm/", "MMR"),
                       ("https://www.army.mi.th/", "THA"), ("https://www.valitsus.ee/", "EST")]:
        result = classify(url)
        assert (result.category, result.owner) == ("government", owner), url


@pytest.mark.parametrize("name, owner", [
    ("Présidence de la République - RDC", "COD"), ("Primature (Mali) (primature.ml)", "MLI"), ("Liechtenstein Marketing", "LIE"),
    ("Landespolizei Liechtenstein", "LIE"), ("ChileAtiende", "CHL"), ("Myanmar Police Force", "MMR"),
    ("Union Election Commission (Myanmar)", "MMR"), ("Myanmar National Human Rights Commission", "MMR"),
    ("Electronic Government Agency (Thailand)", "THA"), ("Digital Government Development Agency (Thailand)", "THA"),
    ("Royal Thai Army Public Relations Center", "THA"), ("Anti-Fake News Center Thailand", "THA"),
    ("National Electoral Commission of Timor-Leste", "TLS"), ("Force de Défense Nationale du Burundi", "BDI"),
    ("Kormányablak", "HUN"), ("Slovenska vojska", "SVN"), ("Ejército de Nicaragua", "NIC"),
    ("Välisluureamet", "EST"), ("Kaitsepolitseiamet", "EST"), ("Valstybės saugumo departamentas", "LTU"),
    ("Serviciul de Informații Externe", "ROU"), ("Consiliul Concurenței", "ROU"),
    ("Εθνική Υπηρεσία Πληροφοριών", "GRC"), ("Autorité belge de la concurrence", "BEL"),
    ("Autoridade da Concorrência", "PRT"), ("Competition and Consumer Protection Commission", "IRL"),
    ("Sigurnosno-obavještajna agencija", "HRV"), ("Agencija za varstvo konkurence", "SVN"),
    ("Malta Enterprise", "MLT"), ("Agencija za nacionalnu bezbjednost", "MNE"),
])
def test_names(classify, name, owner):
    result = classify(name)
    assert (result.category, result.owner) == ("government", owner), (name, result)


@pytest.mark.parametrize("name", [
    # generic names several states bear, bare words, or common abbreviations of other things
    "Competition Council", "Competition Authority", "Foreign Intelligence Service", "National Intelligence Service",
    "State Intelligence Service", "National Security Agency", "State Security Department", "Ministry of Education",
    "Ministry of Home Affairs", "Police Force", "Royal Office", "Primature", "Presidency", "Land Office",
    "Election Commission", "National Electoral Commission", "Army", "EGA", "DGA", "ETDA", "DEPA", "CNE", "SIE",
    "SOA", "NIS", "EYP", "ANB", "VSD", "KAPO", "SREL", "CCPC", "MCCAA", "AVK", "SPIRIT", "SARIO", "FDNB", "MNHRC",
])
def test_generic_names_not_claimed(entries, name):
    assert name.casefold() not in entry_names(entries)


def test_no_name_taken_from_another_entry(rules, entries):
    assert names_borne_elsewhere(rules, entries) == []


@pytest.mark.parametrize("url", [
    "https://nbs.yu.evil.example/", "https://fakevlada.cg.yu.example/", "https://notpresidentrdc.cd/",
    "https://primature.ml.evil.example/", "https://tuvalugov.tv.example.com/", "https://fake-liechtenstein.li/",
    "https://pa.sm.evil.example/", "https://spa.sm/", "https://notsweden.se/", "https://chileatiende.cl.example.org/",
    "https://moemyanmar-net.blogspot.com/", "https://fakemoe.edu.mm.example/", "https://myanmarmoha.org.evil.example/",
    "https://mega.or.th/", "https://dga.or.th.example.com/", "https://royaloffice.th.evil.example/",
    "https://armyprcenter.com.example.net/", "https://notcne.tl/", "https://fdnb.bi.evil.example/",
    "https://fakekormanyablak.hu/", "https://predsednica-slo.si.example.org/", "https://edavki.durs.si.evil.example/",
    "https://notslovenskavojska.si/", "https://ejercito.mil.ni.example.com/", "https://fakekapo.ee/",
    "https://vsd.lt.evil.example/", "https://notsie.ro/", "https://nis.gr.example.net/", "https://fakesoa.hr/",
    "https://srel.lu.evil.example/", "https://notanb.me/", "https://maltaenterprise.com.evil.example/",
    "https://kapo-ee.wordpress.com/", "https://concorrencia.github.io/",
])
def test_lookalikes_not_government(classify, url):
    result = classify(url)
    assert result.category != "government", (url, result)


def test_left_out_hosts_not_listed(entries):
    # hosts the header leaves out (no hit, one machine-made list, not a state body, no name, Kosovo)
    domains = {d for p in entries for d in p.domains}
    for host in ("tongagov.to", "kabinet.sr.org", "statehouse-sl.org", "fijigovernment.org", "peaminister.ee",
                 "lrvk.lt", "govt.ws", "mudofaa.tj", "minrex.cu", "ctri.ga", "fam.ma", "presidencetunisie.tn",
                 "gouvernement.bf", "presidence.tg", "gouvernement.cf", "gouvernement.km", "gov.gw", "pmo.ne",
                 "egov.sy", "monacoeconomicboard.com", "actua.ad", "s-ge.com", "eas.ee", "investlithuania.com",
                 "hipa.hu", "irfcg.me", "luxembourgforbusiness.lu", "emgfa.pt", "sgrs.be", "mopa.ae",
                 "rks-gov.net", "kuvendikosoves.org", "aja.ir", "gaf.mil.gh", "vlada.me", "yu", "cg.yu", "durs.si",
                 "edu.mm", "or.th", "org.mm", "org.mt", "mil.ni"):
        assert host not in domains, host


def test_owners_groups_and_basis(entries):
    for p in entries:
        assert p.category == "government", p.id
        assert p.owner and len(p.owner) == 3 and p.owner.isupper(), p.id
        assert p.id.startswith(f"gov-former-f-{p.owner.lower()}-"), p.id
        assert p.group in {"ministries", "heads-of-state", "government-portals", "agencies"}, p.id
        assert p.basis and "search tool" in p.basis, p.id
        assert p.aliases, p.id
        assert len(p.domains) == 1, p.id
        assert p.domains[0] in p.name, p.id


def test_minimums(entries):
    assert len(entries) >= 50
    assert len({p.owner for p in entries}) >= 25
    assert sum(len(p.domains) for p in entries) >= 50
    groups = {p.group for p in entries}
    assert groups == {"ministries", "heads-of-state", "government-portals", "agencies"}
