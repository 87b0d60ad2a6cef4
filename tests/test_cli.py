"""End-to-end: the installed console script, as a user runs it."""

import csv
import io
import json
import os
import subprocess
import sys

import pytest

from conftest import FIXTURES, run_cli, run_exe

NONET = {"PYTHONPATH": str(FIXTURES / "nonet")}


def rows_of(result):
    return [json.loads(line) for line in result.stdout.decode().splitlines()]


def test_the_readme_example(exe):
    result = run_cli(exe, "check",
                     "https://www.unodc.org/documents/data-and-analysis/glotip/2022/GLOTiP_2022_web.pdf",
                     "https://en.m.wikipedia.org/wiki/Human_trafficking", "Xinhua News Agency", env=NONET)
    out = result.stdout.decode()
    assert result.returncode == 1  # Wikipedia is rejected
    assert "United Nations Office on Drugs" in out
    assert "not proof" in out and "conditional" in out
    assert "3 citations: 1 to replace, 1 to back up, 1 fine" in out  # each counted once
    assert out.index("To act on") < out.index("Verdict")  # the fix list comes first
    assert "Documents and findings by the United Nations" in out  # the rule is quoted
    assert "\x1b[" not in out  # no colour codes into a pipe
    assert result.stderr == b""


def test_stdin_json_with_context(exe):
    urls = "https://www.reuters.com/world/x\nhttp://www.xinhuanet.com/english/x\n"
    result = run_cli(exe, "check", "--cited-by", "France", "--about", "United States", "--format", "json",
                     input=urls.encode(), env=NONET)
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["context"]["cited_by"] == "FRA" and doc["context"]["about"] == ["USA"]
    reuters, xinhua = doc["rows"]
    assert reuters["category"] == "reuters" and reuters["verdict"] == "conditional"
    assert xinhua["owner"] == "CHN" and xinhua["verdict"] == "conditional"
    assert xinhua["contest"]["text"] == "any member except China and France"
    assert xinhua["contestable_by"] is None
    assert doc["summary"]["rows"] == 2 and doc["summary"]["contestable"] == 1


def test_json_rows_have_the_documented_fields(exe):
    result = run_cli(exe, "check", "--format", "jsonl", "https://www.state.gov/x", "not a url at all ::",
                     "javascript:alert(1)", "--fail-on", "none", env=NONET)
    documented = {"input", "url", "publisher", "category", "owner", "verdict", "conditions", "contestable_by",
                  "rule", "unwrapped_from", "error"}
    for row in rows_of(result):
        assert documented <= set(row)
    gov, garbage, invalid = rows_of(result)
    assert gov["owner"] == "USA" and gov["category"] == "government" and gov["error"] is None
    assert garbage["category"] == "unlisted" and garbage["url"] is None
    assert invalid["verdict"] == "invalid" and invalid["error"]


def test_committee_lists_contesters(exe, tmp_path):
    members = tmp_path / "committee.txt"
    members.write_text("# UNODC committee\nChina\nFrance\nRussian Federation\nUSA\nUK\n", encoding="utf-8")
    result = run_cli(exe, "check", "--format", "jsonl", "--cited-by", "FR", "--committee", str(members),
                     "https://www.state.gov/x", env=NONET)
    [row] = rows_of(result)
    assert row["contestable_by"] == ["CHN", "RUS", "GBR"]
    inline = run_cli(exe, "check", "--format", "jsonl", "--cited-by", "FR", "--committee", "China, France, USA",
                     "https://www.state.gov/x", env=NONET)
    assert rows_of(inline)[0]["contestable_by"] == ["CHN"]


def test_every_line_gives_one_row_in_order_even_garbage(exe):
    lines = ["https://www.un.org/x", "", "# a comment", "\x00\x01 garbage \x7f", "https://", "x" * 100_000,
             "http://[::1", "Reuters", "   ", "https://www.un.org@evil.example/"]
    data = "\n".join(lines).encode() + b"\n\xff\xfe invalid utf-8 \xc3\x28\n"
    result = run_cli(exe, "check", "--format", "jsonl", "--fail-on", "none", input=data, env=NONET)
    assert result.returncode == 0, result.stderr
    rows = rows_of(result)
    kept = [line for line in lines if line.strip() and not line.startswith("#")]
    assert len(rows) == len(kept) + 1
    long_row = rows[kept.index("x" * 100_000)]
    assert long_row["verdict"] == "invalid" and "line too long (100,000 characters)" in long_row["error"]
    assert [r["input"] for r in rows[:-1] if r is not long_row] == [k for k in kept if k != "x" * 100_000]
    assert "\ufffd" in rows[-1]["input"]
    assert rows[-1]["line"] == len(lines) + 1


def test_blank_and_comment_lines_are_counted(exe):
    result = run_cli(exe, "check", "--format", "markdown", input=b"# c\n\nhttps://www.un.org/\n", env=NONET)
    assert "1 citation: 1 fine (2 blank or comment lines skipped)" in result.stdout.decode()


def test_exit_status_of_the_real_script_with_no_network(exe):
    """Smoke test: the installed script, in a process with every socket refused."""
    assert run_exe(exe, "check", "https://www.un.org/", env=NONET).returncode == 0
    assert run_exe(exe, "check", "https://en.wikipedia.org/wiki/X", env=NONET).returncode == 1
    usage = run_exe(exe, "check", "--format", "yaml", "https://www.un.org/", env=NONET)
    assert usage.returncode == 2 and b"Traceback" not in usage.stderr


def test_exit_status_and_fail_on(exe):
    assert run_cli(exe, "check", "https://www.un.org/").returncode == 0
    assert run_cli(exe, "check", "https://en.wikipedia.org/wiki/X").returncode == 1
    assert run_cli(exe, "check", "javascript:x").returncode == 1
    assert run_cli(exe, "check", "https://en.wikipedia.org/wiki/X", "--fail-on", "none").returncode == 0
    assert run_cli(exe, "check", "https://blog.unknown-example.net/", env=NONET).returncode == 0
    assert run_cli(exe, "check", "https://blog.unknown-example.net/", "--fail-on", "unlisted").returncode == 1
    assert run_cli(exe, "check", "https://www.state.gov/", "--fail-on", "contestable").returncode == 1
    assert run_cli(exe, "check", "https://www.un.org/", "--fail-on", "contestable").returncode == 0


@pytest.mark.parametrize("args, message", [
    (["check", "--cited-by", "Frnace", "https://www.un.org/"], "did you mean France"),
    (["check", "--about", "Atlantis", "https://www.un.org/"], "unknown country 'Atlantis'"),
    (["check", "--format", "yaml", "https://www.un.org/"], "'yaml' is not one of 'table', 'plain', 'json'"),
    (["check", "--fail-on", "sometimes", "https://www.un.org/"], "unknown value(s) sometimes"),
    (["check", "--input", "/nonexistent/file.txt"], "no such file"),
    (["check", "--committee", "France,Narnia", "https://www.un.org/"], "unknown country 'Narnia'"),
    (["check", "--bogus"], "No such option"),
])
def test_usage_errors_exit_2_with_a_clear_message(exe, args, message):
    result = run_cli(exe, *args)
    assert result.returncode == 2
    err = result.stderr.decode()
    assert message in err, err
    assert "Traceback" not in err
    assert result.stdout == b""


def test_country_names_agree(exe):
    outs = set()
    for name in ("Russia", "Russian Federation", "RUS", "RU", "russia"):
        result = run_cli(exe, "check", "--format", "json", "--cited-by", name, "https://www.un.org/", env=NONET)
        outs.add(json.loads(result.stdout)["context"]["cited_by"])
    assert outs == {"RUS"}
    for name in ("USA", "United States of America", "US", "United States"):
        result = run_cli(exe, "check", "--format", "json", "--about", name, "https://www.un.org/", env=NONET)
        assert json.loads(result.stdout)["context"]["about"] == ["USA"]


def test_csv_output(exe):
    result = run_cli(exe, "check", "--format", "csv", "https://www.state.gov/x", "Xinhua", "--cited-by", "FRA",
                     env=NONET)
    table = list(csv.DictReader(io.StringIO(result.stdout.decode())))
    assert [r["category"] for r in table] == ["government", "state_media"]
    assert table[0]["owner"] == "USA" and table[0]["contest"] == "any member except United States and France"
    assert table[0]["contestable_by"] == ""  # codes, as in JSON: none known without a committee
    with_committee = run_cli(exe, "check", "--format", "csv", "https://www.state.gov/x", "--cited-by", "FRA",
                             "--committee", "USA,FRA,CHN,RUS", env=NONET)
    row = next(csv.DictReader(io.StringIO(with_committee.stdout.decode())))
    assert row["contestable_by"] == "CHN RUS" and "may deny it" in row["what_to_do"]


def test_terminal_controls_never_reach_a_text_report(exe):
    """ESC, C1 controls and bidi overrides in an input are shown as visible escapes (issue 18)."""
    hostile = "https://example.org/\x1b]0;owned\x07\x9b31m\u202egpj.exe"
    for output_format in ("table", "csv", "markdown"):  # table: plain text, as piped
        out = run_cli(exe, "check", "--format", output_format, hostile, env=NONET).stdout.decode()
        assert not any(ch in out for ch in "\x1b\x07\x9b\u202e"), output_format
        assert "\\x1b" in out or "%1B" in out.upper(), output_format


def test_markdown_output_quotes_the_rules(exe):
    result = run_cli(exe, "check", "--format", "markdown", "https://www.state.gov/x", env=NONET)
    out = result.stdout.decode()
    assert out.startswith("# Evidence check")
    assert "| 1 | https://www.state.gov/x | Government of the United States" in out or "| 1 |" in out
    assert "## Rules applied" in out and "can, in all circumstances, be denied by another country" in out


def test_jsonl_streams_the_first_row_before_the_input_ends(exe):
    proc = subprocess.Popen([exe, "check", "--format", "jsonl"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env={**os.environ, **NONET})
    try:
        proc.stdin.write(b"https://www.un.org/first\n")
        proc.stdin.flush()
        first = proc.stdout.readline()  # blocks until the row is written; input is still open
        assert json.loads(first)["input"] == "https://www.un.org/first"
        proc.stdin.write(b"https://www.reuters.com/second\n")
        proc.stdin.close()
        rest = proc.stdout.read()
        assert json.loads(rest)["input"] == "https://www.reuters.com/second"
        assert proc.wait(timeout=30) == 0
    finally:
        proc.kill()


def test_no_color_and_forced_colour(exe):
    import pty  # noqa: F401 - only to check we are on a POSIX system

    plain = run_cli(exe, "check", "https://www.un.org/", env={**NONET, "NO_COLOR": "1"})
    assert b"\x1b[" not in plain.stdout


def test_input_files_and_arguments_keep_order(exe, tmp_path):
    first = tmp_path / "a.txt"
    first.write_text("https://www.un.org/1\nhttps://www.un.org/2\n", encoding="utf-8")
    result = run_cli(exe, "check", "--format", "jsonl", "Reuters", "--input", str(first), env=NONET)
    assert [r["input"] for r in rows_of(result)] == ["Reuters", "https://www.un.org/1", "https://www.un.org/2"]


def test_rules_show_and_explain(exe):
    show = run_cli(exe, "rules", "show")
    assert show.returncode == 0
    for key in ("un", "government", "reuters", "state_media", "ngo", "rejected", "unlisted"):
        assert f"  {key} " in show.stdout.decode()
    explain = run_cli(exe, "rules", "explain", "state_media")
    out = explain.stdout.decode()
    assert "RIA Novosti (Russian Federation)" in out and "credible or substantial enough" in out
    bad = run_cli(exe, "rules", "explain", "blogs")
    assert bad.returncode == 2 and b"unknown category 'blogs'" in bad.stderr


def test_version_and_help(exe):
    assert run_exe(exe, "--version").stdout.decode().startswith("evidence-check ")
    help_text = run_cli(exe, "check", "--help").stdout.decode()
    for option in ("--cited-by", "--about", "--committee", "--format", "--fail-on", "--rules", "--input"):
        assert option in help_text


def test_a_broken_pipe_is_quiet(exe):
    lines = "\n".join(f"https://www.un.org/{i}" for i in range(20000)).encode()
    proc = subprocess.run(f"'{exe}' check --format jsonl | head -n 1", shell=True, input=lines,
                          capture_output=True, timeout=60)
    assert proc.stdout.count(b"\n") == 1
    assert b"Traceback" not in proc.stderr and b"Error" not in proc.stderr


def test_the_library_api_is_importable_without_the_cli():
    code = ("import sys, evidence_check as e; c = e.Checker(); v = c.check('https://www.un.org/');"
            "print(v.verdict); assert 'typer' not in sys.modules and 'rich' not in sys.modules")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, env={**os.environ, **NONET})
    assert result.stdout.strip() == b"admissible", result.stderr


def test_ctrl_c_prints_what_finished(exe):
    """A real SIGINT, sent once the first row has been seen: that row stays, exit 130."""
    import select
    import signal

    proc = subprocess.Popen([exe, "check", "--format", "jsonl"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env={**os.environ, **NONET})
    try:
        proc.stdin.write(b"https://www.un.org/first\n")
        proc.stdin.flush()
        ready, _, _ = select.select([proc.stdout], [], [], 60)
        assert ready, "no row within 60 s"
        first = proc.stdout.readline()
        proc.send_signal(signal.SIGINT)
        rest, err = proc.communicate(timeout=60)
    finally:
        proc.kill()
    assert json.loads(first)["input"] == "https://www.un.org/first" and rest == b""
    assert proc.returncode == 130
    assert b"interrupted" in err and b"Traceback" not in err


def test_ctrl_c_keeps_the_finished_rows_of_a_collected_format(monkeypatch):
    """Markdown is written at the end: Ctrl-C (raised by the input after one line) still prints the row."""
    from typer.testing import CliRunner

    from evidence_check import inputs
    from evidence_check.cli import app

    real_read = inputs.read

    def one_then_ctrl_c(*args, **kwargs):
        for citation in real_read(*args, **kwargs):
            yield citation
            raise KeyboardInterrupt

    monkeypatch.setattr(inputs, "read", one_then_ctrl_c)
    result = CliRunner().invoke(app, ["check", "--format", "markdown", "https://www.un.org/first", "Reuters"])
    assert result.exit_code == 130
    assert "| 1 | https://www.un.org/first |" in result.stdout and "| 2 |" not in result.stdout
    assert "1 citation: 1 fine" in result.stdout
    assert "interrupted" in result.stderr
