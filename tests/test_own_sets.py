"""Issue 12's goal on our own test sets taken together: 98 % of URLs and 95 % of publisher names
right (category, and owner for government and state media), across every development set built
from real material (tests/data/REAL-CITATIONS.md, MUN-CITATIONS.md, MUN2-CITATIONS.md,
MUN3-CITATIONS.md). The held-out set is not among them: tests/test_mun_holdout.py reports it.
Each set also has its own floor (test_real_citations.py, test_mun_citations.py); this one holds
the goal itself, so a change that loses ground on the whole fails even where no single floor does."""

import pytest

from conftest import read_tsv
from test_real_citations import COLUMNS, DATA, measure, report

URL_SETS = ("real-urls.tsv", "mun-urls.tsv", "mun2-urls.tsv", "mun3-urls.tsv")
NAME_SETS = ("real-names.tsv", "mun-names.tsv", "mun2-names.tsv", "mun3-names.tsv")


@pytest.mark.parametrize("files, goal", [(URL_SETS, 0.98), (NAME_SETS, 0.95)], ids=["urls", "names"])
def test_the_goal_holds_on_our_sets_together(checker, files, goal):
    rows = [row for name in files for row in read_tsv(DATA / name, COLUMNS)]
    assert len(rows) >= (4000 if goal == 0.98 else 1300)
    accuracy, misses = measure(rows, lambda text: checker.check(text).classification)
    assert accuracy >= goal, report("+".join(files), accuracy, len(rows), misses)
