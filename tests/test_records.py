"""The JSON line of a row is the same record as record(), whichever path built it."""

from __future__ import annotations

import dataclasses
import json

import pytest

from evidence_check import Checker
from evidence_check.model import Link
from evidence_check.report.records import Recorder, record


@pytest.fixture(scope="module")
def checker():
    return Checker()


@pytest.mark.parametrize("citation", [
    "https://news.un.org/en/story/2023/01/1132000",  # a listed publisher
    "https://www.google.com/url?q=https://www.reuters.com/world/&sa=D",  # unwrapped
    "javascript:alert(1)",  # invalid, with an error
    "Times of India",  # a name
    "https://example.org/\u00e9t\u00e9",  # unlisted, non-ASCII
])
def test_json_line_equals_record(checker, citation):
    verdict = checker.check(citation, 7)
    line = Recorder(checker.ruleset.countries).json_line(verdict)
    assert line.endswith(b"\n") and line.count(b"\n") == 1
    assert json.loads(line) == record(verdict, checker.ruleset.countries)


def test_json_line_carries_the_link(checker):
    verdict = dataclasses.replace(checker.check("https://bit.ly/x", 1),
                                  link=Link("redirected", ["https://bit.ly/x", "https://www.un.org/"]))
    row = json.loads(Recorder(checker.ruleset.countries).json_line(verdict))
    assert row["link_status"] == "redirected"
    assert row["redirect_chain"] == ["https://bit.ly/x", "https://www.un.org/"]
    assert row == record(verdict, checker.ruleset.countries)


def test_unwrapped_and_error_rows_are_not_the_plain_tail(checker):
    recorder = Recorder(checker.ruleset.countries)
    unwrapped = json.loads(recorder.json_line(checker.check("https://www.google.com/url?q=https://www.un.org/", 1)))
    assert unwrapped["unwrapped_from"].startswith("https://www.google.com/url")
    invalid = json.loads(recorder.json_line(checker.check("javascript:alert(1)", 2)))
    assert invalid["error"]
