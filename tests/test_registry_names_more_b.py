"""rules/registry/names_more_b.yaml: further names of listed publishers, round b (name-only entries).

Press and state media in Japanese, Chinese, Korean, Russian, Arabic and Persian; foreign
governments' best-known bodies in those scripts and G20+ statistics offices, foreign and defence
ministries and central banks in their own languages; UN-system institutes, treaty bodies and
special procedures. Each name must give the class and owner of the publisher it names; generic
names stay without owner; no entry brings a domain or makes a lookalike host trusted.
"""

import pytest
import yaml

from conftest import ROOT

FILE = ROOT / "rules" / "registry" / "names_more_b.yaml"


@pytest.fixture(scope="module")
def entries():
    return yaml.safe_load(FILE.read_text(encoding="utf-8"))["publishers"]


# name as a citation writes it -> (category, owner, target id)
ADDED = [
    # press (rejected, no owner) and state-funded outlets below the threshold (rejected, owner kept)
    ("英国放送協会", "rejected", "GBR", "sm-gbr-bbc"),
    ("英国广播公司", "rejected", "GBR", "sm-gbr-bbc"),
    ("BBCニュース", "rejected", "GBR", "sm-gbr-bbc"),
    ("Би-би-си", "rejected", "GBR", "sm-gbr-bbc"),
    ("ハアレツ", "rejected", None, "press-haaretz"),
    ("هآرتس", "rejected", None, "press-haaretz"),
    ("ハンギョレ", "rejected", None, "press-hankyoreh"),
    ("ニューズウィーク", "rejected", None, "press-newsweek"),
    ("华盛顿邮报", "rejected", None, "press-washington-post"),
    ("워싱턴포스트", "rejected", None, "press-washington-post"),
    ("卫报", "rejected", None, "press-guardian"),
    ("Нью-Йорк таймс", "rejected", None, "press-nytimes"),
    ("نيويورك تايمز", "rejected", None, "press-nytimes"),
    ("فرانس برس", "rejected", None, "press-afp"),
    ("Ассошиэйтед Пресс", "rejected", None, "press-ap"),
    ("シュピーゲル", "rejected", None, "press-spiegel"),
    ("经济学人", "rejected", None, "press-economist"),
    ("아사히신문", "rejected", None, "press-asahi"),
    ("교도통신", "rejected", None, "press-kyodo"),
    ("エルサレム・ポスト", "rejected", None, "press-jpost"),
    ("イェディオト・アハロノト", "rejected", None, "press-ynet"),
    ("德国之声", "rejected", "DEU", "sm-deu-dw"),
    ("Немецкая волна", "rejected", "DEU", "sm-deu-dw"),
    ("ボイス・オブ・アメリカ", "rejected", "USA", "sm-usa-voice-of-america"),
    ("自由亚洲电台", "rejected", "USA", "sm-usa-radio-free-asia"),
    ("Радио Свобода", "rejected", "USA", "sm-usa-radio-free-europe-radio-liberty"),
    ("韩联社", "rejected", "KOR", "sm-kor-yonhap-news-agency"),
    ("한국방송공사", "rejected", "KOR", "sm-kor-kbs"),
    # state media (SC/CaPu)
    ("ロシア新聞", "state_media", "RUS", "sm-rus-rossiyskaya-gazeta"),
    ("ロシア・トゥデイ", "state_media", "RUS", "sm-rus-rt-international"),
    ("今日俄罗斯", "state_media", "RUS", "sm-rus-rt-international"),
    ("俄新社", "state_media", "RUS", "sm-rus-ria-novosti"),
    ("ЦТАК", "state_media", "PRK", "sm-prk-kcna"),
    ("半岛电视台", "state_media", "QAT", "sm-qat-al-jazeera"),
    ("アル・アラビーヤ", "state_media", "SAU", "sm-sau-al-arabiya"),
    ("イラン国営通信", "state_media", "IRN", "sm-irn-irna"),
    ("シリア国営通信", "state_media", "SYR", "sm-syr-sana"),
    ("アナドル通信", "state_media", "TUR", "sm-tur-anadolu"),
    ("中国中央テレビ", "state_media", "CHN", "sm-chn-china-central-television-cctv"),
    ("شينخوا", "state_media", "CHN", "sm-chn-xinhua"),
    ("ストレーツ・タイムズ", "state_media", "SGP", "sm-sgp-the-straits-times"),
    ("ベトナム通信社", "state_media", "VNM", "sm-vnm-vna"),
    ("アラブ首長国連邦国営通信", "state_media", "ARE", "sm-are-wam"),
    ("Agence Tunis Afrique Presse", "state_media", "TUN", "sm-tun-tap"),
    # governments
    ("米国務省", "government", "USA", "gov-usa"),
    ("미국 국무부", "government", "USA", "gov-usa"),
    ("Госдеп США", "government", "USA", "gov-usa"),
    ("ペンタゴン", "government", "USA", "usfed-dod"),
    ("国防総省", "government", "USA", "usfed-dod"),
    ("五角大楼", "government", "USA", "usfed-dod"),
    ("미국 국방부", "government", "USA", "usfed-dod"),
    ("البنتاغون", "government", "USA", "usfed-dod"),
    ("米議会図書館", "government", "USA", "gov-usa-library-of-congress"),
    ("美联储", "government", "USA", "gov-usa-frb"),
    ("クレムリン", "government", "RUS", "gov-rus"),
    ("Кремль", "government", "RUS", "gov-rus"),
    ("МИД России", "government", "RUS", "gov-rus"),
    ("러시아 국방부", "government", "RUS", "gov-rus"),
    ("ドイツ連邦議会", "government", "DEU", "gov-deu-bundestag"),
    ("Bundesministerium der Verteidigung", "government", "DEU", "gov-deu"),
    ("英外務省", "government", "GBR", "gov-gbr-fcdo"),
    ("英国首相官邸", "government", "GBR", "gov-gbr"),
    ("イングランド銀行", "government", "GBR", "gov-gbr-central-bank"),
    ("エリゼ宮", "government", "FRA", "gov-fra"),
    ("Ministère des Armées", "government", "FRA", "gov-fra"),
    ("中國人民銀行", "government", "CHN", "gov-chn-pbc"),
    ("중국 국방부", "government", "CHN", "gov-chn-mod"),
    ("日銀", "government", "JPN", "gov-jpn-boj"),
    ("국가데이터처", "government", "KOR", "gov-kor-kostat"),
    ("Millî Savunma Bakanlığı", "government", "TUR", "gov-tur"),
    ("Ministero della Difesa", "government", "ITA", "gov-ita"),
    ("Kementerian Pertahanan Republik Indonesia", "government", "IDN", "gov-idn"),
    ("مؤسسة النقد العربي السعودي", "government", "SAU", "gov-sau-sama"),
    ("Міністерство оборони України", "government", "UKR", "gov-ukr"),
    ("イスラエル国防軍", "government", "ISR", "gov-isr"),
    ("بانک مرکزی ایران", "government", "IRN", "gov-irn-cbi"),
    # UN system
    ("IIEP", "un", None, "un-unesco"),
    ("International Bureau of Education", "un", None, "un-unesco"),
    ("IESALC", "un", None, "un-unesco"),
    ("UNEVOC", "un", None, "un-unesco"),
    ("International Institute for Labour Studies", "un", None, "un-ilo"),
    ("HDRO", "un", None, "un-undp"),
    ("Global Health Observatory", "un", None, "un-who"),
    ("Committee on Enforced Disappearances", "un", None, "un-treaty-bodies"),
    ("CRPD", "un", None, "un-treaty-bodies"),
    ("Special Rapporteur on the right to food", "un", None, "un-ohchr"),
    ("Working Group on Enforced or Involuntary Disappearances", "un", None, "un-ohchr"),
    ("Commission of Inquiry on the Occupied Palestinian Territory", "un", None, "un-ohchr"),
    ("IIIM", "un", None, "un"),
    ("UNTMIS", "un", None, "un-peace-operations"),
]


@pytest.mark.parametrize("name, category, owner, target", ADDED)
def test_added_name_gets_its_publishers_class(classify, name, category, owner, target):
    got = classify(name)
    assert (got.category, got.owner) == (category, owner), name
    assert got.publisher is not None and got.publisher.id.startswith(f"name-{target}-b"), name


# Generic names, and names left out on purpose: never given an owner or a trusted class by this file.
GENERIC = ["Ministry of Health", "統計局", "外交部", "国防部", "외교부 장관", "Ministry of Defence", "UIL", "CAT",
           "CRC", "IBE", "BPS", "Спутник", "スプートニク", "労働新聞", "世界报", "文化放送", "Белый дом", "Известия"]


@pytest.mark.parametrize("name", GENERIC)
def test_generic_names_not_claimed_here(rules, name):
    publisher = rules.index.by_name(name)
    assert publisher is None or "names_more_b.yaml" not in publisher.origin, name


@pytest.mark.parametrize("name", ["Ministry of Health", "統計局", "Ministry of Defence", "Department of Defence"])
def test_generic_ministry_names_have_no_owner(classify, name):
    assert classify(name).owner is None, name


def test_counts_and_shape(entries):
    assert len(entries) >= 200
    assert sum(1 + len(e.get("aliases") or ()) for e in entries) >= 750
    for entry in entries:
        assert entry["id"].startswith("name-") and "-b" in entry["id"], entry["id"]
        assert entry["domains"] == [], entry["id"]
        assert entry["basis"].startswith("Another name of "), entry["id"]


def test_same_class_and_owner_as_the_target(rules, entries):
    for entry in entries:
        target_id = entry["basis"].split()[3]
        target = rules.index.publishers[rules.index.by_id[target_id]]
        mine = rules.index.publishers[rules.index.by_id[entry["id"]]]
        assert (mine.category, mine.owner) == (target.category, target.owner), entry["id"]
        assert entry["id"].startswith(f"name-{target_id}-b"), entry["id"]


def test_every_name_is_indexed_to_this_file(rules, entries):
    for entry in entries:
        for name in [entry["name"], *(entry.get("aliases") or ())]:
            found = rules.index.by_name(name)
            assert found is not None and found.id == entry["id"], name


@pytest.mark.parametrize("url", [
    "https://pentagon.example/", "https://kremlin.evil.example/", "https://fake-iiep.org/",
    "https://iiep.unesco.org.evil.example/", "https://hankyoreh.blogspot.com/", "https://iiep.wordpress.com/",
])
def test_lookalikes_never_trusted(classify, url):
    got = classify(url)
    assert got.category not in ("un", "government", "reuters", "state_media", "ngo"), url
