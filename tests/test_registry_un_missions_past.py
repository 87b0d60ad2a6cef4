"""un_missions_past.yaml: closed UN peace operations, political missions and Security Council bodies
by acronym and name, and other UN bodies citations name (DFS, COPUOS, the Somalia and DRC expert
groups, a special procedure, UNBISnet): all `un`, names only (no domains), never an English word."""

import pytest

from conftest import file_entries

FILE = "registry/un_missions_past.yaml"


@pytest.fixture(scope="module")
def entries(rules):
    return file_entries(rules, FILE)


@pytest.mark.parametrize("name, pid", [
    ("UNMIL", "un-past-unmil"), ("MINUSTAH", "un-past-minustah"), ("UNAMID", "un-past-unamid"),
    ("UNMIS", "un-past-unmis"), ("UNMIT", "un-past-unmit"), ("UNOCI", "un-past-unoci"),
    ("UNPROFOR", "un-past-unprofor"), ("UNAMIR", "un-past-unamir"), ("UNOSOM II", "un-past-unosom"),
    ("UNSCOM", "un-past-unscom"), ("UNMOVIC", "un-past-unmovic"), ("UNIIIC", "un-past-uniiic"),
    ("UNPOS", "un-past-unpos"), ("BINUB", "un-past-binub"), ("UNIOGBIS", "un-past-uniogbis"),
    ("United Nations Transition Assistance Group", "un-past-united-nations-transition-assistance-group"),
    ("Opération des Nations Unies en Côte d'Ivoire", "un-past-unoci"),
    ("COPUOS", "un-copuos"), ("Department of Field Support", "un-dfs"),
    ("Monitoring Group on Somalia and Eritrea", "un-sc-monitoring-group-somalia-eritrea"),
    ("Group of Experts on the Democratic Republic of the Congo", "un-sc-group-of-experts-drc"),
    ("Special Rapporteur on Torture", "un-sr-torture"), ("UNBISNET", "un-unbisnet"), ("UNSCOP", "un-unscop"),
])
def test_names_are_un(classify, name, pid):
    result = classify(name)
    assert result.category == "un", (name, result)
    assert result.publisher is not None and result.publisher.id == pid, name


@pytest.mark.parametrize("text", [
    "untag", "Untag the photo", "AMISOM", "African Union Mission in Somalia", "DFS",
    "Commission on Human Rights", "Special Court for Sierra Leone",
])
def test_left_out_names_are_not_this_file(classify, text):
    result = classify(text)
    assert result.publisher is None or not result.publisher.origin.rpartition(":")[0].endswith(FILE), text


@pytest.mark.parametrize("url", ["https://unmil.org.evil.example/", "https://fake-minustah.example/",
                                 "https://unamid.blogspot.com/"])
def test_no_domain_comes_from_a_name(classify, url):
    assert classify(url).category != "un", url


def test_shape_and_minimums(entries):
    assert len(entries) >= 55
    assert sum(1 for p in entries if p.group == "past-missions") >= 50
    for p in entries:
        assert p.category == "un" and not p.domains and p.basis, p.id
        assert "untag" not in {a.casefold() for a in p.aliases}, p.id
