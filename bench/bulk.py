"""Bulk offline classification: evidence-check against bare tldextract, interleaved pairs.

    python bench/bulk.py [--count 200000] [--repeat 5] [--formats jsonl,csv,json] [--base SRC]

Writes the URLs to bench/data/urls-N.txt (once; bench/urlgen.py), then runs, in pairs
that alternate which goes first (bench/_pairs.py), each as a fresh process reading the file:
  A. baseline: tldextract.extract on every line (bundled suffix list, no network);
  B. the library (`Checker.check` per line) and the CLI (`evidence-check check --format F
     --input FILE > /dev/null`) for each format asked for.
Each figure is the median of the per-pair throughput ratios A-time / B-time (so 0.40 means
40 % of tldextract's URLs/s; start-up included) with min-max, from CPU time. Peak memory
(max RSS) of each CLI format is measured in a run of its own. --base SRC adds the same CLI
from another source tree (e.g. `git archive HEAD | tar -x -C /tmp/base`, then
--base /tmp/base/src), paired against today's, for before/after figures.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from _pairs import command, measure, peak, repeat_default, spread  # noqa: E402

TLDEXTRACT = """
import sys, tldextract
extract = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
with open(sys.argv[1], encoding="utf-8") as handle:
    for line in handle:
        extract(line.rstrip("\\n"))
"""
LIBRARY = """
import sys
from evidence_check import Checker
checker = Checker()
with open(sys.argv[1], encoding="utf-8") as handle:
    for number, line in enumerate(handle, 1):
        checker.check(line.rstrip("\\n"), number)
"""


def ensure_urls(count: int) -> Path:
    from urlgen import urls

    path = HERE / "data" / f"urls-{count}.txt"
    if not path.exists():
        path.parent.mkdir(exist_ok=True)
        with open(path, "w", encoding="utf-8") as out:
            for url in urls(count):
                out.write(url + "\n")
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=repeat_default("BULK_REPEAT", 5))
    parser.add_argument("--formats", default="jsonl", help="CLI formats to pair with the baseline")
    parser.add_argument("--no-library", action="store_true")
    parser.add_argument("--base", metavar="SRC", help="another source tree's src/ to compare the CLI with")
    parser.add_argument("--src", metavar="SRC", help="run today's CLI and library from this src/ (python -m) "
                                                       "rather than the installed one")
    args = parser.parse_args()
    path = ensure_urls(args.count)
    print(f"{args.count:,} URLs in {path.relative_to(HERE.parent)}; {args.repeat} interleaved pairs each "
          "(median of per-pair ratios, min-max; CPU time)")
    python = sys.executable
    exe = shutil.which("evidence-check", path=os.path.dirname(python)) or "evidence-check"
    today = {**os.environ, "PYTHONPATH": args.src} if args.src else None
    if args.src:
        exe = None
    base = command([python, "-c", TLDEXTRACT, str(path)])
    cases = [] if args.no_library else [("library  Checker.check",
                                         command([python, "-c", LIBRARY, str(path)], env=today))]
    formats = [f for f in args.formats.split(",") if f]
    clis = {f: ([exe] if exe else [python, "-m", "evidence_check"])
            + ["check", "--format", f, "--fail-on", "none", "--input", str(path)] for f in formats}
    cases += [(f"cli      check --format {f}", command(argv, env=today)) for f, argv in clis.items()]
    for name, sample in cases:
        pairs = measure(base, sample, repeat=args.repeat)
        ratios = [a.cpu / b.cpu for a, b in zip(pairs.a, pairs.b)]
        rate = args.count / pairs.median("b")
        print(f"{name:<32} {spread(ratios):>20} x tldextract   ({rate:,.0f} URLs/s, tldextract "
              f"{args.count / pairs.median('a'):,.0f})", flush=True)
    if args.base:
        env = {**os.environ, "PYTHONPATH": args.base}
        for f, argv in clis.items():
            old = command([python, "-m", "evidence_check", *argv[argv.index("check"):]], env=env)
            pairs = measure(old, command(argv, env=today), repeat=args.repeat)
            ratios = [a.cpu / b.cpu for a, b in zip(pairs.a, pairs.b)]
            print(f"cli      {f}: base time / today's time {spread(ratios):>20} x faster", flush=True)
    for f, argv in clis.items():
        print(f"cli      peak memory --format {f:<6} {peak(argv, env=today):8,.0f} MB", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
