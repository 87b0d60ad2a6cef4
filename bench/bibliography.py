"""Free-text recognition speed: a 1,000-line bibliography through `check`.

    python bench/bibliography.py [--lines 1000] [--runs 5]

The lines are the real bibliography entries of tests/data/real-bibliography.tsv
(MLA, APA, Chicago, GOST, ABNT; five languages), repeated and numbered so that
no two lines are the same (each is recognised afresh, no cache hit). Reports
the library (`Checker.check` per line, the ruleset already loaded, the
recogniser built once) and the whole CLI run (`evidence-check check --format
jsonl --input FILE`, start-up and ruleset load included), medians of --runs.
"""

from __future__ import annotations

import argparse
import csv
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "real-bibliography.tsv"


def lines(count: int) -> list[str]:
    with DATA.open(encoding="utf-8", newline="") as handle:
        rows = [row["input"] for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)]
    return [f"{rows[n % len(rows)]} [{n}]" for n in range(count)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
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
    cli = []
    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8", delete=False) as handle:
        handle.write("\n".join(text) + "\n")
    for _ in range(args.runs):
        started = time.perf_counter()
        subprocess.run([exe, "check", "--format", "jsonl", "--fail-on", "none", "--input", handle.name],
                       check=True, stdout=subprocess.DEVNULL)
        cli.append(time.perf_counter() - started)
    Path(handle.name).unlink()
    print(f"{args.lines} bibliography lines")
    print(f"  library  Checker.check per line: {statistics.median(library) * 1000:7.1f} ms "
          f"({statistics.median(library) / args.lines * 1e6:.0f} µs a line)")
    print(f"  CLI      check --format jsonl:   {statistics.median(cli) * 1000:7.1f} ms (start-up included)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
