"""Loading the full default ruleset: from YAML (validated) against the compiled cache, paired.

    python bench/registry_load.py [--repeat 5]

Each sample is a fresh process (so imports count too); YAML and cached loads run in
interleaved pairs, and the figure is the median of per-pair ratios YAML / cached
with min-max (wall time: the load is what a user waits for).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _pairs import command, measure, report, repeat_default  # noqa: E402

CODE = """
from evidence_check import load_rules
rules = load_rules()
print(len(rules.index.publishers))
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", "--runs", type=int, default=repeat_default("LOAD_REPEAT", 5))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "EVIDENCE_CHECK_CACHE_DIR": cache}
        out = subprocess.run([sys.executable, "-c", CODE], env=env, capture_output=True, text=True, check=True)
        count = int(out.stdout.split()[-1])  # this run also builds the cache
        cached = command([sys.executable, "-c", CODE], env=env)
        yaml = command([sys.executable, "-c", CODE], env={**env, "EVIDENCE_CHECK_NO_CACHE": "1"})
        pairs = measure(cached, yaml, repeat=args.repeat, warmup=0)
    print(f"{count:,} publishers; {args.repeat} interleaved pairs")
    print(report("from YAML / from the cache", pairs, "wall"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
