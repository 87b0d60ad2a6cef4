"""The ruling on screen, big enough to read aloud: the decision first, bold and coloured,
one sentence of reason, the rule quoted; wrapped to the terminal (rich), NO_COLOR honoured."""

from __future__ import annotations

import os
import sys

from ..report.formats import printable
from ..report.rulings import MEANS, STYLE

LOG_STYLE = {"upheld": "bold red", "not in order": "bold green", "chair's discretion": "bold yellow"}
VERDICT_STYLE = {"admissible": "bold green", "conditional": "bold yellow", "inadmissible": "bold red",
                 "discretion": "bold magenta", "invalid": "bold red"}



def console(stream=None, color: bool | None = None):
    from rich.console import Console

    no_color = color is False or bool(os.environ.get("NO_COLOR"))
    return Console(file=stream or sys.stdout, no_color=no_color, highlight=False, emoji=False,
                   force_terminal=None if color is None else color, soft_wrap=False)


class Screen:
    """What the session prints: to a rich console on stdout, problems on stderr."""

    def __init__(self, out=None, err=None, color: bool | None = None):
        self.console = console(out, color)
        self.errors = console(err or sys.stderr, color)

    def _print(self, *parts, **kwargs) -> None:
        self.console.print(*parts, **kwargs)

    def flush(self) -> None:
        for stream in (self.console.file, self.errors.file):
            try:
                stream.flush()
            except (OSError, ValueError):
                pass

    def error(self, message: str) -> None:
        self.errors.print(f"[bold red]error:[/] {_escape(message)}")

    def note(self, message: str) -> None:
        self._print(f"[dim]·[/] {_escape(message)}")

    def text(self, message: str) -> None:
        self._print(_escape(message))

    def ruling(self, entry: dict, note, describe) -> None:
        from rich.text import Text

        outcome = entry["ruling"]
        head = Text()
        head.append(f" {outcome.upper()} ", style=STYLE.get(outcome, "bold"))
        head.append(f"  {MEANS.get(outcome, '')}", style="bold")
        head.append(f"   #{entry['n']}", style="dim")
        self._print(head)
        self._print(Text(entry["reason"], style="bold"))
        self._source_line(entry, describe, challenged=True)
        self._rule(entry)
        if note is not None:
            style = "bold yellow" if note.differs else "dim"
            self._print(Text(("⚑ " if note.differs else "· ") + note.text[0].upper() + note.text[1:] + ".",
                             style=style))
        self._print()

    def check(self, entry: dict, describe) -> None:
        from rich.text import Text

        verdict = entry["verdict"]
        head = Text()
        head.append(verdict.upper(), style=VERDICT_STYLE.get(verdict, "bold"))
        if entry.get("conditions"):
            head.append(f"  if {' and '.join(entry['conditions'])}", style="bold")
        head.append(f"   #{entry['n']}", style="dim")
        self._print(head)
        self._source_line(entry, describe, challenged=False)
        if entry.get("contest"):
            self._print(Text(f"May deny it: {entry['contest']}"))
        self._rule(entry)
        self._print()

    def _source_line(self, entry: dict, describe, challenged: bool) -> None:
        from rich.text import Text

        facts = [f"{printable(entry['source'])} — {entry.get('publisher') or 'unknown publisher'} ({entry['what']})"]
        if challenged:
            facts.append(f"challenged by {describe(entry['challenger'])}")
        if entry.get("cited_by"):
            facts.append(f"cited by {describe(entry['cited_by'])}")
        if entry.get("about"):
            facts.append("about " + ", ".join(describe(a) for a in entry["about"]))
        self._print(Text(" · ".join(facts), style="dim" if challenged else ""))

    def _rule(self, entry: dict) -> None:
        from rich.text import Text

        rule = entry.get("rule")
        if rule:
            self._print(Text(f"Rule: “{rule['quote']}” — {rule['cite']}", style="italic"))

    def log(self, rows: list[dict], describe, path) -> None:
        from rich.text import Text

        if not rows:
            self.note(f"no rows yet (the log is {path})")
            return
        for row in rows:
            line = Text()
            line.append(f"#{row['n']:<3} {_clock(row)}  ", style="dim")
            if row["type"] == "ruling":
                line.append(f"{row['ruling'].upper():<18}", style=LOG_STYLE.get(row["ruling"], "bold"))
                line.append(f" {printable(row['source'])}  {describe(row['challenger'])} challenged")
            else:
                line.append(f"{('check: ' + row['verdict']).upper():<18}", style="bold")
                line.append(f" {printable(row['source'])}")
            extra = []
            if row.get("cited_by"):
                extra.append(f"cited by {describe(row['cited_by'])}")
            if row.get("about"):
                extra.append("about " + ", ".join(describe(a) for a in row["about"]))
            if extra:
                line.append(", " + ", ".join(extra))
            if row.get("withdrawn"):
                line.stylize("strike")
                line.append("  (withdrawn)", style="bold")
            self._print(line)
        self.note(f"log: {path}")


def _clock(row: dict) -> str:
    from .consistency import clock

    return clock(row)


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)
