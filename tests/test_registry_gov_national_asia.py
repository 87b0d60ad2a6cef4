"""National government bodies of Asia and the Middle East (rules/registry/gov_national_asia.yaml).

Hand-written: ministries, heads of state/government, parliaments, statistics offices,
police, legal databases and central banks. These tests hold the facts (URL and name
-> government of which state), the minimums and the lookalikes that must never gain
a trusted class.
"""

from collections import Counter

import pytest


FILE = "registry/gov_national_asia.yaml"
GROUPS = {"ministries", "parliaments", "statistics", "heads-of-state", "legal", "police", "central-banks", "agencies"}
TRUSTED = {"un", "government", "reuters", "state_media", "ngo"}






@pytest.fixture(scope="module")
def asia(rules):
    return [p for p in rules.index.publishers if p.origin.rpartition(":")[0].endswith(FILE)]


# URL -> (owner, publisher id); the hosts outside a gov.xx convention come first: before this
# file they were unlisted or news, so a wrong entry here would show at once.
URLS = [
    ("https://www.centralbank.ae/en/", "ARE", "gov-are-cbuae"),
    ("https://www.nuwab.bh/council/about-the-council/?lang=en", "BHR", "gov-bhr-nuwab"),
    ("https://www.shura.bh/en/Council/Pages/PresidentSpeech.aspx", "BHR", "gov-bhr-shura"),
    ("https://www.bb.org.bd/en/index.php", "BGD", "gov-bgd-bb"),
    ("https://www.rma.org.bt/laws_bylaws.jsp", "BTN", "gov-btn-rma"),
    ("https://www.rbi.org.in/Scripts/BS_PressReleaseDisplay.aspx", "IND", "gov-ind-rbi"),
    ("https://www.amar.org.ir/english", "IRN", "gov-irn-sci"),
    ("https://www.cbi.ir/default_en.aspx", "IRN", "gov-irn-cbi"),
    ("https://www.police.ir/", "IRN", "gov-irn-police"),
    ("https://rc.majlis.ir/fa/news", "IRN", "gov-irn-majlis-rc"),
    ("https://cbi.iq/news", "IRQ", "gov-irq-cbi"),
    ("https://www.boi.org.il/en/", "ISR", "gov-isr-boi"),
    ("https://www.boj.or.jp/en/mopo/index.htm", "JPN", "gov-jpn-boj"),
    ("https://representatives.jo/en", "JOR", "gov-jor-representatives"),
    ("https://adilet.zan.kz/eng/docs/Z950002155_", "KAZ", "gov-kaz-adilet"),
    ("https://www.nbkr.kg/index.jsp?lang=ENG", "KGZ", "gov-kgz-nbkr"),
    ("https://www.bok.or.kr/eng/main/main.do", "KOR", "gov-kor-bok"),
    ("https://www.police.lk/?cat=43", "LKA", "gov-lka-police"),
    ("https://www.1212.mn/en", "MNG", "gov-mng-nso"),
    ("https://www.nso.mn/", "MNG", "gov-mng-nso"),
    ("https://www.mongolbank.mn/en/p/about-us", "MNG", "gov-mng-mongolbank"),
    ("https://www.amyotha.hluttaw.mm/", "MMR", "gov-mmr-amyotha"),
    ("https://www.pyithu.hluttaw.mm/", "MMR", "gov-mmr-pyithu"),
    ("https://www.nrb.org.np/contents/uploads/report.pdf", "NPL", "gov-npl-nrb"),
    ("https://www.sbp.org.pk/ecodata/index2.asp", "PAK", "gov-pak-sbp"),
    ("https://www.pma.ps/en/", "PSE", "gov-pse-pma"),
    ("http://cbssyr.sy/index-EN.htm", "SYR", "gov-syr-cbs"),
    ("https://www.bot.or.th/en/about-us/history.html", "THA", "gov-tha-bot"),
    ("https://stat.tj/en", "TJK", "gov-tjk-stat"),
    ("http://nbt.tj/en/", "TJK", "gov-tjk-nbt"),
    ("https://www.bancocentral.tl/en", "TLS", "gov-tls-bctl"),
    ("https://presidenciarepublica.tl/2020/09/", "TLS", "gov-tls-presidency"),
    ("https://cbu.uz/en/services/open_data/openness-rates", "UZB", "gov-uzb-cbu"),
    ("https://lex.uz/docs/-1664424", "UZB", "gov-uzb-lex"),
    ("https://stat.uz/en/", "UZB", "gov-uzb-stat"),
    ("https://senat.uz/en", "UZB", "gov-uzb-senate"),
    # under a gov.xx convention: the body's own name is now the publisher
    ("https://nsia.gov.af/", "AFG", "gov-afg-nsia"),
    ("https://www.mofa.gov.bh/", "BHR", "gov-bhr-mofa"),
    ("https://cbb.gov.bh/about-cbb", "BHR", "gov-bhr-cbb"),
    ("http://www.bbs.gov.bd/", "BGD", "gov-bgd-bbs"),
    ("http://www.deps.gov.bn/Theme/Home.aspx", "BRN", "gov-brn-deps"),
    ("https://www.stats.gov.cn/english/", "CHN", "gov-chn-nbs"),
    ("https://www.fmprc.gov.cn/eng/", "CHN", "gov-chn-mfa"),
    ("https://www.mps.gov.cn/", "CHN", "gov-chn-mps"),
    ("https://www.bps.go.id/en", "IDN", "gov-idn-bps"),
    ("https://kemlu.go.id/portal/en", "IDN", "gov-idn-kemlu"),
    ("https://www.mea.gov.in/press-releases.htm", "IND", "gov-ind-mea"),
    ("https://www.mha.gov.in/en", "IND", "gov-ind-mha"),
    ("https://cosit.gov.iq/ar/", "IRQ", "gov-irq-cosit"),
    ("https://www.cbs.gov.il/en/", "ISR", "gov-isr-cbs"),
    ("https://main.knesset.gov.il/en", "ISR", "gov-isr-knesset"),
    ("https://www.stat.go.jp/english/", "JPN", "gov-jpn-stat"),
    ("https://www.mofa.go.jp/policy/", "JPN", "gov-jpn-mofa"),
    ("https://dos.gov.jo/", "JOR", "gov-jor-dos"),
    ("https://www.nis.gov.kh/", "KHM", "gov-khm-nis"),
    ("https://kostat.go.kr/anse/", "KOR", "gov-kor-kostat"),
    ("https://csb.gov.kw/", "KWT", "gov-kwt-csb"),
    ("https://www.lsb.gov.la/", "LAO", "gov-lao-lsb"),
    ("http://www.cas.gov.lb/", "LBN", "gov-lbn-cas"),
    ("http://www.interior.gov.lb/", "LBN", "gov-lbn-interior"),
    ("http://www.statistics.gov.lk/", "LKA", "gov-lka-dcs"),
    ("https://www.mma.gov.mv/", "MDV", "gov-mdv-mma"),
    ("https://www.csostat.gov.mm/", "MMR", "gov-mmr-cso"),
    ("https://www.dosm.gov.my/portal-main/release-content", "MYS", "gov-mys-dosm"),
    ("https://www.kln.gov.my/web/guest/home", "MYS", "gov-mys-kln"),
    ("https://mofa.gov.np/", "NPL", "gov-npl-mofa"),
    ("https://fm.gov.om/", "OMN", "gov-omn-fm"),
    ("https://www.pbs.gov.pk/content/population-census", "PAK", "gov-pak-pbs"),
    ("https://www.interior.gov.pk/", "PAK", "gov-pak-interior"),
    ("https://psa.gov.ph/statistics/census", "PHL", "gov-phl-psa"),
    ("https://www.doj.gov.ph/", "PHL", "gov-phl-doj"),
    ("http://www.mfa.gov.kp/", "PRK", "gov-prk-mfa"),
    ("https://www.pcbs.gov.ps/default.aspx", "PSE", "gov-pse-pcbs"),
    ("https://www.psa.gov.qa/en/", "QAT", "gov-qat-psa"),
    ("https://portal.moi.gov.qa/wps/portal/MOIInternet", "QAT", "gov-qat-moi"),
    ("https://www.stats.gov.sa/en/", "SAU", "gov-sau-gastat"),
    ("https://www.singstat.gov.sg/find-data", "SGP", "gov-sgp-singstat"),
    ("https://www.minlaw.gov.sg/", "SGP", "gov-sgp-minlaw"),
    ("http://www.nso.go.th/", "THA", "gov-tha-nso"),
    ("https://www.royalthaipolice.go.th/", "THA", "gov-tha-police"),
    ("https://mnec.gov.tl/", "TLS", "gov-tls-mnec"),
    ("https://www.mfa.gov.tm/", "TKM", "gov-tkm-mfa"),
    ("https://www.gso.gov.vn/en/", "VNM", "gov-vnm-gso"),
    ("http://yemenparliament.gov.ye/", "YEM", "gov-yem-parliament"),
    # round 3: hosts outside the convention
    ("https://global.jaxa.jp/press/2024/", "JPN", "gov-jpn-jaxa"),
    ("https://egov.kz/cms/en/information/help/chasto-zadavaemye-voprosy", "KAZ", "gov-kaz-egov"),
    ("http://www.stat.kg/en/news/", "KGZ", "gov-kgz-stat"),
    ("http://www.minjust.uz/en/about/history/", "UZB", "gov-uzb-minjust"),
    ("https://old.adliya.uz/en/about/pravovie_osnovi/", "UZB", "gov-uzb-minjust"),
    ("https://legalinfo.mn/en/edtl/15585", "MNG", "gov-mng-legalinfo"),
    ("https://www.rrk.ir/laws/?CatCode=27", "IRN", "gov-irn-rrk"),
    ("http://www.kna.kw/clt/erun.asp?id=1979", "KWT", "gov-kwt-kna"),
    ("https://www.shura.om/About-Us/Work-History", "OMN", "gov-omn-shura"),
    # round 3: ministries and agencies of Japan, China and Korea (the body, not just the convention)
    ("https://www.meti.go.jp/english/", "JPN", "gov-jpn-meti"),
    ("https://www.mhlw.go.jp/stf/houdou/", "JPN", "gov-jpn-mhlw"),
    ("https://www.moj.go.jp/isa/index.html", "JPN", "gov-jpn-isa"),
    ("https://www.moj.go.jp/MINJI/", "JPN", "gov-jpn-moj"),
    ("https://www.mod.go.jp/atla/", "JPN", "gov-jpn-atla"),
    ("https://www.mod.go.jp/en/", "JPN", "gov-jpn-mod"),
    ("https://www.mlit.go.jp/kankocho/index.html", "JPN", "gov-jpn-kankocho"),
    ("https://www.kaiho.mlit.go.jp/", "JPN", "gov-jpn-jcg"),
    ("https://www.npa.go.jp/", "JPN", "gov-jpn-npa"),
    ("https://www.jetro.go.jp/world/", "JPN", "gov-jpn-jetro"),
    ("https://www.ide.go.jp/English/", "JPN", "gov-jpn-ide"),
    ("https://www.ndl.go.jp/", "JPN", "gov-jpn-ndl"),
    ("https://www.ndrc.gov.cn/xxgk/", "CHN", "gov-chn-ndrc"),
    ("http://www.mofcom.gov.cn/article/", "CHN", "gov-chn-mofcom"),
    ("https://flk.npc.gov.cn/", "CHN", "gov-chn-flk"),
    ("http://www.npc.gov.cn/npc/", "CHN", "gov-chn-npc"),
    ("http://www.customs.gov.cn/customs/302249/", "CHN", "gov-chn-customs"),
    ("http://www.gwytb.gov.cn/", "CHN", "gov-chn-gwytb"),
    ("https://www.mnd.go.kr/", "KOR", "gov-kor-mnd"),
    ("https://www.moj.go.kr/moj/221/subview.do", "KOR", "gov-kor-moj"),
    ("https://www.mois.go.kr/", "KOR", "gov-kor-mois"),
]


def test_url_is_the_body(classify):
    wrong = []
    for url, owner, publisher_id in URLS:  # one test for the table: a miss lists every row wrong
        result = classify(url)
        got = (result.category, result.owner, result.publisher.id if result.publisher else None)
        if got != ("government", owner, publisher_id):
            wrong.append((url, got))
    assert wrong == []


def test_url_facts_cover_30_states():
    assert len({owner for _, owner, _ in URLS}) >= 30


NAMES = [
    ("Central Bank of the UAE", "ARE"),
    ("Council of Representatives (Bahrain)", "BHR"),
    ("Shura Council (Bahrain)", "BHR"),
    ("Bangladesh Bureau of Statistics", "BGD"),
    ("Bangladesh Bank", "BGD"),
    ("Jatiya Sangsad", "BGD"),
    ("Royal Monetary Authority of Bhutan", "BTN"),
    ("National Bureau of Statistics of China", "CHN"),
    ("国家统计局", "CHN"),
    ("People's Bank of China", "CHN"),
    ("Statistics Indonesia", "IDN"),
    ("Badan Pusat Statistik", "IDN"),
    ("Bank Indonesia", "IDN"),
    ("Reserve Bank of India", "IND"),
    ("Ministry of Statistics and Programme Implementation", "IND"),
    ("Election Commission of India", "IND"),
    ("Statistical Centre of Iran", "IRN"),
    ("مرکز آمار ایران", "IRN"),
    ("Central Bank of the Islamic Republic of Iran", "IRN"),
    ("Bank Markazi", "IRN"),
    ("Central Bank of Iraq", "IRQ"),
    ("Council of Representatives of Iraq", "IRQ"),
    ("Israel Central Bureau of Statistics", "ISR"),
    ("Bank of Israel", "ISR"),
    ("Bank of Japan", "JPN"),
    ("日本銀行", "JPN"),
    ("Statistics Bureau of Japan", "JPN"),
    ("House of Councillors of Japan", "JPN"),
    ("House of Representatives (Jordan)", "JOR"),
    ("Department of Statistics (Jordan)", "JOR"),
    ("Parliament of the Republic of Kazakhstan", "KAZ"),
    ("National Bank of the Kyrgyz Republic", "KGZ"),
    ("National Institute of Statistics of Cambodia", "KHM"),
    ("Statistics Korea", "KOR"),
    ("KOSTAT", "KOR"),
    ("Bank of Korea", "KOR"),
    ("한국은행", "KOR"),
    ("Central Statistical Bureau (Kuwait)", "KWT"),
    ("Lao Statistics Bureau", "LAO"),
    ("Central Administration of Statistics (Lebanon)", "LBN"),
    ("Sri Lanka Police", "LKA"),
    ("Central Bank of Sri Lanka", "LKA"),
    ("Maldives Monetary Authority", "MDV"),
    ("People's Majlis", "MDV"),
    ("Pyithu Hluttaw", "MMR"),
    ("Central Bank of Myanmar", "MMR"),
    ("Bank of Mongolia", "MNG"),
    ("Mongolbank", "MNG"),
    ("State Great Khural", "MNG"),
    ("Department of Statistics Malaysia", "MYS"),
    ("Bank Negara Malaysia", "MYS"),
    ("Nepal Rastra Bank", "NPL"),
    ("State Bank of Pakistan", "PAK"),
    ("Pakistan Bureau of Statistics", "PAK"),
    ("Philippine Statistics Authority", "PHL"),
    ("Bangko Sentral ng Pilipinas", "PHL"),
    ("Palestinian Central Bureau of Statistics", "PSE"),
    ("Palestine Monetary Authority", "PSE"),
    ("Qatar Central Bank", "QAT"),
    ("General Authority for Statistics (Saudi Arabia)", "SAU"),
    ("Saudi Central Bank", "SAU"),
    ("Monetary Authority of Singapore", "SGP"),
    ("Department of Statistics Singapore", "SGP"),
    ("Bank of Thailand", "THA"),
    ("ธนาคารแห่งประเทศไทย", "THA"),
    ("Royal Thai Police", "THA"),
    ("National Bank of Tajikistan", "TJK"),
    ("Banco Central de Timor-Leste", "TLS"),
    ("Central Bank of the Republic of Uzbekistan", "UZB"),
    ("State Bank of Vietnam", "VNM"),
    ("General Statistics Office of Viet Nam", "VNM"),
    ("Tổng cục Thống kê", "VNM"),
    ("Central Statistical Organization (Yemen)", "YEM"),
    # round 3: Japanese, Chinese and Korean names; other additions
    ("経済産業省", "JPN"),
    ("外務省", "JPN"),
    ("防衛省", "JPN"),
    ("内閣府", "JPN"),
    ("内閣官房", "JPN"),
    ("警察庁", "JPN"),
    ("出入国在留管理庁", "JPN"),
    ("日本貿易振興機構", "JPN"),
    ("ジェトロ", "JPN"),
    ("JETRO", "JPN"),
    ("アジア経済研究所", "JPN"),
    ("IDE-JETRO", "JPN"),
    ("JAXA", "JPN"),
    ("宇宙航空研究開発機構", "JPN"),
    ("科学技術振興機構", "JPN"),
    ("JAMSTEC", "JPN"),
    ("海洋研究開発機構", "JPN"),
    ("国立国会図書館", "JPN"),
    ("National Diet Library", "JPN"),
    ("Japan Meteorological Agency", "JPN"),
    ("國家統計局", "CHN"),
    ("中华人民共和国外交部", "CHN"),
    ("中国外交部", "CHN"),
    ("国家发展和改革委员会", "CHN"),
    ("海关总署", "CHN"),
    ("商务部", "CHN"),
    ("MOFCOM", "CHN"),
    ("国务院新闻办公室", "CHN"),
    ("国台办", "CHN"),
    ("National Health Commission of the People's Republic of China", "CHN"),
    ("국방부", "KOR"),
    ("법무부", "KOR"),
    ("행정안전부", "KOR"),
    ("기획재정부", "KOR"),
    ("National Statistical Committee of the Kyrgyz Republic", "KGZ"),
    ("Ministry of Justice of the Republic of Uzbekistan", "UZB"),
    ("National Assembly of Kuwait", "KWT"),
    ("مجلس الأمة الكويتي", "KWT"),
    ("Majlis A'Shura of Oman", "OMN"),
    ("Official Gazette of the Islamic Republic of Iran", "IRN"),
]


def test_name_is_the_body(checker):
    wrong = []
    for name, owner in NAMES:
        classification = checker.check(name).classification
        if (classification.category, classification.owner) != ("government", owner):
            wrong.append((name, classification.category, classification.owner))
    assert wrong == []


def test_name_facts_cover_30_states():
    assert len({owner for _, owner in NAMES}) >= 30


def test_every_entry_is_a_government_body_with_a_basis(asia):
    assert asia, "gov_national_asia.yaml is not loaded"
    for p in asia:
        assert p.category == "government", p.id
        assert p.owner and p.id.startswith(f"gov-{p.owner.lower()}-"), p.id
        assert p.group in GROUPS, p.id
        assert p.basis and "\n" not in p.basis.strip(), p.id


def test_every_name_finds_its_own_entry(rules, asia):
    """No name of this file is shared with a publisher of another owner or category."""
    for p in asia:
        found = rules.index.by_name(p.name)
        assert found is not None and found.id == p.id, p.name


def test_every_domain_finds_its_own_entry(rules, asia):
    for p in asia:
        for domain in p.domains:
            host, slash, path = domain.partition("/")
            found = rules.index.by_host(host, slash + path)
            assert found is not None and found[0].id == p.id, domain


def test_minimums(asia):
    per_state = Counter(p.owner for p in asia)
    groups = Counter(p.group for p in asia)
    assert len(asia) >= 280
    assert len(per_state) >= 40
    assert sum(1 for n in per_state.values() if n >= 5) >= 22
    assert per_state["JPN"] >= 45
    assert per_state["CHN"] >= 35
    assert per_state["KOR"] >= 12
    assert groups["statistics"] >= 30
    assert groups["central-banks"] >= 25
    assert groups["parliaments"] >= 30
    assert groups["ministries"] >= 120
    assert groups["agencies"] >= 5


LOOKALIKE_BASES = [
    "centralbank.ae", "nuwab.bh", "shura.bh", "bb.org.bd", "rma.org.bt", "rbi.org.in", "amar.org.ir",
    "cbi.ir", "police.ir", "cbi.iq", "boi.org.il", "boj.or.jp", "representatives.jo", "nbkr.kg",
    "bok.or.kr", "police.lk", "1212.mn", "mongolbank.mn", "nrb.org.np", "sbp.org.pk", "pma.ps",
    "cbssyr.sy", "bot.or.th", "nbt.tj", "bancocentral.tl", "presidenciarepublica.tl", "cbu.uz",
    "lex.uz", "senat.uz",
    "jaxa.jp", "egov.kz", "stat.kg", "minjust.uz", "adliya.uz", "legalinfo.mn", "rrk.ir", "kna.kw", "shura.om",
]


@pytest.mark.parametrize("domain", LOOKALIKE_BASES)
def test_lookalikes_are_never_trusted(classify, domain):
    label = domain.split(".")[0]
    for url in (
        f"https://fake-{domain}/",
        f"https://{domain}.evil.example/",
        f"https://{label}-news.example/",
        f"https://{label}.blogspot.com/",
        f"https://not{domain}/",
    ):
        result = classify(url)
        assert result.category not in TRUSTED, url


# Bare Chinese short names that another state's body also bears (Taiwan's 外交部 and 國防部, Singapore's
# 外交部 and 国防部 in Chinese) must not name the PRC body; the full "中华人民共和国..." form does.
@pytest.mark.parametrize("name", ["外交部", "国防部", "教育部", "财政部", "司法部"])
def test_shared_chinese_short_names_are_not_prc_aliases(rules, asia, name):
    from evidence_check.names import fold
    mine = {fold(a) for p in asia if p.owner == "CHN" for a in (p.name, *p.aliases)}
    assert fold(name) not in mine, name


def test_japanese_subagency_paths_stay_under_their_ministry(classify):
    # a path prefix names the sub-agency only on its own path segment
    result = classify("https://www.moj.go.jp/isakaya/")
    assert result.publisher is not None and result.publisher.id == "gov-jpn-moj"
    result = classify("https://www.mlit.go.jp/kankochosha/")
    assert result.publisher is not None and result.publisher.id == "gov-jpn-mlit"
