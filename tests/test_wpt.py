"""The web-platform-tests URL suite: no input breaks us; hosts match a browser's."""

import json

import pytest

from conftest import DATA, run_cli
from evidence_check.urls import parse

CASES = [c for c in json.loads((DATA / "wpt" / "urltestdata.json").read_text(encoding="utf-8"))
         if isinstance(c, dict)]


def test_the_suite_is_all_there():
    assert len(CASES) == 869


def test_every_case_parses_classifies_and_judges_without_an_exception(rules):
    from evidence_check import Checker

    checker = Checker(rules)
    for case in CASES:
        verdict = checker.check(case["input"])
        assert verdict.verdict in {"admissible", "conditional", "inadmissible", "discretion", "invalid"}


def _absolute_web_cases():
    for case in CASES:
        if case.get("failure") or case.get("protocol") not in ("http:", "https:"):
            continue
        text = case["input"].strip(" \t\n\r\x00\x01\x1f")
        # only inputs that carry their own host; relative ones borrow the base's
        if not text.lower().startswith(("http://", "https://", "http:\\\\", "https:\\\\")):
            continue
        yield case


WEB = list(_absolute_web_cases())


@pytest.mark.parametrize("case", WEB, ids=[repr(c["input"])[:60] for c in WEB])
def test_hostname_matches_the_suite(case):
    source = parse(case["input"])
    assert source.kind == "url", source
    # hosts are compared without the trailing dot, which evidence-check drops by design
    assert source.host == (case["hostname"].rstrip(".") or case["hostname"])


def test_every_case_is_one_row_through_the_cli(exe):
    lines = [c["input"].replace("\r", " ").replace("\n", " ") for c in CASES]
    # blank lines and '#' comments are skipped by design; count what the CLI must answer
    expected = sum(1 for line in lines if line.strip() and not line.strip().startswith("#"))
    result = run_cli(exe, "check", "--format", "jsonl", "--fail-on", "none",
                     input="\n".join(lines).encode("utf-8", "surrogatepass"))
    assert result.returncode == 0, result.stderr.decode()
    rows = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert len(rows) == expected
    inputs = [line for line in lines if line.strip() and not line.strip().startswith("#")]
    assert [row["input"] for row in rows] == inputs
