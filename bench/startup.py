"""Start-up: cold runs of the CLI against `python -c "import typer"`, interleaved pairs.

    python bench/startup.py [--repeat 15]

Each command is paired with the bare typer import (the floor for any typer CLI), the
two run back to back in alternating order --repeat times after a warm-up (which also
builds the compiled-ruleset cache). Printed: the median of the per-pair ratios
command / typer import, with min-max, from CPU time (and from wall time).

The package's bytecode is compiled first (`compileall`, as installing a wheel does), so the
figure is an installed run's: typer's own modules are compiled in site-packages, and with
PYTHONDONTWRITEBYTECODE set (or after an edit) an editable checkout would otherwise compile
its source on every run, some 60 ms that no user pays. --no-compile measures that case.
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
    parser.add_argument("--no-compile", action="store_true", help="do not compile the package's bytecode first")
    args = parser.parse_args()
    python = sys.executable
    if not args.no_compile:
        import compileall

        import evidence_check

        compileall.compile_dir(str(Path(evidence_check.__file__).parent), quiet=1)
    exe = shutil.which("evidence-check", path=os.path.dirname(python)) or "evidence-check"
    floor = command([python, "-c", "import typer"])
    cases = [
        ("python -c pass", [python, "-c", "pass"]),
        ("evidence-check --help", [exe, "--help"]),
        ("evidence-check check https://www.un.org/x", [exe, "check", "https://www.un.org/x"]),
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
