"""Held-out test set of REAL bibliography lines and footnotes (issue 13 "Done means").

tests/data/real-bibliography.tsv holds whole bibliography entries and footnotes exactly as
real documents print them (reference lists of journal articles and reports, Wikipedia
reference sections, course materials, theses, MUN-style papers; MLA, APA, Chicago,
Harvard, GOST, ABNT, footnotes), in English, French, Spanish, Portuguese and Russian,
most of them without a URL: what a delegate pastes. Each is labelled with the truth about
the publisher it cites under the default categories (tests/data/REAL-CITATIONS.md,
"Bibliography lines"). The labels were NOT taken from evidence-check and must never be
changed to match it: a miss is a to-do item for the recogniser or the registry.

Three tests: the set is wide enough; `check` classifies the lines (the accuracy test
prints every miss grouped as "expected -> got"); and `check` on a line, `extract` on a
paper made of the lines under a "## Bibliography" heading, and `check --from` on that
paper agree on the publisher.
"""

import json
import re
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from conftest import alpha3, read_tsv, run_cli

DATA = Path(__file__).resolve().parent / "data"
BIBLIOGRAPHY = DATA / "real-bibliography.tsv"

COLUMNS = ["input", "category", "owner", "style", "language", "source", "reason"]
CATEGORIES = {"un", "government", "reuters", "state_media", "ngo", "rejected", "unlisted"}
OWNED = {"government", "state_media"}
STYLES = {"mla", "apa", "chicago", "harvard", "gost", "abnt", "footnote", "other"}
LANGUAGES = {"en", "fr", "es", "pt", "ru"}

MIN_ROWS = 180
MIN_WITHOUT_URL = 120
MIN_PER_OTHER_LANGUAGE = 10  # French, Spanish, Portuguese, Russian each
MIN_STYLES = 7
MIN_SOURCES = 40
# Issue 13's goal is 0.95 of bibliography lines right on category. A ratchet, like the
# real-citation floors (tests/test_real_citations.py): the accuracy measured when it was last
# raised (0.94 of 199), so a change that loses ground fails; raise it as recognition improves.
BIB_ACCURACY = 0.96

# An address written in the line: a scheme, "www.", or a bare host with a path.
_URL = re.compile(r"https?://|\bwww\d?\.|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:org|com|gov|int|net|ru|uk|br|fr)/", re.I)

HEADER_LINES = ["# Position paper", "", "## Bibliography", ""]


def load():
    return read_tsv(BIBLIOGRAPHY, COLUMNS)


@pytest.fixture(scope="module")
def rows():
    return load()


def has_url(text):
    return _URL.search(text) is not None


def expected(row):
    return row["category"] + (f"/{row['owner']}" if row["owner"] else "")


def got(classification):
    return classification.category + (f"/{classification.owner}" if classification.owner else "")


# --- (1) width --------------------------------------------------------------------------


def test_bibliography_set_is_wide_enough(rows, rules):
    problems = []
    for row in rows:
        where = f"{BIBLIOGRAPHY.name}:{row['line']}"
        if not row["input"].strip() or row["input"] != row["input"].strip():
            problems.append(f"{where}: empty input or stray spaces")
        if row["category"] not in CATEGORIES:
            problems.append(f"{where}: unknown category {row['category']!r}")
        if row["style"] not in STYLES:
            problems.append(f"{where}: unknown style {row['style']!r}")
        if row["language"] not in LANGUAGES:
            problems.append(f"{where}: unknown language {row['language']!r}")
        if not row["source"].strip():
            problems.append(f"{where}: no source")
        if not row["reason"].strip():
            problems.append(f"{where}: no reason")
        if row["category"] in OWNED:
            if not row["owner"] or alpha3(rules, row["owner"]) is None:
                problems.append(f"{where}: owner {row['owner']!r} is not an ISO alpha-3 code")
        elif row["owner"]:
            problems.append(f"{where}: owner given for category {row['category']}")
    assert problems == []

    assert len(rows) >= MIN_ROWS
    duplicates = [text for text, n in Counter(row["input"] for row in rows).items() if n > 1]
    assert duplicates == []
    # what a delegate pastes: names, titles, dates, places, mostly without an address
    assert sum(1 for row in rows if not has_url(row["input"])) >= MIN_WITHOUT_URL
    assert any(has_url(row["input"]) for row in rows)

    languages = Counter(row["language"] for row in rows)
    assert set(languages) == LANGUAGES, languages
    assert languages["en"] == max(languages.values()), languages  # English is most
    for language in LANGUAGES - {"en"}:
        assert languages[language] >= MIN_PER_OTHER_LANGUAGE, (language, languages)

    styles = Counter(row["style"] for row in rows)
    assert len(styles) >= MIN_STYLES, styles
    assert {"mla", "apa", "gost", "abnt", "footnote"} <= set(styles), styles

    assert {row["category"] for row in rows} == CATEGORIES
    # every category is met without an address too, where the name alone must decide
    assert {row["category"] for row in rows if not has_url(row["input"])} == CATEGORIES
    assert len({row["source"] for row in rows}) >= MIN_SOURCES


# --- (2) accuracy -----------------------------------------------------------------------


def measure(rows, checker):
    """Category accuracy, and the misses grouped by kind ("expected -> got")."""
    misses = defaultdict(list)
    right = owner_right = 0
    for row in rows:
        classification = checker.check(row["input"]).classification
        if classification.category == row["category"]:
            right += 1
            if row["category"] not in OWNED or (classification.owner or "") == row["owner"]:
                owner_right += 1
                continue
        misses[f"{expected(row)} -> {got(classification)}"].append(f"[{row['language']}] {row['input']}")
    return right / len(rows), owner_right / len(rows), misses


def report(category_accuracy, owner_accuracy, total, misses):
    lines = [f"real bibliography lines: category accuracy {category_accuracy:.4f}, with owner "
             f"{owner_accuracy:.4f}, of {total} rows; {sum(map(len, misses.values()))} misses"]
    for kind, inputs in sorted(misses.items(), key=lambda item: (-len(item[1]), item[0])):
        lines.append(f"  {kind}  ({len(inputs)})")
        lines.extend(f"      {text}" for text in inputs)
    text = "\n".join(lines)
    print(text)
    return text


def test_bibliography_accuracy(rows, checker):
    category_accuracy, owner_accuracy, misses = measure(rows, checker)
    text = report(category_accuracy, owner_accuracy, len(rows), misses)
    assert category_accuracy >= BIB_ACCURACY, text


# --- (3) consistency: check, extract and check --from ----------------------------------


def write_paper(rows, folder):
    """All rows as one paper, one entry per paragraph; returns the path and row -> line."""
    lines = list(HEADER_LINES)
    where = {}
    for index, row in enumerate(rows):
        lines.append(row["input"])
        where[index] = len(lines)  # 1-based line number of the entry
        lines.append("")
    path = Path(folder) / "paper.md"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path, where


def by_line(output):
    """jsonl rows by the line numbers they were found at."""
    found = defaultdict(list)
    for text in output.decode("utf-8").splitlines():
        row = json.loads(text)
        for location in row["locations"]:
            kind, _, number = location.partition(" ")
            assert kind == "line", location
            found[int(number)].append(row)
    return found


def publisher_id(classification):
    return classification.publisher.id if classification.publisher is not None else None


def test_check_extract_and_from_agree_on_the_publisher(rows, checker, exe, tmp_path):
    path, where = write_paper(rows, tmp_path)

    extracted = run_cli(exe, "extract", str(path), "--format", "jsonl")
    assert extracted.returncode == 0, extracted.stderr
    from_paper = run_cli(exe, "check", "--from", str(path), "--format", "jsonl", "--fail-on", "none")
    assert from_paper.returncode == 0, from_paper.stderr
    extracted_at, judged_at = by_line(extracted.stdout), by_line(from_paper.stdout)
    assert set(judged_at) == set(extracted_at)  # --from judges exactly what extract finds

    disagreements, only_in_paper = [], []
    for index, row in enumerate(rows):
        line = where[index]
        alone = checker.check(row["input"]).classification
        wanted = publisher_id(alone)
        from_extract = {publisher_id(checker.check(found["text"]).classification) for found in extracted_at[line]}
        from_check = {(found["publisher_id"], found["category"]) for found in judged_at[line]}
        if wanted is None:
            if any(pid for pid, _ in from_check):
                only_in_paper.append(f"line {line}: {sorted(from_check)}  {row['input'][:100]}")
            continue
        if from_extract != {wanted} or from_check != {(wanted, alone.category)}:
            disagreements.append(f"line {line}: check {wanted}/{alone.category}, "
                                 f"extract {sorted(map(str, from_extract))}, "
                                 f"check --from {sorted(map(str, from_check))}  {row['input'][:100]}")
    if only_in_paper:
        print("found in the paper but not by check on the line alone:\n  " + "\n  ".join(only_in_paper))
    assert disagreements == [], "\n".join(disagreements)


def test_challenge_reads_a_line_as_check_does(rows, checker, exe):
    """challenge names the same publisher for the same text (every tenth row: a real CLI call each)."""
    for row in rows[::10]:
        result = run_cli(exe, "challenge", row["input"], "--challenger", "France", "--format", "json")
        assert result.returncode in (0, 1, 3), result.stderr  # a ruling was given
        ruled = json.loads(result.stdout)["source"]
        alone = checker.check(row["input"]).classification
        assert (ruled["publisher_id"], ruled["category"]) == (publisher_id(alone), alone.category), row["input"]
