"""rules/registry/names_more.yaml: further names of listed publishers (name-only entries).

Each added name must give the class and owner of the publisher it names; names left out on
purpose (borne by publishers of other classes, or common words) must stay unowned; no entry
may bring a domain, and none may make a lookalike host trusted.
"""


import pytest
import yaml

from conftest import ROOT

FILE = ROOT / "rules" / "registry" / "names_more.yaml"


@pytest.fixture(scope="module")
def entries():
    return yaml.safe_load(FILE.read_text(encoding="utf-8"))["publishers"]


# name as a citation writes it -> (category, owner)
ADDED = [
    # UN system
    ("OACNUDH", "un", None),
    ("UNHCHR", "un", None),
    ("High Commissioner for Human Rights", "un", None),
    ("Independent International Commission of Inquiry on the Syrian Arab Republic", "un", None),
    ("Office of the Special Envoy for Syria", "un", None),
    ("Committee on the Elimination of Discrimination against Women", "un", None),
    ("CEDAW", "un", None),
    ("CESCR", "un", None),
    ("UNCTADstat", "un", None),
    ("SDG Knowledge Platform", "un", None),
    ("UNPFII", "un", None),
    ("Displacement Tracking Matrix", "un", None),
    ("Migration Data Portal", "un", None),
    ("Meetings Coverage and Press Releases", "un", None),
    ("UN Relief and Works Agency for Palestine Refugees", "un", None),
    ("International Telecommunications Union", "un", None),
    ("World Health Assembly", "un", None),
    ("International Labour Conference", "un", None),
    ("CCPCJ", "un", None),
    ("1267 Committee", "un", None),
    ("UNITAMS", "un", None),
    ("Central Emergency Response Fund", "un", None),
    ("HLPF", "un", None),
    ("Ozone Secretariat", "un", None),
    ("Working Group on Arbitrary Detention", "un", None),
    # Reuters
    ("Reuters Breakingviews", "reuters", None),
    ("Breakingviews", "reuters", None),
    ("Reuters Staff", "reuters", None),
    # state media, SC/CaPu
    ("Agencia Xinhua", "state_media", "CHN"),
    ("Agencia de Noticias Xinhua", "state_media", "CHN"),
    ("光明日报", "state_media", "CHN"),
    ("中国新闻社", "state_media", "CHN"),
    ("参考消息", "state_media", "CHN"),
    ("TASS News Agency", "state_media", "RUS"),
    ("Первый канал", "state_media", "RUS"),
    ("Sputnik Brasil", "state_media", "RUS"),
    ("روسيا اليوم", "state_media", "RUS"),
    ("Tasnim", "state_media", "IRN"),
    ("خبرگزاری فارس", "state_media", "IRN"),
    ("صدا و سیما", "state_media", "IRN"),
    ("پرس تی وی", "state_media", "IRN"),
    ("وكالة الأنباء السورية", "state_media", "SYR"),
    ("وكالة الأنباء القطرية", "state_media", "QAT"),
    ("الجزيرة نت", "state_media", "QAT"),
    ("العربية نت", "state_media", "SAU"),
    ("Turkish Radio and Television Corporation", "state_media", "TUR"),
    ("Maghreb Arabe Presse", "state_media", "MAR"),
    ("Straits Times", "state_media", "SGP"),
    ("The Herald (Zimbabwe)", "state_media", "ZWE"),
    ("DD News", "state_media", "IND"),
    ("Belarusian Telegraph Agency", "state_media", "BLR"),
    ("Hungarian News Agency", "state_media", "HUN"),
    ("로동신문", "state_media", "PRK"),
    ("NHKニュース", "state_media", "JPN"),
    # state-funded, below the threshold: a news outlet, owner kept
    ("VOA", "rejected", "USA"),
    ("RFE/RL", "rejected", "USA"),
    ("Radio Free Europe", "rejected", "USA"),
    ("CBC News", "rejected", "CAN"),
    ("ABC (Australia)", "rejected", "AUS"),
    ("ABC News (Australia)", "rejected", "AUS"),
    ("PBS NewsHour", "rejected", "USA"),
    ("Yonhap", "rejected", "KOR"),
    ("연합뉴스", "rejected", "KOR"),
    ("Focus Taiwan", "rejected", "TWN"),
    ("中央社", "rejected", "TWN"),
    ("Lusa", "rejected", "PRT"),
    ("ANA-MPA", "rejected", "GRC"),
    ("Agencia EFE (España)", "rejected", "ESP"),
    # press
    ("Agencia France-Presse", "rejected", None),
    ("Wall St. Journal", "rejected", None),
    ("Hindu BusinessLine", "rejected", None),
    ("Spiegel International", "rejected", None),
    ("日経", "rejected", None),
    ("南华早报", "rejected", None),
    ("IPS News", "rejected", None),
    # governments
    ("CRS Reports", "government", "USA"),
    ("OFAC", "government", "USA"),
    ("NASA", "government", "USA"),
    ("GAO", "government", "USA"),
    ("FCO", "government", "GBR"),
    ("France Diplomatie", "government", "FRA"),
    ("MEA India", "government", "IND"),
    ("Press Information Bureau", "government", "IND"),
    ("Korean Ministry of Foreign Affairs", "government", "KOR"),
    # IGOs outside the UN system and NGOs keep their class
    ("Corte Penal Internacional", "unlisted", None),
    ("Unión Europea", "unlisted", None),
    ("ECtHR", "unlisted", None),
    ("CIDH", "unlisted", None),
    ("ILGA World", "ngo", None),
]


@pytest.mark.parametrize("name, category, owner", ADDED)
def test_added_name_gets_its_publishers_class(classify, name, category, owner):
    got = classify(name)
    assert (got.category, got.owner) == (category, owner), name
    assert got.publisher is not None


# Left out on purpose: borne by publishers of several classes or owners, or a common word.
UNOWNED = ["AI", "AA", "CNA", "CBC", "PBS", "RIA", "DTM", "EIA", "MEMO", "Punch", "Tempo", "Спутник",
           "الجزيرة", "العربية", "UNCHR", "Commission on Human Rights", "IRIN"]


@pytest.mark.parametrize("name", UNOWNED)
def test_left_out_names_stay_unowned(rules, name):
    publisher = rules.index.by_name(name)
    assert publisher is None or not publisher.id.startswith("name-"), name


@pytest.mark.parametrize("name", ["Reuters Institute", "Reuters Institute for the Study of Journalism",
                                  "Thomson Reuters Foundation"])
def test_not_reuters(classify, name):
    assert classify(name).category != "reuters"


def test_name_only_entries(entries):
    assert len(entries) >= 110
    assert sum(1 + len(e.get("aliases") or ()) for e in entries) >= 240
    for entry in entries:
        assert entry["id"].startswith("name-"), entry["id"]
        assert entry["domains"] == [], entry["id"]
        assert entry["basis"].startswith("Another name of "), entry["id"]


def test_same_class_and_owner_as_the_target(rules, entries):
    for entry in entries:
        target_id = entry["basis"].split()[3]
        target = rules.index.publishers[rules.index.by_id[target_id]]
        mine = rules.index.publishers[rules.index.by_id[entry["id"]]]
        assert (mine.category, mine.owner) == (target.category, target.owner), entry["id"]


@pytest.mark.parametrize("url", [
    "https://voa.example/news", "https://rferl.evil.example/", "https://fake-voanews.com/",
    "https://voanews.com.evil.example/", "https://voa.blogspot.com/", "https://breakingviews.blogspot.com/",
    "https://oacnudh.wordpress.com/",
])
def test_lookalikes_never_trusted(classify, url):
    got = classify(url)
    assert got.category not in ("un", "government", "reuters", "state_media", "ngo"), url
