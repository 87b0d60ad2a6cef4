"""Hostile files and folders (issue 18): a ruleset that is an alias bomb or a device, a cache
someone else planted, a link where a cache file is written. Each attack is crafted here, and
the answer is a clear message or a correct result, fast."""

import os
import pickle
import stat
import time

import pytest

from conftest import run_cli

NONET = {}


def write(folder, name, text):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


# --- rulesets ------------------------------------------------------------------------------

BOMB = """\
ruleset: bomb
title: t
extends: default
a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x", "x"]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]
f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]
g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]
h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g, *g]
i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h, *h]
"""


@pytest.mark.parametrize("text", [BOMB, "ruleset: loop\ntitle: t\nextends: default\nme: &me [1, *me]\n"])
def test_a_yaml_alias_bomb_or_loop_is_refused_at_once(tmp_path, exe, text):
    path = write(tmp_path, "r.yaml", text)
    started = time.monotonic()
    result = run_cli(exe, "check", "https://www.un.org/", "--rules", str(path), env=NONET)
    assert time.monotonic() - started < 30  # generous for a loaded machine; the bomb took minutes
    assert result.returncode == 2
    assert b"YAML aliases (&anchor, *alias) are not allowed" in result.stderr
    assert b"Traceback" not in result.stderr and b"RecursionError" not in result.stderr


def test_a_registry_file_that_is_a_device_or_a_pipe_is_named_not_read(tmp_path, exe):
    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)
    for target in ("/dev/zero", str(fifo)):
        path = write(tmp_path, "r.yaml", f"ruleset: dev\ntitle: t\nextends: default\nregistry: [{target}]\n")
        result = run_cli(exe, "rules", "validate", str(path), env=NONET)
        assert result.returncode == 2
        assert b"not a regular file" in result.stderr, result.stderr


def test_a_domains_file_must_be_a_regular_file(tmp_path, exe):
    os.mkfifo(tmp_path / "news.txt")
    write(tmp_path, "mine.yaml", "publishers:\n  - id: x\n    name: X\n    category: rejected\n"
                                 "    domains_file: news.txt\n    fallback: true\n    basis: test\n")
    path = write(tmp_path, "r.yaml", "ruleset: d\ntitle: t\nextends: default\nregistry: [mine.yaml]\n")
    result = run_cli(exe, "rules", "validate", str(path), env=NONET)
    assert result.returncode == 2 and b"not a regular file" in result.stderr


# --- the cache ----------------------------------------------------------------------------

class Planted:
    """A pickle that runs code when loaded: it creates a marker file."""

    def __init__(self, marker):
        self.marker = str(marker)

    def __reduce__(self):
        return (open, (self.marker, "w"))


def plant(folder, marker):
    from evidence_check.ruleset.compiled import cache_name
    from evidence_check.ruleset.paths import default_path

    for name in (cache_name(default_path().resolve()), "public-suffixes.pickle"):
        (folder / name).write_bytes(pickle.dumps(Planted(marker)))
    return folder


@pytest.mark.parametrize("folder_mode, file_mode", [(0o777, 0o600), (0o700, 0o666), (0o755, 0o620)])
def test_a_cache_others_could_have_written_is_never_unpickled(tmp_path, monkeypatch, folder_mode, file_mode):
    from evidence_check import domains
    from evidence_check.ruleset import compiled

    folder = tmp_path / "cache"
    folder.mkdir()
    marker = tmp_path / "code-ran"
    plant(folder, marker)
    for item in folder.iterdir():
        item.chmod(file_mode)
    folder.chmod(folder_mode)
    monkeypatch.setenv("EVIDENCE_CHECK_CACHE_DIR", str(folder))
    monkeypatch.setattr(compiled, "_loaded", {})
    monkeypatch.setattr(domains, "_rules", None)
    from types import SimpleNamespace

    rebuilt = SimpleNamespace(files=[])  # what reading the YAML again would give (not read: too slow for this)
    monkeypatch.setattr(compiled, "read_ruleset", lambda path: rebuilt)
    ruleset = compiled.load()
    domains.rules()
    assert not marker.exists()  # nothing was unpickled
    assert ruleset is rebuilt  # rebuilt instead


def test_a_cache_file_of_ours_is_used(tmp_path, monkeypatch):
    """The same files, private (0700 folder, 0600 files): read, as a cache should be."""
    from evidence_check.ruleset import compiled

    folder = tmp_path / "cache"
    monkeypatch.setenv("EVIDENCE_CHECK_CACHE_DIR", str(folder))
    monkeypatch.setattr(compiled, "_loaded", {})
    compiled.load()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    files = list(folder.glob("ruleset-*.pickle"))
    assert files and all(stat.S_IMODE(f.stat().st_mode) == 0o600 for f in files)
    monkeypatch.setattr(compiled, "_loaded", {})
    monkeypatch.setattr(compiled, "read_ruleset", lambda path: pytest.fail("the private cache was not used"))
    compiled.load()


def test_a_relative_cache_dir_is_refused(tmp_path, monkeypatch, capsys):
    from evidence_check import cachedir

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("EVIDENCE_CHECK_CACHE_DIR", "planted-cache")
    monkeypatch.setattr(cachedir, "_warned", False)
    assert cachedir.cache_dir().is_absolute()
    assert "not an absolute path" in capsys.readouterr().err


def test_a_link_where_a_cache_file_goes_is_replaced_not_followed(tmp_path, monkeypatch):
    from evidence_check import cachedir

    folder = tmp_path / "cache"
    folder.mkdir(mode=0o700)
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    (folder / "public-suffixes.pickle").symlink_to(victim)
    monkeypatch.setenv("EVIDENCE_CHECK_CACHE_DIR", str(folder))
    assert cachedir.open_trusted("public-suffixes.pickle") is None  # a link is never read
    assert cachedir.write_private("public-suffixes.pickle", lambda handle: handle.write(b"new"))
    assert victim.read_text(encoding="utf-8") == "keep me"
    assert not (folder / "public-suffixes.pickle").is_symlink()


# --- a hidden ruleset cannot take over ---------------------------------------------------

HIJACK = ("ruleset: default\ntitle: DPSH MUN 2022 UNODC background guide — Nature of Source/Evidence\n"
          "extends: default\nmove:\n  - {publisher: press-wikipedia, to: un}\n")


def test_a_discovered_ruleset_is_named_with_its_path_and_said_on_stderr(tmp_path, monkeypatch, exe):
    (tmp_path / ".git").mkdir()
    (tmp_path / ".evidence-check.yaml").write_text(HIJACK, encoding="utf-8")
    (tmp_path / "papers").mkdir()
    monkeypatch.chdir(tmp_path / "papers")
    result = run_cli(exe, "check", "https://en.wikipedia.org/wiki/X", "--fail-on", "none")
    out, err = result.stdout.decode(), result.stderr.decode()
    assert f"using the rules in {tmp_path / '.evidence-check.yaml'}" in err
    assert f"from {tmp_path / '.evidence-check.yaml'}" in " ".join(out.split())  # not passed off as the default
    bundled = run_cli(exe, "check", "https://en.wikipedia.org/wiki/X", "--rules", "default", "--fail-on", "none")
    assert "not proof" in bundled.stdout.decode() and bundled.stderr == b""


@pytest.mark.parametrize("setup", ["world-writable folder", "file others may write", "above the repository"])
def test_a_planted_ruleset_is_not_discovered(tmp_path, setup):
    from evidence_check.ruleset.paths import discover

    top = tmp_path / "top"
    work = top / "repo" / "papers"
    work.mkdir(parents=True)
    if setup == "world-writable folder":
        plant = top / "repo" / ".evidence-check.yaml"
        (top / "repo").chmod(0o777)
    elif setup == "file others may write":
        plant = top / "repo" / "evidence-check.yaml"
    else:
        (top / "repo" / ".git").mkdir()
        plant = top / ".evidence-check.yaml"
    plant.write_text(HIJACK, encoding="utf-8")
    if setup == "file others may write":
        plant.chmod(0o666)
    assert discover(work) is None
    plant.chmod(0o644)
    if setup == "world-writable folder":
        (top / "repo").chmod(0o755)
    expected = None if setup == "above the repository" else plant
    assert discover(work) == expected  # the same file, safely placed, is found (the test can fail)


def test_rules_default_is_always_the_bundled_ruleset(tmp_path, monkeypatch):
    from evidence_check.ruleset.paths import bundled_dir, bundled_ids, resolve

    monkeypatch.chdir(tmp_path)
    (tmp_path / "default").write_text(HIJACK, encoding="utf-8")
    assert resolve("default") == bundled_dir() / "default.yaml"
    assert "countries" not in bundled_ids()  # a data file, not a ruleset


# --- input that would take all memory -----------------------------------------------------

def _peak_mb_of(exe, args, data: bytes) -> tuple[int, bytes]:
    """Run the real script in a fresh helper process; (its peak resident MB, its stdout)."""
    import subprocess
    import sys

    probe = ("import resource, subprocess, sys\n"
             "done = subprocess.run(sys.argv[1:], stdin=sys.stdin, stdout=subprocess.PIPE)\n"
             "sys.stderr.write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024))\n"
             "sys.stdout.buffer.write(done.stdout)\n")
    ran = subprocess.run([sys.executable, "-c", probe, exe, *args], input=data, capture_output=True, timeout=120)
    return int(ran.stderr.decode().strip().splitlines()[-1]), ran.stdout


def test_json_output_streams_so_memory_stays_flat(exe):
    import json

    data = "".join(f"https://example{i % 5000}.org/page/{i}\n" for i in range(40_000)).encode()
    peak, out = _peak_mb_of(exe, ["check", "--format", "json", "--fail-on", "none"], data)
    document = json.loads(out)
    assert len(document["rows"]) == 40_000 and document["summary"]["rows"] == 40_000
    assert peak < 160, f"{peak} MB for 40,000 rows (collected, 100,000 rows took over 700 MB)"


def test_a_line_of_fifty_megabytes_is_one_invalid_row_not_a_crash(exe):
    import json

    data = b"https://www.un.org/\n" + b"x" * (50 * 1024 * 1024) + b"\nhttps://en.wikipedia.org/wiki/X\n"
    peak, out = _peak_mb_of(exe, ["check", "--format", "jsonl", "--fail-on", "none"], data)
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["verdict"] for r in rows] == ["admissible", "invalid", "inadmissible"]  # one row a line, in order
    assert "line too long (52,428,800 characters)" in rows[1]["error"] and len(rows[1]["input"]) <= 201
    assert peak < 400, peak


# --- papers that would take minutes ----------------------------------------------------------

def _scan(block):
    from evidence_check.papers.scan import Collector

    collector = Collector()
    started = time.monotonic()
    collector.scan(block)
    return collector.citations, time.monotonic() - started


def test_twenty_thousand_links_in_one_paragraph_scan_in_linear_time():
    """A .docx paragraph of 20,000 hyperlinks took 90-110 s (every address compared with every link)."""
    from evidence_check.papers.scan import Block

    parts, links, offset = [], [], 0
    for i in range(20_000):
        visible = f"site{i}.example.org"
        parts.append(visible + " ")
        links.append((f"https://site{i}.example.org/report/{i}", visible, offset))
        offset += len(visible) + 1
    found, seconds = _scan(Block("".join(parts), "paragraph 1", links))
    assert len(found) == 20_000  # each link's target, once; no address counted twice
    assert seconds < 20, seconds


def test_a_four_megabyte_line_with_many_addresses_scans_in_linear_time():
    """One 4 MB line took 6 minutes (the context of each address rescanned the line)."""
    from evidence_check.papers.scan import Block

    line = " ".join(f"see https://www.example{i}.org/p and more words here" for i in range(80_000))
    text = "intro\n" + line + "\nend"
    assert len(text) > 4_000_000
    found, seconds = _scan(Block(text, "line 2"))
    assert len(found) == 80_000 and all(len(f.context) <= 120 for f in found[:100])
    assert seconds < 20, seconds


def test_fifty_thousand_link_annotations_on_a_page_scan_in_linear_time():
    """A PDF page with 50,000 link annotations took 6 minutes (the page flattened once per annotation)."""
    from evidence_check.papers.scan import Block

    page = "Report page text. " * 5_000
    links = [(f"https://www.example{i}.org/", "", 10**9) for i in range(50_000)]  # no visible text, place unknown
    found, seconds = _scan(Block(page, "page 1", links))
    assert len(found) == 50_000
    assert seconds < 20, seconds


@pytest.mark.parametrize("parts", [
    {"word/document.xml": 30},  # one part over the per-part budget
    {"word/document.xml": 20, "word/footnotes.xml": 20, "word/endnotes.xml": 20},  # together over the total
])
def test_a_docx_that_unzips_to_too_much_xml_is_refused_at_once(tmp_path, parts):
    """608 KB that unzipped to 199 MB of XML took 5.5 minutes and 3.5 GB (issue 18, item 7)."""
    import zipfile

    from evidence_check.papers import read_paper

    path = tmp_path / "bomb.docx"
    head = '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>'
    rels = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="f" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" '
            'Target="footnotes.xml"/><Relationship Id="e" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes" '
            'Target="endnotes.xml"/></Relationships>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/_rels/document.xml.rels", rels)
        for name, megabytes in parts.items():
            archive.writestr(name, head + "a" * (megabytes * 1024 * 1024) + "</w:t></w:r></w:p></w:body></w:document>")
    assert path.stat().st_size < 1024 * 1024  # a small file
    started = time.monotonic()
    problem = read_paper(path).problem
    assert problem is not None and "too large to be a paper" in problem, problem
    assert time.monotonic() - started < 20


def test_escapes_in_a_paper_or_a_file_name_never_reach_the_terminal(tmp_path, exe):
    """extract's text, check --from's report and stderr show controls as visible escapes (issue 18, item 5)."""
    paper = tmp_path / "evil\x1b]0;owned\x07.md"
    paper.write_text("# P\n\nSee https://www.un.org/x\x1b[2J and \u202egpj.exe\n", encoding="utf-8")
    for args in (["extract", str(paper)], ["check", "--from", str(paper), "--fail-on", "none"],
                 ["check", "--from", str(tmp_path / "missing\x1b[31m.md")]):
        result = run_cli(exe, *args)
        for stream in (result.stdout, result.stderr):
            text = stream.decode()
            assert "\x1b" not in text and "\x07" not in text and "\u202e" not in text, (args, text)
