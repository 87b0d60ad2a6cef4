"""One line the chair types, read: a ruling, a check, or a session command.

    tass fr                          TASS challenged by France
    tass.com France by ru about ua   ... cited by Russia, about Ukraine
    3 cn                             the source of row 3, challenged by China
    cn                               the last source, challenged by China
    check tass.com rt.com            judge without a challenge
    committee examples/committee.txt · rules default · name GA1 · log · undo
    export md|html|csv FILE · help · quit

Countries by name, ISO code or a unique prefix of an English name (when a
prefix fits several, the one on the committee wins). Pure: no I/O.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass

from ..countries import Countries, UnknownCountry
from ..names import fold

COMMANDS = ("check", "committee", "rules", "name", "log", "undo", "export", "help", "quit")
ALIASES = {"exit": "quit", "q": "quit", "?": "help", "c": "check"}
EXPORT_FORMATS = ("md", "html", "csv")
KEYWORDS = ("by", "about")
_ROW = re.compile(r"#?(\d{1,6})")
_MAX_NAME_WORDS = 4  # the longest country name a line is searched for ("Saint Kitts and Nevis")


class LineError(ValueError):
    """A line that cannot be read; the message says what to type instead."""


class SessionError(LineError):
    """A setting or action that cannot be carried out (bad committee, unknown ruleset, unwritable file)."""


@dataclass(frozen=True)
class Rule:
    """Rule on a challenge. source None: the last source; row: the source of that earlier row."""

    source: str | None
    challenger: str
    cited_by: str | None = None
    about: tuple[str, ...] | None = None  # None: not said (a repeat keeps the earlier one)
    row: int | None = None


@dataclass(frozen=True)
class Check:
    sources: tuple[str, ...]
    rows: tuple[int | None, ...]
    cited_by: str | None = None
    about: tuple[str, ...] = ()


@dataclass(frozen=True)
class Command:
    name: str  # one of COMMANDS
    args: tuple[str, ...] = ()


@dataclass(frozen=True)
class Blank:
    """An empty line: the next line names a new challenger for the last source."""


class CountryFinder:
    """Countries by name, ISO code or unique prefix; committee members win a shared prefix."""

    def __init__(self, countries: Countries, committee: tuple[str, ...] | None = None):
        self.countries = countries
        self.committee = committee
        self._prefixes: list[tuple[str, str]] | None = None

    def prefix_keys(self) -> list[tuple[str, str]]:
        """(folded English name, alpha3), for prefixes and completion (no other-language names)."""
        if self._prefixes is None:
            keys = set()
            for c in self.countries:
                for text in (c.name, c.common, *c.aliases):
                    keys.add((fold(text), c.alpha3))
            self._prefixes = sorted(keys)
        return self._prefixes

    def find(self, text: str) -> str | None:
        """alpha3, or None when `text` names no country (not even as a unique prefix)."""
        key = fold(text)
        if not key:
            return None
        exact = self.countries.by_key.get(key)
        if exact is not None:
            return exact.alpha3
        if len(key) < 3:
            return None
        matches = sorted({a3 for name, a3 in self.prefix_keys() if name.startswith(key)})
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1 and self.committee:
            members = [a3 for a3 in matches if a3 in self.committee]
            if len(members) == 1:
                return members[0]
        return None

    def require(self, text: str, what: str) -> str:
        found = self.find(text)
        if found is not None:
            return found
        key = fold(text)
        matches = sorted({self.countries.describe(a3) for name, a3 in self.prefix_keys() if name.startswith(key)})
        if len(matches) > 1:
            raise LineError(f"{what}: {text!r} fits {', '.join(matches[:6])}: type more of the name")
        raise LineError(f"{what}: {UnknownCountry(text, self.countries.suggest(text))}")


def split(line: str) -> list[str]:
    """Words, with quotes grouping ("U.S. Department of State"); a stray quote is a plain character."""
    try:
        return shlex.split(line)
    except ValueError:
        return line.split()


def parse(line: str, finder: CountryFinder):
    """A line -> Rule | Check | Command | Blank; raises LineError with what to type instead."""
    words = split(line)
    if not words:
        return Blank()
    head = words[0].lower()
    head = ALIASES.get(head, head)
    if head == "check":
        return parse_check(words[1:], finder)
    if head in COMMANDS:
        return _command(head, words[1:])
    before, cited_by, about = _clauses(words, finder)
    if not before:
        raise LineError("give a source and a challenger (e.g. `tass fr`), or `help`")
    return _rule(before, cited_by, about, finder)


def _command(name: str, args: list[str]):
    if name in ("log", "undo", "help", "quit") and len(args) > (1 if name == "log" else 0):
        raise LineError(f"`{name}` takes {'a number of rows at most' if name == 'log' else 'nothing'}")
    if name == "log" and args and not args[0].isdigit():
        raise LineError("`log [N]`: N is how many of the last rows to show")
    if name == "export":
        if len(args) != 2 or args[0].lower().lstrip(".") not in EXPORT_FORMATS:
            raise LineError("`export md|html|csv FILE`")
        return Command(name, (args[0].lower().lstrip("."), args[1]))
    if name == "name":
        return Command(name, (" ".join(args),) if args else ())
    if name == "rules" and len(args) > 1:
        raise LineError("`rules FILE|ID`")
    return Command(name, tuple(args))


def parse_check(words: list[str], finder: CountryFinder) -> Check:
    before, cited_by, about = _clauses(words, finder)
    if not before:
        raise LineError("`check SOURCE…`: give a source")
    sources = _sources(before)
    rows = tuple(_row(s) for s in sources)
    return Check(tuple(sources), rows, cited_by, about or ())


def _sources(words: list[str]) -> list[str]:
    """Several sources when each word is an address, a symbol or a row number; else one, in words."""
    if len(words) > 1 and all(_addressish(w) for w in words):
        return [w.rstrip(",") for w in words]
    if "," in " ".join(words):
        parts = [p.strip() for p in " ".join(words).split(",")]
        return [p for p in parts if p]
    return [" ".join(words)]


def _addressish(word: str) -> bool:
    return "." in word.strip(".,") or "/" in word or bool(_ROW.fullmatch(word.rstrip(",")))


def _row(text: str) -> int | None:
    match = _ROW.fullmatch(text.strip())
    return int(match.group(1)) if match else None


def _clauses(words: list[str], finder: CountryFinder):
    """Split off `by COUNTRY` and `about COUNTRY…` (in either order) from the words before them."""
    cuts = [i for i, w in enumerate(words) if w.lower() in KEYWORDS]
    if not cuts:
        return words, None, None
    before = words[:cuts[0]]
    cited_by = None
    about: list[str] | None = None
    bounds = [*cuts, len(words)]
    for start, end in zip(bounds, bounds[1:]):
        keyword = words[start].lower()
        rest = words[start + 1:end]
        if not rest:
            raise LineError(f"`{keyword}` needs a country after it")
        if keyword == "by":
            if cited_by is not None:
                raise LineError("`by` given twice")
            cited_by = finder.require(" ".join(rest), "by")
        else:
            about = (about or []) + _countries(rest, finder)
    return before, cited_by, tuple(dict.fromkeys(about)) if about is not None else None


def _countries(words: list[str], finder: CountryFinder) -> list[str]:
    """Several countries, each one or more words ("about ua united states", "about ua, us")."""
    text = " ".join(words)
    if "," in text:
        return [finder.require(p.strip(), "about") for p in text.split(",") if p.strip()]
    found: list[str] = []
    i = 0
    while i < len(words):
        for size in range(min(_MAX_NAME_WORDS, len(words) - i), 0, -1):
            code = finder.find(" ".join(words[i:i + size]))
            if code is not None:
                found.append(code)
                i += size
                break
        else:
            finder.require(words[i], "about")  # raises, with suggestions
    return found


def _rule(before: list[str], cited_by, about, finder: CountryFinder) -> Rule:
    """The challenger is the country named by the last word(s); the source is what comes before."""
    if len(before) == 1:
        code = finder.find(before[0])
        if code is not None:
            return Rule(None, code, cited_by, about)
        row = _row(before[0])
        hint = f"row {row}" if row is not None else repr(before[0])
        raise LineError(f"who challenges {hint}? give a challenger after it (e.g. `{before[0]} fr`)")
    for exact in (True, False):
        for size in range(min(_MAX_NAME_WORDS, len(before) - 1), 0, -1):
            text = " ".join(before[-size:])
            code = _exact(text, finder) if exact else finder.find(text)
            if code is not None:
                source = " ".join(before[:-size])
                if len(before) - size == 1 and _row(source) is not None:
                    return Rule(None, code, cited_by, about, row=_row(source))
                return Rule(source, code, cited_by, about)
    finder.require(before[-1], "challenger")  # raises, with suggestions
    raise AssertionError("unreachable")  # pragma: no cover


def _exact(text: str, finder: CountryFinder) -> str | None:
    country = finder.countries.by_key.get(fold(text))
    return country.alpha3 if country is not None else None
