"""A chair's session: settings, the log, and one line at a time ruled and shown.

The front ends (prompt.py at a terminal, a plain read loop otherwise) hand each
line to Session.handle; the decisions are the library's (Checker, ruling.rule),
the record is log.py's, the words on screen are render.py's.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..model import Context
from ..names import fold
from . import consistency, lines
from .lines import SessionError
from .log import Log, LogError

HELP = """\
Rule:   SOURCE CHALLENGER [by CITING] [about COUNTRY…]   e.g. tass fr by ru about ua
        CHALLENGER [by …] [about …]   the last source again, a new challenger
        (empty line)                  asks for a new challenger for the last source
        N CHALLENGER                  the source of row N (see `log`)
Check:  check SOURCE… [by CITING] [about COUNTRY…]   judge, no challenge
Set:    committee [FILE|LIST|none] · rules [FILE|ID] · name [NAME]
Record: log [N] · undo (the row stays in the log, withdrawn) · export md|html|csv FILE
End:    quit, or Ctrl-D.   Ctrl-C drops the line being typed.
Countries by name, ISO code (fr, FRA) or unique prefix (fran); quote a source
of several words that ends in a country name ("Voice of America" us)."""


@dataclass
class Settings:
    name: str = ""
    committee: tuple[str, ...] | None = None
    ruleset_spec: str | None = None  # what the chair gave (a path or an id); None: the one in force


@dataclass
class Session:
    ruleset: object
    log: Log
    out: object  # render.Screen
    settings: Settings = field(default_factory=Settings)
    awaiting_challenger: bool = False
    errors: int = 0
    _unsaved: bool = False  # settings changed before the log file exists: written with the first row

    def __post_init__(self):
        from ..api import Checker

        self._checker = Checker(self.ruleset)
        self._judges: dict = {}
        self.finder = lines.CountryFinder(self.ruleset.countries, self.settings.committee)

    # -- what the prompt shows and completes --------------------------------------------------

    def prompt_text(self) -> str:
        parts = [p for p in (self.settings.name, self._committee_words(), self.ruleset.id) if p]
        head = " · ".join(parts)
        if self.awaiting_challenger and self.last() is not None:
            return f"{head} │ challenger for {self.last()['source']}› "
        return f"{head}› "

    def _committee_words(self) -> str:
        committee = self.settings.committee
        return f"{len(committee)} members" if committee is not None else "no committee"

    def sources_seen(self) -> list[str]:
        return list(dict.fromkeys(r["source"] for r in reversed(self.log.rows())))

    def last(self) -> dict | None:
        rows = self.log.rows()
        return rows[-1] if rows else None

    # -- one line ----------------------------------------------------------------------------

    def handle(self, line: str) -> bool:
        """Act on one line; False when the session should end."""
        try:
            parsed = lines.parse(line, self.finder)
            if isinstance(parsed, lines.Blank):
                return self._blank()
            self.awaiting_challenger = False
            if isinstance(parsed, lines.Command):
                return self._command(parsed)
            if isinstance(parsed, lines.Check):
                self._check(parsed)
            else:
                self._rule(parsed)
        except lines.LineError as exc:
            self.errors += 1
            self.out.error(str(exc))
        except LogError as exc:
            self.errors += 1
            self.out.error(f"the log could not be written: {exc}")
        return True

    def _blank(self) -> bool:
        last = self.last()
        if last is not None:
            self.awaiting_challenger = True
            self.out.note(f"who challenges {last['source']}? type the challenger "
                          "(and `by`/`about` to change them)")
        return True

    def _rule(self, parsed: lines.Rule) -> dict:
        source, cited_by, about = self._source_of(parsed.source, parsed.row, parsed.cited_by, parsed.about)
        context = Context(cited_by=cited_by, about=about, committee=self.settings.committee)
        verdict = self._verdict(source, context)
        from ..ruling import rule

        ruling = rule(verdict, parsed.challenger, cited_by, self.settings.committee, self.ruleset.countries)
        fields = self._fields(verdict, context)
        fields.update(challenger=ruling.challenger, ruling=ruling.outcome, reason=ruling.reason)
        entry = self._record("ruling", fields)
        note = consistency.earlier(self.log.rows(), entry, self.ruleset.countries.describe)
        self.out.ruling(entry, note, self.ruleset.countries.describe)
        return entry

    def _check(self, parsed: lines.Check) -> list[dict]:
        done = []
        for text, row in zip(parsed.sources, parsed.rows):
            source, cited_by, about = self._source_of(None if row is not None else text, row, parsed.cited_by,
                                                      parsed.about or None, repeat_last=False)
            context = Context(cited_by=cited_by, about=about, committee=self.settings.committee)
            verdict = self._verdict(source, context)
            entry = self._record("check", self._fields(verdict, context))
            self.out.check(entry, self.ruleset.countries.describe)
            done.append(entry)
        return done

    def _source_of(self, source, row, cited_by, about, repeat_last=True):
        """The citation to judge, and the context: a row or the last source lend theirs when not given."""
        earlier = None
        if row is not None:
            earlier = self.log.row(row)
            if earlier is None or row in self.log.withdrawn():
                raise SessionError(f"there is no row {row} standing (see `log`)")
        elif source is None and repeat_last:
            earlier = self.last()
            if earlier is None:
                raise SessionError("no source yet: type the source, then the challenger (e.g. `tass fr`)")
        if earlier is not None:
            source = earlier["source"]
            cited_by = cited_by if cited_by is not None else earlier.get("cited_by")
            about = about if about is not None else tuple(earlier.get("about") or ())
        return source, cited_by, tuple(about or ())

    def _verdict(self, source: str, context: Context):
        from ..judge import Judge
        from ..urls import parse

        key = (context.cited_by, context.about, context.committee)
        judge = self._judges.get(key)
        if judge is None:
            judge = self._judges[key] = Judge(self.ruleset, context)
        return judge(self._checker.classify(parse(source, None)))

    def _fields(self, verdict, context: Context) -> dict:
        from ..report.records import record

        row = record(verdict, self.ruleset.countries)
        key = row["publisher_id"] or row["domain"] or fold(row["input"])
        what = row["category_label"] + (f", {row['owner_name']}" if row["owner_name"] else "")
        return {"source": row["input"], "key": key, "publisher": row["publisher"] or row["domain"],
                "what": what, "verdict": row["verdict"], "conditions": row["conditions"],
                "contest": (row["contest"] or {}).get("text"), "hint": row["hint"],
                "cited_by": context.cited_by, "about": list(context.about),
                "rule": {"quote": row["rule"]["quote"], "cite": row["rule"]["cite"]} if row["rule"] else None,
                "ruleset": self.ruleset.id,
                "committee": list(context.committee) if context.committee is not None else None}

    # -- commands ----------------------------------------------------------------------------

    def _command(self, command: lines.Command) -> bool:
        name, args = command.name, command.args
        if name == "quit":
            return False
        if name == "help":
            self.out.text(HELP)
        elif name == "log":
            rows = self.log.rows(include_withdrawn=True)
            if args:
                rows = rows[-int(args[0]):] if int(args[0]) else []
            self.out.log(rows, self.ruleset.countries.describe, self.log.path)
        elif name == "undo":
            withdrawn = self.log.undo()
            if withdrawn is None:
                self.out.note("nothing to withdraw")
            else:
                self.out.note(f"row {withdrawn['n']} withdrawn ({withdrawn['source']}); it stays in the log, "
                              "marked withdrawn")
        elif name == "export":
            from .export import write

            fmt, path = args
            count = write(fmt, Path(path), self.log.rows(), self.ruleset.countries.describe, self.record_meta(),
                          withdrawn=len(self.log.withdrawn()))
            self.out.note(f"wrote {count} row(s) to {path}")
        elif name == "committee":
            if args:
                self.set_committee(" ".join(args))
            self.out.note(self.describe_committee())
        elif name == "rules":
            if args:
                self.set_rules(args[0])
            self.out.note(f"ruleset: {self.ruleset.id} ({self.ruleset.title})")
        elif name == "name":
            if args:
                self.settings.name = args[0]
                self._save_settings()
            self.out.note(f"session: {self.settings.name or '(no name: `name NAME` sets one)'}")
        return True

    def describe_committee(self) -> str:
        committee = self.settings.committee
        if committee is None:
            return "committee: not set (any country may challenge; `committee FILE|LIST` sets it)"
        return f"committee ({len(committee)}): " + ", ".join(self.ruleset.countries.describe(c) for c in committee)

    def set_committee(self, text: str) -> None:
        self.settings.committee = parse_committee(text, self.finder)
        self.finder = lines.CountryFinder(self.ruleset.countries, self.settings.committee)
        self._save_settings()

    def set_rules(self, spec: str) -> None:
        self.ruleset = load_ruleset(spec)
        self.settings.ruleset_spec = spec
        from ..api import Checker

        self._checker = Checker(self.ruleset)
        self._judges = {}
        self.finder = lines.CountryFinder(self.ruleset.countries, self.settings.committee)
        self._save_settings()

    def start(self) -> None:
        """Say what is in force; a reopened log says how far it got. Nothing is written yet
        for a new log: its file is made with the first row (an empty session leaves no file)."""
        if self.log.entries:
            rows = self.log.rows()
            self.out.note(f"continuing {self.log.path}: {len(rows)} row(s) so far"
                          + (f", {self.log.damaged} unreadable line(s) skipped" if self.log.damaged else ""))
            if self.log.settings() != self._settings_entry():
                self._save_settings()
        else:
            self._unsaved = True
        self.out.note(f"{self.settings.name or 'session'} · {self.describe_committee()} · ruleset "
                      f"{self.ruleset.id} · log {self.log.path} · `help` lists the commands")

    def _settings_entry(self) -> dict:
        return {"name": self.settings.name, "ruleset": self.settings.ruleset_spec or self.ruleset.path,
                "committee": list(self.settings.committee) if self.settings.committee is not None else None}

    def _save_settings(self) -> None:
        if not self.log.entries:
            self._unsaved = True
            return
        self.log.append({"type": "session", **self._settings_entry(), "ruleset_id": self.ruleset.id})
        self._unsaved = False

    def _record(self, kind: str, fields: dict) -> dict:
        if self._unsaved:
            self.log.append({"type": "session", **self._settings_entry(), "ruleset_id": self.ruleset.id})
            self._unsaved = False
        return self.log.add(kind, fields)

    def record_meta(self) -> dict:
        describe = self.ruleset.countries.describe
        committee = self.settings.committee
        return {"name": self.settings.name, "ruleset": f"{self.ruleset.id} ({self.ruleset.title})",
                "committee": ", ".join(describe(c) for c in committee) if committee is not None else None,
                "log": str(self.log.path)}


def parse_committee(text: str, finder: lines.CountryFinder) -> tuple[str, ...] | None:
    """A committee: a file (one member a line, # comments), a comma-separated list, or `none`."""
    text = text.strip()
    if text.lower() in ("none", "-", "off"):
        return None
    path = Path(text)
    if path.is_file():
        try:
            names = path.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError as exc:
            raise SessionError(f"committee: {text}: {exc.strerror}") from None
        names = [n.strip() for n in names if n.strip() and not n.strip().startswith("#")]
    else:
        names = [n.strip() for n in text.split(",") if n.strip()]
    if not names:
        raise SessionError("committee: no member states given")
    try:
        return tuple(dict.fromkeys(finder.require(n, "committee") for n in names))
    except lines.LineError as exc:
        raise SessionError(str(exc)) from None


def load_ruleset(spec: str | None):
    from ..api import load_rules
    from ..ruleset.paths import bundled_ids, resolve
    from ..ruleset.problems import RulesError

    path = None
    if spec:
        path = resolve(spec)
        if path is None:
            raise SessionError(f"rules: no ruleset {spec!r} (a file, or one of: {', '.join(bundled_ids())})")
    try:
        return load_rules(path)
    except RulesError as exc:
        shown = "; ".join(str(p) for p in exc.problems[:3])
        raise SessionError(f"rules: {spec}: {len(exc.problems)} problem(s): {shown}") from None


def committee_from_yaml(path) -> str | None:
    """The `committee:` a ruleset file declares (the loader's reader, imported on use)."""
    from ..ruleset.loader import declared_committee

    return declared_committee(path)
