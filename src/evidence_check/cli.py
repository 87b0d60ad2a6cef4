"""The command line: a thin face over the library API.

Exit status: 0 nothing to report, 1 findings (see --fail-on), 2 usage or rules error.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import List, Optional

import typer

from . import __version__
from .cli_common import RULES_HELP, context_of, country, fail, load, meta_of, parse_fail_on
from .cli_rules import rules_app

app = typer.Typer(
    name="evidence-check",
    help="Is this source admissible as proof in a Model UN committee? "
         "Classifies cited URLs and publisher names under a conference's evidence rules.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)
app.add_typer(rules_app, name="rules")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"evidence-check {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                 help="Show the version and exit."),
) -> None:
    """Is this source admissible as proof in a Model UN committee?"""



def _is_finding(verdict, fail_on: set[str]) -> bool:
    v = verdict.verdict
    return (("rejected" in fail_on or "inadmissible" in fail_on) and v == "inadmissible") \
        or ("invalid" in fail_on and v == "invalid") \
        or (("unlisted" in fail_on or "discretion" in fail_on) and v == "discretion") \
        or ("conditional" in fail_on and v == "conditional") \
        or ("contestable" in fail_on and verdict.contestable)


@app.command()
def check(
    citations: List[str] = typer.Argument(None, help="URLs, publisher names or UN document symbols; "
                                                      "'-' reads standard input.", show_default=False),
    input_files: List[Path] = typer.Option(None, "--input", "-i", help="Read citations from FILE, one per "
                                           "line (repeatable).", show_default=False),
    cited_by: Optional[str] = typer.Option(None, "--cited-by", "-c", help="The delegation citing the source."),
    about: List[str] = typer.Option(None, "--about", "-a", help="The country whose conduct the claim "
                                    "concerns (repeatable).", show_default=False),
    committee: Optional[str] = typer.Option(None, "--committee", help="Member states: a file (one per line) "
                                            "or a comma-separated list."),
    output_format: Optional[str] = typer.Option(None, "--format", "-f", help="table, json, jsonl, csv or "
                                                "markdown. Default: table."),
    fail_on: str = typer.Option("rejected,invalid", "--fail-on", help="Exit 1 when a row is: rejected, "
                                "invalid, unlisted, conditional, contestable (comma-separated), or none."),
    rules: Optional[str] = typer.Option(None, "--rules", "-r", help=RULES_HELP, envvar="EVIDENCE_CHECK_RULES"),
    no_color: bool = typer.Option(False, "--no-color", help="No colours (NO_COLOR is honoured too)."),
) -> None:
    """Judge citations: one row per input, in input order, then a summary."""
    from .report.formats import FORMATS, WRITERS

    output_format = (output_format or "table").lower()
    if output_format not in FORMATS:
        raise fail(f"--format: unknown format {output_format!r} (choose from {', '.join(FORMATS)})")
    fail_set = parse_fail_on(fail_on)
    for name in input_files or []:
        if str(name) != "-" and not name.is_file():
            raise fail(f"--input: {name}: no such file")
    ruleset = load(rules)
    context = context_of(ruleset, cited_by, about, committee)

    from .api import Checker
    from .inputs import Skipped, read
    from .report.records import Tally

    checker = Checker(ruleset, context)
    skipped = Skipped()
    # Flush each row only when input may trickle in (a pipe or a terminal), so a reader
    # sees each row as soon as its line is read; from files, write in blocks.
    args = list(citations or [])
    reads_stdin = "-" in args or any(str(f) == "-" for f in input_files or []) or (
        not args and not input_files and not sys.stdin.isatty())
    stream_rows = reads_stdin and not _is_regular(sys.stdin)
    meta = meta_of(ruleset, context)
    color = False if (no_color or os.environ.get("NO_COLOR")) else None
    if output_format == "table" and not sys.stdout.isatty() and color is not True:
        output_format = "plain"  # the same table, plain text: piped output needs no rich
    writer_class = WRITERS[output_format]
    kwargs = {"color": color} if output_format in ("table", "plain") else {}
    writer = writer_class(sys.stdout, meta, ruleset.countries, flush_each=stream_rows, **kwargs)
    tally = Tally()
    findings = 0
    if not args and not input_files and sys.stdin.isatty():
        raise fail("no citations given: pass URLs or names, --input FILE, or pipe them in (see --help)")
    for citation in read(args, [str(f) for f in input_files or []], skipped):
        verdict = checker.check(citation.text, citation.line)
        tally.add(verdict)
        writer.row(verdict)
        if _is_finding(verdict, fail_set):
            findings += 1
    writer.end(tally, skipped.total)
    sys.stdout.flush()
    for problem in skipped.errors:
        typer.echo(f"evidence-check: error: {problem}", err=True)
    if output_format in ("jsonl", "csv") and sys.stderr.isatty():
        typer.echo(tally.line(skipped.total), err=True)
    if skipped.errors:
        raise typer.Exit(2)
    raise typer.Exit(1 if findings else 0)


@app.command()
def challenge(
    citation: str = typer.Argument(..., help="The challenged source: a URL, publisher name or UN document symbol."),
    challenger: str = typer.Option(..., "--challenger", "-x", help="The delegation challenging the source."),
    cited_by: Optional[str] = typer.Option(None, "--cited-by", "-c", help="The delegation that cited it."),
    about: List[str] = typer.Option(None, "--about", "-a", help="The country whose conduct the claim "
                                    "concerns (repeatable).", show_default=False),
    committee: Optional[str] = typer.Option(None, "--committee", help="Member states: a file (one per line) "
                                            "or a comma-separated list."),
    output_format: str = typer.Option("text", "--format", "-f", help="text, markdown or json."),
    rules: Optional[str] = typer.Option(None, "--rules", "-r", help=RULES_HELP, envvar="EVIDENCE_CHECK_RULES"),
) -> None:
    """Rule on a challenged source: upheld, not in order, or chair's discretion, with the reason and the rule."""
    from .api import Checker
    from .report.rulings import FORMATS, render
    from .ruling import rule

    output_format = output_format.lower()
    if output_format not in FORMATS:
        raise fail(f"--format: unknown format {output_format!r} (choose from {', '.join(FORMATS)})")
    ruleset = load(rules)
    context = context_of(ruleset, cited_by, about, committee)
    who = country(ruleset, challenger, "--challenger")
    verdict = Checker(ruleset, context).check(citation, 1)
    ruling = rule(verdict, who, context.cited_by, context.committee, ruleset.countries)
    sys.stdout.write(render(ruling, ruleset.countries, meta_of(ruleset, context), output_format))


def _is_regular(stream) -> bool:
    try:
        import stat

        return stat.S_ISREG(os.fstat(stream.fileno()).st_mode)
    except (OSError, ValueError, AttributeError):
        return False


def run() -> None:
    """Console-script entry point: no traceback ever reaches a user."""
    try:
        app()
    except BrokenPipeError:
        # the reader went away (`| head`): stop quietly, like other Unix tools
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(1)
    except KeyboardInterrupt:
        typer.echo("evidence-check: interrupted", err=True)
        sys.exit(130)
    except Exception as exc:  # noqa: BLE001 - the last line of defence
        if os.environ.get("EVIDENCE_CHECK_DEBUG"):
            raise
        typer.echo(f"evidence-check: internal error: {type(exc).__name__}: {exc} "
                   "(set EVIDENCE_CHECK_DEBUG=1 for details, and please report it)", err=True)
        sys.exit(2)
