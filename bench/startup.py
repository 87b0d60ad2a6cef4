"""Start-up: cold runs of the CLI against `python -c "import typer"`, in the same run.

    python bench/startup.py [--runs 20]

Each command runs --runs times (after one warm-up that also builds the compiled-
ruleset cache); the mean wall time is printed in ms and as a ratio to the bare
typer import (the floor for any typer CLI) and to bare Python.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time


def timed(command: list[str], runs: int) -> float:
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # warm-up
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        samples.append(time.perf_counter() - start)
    return statistics.mean(samples) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    python = sys.executable
    exe = shutil.which("evidence-check", path=os.path.dirname(python)) or "evidence-check"
    cases = [
        ("python -c pass", [python, "-c", "pass"]),
        ('python -c "import typer"', [python, "-c", "import typer"]),
        ("evidence-check --help", [exe, "--help"]),
        ("evidence-check check https://www.reuters.com/world/", [exe, "check", "https://www.reuters.com/world/"]),
        ("... --format jsonl", [exe, "check", "--format", "jsonl", "https://www.reuters.com/world/"]),
    ]
    results = {name: timed(command, args.runs) for name, command in cases}
    floor = results['python -c "import typer"']
    bare = results["python -c pass"]
    for name, ms in results.items():
        print(f"{name:<55} {ms:7.1f} ms  {ms / floor:5.2f} x typer import  {ms / bare:5.1f} x python")
    return 0


if __name__ == "__main__":
    sys.exit(main())
