"""Load YAML keeping the line of every mapping, key and list item.

Rules files are written by people, so every problem found later (an unknown
key, a bad country code, a clash between two entries) must point at a line.
PyYAML's composer gives us nodes with marks; we build plain dicts and lists
from them and remember where each piece came from.
"""

from __future__ import annotations

import re
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
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise RulesError([Problem(name, 0, "file not found")]) from None
    except UnicodeDecodeError as exc:
        raise RulesError([Problem(name, 0, f"not UTF-8 text ({exc.reason})")]) from None
    except OSError as exc:
        raise RulesError([Problem(name, 0, exc.strerror or str(exc))]) from None
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
    value = _build(node, name, problems)
    if problems:
        raise RulesError(problems)
    return value


_constructor = yaml.constructor.SafeConstructor()


def _build(node: yaml.Node, name: str, problems: list[Problem]) -> object:
    line = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        out = Mapping()
        out.line = line
        out.key_lines = {}
        for key_node, value_node in node.value:
            key = _build(key_node, name, problems)
            if not isinstance(key, (str, int, float, bool)) and key is not None:
                problems.append(Problem(name, key_node.start_mark.line + 1, "a key must be a plain value"))
                continue
            if key in out:
                problems.append(
                    Problem(name, key_node.start_mark.line + 1,
                            f"duplicate key {key!r} (first on line {out.key_lines[key]})"))
                continue
            out.key_lines[key] = key_node.start_mark.line + 1
            out[key] = _build(value_node, name, problems)
        return out
    if isinstance(node, yaml.SequenceNode):
        seq = Sequence()
        seq.line = line
        seq.item_lines = []
        for item in node.value:
            seq.item_lines.append(item.start_mark.line + 1)
            seq.append(_build(item, name, problems))
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
