"""Links that hide or copy their publisher: general link shorteners (the row says how to find the
publisher) and copies of Wikipedia on other sites (Wikipedia, by the address)."""

import json
import subprocess
import sys

import pytest

from evidence_check.shorteners import DETAIL, hosts, is_shortener


@pytest.mark.parametrize("url", ["https://bit.ly/3xYz", "http://t.co/AbC", "tinyurl.com/y7abc", "https://wp.me/pBeNm-q8",
                                 "https://www.bit.ly/x"])
def test_a_general_short_link_is_unlisted_and_says_how_to_find_the_publisher(checker, url):
    verdict = checker.check(url)
    assert verdict.classification.category == "unlisted"
    assert verdict.classification.matched_by == "link shortener"
    assert verdict.classification.advice == DETAIL


@pytest.mark.parametrize("url, category", [
    ("https://reut.rs/2abc", "reuters"),          # a publisher's own shortener is that publisher
    ("https://aje.io/abc", "state_media"),
    ("https://bit.ly.evil.example/x", "unlisted"),  # not the shortener's host
])
def test_publishers_shorteners_and_lookalikes_are_not_general_shorteners(checker, url, category):
    classification = checker.check(url).classification
    assert classification.category == category and classification.matched_by != "link shortener"


def test_the_list_is_hosts_only():
    assert len(hosts()) >= 50 and all("." in h and "/" not in h and h == h.lower() for h in hosts())
    assert not is_shortener("bit.ly.evil.example") and is_shortener("www.bit.ly")


def test_the_bulk_path_writes_the_same_row_as_one_line(tmp_path):
    from evidence_check.run import FastRows

    lines = ["https://bit.ly/a", "https://www.un.org/x", "http://t.co/b"] * (FastRows.WARM_UP // 3 + 100)
    path = tmp_path / "in.txt"
    path.write_text("\n".join(lines) + "\n")
    run = [sys.executable, "-m", "evidence_check", "check", "--format", "jsonl"]
    bulk = subprocess.run([*run, "--input", str(path)], capture_output=True, text=True, timeout=60)
    rows = [json.loads(line) for line in bulk.stdout.splitlines()]
    assert len(rows) == len(lines)
    one = json.loads(subprocess.run([*run, "https://bit.ly/a"], capture_output=True, text=True, timeout=60).stdout)
    del one["line"], rows[0]["line"]
    assert rows[0] == one and rows[0]["hint"] == DETAIL


@pytest.mark.parametrize("url", ["https://wikipedia.nucleos.com/viewer/wikipedia_en_all/A/AAA_Contest_Board",
                                 "https://mirror.example.org/wikipedia_fr_all/A/Paris"])
def test_a_copy_of_wikipedia_is_wikipedia(checker, url):
    classification = checker.check(url).classification
    assert (classification.category, classification.publisher.name) == ("rejected", "Wikipedia")


def test_a_copy_of_wikipedia_by_its_path_is_found_on_the_bulk_path_too(tmp_path):
    from evidence_check.run import FastRows

    lines = ["https://example.org/a", "https://mirror.example.org/wikipedia_fr_all/A/Paris"] * (FastRows.WARM_UP // 2 + 100)
    path = tmp_path / "in.txt"
    path.write_text("\n".join(lines) + "\n")
    run = subprocess.run([sys.executable, "-m", "evidence_check", "check", "--format", "jsonl", "--input", str(path)],
                         capture_output=True, text=True, timeout=60)
    rows = [json.loads(line) for line in run.stdout.splitlines()]
    assert [r["category"] for r in rows] == ["unlisted", "rejected"] * (len(lines) // 2)
