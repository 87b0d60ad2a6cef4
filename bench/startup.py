"""Start-up: cold runs of the CLI against `python -c "import typer"`, interleaved pairs.

    python bench/startup.py [--repeat 15]

Each command is paired with the bare typer import (the floor for any typer CLI), the
two run back to back in alternating order --repeat times after a warm-up (which also
builds the compiled-ruleset cache). Printed: the median of the per-pair ratios
command / typer import, with min-max, from CPU time (and from wall time).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _pairs import command, measure, report, repeat_default  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", "--runs", type=int, default=repeat_default("STARTUP_REPEAT", 15))
    args = parser.parse_args()
    python = sys.executable
    exe = shutil.which("evidence-check", path=os.path.dirname(python)) or "evidence-check"
    floor = command([python, "-c", "import typer"])
    cases = [
        ("python -c pass", [python, "-c", "pass"]),
        ("evidence-check --help", [exe, "--help"]),
        ("evidence-check check https://www.reuters.com/world/", [exe, "check", "https://www.reuters.com/world/"]),
        ("... --format jsonl", [exe, "check", "--format", "jsonl", "https://www.reuters.com/world/"]),
    ]
    print(f"ratio to `python -c \"import typer\"`, {args.repeat} interleaved pairs each")
    for name, argv in cases:
        pairs = measure(floor, command(argv), repeat=args.repeat)
        print(report(name, pairs, "cpu"), flush=True)
        print(report("  (wall)", pairs, "wall"), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
