"""The table a delegate reads fits the screen: the verdict, the category and the owner are never
cut; the citation shrinks first (middle elided); each citation is counted once in the summary."""

import io

import pytest

from evidence_check.report import advice
from evidence_check.report.formats import PlainTableWriter, TableWriter, compact
from evidence_check.report.records import Tally

CITATIONS = [
    "https://www.unodc.org/documents/data-and-analysis/glotip/2022/GLOTiP_2022_web.pdf",
    "https://en.m.wikipedia.org/wiki/Human_trafficking",
    "https://www.state.gov/reports/2023-trafficking-in-persons-report/",
    "https://www.reuters.com/world/europe/a-very-long-story-title-that-goes-on-and-on-2023-08-14/",
    "https://tass.com/world/1234567",
    "Xinhua News",
    "朝日新聞",
    "not a url ::: at all",
]


def render(checker, writer_class, width):
    from evidence_check.cli.common import meta_of

    out = io.StringIO()
    writer = writer_class(out, meta_of(checker.ruleset, checker.context), checker.ruleset.countries,
                          color=False, width=width)
    tally = Tally()
    for text in CITATIONS:
        verdict = checker.check(text)
        tally.add(verdict)
        writer.row(verdict)
    writer.end(tally, 0)
    return out.getvalue(), writer.rows


@pytest.mark.parametrize("writer_class", [TableWriter, PlainTableWriter])
@pytest.mark.parametrize("width", [60, 80, 120, 200])
def test_the_table_fits_and_never_cuts_a_verdict_category_or_owner(checker, writer_class, width):
    text, rows = render(checker, writer_class, width)
    from evidence_check.report.formats import display_width

    table = text[text.index("Verdict"):]
    table = table[:table.index("\n\n")] if "\n\n" in table else table
    assert all(display_width(line.rstrip()) <= width for line in table.splitlines()), table
    for row in rows:
        assert f"{advice.SYMBOLS[row['verdict']]} {advice.label(row)}" in text  # the verdict, whole
        assert row["category"] in text
        if row["owner_name"]:
            assert row["owner_name"] in " ".join(text.split())  # may wrap, never cut
    assert "…" in text or width >= 120  # long citations shrink in the middle at narrow widths


def test_the_summary_counts_each_citation_once_by_its_most_serious_action(checker):
    text, rows = render(checker, PlainTableWriter, 100)
    counts = advice.actions_count(rows)
    assert sum(counts.values()) == len(CITATIONS)
    assert counts == {"replace": 2, "back up": 2, "check": 3, "fine": 1}
    assert f"{len(CITATIONS)} citations: 2 to replace, 2 to back up, 3 to check, 1 fine" in text


def test_the_fix_list_comes_first_most_serious_first(checker):
    text, rows = render(checker, PlainTableWriter, 100)
    fixes = text[:text.index("#  Verdict")]
    assert fixes.startswith("To act on, most serious first:")
    order = [line.split()[0] for line in fixes.splitlines()[1:] if line.startswith("  ") and line.split()[0]
             in ("replace", "back", "check")]
    assert order == sorted(order, key=["replace", "back", "check"].index)


def test_nobody_may_deny_reads_as_a_dash_not_as_unchallengeable(checker):
    rows = [checker.check("https://en.wikipedia.org/wiki/X"), checker.check("https://www.unodc.org/x")]
    from evidence_check.report.records import Recorder

    record = Recorder(checker.ruleset.countries)
    assert [advice.deniers(record(v)) for v in rows] == [None, None]
    assert "may deny" in advice.risk(record(checker.check("https://www.state.gov/x")))


def test_a_long_citation_is_shortened_in_the_middle():
    row = {"url": "https://www.example.org/" + "a" * 80 + "/end.pdf", "host": "www.example.org", "input": ""}
    short = compact(row, 40)
    assert len(short) == 40 and short.startswith("example.org/") and short.endswith("/end.pdf")


def test_papers_the_overview_comes_first_and_notes_stay_in_the_report(exe, tmp_path):
    from conftest import run_cli

    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "France_UNODC.md").write_text("# Paper\n\nSee https://en.wikipedia.org/wiki/X and "
                                            "https://www.unodc.org/x.\n", encoding="utf-8")
    (folder / "Chile_UNODC.txt").write_text("Source: https://www.state.gov/x\n", encoding="utf-8")
    result = run_cli(exe, "check", "--from", str(folder), "--fail-on", "none")
    out, err = result.stdout.decode(), result.stderr.decode()
    assert result.returncode == 0 and err == ""  # the delegations read from file names are in the report
    assert out.index("All papers") < out.index("== ")
    assert "cited by france, read from the file name" in " ".join(out.lower().split())
    assert "To act on, most serious first:" in out and "not proof" in out


def test_papers_an_empty_folder_is_a_usage_error(exe, tmp_path):
    from conftest import run_cli

    (tmp_path / "notes.xyz").write_text("x", encoding="utf-8")
    result = run_cli(exe, "check", "--from", str(tmp_path))
    assert result.returncode == 2 and b"no papers found" in result.stderr


def test_binary_on_stdin_to_extract_is_an_error(exe):
    from conftest import run_cli

    result = run_cli(exe, "extract", "-", input=b"\x00\x01\x02binary\xff\xfe" * 10)
    assert result.returncode == 2 and b"binary" in result.stderr


def test_one_set_of_format_names_for_every_command(exe):
    from conftest import run_cli

    assert run_cli(exe, "check", "-f", "md", "https://www.un.org/").stdout.startswith(b"# Evidence check")
    assert run_cli(exe, "challenge", "tass.com", "-x", "fr", "-c", "ru", "-f", "md").stdout.startswith(b"## Ruling")
    assert run_cli(exe, "challenge", "tass.com", "-x", "fr", "-f", "plain").stdout.startswith(b"Ruling:")
    assert run_cli(exe, "extract", "examples/Russia_UNODC.md", "-f", "table").returncode == 0
    refused = run_cli(exe, "challenge", "tass.com", "-x", "fr", "-f", "csv")
    assert refused.returncode == 2 and b"challenge writes table, plain, markdown, json" in refused.stderr
    html = run_cli(exe, "check", "-f", "html", "https://www.un.org/")
    assert html.returncode == 2 and b"--format html is for papers" in html.stderr


@pytest.mark.parametrize("args, env, coloured", [
    ((), {}, False),  # piped: plain
    (("--color", "always"), {}, True),
    (("--color", "never"), {"FORCE_COLOR": "1"}, False),
    ((), {"FORCE_COLOR": "1"}, True),
    (("--color", "always"), {"NO_COLOR": "1"}, True),  # the flag wins over the environment
    ((), {"FORCE_COLOR": "1", "NO_COLOR": "1"}, False),
])
def test_colour_is_asked_for_or_left_out(exe, args, env, coloured):
    from conftest import run_cli

    out = run_cli(exe, "check", *args, "https://www.un.org/", env=env).stdout
    assert (b"\x1b[" in out) is coloured


def test_quiet_prints_only_what_to_act_on_and_the_summary(exe):
    from conftest import run_cli

    out = run_cli(exe, "check", "--quiet", "https://en.wikipedia.org/wiki/X", "https://www.un.org/").stdout.decode()
    assert out.startswith("To act on, most serious first:") and "wikipedia" in out
    assert "Verdict" not in out and "un.org" not in out
    assert out.rstrip().endswith("2 citations: 1 to replace, 1 fine")
