"""Strict reading of YAML data: each problem is kept with its file:line."""

from __future__ import annotations

import re

from .problems import Problem

ID = re.compile(r"^[a-z0-9][a-z0-9._-]*$")


def read_yaml(path, name):
    """The YAML reader, imported only when YAML is read (the cached path skips it)."""
    from . import yamllines

    return yamllines.load(path, name)


def line_of(data, key) -> int:
    lines = getattr(data, "key_lines", None)
    return lines.get(key, getattr(data, "line", 0)) if lines else getattr(data, "line", 0)


class Validator:
    """Collects problems while reading one file's data."""

    def __init__(self, file: str):
        self.file = file
        self.problems: list[Problem] = []

    def add(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.file, line, message))

    def mapping(self, value, line: int, what: str):
        if isinstance(value, dict):
            return value
        self.add(getattr(value, "line", line), f"{what} must be a mapping")
        return None

    def keys(self, data, allowed, required, what: str) -> None:
        for key in data:
            if key not in allowed:
                known = ", ".join(sorted(allowed))
                self.add(line_of(data, key), f"unknown key {key!r} in {what} (known: {known})")
        for key in sorted(set(required) - set(data)):
            self.add(getattr(data, "line", 0), f"{what} is missing {key!r}")

    def text(self, data, key: str, what: str, required: bool = True) -> str | None:
        value = data.get(key)
        if value is None:
            return None
        if not isinstance(value, str) or (required and not value.strip()):
            self.add(line_of(data, key), f"{what}: {key!r} must be non-empty text")
            return None
        return value.strip()

    def texts(self, data, key: str, what: str) -> tuple[str, ...]:
        value = data.get(key)
        if value is None:
            return ()
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            self.add(line_of(data, key), f"{what}: {key!r} must be a list of non-empty text")
            return ()
        return tuple(v.strip() for v in value)

    def flag(self, data, key: str, what: str) -> bool | None:
        value = data.get(key)
        if value is None or isinstance(value, bool):
            return value
        self.add(line_of(data, key), f"{what}: {key!r} must be true or false")
        return None
