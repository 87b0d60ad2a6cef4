"""Citations read from real Model UN conference documents (tests/data/MUN-CITATIONS.md).

These are the development measure for the input the tool is judged on: URLs, publisher
names and whole reference lines from background guides, study guides and research reports
of six conferences. Unlike the held-out `real-*.tsv` sets, their misses were read while
the recogniser and registry were worked on (this session's commits say which classes
were fixed), so they measure progress on the kind, not unseen accuracy. The labels were
not taken from evidence-check and are never changed to match it.
"""

import pytest

from conftest import read_tsv
from test_real_citations import CATEGORIES, OWNED, check_rows, measure, report

from test_bibliography import COLUMNS as BIB_COLUMNS
from test_real_citations import COLUMNS, DATA

URLS = DATA / "mun-urls.tsv"
NAMES = DATA / "mun-names.tsv"
BIBLIOGRAPHY = DATA / "mun-bibliography.tsv"

# Floors: the accuracy measured when this file was written (ratchet them up, never down).
URL_ACCURACY = 0.985
NAME_ACCURACY = 0.96
BIBLIOGRAPHY_ACCURACY = 0.99


@pytest.fixture(scope="module")
def sets():
    return {URLS: read_tsv(URLS, COLUMNS), NAMES: read_tsv(NAMES, COLUMNS),
            BIBLIOGRAPHY: read_tsv(BIBLIOGRAPHY, BIB_COLUMNS)}


def test_mun_sets_are_well_formed_and_wide(sets, rules):
    problems = []
    for path, rows in sets.items():
        problems += check_rows(rows, path, rules)
        assert {row["category"] for row in rows} <= CATEGORIES
    assert problems == []
    assert len(sets[URLS]) >= 900 and len(sets[NAMES]) >= 180 and len(sets[BIBLIOGRAPHY]) >= 200
    documents = {row["source"].split(";")[0] for rows in sets.values() for row in rows}
    assert len(documents) >= 20, "citations from many documents, not one list"
    owners = {row["owner"] for rows in sets.values() for row in rows if row["category"] in OWNED}
    assert len(owners) >= 30


def _check(checker):
    return lambda text: checker.check(text).classification


@pytest.mark.parametrize("which, floor", [(URLS, URL_ACCURACY), (NAMES, NAME_ACCURACY),
                                          (BIBLIOGRAPHY, BIBLIOGRAPHY_ACCURACY)], ids=["urls", "names", "lines"])
def test_accuracy_on_mun_citations(sets, checker, which, floor):
    rows = sets[which]
    accuracy, misses = measure(rows, _check(checker))
    text = report(which.name, accuracy, len(rows), misses)
    assert accuracy >= floor, text


# --- a second development set: ten more conferences (tests/data/MUN2-CITATIONS.md) ---------------

URLS2 = DATA / "mun2-urls.tsv"
NAMES2 = DATA / "mun2-names.tsv"
BIBLIOGRAPHY2 = DATA / "mun2-bibliography.tsv"
# Floors: measured when the set was added (its first figures, before any fix: URLs 0.96, names
# 0.93, lines 0.92 on its last part); ratchet them up, never down.
URL_ACCURACY2 = 0.99
NAME_ACCURACY2 = 0.98
BIBLIOGRAPHY_ACCURACY2 = 0.994


@pytest.fixture(scope="module")
def sets2():
    return {URLS2: read_tsv(URLS2, COLUMNS), NAMES2: read_tsv(NAMES2, COLUMNS),
            BIBLIOGRAPHY2: read_tsv(BIBLIOGRAPHY2, BIB_COLUMNS)}


def test_second_mun_set_is_well_formed_and_wide(sets2, rules):
    problems = []
    for path, rows in sets2.items():
        problems += check_rows(rows, path, rules)
    assert problems == []
    assert len(sets2[URLS2]) >= 800 and len(sets2[NAMES2]) >= 300 and len(sets2[BIBLIOGRAPHY2]) >= 300
    conferences = {row["source"].split(",")[0].split("(")[0].strip() for rows in sets2.values() for row in rows}
    assert len(conferences) >= 8, sorted(conferences)


@pytest.mark.parametrize("which, floor", [(URLS2, URL_ACCURACY2), (NAMES2, NAME_ACCURACY2),
                                          (BIBLIOGRAPHY2, BIBLIOGRAPHY_ACCURACY2)], ids=["urls", "names", "lines"])
def test_accuracy_on_the_second_mun_set(sets2, checker, which, floor):
    rows = sets2[which]
    accuracy, misses = measure(rows, _check(checker))
    assert accuracy >= floor, report(which.name, accuracy, len(rows), misses)


# --- a third development set: parts k, l and m (tests/data/MUN3-CITATIONS.md) ----------------------

URLS3 = DATA / "mun3-urls.tsv"
NAMES3 = DATA / "mun3-names.tsv"
BIBLIOGRAPHY3 = DATA / "mun3-bibliography.tsv"
# Floors: just under the figures at the end of the stop that added parts k, l and m (URLs 0.983, names
# 0.968, lines 0.978; each part's first figures, before the fixes it led to, are in MUN3-CITATIONS.md);
# ratchet them up, never down.
URL_ACCURACY3 = 0.985
NAME_ACCURACY3 = 0.96
BIBLIOGRAPHY_ACCURACY3 = 0.975


@pytest.fixture(scope="module")
def sets3():
    return {URLS3: read_tsv(URLS3, COLUMNS), NAMES3: read_tsv(NAMES3, COLUMNS),
            BIBLIOGRAPHY3: read_tsv(BIBLIOGRAPHY3, BIB_COLUMNS)}


def test_third_mun_set_is_well_formed_and_new(sets3, sets2, rules):
    problems = []
    for path, rows in sets3.items():
        problems += check_rows(rows, path, rules)
    assert problems == []
    assert len(sets3[URLS3]) >= 1000 and len(sets3[NAMES3]) >= 90 and len(sets3[BIBLIOGRAPHY3]) >= 175
    for mine, second in ((URLS3, URLS2), (NAMES3, NAMES2), (BIBLIOGRAPHY3, BIBLIOGRAPHY2)):
        assert not {r["input"] for r in sets3[mine]} & {r["input"] for r in sets2[second]}


@pytest.mark.parametrize("which, floor", [(URLS3, URL_ACCURACY3), (NAMES3, NAME_ACCURACY3),
                                          (BIBLIOGRAPHY3, BIBLIOGRAPHY_ACCURACY3)], ids=["urls", "names", "lines"])
def test_accuracy_on_the_third_mun_set(sets3, checker, which, floor):
    rows = sets3[which]
    accuracy, misses = measure(rows, _check(checker))
    assert accuracy >= floor, report(which.name, accuracy, len(rows), misses)
