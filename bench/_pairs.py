"""Paired, interleaved timing for the bench scripts: A and B run in turns, many times.

On a shared machine one sequential sample of A then B says little (load moves
between them). Here each repeat runs A and B back to back, alternating which
goes first (A B, B A, ...), and the figure is the median of the per-pair ratios
B/A with their min and max: drift that hits both halves of a pair cancels out.

    from _pairs import measure, command, report
    a = command([python, "-c", "import typer"])
    b = command([exe, "check", "https://www.un.org/"])
    print(report("check URL / import typer", measure(a, b, repeat=15)))

A sample is a callable returning a `Sample` (wall seconds, CPU seconds, peak RSS
in MB or None); `command` makes one for a subprocess (CPU of the child, from
getrusage), `call` for a function in this process.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass


@dataclass
class Sample:
    wall: float
    cpu: float
    peak_mb: float | None = None


@dataclass
class Pairs:
    a: list[Sample]
    b: list[Sample]

    def ratios(self, what: str = "cpu") -> list[float]:
        return [getattr(y, what) / getattr(x, what) for x, y in zip(self.a, self.b) if getattr(x, what)]

    def median(self, side: str, what: str = "cpu") -> float:
        return statistics.median(getattr(s, what) for s in getattr(self, side))


class Failed(RuntimeError):
    """A benchmarked command failed: its figure would time an error message."""


def command(argv: Sequence[str], stdin: str | None = None, env: dict | None = None,
            ok: tuple[int, ...] = (0, 1)) -> Callable[[], Sample]:
    """A sample that runs argv once (output discarded); CPU is the child's user + system time;
    an exit status outside `ok` raises Failed with the end of its standard error.
    Peak memory is the child's max RSS when it is the largest child so far (Linux reports the
    largest of all waited-for children): run the big process first, or read it from `peak`."""

    def run() -> Sample:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        if stdin is not None:
            with open(stdin, "rb") as handle:
                done = subprocess.run(list(argv), stdin=handle, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                      env=env)
        else:
            done = subprocess.run(list(argv), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
        wall = time.perf_counter() - start
        if done.returncode not in ok:
            raise Failed(f"{' '.join(argv)[:120]}: exit {done.returncode}: "
                         + done.stderr.decode(errors="replace")[-500:])
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        return Sample(wall, cpu)

    return run


def peak(argv: Sequence[str], stdin: str | None = None, env: dict | None = None) -> float:
    """Peak RSS in MB of one run of argv, measured alone (GNU time is not assumed: a wrapper
    process reports its own child's max RSS)."""
    code = ("import resource,subprocess,sys\n"
            "subprocess.run(sys.argv[1:],stdout=subprocess.DEVNULL,stderr=subprocess.DEVNULL,"
            "stdin=open(%r,'rb') if %r else None)\n"
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)") % (stdin or "", bool(stdin))
    import sys

    out = subprocess.run([sys.executable, "-c", code, *argv], capture_output=True, text=True, env=env, check=True)
    return int(out.stdout.split()[-1]) / 1024


def call(function: Callable[[], object]) -> Callable[[], Sample]:
    """A sample that calls function once in this process; CPU is this process's time."""

    def run() -> Sample:
        start_cpu = time.process_time()
        start = time.perf_counter()
        function()
        return Sample(time.perf_counter() - start, time.process_time() - start_cpu)

    return run


def measure(a: Callable[[], Sample], b: Callable[[], Sample], repeat: int = 10, warmup: int = 1) -> Pairs:
    """repeat pairs of (A, B), interleaved, the order swapped every pair; warmup pairs first, not kept."""
    for _ in range(warmup):
        a()
        b()
    pairs = Pairs([], [])
    for n in range(repeat):
        if n % 2:
            y = b()
            x = a()
        else:
            x = a()
            y = b()
        pairs.a.append(x)
        pairs.b.append(y)
    return pairs


def spread(values: list[float]) -> str:
    if not values:
        return "n/a"
    return f"{statistics.median(values):.2f} ({min(values):.2f}\u2013{max(values):.2f})"


def report(name: str, pairs: Pairs, what: str = "cpu") -> str:
    """'name: 0.38 x (0.35-0.41), n=10 pairs; A 1.23 s, B 3.21 s (medians)' for B/A."""
    ratios = pairs.ratios(what)
    return (f"{name:<48} {spread(ratios):>22} x  {what}, n={len(ratios)} pairs; "
            f"A {pairs.median('a', what):.3f} s, B {pairs.median('b', what):.3f} s (medians)")


def repeat_default(env_name: str, default: int) -> int:
    """A repeat count from the environment (e.g. BENCH_REPEAT=30), else default."""
    value = os.environ.get(env_name) or os.environ.get("BENCH_REPEAT")
    return int(value) if value and value.isdigit() else default
