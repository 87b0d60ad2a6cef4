import atexit
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Property tests: derandomised with a fixed budget by default, so CI and the README's
# command try the same examples on every run; HYPOTHESIS_PROFILE=fuzz explores new
# random examples, ten times as many (each test states its budget with examples()).
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "ci")
settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("fuzz", derandomize=False, deadline=None, print_blob=True,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(PROFILE)


def examples(budget: int) -> int:
    """A property test's example budget: as given in CI, ten times as many when fuzzing."""
    return budget * 10 if PROFILE == "fuzz" else budget

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"  # vendored test data, each with its licence
FIXTURES = Path(__file__).resolve().parent / "fixtures"


# Each test run gets its own compiled-ruleset cache, and no user setting leaks in.
SESSION_CACHE = Path(tempfile.mkdtemp(prefix="evidence-check-test-cache-"))
atexit.register(shutil.rmtree, SESSION_CACHE, ignore_errors=True)  # some 200 MB a run: never left behind
os.environ["EVIDENCE_CHECK_CACHE_DIR"] = str(SESSION_CACHE)
for _name in ("EVIDENCE_CHECK_RULES", "NO_COLOR", "EVIDENCE_CHECK_NO_CACHE"):
    os.environ.pop(_name, None)


@pytest.fixture(autouse=True)
def _no_network(monkeypatch):
    """Classification never touches the network: any socket use fails the test."""
    import socket

    def refuse(*args, **kwargs):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def seeded_cache(folder: Path) -> Path:
    """A cache folder of a test's own (online results, a cache to clear), with the session's
    compiled rules copied in, so a CLI process started on it does not rebuild them from YAML."""
    from evidence_check import load_rules

    load_rules()  # the compiled default is in the session cache
    folder.mkdir(parents=True, exist_ok=True)
    for path in SESSION_CACHE.iterdir():
        if path.is_file() and path.name.startswith(("ruleset-", "registry-", "countries-", "public-suffixes")):
            shutil.copy2(path, folder / path.name)
    return folder


@pytest.fixture(scope="session")
def rules():
    from evidence_check import load_rules

    return load_rules()


@pytest.fixture(scope="session")
def classify(rules):
    """text -> Classification under the default rules (parse, then classify)."""
    from evidence_check.classify import Classifier
    from evidence_check.urls import parse

    classifier = Classifier(rules)
    return lambda text: classifier(parse(text))


@pytest.fixture(scope="session")
def checker(rules):
    """A Checker on the default rules, no context."""
    from evidence_check import Checker

    return Checker(rules)


@pytest.fixture(scope="session")
def exe():
    """The installed console script (end-to-end tests run the real thing)."""
    found = shutil.which("evidence-check", path=str(Path(sys.executable).parent)) or shutil.which("evidence-check")
    assert found, "evidence-check is not installed in this environment"
    return found


@dataclass
class Ran:
    """What a command printed and returned, the shape of subprocess.CompletedProcess."""

    returncode: int
    stdout: bytes
    stderr: bytes


def run_cli(exe, *args, input=None, env=None, timeout=60):
    """Run the command line in this process, through the console script's own entry point.

    Much faster than a process per call; `run_exe` runs the real installed script for the
    few end-to-end smoke tests (exit status of a real process, stdin streaming, no network).
    """
    from typer.testing import CliRunner

    from evidence_check import cli

    changes = {key: value for key, value in (env or {}).items() if key != "PYTHONPATH"}
    changes.setdefault("EVIDENCE_CHECK_DEBUG", None)
    argv = sys.argv
    with CliRunner().isolation(input=input, env=changes) as (out, err, _):
        sys.argv = ["evidence-check", *args]
        try:
            cli.run()
            code = 0
        except SystemExit as stop:
            code = stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 1)
        finally:
            sys.argv = argv
            sys.stdout.flush()
            sys.stderr.flush()
        return Ran(code, out.getvalue(), err.getvalue())


def run_exe(exe, *args, input=None, env=None, timeout=60):
    """Run the installed console script in a process of its own."""
    full_env = {**os.environ, **(env or {})}
    full_env.pop("EVIDENCE_CHECK_DEBUG", None)
    return subprocess.run([exe, *args], input=input, capture_output=True, timeout=timeout, env=full_env)


def read_tsv(path: Path, columns: list[str]) -> list[dict]:
    """A labelled test set (tab-separated, a header row): one dict a row, with its file line."""
    import csv

    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader)
        assert header == columns, f"{path.name}: header {header}"
        rows = []
        for number, fields in enumerate(reader, start=2):
            assert len(fields) == len(columns), f"{path.name}:{number}: {len(fields)} fields"
            rows.append(dict(zip(columns, fields), line=number))
    return rows


def alpha3(rules, code):
    """The ISO alpha-3 code if `code` is one for a known state, else None."""
    try:
        country = rules.countries.find(code)
    except Exception:  # an unknown code is not a country
        return None
    return country.alpha3 if country is not None and country.alpha3 == code else None


# --- shared by the registry-file test modules -------------------------------------------------

def in_file(publisher, file: str) -> bool:
    """Whether a registry file (`file` as "registry/<name>.yaml") defines the publisher."""
    return publisher.origin.rpartition(":")[0].endswith(file)


def file_entries(rules, file: str) -> list:
    """The publishers that one registry file defines (`file` as "registry/<name>.yaml")."""
    return [p for p in rules.index.publishers if in_file(p, file)]


def table_misses(classify, rows) -> list:
    """Rows (url, category, owner, publisher id) whose classification differs, each with what came
    out: one test for a whole table, whose failure lists every row wrong."""
    wrong = []
    for url, category, owner, publisher_id in rows:
        result = classify(url)
        got = (result.category, result.owner, result.publisher.id if result.publisher else None)
        if got != (category, owner, publisher_id):
            wrong.append((url, got))
    return wrong


def entry_names(entries) -> set:
    """The names and aliases of some entries, case-folded."""
    return {n.casefold() for p in entries for n in (p.name, *p.aliases)}


def names_borne_elsewhere(rules, entries) -> list:
    """Names or aliases of `entries` that another publisher of the ruleset bears too."""
    mine = {p.id for p in entries}
    others = entry_names(p for p in rules.index.publishers if p.id not in mine)
    return sorted(n for p in entries for n in (p.name, *p.aliases) if n.casefold() in others)


def trusted_hosts_under(rules, entries) -> list[tuple[str, str]]:
    """(id, domain) of every government or UN entry whose host is one of `entries`' hosts or sits
    under one: a state-media host must never swallow such a site."""
    mine = {d for p in entries for d in p.domains}
    return [(p.id, d) for p in rules.index.publishers if p.category in {"government", "un"}
            for d in p.domains
            if any(d.split("/")[0] == m or d.split("/")[0].endswith("." + m) for m in mine)]


def outlets_named(rules, entries, prefixes=("sm-", "smm-")) -> list:
    """For each entry that copies an outlet entry (a former or other host of a listed outlet): the
    entry and the ids of other publishers with one of `prefixes` that its basis names, longest id
    first (the most specific outlet)."""
    ids = [p.id for p in rules.index.publishers if p.id.startswith(prefixes)]
    return [(p, sorted((i for i in ids if i != p.id and i in p.basis), key=len, reverse=True)) for p in entries]
