"""`evidence-check session`: the line grammar, the ruling log, consistency, the record,
a scripted session through the plain (non-terminal) path, and one real terminal."""

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time

import pytest

from conftest import ROOT, run_cli

from evidence_check.session import consistency, export, lines
from evidence_check.session.engine import committee_from_yaml
from evidence_check.session.log import Log


@pytest.fixture(scope="module")
def finder(rules):
    return lines.CountryFinder(rules.countries)


# -- the line grammar -------------------------------------------------------------------------

@pytest.mark.parametrize("line, expected", [
    ("tass fr", lines.Rule("tass", "FRA")),
    ("tass fr by ru about ua", lines.Rule("tass", "FRA", "RUS", ("UKR",))),
    ("tass.com France about ua by Russia", lines.Rule("tass.com", "FRA", "RUS", ("UKR",))),
    ("U.S. Department of State china", lines.Rule("U.S. Department of State", "CHN")),
    ("Voice of America United States by cn", lines.Rule("Voice of America", "USA", "CHN")),
    ('"Radio France" gb', lines.Rule("Radio France", "GBR")),
    ("tass fran", lines.Rule("tass", "FRA")),  # a unique prefix
    ("tass fr about ua united states", lines.Rule("tass", "FRA", None, ("UKR", "USA"))),
    ("tass fr about Ukraine, United States", lines.Rule("tass", "FRA", None, ("UKR", "USA"))),
    ("3 cn", lines.Rule(None, "CHN", row=3)),
    ("#3 cn by fr", lines.Rule(None, "CHN", "FRA", row=3)),
    ("cn", lines.Rule(None, "CHN")),  # the last source, a new challenger
    ("  China about ua", lines.Rule(None, "CHN", None, ("UKR",))),
    ("", lines.Blank()),
    ("   ", lines.Blank()),
    ("check tass.com rt.com", lines.Check(("tass.com", "rt.com"), (None, None))),
    ("check U.S. Department of State by fr", lines.Check(("U.S. Department of State",), (None,), "FRA")),
    ("check 2 rt.com", lines.Check(("2", "rt.com"), (2, None))),
    ("log", lines.Command("log")),
    ("log 5", lines.Command("log", ("5",))),
    ("undo", lines.Command("undo")),
    ("export HTML out.html", lines.Command("export", ("html", "out.html"))),
    ("committee China, France", lines.Command("committee", ("China,", "France"))),
    ("rules default", lines.Command("rules", ("default",))),
    ("name GA First Committee", lines.Command("name", ("GA First Committee",))),
    ("help", lines.Command("help")),
    ("exit", lines.Command("quit")),
])
def test_a_line_reads_as(line, expected, finder):
    assert lines.parse(line, finder) == expected


@pytest.mark.parametrize("line, words", [
    ("tass", "who challenges"),
    ("tass zz", "unknown country 'zz'"),
    ("tass chi", "fits Chile, China"),
    ("tass fr by", "`by` needs a country"),
    ("tass fr by fr by ru", "`by` given twice"),
    ("tass fr about atlantis", "unknown country"),
    ("export pdf x.pdf", "export md|html|csv FILE"),
    ("log many", "log [N]"),
    ("undo 3", "takes nothing"),
    ("check", "give a source"),
])
def test_a_line_that_cannot_be_read_says_what_to_type(line, words, finder):
    with pytest.raises(lines.LineError, match=None) as caught:
        lines.parse(line, finder)
    assert words in str(caught.value)


def test_a_shared_prefix_goes_to_the_committee_member(rules):
    on_committee = lines.CountryFinder(rules.countries, ("CHN", "FRA"))
    assert lines.parse("tass chi", on_committee) == lines.Rule("tass", "CHN")


# -- the log ----------------------------------------------------------------------------------

def test_the_log_appends_reopens_and_undo_never_deletes(tmp_path):
    path = tmp_path / "s.jsonl"
    log = Log(path)
    assert not path.exists() and log.next_number() == 1
    log.append({"type": "session", "name": "GA1", "ruleset": "default", "committee": ["CHN"]})
    first = log.add("ruling", {"source": "tass", "ruling": "upheld"})
    log.add("check", {"source": "rt.com", "verdict": "conditional"})
    assert first["n"] == 1 and first["time"]
    log.close()

    again = Log(path)  # reopening continues
    assert [r["n"] for r in again.rows()] == [1, 2]
    assert again.settings() == {"name": "GA1", "ruleset": "default", "committee": ["CHN"]}
    assert again.undo()["n"] == 2
    assert again.add("ruling", {"source": "x"})["n"] == 3  # numbers are never reused
    again.close()

    third = Log(path)
    assert [r["n"] for r in third.rows()] == [1, 3]
    assert [r.get("withdrawn", False) for r in third.rows(include_withdrawn=True)] == [False, True, False]
    kinds = [json.loads(line)["type"] for line in path.read_text(encoding="utf-8").splitlines()]
    assert kinds == ["session", "ruling", "check", "withdraw", "ruling"]  # appended, nothing removed


def test_a_torn_last_line_is_skipped_and_the_next_entry_starts_clean(tmp_path):
    path = tmp_path / "s.jsonl"
    path.write_text('{"type":"ruling","n":1,"source":"a"}\n{"type":"rul', encoding="utf-8")
    log = Log(path)
    assert log.damaged == 1 and [r["n"] for r in log.rows()] == [1]
    log.add("ruling", {"source": "b"})
    log.close()
    assert [r["n"] for r in Log(path).rows()] == [1, 2]


def test_a_killed_session_loses_no_ruling(exe, tmp_path):
    """SIGKILL mid-session: every ruling already printed is in the log."""
    path = tmp_path / "killed.jsonl"
    env = {**os.environ, "NO_COLOR": "1"}
    env.pop("EVIDENCE_CHECK_DEBUG", None)
    process = subprocess.Popen([exe, "session", str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, env=env, cwd=tmp_path)
    try:
        for number, line in enumerate(["tass fr by ru about ua", "cn", "us", "xinhua fr"], 1):
            process.stdin.write(line.encode() + b"\n")
            process.stdin.flush()
            seen = b""
            while f"#{number}".encode() not in seen:  # the ruling is on screen: it was logged first
                chunk = process.stdout.readline()
                assert chunk, "the session ended early"
                seen += chunk
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
    rows = Log(path).rows()
    assert [(r["n"], r["challenger"]) for r in rows] == [(1, "FRA"), (2, "CHN"), (3, "USA"), (4, "FRA")]
    again = run_cli(exe, "session", str(path), input="log\n", env={"NO_COLOR": "1"})  # reopening continues
    assert again.returncode == 0 and b"continuing" in again.stdout and b"4 row(s)" in again.stdout


# -- consistency ------------------------------------------------------------------------------

def _ruling(n, challenger, outcome, about=(), time="2026-03-14T10:42:05+01:00", **more):
    return {"type": "ruling", "n": n, "time": time, "source": "tass", "key": "sm-rus-tass", "challenger": challenger,
            "ruling": outcome, "about": list(about), "cited_by": "RUS", "ruleset": "default", "committee": None,
            "verdict": "conditional", **more}


def test_consistency_says_when_it_was_ruled_before(rules):
    describe = rules.countries.describe
    first = _ruling(1, "CHN", "upheld", ("UKR",))
    now = _ruling(2, "FRA", "upheld", ("UKR",), time="2026-03-14T11:05:00+01:00")
    assert consistency.earlier([first], first, describe) is None
    note = consistency.earlier([first, now], now, describe)
    assert note.text == "ruled UPHELD at 10:42 when China challenged: the same outcome" and not note.differs


def test_consistency_flags_a_different_outcome_with_its_reason(rules):
    describe = rules.countries.describe
    first = _ruling(1, "CHN", "upheld", ("UKR",))
    now = _ruling(2, "RUS", "not in order", ())
    note = consistency.earlier([first, now], now, describe)
    assert note.differs
    assert note.text.startswith("ruled UPHELD at 10:42 when China challenged: a different outcome, because ")
    assert "the challenger differs (China then, Russia now)" in note.text
    assert "the subject differs (about Ukraine then, about no country now)" in note.text
    other_source = {**_ruling(3, "FRA", "not in order"), "key": "un-unodc"}
    assert consistency.earlier([first, other_source], other_source, describe) is None


# -- the record -------------------------------------------------------------------------------

HOSTILE = "<script>alert('x')</script> | evil"


def _rows():
    return [_ruling(1, "CHN", "upheld", ("UKR",), source=HOSTILE, reason="China may deny TASS <b>now</b>."),
            {"type": "check", "n": 2, "time": "2026-03-14T10:50:00+01:00", "source": "rt.com", "publisher": "RT",
             "what": "State-operated news agency, Russia", "verdict": "conditional",
             "conditions": ["credible or substantial enough"], "cited_by": None, "about": []}]


META = {"name": "UNODC <1>", "ruleset": "default (guide)", "committee": "China, France", "log": "s.jsonl"}


def test_export_html_escapes_everything(rules, tmp_path):
    path = tmp_path / "r.html"
    assert export.write("html", path, _rows(), rules.countries.describe, META, withdrawn=1) == 2
    page = path.read_text(encoding="utf-8")
    assert "<script>" not in page and "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert "&lt;b&gt;now&lt;/b&gt;" in page and "UNODC &lt;1&gt;" in page
    assert 'class="upheld"' in page and "check: conditional" in page and "1 withdrawn row(s)" in page


def test_export_markdown_and_csv(rules, tmp_path):
    describe = rules.countries.describe
    text = export.markdown(_rows(), describe, META)
    assert "# Rulings: UNODC <1>" in text
    assert "\\| evil" in text and "| **upheld** |" in text and "| Ukraine |" in text
    assert all(line.count(" | ") == 7 for line in text.splitlines() if line.startswith("| "))
    export.write("csv", tmp_path / "r.csv", _rows(), describe, META)
    table = list(csv.reader(io.StringIO((tmp_path / "r.csv").read_text(encoding="utf-8"))))
    assert table[0] == list(export.COLUMNS)
    assert table[1][2] == HOSTILE and table[1][4] == "China" and table[1][6] == "upheld"
    assert table[2][6] == "check: conditional" and "RT" in table[2][7]


def test_committee_from_the_yaml(tmp_path):
    path = tmp_path / "evidence-check.yaml"
    path.write_text("extends: default\ncommittee: [China, fr, Russian Federation]\n", encoding="utf-8")
    assert committee_from_yaml(path) == "China, fr, Russian Federation"
    (tmp_path / "members.txt").write_text("China\n", encoding="utf-8")
    path.write_text("extends: default\ncommittee: members.txt\n", encoding="utf-8")
    assert committee_from_yaml(path) == str(tmp_path / "members.txt")
    assert committee_from_yaml(None) is None


# -- a whole session, scripted (stdin not a terminal) -----------------------------------------

def test_a_scripted_session_covers_every_command(exe, tmp_path):
    log = tmp_path / "unodc.jsonl"
    members = tmp_path / "committee.txt"
    members.write_text("# UNODC\nChina\nFrance\nRussia\nUkraine\nUnited States\n", encoding="utf-8")
    script = "\n".join([
        "help",                                   # 1
        "name UNODC, first session",              # 2
        f"committee {members}",                   # 3
        "rules default",                          # 4
        "tass fr by ru about ua",                 # 5  upheld
        "cn",                                     # 6  the last source, a new challenger
        "",                                       # 7  blank: asks for a challenger
        "ru",                                     # 8  Russia owns TASS: not in order, flagged
        "check tass.com rt.com",                  # 9  two checks
        "1 us",                                   # 10 row 1's source again
        "tass ind",                               # 11 India is not on the committee
        "tass zz",                                # 12 an error, the session goes on
        "log",                                    # 13
        "undo",                                   # 14
        "log 2",                                  # 15
        f"export md {tmp_path / 'r.md'}",         # 16
        f"export html {tmp_path / 'r.html'}",     # 17
        f"export csv {tmp_path / 'r.csv'}",       # 18
        "committee",                              # 19
        "quit",                                   # 20
        "tass gb",                                # never read
    ]) + "\n"
    started = time.perf_counter()
    result = run_cli(exe, "session", str(log), input=script, env={"NO_COLOR": "1", "COLUMNS": "100"})
    assert time.perf_counter() - started < 5
    out = " ".join(result.stdout.decode().split())  # the words, however the lines wrapped
    assert result.returncode == 2, result.stderr  # a line could not be read (tass zz): a script says so
    assert "unknown country 'zz'" in result.stderr.decode()
    assert "session: UNODC, first session" in out and "committee (5): China, France, Russia" in out
    assert out.count(" UPHELD ") >= 3 and " NOT IN ORDER " in out
    assert "who challenges tass?" in out
    assert "Ruled UPHELD at" in out and "when China challenged" in out
    assert "⚑ Ruled UPHELD" in out and "the challenger differs (China then, Russia now)" in out
    assert "India is not a member of this committee" in out
    assert "(withdrawn)" in out and "row 7 withdrawn" in out
    assert "Rule: “State-operated News Agencies" in out
    assert "wrote 6 row(s)" in out
    rows = Log(log).rows(include_withdrawn=True)
    assert [(r["n"], r["type"], r.get("challenger"), r.get("ruling"), bool(r.get("withdrawn"))) for r in rows] == [
        (1, "ruling", "FRA", "upheld", False), (2, "ruling", "CHN", "upheld", False),
        (3, "ruling", "RUS", "not in order", False), (4, "check", None, None, False),
        (5, "check", None, None, False), (6, "ruling", "USA", "upheld", False),
        (7, "ruling", "IND", "not in order", True)]
    assert rows[5]["source"] == "tass" and rows[5]["cited_by"] == "RUS" and rows[5]["about"] == ["UKR"]
    record = (tmp_path / "r.md").read_text(encoding="utf-8")
    assert "# Rulings: UNODC, first session" in record and "| **not in order** |" in record
    assert "Committee: China, France, Russia, Ukraine, United States" in record
    settings = Log(log).settings()
    assert settings["name"] == "UNODC, first session" and settings["committee"][0] == "CHN"

    again = run_cli(exe, "session", str(log), input="cn\nlog 1\n", env={"NO_COLOR": "1"})  # reopen: it goes on
    assert again.returncode == 0
    assert "continuing" in again.stdout.decode() and "UNODC, first session" in again.stdout.decode()
    assert Log(log).rows()[-1]["n"] == 8


def test_an_empty_session_writes_nothing(exe, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run_cli(exe, "session", "--committee", "China,France", input="")
    assert result.returncode == 0, result.stderr
    assert list(tmp_path.iterdir()) == []
    assert b"nothing was ruled" in result.stdout


def test_session_usage_errors(exe, tmp_path):
    assert run_cli(exe, "session", str(tmp_path), input="").returncode == 2
    bad = run_cli(exe, "session", str(tmp_path / "s.jsonl"), "--committee", "Atlantis", input="")
    assert bad.returncode == 2 and b"Atlantis" in bad.stderr


# -- one real terminal ------------------------------------------------------------------------

def test_a_real_terminal_completes_rules_and_ends_with_ctrl_d(exe, tmp_path):
    pexpect = pytest.importorskip("pexpect")
    log = tmp_path / "tty.jsonl"
    env = {**os.environ, "TERM": "xterm", "PROMPT_TOOLKIT_NO_CPR": "1", "NO_COLOR": "1", "COLUMNS": "100",
           "LINES": "30"}
    env.pop("EVIDENCE_CHECK_DEBUG", None)
    child = pexpect.spawn(exe, ["session", str(log), "--committee", "China,France,Russia,Ukraine"], cwd=str(tmp_path),
                          env=env, encoding="utf-8", timeout=30, dimensions=(30, 100))
    try:
        child.expect("4 members · default›")  # the prompt line
        child.send("tass zz")
        child.sendcontrol("c")  # Ctrl-C drops the line; the session goes on
        child.expect("default›")
        child.send("tass Fra")
        child.send("\t")  # completes the country: the screen gets the rest of the name
        child.expect(r"Fra(\x1b\[[0-9;?]*[A-Za-z])*nce")
        child.send(" by ru about ua\r")
        child.expect("UPHELD")
        child.expect("default›")
        child.sendcontrol("d")
        child.expect(pexpect.EOF)
    finally:
        child.close(force=True)
    assert child.exitstatus == 0, child.before
    rows = Log(log).rows()
    assert [(r["source"], r["challenger"], r["cited_by"], r["ruling"]) for r in rows] == [
        ("tass", "FRA", "RUS", "upheld")]
    assert (tmp_path / ".evidence-check-history").read_text(encoding="utf-8").count("tass France by ru") == 1


def test_the_bench_script_runs(tmp_path):
    result = subprocess.run([sys.executable, str(ROOT / "bench" / "session.py"), "--rulings", "10"],
                            capture_output=True, timeout=60, cwd=tmp_path)
    assert result.returncode == 0, result.stderr.decode()
    assert b"median" in result.stdout
