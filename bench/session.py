#!/usr/bin/env python3
"""Time rulings in one chair's session, the plain (non-terminal) path.

    python bench/session.py [--rulings 100] [--repeat 5]

Runs one session in this process, as `evidence-check session LOG < script` does:
each line is parsed, judged, ruled, appended to the log (flushed and fsync'd)
and printed. Prints the median and the slowest time from a line handed over to
its ruling printed, over --repeat sessions (median of the sessions' medians, with
min-max), paired with `Checker.check` of each line as a whole (the same words judged
without a session): the ratio says what a session adds. Target: median under 20 ms
on a 2-core machine.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _pairs import repeat_default, spread  # noqa: E402

LINES = ["tass fr by ru about ua", "cn", "xinhua us by cn about us", "https://www.state.gov/reports/ cn by fr",
         "unodc.org ru", "rt.com ua by ru about ua", "wikipedia.org fr", "reuters.com gb about cn",
         "\"U.S. Department of State\" china by fr", "globaltimes.cn in about cn"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rulings", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=repeat_default("SESSION_REPEAT", 5))
    args = parser.parse_args()
    from evidence_check import Checker, load_rules

    checker = Checker(load_rules())
    medians, ratios = [], []
    for number in range(args.repeat):
        checks = _checks(checker, args.rulings) if number % 2 else None
        status, times = _session(args.rulings)
        if status:
            return status
        checks = checks or _checks(checker, args.rulings)
        medians.append(statistics.median(times) * 1000)
        ratios.append(statistics.median(times) / statistics.median(checks))
    median = statistics.median(medians)
    print(f"{args.rulings} rulings a session, {args.repeat} sessions: median {spread(medians)} ms per ruling; "
          f"{spread(ratios)} x Checker.check of the line (target: median < 20 ms)")
    return 0 if median < 20 else 1


def _checks(checker, count: int) -> list[float]:
    times = []
    for number in range(count):
        started = time.perf_counter()
        checker.check(LINES[number % len(LINES)])
        times.append(time.perf_counter() - started)
    return times


def _session(rulings: int) -> tuple[int, list[float]]:
    class args:  # noqa: N801 - the old main's names
        pass

    args.rulings = rulings

    from evidence_check import load_rules
    from evidence_check.session.engine import Session, Settings
    from evidence_check.session.lines import CountryFinder
    from evidence_check.session.engine import parse_committee
    from evidence_check.session.log import Log
    from evidence_check.session.render import Screen

    ruleset = load_rules()
    members = parse_committee("China, France, Russia, Ukraine, United States, United Kingdom, India",
                              CountryFinder(ruleset.countries))
    with tempfile.TemporaryDirectory() as folder:
        log = Log(Path(folder) / "bench.jsonl")
        out = io.StringIO()
        session = Session(ruleset, log, Screen(out, io.StringIO(), color=False), Settings("bench", members))
        session.start()
        times = []
        for number in range(args.rulings):
            line = LINES[number % len(LINES)]
            started = time.perf_counter()
            session.handle(line)
            session.out.flush()
            times.append(time.perf_counter() - started)
        log.close()
        written = len(log.rows())
    if session.errors or written != args.rulings:
        print(f"error: {session.errors} line(s) failed, {written} of {args.rulings} logged", file=sys.stderr)
        return 1, times
    return 0, times


if __name__ == "__main__":
    sys.exit(main())
