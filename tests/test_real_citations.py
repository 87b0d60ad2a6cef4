"""Held-out test sets of REAL citations (issue 12 "Done means").

tests/data/real-urls.tsv and tests/data/real-names.tsv hold URLs and publisher names
exactly as real documents cite them (Wikipedia reference lists, the DPSH MUN 2022
background guide, reports; see tests/data/REAL-CITATIONS.md), each labelled with the
truth about the source under the default categories. The labels were NOT taken from
evidence-check and must never be changed to match it: a miss is a to-do item for the
registry, not for this file.

The accuracy tests print every miss, grouped by kind ("expected -> got").
"""

import re
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from conftest import alpha3, read_tsv


DATA = Path(__file__).resolve().parent / "data"
URLS = DATA / "real-urls.tsv"
NAMES = DATA / "real-names.tsv"

COLUMNS = ["input", "category", "owner", "source", "reason"]
CATEGORIES = {"un", "government", "reuters", "state_media", "ngo", "rejected", "unlisted"}
OWNED = {"government", "state_media"}

MIN_URLS = 450
MIN_NAMES = 170
MIN_COUNTRIES = 80
# Issue 12's goal is 0.98 of URLs and 0.95 of names. These floors are a ratchet: the
# accuracy measured when they were last raised (README, "How accuracy is measured"),
# so a change that loses ground fails; raise them as the registry grows.
URL_ACCURACY = 0.94
NAME_ACCURACY = 0.96


def load(path):
    return read_tsv(path, COLUMNS)


@pytest.fixture(scope="module")
def url_rows():
    return load(URLS)


@pytest.fixture(scope="module")
def name_rows():
    return load(NAMES)


def check_rows(rows, path, rules):
    problems = []
    for row in rows:
        where = f"{path.name}:{row['line']}"
        if row["category"] not in CATEGORIES:
            problems.append(f"{where}: unknown category {row['category']!r}")
        if not row["input"].strip() or row["input"] != row["input"].strip():
            problems.append(f"{where}: empty input or stray spaces")
        if not row["source"].strip():
            problems.append(f"{where}: no source")
        if not row["reason"].strip():
            problems.append(f"{where}: no reason")
        if row["category"] in OWNED:
            if not row["owner"] or alpha3(rules, row["owner"]) is None:
                problems.append(f"{where}: owner {row['owner']!r} is not an ISO alpha-3 code")
        elif row["owner"]:
            problems.append(f"{where}: owner given for category {row['category']}")
    return problems


def countries(rows, rules):
    """Owners of government/state media rows, and the (ABC) country a reason names."""
    found = {row["owner"] for row in rows if row["owner"]}
    for row in rows:
        for code in re.findall(r"\(([A-Z]{3})\)", row["reason"]):
            if alpha3(rules, code):
                found.add(code)
    return found


def test_real_citation_sets_are_wide_enough(url_rows, name_rows, rules):
    problems = check_rows(url_rows, URLS, rules) + check_rows(name_rows, NAMES, rules)
    assert problems == []

    assert len(url_rows) >= MIN_URLS
    assert len(name_rows) >= MIN_NAMES
    for rows, path in ((url_rows, URLS), (name_rows, NAMES)):
        inputs = Counter(row["input"] for row in rows)
        assert [text for text, n in inputs.items() if n > 1] == [], f"{path.name}: duplicate inputs"
        assert {row["category"] for row in rows} == CATEGORIES, f"{path.name}: a category is missing"
    assert all(re.match(r"https?://", row["input"]) for row in url_rows)

    found = countries(url_rows + name_rows, rules)
    assert len(found) >= MIN_COUNTRIES, sorted(found)
    # the sources are real documents of several kinds, not one list
    assert len({row["source"] for row in url_rows}) >= 50
    assert len({row["source"] for row in name_rows}) >= 40


SEEN = [line for line in (DATA / "seen-in-briefs.txt").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")]


def seen(text: str) -> bool:
    """A row quoted (or whose host was quoted) in a brief for registry work: no longer unseen."""
    return any(part in text for part in SEEN)


def unseen_accuracy(rows, classify) -> str:
    kept = [row for row in rows if not seen(row["input"])]
    right = sum(1 for row in kept if _right(row, classify(row["input"])))
    return f"without the {len(rows) - len(kept)} rows seen in briefs: {right / len(kept):.4f} of {len(kept)}"


def _right(row, result) -> bool:
    return result.category == row["category"] and (row["category"] not in OWNED or (result.owner or "") == row["owner"])


def measure(rows, classify):
    misses = defaultdict(list)
    correct = 0
    for row in rows:
        result = classify(row["input"])
        got = result.category
        got_owner = result.owner or ""
        right = got == row["category"] and (row["category"] not in OWNED or got_owner == row["owner"])
        if right:
            correct += 1
            continue
        expected = row["category"] + (f"/{row['owner']}" if row["owner"] else "")
        found = f"{got}" + (f"/{got_owner}" if got_owner else "")
        misses[f"{expected} -> {found}"].append(row["input"])
    return correct / len(rows), misses


def report(title, accuracy, total, misses):
    lines = [f"{title}: accuracy {accuracy:.4f} of {total} rows, {sum(map(len, misses.values()))} misses"]
    for kind, inputs in sorted(misses.items(), key=lambda item: (-len(item[1]), item[0])):
        lines.append(f"  {kind}  ({len(inputs)})")
        lines.extend(f"      {text}" for text in inputs)
    text = "\n".join(lines)
    print(text)
    return text


def test_url_accuracy_on_real_citations(url_rows, classify):
    accuracy, misses = measure(url_rows, classify)
    text = report("real URLs", accuracy, len(url_rows), misses)
    print(unseen_accuracy(url_rows, classify))
    assert accuracy >= URL_ACCURACY, text


def test_name_accuracy_on_real_citations(name_rows, classify):
    accuracy, misses = measure(name_rows, classify)
    text = report("real publisher names", accuracy, len(name_rows), misses)
    print(unseen_accuracy(name_rows, classify))
    assert accuracy >= NAME_ACCURACY, text
