"""The command line: a thin face over the library API.

Exit status: 0 nothing to report, 1 findings (see --fail-on), 2 usage or rules error.
"""

from __future__ import annotations

import os
import sys

import typer

from .._version import __version__
from . import check as commands
from . import session
from .rules import rules_app

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



app.command(epilog=commands.CHECK_EPILOG)(commands.check)
app.command(epilog=commands.EXTRACT_EPILOG)(commands.extract)
app.command(epilog=commands.CHALLENGE_EPILOG)(commands.challenge)
app.command(epilog=session.SESSION_EPILOG)(session.session)

cache_app = typer.Typer(help="The caches: online results and the compiled ruleset.", no_args_is_help=True,
                        rich_markup_mode=None)
app.add_typer(cache_app, name="cache")


@cache_app.command("clear")
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
        from ..report.formats import printable

        typer.echo(f"evidence-check: internal error: {type(exc).__name__}: {printable(str(exc))} "
                   "(set EVIDENCE_CHECK_DEBUG=1 for details, and please report it)", err=True)
        sys.exit(2)
