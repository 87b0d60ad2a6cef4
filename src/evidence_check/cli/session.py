"""`evidence-check session [LOGFILE]`: the chair's prompt for a whole committee session.

Thin: the options and the settings a reopened log brings back are resolved
here; the session itself is evidence_check.session (engine, log, prompt).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from .common import CommitteeOption, RulesOption, fail, load, ruleset_path

SESSION_EPILOG = """\b
Examples:
  evidence-check session --committee examples/committee.txt --name "UNODC, session 2"
  evidence-check session session-2026-03-14.jsonl          # reopen: the log continues

\b
At the prompt:  tass fr by ru about ua   ·   check tass.com   ·   help

\b
Exit status: 0 the session ended; 2 a usage error, a bad ruleset or an unreadable log,
or (reading a script, not a terminal) a line that could not be read."""


def session(
    logfile: Annotated[Optional[Path], typer.Argument(
        metavar="LOGFILE", show_default=False,
        help="The ruling log (JSON Lines). Default: session-YYYY-MM-DD.jsonl in this folder; an existing log "
             "is continued.")] = None,
    committee: CommitteeOption = None,
    rules: RulesOption = None,
    name: Annotated[Optional[str], typer.Option("--name", "-n", metavar="NAME",
                                                help="The session's name, shown in the prompt and the record.")]
    = None,
    no_color: Annotated[bool, typer.Option("--no-color", help="No colours (NO_COLOR is honoured too).")] = False,
) -> None:
    """The chair's prompt: rule on challenges as fast as you type, every ruling logged as it happens."""
    from ..session.engine import Session, Settings, SessionError, committee_from_yaml, parse_committee
    from ..session.lines import CountryFinder
    from ..session.log import Log, LogError, default_name
    from ..session.prompt import interactive, plain
    from ..session.render import Screen

    path = logfile if logfile is not None else Path(default_name())
    if path.is_dir():
        raise fail(f"{path}: is a folder: give a log file name")
    try:
        log = Log(path)
    except LogError as exc:
        raise fail(str(exc)) from None
    saved = log.settings()
    spec = rules
    if spec is None and saved.get("ruleset"):
        from ..ruleset.paths import resolve

        if resolve(saved["ruleset"]) is not None:
            spec = saved["ruleset"]  # a reopened log keeps its ruleset
        else:
            typer.echo(f"evidence-check: note: the log's ruleset {saved['ruleset']} is gone; using the one in "
                       "force", err=True)
    ruleset = load(spec)
    committee_text = committee
    if committee_text is None and saved.get("committee") is not None:
        committee_text = ", ".join(saved["committee"])
    if committee_text is None:
        # `committee:` in evidence-check.yaml, read here (the ruleset validator does not know the key)
        committee_text = committee_from_yaml(ruleset_path(spec))
    try:
        members = parse_committee(committee_text, CountryFinder(ruleset.countries)) if committee_text else None
    except SessionError as exc:
        raise fail(f"--committee: {exc}") from None
    settings = Settings(name=name if name is not None else saved.get("name") or "", committee=members,
                        ruleset_spec=spec)
    at_terminal = sys.stdin.isatty() and sys.stdout.isatty()
    screen = Screen(color=False if no_color else None)
    chair = Session(ruleset, log, screen, settings)
    chair.start()
    try:
        if at_terminal:
            interactive(chair)
        else:
            plain(chair, sys.stdin)
    except KeyboardInterrupt:
        pass
    finally:
        log.close()
    rows = len(log.rows())
    screen.note(f"session ended: {rows} row(s) in {log.path}" if log.path.exists() else "session ended: nothing "
                "was ruled, no log written")
    raise typer.Exit(2 if chair.errors and not at_terminal else 0)
