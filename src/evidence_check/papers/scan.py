"""From text to citations: URLs (unbroken), UN document symbols, publisher names.

Every reader (docx, pdf, html, md, txt) turns its file into Blocks: text with a
place ("paragraph 4", "page 3", or line numbers counted from an offset) and the
link targets the format carries beside the text. One Collector scans them all
and keeps each source once, with every place it was cited.

URLs broken across lines (PDF wraps, hard-wrapped text) are joined only when
the next line starts with something that can only be the rest of an address;
see `_continues`. When the format gives the true target (a PDF link annotation
on the same page), that target decides. Otherwise a hyphen that ends a line
inside an address is kept (addresses hold hyphens; word processors do not add
them), unless it splits a host and only the form without it is a host the
caller knows (`known_host`) or has a public suffix.

Publisher names are looked for only in entries (footnotes, endnotes,
bibliography lines, lines that start with a note number) that carry no URL or
symbol, and only through the caller's exact predicate: never a fuzzy guess.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ..names import fold
from ..unsymbols import match_symbol
from ..urls import parse
from ..urlscan import _START, _trim, clean_target, find_urls  # noqa: F401 - find_urls is re-exported

_SYMBOL = re.compile(r"(?<![\w/.\-])([A-Z]{1,5}(?:/[A-Za-z0-9.\-]+)+)(?:\s*\((\d{4})\))?")

_HEADING = re.compile(
    r"^\W*(?:\d+\.?\s+)?(?:bibliography|references|reference list|works cited|works consulted|sources"
    r"(?: cited| consulted| used)?|citations|notes|endnotes|footnotes)\W*$",
    re.IGNORECASE,
)
_MARKER = re.compile(r"^\s*(?:\[\^?\d{1,3}\]:?|\(\d{1,3}\)|\^\d{1,3}|\d{1,3}(?:[.)](?=\s)|\s+|(?=[A-Z\u201c\"]))(?!\d))\s*")
_LEADING_NOISE = re.compile(
    r"^(?:[\u2022\u25aa\u2013\u2014*\-]\s+|see also\s+|see\s+|cf\.\s+|ibid\.?,?\s+|available at:?\s+)+", re.I
)
_SPLIT = re.compile(r"(?<!\b[A-Z])\.\s+|,\s+|;\s+|\s+[-\u2013\u2014]\s+|:\s*")  # "U.S. " is no split
_DATE_TAIL = re.compile(
    r"[\s,]*\(?(?:\d{1,2}\s+[A-Za-z]+\.?\s+\d{4}|[A-Za-z]+\.?\s+\d{1,2},?\s+\d{4}|[A-Za-z]+\s+\d{4}|\d{4})\)?\.?$"
)
_QUOTES = " \t\"'\u201c\u201d\u2018\u2019\u00ab\u00bb()[].,;:*_"
_WORD = re.compile(r"\S+")
_SPACES = re.compile(r"\s+")
_CONTEXT = 120


@dataclass(slots=True)
class Found:
    """One citation found in a paper."""

    text: str  # what to check: a URL (as found, unbroken), a publisher name or a UN symbol
    kind: str  # "url" | "name" | "symbol"
    locations: list[str]  # "page 3", "footnote 12", "paragraph 4", "line 17", ...
    context: str  # up to ~120 characters of the text around it, on one line


@dataclass(slots=True)
class Block:
    """A run of text from one place in a file, and the link targets found in it."""

    text: str
    where: str | Callable[[int], str]  # a place, or offset -> place for line-numbered text
    links: list[tuple[str, str, int]] = field(default_factory=list)  # (target, visible text, offset)
    entry: str = "no"  # "yes": the block is one note; "section": one if under a references heading;
    #                    "lines": each line is one if under a heading or numbered like a note


class Collector:
    """Scan blocks in reading order; keep each source once with all its places."""

    def __init__(self, names: Callable[[str], bool] | None = None,
                 known_host: Callable[[str], bool] | None = None,
                 listed: Callable[[str], bool] | None = None):
        self.names = names
        self.known_host = known_host  # host -> known? decides a host hyphenated at a line end
        self.listed = listed  # URL -> does the ruleset say who published it?
        self._heading: tuple[str, int | None] | None = None
        self._found: dict[str, Found] = {}
        self._first: dict[str, tuple[int, int]] = {}
        self._places: dict[str, set[str]] = {}
        self._block = 0
        self.in_bibliography = False

    @property
    def citations(self) -> list[Found]:
        """In order of first appearance."""
        order = sorted(self._found, key=self._first.__getitem__)
        return [self._found[key] for key in order]

    def add(self, key: str, text: str, kind: str, location: str, context: str, offset: int = 0) -> None:
        found = self._found.get(key)
        if found is None:
            self._found[key] = Found(text, kind, [location], context)
            self._first[key] = (self._block, offset)
            self._places[key] = {location}
        elif location not in self._places[key]:
            self._places[key].add(location)
            found.locations.append(location)

    def heading(self, text: str) -> bool:
        """Note a heading line; True when it opens a bibliography or notes section."""
        text = text.strip()
        if len(text) < 60 and _HEADING.match(text):
            self.in_bibliography = True
            return True
        return False

    def scan(self, block: Block) -> None:
        self._block += 1
        text = block.text
        where = block.where
        place = where if isinstance(where, str) else None

        def at(offset: int) -> str:
            return place if place is not None else where(offset)  # type: ignore[operator]

        entry = block.entry
        if entry == "section":
            entry = "no" if self.heading(text) else ("yes" if self.in_bibliography else "no")
        known = [clean_target(target) for target, _, _ in block.links]
        links = _Links(block.links, known) if block.links else None
        url_spans: list[tuple[int, int]] = []
        for url, start, end in find_urls(text, [k for k in known if k], self.known_host):
            url_spans.append((start, end))
            if links is not None and links.shown_by_link(url, start, end):
                continue
            if entry in ("yes", "lines") and self._named_instead(url, text, start, end, entry, at):
                continue
            self._add_url(url, at(start), context(text, start, end), start)
        spans = list(url_spans)
        page_start = None
        for target, (_, visible, offset) in zip(known, block.links):
            if target:
                if visible or offset < len(text):  # a PDF annotation's place in the text is unknown
                    spans.append((offset, offset + max(1, len(visible))))
                if visible:
                    around = context(text, offset, offset + len(visible))
                else:  # a PDF annotation: the page's first words, taken once per page
                    if page_start is None:
                        page_start = one_line(text[:_CONTEXT * 4])[:_CONTEXT]
                    around = page_start
                self._add_url(target, at(offset), around, offset)
        for symbol, key, start, end in find_symbols(text, url_spans):
            spans.append((start, end))
            self.add("symbol:" + key, symbol, "symbol", at(start), context(text, start, end), start)
        if self.names is None:
            return
        if entry == "yes":
            if not spans:
                self._add_name(text, at(0), 0)
        elif entry == "lines":
            self._scan_lines(text, at, spans)

    def _scan_lines(self, text: str, at: Callable[[int], str], spans: list[tuple[int, int]]) -> None:
        lines = text.split("\n")
        starts = [0]
        for line in lines[:-1]:
            starts.append(starts[-1] + len(line) + 1)
        cited = set()  # lines with an address, a link or a symbol on them
        for span_start, span_end in spans:
            first = bisect.bisect_right(starts, span_start) - 1
            last = bisect.bisect_right(starts, max(span_start, span_end - 1)) - 1
            cited.update(range(first, last + 1))
        for number, line in enumerate(lines):
            if not line.strip() or self.heading(line):
                continue
            if not self.in_bibliography and not _MARKER.match(line):
                continue
            if number in cited:
                continue
            following = lines[number + 1].strip() if number + 1 < len(lines) else ""
            if following and number + 1 in cited and _START.match(following):
                continue  # its address is alone on the next line: the entry is that address
            self._add_name(line, at(starts[number]), starts[number])

    def _named_instead(self, url: str, text: str, start: int, end: int, entry: str,
                       at: Callable[[int], str]) -> bool:
        """An entry whose address the rules do not list, but whose words name the publisher
        ("UNHCR Bosnia and Herzegovina, http://www.unhcr.ba"): the entry is the name, as
        `check` reads the same line. True when the name was added in the address's place."""
        if self.listed is None or self.names is None or self.listed(url):
            return False
        first = 0 if entry == "yes" else text.rfind("\n", 0, start) + 1
        last = len(text) if entry == "yes" else (text.find("\n", end) % (len(text) + 1))
        if entry == "lines" and not (self.in_bibliography or _MARKER.match(text[first:last])
                                     or self._heading_before(text, first)):
            return False  # a line of running text, not a note or a bibliography entry
        rest = one_line(text[first:start] + " " + text[end:last]).strip()
        answer = self.names(rest) if len(rest) > 2 else None
        if not isinstance(answer, str):
            return False
        self.add("name:" + fold(answer), answer, "name", at(start), one_line(text[first:last])[:_CONTEXT], start)
        return True

    def _heading_before(self, text: str, offset: int) -> bool:
        """Whether a references heading opens on a line of text before offset (found once per text)."""
        if self._heading is None or self._heading[0] is not text:
            position, at = None, 0
            for line in text.split("\n"):
                if len(line.strip()) < 60 and _HEADING.match(line.strip()):
                    position = at
                    break
                at += len(line) + 1
            self._heading = (text, position)
        return self._heading[1] is not None and self._heading[1] < offset

    def _add_url(self, url: str, location: str, around: str, offset: int) -> None:
        self.add("url:" + url_key(url), url, "url", location, around, offset)

    def _add_name(self, entry: str, location: str, offset: int) -> None:
        # A names callback that returns text is a recogniser (it reads the whole entry and
        # says which words name the source); one that returns True/False is tried on parts.
        text = _LEADING_NOISE.sub("", _MARKER.sub("", one_line(entry), count=1)).strip()
        answer = self.names(text) if text else None  # type: ignore[misc]
        if isinstance(answer, str):
            name = answer
        elif answer is None and text:
            name = None
        else:
            name = match_name(entry, self.names)  # type: ignore[arg-type]
        if name is not None:
            self.add("name:" + fold(name), name, "name", location, one_line(entry)[:_CONTEXT], offset)


def url_key(url: str) -> str:
    """Two addresses of one source share this key: the parsed URL, without a host's final dot."""
    source = parse(url)
    if source.kind != "url" or not source.url:
        return url
    key = source.url
    if source.host and f"//{source.host}." in key:
        key = key.replace(f"//{source.host}.", f"//{source.host}", 1)
    return key


class _Links:
    """A block's links by where their visible text starts, so the link an address sits in is
    found by a binary search (20,000 links in one paragraph took minutes compared pairwise)."""

    def __init__(self, links: list[tuple[str, str, int]], known: list[str]):
        spans = sorted((offset, offset + len(visible), target)
                       for target, (_, visible, offset) in zip(known, links) if target and visible)
        self.starts = [span[0] for span in spans]
        self.spans = spans
        # the furthest any link before each one reaches: a link that encloses a later start is found
        self.reach = []
        furthest = -1
        for _, stop, _ in spans:
            furthest = max(furthest, stop)
            self.reach.append(furthest)

    def shown_by_link(self, url: str, start: int, end: int) -> bool:
        """True when the address is the visible text of a link to the same site ("state.gov" -> its report)."""
        i = bisect.bisect_right(self.starts, start) - 1
        shown = None
        while i >= 0 and self.reach[i] >= end:
            first, stop, target = self.spans[i]
            if end <= stop:
                shown = shown or parse(url)
                real = parse(target)
                if shown.host and real.host and (real.host == shown.host or real.host.endswith("." + shown.host)):
                    return True
            i -= 1
        return False


def one_line(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def context(text: str, start: int, end: int) -> str:
    """Up to ~120 characters of text around text[start:end], on one line."""
    match = one_line(text[start:end])
    if len(match) >= _CONTEXT:
        return match[:_CONTEXT]
    if "\n" in text:  # line-broken text (PDF pages, text files): the lines it is on
        # only a bounded window is searched, so a megabyte line with many addresses stays linear
        left = text.rfind("\n", max(0, start - 80), start) + 1
        right = text.find("\n", end, end + _CONTEXT)
        right = end + _CONTEXT if right < 0 else right
        window = one_line(text[max(left, start - 80):min(right, end + _CONTEXT)])
    else:
        window = one_line(text[max(0, start - 80):end + _CONTEXT])
    if len(window) <= _CONTEXT:
        return window
    position = max(window.find(match), 0)
    left = max(0, min(position - 40, len(window) - _CONTEXT))
    return window[left:left + _CONTEXT].strip()


def find_symbols(text: str, spans: list[tuple[int, int]]) -> list[tuple[str, str, int, int]]:
    """UN document symbols outside URLs: (as written, key, start, end)."""
    found = []
    starts = [s for s, _ in spans]  # in order, not overlapping: find_urls moves forward
    for match in _SYMBOL.finditer(text):
        symbol = match.group(1).rstrip(".-")
        start = match.start()
        if len(symbol) < 5:
            continue
        index = bisect.bisect_right(starts, start) - 1
        if index >= 0 and spans[index][0] <= start < spans[index][1]:
            continue
        year = match.group(2)
        if match_symbol(symbol) is None:
            continue
        end = match.end() if year and symbol == match.group(1) else start + len(symbol)
        written = f"{symbol} ({year})" if year and symbol == match.group(1) else symbol
        found.append((written, symbol.upper(), start, end))
    return found


def match_name(entry: str, names: Callable[[str], bool]) -> str | None:
    """The first segment (or first words) of an entry that the predicate accepts."""
    text = one_line(entry)
    text = _MARKER.sub("", text, count=1)
    text = _LEADING_NOISE.sub("", text).strip()
    if not text:
        return None
    candidates: list[str] = []
    for segment in _SPLIT.split(text)[:16]:
        segment = segment.strip(_QUOTES)
        if not segment or len(segment) > 100:
            continue
        candidates.append(segment)
        undated = _DATE_TAIL.sub("", segment).strip(_QUOTES)
        if undated and undated != segment:
            candidates.append(undated)
    words = _WORD.findall(text[:400])
    for count in range(min(6, len(words)), 0, -1):
        candidates.append(" ".join(words[:count]).strip(_QUOTES))
    for candidate in candidates:
        if len(candidate) < 2 or candidate.isdigit():
            continue
        if names(candidate):
            return candidate
    return None
