"""Free-text recognition speed: a 1,000-line bibliography through `check`, paired.

    python bench/bibliography.py [--lines 1000] [--repeat 5]

The lines are the real bibliography entries of tests/data/real-bibliography.tsv
(MLA, APA, Chicago, GOST, ABNT; five languages), repeated and numbered so that
no two lines are the same (each is recognised afresh, no cache hit). Reports
the library (`Checker.check` per line, the ruleset already loaded, the
recogniser built once; median and min-max of --repeat runs) and the whole CLI
run (`evidence-check check --format jsonl --input FILE`) in interleaved pairs with
the CLI's start-up on one URL (bench/_pairs.py): the median of per-pair ratios
with min-max says what the lines cost in start-ups.
"""

from __future__ import annotations

import argparse
import csv
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _pairs import command, measure, report, repeat_default, spread  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "real-bibliography.tsv"


def lines(count: int) -> list[str]:
    with DATA.open(encoding="utf-8", newline="") as handle:
        rows = [row["input"] for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)]
    return [f"{rows[n % len(rows)]} [{n}]" for n in range(count)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=1000)
    parser.add_argument("--repeat", "--runs", dest="runs", type=int, default=repeat_default("BIB_REPEAT", 5))
    args = parser.parse_args()
    from evidence_check import Checker

    text = lines(args.lines)
    library = []
    for _ in range(args.runs):
        # a new checker each run: its memo of lines already read must not serve the next run
        checker = Checker()
        checker.check("warm-up: Ministry of Foreign Affairs of Japan")  # builds the recogniser
        started = time.perf_counter()
        for line in text:
            checker.check(line)
        library.append(time.perf_counter() - started)
    exe = shutil.which("evidence-check", path=str(Path(sys.executable).parent)) or "evidence-check"
    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8", delete=False) as handle:
        handle.write("\n".join(text) + "\n")
    startup = command([exe, "check", "--format", "jsonl", "--fail-on", "none", "https://www.un.org/"])
    whole = command([exe, "check", "--format", "jsonl", "--fail-on", "none", "--input", handle.name])
    pairs = measure(startup, whole, repeat=args.runs)
    Path(handle.name).unlink()
    per_line = [t / args.lines * 1e6 for t in library]
    print(f"{args.lines} bibliography lines")
    print(f"  library  Checker.check per line: {spread(per_line)} µs a line (median, min-max of {args.runs})")
    print(f"  CLI      check --format jsonl:   {pairs.median('b', 'wall') * 1000:7.1f} ms (start-up included)")
    print("  " + report("CLI on the lines / CLI on one URL", pairs, "cpu"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
