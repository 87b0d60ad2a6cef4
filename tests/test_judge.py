"""Verdicts and contesters under the default ruleset, for every context case."""

import pytest

from evidence_check import Checker
from evidence_check.model import Context
from sources import GOV_USA, NGO, REUTERS, UN, UNKNOWN, WIKI, XINHUA


@pytest.fixture(scope="module")
def judge(rules):
    def run(citation, cited_by=None, about=(), committee=None):
        checker = Checker(rules, Context(cited_by, tuple(about), tuple(committee) if committee else None))
        return checker.check(citation)
    return run


COMMITTEE = ("CHN", "FRA", "GBR", "RUS", "USA", "QAT")


@pytest.mark.parametrize("citation", [UN, NGO])
@pytest.mark.parametrize("about", [(), ("USA",), ("CHN", "FRA")])
def test_un_and_ngo_sources_are_admissible_and_uncontestable(judge, citation, about):
    verdict = judge(citation, cited_by="FRA", about=about, committee=COMMITTEE)
    assert verdict.verdict == "admissible"
    assert verdict.conditions == ()
    assert verdict.contest.members == ()
    assert not verdict.contestable


def test_reuters_is_conditional_on_mentioning_the_fact(judge):
    verdict = judge(REUTERS, cited_by="FRA", about=("USA",), committee=COMMITTEE)
    assert verdict.verdict == "conditional"
    assert verdict.conditions == ("the article clearly mentions, or contradicts, the fact stated",)
    assert not verdict.contestable


@pytest.mark.parametrize("about", [(), ("USA",), ("CHN",)])
def test_a_government_report_may_be_denied_by_every_other_member(judge, about):
    verdict = judge(GOV_USA, cited_by="FRA", about=about, committee=COMMITTEE)
    assert verdict.verdict == "admissible"
    assert verdict.classification.owner == "USA"
    assert verdict.contest.members == ("CHN", "GBR", "RUS", "QAT")  # not the owner, not the citer


def test_without_a_committee_the_contesters_are_said_in_words(judge, rules):
    from evidence_check.report.records import contest_text

    verdict = judge(GOV_USA, cited_by="FRA")
    assert verdict.contest.members is None
    assert verdict.contest.excluded == ("USA", "FRA")
    assert contest_text(verdict.contest, rules.countries, "USA") == "any member except United States and France"


def test_a_government_citing_its_own_report(judge):
    verdict = judge(GOV_USA, cited_by="USA", committee=COMMITTEE)
    assert verdict.contest.members == ("CHN", "FRA", "GBR", "RUS", "QAT")


def test_state_media_about_its_owner_only_is_admissible(judge):
    verdict = judge(XINHUA, cited_by="FRA", about=("CHN",), committee=COMMITTEE)
    assert verdict.verdict == "admissible"
    assert not verdict.contestable


@pytest.mark.parametrize("about", [("USA",), ("CHN", "USA")])
def test_state_media_about_another_country_is_conditional_and_deniable(judge, about):
    verdict = judge(XINHUA, cited_by="FRA", about=about, committee=COMMITTEE)
    assert verdict.verdict == "conditional"
    assert verdict.conditions == ("credible or substantial enough",)
    assert verdict.contest.members == ("GBR", "RUS", "USA", "QAT")
    assert not verdict.contest.only_if_about_other


def test_state_media_cited_by_its_owner_about_another(judge):
    verdict = judge(XINHUA, cited_by="CHN", about=("USA",), committee=COMMITTEE)
    assert verdict.contest.members == ("FRA", "GBR", "RUS", "USA", "QAT")


def test_state_media_without_about_gives_both_cases(judge):
    verdict = judge(XINHUA, cited_by="FRA")
    assert verdict.verdict == "conditional"
    assert verdict.contest.only_if_about_other
    assert verdict.contest.members is None
    assert any("used only about China: admissible" in note for note in verdict.notes)


def test_rejected_and_unlisted(judge):
    assert judge(WIKI).verdict == "inadmissible"
    assert judge(WIKI).category.hint.startswith("may still be quoted in a speech")
    assert judge(UNKNOWN).verdict == "discretion"
    assert judge(UNKNOWN).category.key == "unlisted"


def test_invalid_input_is_a_row_with_its_reason(judge):
    verdict = judge("javascript:alert(1)")
    assert verdict.verdict == "invalid"
    assert verdict.error == "not a web address (javascript: URL)"


def test_every_category_of_the_default_ruleset_is_reachable(rules, judge):
    examples = {"un": UN, "ngo": NGO, "reuters": REUTERS, "government": GOV_USA, "state_media": XINHUA,
                "rejected": WIKI, "unlisted": UNKNOWN}
    assert set(examples) == set(rules.categories)
    for key, citation in examples.items():
        assert judge(citation).category.key == key
