"""The commands that judge citations: `check`, `extract` and `challenge`.

Thin: options are parsed here, the work is the library's (Checker, run, papers,
ruling, report); each command maps the outcome to its exit status.
"""

# No `from __future__ import annotations` here: typer reads every option's annotation, and as
# strings it evaluates them again on each run (twice per command), some ms of start-up.
import os
import sys
from pathlib import Path
from typing import Annotated, List, Optional

import typer

from ..online import defaults as online_defaults
from .common import (
    AboutOption,
    CitedByOption,
    Color,
    ColorOption,
    CommitteeOption,
    FormatOption,
    NoColorOption,
    RulesOption,
    color_choice,
    context_of,
    country,
    fail,
    load,
    meta_of,
    output_format as output_format_of,
    parse_fail_on,
)

CHECK_EPILOG = """\b
Examples:
  evidence-check check https://www.unodc.org/... "Xinhua News Agency" --cited-by China
  cat urls.txt | evidence-check check --format jsonl --about "United States"
  evidence-check check --from papers/ --format html > report.html
  evidence-check check --quiet --from Russia_UNODC.docx

\b
""" + "\n".join(["Exit status: 0 nothing to report; 1 a finding (see --fail-on); 2 a usage",
                "error, a bad ruleset or an unreadable file; 130 interrupted."])

EXTRACT_EPILOG = """\b
Examples:
  evidence-check extract Russia_UNODC.docx
  evidence-check extract papers/ --format jsonl | jq -r .text

\b
Exit status: 0 citations listed; 2 a file that could not be read or a usage error."""

CHALLENGE_EPILOG = """\b
Examples:
  evidence-check challenge tass.com --challenger Ukraine --cited-by Russia --about Ukraine
  evidence-check challenge "U.S. Department of State" -x China -c France --format markdown
  evidence-check challenge tass.com rt.com -x Ukraine -c Russia

\b
Exit status: 0 not in order (the source stands), 1 upheld (a challenge stands), 3 chair's discretion;
with several sources the most serious of these; 2 a usage error or a bad ruleset."""


def check(
    citations: Annotated[Optional[List[str]], typer.Argument(
        metavar="CITATION", show_default=False,
        help="URLs, publisher names, UN document symbols or bibliography lines; '-' reads standard input.")] = None,
    input_files: Annotated[Optional[List[Path]], typer.Option(
        "--input", "-i", metavar="FILE", show_default=False,
        help="Read citations from FILE, one per line (repeatable; '-' is standard input).")] = None,
    papers: Annotated[Optional[List[str]], typer.Option(
        "--from", metavar="PAPER|FOLDER", show_default=False,
        help="Check the citations of a position paper (.docx, .pdf, .html, .md, .txt), or of every paper in "
             "a folder (repeatable).")] = None,
    cited_by: CitedByOption = None,
    about: AboutOption = None,
    committee: CommitteeOption = None,
    output_format: FormatOption = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Only the citations to act on and the summary.")]
    = False,
    fail_on: Annotated[str, typer.Option(
        "--fail-on", metavar="WHAT",
        help="Exit 1 when a row is: rejected, invalid, unlisted, conditional, contestable (comma-separated), "
             "or none; with --online also dead (a dead link to an admissible source).")] = "rejected,invalid",
    rules: RulesOption = None,
    color: ColorOption = Color.auto,
    no_color: NoColorOption = False,
    online: Annotated[bool, typer.Option(
        "--online", help="Fetch each URL: follow redirects and shorteners, read page metadata, report dead links. "
                         "Off by default.")] = False,
    timeout: Annotated[float, typer.Option("--timeout", min=0.1, metavar="SECONDS",
                                           help="Online: seconds per request.")] = online_defaults.REQUEST_TIMEOUT,
    total_timeout: Annotated[Optional[float], typer.Option("--total-timeout", min=1, metavar="SECONDS",
                                                           help="Online: seconds for the whole run.")] = None,
    concurrency: Annotated[int, typer.Option("--concurrency", min=1, metavar="N",
                                             help="Online: requests in flight.")] = online_defaults.CONCURRENCY,
    per_host: Annotated[int, typer.Option("--per-host", min=1, metavar="N",
                                          help="Online: requests in flight to one host.")] = online_defaults.PER_HOST,
    cache_ttl: Annotated[float, typer.Option("--cache-ttl", min=0, metavar="SECONDS",
                                             help="Online: seconds a fetched result is reused.")] = online_defaults.CACHE_TTL,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Online: fetch again, ignore the cache.")] = False,
    allow_private: Annotated[bool, typer.Option(
        "--allow-private", help="Online: allow loopback and private addresses (off: a guard against requests "
                                "into your own network).")] = False,
    no_alternatives: Annotated[bool, typer.Option(
        "--no-alternatives", help="Online: do not list the admissible sources a rejected, unlisted or contestable "
                                  "page cites.")] = False,
    max_alternatives: Annotated[int, typer.Option(
        "--max-alternatives", min=1, metavar="N", help="Online: admissible sources listed per row.")] = 5,
    verify_alternatives: Annotated[bool, typer.Option(
        "--verify-alternatives", help="Online: fetch each listed alternative to check that it resolves (rows are "
                                      "written when that is done).")] = False,
) -> None:
    """Judge citations: one row per input, in input order, then a summary."""
    from ..report.formats import WRITERS

    output_format = _output_format(output_format, papers)
    color_wanted = color_choice(color, no_color)
    fail_set = _fail_on(fail_on)
    alternatives = 0 if no_alternatives else max_alternatives
    for name in input_files or []:
        if str(name) != "-" and not name.is_file():
            raise fail(f"--input: {name}: no such file")
    if papers:
        if citations or input_files:
            raise fail("--from checks papers: give citations or --input in a separate run")
        online_options = _online_options(timeout, total_timeout, concurrency, per_host, cache_ttl, no_cache,
                                         allow_private, alternatives > 0) if online else None
        _check_papers(papers, cited_by, about, committee, output_format, fail_set, rules, color_wanted,
                      online_options, quiet, alternatives, verify_alternatives)
    if not citations and not input_files and sys.stdin.isatty():
        raise fail("no citations given: pass URLs or names, --input FILE, or pipe them in (see --help)")
    ruleset = load(rules)
    context = context_of(ruleset, cited_by, about, committee)

    from ..api import Checker
    from ..inputs import Skipped, read
    from ..report.records import Tally
    from ..run import Outcome, fast_rows, run

    checker = Checker(ruleset, context)
    skipped = Skipped()
    # Flush each row only when input may trickle in (a pipe or a terminal), so a reader
    # sees each row as soon as its line is read; from files, write in blocks.
    args = list(citations or [])
    reads_stdin = "-" in args or any(str(f) == "-" for f in input_files or []) or (
        not args and not input_files and not sys.stdin.isatty())
    stream_rows = reads_stdin and not _is_regular(sys.stdin)
    meta = meta_of(ruleset, context)
    if output_format == "table" and not sys.stdout.isatty() and color_wanted is not True:
        output_format = "plain"  # the same table, plain text: piped output needs no rich
    writer_class = WRITERS[output_format]
    kwargs = {"color": color_wanted, "quiet": quiet} if output_format in ("table", "plain") else {}
    writer = writer_class(sys.stdout, meta, ruleset.countries, flush_each=stream_rows, **kwargs)
    tally = Tally()

    def emit(verdict) -> None:
        tally.add(verdict)
        writer.row(verdict)

    citations_in = read(args, [str(f) for f in input_files or []], skipped)
    if online:
        outcome = Outcome()

        def emit_online(verdict) -> None:
            emit(verdict)
            outcome.add(verdict, fail_set)

        outcome.interrupted = _check_online(checker, citations_in, emit_online, timeout, total_timeout, concurrency,
                                            per_host, cache_ttl, no_cache, allow_private, alternatives,
                                            verify_alternatives)
    else:
        # Ctrl-C: what finished is kept; plain URL lines of a jsonl/csv run take the bulk path
        outcome = run(checker, citations_in, emit, fail_set, fast_rows(checker, writer, tally, fail_set))
    outcome.errors = list(skipped.errors)
    writer.end(tally, skipped.total)
    sys.stdout.flush()
    for problem in skipped.errors:
        from ..report.formats import printable

        typer.echo(f"evidence-check: error: {printable(problem)}", err=True)
    if output_format in ("jsonl", "csv") and sys.stderr.isatty():
        typer.echo(tally.line(skipped.total), err=True)
    if outcome.interrupted:
        typer.echo("evidence-check: interrupted: the rows above are those that finished", err=True)
    raise typer.Exit(outcome.exit_status)


def _online_options(timeout, total_timeout, concurrency, per_host, cache_ttl, no_cache, allow_private,
                    alternatives=True):
    from ..online import Options

    return Options(timeout=timeout, total_timeout=total_timeout, concurrency=concurrency, per_host=per_host,
                   cache=not no_cache, cache_ttl=cache_ttl, allow_private=allow_private, alternatives=alternatives)


def _fail_on(value: str):
    """--fail-on: the library's words (evidence_check.run), and `dead` (a dead link to an admissible source)."""
    words = [word.strip().lower() for word in value.split(",")]
    if "dead" not in words:
        return parse_fail_on(value)
    from ..online_check import FailOnDead

    rest = [word for word in words if word and word != "dead"]
    return FailOnDead(parse_fail_on(",".join(rest) or "none"))


def _output_format(value, papers) -> str:
    """check's format: html only for papers."""
    if value is not None and value.value == "html" and not papers:
        raise fail("--format html is for papers: give --from PAPER|FOLDER (e.g. --from papers/ --format html)")
    from ..report.formats import FORMATS

    return output_format_of(value, (*FORMATS, "html") if papers else FORMATS, "check")


def _check_papers(paths, cited_by, about, committee, output_format, fail_set, rules, color, online=None,
                  quiet=False, alternatives=5, verify_alternatives=False) -> None:
    """check --from: one section per paper, then a table across papers."""
    from ..paper_check import check_papers
    from ..report.papers import FORMATS, write

    if output_format not in FORMATS:
        raise fail(f"--format: {output_format!r} is not available with --from (choose from {', '.join(FORMATS)})")
    for path in paths:
        if path != "-" and not Path(path).exists():
            raise fail(f"--from: {path}: no such file or folder")
    ruleset = load(rules)
    context = context_of(ruleset, cited_by, about, committee)
    try:
        results = check_papers(paths, ruleset, context, online, alternatives, verify_alternatives)
    except KeyboardInterrupt:
        raise fail("interrupted", 130) from None
    if not results:
        from ..papers import SUPPORTED

        raise fail(f"--from: no papers found in {', '.join(paths)} (read: {', '.join(SUPPORTED)})")
    write(results, ruleset.countries, meta_of(ruleset, context), output_format, sys.stdout, color, quiet)
    sys.stdout.flush()
    # what each paper's problem is, and whose delegation a file name gave, is in the report itself
    unreadable = [r for r in results if r.unreadable]
    if unreadable:
        typer.echo(f"evidence-check: {len(unreadable)} of {len(results)} paper(s) could not be read "
                   "(see the report)", err=True)
    if unreadable:
        raise typer.Exit(2)
    findings = any(fail_set(v) for r in results for _, v in r.rows)
    raise typer.Exit(1 if findings else 0)


def extract(
    paths: Annotated[List[str], typer.Argument(metavar="PAPER|FOLDER",
                                               help="Position papers or folders of papers ('-' reads stdin).")],
    output_format: FormatOption = None,
) -> None:
    """List the citations found in papers, with where each is cited (nothing is judged)."""
    from .common import load as load_rules
    from ..paper_check import paper_files, readers
    from ..papers import read_paper, read_stdin
    from ..report.papers import extracted

    output_format = output_format_of(output_format, ("table", "plain", "json", "jsonl"), "extract")
    output_format = "text" if output_format in ("table", "plain") else output_format
    ruleset = load_rules(None)

    reading = readers(ruleset)
    found_papers = []
    for path in paths:
        if path == "-":
            found_papers.append(read_stdin("-", **reading))
        elif not Path(path).exists():
            raise fail(f"{path}: no such file or folder")
        else:
            found_papers += [read_paper(f, **reading) for f in paper_files(path)]
    sys.stdout.write(extracted(found_papers, output_format))
    for paper in found_papers:
        if paper.problem:
            from ..report.formats import printable

            typer.echo(printable(f"evidence-check: {paper.path}: {paper.problem}"), err=True)
    raise typer.Exit(2 if any(p.problem and not p.citations for p in found_papers) else 0)


def _check_online(checker, citations, emit, timeout, total_timeout, concurrency, per_host, cache_ttl, no_cache,
                  allow_private, alternatives=5, verify=False) -> bool:
    """Run online mode; True when Ctrl-C stopped it (what finished has been emitted)."""
    from ..online import Interrupted
    from ..online_check import check_online

    options = _online_options(timeout, total_timeout, concurrency, per_host, cache_ttl, no_cache, allow_private,
                              alternatives > 0)
    items = [(c.text, c.line) for c in citations]
    bar = _progress_bar(len(items))
    try:
        check_online(checker, items, options, emit, progress=bar.advance if bar else None,
                     alternatives=alternatives, verify=verify)
    except Interrupted:
        return True
    finally:
        if bar:
            bar.stop()
    return False


class _Bar:
    """A progress bar on stderr for long online runs at a terminal; nothing when piped."""

    def __init__(self, total: int):
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self.failures = 0
        self.progress = Progress(TextColumn("fetching"), BarColumn(), MofNCompleteColumn(),
                                 TextColumn("{task.fields[rate]} URLs/s · {task.fields[failures]} failed"),
                                 TimeElapsedColumn(), console=Console(stderr=True), transient=True)
        self.task = self.progress.add_task("fetch", total=total, rate="0", failures=0)
        self.progress.start()

    def advance(self, fetched) -> None:
        from ..online import DEAD

        if fetched.status in DEAD or fetched.status in ("blocked", "error", "refused"):
            self.failures += 1
        task = self.progress.tasks[0]
        rate = f"{task.completed / task.elapsed:.0f}" if task.elapsed else "0"
        self.progress.update(self.task, advance=1, rate=rate, failures=self.failures)

    def stop(self) -> None:
        self.progress.stop()


def _progress_bar(total: int):
    return _Bar(total) if total >= 10 and sys.stderr.isatty() else None


def challenge(
    citations: Annotated[List[str], typer.Argument(metavar="SOURCE...",
                                                   help="The challenged source(s): a URL, publisher name, UN "
                                                        "document symbol or bibliography line.")],
    challenger: Annotated[str, typer.Option("--challenger", "-x", metavar="COUNTRY",
                                            help="The delegation challenging the source.")],
    cited_by: CitedByOption = None,
    about: AboutOption = None,
    committee: CommitteeOption = None,
    output_format: FormatOption = None,
    rules: RulesOption = None,
    color: ColorOption = Color.auto,
) -> None:
    """Rule on a challenged source: upheld, not in order, or chair's discretion, with the reason and the rule."""
    from ..api import Checker
    from ..report.rulings import render, render_terminal
    from ..ruleset.loader import declared_committee
    from ..ruling import CHAIRS_DISCRETION, UPHELD, rule

    output_format = output_format_of(output_format, ("table", "plain", "markdown", "json"), "challenge")
    ruleset = load(rules)
    if committee is None:  # the committee the conference's own rules file names, if any
        committee = declared_committee(ruleset.path)
    context = context_of(ruleset, cited_by, about, committee)
    who = country(ruleset, challenger, "--challenger")
    checker = Checker(ruleset, context)
    meta = meta_of(ruleset, context)
    rulings = [rule(checker.check(citation, n), who, context.cited_by, context.committee, ruleset.countries)
               for n, citation in enumerate(citations, 1)]
    wanted = color_choice(color)
    if output_format == "json":
        from ..report.formats import dumps_pretty
        from ..report.rulings import as_dict

        documents = [as_dict(r, ruleset.countries, meta) for r in rulings]
        sys.stdout.write(dumps_pretty(documents[0] if len(documents) == 1 else documents) + "\n")
    elif output_format == "table" and (sys.stdout.isatty() or wanted) and wanted is not False:
        render_terminal(rulings, ruleset.countries, meta, sys.stdout, wanted)
    else:
        kind = "markdown" if output_format == "markdown" else "text"
        sys.stdout.write("\n".join(render(r, ruleset.countries, meta, kind) for r in rulings))
    outcomes = {r.outcome for r in rulings}
    raise typer.Exit(1 if UPHELD in outcomes else 3 if CHAIRS_DISCRETION in outcomes else 0)


def _is_regular(stream) -> bool:
    try:
        import stat

        return stat.S_ISREG(os.fstat(stream.fileno()).st_mode)
    except (OSError, ValueError, AttributeError):
        return False
