"""Names in Japanese, Chinese and Korean script that citations use for major press
publishers in press.yaml: each finds its own publisher and is rejected.

Names left out on purpose are checked too: a bare name shared with another body must
not point to the Western paper (金融时报 is also the PBoC's Financial News; エコノミスト is a
common word and the title of Mainichi's weekly)."""

import pytest

NAMES = [
    ("朝日新聞", "press-asahi"),
    ("読売新聞", "press-yomiuri"),
    ("讀賣新聞", "press-yomiuri"),
    ("ニューヨーク・タイムズ", "press-nytimes"),
    ("纽约时报", "press-nytimes"),
    ("紐約時報", "press-nytimes"),
    ("뉴욕타임스", "press-nytimes"),
    ("뉴욕 타임스", "press-nytimes"),
    ("ウォール・ストリート・ジャーナル", "press-wsj"),
    ("华尔街日报", "press-wsj"),
    ("월스트리트저널", "press-wsj"),
    ("월스트리트 저널", "press-wsj"),
    ("フィナンシャル・タイムズ", "press-ft"),
    ("英国金融时报", "press-ft"),
    ("英國金融時報", "press-ft"),
    ("AP通信", "press-ap"),
    ("美联社", "press-ap"),
    ("美聯社", "press-ap"),
    ("フランス通信社", "press-afp"),
    ("AFP通信", "press-afp"),
    ("法新社", "press-afp"),
    ("ワシントン・ポスト", "press-washington-post"),
    ("ガーディアン", "press-guardian"),
    ("ガーディアン紙", "press-guardian"),
    ("英エコノミスト誌", "press-economist"),
    ("英国エコノミスト誌", "press-economist"),
    ("彭博社", "press-bloomberg"),
    ("南華早報", "press-scmp"),
    ("ジャパンタイムズ", "press-japan-times"),
]


@pytest.mark.parametrize("name, publisher", NAMES)
def test_name_finds_publisher(rules, name, publisher):
    found = rules.index.by_name(name)
    assert found is not None, name
    assert found.id == publisher
    assert found.category == "rejected"


@pytest.mark.parametrize("name, publisher", NAMES)
def test_name_is_rejected_when_checked(classify, name, publisher):
    result = classify(name)
    assert result.category == "rejected", (name, result.category)


@pytest.mark.parametrize("name", ["金融时报", "金融時報", "エコノミスト"])
def test_ambiguous_names_not_given_to_western_paper(rules, name):
    found = rules.index.by_name(name)
    assert found is None or found.id not in {"press-ft", "press-economist"}


def test_bloomberg_katakana_stays_with_japanese_site(rules):
    # ブルームバーグ was already borne by press-bloomberg-japan; still rejected press.
    found = rules.index.by_name("ブルームバーグ")
    assert found is not None and found.category == "rejected"
