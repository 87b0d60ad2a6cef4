"""A held-out measure: citations from Model UN documents nobody tuned to (tests/data/MUN-HOLDOUT.md).

The rows are never quoted in briefs or registry bases, and this test never prints a miss:
only the figures. A row someone has looked at is no longer held out and must move to the
development sets (tests/data/mun-*.tsv). The floors sit a little below what was measured
when the set was added; a change that loses ground on unseen citations fails here.
"""

import pytest

from conftest import read_tsv
from test_bibliography import COLUMNS as BIB_COLUMNS
from test_real_citations import COLUMNS, DATA, OWNED, check_rows

SETS = {  # file, columns, floor
    "urls": (DATA / "mun-holdout-urls.tsv", COLUMNS, 0.98),
    "names": (DATA / "mun-holdout-names.tsv", COLUMNS, 0.96),
    "lines": (DATA / "mun-holdout-bibliography.tsv", BIB_COLUMNS, 0.955),
}


def _right(row, classification) -> bool:
    return classification.category == row["category"] and (
        row["category"] not in OWNED or (classification.owner or "") == row["owner"])


@pytest.mark.parametrize("which", SETS)
def test_accuracy_on_held_out_mun_citations(which, checker, rules):
    path, columns, floor = SETS[which]
    rows = read_tsv(path, columns)
    assert not check_rows(rows, path, rules), f"{path.name}: malformed rows"
    right = sum(_right(row, checker.check(row["input"]).classification) for row in rows)
    accuracy = right / len(rows)
    print(f"held-out {which}: {accuracy:.4f} of {len(rows)}")  # the figure only, never a row
    assert accuracy >= floor, f"held-out {which}: {accuracy:.4f} of {len(rows)} (floor {floor})"
