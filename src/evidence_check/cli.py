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
rules_app = typer.Typer(help="Show, explain and validate rulesets.", no_args_is_help=True,
                        rich_markup_mode=None)
app.add_typer(rules_app, name="rules")

RULES_HELP = ("A ruleset file or bundled id. Default: $EVIDENCE_CHECK_RULES, then evidence-check.yaml or "
              ".evidence-check.yaml in this folder or a parent, then the bundled 'default'.")
FAIL_ON = ("rejected", "invalid", "unlisted", "conditional", "contestable", "none")


def fail(message: str, code: int = 2) -> typer.Exit:
    typer.echo(f"evidence-check: error: {message}", err=True)
    return typer.Exit(code)


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


def _ruleset_path(rules: Optional[str]) -> Optional[Path]:
    """--rules (or EVIDENCE_CHECK_RULES), then evidence-check.yaml found upwards, then the default."""
    from .ruleset import bundled_ids, discover, resolve

    if rules:
        path = resolve(rules)
        if path is None:
            raise fail(f"--rules: no ruleset {rules!r} (a file, or one of the bundled: {', '.join(bundled_ids())})")
        return path
    return discover()


def _load(rules: Optional[str]):
    from .api import load_rules
    from .problems import RulesError

    try:
        return load_rules(_ruleset_path(rules))
    except RulesError as exc:
        for problem in exc.problems:
            typer.echo(str(problem), err=True)
        raise fail(f"the ruleset has {len(exc.problems)} problem(s)") from None


def _country(ruleset, text: str, option: str) -> str:
    from .countries import UnknownCountry

    try:
        return ruleset.countries.find(text).alpha3
    except UnknownCountry as exc:
        raise fail(f"{option}: {exc}") from None


def _committee(ruleset, value: Optional[str]) -> Optional[tuple]:
    if value is None:
        return None
    path = Path(value)
    if path.is_file():
        try:
            names = [line.strip() for line in path.read_text(encoding="utf-8", errors="replace").splitlines()]
        except OSError as exc:
            raise fail(f"--committee: {value}: {exc.strerror}") from None
        names = [n for n in names if n and not n.startswith("#")]
    else:
        names = [n.strip() for n in value.split(",") if n.strip()]
    if not names:
        raise fail("--committee: no member states given")
    members: list[str] = []
    for name in names:
        code = _country(ruleset, name, "--committee")
        if code not in members:
            members.append(code)
    return tuple(members)


def _context(ruleset, cited_by: Optional[str], about: Optional[List[str]], committee: Optional[str]):
    from .model import Context

    context = Context(
        cited_by=_country(ruleset, cited_by, "--cited-by") if cited_by else None,
        about=tuple(dict.fromkeys(_country(ruleset, a, "--about") for a in about or [])),
        committee=_committee(ruleset, committee),
    )
    if context.committee is not None and context.cited_by and context.cited_by not in context.committee:
        typer.echo(f"evidence-check: note: {ruleset.countries.describe(context.cited_by)} "
                   "is not on the committee list", err=True)
    return context


def _meta(ruleset, context) -> dict:
    from .report.formats import context_words

    return {
        "ruleset": {"id": ruleset.id, "title": ruleset.title, "path": ruleset.path, "chain": ruleset.chain},
        "context": {"cited_by": context.cited_by, "about": list(context.about),
                    "committee": list(context.committee) if context.committee is not None else None,
                    "text": context_words(context.cited_by, context.about, context.committee,
                                          ruleset.countries)},
    }


def _parse_fail_on(value: str) -> set[str]:
    chosen = {part.strip().lower() for part in value.split(",") if part.strip()}
    unknown = chosen - set(FAIL_ON) - {"discretion", "inadmissible"}
    if unknown:
        raise fail(f"--fail-on: unknown value(s) {', '.join(sorted(unknown))} (choose from {', '.join(FAIL_ON)})")
    return chosen


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
    fail_set = _parse_fail_on(fail_on)
    for name in input_files or []:
        if str(name) != "-" and not name.is_file():
            raise fail(f"--input: {name}: no such file")
    ruleset = _load(rules)
    context = _context(ruleset, cited_by, about, committee)

    from .api import Checker
    from .inputs import Skipped, read
    from .report.records import Tally, record

    checker = Checker(ruleset, context)
    skipped = Skipped()
    stdin_is_file = _is_regular(sys.stdin)
    meta = _meta(ruleset, context)
    color = False if (no_color or os.environ.get("NO_COLOR")) else None
    if output_format == "table" and not sys.stdout.isatty() and color is not True:
        output_format = "plain"  # the same table, plain text: piped output needs no rich
    writer_class = WRITERS[output_format]
    kwargs = {"color": color} if output_format in ("table", "plain") else {}
    writer = writer_class(sys.stdout, meta, ruleset.countries, flush_each=not stdin_is_file, **kwargs)
    tally = Tally()
    findings = 0
    args = list(citations or [])
    if not args and not input_files and sys.stdin.isatty():
        raise fail("no citations given: pass URLs or names, --input FILE, or pipe them in (see --help)")
    for citation in read(args, [str(f) for f in input_files or []], skipped):
        verdict = checker.check(citation.text, citation.line)
        tally.add(verdict)
        writer.row(record(verdict, ruleset.countries), verdict)
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
    ruleset = _load(rules)
    context = _context(ruleset, cited_by, about, committee)
    who = _country(ruleset, challenger, "--challenger")
    verdict = Checker(ruleset, context).check(citation, 1)
    ruling = rule(verdict, who, context.cited_by, context.committee, ruleset.countries)
    sys.stdout.write(render(ruling, ruleset.countries, _meta(ruleset, context), output_format))


def _is_regular(stream) -> bool:
    try:
        import stat

        return stat.S_ISREG(os.fstat(stream.fileno()).st_mode)
    except (OSError, ValueError, AttributeError):
        return False


@rules_app.command("show")
def rules_show(
    rules: Optional[str] = typer.Option(None, "--rules", "-r", help=RULES_HELP, envvar="EVIDENCE_CHECK_RULES"),
) -> None:
    """List the ruleset's categories, verdicts, contest policies and registry size."""
    from collections import Counter

    ruleset = _load(rules)
    counts = Counter(p.category for p in ruleset.index.publishers)
    typer.echo(f"Ruleset: {ruleset.id} — {ruleset.title}")
    typer.echo(f"File: {ruleset.path}")
    typer.echo(f"Registry: {len(ruleset.index.publishers)} publishers, {len(ruleset.index.hosts) + sum(len(v) for v in ruleset.index.paths.values())} domains, "
               f"{len(ruleset.countries)} countries")
    typer.echo(f"State media: typologies {', '.join(ruleset.state_media_typologies)}; "
               f"below that: {ruleset.state_media_below}\n")
    for key, category in ruleset.categories.items():
        case = category.case
        line = f"  {key:<12} {case.verdict:<13} contest: {case.contest:<14} {counts.get(key, 0):>5} publishers"
        typer.echo(line + f"   {category.label}")
        if case.conditions:
            typer.echo(f"  {'':<12} condition: {'; '.join(case.conditions)}")
        if category.about_owner:
            o = category.about_owner
            typer.echo(f"  {'':<12} about the owner only: {o.verdict}, contest: {o.contest}")
    typer.echo("\nUse `evidence-check rules explain CATEGORY` for a rule's text.")


@rules_app.command("explain")
def rules_explain(
    category: str = typer.Argument(..., help="A category key, e.g. state_media."),
    rules: Optional[str] = typer.Option(None, "--rules", "-r", help=RULES_HELP, envvar="EVIDENCE_CHECK_RULES"),
) -> None:
    """Print a rule: its verdict, conditions, who may contest it, and the guide's words."""
    ruleset = _load(rules)
    rule = ruleset.categories.get(category.strip().lower())
    if rule is None:
        raise fail(f"unknown category {category!r} (known: {', '.join(ruleset.categories)})")
    case = rule.case
    typer.echo(f"{rule.key}: {rule.label}")
    typer.echo(f"  verdict:    {case.verdict}")
    if case.conditions:
        typer.echo(f"  condition:  {'; '.join(case.conditions)}")
    typer.echo(f"  contest:    {_policy_words(case.contest)}")
    if rule.about_owner:
        o = rule.about_owner
        typer.echo(f"  used only about the owning state: {o.verdict}"
                   + (f" ({'; '.join(o.conditions)})" if o.conditions else "")
                   + f"; contest: {_policy_words(o.contest)}")
    if rule.hint:
        typer.echo(f"  hint:       {rule.hint}")
    typer.echo(f"\n  “{rule.quote}”\n  — {rule.cite}")
    typer.echo(f"\n  defined at {rule.origin}")


def _policy_words(policy: str) -> str:
    return {"nobody": "nobody may deny it on source grounds",
            "all_but_owner": "any member except the owning state (and the citing delegation)",
            "anyone": "any member except the citing delegation"}.get(policy, policy)


@rules_app.command("validate")
def rules_validate(
    file: Optional[Path] = typer.Argument(None, help="The ruleset file (default: the bundled one)."),
) -> None:
    """Check a ruleset and its registry: each problem as file:line: problem, exit 2."""
    from .ruleset import load
    from .problems import RulesError

    try:
        ruleset = load(file)
    except RulesError as exc:
        for problem in exc.problems:
            typer.echo(str(problem), err=True)
        typer.echo(f"{len(exc.problems)} problem(s)", err=True)
        raise typer.Exit(2) from None
    typer.echo(f"{ruleset.path}: ok ({len(ruleset.categories)} categories, "
               f"{len(ruleset.index.publishers)} publishers, {len(ruleset.countries)} countries, "
               f"{len(ruleset.files)} files)")


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
