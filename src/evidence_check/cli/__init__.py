"""The command line: a thin face over the library API.

Exit status: 0 nothing to report, 1 findings (see --fail-on), 2 usage or rules error.
"""

# No `from __future__ import annotations`: typer would evaluate the callback's annotations as strings.
import os
import sys

import typer

from .._version import __version__

# Typer turns every registered command into a click command (reading each function's
# signature and options) on every run, and it has no lazy sub-commands. A run names its
# command first (`evidence-check check URL`), so `run()` builds the app with that command
# alone: the same group, callback and settings, only the other commands' modules are not
# imported and their options not built. Anything else (no command, an option first, a
# typo that wants "did you mean") gets the whole app.
_COMMANDS = ("rules", "check", "extract", "challenge", "session", "cache")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"evidence-check {__version__}")
        raise typer.Exit()


def main(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                 help="Show the version and exit."),
) -> None:
    """Is this source admissible as proof in a Model UN committee?"""


def cache_clear() -> None:
    """Delete cached online results and compiled rulesets (both are rebuilt when needed)."""
    from ..cachedir import cache_dir
    from ..online import clear_cache

    clear_cache()
    removed = 0
    for path in cache_dir().glob("ruleset-*.pickle"):
        path.unlink(missing_ok=True)
        removed += 1
    typer.echo(f"cleared the online cache and {removed} compiled ruleset(s) in {cache_dir()}")


def build(only: str | None = None) -> typer.Typer:
    """The app: every command, or (only="check", ...) the group with that one command."""
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
    if only in (None, "rules"):
        from .rules import rules_app

        app.add_typer(rules_app, name="rules")
    app.callback()(main)
    if only in (None, "check", "extract", "challenge"):
        from . import check as commands

        if only in (None, "check"):
            app.command(epilog=commands.CHECK_EPILOG)(commands.check)
        if only in (None, "extract"):
            app.command(epilog=commands.EXTRACT_EPILOG)(commands.extract)
        if only in (None, "challenge"):
            app.command(epilog=commands.CHALLENGE_EPILOG)(commands.challenge)
    if only in (None, "session"):
        from . import session

        app.command(epilog=session.SESSION_EPILOG)(session.session)
    if only in (None, "cache"):
        cache_app = typer.Typer(help="The caches: online results and the compiled ruleset.", no_args_is_help=True,
                                rich_markup_mode=None)
        cache_app.command("clear")(cache_clear)
        app.add_typer(cache_app, name="cache")
    return app


_app: typer.Typer | None = None


def __getattr__(name: str):
    """`app`, the whole command line (for tests and embedding), built on first use."""
    global _app
    if name == "app":
        if _app is None:
            _app = build()
        return _app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def run() -> None:
    """Console-script entry point: no traceback ever reaches a user."""
    try:
        first = sys.argv[1] if len(sys.argv) > 1 else None
        (build(first) if first in _COMMANDS else __getattr__("app"))()
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
        from ..report.formats import printable

        typer.echo(f"evidence-check: internal error: {type(exc).__name__}: {printable(str(exc))} "
                   "(set EVIDENCE_CHECK_DEBUG=1 for details, and please report it)", err=True)
        sys.exit(2)
    finally:
        # The process ends here. Python's shutdown runs the cycle collector over every object
        # still alive (typer's, click's, the ruleset's): some 10 ms of a 100 ms run, to free memory
        # the exit frees anyway. Frozen, they are left out of it; files are closed where they are
        # used and standard output is flushed at exit as always.
        import gc

        gc.freeze()
