"""What the commands share: errors, the ruleset in force, countries and context."""

from __future__ import annotations

from pathlib import Path
from enum import Enum
from typing import Annotated, List, Optional

import typer

RULES_HELP = ("A ruleset file or bundled id. Default: $EVIDENCE_CHECK_RULES, then evidence-check.yaml or "
              ".evidence-check.yaml in this folder or a parent, then the bundled 'default'.")



def fail(message: str, code: int = 2) -> typer.Exit:
    from ..report.formats import printable

    typer.echo(f"evidence-check: error: {printable(message)}", err=True)  # file names and arguments are input
    return typer.Exit(code)


def ruleset_path(rules: Optional[str]) -> Optional[Path]:
    """--rules (or EVIDENCE_CHECK_RULES), then evidence-check.yaml found upwards, then the default."""
    from ..ruleset.paths import bundled_ids, discover, resolve

    if rules:
        path = resolve(rules)
        if path is None:
            raise fail(f"--rules: no ruleset {rules!r} (a file, or one of the bundled: {', '.join(bundled_ids())})")
        return path
    found = discover()
    if found is not None:  # a local ruleset is in force: say so, once, where it cannot be missed
        typer.echo(f"evidence-check: note: using the rules in {found} (found in this folder or a parent; "
                   "--rules default for the bundled ones)", err=True)
    return found


def load(rules: Optional[str]):
    from ..api import load_rules
    from ..ruleset.problems import RulesError

    try:
        return load_rules(ruleset_path(rules))
    except RulesError as exc:
        for problem in exc.problems:
            typer.echo(str(problem), err=True)
        raise fail(f"the ruleset has {len(exc.problems)} problem(s)") from None


def country(ruleset, text: str, option: str) -> str:
    from ..countries import UnknownCountry

    try:
        return ruleset.countries.find(text).alpha3
    except UnknownCountry as exc:
        raise fail(f"{option}: {exc}") from None


def committee_of(ruleset, value: Optional[str]) -> Optional[tuple]:
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
        code = country(ruleset, name, "--committee")
        if code not in members:
            members.append(code)
    return tuple(members)


def context_of(ruleset, cited_by: Optional[str], about: Optional[List[str]], committee: Optional[str]):
    from ..model import Context

    context = Context(
        cited_by=country(ruleset, cited_by, "--cited-by") if cited_by else None,
        about=tuple(dict.fromkeys(country(ruleset, a, "--about") for a in about or [])),
        committee=committee_of(ruleset, committee),
    )
    if context.committee is not None and context.cited_by and context.cited_by not in context.committee:
        typer.echo(f"evidence-check: note: {ruleset.countries.describe(context.cited_by)} "
                   "is not on the committee list", err=True)
    return context


def meta_of(ruleset, context) -> dict:
    from ..report.formats import context_words

    return {
        "ruleset": {"id": ruleset.id, "title": ruleset.title, "path": ruleset.path, "chain": ruleset.chain,
                    "bundled": _bundled(ruleset.path)},
        "context": {"cited_by": context.cited_by, "about": list(context.about),
                    "committee": list(context.committee) if context.committee is not None else None,
                    "text": context_words(context.cited_by, context.about, context.committee,
                                          ruleset.countries)},
    }


def _bundled(path: str) -> bool:
    from ..ruleset.paths import bundled_dir

    return Path(path).resolve().parent == bundled_dir().resolve()


def parse_fail_on(value: str):
    """--fail-on words as the library's FailOn policy (see evidence_check.run)."""
    from ..run import FailOn, FailOnError

    try:
        return FailOn.parse(value)
    except FailOnError as exc:
        raise fail(f"--fail-on: {exc}") from None




# -- the options several commands share: one definition each -------------------------------

RulesOption = Annotated[Optional[str], typer.Option("--rules", "-r", help=RULES_HELP, envvar="EVIDENCE_CHECK_RULES",
                                                    metavar="FILE|ID", show_default=False)]
CitedByOption = Annotated[Optional[str], typer.Option("--cited-by", "-c", metavar="COUNTRY",
                                                      help="The delegation citing the source (name or ISO code).")]
AboutOption = Annotated[Optional[List[str]], typer.Option(
    "--about", "-a", metavar="COUNTRY", show_default=False,
    help="The country whose conduct the claim concerns (repeatable).")]
CommitteeOption = Annotated[Optional[str], typer.Option(
    "--committee", metavar="FILE|LIST", help="Member states: a file (one per line) or a comma-separated list.")]


class Format(str, Enum):
    """Every command's output formats, one set of names (each command says which it writes)."""

    table = "table"  # coloured at a terminal, plain text when piped
    plain = "plain"  # the same table, plain text always
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    markdown = "markdown"
    md = "md"  # = markdown
    html = "html"  # check --from
    text = "text"  # = table (the name older versions used)


_SAME = {"md": "markdown", "text": "table"}


def output_format(value: "Format | None", allowed: tuple[str, ...], command: str, default: str = "table") -> str:
    """The format a command writes, by its one name ("md" is markdown, "text" is table), or a usage error."""
    name = _SAME.get(value.value, value.value) if value is not None else default
    if name not in allowed:
        raise fail(f"--format {value.value if value is not None else name}: {command} writes "
                   f"{', '.join(allowed)}")
    return name


class Color(str, Enum):
    auto = "auto"
    always = "always"
    never = "never"


def color_choice(color: "Color | None", no_color: bool = False) -> bool | None:
    """True (always), False (never) or None (at a terminal): --color, then NO_COLOR, then FORCE_COLOR."""
    import os

    if no_color or color == Color.never:
        return False
    if color == Color.always:
        return True
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return None


FormatOption = Annotated[Optional[Format], typer.Option(
    "--format", "-f", case_sensitive=False, show_default=False,
    help="Output format: table (coloured at a terminal, plain when piped), plain, json, jsonl, csv, "
         "markdown (md), html; each command says which it writes.")]
ColorOption = Annotated[Color, typer.Option(
    "--color", case_sensitive=False, help="Colours: auto (at a terminal), always, never. NO_COLOR and "
                                          "FORCE_COLOR are honoured.")]
NoColorOption = Annotated[bool, typer.Option("--no-color", hidden=True, help="Same as --color never.")]
