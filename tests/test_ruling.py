"""Challenge rulings under the default ruleset: every category x challenger x about case."""

import json

import pytest

from conftest import FIXTURES, run_cli
from evidence_check import Checker
from evidence_check.model import Context
from sources import GOV_USA, NGO, REUTERS, UN, UNKNOWN, WIKI, XINHUA
from evidence_check.ruling import CHAIRS_DISCRETION, NOT_IN_ORDER, UPHELD, rule

NONET = {"PYTHONPATH": str(FIXTURES / "nonet")}
COMMITTEE = ("CHN", "FRA", "GBR", "RUS", "USA")


@pytest.fixture(scope="module")
def ruling(rules):
    def run(citation, challenger, cited_by="FRA", about=(), committee=None):
        context = Context(cited_by, tuple(about), committee)
        verdict = Checker(rules, context).check(citation)
        return rule(verdict, challenger, cited_by, committee, rules.countries)
    return run


# (citation, owner of the source or None)
SOURCES = [(UN, None), (NGO, None), (REUTERS, None), (GOV_USA, "USA"), (XINHUA, "CHN"), (WIKI, None),
           (UNKNOWN, None)]


def expected(citation, challenger_is_owner, about_owner):
    if citation in (UN, NGO):
        return NOT_IN_ORDER
    if citation == REUTERS:
        return CHAIRS_DISCRETION  # "clearly mentions the fact" is for the chair
    if citation == WIKI:
        return UPHELD
    if citation == UNKNOWN:
        return CHAIRS_DISCRETION
    if citation == GOV_USA:
        return NOT_IN_ORDER if challenger_is_owner else UPHELD  # whatever the claim is about
    if citation == XINHUA:
        if challenger_is_owner or about_owner:
            return NOT_IN_ORDER
        return UPHELD
    raise AssertionError(citation)


CASES = [(citation, owner, challenger_is_owner, about_owner)
         for citation, owner in SOURCES
         for challenger_is_owner in ([True, False] if owner else [False])
         for about_owner in [True, False]]


@pytest.mark.parametrize("citation, owner, challenger_is_owner, about_owner", CASES)
def test_every_case_of_the_default_ruleset(ruling, citation, owner, challenger_is_owner, about_owner):
    challenger = owner if challenger_is_owner else "GBR"
    about = (owner,) if about_owner and owner else ("RUS",)
    result = ruling(citation, challenger, cited_by="FRA", about=about, committee=COMMITTEE)
    assert result.outcome == expected(citation, challenger_is_owner, about_owner and owner is not None), \
        result.reason
    assert result.reason.endswith(".") and result.reason.count(". ") == 0  # one sentence


def test_state_media_without_about_is_for_the_chair(ruling):
    result = ruling(XINHUA, "USA", cited_by="CHN")
    assert result.outcome == CHAIRS_DISCRETION
    assert "only if the claim is about a country other than China" in result.reason


def test_a_challenger_not_on_the_committee(ruling):
    result = ruling(GOV_USA, "QAT", committee=COMMITTEE)
    assert result.outcome == NOT_IN_ORDER
    assert "Qatar is not a member of this committee" in result.reason


def test_the_citing_delegation_cannot_challenge_its_own_source(ruling):
    result = ruling(XINHUA, "FRA", cited_by="FRA", about=("USA",))
    assert result.outcome == NOT_IN_ORDER
    assert "cited this source itself" in result.reason


def test_an_invalid_citation(ruling):
    assert ruling("javascript:alert(1)", "USA").outcome == CHAIRS_DISCRETION


def test_the_issue_example_through_the_cli(exe):
    result = run_cli(exe, "challenge", "http://www.xinhuanet.com/english/2021-03/05/c_139785698.htm",
                     "--cited-by", "China", "--about", "United States", "--challenger", "United States", env=NONET)
    out = result.stdout.decode()
    assert result.returncode == 1, result.stderr  # upheld: a script can tell
    assert out.startswith("Ruling: UPHELD\n")
    assert "United States may deny Xinhua" in out
    assert "may be denied by any other country in the council" in " ".join(out.split())  # the rule, quoted


def test_json_and_markdown_for_the_record(exe):
    result = run_cli(exe, "challenge", "https://www.unodc.org/x", "--challenger", "USA", "--cited-by", "China",
                     "--format", "json", env=NONET)
    doc = json.loads(result.stdout)
    assert doc["ruling"] == "not in order" and doc["challenger"] == "USA"
    assert doc["source"]["category"] == "un" and doc["ruleset"]["id"] == "default"
    md = run_cli(exe, "challenge", "Xinhua", "--challenger", "USA", "--about", "China", "--format", "markdown",
                 env=NONET).stdout.decode()
    assert md.startswith("## Ruling: not in order")


def test_usage_errors(exe):
    result = run_cli(exe, "challenge", "Xinhua", "--challenger", "Narnia")
    assert result.returncode == 2 and b"unknown country 'Narnia'" in result.stderr
    missing = run_cli(exe, "challenge", "Xinhua")
    assert missing.returncode == 2 and b"--challenger" in missing.stderr


@pytest.mark.parametrize("args, status", [
    (["un.org", "-x", "Ukraine"], 0),  # not in order: the source stands
    (["tass.com", "-x", "Ukraine", "-c", "Russia", "--about", "Ukraine"], 1),  # upheld
    (["tass.com", "-x", "Ukraine", "-c", "Russia"], 3),  # the chair must establish the subject
    (["un.org", "tass.com", "-x", "Ukraine", "-c", "Russia", "--about", "Ukraine"], 1),  # the most serious
    (["un.org", "-x", "Atlantis"], 2),
])
def test_challenge_exit_status_says_the_ruling(exe, args, status):
    assert run_cli(exe, "challenge", *args, env=NONET).returncode == status


def test_challenge_rules_several_sources_wrapped_to_the_terminal(exe):
    result = run_cli(exe, "challenge", "tass.com", "rt.com", "-x", "Ukraine", "-c", "Russia",
                     env={**NONET, "COLUMNS": "80"})
    out = result.stdout.decode()
    assert out.count("Ruling: CHAIR'S DISCRETION") == 2
    assert max(len(line) for line in out.splitlines()) <= 80  # wrapped by words, not cut mid-word
    many = run_cli(exe, "challenge", "tass.com", "rt.com", "-x", "Ukraine", "-f", "json", env=NONET)
    assert [r["source"]["publisher_id"] for r in json.loads(many.stdout)] == ["sm-rus-tass", "sm-rus-rt-international"]


def test_challenge_takes_the_committee_from_the_conferences_rules(tmp_path, exe):
    path = tmp_path / "evidence-check.yaml"
    path.write_text("ruleset: c\ntitle: t\nextends: default\ncommittee: [Russia, Ukraine, France]\n",
                    encoding="utf-8")
    out = run_cli(exe, "challenge", "tass.com", "-x", "Brazil", "--rules", str(path), env=NONET).stdout.decode()
    assert "Brazil is not a member of this committee" in out
