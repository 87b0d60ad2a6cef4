"""`evidence-check rules ...`: show, explain, validate, compare and start rulesets."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from .common import RulesOption, fail, load

rules_app = typer.Typer(help="Show, explain, validate, compare and start rulesets.", no_args_is_help=True,
                        rich_markup_mode=None)


@rules_app.command("show")
def rules_show(
    rules: RulesOption = None,
) -> None:
    """List the ruleset's categories, verdicts, contest policies and registry size."""
    from collections import Counter

    ruleset = load(rules)
    counts = Counter(p.category for p in ruleset.index.publishers)
    typer.echo(f"Ruleset: {ruleset.id} — {ruleset.title}")
    typer.echo(f"File: {ruleset.path}")
    if len(ruleset.chain) > 1:
        typer.echo("Extends: " + " → ".join(ruleset.chain))
    typer.echo(f"Registry: {len(ruleset.index.publishers)} publishers, {len(ruleset.index.hosts) + sum(len(v) for v in ruleset.index.paths.values())} domains, "
               f"{len(ruleset.countries)} countries")
    typer.echo(f"State media: typologies {', '.join(ruleset.state_media_typologies)}; "
               f"below that: {ruleset.state_media_below}\n")
    for key, category in ruleset.categories.items():
        case = category.case
        line = f"  {key:<12} {case.verdict:<13} contest: {case.contest:<14} {counts.get(key, 0):>5} publishers"
        typer.echo(line + f"   {category.label}   [{category.origin}]")
        if case.conditions:
            typer.echo(f"  {'':<12} condition: {'; '.join(case.conditions)}")
        if category.about_owner:
            o = category.about_owner
            typer.echo(f"  {'':<12} about the owner only: {o.verdict}, contest: {o.contest}")
    typer.echo("\nUse `evidence-check rules explain CATEGORY` for a rule's text.")


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
    from ..ruleset.load import load
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
    from ..ruleset.coverage import coverage

    ruleset = load(rules)
    found = coverage(ruleset)
    name = ruleset.countries.describe
    if output_format == "json":
        from ..report.formats import dumps_pretty

        typer.echo(dumps_pretty({
            "ruleset": ruleset.id,
            "categories": {k: {"publishers": found.per_category.get(k, 0),
                               "domains": found.domains_per_category.get(k, 0)} for k in ruleset.categories},
            "countries": {code: {"government": found.governments.get(code, 0),
                                 "state_media": found.state_media.get(code, 0),
                                 "kinds": {g: c[code] for g, c in sorted(found.kinds.items()) if c.get(code)}}
                          for code in found.states},
            "groups": {g: {"publishers": n, "states": found.states_with(g)} for g, n in sorted(found.groups.items())},
            "without_government": found.without_government,
            "without_state_media": found.without_state_media,
        }))
        return
    if output_format != "text":
        raise fail(f"--format: unknown format {output_format!r} (choose from text, json)")
    typer.echo(f"Ruleset: {ruleset.id}\n\nPer category:")
    for key in ruleset.categories:
        typer.echo(f"  {key:<12} {found.per_category.get(key, 0):>5} publishers "
                   f"{found.domains_per_category.get(key, 0):>6} domains")
    states = found.states
    with_gov = len(states) - len(found.without_government)
    with_media = len(states) - len(found.without_state_media)
    typer.echo(f"\nStates (UN members and observers): {len(states)}")
    typer.echo(f"  with a government entry:  {with_gov}")
    typer.echo(f"  with state-media entries: {with_media}")
    if found.without_government:
        typer.echo("  no government entry: " + ", ".join(name(c) for c in found.without_government))
    if found.without_state_media:
        typer.echo("  no state-media entry: " + ", ".join(name(c) for c in found.without_state_media))
    typer.echo("\nKinds of source (registry groups): entries, and states with one")
    for group, count in sorted(found.groups.items(), key=lambda item: (-item[1], item[0])):
        states_with = found.states_with(group)
        typer.echo(f"  {group:<22} {count:>6}" + (f"   {states_with:>3} states" if states_with else ""))
    typer.echo("\nPer country (government entries / state-media entries):")
    for code in states:
        typer.echo(f"  {code}  {name(code):<34} {found.governments.get(code, 0):>3} {found.state_media.get(code, 0):>4}")
