"""Plain text, Markdown and HTML papers: decode the bytes, number the lines.

HTML is read with the standard library's html.parser: it never fails on bad
markup, fetches nothing, and gives each piece of text its source line. Link
targets (<a href>) are kept beside the text, so "the report" linking to
https://www.unodc.org/... is found even though the address is never shown.
Markdown needs no parser: its link targets [x](url) and <url> autolinks are
addresses in the text, which the scanner reads as they are written.
"""

from __future__ import annotations

import bisect
import codecs
from collections.abc import Callable
from html.parser import HTMLParser

from .scan import Block

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_TEXT_CONTROLS = set(b"\t\n\r\f\b\x1b")
EMPTY = "empty file"
BINARY = "binary file, not text"


def decode(data: bytes) -> tuple[str, str | None]:
    """The text of a file, or a problem: an empty file, or a binary one named as text."""
    if not data.strip():
        return "", EMPTY
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = data.decode(encoding, errors="replace")
            return check(text)
    head = data[:8192]
    controls = sum(1 for byte in head if byte < 32 and byte not in _TEXT_CONTROLS)
    if b"\x00" in head or controls > len(head) // 10:
        return "", BINARY
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")  # Windows editors' default
    return check(text)


def check(text: str) -> tuple[str, str | None]:
    """The problem with text given as a string (standard input), if any."""
    if not text.strip():
        return "", EMPTY
    head = text[:8192]
    controls = sum(1 for ch in head if ord(ch) < 32 and ch not in "\t\n\r\f\b\x1b")
    if "\x00" in head or controls > len(head) // 10 or head.count("\ufffd") > len(head) // 4:
        return "", BINARY
    return text.replace("\r\n", "\n").replace("\r", "\n"), None


def line_locator(text: str, first: int = 1) -> Callable[[int], str]:
    """offset -> "line N" for text whose first line is line `first`."""
    starts = [0]
    index = text.find("\n")
    while index >= 0:
        starts.append(index + 1)
        index = text.find("\n", index + 1)

    def where(offset: int) -> str:
        return f"line {bisect.bisect_right(starts, offset) - 1 + first}"

    return where


def text_blocks(text: str) -> list[Block]:
    """A .txt or .md paper (or standard input): one block, places are lines."""
    return [Block(text, line_locator(text), entry="lines")]


_SKIP = {"script", "style", "noscript", "template", "head"}
_BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "br", "caption", "dd", "div", "dl", "dt",
    "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
    "li", "main", "nav", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul", "title",
}


class _Html(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.length = 0
        self.starts: list[int] = []  # offset where each piece starts
        self.lines: list[int] = []  # its source line
        self.counts: list[bool] = []  # whether newlines inside it are source newlines
        self.links: list[tuple[str, str, int]] = []
        self.open: list[tuple[str, int, int]] = []  # href, offset, index of the next piece
        self.skip = 0

    def _put(self, text: str, real: bool) -> None:
        self.starts.append(self.length)
        self.lines.append(self.getpos()[0])
        self.counts.append(real)
        self.parts.append(text)
        self.length += len(text)

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP:
            self.skip += 1
            return
        if tag in _BLOCK_TAGS:
            self._put("\n", False)
        if tag in ("a", "area"):
            href = dict(attrs).get("href")
            if href:
                if tag == "area":
                    self.links.append((href, "", self.length))
                else:
                    self.open.append((href, self.length, len(self.parts)))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in ("a",):
            return
        self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if tag == "a" and self.open:
            href, start, piece = self.open.pop()
            visible = "".join(self.parts[piece:]) if self.length - start < 2000 else ""
            self.links.append((href, visible, start))
        if tag in _BLOCK_TAGS:
            self._put("\n", False)

    def handle_data(self, data):
        if not self.skip and data:
            self._put(data, True)

    def where(self, offset: int) -> str:
        index = max(0, bisect.bisect_right(self.starts, offset) - 1)
        if not self.parts:
            return "line 1"
        line = self.lines[index]
        if self.counts[index]:
            line += self.parts[index].count("\n", 0, offset - self.starts[index])
        return f"line {line}"


def html_blocks(text: str) -> list[Block]:
    """An .html paper: its text (places are source lines) and its link targets."""
    parser = _Html()
    parser.feed(text)
    parser.close()
    for href, start, _ in parser.open:  # an <a> never closed
        parser.links.append((href, "", start))
    parser.links.sort(key=lambda link: link[2])
    return [Block("".join(parser.parts), parser.where, parser.links, entry="lines")]
