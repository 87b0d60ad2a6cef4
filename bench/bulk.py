"""Bulk offline classification: evidence-check against bare tldextract, same URLs, same run.

    python bench/bulk.py [--count 1000000]

Writes the URLs to bench/data/urls-N.txt (once), then measures, each as URLs/s:
  1. baseline: tldextract.extract on every URL (bundled suffix list, no network);
  2. the library API: Checker.check on each line, streamed;
  3. the CLI: `evidence-check check --format jsonl --input FILE > /dev/null`, with its peak memory.
Figures are printed as ratios against the baseline, so they mean something on a noisy machine.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def ensure_urls(count: int) -> Path:
    from urlgen import urls

    path = HERE / "data" / f"urls-{count}.txt"
    if not path.exists():
        path.parent.mkdir(exist_ok=True)
        with open(path, "w", encoding="utf-8") as out:
            for url in urls(count):
                out.write(url + "\n")
    return path


def lines(path: Path):
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            yield line.rstrip("\n")


def rate(count: int, seconds: float) -> float:
    return count / seconds if seconds else float("inf")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1_000_000)
    args = parser.parse_args()
    path = ensure_urls(args.count)
    print(f"{args.count:,} URLs in {path.relative_to(HERE.parent)}")

    import tldextract

    extract = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    start = time.perf_counter()
    for url in lines(path):
        extract(url)
    base = rate(args.count, time.perf_counter() - start)
    print(f"baseline  tldextract.extract       {base:>10,.0f} URLs/s   1.00")

    from evidence_check import Checker

    checker = Checker()
    start = time.perf_counter()
    for number, url in enumerate(lines(path), 1):
        checker.check(url, number)
    api = rate(args.count, time.perf_counter() - start)
    print(f"library   Checker.check            {api:>10,.0f} URLs/s   {api / base:.2f} x baseline")

    exe = shutil.which("evidence-check", path=os.path.dirname(sys.executable)) or "evidence-check"
    start = time.perf_counter()
    with open(os.devnull, "w") as devnull:
        subprocess.run([exe, "check", "--format", "jsonl", "--fail-on", "none", "--input", str(path)],
                       stdout=devnull, check=True)
    cli = rate(args.count, time.perf_counter() - start)
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"cli       check --format jsonl     {cli:>10,.0f} URLs/s   {cli / base:.2f} x baseline")
    print(f"cli       peak memory (max RSS)    {peak_mb:>10,.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
