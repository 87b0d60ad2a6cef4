"""The bulk path's bytes against the ordinary path's, on bench/urlgen.py lines (default 200k).

    python bench/bulk_bytes.py [--count 200000] [--formats jsonl,csv]

In one process, for each format: `run` with the per-host row fragments (run.fast_rows)
and without, on the same lines; exits 1 at the first row that differs. Also prints the
two times (CPU), as a pair. tests/test_bulk_fast_path.py runs the same check on 20k lines.
"""

from __future__ import annotations

import argparse
import io
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


class Binary(io.StringIO):
    def __init__(self):
        super().__init__()
        self.buffer = io.BytesIO()


def output(rules, writer_class, lines, fast: bool):
    from evidence_check.api import Checker
    from evidence_check.cli.common import meta_of
    from evidence_check.report.records import Tally
    from evidence_check.run import FailOn, fast_rows, run

    checker = Checker(rules)
    out = Binary()
    writer = writer_class(out, meta_of(rules, checker.context), rules.countries)
    tally = Tally()
    fail_on = FailOn.parse("rejected,invalid")

    def emit(verdict):
        tally.add(verdict)
        writer.row(verdict)

    started = time.process_time()
    outcome = run(checker, lines, emit, fail_on, fast_rows(checker, writer, tally, fail_on) if fast else None)
    writer.end(tally, 0)
    return (out.buffer.getvalue() + out.getvalue().encode(), tally.as_dict(), outcome.findings,
            time.process_time() - started)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200_000)
    parser.add_argument("--formats", default="jsonl,csv")
    args = parser.parse_args()
    from urlgen import urls

    from evidence_check import load_rules
    from evidence_check.report.formats import WRITERS

    rules = load_rules()
    lines = list(urls(args.count))
    status = 0
    for name in args.formats.split(","):
        slow = output(rules, WRITERS[name], lines, False)
        fast = output(rules, WRITERS[name], lines, True)
        same = slow[:3] == fast[:3]
        if not same:
            status = 1
            for number, (a, b) in enumerate(zip(slow[0].splitlines(), fast[0].splitlines())):
                if a != b:
                    print(f"{name}: row {number} differs:\n  {a!r}\n  {b!r}")
                    break
        print(f"{name:<6} {args.count:,} lines: {'identical' if same else 'DIFFERENT'} "
              f"({len(fast[0]):,} bytes); ordinary {slow[3]:.2f} s, bulk path {fast[3]:.2f} s CPU "
              f"({slow[3] / fast[3]:.2f} x)")
    return status


if __name__ == "__main__":
    sys.exit(main())
