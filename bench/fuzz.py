"""Fuzz the whole offline path (parse, classify, judge, record) with hypothesis at scale.

    python bench/fuzz.py [--examples 200000]

Runs far more examples than the test suite does. A crash is printed with the
falsifying input; add it to tests/test_hostile.py as an @example.
"""

from __future__ import annotations

import argparse
import string
import sys

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ALPHABET = string.printable + "é\u0435\u043e\u200b\ufeff\x00\x85\u2028%\\"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=200_000)
    args = parser.parse_args()

    from evidence_check import Checker
    from evidence_check.report.records import Recorder
    from evidence_check.urls import parse, parse_ada, parse_fast

    checker = Checker()
    recorder = Recorder(checker.ruleset.countries)
    prefixes = st.sampled_from(["", "http://", "https://", "HTTP://", "www.", "https://www.google.com/url?q=",
                                "https://web.archive.org/web/2020/", "<", "("])

    @settings(max_examples=args.examples, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(prefixes, st.text(alphabet=ALPHABET, max_size=120) | st.text(max_size=60))
    def run(prefix, rest):
        text = prefix + rest
        verdict = checker.check(text)
        recorder.json_line(verdict)
        source = parse(text)
        if source.kind == "url":
            fast = parse_fast(source.url)
            if fast is not None:
                assert fast == parse_ada(source.url), text

    run()
    print(f"{args.examples:,} examples: no crash")
    return 0


if __name__ == "__main__":
    sys.exit(main())
