"""Load YAML keeping the line of every mapping, key and list item.

Rules files are written by people, so every problem found later (an unknown
key, a bad country code, a clash between two entries) must point at a line.
PyYAML's composer gives us nodes with marks; we build plain dicts and lists
from them and remember where each piece came from.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

import yaml

from .problems import Problem, RulesError

try:  # libyaml is in PyYAML's wheels; fall back to the pure-Python loader.
    # The base loader resolves no tags while composing (the safe loader's implicit
    # resolvers cost seconds on a 20,000-entry registry); `_plain` below resolves the
    # few plain scalars a ruleset uses (true/false, null, numbers) as the safe loader would.
    _Loader = yaml.CBaseLoader
except AttributeError:  # pragma: no cover
    _Loader = yaml.BaseLoader


# The largest rules file read (the biggest bundled registry file is about 5 MB).
MAX_BYTES = 64 * 1024 * 1024


class Mapping(dict):
    """A dict that knows the line it starts on and the line of each key."""

    line: int = 0
    key_lines: dict

    def line_of(self, key) -> int:
        return self.key_lines.get(key, self.line)


class Sequence(list):
    """A list that knows its line and the line of each item."""

    line: int = 0
    item_lines: list


def load(path: Path, display: str | None = None) -> object:
    """Parse one YAML file into Mapping/Sequence/scalars, or raise RulesError."""
    name = display or str(path)
    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode):
            raise RulesError([Problem(name, 0, "not a regular file (a device, a pipe or a folder)")])
        if st.st_size > MAX_BYTES:
            raise RulesError([Problem(name, 0, f"{st.st_size:,} bytes: a rules file may hold at most "
                                               f"{MAX_BYTES:,}")])
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise RulesError([Problem(name, 0, "file not found")]) from None
    except UnicodeDecodeError as exc:
        raise RulesError([Problem(name, 0, f"not UTF-8 text ({exc.reason})")]) from None
    except OSError as exc:
        raise RulesError([Problem(name, 0, exc.strerror or str(exc))]) from None
    fast = read_canonical(text)
    if fast is not None:
        return fast
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 0
        col = f"{mark.column + 1}: " if mark else ""
        raise RulesError([Problem(name, line, f"{col}malformed YAML: {exc.problem or exc}")]) from None
    except yaml.YAMLError as exc:
        raise RulesError([Problem(name, 0, f"malformed YAML: {exc}")]) from None
    if node is None:
        return None
    problems: list[Problem] = []
    value = _build(node, name, problems, set())
    if problems:
        raise RulesError(problems)
    return value


_constructor = yaml.constructor.SafeConstructor()


def _build(node: yaml.Node, name: str, problems: list[Problem], seen: set[int]) -> object:
    line = node.start_mark.line + 1
    if isinstance(node, (yaml.MappingNode, yaml.SequenceNode)):
        # An alias (*name) is the same node met again: refused, so that a few bytes of aliases
        # cannot expand to gigabytes ("billion laughs") or loop for ever (an alias to itself).
        if id(node) in seen:
            problems.append(Problem(name, line, "YAML aliases (&anchor, *alias) are not allowed in rules files"))
            return None
        seen.add(id(node))
    if isinstance(node, yaml.MappingNode):
        out = Mapping()
        out.line = line
        out.key_lines = {}
        for key_node, value_node in node.value:
            key = _build(key_node, name, problems, seen)
            if not isinstance(key, (str, int, float, bool)) and key is not None:
                problems.append(Problem(name, key_node.start_mark.line + 1, "a key must be a plain value"))
                continue
            if key in out:
                problems.append(
                    Problem(name, key_node.start_mark.line + 1,
                            f"duplicate key {key!r} (first on line {out.key_lines[key]})"))
                continue
            out.key_lines[key] = key_node.start_mark.line + 1
            out[key] = _build(value_node, name, problems, seen)
        return out
    if isinstance(node, yaml.SequenceNode):
        seq = Sequence()
        seq.line = line
        seq.item_lines = []
        for item in node.value:
            seq.item_lines.append(item.start_mark.line + 1)
            seq.append(_build(item, name, problems, seen))
        return seq
    if isinstance(node, yaml.ScalarNode) and node.tag in (_STR, "!"):
        return _plain(node.value) if not node.style else node.value  # plain: style None or ""
    try:
        return _constructor.construct_object(node, deep=True)
    except yaml.YAMLError as exc:
        problems.append(Problem(name, line, f"bad value: {exc}"))
        return None


_STR = "tag:yaml.org,2002:str"
_BOOLS = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False,
          "yes": True, "Yes": True, "YES": True, "no": False, "No": False, "NO": False,
          "on": True, "On": True, "ON": True, "off": False, "Off": False, "OFF": False}
_NULLS = {"", "~", "null", "Null", "NULL"}
_INT = re.compile(r"[-+]?(?:0|[1-9][0-9_]*)$")


def _plain(value: str):
    """A plain (unquoted) scalar as YAML 1.1's safe loader reads it: bool, null, int, float or text."""
    if value in _BOOLS:
        return _BOOLS[value]
    if value in _NULLS:
        return None
    if value[:1] in "-+0123456789.=<":
        if _INT.match(value):
            return int(value.replace("_", ""))
        # anything else that may be a number, a date or a merge key: the safe loader's own rules
        tag = _resolver.resolve(yaml.ScalarNode, value, (True, False))
        if tag != _STR:
            return _constructor.construct_object(yaml.ScalarNode(tag, value), deep=True)
    return value


_resolver = yaml.resolver.Resolver()


# --- registry files in canonical form, read line by line --------------------------------------
#
# `rules fmt` writes every registry file in one strict form (ruleset/fmt.py). Such a file is read
# here without composing YAML, several times faster (a cold start reads 24,000 entries), into the
# same values, lines included. Anything outside the form (a tab, an escape, a continued plain
# line, a duplicate key...) returns None, and YAML reads the file: the result never differs.

_KEY_NAME = re.compile(r"[a-z_]+")
# A plain scalar the canonical form writes (ruleset/fmt.py) and this reader takes as it is.
PLAIN = re.compile(r"[A-Za-z0-9\u00c0-\uffff(][^:#\[\]{},\"'`|>&*!%@\n\t\\]*")
FLOW_PLAIN = re.compile(r"[A-Za-z0-9\u00c0-\uffff][^:#\[\]{},\"'`|>&*!%@\n\t\\]*")
_QUOTED = re.compile(r'"(?:[^"\\]|\\["\\])*"')
_NOT_READ = object()


def read_canonical(text: str) -> Mapping | None:
    """A registry file in canonical form as `load` would build it, or None when it is not."""
    if "\t" in text or "\r" in text:
        return None
    lines = text.split("\n")
    count = len(lines)
    i = 0
    while i < count and (not lines[i] or lines[i].startswith("#")):
        i += 1
    if i >= count or lines[i] != "publishers:":
        return None
    root = Mapping()
    root.line = i + 1
    root.key_lines = {"publishers": i + 1}
    entries = Sequence()
    entries.line = 0
    entries.item_lines = []
    root["publishers"] = entries
    entry = None
    i += 1
    while i < count:
        line = lines[i]
        if not line or line.startswith("  # ") or line == "  #":
            i += 1
            continue
        if line.startswith("  - "):
            entry = Mapping()
            entry.line = i + 1
            entry.key_lines = {}
            entries.append(entry)
            entries.item_lines.append(i + 1)
            entries.line = entries.line or i + 1
        elif entry is None or not line.startswith("    ") or line[4:5] == " ":
            return None
        key, sep, written = line[4:].partition(": ")
        if not sep or key in entry or not _KEY_NAME.fullmatch(key) or written != written.strip():
            return None
        entry.key_lines[key] = i + 1
        if written == ">-":
            parts = []
            i += 1
            while i < count and lines[i].startswith("      "):
                part = lines[i][6:]
                if not part or part[0] == " " or part != part.rstrip():
                    return None
                parts.append(part)
                i += 1
            if not parts:
                return None
            entry[key] = " ".join(parts)
            continue
        value = _canonical_value(written, i + 1)
        if value is _NOT_READ:
            return None
        entry[key] = value
        i += 1
    if not entries:
        return None
    return root


def _canonical_value(written: str, line: int):
    if written[0] == '"':
        return _quoted(written)
    if written[0] == "[":
        if written[-1] != "]":
            return _NOT_READ
        items = Sequence()
        items.line = line
        items.item_lines = []
        inner = written[1:-1]
        position = 0
        while position < len(inner):
            if inner[position] == '"':
                match = _QUOTED.match(inner, position)
                if match is None:
                    return _NOT_READ
                item = _quoted(match.group(0))
                position = match.end()
            else:
                end = inner.find(",", position)
                end = len(inner) if end < 0 else end
                text = inner[position:end]
                if not FLOW_PLAIN.fullmatch(text) or text != text.strip():
                    return _NOT_READ
                item = _plain(text)
                position = end
            if item is _NOT_READ:
                return _NOT_READ
            items.append(item)
            items.item_lines.append(line)
            if position < len(inner):
                if not inner.startswith(", ", position):
                    return _NOT_READ
                position += 2
                if position >= len(inner):
                    return _NOT_READ
        return items
    if not PLAIN.fullmatch(written):
        return _NOT_READ
    return _plain(written)


def _quoted(written: str):
    if _QUOTED.fullmatch(written) is None:
        return _NOT_READ
    inner = written[1:-1]
    return _ESCAPED.sub(r"\1", inner) if "\\" in inner else inner


_ESCAPED = re.compile(r'\\(["\\])')
