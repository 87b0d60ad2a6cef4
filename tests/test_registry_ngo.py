"""NGOs: ngo.yaml (hand-kept) and ngo_ecosoc.yaml (generated from the ECOSOC_Status dataset).

The generated file holds names only (the data has no websites); these tests
check names found by name, old names finding the new entry, withdrawn and
declined NGOs staying out, generic names staying out, and no ECOSOC name or
alias shadowing a UN, government or press name.
"""

import subprocess
import sys
from pathlib import Path

import pytest

from evidence_check.classify import Classifier
from evidence_check.names import fold
from evidence_check.papers import read_text
from evidence_check.urls import parse

ROOT = Path(__file__).resolve().parents[1]
GENERATED = ROOT / "rules" / "registry" / "ngo_ecosoc.yaml"
DATASET = "ECOSOC_Status dataset, christophsteinert/ECOSOC_Status 7c51ff1, MIT"


@pytest.fixture(scope="module")
def classify(rules):
    return Classifier(rules)


@pytest.fixture(scope="module")
def ecosoc(rules):
    return [p for p in rules.index.publishers if p.group == "ngo-ecosoc"]


# ------------------------------------------------------------ names found by name

@pytest.mark.parametrize("name, session", [
    ("African-American Islamic Institute", "1998-06-19"),
    ("Al-Haq — Law in the Service of Man", "2000-03-28"),
    ("American Anthropological Association", "2004-01-16"),
    ("African Wildlife Foundation", "2009-03-04"),
    ("Action of Human Movement", "2013-02-11"),  # (the Acronym Institute, of the same session, is a research institute: unlisted)
    ("Girls Not Brides: the Global Partnership to End Child Marriage", "2019-02-08"),
    ("Action 237-Suisse", "2024-06-14"),
])
def test_ecosoc_names_from_different_years_are_ngo(classify, name, session):
    result = classify(parse(name))
    assert result.category == "ngo", name
    # the generated names-only entry, or a hand-written one with a checked domain (ngo_more.yaml)
    # that rests on the same record
    assert f"session of {session}" in result.publisher.basis
    assert DATASET in result.publisher.basis


@pytest.mark.parametrize("alias, name", [
    ("Al-Haq", "Al-Haq — Law in the Service of Man"),  # the name before a dash
    ("Girls Not Brides", "Girls Not Brides: the Global Partnership to End Child Marriage"),
    ("Catholic Relief Services", "Catholic Relief Services – United States Conference of Catholic Bishops"),
    ("ANAW", "Africa Network for Animal Welfare (ANAW)"),  # bracketed acronym
    ("Africa Network for Animal Welfare", "Africa Network for Animal Welfare (ANAW)"),
    ("Partnership for Transparency Fund", "Partnership for Transparency Fund, Inc."),  # no legal suffix
])
def test_derived_aliases(classify, alias, name):
    result = classify(parse(alias))
    assert result.category == "ngo"
    assert result.publisher.name == name


@pytest.mark.parametrize("old, new", [
    ("Christian Children's Fund", "ChildFund International"),
    ("World Lung Foundation", "Vital Strategies"),
    ("International Federation of Psoriasis Associations", "IFPA"),
    ("Appui aux femmes démunies et enfants marginalisés au Kivu", "Dignité impact/Dignity Impact"),  # a chain
    ("World Population Society", "Center for Health and Population and Social Welfare, "
                                 "Future Institute for Sustainable Development"),  # a merger
])
def test_old_name_finds_the_new_entry(classify, old, new):
    result = classify(parse(old))
    assert result.category == "ngo"
    # the data's entry under the new name, or (when a hand-written file lists the NGO under its
    # new name) that entry or the data's entry for the former names, which names the new one
    assert result.publisher.name == new or f"now named \u201c{new}\u201d" in result.publisher.basis


def test_ids_come_from_the_first_recorded_name(rules):
    # "Positive Youth Development Association" became "Accès communautaire Cameroun": the id
    # keeps the first name (ODI, the earlier example, now has a hand-written entry with its domain)
    assert rules.index.get("ecosoc-positive-youth-development-association").name == "Accès communautaire Cameroun"


# ------------------------------------------------------------ left out

@pytest.mark.parametrize("name", [
    "Be Positive Association",  # status withdrawn 2024 (recommended earlier)
    "Project 1948 Foundation",  # withdrawn 2024
    "Honeypot Village",  # withdrawn 2018
    "Human Rights Foundation",  # application declined 2008
    "Christian Solidarity Worldwide",  # declined 2017
    "Jewish National Fund",  # declined 2007
    "Urgent Action Fund for Women's Human Rights",  # declined 2024
])
def test_withdrawn_and_declined_are_not_ngo(classify, name):
    assert classify(parse(name)).category != "ngo", name


@pytest.mark.parametrize("name", [
    "Peace", "Earth", "Welfare", "Global Alliance", "Women's Rights", "Justice for All",
    "Human Dignity", "Better World", "Article 36", "Mosaic",
    "Maher", "Rutgers",  # one plain word: also a surname or a university
    "ACE", "SPD",  # 3-character tokens
    "Georgetown University", "New York University",  # universities: unlisted under the default rules
    "Concern Worldwide",  # only its US affiliate "Concern Worldwide (US)" is in the data
])
def test_generic_and_out_of_scope_names_are_not_ngo(classify, name):
    assert classify(parse(name)).category != "ngo", name


def test_bibliography_lines_do_not_misfire(rules):
    names = lambda text: rules.index.by_name(text) is not None  # noqa: E731
    text = ("Bibliography\n\n"
            "1. Maher, J. (2019). Earth and welfare. Oxford.\n"
            "2. Girls Not Brides. (2020). Child marriage atlas.\n"
            "3. Rutgers University. Peace. 2018.\n")
    found = [c.text for c in read_text(text, "-", names).citations if c.kind == "name"]
    assert found == ["Girls Not Brides"]


def test_lookalike_names_gain_nothing(classify):
    # near misses (a known name followed by more words is read as that name, by design)
    for name in ("Girls Not Bride", "Vital Strategy", "ChildFund Internationals", "Al Haqq",
                 "Brides Not Girls", "Africa Network for Animals Welfare"):
        assert classify(parse(name)).category != "ngo", name


# ------------------------------------------------------------ the generated file as a whole

def test_entry_count(ecosoc):
    assert len(ecosoc) >= 5300  # 5,330 at 7c51ff1, after the hand-written files with domains took theirs


def test_entries_are_names_only_with_a_basis(ecosoc):
    for p in ecosoc:
        assert p.id.startswith("ecosoc-")
        assert p.category == "ngo"
        assert p.domains == ()
        assert DATASET in p.basis


def test_no_generated_alias_of_two_letters_or_fewer(ecosoc):
    for p in ecosoc:
        for alias in p.aliases:
            assert sum(ch.isalpha() for ch in alias) >= 3, (p.id, alias)
            assert len(fold(alias).replace(" ", "")) >= 3, (p.id, alias)


def test_no_generated_acronym_of_three_letters(ecosoc):
    # IAF (the Indian Air Force), PDR (Lao PDR), CAP, SAD, TEA: a 3-letter acronym of one of
    # thousands of NGOs names other things far more often
    for p in ecosoc:
        for alias in p.aliases:
            assert not (alias.isupper() and sum(ch.isalpha() for ch in alias) == 3), (p.id, alias)


@pytest.mark.parametrize("text, category", [
    ("IAF strikes in Balakot, 2019. The Hindu.", "rejected"),    # the paper, not an NGO's acronym
    ("PDR", "unlisted"),
    ("Ministry of Health, Lao PDR. National report 2019.", "government"),
])
def test_three_letter_acronyms_in_text_are_not_ngos(checker, text, category):
    assert checker.check(text).classification.category == category, text


def test_no_ecosoc_name_collides_with_un_government_or_press(rules, ecosoc):
    others = {}
    for p in rules.index.publishers:
        if p.category in ("un", "government", "state_media", "reuters", "rejected"):
            for text in (p.name, *p.aliases):
                others[fold(text)] = p.id
    for p in ecosoc:
        for text in (p.name, *p.aliases):
            assert fold(text) not in others, (p.id, text, others.get(fold(text)))
            assert rules.index.by_name(text).category == "ngo", (p.id, text)


def test_no_ecosoc_name_is_a_country(rules, ecosoc):
    for p in ecosoc:
        for text in (p.name, *p.aliases):
            assert fold(text) not in rules.countries.by_key, (p.id, text)


def test_licence_and_header():
    licence = GENERATED.with_suffix(".LICENSE").read_text(encoding="utf-8")
    assert "MIT License" in licence and "Christoph Valentin Steinert" in licence
    head = GENERATED.read_text(encoding="utf-8")[:6000]
    assert "GENERATED by tools/import_ecosoc.py" in head
    assert "7c51ff10e1058d045535cb12827c43ed01d77b5a" in head
    assert "# left out (NGOs):" in head


# ------------------------------------------------------------ ngo.yaml entries the data confirms

@pytest.mark.parametrize("name", [
    "Commonwealth Human Rights Initiative", "REDRESS", "Redress Trust", "Cultural Survival",
    "International Movement Against All Forms of Discrimination and Racism", "Privacy International",
    "International Drug Policy Consortium", "World Federation Against Drugs", "ACT Alliance",
    "Migrant Forum in Asia", "Movendi International", "IOGT International",
])
def test_confirmed_ngo_yaml_entries_are_ngo(classify, name):
    result = classify(parse(name))
    assert result.category == "ngo", name
    assert result.publisher.id.startswith("ngo-") and result.publisher.group != "ngo-unconfirmed"
    assert "ECOSOC_Status dataset" in result.publisher.basis


@pytest.mark.parametrize("url", [
    "https://www.humanrightsinitiative.org/", "https://redress.org/", "https://www.culturalsurvival.org/",
    "https://movendi.ngo/", "https://mfasia.org/", "https://idpc.net/",
])
def test_confirmed_ngo_yaml_domains_are_ngo(classify, url):
    assert classify(parse(url)).category == "ngo"


@pytest.mark.parametrize("url", [
    "https://fake-idpc.net/", "https://idpc.net.evil.example/", "https://movendi.blogspot.com/",
])
def test_lookalike_hosts_are_not_ngo(classify, url):
    assert classify(parse(url)).category != "ngo"


def test_ngo_yaml_unconfirmed_still_unlisted(classify):
    # not in the dataset and no other UN record read: stays unconfirmed (Oxfam International and
    # CIVICUS left this group when their UNFCCC observer admission was read)
    for name in ("ChildFund Alliance", "MADRE", "Equality Now"):
        result = classify(parse(name))
        assert result.category == "unlisted" and result.publisher.group == "ngo-unconfirmed", name


# ------------------------------------------------------------ the import tool, on a tiny dataset

def _write(folder: Path, name: str, text: str) -> None:
    (folder / name).write_text(text, encoding="utf-8")


def test_import_tool_on_a_tiny_dataset(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    _write(data, "granted.csv", "NGO_name,Session_number\n"
           "Alpha Relief Network (ALRN),2010-02-01\n"
           "Omega Aid Society (ARN),2010-02-01\n"
           "\"“Beta Watch Society”\",2012-06-01\n"
           "Old Gamma Name,2005-06-01\n"
           "Delta Village Trust,2011-06-01\n"
           "Earth,2011-06-01\n"
           "Epsilon Charity Union,2014-06-01\n"
           "Known Ngo Fund,2016-06-01\n"
           "\"Here is your list, as requested, without bullet points and with each NGO on a separate "
           "line:\",2018-02-23\n")
    _write(data, "name-changes.csv", "Old_name,New_name,Session_number\n"
           "\"Old Gamma Name (special, 2005)\",New Gamma Name,2020-02-07\n")
    _write(data, "withdrawn.csv", "NGO_name,Session_number\nDelta Village Trust,2019-06-04\n")
    _write(data, "declined.csv", "NGO_name,Session_number\nZeta Declined Group,2016-06-20\n")
    _write(data, "mergers.csv", "Old_name1,Old_name2,New_name,Session_number,additional_mention1,"
           "additional_mention_2\n")
    _write(data, "reclassification-deferred.csv", "NGO_name,Session_number,info\n"
           "Epsilon Charity Union,2015-06-01,\n")
    _write(data, "LICENSE", "MIT License\n")
    rules = tmp_path / "rules"
    (rules / "registry").mkdir(parents=True)
    _write(rules, "default.yaml", "countries: countries.yaml\nregistry:\n  - registry/ngo.yaml\n"
           "  - registry/ngo_ecosoc.yaml\n")
    _write(rules, "countries.yaml", "countries:\n  - {alpha3: ARN, alpha2: AR, name: Arnland, basis: x}\n")
    _write(rules / "registry", "ngo.yaml", "publishers:\n  - {id: ngo-known, name: Known NGO Fund, "
           "category: ngo, basis: x}\n")
    out = rules / "registry" / "ngo_ecosoc.yaml"
    tool = [sys.executable, str(ROOT / "tools" / "import_ecosoc.py"), "--input", str(data),
            "--out", str(out), "--rules", str(rules / "default.yaml")]
    subprocess.run(tool, check=True, capture_output=True, timeout=120)
    first = out.read_bytes()
    subprocess.run(tool, check=True, capture_output=True, timeout=120)
    assert out.read_bytes() == first  # deterministic
    assert (rules / "registry" / "ngo_ecosoc.LICENSE").read_text() == "MIT License\n"

    import yaml

    entries = {p["id"]: p for p in yaml.safe_load(first)["publishers"]}
    assert set(entries) == {"ecosoc-alpha-relief-network-alrn", "ecosoc-omega-aid-society-arn",
                            "ecosoc-beta-watch-society", "ecosoc-old-gamma-name",
                            "ecosoc-epsilon-charity-union"}
    assert entries["ecosoc-alpha-relief-network-alrn"]["aliases"] == ["Alpha Relief Network", "ALRN"]
    # a bracketed country code marks a national body: neither an acronym nor set aside
    assert "aliases" not in entries["ecosoc-omega-aid-society-arn"]
    assert entries["ecosoc-beta-watch-society"]["name"] == "Beta Watch Society"  # stray quotes gone
    gamma = entries["ecosoc-old-gamma-name"]
    assert gamma["name"] == "New Gamma Name" and gamma["aliases"] == ["Old Gamma Name"]
    assert "session of 2005-06-01" in gamma["basis"] and "2020-02-07" in gamma["basis"]
    assert all("domains" not in p and p["group"] == "ngo-ecosoc" for p in entries.values())
    header = first.decode()
    assert "Delta Village Trust (withdrawn 2019-06-04)" in header  # withdrawn: left out
    assert "#     Earth" in header  # generic: left out
    assert "Known Ngo Fund -> ngo-known" in header  # already in ngo.yaml

    missing = subprocess.run(tool[:2], capture_output=True, text=True, timeout=60)
    assert missing.returncode != 0 and "--input" in missing.stderr


# ------------------------------------------------------------ names in other languages

@pytest.mark.parametrize("name, pid", [
    ("ヒューマン・ライツ・ウォッチ", "ngo-hrw"),
    ("هيومن رايتس ووتش", "ngo-hrw"),
    ("アムネスティ・インターナショナル", "ngo-amnesty"),
    ("منظمة العفو الدولية", "ngo-amnesty"),
    ("Amnistía Internacional", "ngo-amnesty"),
    ("国境なき医師団", "ngo-msf"),
    ("Ärzte ohne Grenzen", "ngo-msf"),
    ("Médicos Sin Fronteras", "ngo-msf"),
    ("セーブ・ザ・チルドレン", "ngo-save-the-children"),
    ("赤十字国際委員会", "ngo-icrc"),
    ("Comité international de la Croix-Rouge", "ngo-icrc"),
    ("CICR", "ngo-icrc"),
])
def test_other_language_names(classify, name, pid):
    result = classify(parse(name))
    assert (result.category, result.publisher.id) == ("ngo", pid), name


def test_icrc_keeps_its_own_group(rules):
    icrc = next(p for p in rules.index.publishers if p.id == "ngo-icrc")
    assert icrc.group == "icrc-movement" and "Not an NGO in law" in icrc.basis


@pytest.mark.parametrize("url", [
    "https://images.transparencycdn.org/images/2017_MonitoringCorruptionSDGs_EN.pdf",
    "https://www.transparency.org/en/cpi/2023",
])
def test_transparency_internationals_file_host_is_its_own(classify, url):
    result = classify(parse(url))
    assert result.category == "ngo" and result.publisher.id == "ngo-transparency-international", url


def test_transparency_file_host_lookalikes_are_not_ngo(classify):
    for url in ("https://transparencycdn.org.evil.example/x", "https://faketransparencycdn.org/x"):
        assert classify(parse(url)).category != "ngo", url
