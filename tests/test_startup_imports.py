"""Start-up: what `evidence-check check URL` imports, and the shortcuts that keep it fast.

The run path must not import what a plain URL check does not use: YAML and the ruleset loader
(the compiled cache answers), aiohttp (online only), rich (plain output when piped), pydantic
(typer < 0.29), the certificate and hashing machinery. Each shortcut is checked against the
slow way it replaces: the one-command app against the whole one, the cache folder against
platformdirs, the compiled cache's name and layout against its safety rules (cachedir).
"""

from __future__ import annotations

import marshal
import os
import pickle
import shutil
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from conftest import SESSION_CACHE

_MODULES = r"""
import sys, io, contextlib
sys.argv = ["evidence-check", *sys.argv[1:]]
from evidence_check.cli import run
out = io.StringIO()
try:
    with contextlib.redirect_stdout(out):
        run()
except SystemExit:
    pass
sys.stderr.write("\n".join(sorted(sys.modules)))
"""

FORBIDDEN = ("yaml", "httpx", "aiohttp", "rich", "pydantic", "pydantic_core", "evidence_check.ruleset.loader",
             "evidence_check.ruleset.validate", "evidence_check.cli.rules", "evidence_check.cli.session",
             "evidence_check.session", "tempfile", "platformdirs", "ada_url", "certifi", "sqlite3", "asyncio")


def modules_of(*args: str) -> set[str]:
    done = subprocess.run([sys.executable, "-c", _MODULES, *args], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "NO_COLOR": "1"})
    return set(done.stderr.split())


@pytest.mark.parametrize("args", [
    ("check", "https://www.un.org/x"),
    ("check", "--format", "jsonl", "https://www.reuters.com/world/", "https://tass.com/x"),
    ("check", "--format", "json", "https://www.un.org/x", "--cited-by", "France"),
])
def test_a_url_check_imports_nothing_it_does_not_use(rules, args):
    loaded = modules_of(*args)
    assert "evidence_check.classify" in loaded  # the run did run
    assert "evidence_check.ruleset.compiled" in loaded
    assert sorted(name for name in loaded if name.split(".")[0] in FORBIDDEN or name in FORBIDDEN) == []


def test_the_one_command_app_is_the_whole_app_for_that_command(rules):
    from typer.testing import CliRunner

    from evidence_check import cli

    runner = CliRunner()
    for argv in (["check", "--help"], ["extract", "--help"], ["challenge", "--help"], ["session", "--help"],
                 ["rules", "--help"], ["rules", "explain", "--help"], ["cache", "--help"], ["cache"],
                 ["check", "--fail-on", "bogus", "https://www.un.org/"],
                 ["check", "--format", "jsonl", "https://www.un.org/x"], ["rules"], ["check", "--version"]):
        whole = runner.invoke(cli.app, argv)
        alone = runner.invoke(cli.build(argv[0]), argv)
        assert (alone.exit_code, alone.output) == (whole.exit_code, whole.output), argv
    assert set(cli._COMMANDS) == set(cli.app.registered_commands and
                                      [c.name or c.callback.__name__ for c in cli.app.registered_commands]
                                      + [g.name for g in cli.app.registered_groups])


@pytest.mark.parametrize("environ", [
    {}, {"XDG_CACHE_HOME": "/tmp/x"}, {"XDG_CACHE_HOME": "/tmp/x/"}, {"XDG_CACHE_HOME": "relative"},
    {"XDG_CACHE_HOME": ""}, {"XDG_CACHE_HOME": " /tmp/x"}, {"HOME": "/home/someone/"}, {"HOME": "relative"},
    {"XDG_CACHE_HOME": "/a", "HOME": "relative"},
])
def test_the_cache_folder_is_where_platformdirs_puts_it(monkeypatch, environ):
    from platformdirs import user_cache_dir

    from evidence_check import cachedir

    monkeypatch.delenv("EVIDENCE_CHECK_CACHE_DIR", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    try:
        expected = Path(user_cache_dir("evidence-check", appauthor=False))
    except RuntimeError:  # platformdirs cannot tell: then it decides, as before
        assert cachedir._xdg_cache_dir() is None
        return
    assert cachedir.cache_dir() == expected
    fast = cachedir._xdg_cache_dir()
    assert fast is None or fast == expected


def _private_cache(tmp_path, monkeypatch) -> Path:
    """A cache folder of this test's own, holding the session's compiled default ruleset."""
    from evidence_check import load_rules
    from evidence_check.ruleset import compiled

    load_rules()
    folder = tmp_path / "cache"
    folder.mkdir(mode=0o700)
    for path in SESSION_CACHE.glob("ruleset-*.pickle"):
        shutil.copy2(path, folder / path.name)
    monkeypatch.setenv("EVIDENCE_CHECK_CACHE_DIR", str(folder))
    monkeypatch.setattr(compiled, "_loaded", {})
    return folder


def test_the_compiled_cache_is_mapped_and_gives_the_same_ruleset(tmp_path, monkeypatch, rules):
    from evidence_check.ruleset import compiled
    from evidence_check.ruleset.paths import default_path

    folder = _private_cache(tmp_path, monkeypatch)
    assert (folder / compiled.cache_name(default_path().resolve())).is_file()
    monkeypatch.setattr(compiled, "read_ruleset", lambda path: pytest.fail("the cache was not used"))
    loaded = compiled.load()
    assert loaded is not rules
    for host in ("www.un.org", "tass.com", "www.gov.uk", "news.bbc.co.uk", "unknown.example"):
        assert loaded.index.by_host(host) == rules.index.by_host(host)
    for name in ("Xinhua News Agency", "Statistics Finland", "Reuters"):
        assert loaded.index.by_name(name) == rules.index.by_name(name)
    assert len(loaded.index.publishers) == len(rules.index.publishers)
    assert loaded.index.publishers[-1] == rules.index.publishers[-1]
    assert loaded.countries.find("France") == rules.countries.find("France")
    for protocol in (2, 4, 5):  # a loaded (mapped) ruleset pickles again, in any protocol
        again = pickle.loads(pickle.dumps(loaded, protocol=protocol))
        assert again.index.by_host("tass.com") == rules.index.by_host("tass.com")
        assert again.index.publishers[:50] == rules.index.publishers[:50]
        assert again.index.names == rules.index.names


def test_a_cache_file_for_another_path_is_never_used(tmp_path, monkeypatch):
    """Two ruleset paths whose cache names collide: the header names its path, so the other
    ruleset is rebuilt rather than given."""
    from evidence_check.ruleset import compiled
    from evidence_check.ruleset.paths import default_path

    _private_cache(tmp_path, monkeypatch)
    shared = compiled.cache_name(default_path().resolve())
    monkeypatch.setattr(compiled, "cache_name", lambda path: shared)
    rebuilt = SimpleNamespace(files=[])
    monkeypatch.setattr(compiled, "read_ruleset", lambda path: rebuilt)
    other = tmp_path / "other.yaml"
    other.write_text("id: other\n")
    assert compiled.load(other) is rebuilt


def test_a_cache_others_could_have_written_is_never_unpickled(tmp_path, monkeypatch):
    from evidence_check.ruleset import compiled
    from evidence_check.ruleset.paths import default_path

    class Planted:
        def __reduce__(self):
            return (open, (str(tmp_path / "code-ran"), "w"))

    folder = tmp_path / "cache"
    folder.mkdir()
    planted = folder / compiled.cache_name(default_path().resolve())
    planted.write_bytes(pickle.dumps(Planted()))
    planted.chmod(0o666)
    monkeypatch.setenv("EVIDENCE_CHECK_CACHE_DIR", str(folder))
    monkeypatch.setattr(compiled, "_loaded", {})
    rebuilt = SimpleNamespace(files=[])
    monkeypatch.setattr(compiled, "read_ruleset", lambda path: rebuilt)
    assert compiled.load() is rebuilt
    assert not (tmp_path / "code-ran").exists()


def test_the_cache_name_is_stable_and_short():
    from evidence_check.ruleset import compiled

    name = compiled.cache_name("/some/where/evidence-check.yaml")
    assert name == compiled.cache_name(Path("/some/where/evidence-check.yaml"))
    assert name != compiled.cache_name("/some/where/evidence-check.yml")
    assert name.startswith("ruleset-") and name.endswith(".pickle") and len(name) == len("ruleset-.pickle") + 16
    assert compiled.cache_name("/ä/\udcff") != name  # any path a file system gives


def test_unwrap_and_url_patterns_compile_on_first_use():
    code = ("import sys; from evidence_check.urls import parse; s = parse('https://www.un.org/x'); "
            "import evidence_check.unwrap as u; print(u._WRAPPERS_READY, u._PASTED_READY, 'html' in sys.modules); "
            "print(parse('https://www.google.com/url?q=https%3A%2F%2Fwww.un.org%2F').url, u._WRAPPERS_READY)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "False", "False", "https://www.un.org/", "True"]


def test_a_bucketed_table_reads_as_the_dict_it_was(monkeypatch):
    from evidence_check.ruleset.index import _Buckets

    table = {f"{label}.example.{tld}": number for number, (label, tld) in
             enumerate((a, t) for a in ("www", "news", "x", "gov") for t in ("com", "org", "co.uk", "fr"))}
    table.update({"com": 99, "co.uk": 98, "ё.рф": 97})
    for by_host in (True, False):
        handed = []
        packed = _Buckets.pack(table, 8, by_host)
        lazy = _Buckets(marshal.dumps(table), *packed, by_host, handed.append)
        assert len(lazy) == len(table) and bool(lazy) and not handed
        for key, value in table.items():
            assert lazy.get(key) == value and key in lazy and lazy[key] == value
        assert lazy.get("missing.example") is None and "missing.example" not in lazy and lazy.get(3) is None
        with pytest.raises(KeyError):
            lazy["missing.example"]
        assert not handed  # lookups decoded buckets only
        assert list(lazy.items()) == list(table.items()) and lazy == table
        assert handed == [table]  # walked: the index gets the plain dict
    empty = _Buckets(marshal.dumps({}), *_Buckets.pack({}, 4, True), True)
    assert not empty and len(empty) == 0 and empty.get("x") is None
    monkeypatch.setattr(_Buckets, "_WHOLE_AFTER", 3)
    handed = []
    lazy = _Buckets(marshal.dumps(table), *_Buckets.pack(table, 8, True), True, handed.append)
    for key in list(table)[:5]:
        assert lazy.get(key) == table[key]
    assert handed == [table]  # many lookups: decoded whole once


def test_an_edited_domains_file_rebuilds_the_compiled_ruleset(tmp_path, monkeypatch):
    """A registry's `domains_file` is one of the files the compiled ruleset was built from:
    an organiser who adds a domain to it sees the domain at the next run, not a stale cache."""
    from evidence_check.classify import Classifier
    from evidence_check.ruleset import compiled
    from evidence_check.urls import parse

    folder = tmp_path / "cache"
    folder.mkdir(mode=0o700)
    monkeypatch.setenv("EVIDENCE_CHECK_CACHE_DIR", str(folder))
    monkeypatch.setattr(compiled, "_loaded", {})
    (tmp_path / "news.txt").write_text("first-news.example\n")
    (tmp_path / "more.yaml").write_text(
        "publishers:\n  - id: more-news\n    name: More news sites\n    category: rejected\n"
        "    domains_file: news.txt\n    fallback: true\n    basis: a test list\n")
    ruleset = tmp_path / "r.yaml"
    ruleset.write_text("ruleset: r\ntitle: t\nextends: default\nregistry: [more.yaml]\n")

    def category(host):
        return Classifier(compiled.load(ruleset))(parse(f"https://{host}/a")).category

    assert (category("first-news.example"), category("second-news.example")) == ("rejected", "unlisted")
    assert str(tmp_path / "news.txt") in compiled.load(ruleset).files
    (tmp_path / "news.txt").write_text("first-news.example\nsecond-news.example\n")
    assert category("second-news.example") == "rejected"
    monkeypatch.setattr(compiled, "_loaded", {})  # a new process: from the cache file on disk
    assert category("second-news.example") == "rejected"
