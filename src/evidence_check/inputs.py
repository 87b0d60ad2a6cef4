"""Where citations come from: arguments, files, standard input.

One citation per line. Blank lines and `#` comments are skipped (and
counted); every other line becomes exactly one citation, garbage included.
Bytes that are not UTF-8 are replaced, never dropped.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field


# The longest line read as a citation. A bibliography entry is a few hundred characters; a line
# of megabytes is not a citation, and reading it whole would cost its size in memory several times.
MAX_LINE = 65536


@dataclass
class Citation:
    text: str
    origin: str  # "arg", "-" or a file name
    line: int  # line number within its origin (argument position for arguments)
    length: int | None = None  # set when the line was longer than MAX_LINE: its whole length


@dataclass
class Skipped:
    blank: int = 0
    comments: int = 0
    errors: list[str] = field(default_factory=list)  # files that could not be read

    @property
    def total(self) -> int:
        return self.blank + self.comments


def _text(binary) -> io.TextIOWrapper:
    """UTF-8 lines split on \\n only; bytes that are not UTF-8 become U+FFFD."""
    return io.TextIOWrapper(binary, encoding="utf-8", errors="replace", newline="\n")


def _lines(stream, origin: str, skipped: Skipped) -> Iterator[Citation]:
    number = 0
    while True:
        text = stream.readline(MAX_LINE + 1)  # never more than MAX_LINE + 1 characters at once
        if not text:
            return
        number += 1
        length = None
        if len(text) > MAX_LINE and not text.endswith("\n"):
            length = len(text)
            while True:  # skip the rest of the line, a block at a time
                rest = stream.readline(MAX_LINE)
                length += len(rest)
                if not rest or rest.endswith("\n"):
                    break
            yield Citation(text[:MAX_LINE], origin, number, length=length - (1 if rest.endswith("\n") else 0))
            continue
        text = text.rstrip("\r\n")
        stripped = text.strip()
        if not stripped:
            skipped.blank += 1
        elif stripped.startswith("#"):
            skipped.comments += 1
        else:
            yield Citation(text, origin, number)


def read(args: list[str], files: list[str], skipped: Skipped, stdin=None) -> Iterator[Citation]:
    """All citations in order: arguments first, then each --input file, then stdin.

    Standard input is read when an argument is '-', or when no argument or file
    is given and stdin is not a terminal.
    """
    stdin = stdin if stdin is not None else sys.stdin
    use_stdin = "-" in args or (not args and not files and not stdin.isatty())
    for position, arg in enumerate(args, 1):
        if arg == "-":
            continue
        if arg.strip():
            yield Citation(arg, "arg", position)
        else:
            skipped.blank += 1
    for name in files:
        if name == "-":
            use_stdin = True
            continue
        try:
            with open(name, encoding="utf-8", errors="replace", newline="\n") as handle:
                yield from _lines(handle, name, skipped)
        except OSError as exc:
            skipped.errors.append(f"{name}: {exc.strerror or exc}")
    if use_stdin:
        buffer = getattr(stdin, "buffer", None)
        yield from _lines(_text(buffer) if buffer is not None else stdin, "-", skipped)
