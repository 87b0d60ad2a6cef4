"""State media registry: the government-site audit of the generated
state_media.yaml (issue 12, item 7), the hand-checked alternate domains in
state_media_more.yaml, and lookalikes that must never become state media."""

import importlib.util
import subprocess
import sys

import pytest

from conftest import DATA, ROOT

TRUSTED = {"un", "government", "reuters", "state_media", "ngo"}
TOOL = ROOT / "tools" / "build_state_media.py"




@pytest.fixture(scope="module")
def tool():
    spec = importlib.util.spec_from_file_location("build_state_media", TOOL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# ---- the audit: government sites stay government -------------------------

@pytest.mark.parametrize("url, owner", [
    ("https://www.rada.gov.ua/en/news/News/11644.html", "UKR"),   # Verkhovna Rada, not Rada TV
    ("https://www.asamblea.gob.sv/decretos", "SLV"),             # Legislative Assembly
    ("https://www.diariooficial.gob.sv/", "SLV"),                # official gazette
    ("https://www.congreso.gob.gt/", "GTM"),                     # Congress
    ("https://guatemala.gob.gt/", "GTM"),                        # government portal
    ("https://www.media.gov.kw/", "KWT"),                        # Ministry of Information
    ("https://kuwaitalyawm.media.gov.kw/", "KWT"),               # its official gazette
    ("https://www.moi.gov.mm/news/78764", "MMR"),                # Ministry of Information
    ("https://www.ministerecommunication.gov.dz/", "DZA"),       # Ministry of Communication
    ("https://www.gcis.gov.za/", "ZAF"),                         # GCIS department
    ("https://lagosstate.gov.ng/", "NGA"),                       # state governments
    ("https://plateaustate.gov.ng/", "NGA"),
    ("https://tarabastate.gov.ng/", "NGA"),
    ("https://www.asambleanacional.gob.ec/", "ECU"),             # parliament; its TV has a subdomain
    ("https://www.prd.go.th/", "THA"),                           # PR Department; its radio has a subdomain
    ("https://www.inpi.gob.mx/", "MEX"),
])
def test_government_sites_stay_government(classify, url, owner):
    result = classify(url)
    assert (result.category, result.owner) == ("government", owner)


@pytest.mark.parametrize("url", [
    "https://omaninfo.om/",               # Oman Ministry of Information (no government entry yet)
    "https://congresonacional.hn/",       # National Congress of Honduras (no government entry yet)
    "https://ffaa.mil.hn/",               # Armed Forces of Honduras
    "https://www.socar.az/",              # state oil company, not CBC
    "https://www.pdvsa.com/",             # state oil company, not PDVSA TV
    "https://www.usac.edu.gt/",           # university, not TV USAC
    "https://www.almg.org.gt/",           # Mayan languages academy, not TV Maya
])
def test_institution_sites_are_never_state_media(classify, url):
    assert classify(url).category != "state_media"


@pytest.mark.parametrize("url, owner, publisher", [
    ("https://radioalgerie.dz/news/fr/", "DZA", "sm-dza-eprs"),
    ("https://diarioelsalvador.com/dedinero/x/", "SLV", "sm-slv-diario-el-salvador"),
    ("https://www.sanews.gov.za/south-africa/x", "ZAF", "sm-zaf-sa-news"),
    ("https://www.vukuzenzele.gov.za/", "ZAF", "sm-zaf-vukuzenzele"),
    ("https://tvl.asambleanacional.gob.ec/", "ECU", "sm-ecu-television-legislativa"),
    ("https://radiosatun.prd.go.th/", "THA", "sm-tha-radio-thailand-satun"),
    ("https://www.pna.gov.ph/articles/1", "PHL", "sm-phl-philippines-news-agency"),
    ("https://www.spa.gov.sa/", "SAU", "sm-sau-space-tv"),
    ("https://www.canaldelcongreso.gob.mx/", "MEX", "sm-mex-canal-del-congreso"),
])
def test_media_own_hosts_stay_state_media(classify, url, owner, publisher):
    result = classify(url)
    assert (result.category, result.owner, result.publisher.id) == ("state_media", owner, publisher)


def test_no_state_media_domain_swallows_a_government_site(rules, tool):
    """Every domain of the two state-media files that lies under a government
    domain is a reviewed media host, and no audited institution host is listed."""
    government = {d: p.owner for p in rules.index.publishers if p.category == "government"
                  for d in p.domains}
    left_out = set(tool.GOVERNMENT_SITES) | set(tool.NOT_MEDIA_HOSTS) | set(tool.WRONG_HOSTS)
    checked = 0
    for publisher in rules.index.publishers:
        if not publisher.origin.split(":")[0].endswith(("state_media.yaml", "state_media_more.yaml")):
            continue
        for domain in publisher.domains:
            host = domain.partition("/")[0]
            assert host not in left_out, (domain, publisher.id)
            labels = host.split(".")
            parents = [".".join(labels[i:]) for i in range(1, len(labels))]
            under = [p for p in parents if p in government]
            if under:
                checked += 1
                assert host in tool.GOV_MEDIA_HOSTS, (domain, publisher.id, under[0])
                assert government[under[0]] == publisher.owner, (domain, under[0])
    assert checked >= 55


def test_audit_lists_every_case_in_the_header(tool):
    text = (ROOT / "rules" / "registry" / "state_media.yaml").read_text(encoding="utf-8")
    head = text[:text.index("\npublishers:")]
    for host in [*tool.GOVERNMENT_SITES, *tool.NOT_MEDIA_HOSTS]:
        assert f"#   {host} (CSV line" in head, host
    assert "Kept after review" in head
    assert "/work/" not in text and "../shared" not in text
    for path in [*(ROOT / "rules" / "registry").glob("*.yaml"), *(ROOT / "tools").glob("*.py")]:
        other = path.read_text(encoding="utf-8")
        assert "/work/shared" not in other and "../shared" not in other, path.name  # no developer's folders


# ---- the generator ---------------------------------------------------------

def test_generator_needs_the_csv_argument():
    done = subprocess.run([sys.executable, str(TOOL)], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 2
    assert "--csv" in done.stderr and "required" in done.stderr
    source = TOOL.read_text(encoding="utf-8")
    assert '"shared"' not in source and "../shared" not in source and "/work/" not in source


def test_generator_reproduces_the_committed_file(tmp_path):
    """Same input (the vendored copy of the matrix), same bytes."""
    out = tmp_path / "state_media.yaml"
    done = subprocess.run(
        [sys.executable, str(TOOL), "--csv", str(DATA / "state-media" / "state-media-matrix.csv"),
         "--license", str(DATA / "state-media" / "LICENSE"), "--out", str(out)],
        capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-2000:]
    committed = (ROOT / "rules" / "registry" / "state_media.yaml").read_bytes()
    assert out.read_bytes() == committed, "regenerate rules/registry/state_media.yaml"


# ---- state_media_more.yaml: alternate domains -----------------------------

ALTERNATES = [
    ("http://www.rian.ru/politics/", "RUS"), ("http://itar-tass.com/mezhdunarodnaya-panorama", "RUS"),
    ("https://sputnik.by/", "RUS"), ("https://bel.sputnik.by/", "RUS"), ("https://ru.sputnik.kz/news/", "RUS"),
    ("https://sputniknews.kz/", "RUS"), ("https://ru.sputnik.kg/news/", "RUS"), ("https://sputnik-tj.com/", "RUS"),
    ("https://oz.sputniknews-uz.com/", "RUS"), ("https://armeniasputnik.am/", "RUS"), ("https://sputnik.az/", "RUS"),
    ("https://sputnik-georgia.com/", "RUS"), ("https://sputnik-abkhazia.info/", "RUS"),
    ("https://sputnik-abkhazia.ru/Abkhazia/", "RUS"), ("https://sputnik-ossetia.com/", "RUS"),
    ("https://sputniknewslv.com/", "RUS"), ("https://sputniknews.gr/", "RUS"), ("https://snanews.de/", "RUS"),
    ("http://sputniknews.cn/", "RUS"), ("https://sputniknews.lat/20221006/x.html", "RUS"),
    ("https://sputnikarabic.ae/", "RUS"), ("https://fr.sputniknews.africa/", "RUS"),
    ("https://en.sputniknews.africa/20260123/x.html", "RUS"),
    ("https://english.news.cn/20230309/6fabecde80d94b56887f819e75715a93/c.html", "CHN"),
    ("http://tv.cntv.cn/epg", "CHN"), ("https://tv.cctv.cn/", "CHN"), ("https://www.huanqiu.com/", "CHN"),
    ("https://opinion.huanqiu.com/article/45LrB3bSYU4", "CHN"), ("https://www.chinadailyasia.com/hk/article/639166", "CHN"),
    ("https://www.presstv.co.uk/Detail/2026/08/02/773592/x", "IRN"), ("https://www.trthaber.com/sondakika.rss", "TUR"),
]


@pytest.mark.parametrize("url, owner", ALTERNATES)
def test_alternate_domains_are_state_media(classify, url, owner):
    result = classify(url)
    assert (result.category, result.owner) == ("state_media", owner)
    assert result.publisher.typology == "SC"


@pytest.mark.parametrize("url, publisher", [
    ("https://english.news.cn/", "smm-chn-xinhua-english"),     # more specific than news.cn
    ("https://world.huanqiu.com/", "sm-chn-world-huanqiu"),      # the matrix's own entry still wins
    ("https://www.rt.com/news/", "sm-rus-rt-international"),
    ("https://ria.ru/", "sm-rus-ria-novosti"),
])
def test_alternates_do_not_shadow_matrix_entries(classify, url, publisher):
    assert classify(url).publisher.id == publisher


def test_alternates_file_minimums(rules):
    more = [p for p in rules.index.publishers if "state_media_more.yaml:" in p.origin]
    assert len(more) >= 22
    assert sum(len(p.domains) for p in more) >= 25
    for p in more:  # the matrix entry's typology: SC mostly (see test_registry_state_media_more.py)
        assert (p.category == "state_media" or p.demoted) and p.owner and p.typology
        assert "matrix entr" in p.basis and "Checked" in p.basis, p.id


# ---- lookalikes ------------------------------------------------------------

LOOKALIKE_BASES = ["rian.ru", "sputnik.by", "sputnik.kz", "snanews.de", "sputniknews.lat",
                   "huanqiu.com", "presstv.co.uk", "trthaber.com", "itar-tass.com", "radioalgerie.dz",
                   "diarioelsalvador.com", "cntv.cn", "chinadailyasia.com"]


@pytest.mark.parametrize("base", LOOKALIKE_BASES)
def test_lookalikes_never_gain_a_trusted_class(classify, base):
    label = base.split(".")[0]
    for url in (f"https://fake-{base}/", f"https://{base}.evil.example/", f"https://{label}.blogspot.com/",
                f"https://{base.replace('.', '-')}.com/", f"https://not{base}/"):
        assert classify(url).category not in TRUSTED, url


@pytest.mark.parametrize("url", ["https://english.news.cn.evil.example/", "https://englishnews.cn/",
                                 "https://english-news.cn/", "https://sputnik.by-news.example/",
                                 "https://sputnik.kz.blogspot.com/"])
def test_subdomain_alternates_lookalikes(classify, url):
    assert classify(url).category not in TRUSTED


def test_kcna_watch_is_not_kcna(classify):
    assert classify("https://kcnawatch.org/").category != "state_media"
    assert (classify("http://www.kcna.kp/en").category, classify("http://www.kcna.kp/en").owner) == ("state_media", "PRK")


@pytest.mark.parametrize("text, category, owner", [
    ("NBC", "rejected", None), ("CBS", "rejected", None),  # the US networks, as citations mean them
    ("NBC (Namibia)", "state_media", "NAM"), ("Namibian Broadcasting Corporation", "state_media", "NAM"),
])
def test_a_matrix_outlet_whose_bare_name_another_entry_bears_is_named_with_its_country(rules, text, category, owner):
    from evidence_check import Checker

    row = Checker(rules).check(text).classification
    assert (row.category, row.owner) == (category, owner)


@pytest.mark.parametrize("name, publisher_id", [
    # a company one of whose outlets bears its name: the name is that outlet's, not the company's
    # other outlets' (IRNA also owns the newspaper Iran, VNA Le Courrier du Vietnam)
    ("Islamic Republic News Agency", "sm-irn-irna"),
    ("Vietnam News Agency", "sm-vnm-vna"),
    ("Ethiopian News Agency", "sm-eth-ena"),
    ("Xinhua (New China News Agency)", "sm-chn-xinhua"),
    # outlets of other companies sharing a short name do not count: Canada's CBC keeps its name
    ("Canadian Broadcasting Corporation", "sm-can-cbc"),
    ("Australian Broadcasting Corporation", "sm-aus-abc"),
])
def test_a_company_name_names_its_namesake_outlet(rules, name, publisher_id):
    found = rules.index.by_name(name)
    assert found is not None and found.id == publisher_id, name
