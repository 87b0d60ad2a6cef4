"""The canonical form of a registry file (`evidence-check rules fmt`).

One form for every registry file, hand-written or generated, so a diff shows
what changed in the data and never how someone typed it:

    # the file's header comments, kept as written
    publishers:

      # a comment between entries stays above the entry after it
      - id: unodc
        name: United Nations Office on Drugs and Crime
        aliases: [UNODC]
        category: un
        domains: [unodc.org]
        basis: >-
          UN Secretariat office (UN System Chart, "Departments and Offices").

- keys in one order (`KEY_ORDER`; keys it does not know come after, as written);
- a key whose value is null is left out (absent and null mean the same);
- lists in flow style on one line; text plain where YAML reads it back as the
  same text, else double-quoted;
- `basis` as a folded block wrapped at 100 columns; one blank line between entries.

The data never changes: the formatted text is read back and compared with the
original before anything is written (`FormatError` otherwise).
"""

from __future__ import annotations

import json
import re
import textwrap
from functools import lru_cache

import yaml

from .yamllines import FLOW_PLAIN, PLAIN, read_canonical

KEY_ORDER = ("id", "name", "aliases", "category", "owner", "country", "group", "kind", "typology",
             "typology_uncertain", "organ", "note", "domains", "domains_file", "fallback", "basis")
WIDTH = 100
_INDENT = "    "
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# What may stay unquoted is what yamllines.read_canonical reads without YAML: one definition.
_PLAIN, _FLOW_PLAIN = PLAIN, FLOW_PLAIN


class FormatError(ValueError):
    """A registry file that cannot be put in canonical form without changing it (line, problem)."""

    def __init__(self, line: int, problem: str):
        super().__init__(f"line {line}: {problem}")
        self.line = line
        self.problem = problem


def format_registry(text: str, verify: bool = True) -> str:
    """The canonical form of a registry file's text (the same text when it is canonical).
    verify: read the result back and compare (before writing; a check that only compares
    texts can skip it)."""
    lines = text.splitlines()
    top = next((i for i, line in enumerate(lines) if line.rstrip() == "publishers:"), None)
    if top is None:
        raise FormatError(1, "no 'publishers:' line at the start of a line")
    where = _end_of_line_comment(text)
    if where is not None:
        raise FormatError(where, "a comment at the end of a line would be lost: put it on a line of its own")
    head = _strip_blank_end(lines[:top])
    body = lines[top + 1:]
    data = read_canonical(text)  # a file in canonical form already is read without YAML
    if data is None:
        data = yaml.load(text, Loader=_LOADER)
    entries = (data or {}).get("publishers") if isinstance(data, dict) else None
    if not isinstance(entries, list) or not all(isinstance(entry, dict) for entry in entries):
        raise FormatError(top + 1, "'publishers' must be a list of entries")
    if set(data) != {"publishers"}:
        raise FormatError(1, "a registry file holds only 'publishers'")

    comments = _comments_before_entries(body, top + 2, len(entries))
    out = [*head, "publishers:"]
    for entry, above in zip(entries, comments):
        out.append("")
        out += [f"  {comment}" for comment in above]
        out += _entry(entry)
    trailing = comments[len(entries)] if len(comments) > len(entries) else []
    if trailing:
        out.append("")
        out += [f"  {comment}" for comment in trailing]
    result = "\n".join(out) + "\n"
    if verify and yaml.load(result, Loader=_LOADER) != {"publishers": [_without_nulls(e) for e in entries]}:
        raise FormatError(top + 1, "the canonical form would not read back as the same data")
    return result


def _without_nulls(entry: dict) -> dict:
    return {key: value for key, value in entry.items() if value is not None}


def _strip_blank_end(lines: list[str]) -> list[str]:
    while lines and not lines[-1].strip():
        lines = lines[:-1]
    return lines


def _comments_before_entries(body: list[str], first_line: int, count: int) -> list[list[str]]:
    """For each entry, the comment lines just above it (and one more list: those after the last)."""
    indent = None
    found: list[list[str]] = []
    pending: list[str] = []
    for number, line in enumerate(body, first_line):
        stripped = line.strip()
        if not stripped:
            continue
        if stripped.startswith("#"):
            if indent is not None and found and len(line) - len(line.lstrip()) > indent:
                raise FormatError(number, "a comment inside an entry would be lost: move it above the entry")
            pending.append(stripped)
            continue
        if stripped.startswith("- "):
            column = len(line) - len(line.lstrip())
            if indent is None:
                indent = column
            if column == indent:
                found.append(pending)
                pending = []
                continue
        if indent is None:
            raise FormatError(number, "expected the first entry ('- id: ...')")
    if len(found) != count:
        raise FormatError(first_line, f"found {len(found)} entries by their '- ' lines but {count} in the data")
    found.append(pending)
    return found


def _end_of_line_comment(text: str) -> int | None:
    """The line of the first comment written after a value ("name: X  # note"), which the
    canonical form cannot keep, or None. A '#' inside quoted or block text is text."""
    candidates = [m.start() + 1 for m in re.finditer(r"[ \t]#", text)
                  if not text[text.rfind("\n", 0, m.start()) + 1:m.start()].strip() == ""]
    if not candidates:
        return None
    covered = []
    for token in yaml.scan(text, Loader=_LOADER):
        if isinstance(token, yaml.ScalarToken):
            covered.append((token.start_mark.index, token.end_mark.index))
    for index in candidates:
        if not any(a <= index < b for a, b in covered):
            return text.count("\n", 0, index) + 1
    return None


def _entry(entry: dict) -> list[str]:
    keys = [k for k in KEY_ORDER if k in entry] + [k for k in entry if k not in KEY_ORDER]
    lines = []
    for key in keys:
        value = entry[key]
        if value is None:
            continue
        lead = "  - " if not lines else _INDENT
        if key == "basis" and isinstance(value, str) and value == " ".join(value.split()):
            lines.append(f"{lead}{key}: >-")
            lines += [f"{_INDENT}  {part}" for part in textwrap.wrap(
                value, WIDTH - len(_INDENT) - 2, break_long_words=False, break_on_hyphens=False)]
        else:
            lines.append(f"{lead}{key}: {_value(value)}")
    return lines


def _value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, list):
        return "[" + ", ".join(_scalar(item, flow=True) for item in value) + "]"
    if isinstance(value, str):
        return _scalar(value)
    return json.dumps(value, ensure_ascii=False)


@lru_cache(maxsize=65536)
def _scalar(value, flow: bool = False) -> str:
    if not isinstance(value, str):
        return _value(value)
    pattern = _FLOW_PLAIN if flow else _PLAIN
    if (pattern.fullmatch(value) and value == value.strip() and " #" not in value and ": " not in value
            and _RESOLVER.resolve(yaml.ScalarNode, value, (True, False)) == _STR):
        return value  # YAML reads it back as this text: no quotes needed
    return json.dumps(value, ensure_ascii=False)


_RESOLVER = yaml.resolver.Resolver()
_STR = "tag:yaml.org,2002:str"
