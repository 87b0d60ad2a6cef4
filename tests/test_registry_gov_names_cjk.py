"""Government bodies of China, Taiwan, Japan and South Korea by their names in Chinese (both
scripts), Japanese and Korean (rules/registry/gov_names_cjk.yaml). Each name gives the right class and
owner; names another state's body bears, and everyday sector words, stay as they were; lookalike hosts
of the two new domains gain nothing."""

import pytest
import yaml
from pathlib import Path


FILE = Path(__file__).resolve().parent.parent / "rules" / "registry" / "gov_names_cjk.yaml"


@pytest.fixture(scope="module")
def check(checker):
    return lambda text: checker.check(text).classification


@pytest.mark.parametrize("name, owner", [
    # China: State Council bodies, regulators, national administrations (simplified and traditional)
    ("国务院办公厅", "CHN"),
    ("中华人民共和国国务院", "CHN"),
    ("中国政府网", "CHN"),
    ("国家金融监督管理总局", "CHN"),
    ("银保监会", "CHN"),
    ("中国证券监督管理委员会", "CHN"),
    ("中国证监会", "CHN"),
    ("国家药品监督管理局", "CHN"),
    ("国家体育总局", "CHN"),
    ("國家體育總局", "CHN"),
    ("国家医疗保障局", "CHN"),
    ("广电总局", "CHN"),
    ("国家林业和草原局", "CHN"),
    ("国家海洋局", "CHN"),
    ("中国民航局", "CHN"),
    ("国侨办", "CHN"),
    ("国家数据局", "CHN"),
    ("国家疾病预防控制局", "CHN"),
    ("全国人大常委会", "CHN"),
    ("国家监察委员会", "CHN"),
    ("香港中联办", "CHN"),
    # China: province-level governments, Hong Kong and Macao
    ("北京市人民政府", "CHN"),
    ("广东省人民政府", "CHN"),
    ("广东省政府", "CHN"),
    ("内蒙古自治区人民政府", "CHN"),   # was read as Mongolia's before this file
    ("新疆维吾尔自治区人民政府", "CHN"),
    ("新疆生产建设兵团", "CHN"),
    ("香港特別行政區政府", "CHN"),
    ("澳門特別行政區政府", "CHN"),
    # Taiwan
    ("總統府", "TWN"),
    ("監察院", "TWN"),
    ("考試院", "TWN"),
    ("中華民國外交部", "TWN"),
    ("衛生福利部", "TWN"),
    ("國家發展委員會", "TWN"),
    ("國發會", "TWN"),
    ("陸委會", "TWN"),
    ("金管會", "TWN"),
    ("主計總處", "TWN"),
    ("中央選舉委員會", "TWN"),
    ("中華民國中央銀行", "TWN"),
    ("臺北市政府", "TWN"),
    ("台北市政府", "TWN"),
    ("高雄市政府", "TWN"),
    ("金門縣政府", "TWN"),
    # Japan
    ("カジノ管理委員会", "JPN"),
    ("中央労働委員会", "JPN"),
    ("運輸安全委員会", "JPN"),
    ("公安審査委員会", "JPN"),
    # South Korea
    ("교육부", "KOR"),
    ("과학기술정보통신부", "KOR"),
    ("고용노동부", "KOR"),
    ("국토교통부", "KOR"),
    ("해양수산부", "KOR"),
    ("중소벤처기업부", "KOR"),
    ("통일부", "KOR"),
    # names other files already give (kept so a change elsewhere is seen)
    ("外務省", "JPN"),
    ("기획재정부", "KOR"),
    ("国家统计局", "CHN"),
    ("行政院", "TWN"),
])
def test_names_give_the_owning_government(check, name, owner):
    c = check(name)
    assert (c.category, c.owner) == ("government", owner), (name, c.category, c.owner)


@pytest.mark.parametrize("name", [
    "国务院",      # also the US State Department in Chinese texts
    "外交部",      # China's and Taiwan's
    "國防部",
    "財政部",
    "中央銀行",    # many states' central banks
    "證監會",      # Hong Kong's SFC too
    "環境保護署",  # Hong Kong's EPD too
])
def test_shared_names_stay_without_owner(check, name):
    c = check(name)
    assert c.owner is None, (name, c.category, c.owner)
    assert c.category in ("government", "unlisted"), (name, c.category)


@pytest.mark.parametrize("line", [
    "김철수 (2020). 교육부문 예산 분석. 한국교육개발원.",          # 교육부문: the education sector
    "이영희 (2019). 해양수산부문 기후변화 대응 연구. 한국해양수산개발원.",
    "張三 (2021). 臺灣總統府與立法院的互動. 政治科學論叢.",
])
def test_sector_words_and_titles_gain_no_owner_from_this_file(check, line):
    c = check(line)
    assert c.publisher is None or not c.publisher.id.startswith(("gov-kor-cjk-", "gov-twn-cjk-")), (
        line, c.publisher.id)


@pytest.mark.parametrize("line, owner", [
    ("교육부 (2023). 2023 교육기본통계. 세종: 교육부.", "KOR"),
    ("中国证监会 (2021). 关于加强上市公司监管的意见.", "CHN"),
    ("國發會 (2020). 中華民國人口推估（2020至2070年）.", "TWN"),
    ("カジノ管理委員会 (2022). 年次報告.", "JPN"),
])
def test_bibliography_lines(check, line, owner):
    c = check(line)
    assert (c.category, c.owner) == ("government", owner), (line, c.category, c.owner)


@pytest.mark.parametrize("url, owner", [
    ("https://www.gov.taipei/News.aspx?n=1", "TWN"),
    ("https://www.gov.mo/zh-hant/", "CHN"),
    ("https://www.forestry.gov.cn/", "CHN"),
    ("https://www.mac.gov.tw/", "TWN"),
])
def test_domains_give_the_owning_government(classify, url, owner):
    c = classify(url)
    assert (c.category, c.owner) == ("government", owner), (url, c.category, c.owner)


@pytest.mark.parametrize("url", [
    "https://notgov.taipei.example.com/",
    "https://gov.taipei.evil.example/",
    "https://gov.mo.example.org/",
    "https://fakegov.mo/",
])
def test_lookalikes_gain_nothing(classify, url):
    c = classify(url)
    assert c.category != "government", (url, c.category, c.owner)


def test_minimum_counts():
    data = yaml.safe_load(FILE.read_text(encoding="utf-8"))
    pubs = data["publishers"]
    names = sum(1 + len(p.get("aliases") or []) for p in pubs)
    assert len(pubs) >= 140
    assert names >= 250
    assert {p["owner"] for p in pubs} == {"CHN", "TWN", "JPN", "KOR"}
    assert all(p["category"] == "government" for p in pubs)
    assert all(p["id"].startswith("gov-") and "-cjk-" in p["id"] for p in pubs)
    assert all(p.get("domains") in (None, [], ["gov.mo"], ["gov.taipei"]) for p in pubs)
