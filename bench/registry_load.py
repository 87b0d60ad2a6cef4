"""Loading the full default ruleset: from YAML (validated) against the compiled cache.

    python bench/registry_load.py [--runs 5]

Each figure is a fresh process (so imports count too), mean of --runs.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile

CODE = """
import time
start = time.perf_counter()
from evidence_check import load_rules
rules = load_rules()
print((time.perf_counter() - start) * 1000, len(rules.index.publishers))
"""


def measure(env: dict, runs: int) -> tuple[float, int]:
    samples, count = [], 0
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, env=env, check=True)
        ms, count = out.stdout.split()
        samples.append(float(ms))
    return statistics.mean(samples), int(count)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "EVIDENCE_CHECK_CACHE_DIR": cache}
        yaml_ms, count = measure({**env, "EVIDENCE_CHECK_NO_CACHE": "1"}, args.runs)
        subprocess.run([sys.executable, "-c", CODE], env=env, capture_output=True, check=True)  # build the cache
        cached_ms, _ = measure(env, args.runs)
    print(f"{count:,} publishers")
    print(f"from YAML, validated   {yaml_ms:8.1f} ms")
    print(f"from the cache         {cached_ms:8.1f} ms   ({yaml_ms / cached_ms:.0f}x faster)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
