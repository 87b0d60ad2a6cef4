"""`evidence-check rules ...`: show, explain, validate, format, compare and start rulesets."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from .common import RulesOption, fail, load

rules_app = typer.Typer(help="Show, explain, validate, format, compare and start rulesets.", no_args_is_help=True,
                        rich_markup_mode=None)


@rules_app.command("show")
def rules_show(
    rules: RulesOption = None,
) -> None:
    """List the ruleset's categories, verdicts, contest policies and registry size."""
    from ..report.rules import show

    typer.echo(show(load(rules)))


@rules_app.command("explain")
def rules_explain(
    category: str = typer.Argument(..., help="A category key, e.g. state_media."),
    rules: RulesOption = None,
) -> None:
    """Print a rule: its verdict, conditions, who may contest it, and the guide's words."""
    ruleset = load(rules)
    rule = ruleset.categories.get(category.strip().lower())
    if rule is None:
        raise fail(f"unknown category {category!r} (known: {', '.join(ruleset.categories)})")
    from ..report.rules import explain

    typer.echo(explain(rule))


@rules_app.command("validate")
def rules_validate(
    file: Optional[Path] = typer.Argument(None, help="The ruleset file (default: the bundled one)."),
) -> None:
    """Check a ruleset and its registry: each problem as file:line: problem, exit 2."""
    from ..ruleset.loader import load
    from ..ruleset.problems import RulesError

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



@rules_app.command("fmt", epilog="Examples:\n\n  evidence-check rules fmt --check\n\n"
                                  "  evidence-check rules fmt my-registry.yaml\n\n"
                                  "Exit status: 0 all files canonical (or rewritten), 1 --check/--diff found "
                                  "files to change, 2 a file cannot be read or formatted.")
def rules_fmt(
    files: Optional[list[Path]] = typer.Argument(
        None, metavar="[FILE]...", help="Registry files (default: every registry file of the ruleset)."),
    rules: RulesOption = None,
    check: bool = typer.Option(False, "--check", help="Change nothing: list the files not in canonical form."),
    diff: bool = typer.Option(False, "--diff", help="Change nothing: show what would change, as a unified diff."),
) -> None:
    """Rewrite registry files in their canonical form (key order, quoting, wrapping); data never changes."""
    from ..ruleset.fmt import FormatError, format_registry

    if not files:
        files = [Path(f) for f in load(rules).files if f.endswith((".yaml", ".yml")) and _is_registry(Path(f))]
    changed, problems = [], 0
    for path in files:
        try:
            text = path.read_text(encoding="utf-8")
            new = format_registry(text, verify=not (check or diff))  # read back only before writing
        except OSError as exc:
            typer.echo(f"{path}: {exc.strerror or exc}", err=True)
            problems += 1
            continue
        except UnicodeDecodeError:
            typer.echo(f"{path}: not UTF-8 text", err=True)
            problems += 1
            continue
        except FormatError as exc:
            typer.echo(f"{path}:{exc.line}: {exc.problem}", err=True)
            problems += 1
            continue
        except Exception as exc:  # a YAML syntax error: `rules validate` says where
            typer.echo(f"{path}: cannot be read as YAML ({type(exc).__name__}); "
                       "run `evidence-check rules validate` for the place", err=True)
            problems += 1
            continue
        if new == text:
            continue
        changed.append(path)
        if diff:
            import difflib

            typer.echo("".join(difflib.unified_diff(text.splitlines(True), new.splitlines(True),
                                                    str(path), f"{path} (canonical)")), nl=False)
        elif check:
            typer.echo(f"would reformat {path}")
        else:
            path.write_text(new, encoding="utf-8")
            typer.echo(f"reformatted {path}")
    verb = "would reformat" if check or diff else "reformatted"
    typer.echo(f"{len(changed)} file(s) {verb}, {len(files) - len(changed) - problems} already canonical"
               + (f", {problems} with problems" if problems else ""), err=True)
    if problems:
        raise typer.Exit(2)
    raise typer.Exit(1 if changed and (check or diff) else 0)


def _is_registry(path: Path) -> bool:
    try:
        with path.open(encoding="utf-8") as handle:
            return any(line.rstrip() == "publishers:" for line in handle)
    except OSError:
        return False


STARTER = """\
# {name}: this conference's evidence rules for evidence-check.
# It extends the bundled default (the DPSH MUN 2022 guide's rules); change
# only what your conference does differently. Check it with:
#     evidence-check rules validate {name}
# and see what changed with:
#     evidence-check rules diff default {name}
ruleset: my-conference
title: My conference's evidence rules
source: >-
  The background guide's section on evidence (quote its words under each rule you change)
extends: default

# Which State Media Monitor typologies count as state-operated media:
# SC (state-controlled), CaPu (captured public), CaPr (captured private),
# ISFM / ISF / ISM (independent state-funded or state-managed), IP (independent public).
# state_media:
#   typologies: [SC, CaPu]

# Change a rule: give only the fields that differ (verdict: admissible |
# conditional | inadmissible | discretion; contest: nobody | all_but_owner | anyone).
# categories:
#   government:
#     denied_may_stand: true       # a denied report may still be accepted by the chair
#     quote: >-
#       (your guide's own sentence)
#     cite: (where in your guide)

# Move publishers to another category: one publisher, a group, or a whole category.
# move:
#   - {{group: wire, to: reuters}}                 # accept AP and AFP like Reuters
#   - {{publisher: sm-gbr-bbc, to: state_media}}    # treat the BBC as state media
#   - {{from: state_media, to: rejected}}          # reject all state media

# Drop inherited publishers by id, or add your own registry files (same format
# as rules/registry/*.yaml in evidence-check; paths relative to this file).
# remove: [press-medium]
# registry: [my-registry.yaml]
"""


@rules_app.command("init")
def rules_init(
    path: Path = typer.Argument(Path("evidence-check.yaml"), help="Where to write the starter ruleset."),
    force: bool = typer.Option(False, "--force", help="Overwrite an existing file."),
) -> None:
    """Write a commented starter ruleset that extends the default (found automatically as evidence-check.yaml)."""
    if path.exists() and not force:
        raise fail(f"{path} exists already (use --force to overwrite it)")
    try:
        path.write_text(STARTER.format(name=path.name), encoding="utf-8")
    except OSError as exc:
        raise fail(f"{path}: {exc.strerror or exc}") from None
    typer.echo(f"wrote {path}: edit it, then run `evidence-check rules validate {path}`")


@rules_app.command("diff")
def rules_diff(
    a: str = typer.Argument(..., help="A ruleset file or bundled id (e.g. default)."),
    b: str = typer.Argument(..., help="Another ruleset file or bundled id."),
    output_format: str = typer.Option("text", "--format", "-f", help="text or json."),
) -> None:
    """List the rules and the sources whose category or verdict differs between two rulesets."""
    from ..ruleset.diff import changes, rule_changes

    first, second = load(a), load(b)
    rules = rule_changes(first, second)
    found = changes(first, second)
    if output_format == "json":
        from ..report.formats import dumps_pretty

        typer.echo(dumps_pretty({
            "a": first.id, "b": second.id,
            "rules": [{"category": k, "a": x, "b": y} for k, x, y in rules],
            "sources": [{"publisher_id": c.publisher.id, "publisher": c.publisher.name,
                         "a": dict(zip(("category", "verdict"), c.before)) if c.before else None,
                         "b": dict(zip(("category", "verdict"), c.after)) if c.after else None}
                        for c in found]}))
        raise typer.Exit(1 if rules or found else 0)
    if output_format != "text":
        raise fail(f"--format: unknown format {output_format!r} (choose from text, json)")
    typer.echo(f"A: {first.id} ({first.path})\nB: {second.id} ({second.path})\n")
    if rules:
        typer.echo("Rules that differ:")
        for key, x, y in rules:
            typer.echo(f"  {key:<12} A: {x}\n  {'':<12} B: {y}")
        typer.echo("")
    typer.echo(f"Sources whose verdict differs: {len(found)}")
    for change in found:
        before = "/".join(change.before) if change.before else "(absent)"
        after = "/".join(change.after) if change.after else "(absent)"
        typer.echo(f"  {change.publisher.name} [{change.publisher.id}]: {before} → {after}")
    raise typer.Exit(1 if rules or found else 0)


@rules_app.command("schema")
def rules_schema() -> None:
    """Print a JSON Schema of the ruleset format (registry and country files under $defs)."""
    from ..report.formats import dumps_pretty
    from ..ruleset.schema import schema

    typer.echo(dumps_pretty(schema()))


@rules_app.command("coverage")
def rules_coverage(
    rules: RulesOption = None,
    output_format: str = typer.Option("text", "--format", "-f", help="text or json."),
) -> None:
    """What the registry holds per category and per country, and which states lack entries."""
    from ..report.rules import coverage_json, coverage_text
    from ..ruleset.coverage import coverage

    if output_format not in ("text", "json"):
        raise fail(f"--format: unknown format {output_format!r} (choose from text, json)")
    ruleset = load(rules)
    found = coverage(ruleset)
    if output_format == "json":
        from ..report.formats import dumps_pretty

        typer.echo(dumps_pretty(coverage_json(ruleset, found)))
    else:
        typer.echo(coverage_text(ruleset, found))
