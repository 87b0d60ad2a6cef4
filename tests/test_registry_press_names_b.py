"""rules/registry/press_names_b.yaml: news outlets by the names citations give them (round b).

Abbreviations, names with their country or city, former names, sister titles and names in other
scripts, each a name-only entry that repeats the class and owner of the outlet it names; seven
outlets with no entry before get a full entry with their own host. Names left out on purpose
(everyday words, other bodies' acronyms) must not be claimed by this file."""

import pytest
import yaml

from conftest import ROOT

FILE = ROOT / "rules" / "registry" / "press_names_b.yaml"


@pytest.fixture(scope="module")
def entries():
    return yaml.safe_load(FILE.read_text(encoding="utf-8"))["publishers"]


# name as a citation writes it -> (category, owner, target id)
ADDED = [
    # press (rejected, no owner)
    ("Manchester Guardian", "rejected", None, "press-guardian"),
    ("Guardian Unlimited", "rejected", None, "press-guardian"),
    ("Guardian (London)", "rejected", None, "press-guardian"),
    ("Times of London", "rejected", None, "press-times-uk"),
    ("Файненшл Таймс", "rejected", None, "press-ft"),
    ("The Sunday Telegraph", "rejected", None, "press-telegraph"),
    ("Mail on Sunday", "rejected", None, "press-daily-mail"),
    ("世界报 (法国)", "rejected", None, "press-le-monde"),
    ("France-Presse", "rejected", None, "press-afp"),
    ("Frankfurter Allgemeine", "rejected", None, "press-faz"),
    ("Эль Паис", "rejected", None, "press-el-pais"),
    ("ABS-CBN", "rejected", None, "press-abs-cbn"),
    ("Nation Africa", "rejected", None, "press-daily-nation"),
    ("East African Standard", "rejected", None, "press-standard-ke"),
    ("The Star (Toronto)", "rejected", None, "press-toronto-star"),
    ("American Broadcasting Company", "rejected", None, "press-abc-news-us"),
    ("HuffPo", "rejected", None, "press-huffpost"),
    ("Atlantic Monthly", "rejected", None, "press-atlantic"),
    ("Kiev Post", "rejected", None, "press-kyiv-post"),
    ("路透中文网", "reuters", None, "reuters"),
    # state-funded outlets below the threshold (rejected, owner kept)
    ("澳大利亚广播公司", "rejected", "AUS", "sm-aus-abc"),
    ("ABC News (AU)", "rejected", "AUS", "sm-aus-abc"),
    ("Radio Australia", "rejected", "AUS", "sm-aus-abc"),
    ("CBC (Canada)", "rejected", "CAN", "sm-can-cbc"),
    ("Франс 24", "rejected", "FRA", "sm-fra-france24"),
    ("Би-би-си Русская служба", "rejected", "GBR", "sm-gbr-bbc"),
    # state media (SC/CaPu)
    ("Information Telegraph Agency of Russia", "state_media", "RUS", "sm-rus-tass"),
    ("Telegraph Agency of the Soviet Union", "state_media", "RUS", "sm-rus-tass"),
    ("Novosti Press Agency", "state_media", "RUS", "sm-rus-ria-novosti"),
    ("Malaysian National News Agency", "state_media", "MYS", "sm-mys-bernama"),
    ("Al-Sharq al-Awsat", "state_media", "SAU", "sm-sau-asharq-al-awsat"),
    ("Rai News 24", "state_media", "ITA", "sm-ita-rai"),
    ("Radiotelevisión Española", "state_media", "ESP", "sm-esp-rtve"),
    ("ИРНА", "state_media", "IRN", "sm-irn-irna"),
    ("Глобал Таймс", "state_media", "CHN", "sm-chn-global-times"),
    ("Diario del Pueblo", "state_media", "CHN", "sm-chn-peoples-daily-renmin-ribao"),
    ("Radio Television Hong Kong", "state_media", "CHN", "sm-chn-rthk"),
    ("New Light of Myanmar", "state_media", "MMR", "sm-mmr-the-global-new-light-of-myanmar"),
    ("Kenya Broadcasting Corporation", "state_media", "KEN", "sm-ken-kbc"),
    ("APS (Senegal)", "state_media", "SEN", "sm-sen-aps"),
    ("APS (Algeria)", "state_media", "DZA", "sm-dza-aps"),
    ("Maghreb Arab Press", "state_media", "MAR", "sm-mar-map"),
    ("CNA (Singapore)", "state_media", "SGP", "sm-sgp-channel-newsasia"),
    ("Daily Graphic (Ghana)", "state_media", "GHA", "sm-gha-graphic-online"),
]


@pytest.mark.parametrize("name, category, owner, target", ADDED)
def test_added_name_gets_its_outlets_class(classify, name, category, owner, target):
    got = classify(name)
    assert (got.category, got.owner) == (category, owner), name
    assert got.publisher is not None and got.publisher.id.startswith(f"name-{target}-pb"), name


NEW_OUTLETS = [
    ("Khaleej Times", "khaleejtimes.com", "press-names-b-khaleej-times"),
    ("The New Times (Rwanda)", "newtimes.co.rw", "press-names-b-new-times-rwanda"),
    ("Fana Broadcasting Corporate", "fanabc.com", "press-names-b-fana-broadcasting"),
    ("Caixin Global", "caixinglobal.com", "press-names-b-caixin-global"),
    ("Africanews", "africanews.com", "press-names-b-africanews"),
    ("Kurdistan 24", "kurdistan24.net", "press-names-b-kurdistan-24"),
    ("The Africa Report", "theafricareport.com", "press-names-b-the-africa-report"),
]


@pytest.mark.parametrize("name, host, pid", NEW_OUTLETS)
def test_new_outlets_by_name_and_host(rules, classify, name, host, pid):
    for text in (name, f"https://www.{host}/some/article"):
        got = classify(text)
        assert got.category == "rejected" and got.owner is None, text
        assert got.publisher is not None and got.publisher.id == pid, text


# Names left out on purpose: never claimed by this file (everyday words, others' acronyms).
LEFT_OUT = ["FNC", "BI", "CSM", "NRC", "RIA", "PNA", "CNA", "NZH", "Indy", "Figaro", "彭博", "הארץ", "Таймс",
            "تايمز", "Экономист", "エコノミスト誌", "世界报", "国家报", "تاس", "Sunday Nation", "Globo", "Daily Graphic",
            "Australia Network", "Xinhua News", "Star", "Nation", "Standard", "Observer"]


@pytest.mark.parametrize("name", LEFT_OUT)
def test_left_out_names_not_claimed_here(rules, classify, name):
    publisher = rules.index.by_name(name)
    assert publisher is None or "press_names_b.yaml" not in publisher.origin, name
    got = classify(name).publisher
    assert got is None or "press_names_b.yaml" not in got.origin, name


@pytest.mark.parametrize("text", [
    "Australia Network for Development", "Norwegian Refugee Council (NRC)", "The Star", "Radio Moscow",
])
def test_phrases_around_the_names_are_not_these_outlets(classify, text):
    got = classify(text).publisher
    assert got is None or "press_names_b.yaml" not in got.origin, text


def test_counts_and_shape(entries):
    names = [e for e in entries if e["id"].startswith("name-")]
    full = [e for e in entries if e["id"].startswith("press-names-b-")]
    assert len(names) + len(full) == len(entries)
    assert len(names) >= 80 and len(full) == 7
    assert sum(1 + len(e.get("aliases") or ()) for e in entries) >= 130
    for entry in names:
        assert "-pb" in entry["id"], entry["id"]
        assert entry["domains"] == [], entry["id"]
        assert entry["basis"].startswith("Another name of "), entry["id"]
    for entry in full:
        assert entry["domains"] and entry["category"] == "rejected" and entry.get("owner") is None, entry["id"]
        assert entry.get("country") and entry.get("kind"), entry["id"]
        assert "read through the search tool" in entry["basis"], entry["id"]


def test_same_class_owner_group_and_kind_as_the_target(rules, entries):
    for entry in entries:
        if not entry["id"].startswith("name-"):
            continue
        target_id = entry["basis"].split()[3]
        assert entry["id"].startswith(f"name-{target_id}-pb"), entry["id"]
        target = rules.index.publishers[rules.index.by_id[target_id]]
        mine = rules.index.publishers[rules.index.by_id[entry["id"]]]
        assert (mine.category, mine.owner) == (target.category, target.owner), entry["id"]
        assert (mine.group, mine.kind, mine.typology) == (target.group, target.kind, target.typology), entry["id"]


def test_every_name_is_indexed_to_this_file(rules, entries):
    for entry in entries:
        for name in [entry["name"], *(entry.get("aliases") or ())]:
            found = rules.index.by_name(name)
            assert found is not None and found.id == entry["id"], name


@pytest.mark.parametrize("url", [
    "https://khaleejtimes.com.evil.example/", "https://fake-africanews.com/", "https://kurdistan24.blogspot.com/",
    "https://tass.example/", "https://caixinglobal.wordpress.com/",
])
def test_lookalikes_never_trusted(classify, url):
    got = classify(url)
    assert got.category not in ("un", "government", "reuters", "state_media", "ngo"), url
    assert got.publisher is None or "press_names_b.yaml" not in got.publisher.origin, url
