"""What a page cites: the links of its reference list or article body, and the UN documents it names.

Pure: text in, a list of candidates out; nothing is classified here (online_check
does that with the same Classifier and Judge as any citation).

- A Wikipedia-like page (a MediaWiki host or page, or any page with
  `<ol class="references">`): the external links of each reference in the
  reference list (its `<cite>` markup and `reference-text`), and of `<cite>`
  elements elsewhere (a bibliography), each with the text of its reference; and
  the UN document symbols written in those references ("S/RES/2388 (2017)").
- Any other page (a news story, a report's landing page): the outbound links
  inside `<article>` or the main content (`<main>`, role="main",
  itemprop="articleBody", the usual article-body classes), or inside the body
  when there is neither, each with its link text; and the UN document symbols
  written in that text.
- Never: navigation, headers, footers, sidebars, navboxes, interlanguage and
  category links, share buttons (`nav`, `header`, `footer`, `aside`, their ARIA
  roles and the class names sites give them), scripts and comments, nor links
  back to the page's own site.

No DOM is built: the regions that matter are found with regular expressions and
balanced by their own tag, and only they are read. A 2 MB page takes a few
milliseconds to a few tens (html.parser took about 200 ms to walk the same
page; see bench/alternatives.py). Malformed HTML costs at worst a region read
too far or too short, never a crash or a quadratic scan: every pattern stops at
the next "<" or has a bounded length.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

import ada_url

from ..unsymbols import ORGANS, match_symbol

REFERENCE = "reference"  # a link or a document in a reference list or a <cite> (Wikipedia)
LINK = "link"  # an outbound link in an article's body
DOCUMENT = "document"  # a UN document symbol written in the text

MAX_CANDIDATES = 1000  # links and documents kept per page, in page order
MAX_TEXT = 300  # characters of reference or link text kept with each

_I = re.I | re.S
_ATTR = re.compile(r"""([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?""")
_SPACES = re.compile(r"\s+")
_TAGS = re.compile(r"<[^<>]{0,8192}>")
_BREAKS = re.compile(r"<(?:br|/?p|/?li|/?div|/?td|/?tr|/?h[1-6]|/?ul|/?ol|/?dd|/?dt|/?section)\b[^<>]{0,8192}>", re.I)
_TITLE = re.compile(r"""\btitle\s*=\s*["']([^"']*)""", re.I)
_HIDDEN = re.compile(r"<!--.*?(?:-->|\Z)|<(script|style|template|svg|noscript|textarea)\b[^<>]{0,8192}>.*?(?:</\1\s*>|\Z)",
                     _I)
# No lookbehind here (it made the scan four times slower): what precedes a match is checked after.
_SYMBOL = re.compile(
    r"(?:" + "|".join(sorted(ORGANS, key=len, reverse=True)) + r")(?:/[A-Za-z0-9.\-]+)+(?:\s*\(\s*\d{4}\s*\))?"
)
_NOT_BEFORE = re.compile(r"[\w/.\-]")
# A link's start tag, and the end tags of links and citations: an element's text runs to the next end
# tag (found by bisection in the list of them), so a page of tags never closed is still read in one pass.
# Only links with an absolute or scheme-relative address can leave the site: the pattern takes no other
# (a page's thousands of links to itself cost nothing but the scan).
_ANCHOR = re.compile(r"""<a\s([^<>]{0,8192}?\bhref\s*=\s*["']?\s*((?:https?:)?//[^"'\s<>]*)[^<>]{0,8192})>""", re.I)
_ANCHOR_END = re.compile(r"</a\s*>", re.I)
_CITE_START = re.compile(r"<cite\b[^<>]{0,8192}>", re.I)
_CITE_END = re.compile(r"</cite\s*>", re.I)
_MAX_LINK_TEXT = 4000  # characters of markup read as one link's text
_REFERENCE_LIST = re.compile(r"""<ol\s[^<>]{0,2048}?class\s*=\s*["']?[^"'<>]{0,512}?\breferences\b[^<>]{0,2048}>""", re.I)
_LI = re.compile(r"<li\b[^<>]{0,8192}>", re.I)
_BACKLINK = re.compile(r"""<span\s[^<>]{0,512}?class\s*=\s*["']?mw-cite-backlink[^<>]{0,512}>.{0,2000}?</span\s*>""",
                       _I)
_BASE = re.compile(r"""<base\s[^<>]{0,2048}?href\s*=\s*["']?([^"'\s<>]+)""", re.I)
_BODY = re.compile(r"<body\b[^<>]{0,8192}>", re.I)

_BLOCKS = "div|section|ul|ol|table|span|p|aside|nav|header|footer|article|main|dl|figure"
# An element that holds the article's content.
_CONTENT = re.compile(
    r"<(article|main)\b[^<>]{0,8192}>"
    r"|<(" + _BLOCKS + r")\s[^<>]{0,2048}?(?:\brole\s*=\s*[\"']?main\b|\bitemprop\s*=\s*[\"']?articleBody\b"
    r"|\bclass\s*=\s*[\"']?[^\"'<>]{0,512}?\b(?:article-body|articleBody|story-body|entry-content|post-content"
    r"|article-content|story-content)\b)[^<>]{0,8192}>",
    re.I,
)
_SKIP_WORDS = (
    "navbox|vertical-navbox|navbar|sidebar|infobox|catlinks|footer|site-footer|mw-footer|mw-navigation|mw-panel|"
    "mw-head|p-lang|interlanguage-link|sitenotice|navigation|nav|menu|breadcrumbs?|share|sharing|social|"
    "social-share|related|related-links|related-articles|newsletter|toc|vector-toc|hatnote|sister-project|"
    "authority-control|portal|mbox|ambox|advert|advertisement|ad-slot|comments"
)
# An element that is never content: landmarks, and what sites call their navigation, sidebars and footers.
_SKIP = re.compile(
    r"<(nav|header|footer|aside|button|select|menu|dialog)\b[^<>]{0,8192}>"
    r"|<(" + _BLOCKS + r"|li|td)\s[^<>]{0,2048}?(?:\brole\s*=\s*[\"']?(?:navigation|banner|contentinfo|complementary"
    r"|search|menu|menubar)\b|\b(?:class|id)\s*=\s*[\"']?(?:[^\"'<>]{0,512}?[\s\"'])?(?:" + _SKIP_WORDS +
    r")(?=[\s\"'>]))[^<>]{0,8192}>",
    re.I,
)
_BALANCE: dict[str, re.Pattern] = {}
_MEDIAWIKI_HOSTS = ("wikipedia.org", "wikimedia.org", "wikidata.org", "wiktionary.org", "wikinews.org",
                    "wikisource.org", "wikiquote.org", "wikibooks.org", "wikiversity.org", "wikivoyage.org",
                    "mediawiki.org")


@dataclass(slots=True)
class PageLinks:
    """What a page cites, in page order: (found_in, URL or document symbol, its text)."""

    candidates: list[tuple[str, str, str]] = field(default_factory=list)
    kind: str = "page"  # "references" (a reference list was read) | "article" | "page"


def clean(text: str) -> str:
    """Markup to words: tags dropped, entities decoded, spaces collapsed."""
    if "<" in text:
        text = _TAGS.sub("", _BREAKS.sub(" ", text))  # words run on across inline tags, not across blocks
    if "&" in text:
        text = html.unescape(text)
    return _SPACES.sub(" ", text).strip()


def _short(text: str, limit: int = MAX_TEXT) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "\u2026"


def symbols(text: str) -> list[tuple[int, int, str]]:
    """The UN document symbols written in text: (start, end, symbol), checked by the UN-symbol recogniser."""
    return list(_symbols(text))


def _symbols(text: str, start: int = 0, stop: int | None = None):
    if "/" not in text:
        return
    for match in _SYMBOL.finditer(text, start, len(text) if stop is None else stop):
        at = match.start()
        if at and _NOT_BEFORE.match(text, at - 1):
            continue  # inside a word, a path or a URL
        written = _SPACES.sub(" ", match.group(0).strip())
        if match_symbol(written):
            yield at, match.end(), written


def _host(url: str) -> str:
    """The host of an absolute http(s) URL, cheaply ('' when there is none)."""
    rest = url.split("//", 1)[1] if "//" in url else ""
    for stop in "/?#":
        rest = rest.split(stop, 1)[0]
    rest = rest.rsplit("@", 1)[-1]
    if rest.startswith("["):
        return rest.split("]", 1)[0] + "]"
    return rest.split(":", 1)[0].lower().rstrip(".")


def _site(host: str) -> str:
    """Whose site a host is, for 'is this link outbound': its last two labels, or three under a
    country code's second level ("bbc.co.uk")."""
    labels = host.split(".")
    if len(labels) >= 3 and len(labels[-1]) == 2 and len(labels[-2]) <= 3:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def _element_end(text: str, start: int, tag: str, stop: int) -> int:
    """Where the element whose start tag is at `start` ends (after its end tag), or `stop`."""
    pattern = _BALANCE.get(tag)
    if pattern is None:
        pattern = _BALANCE[tag] = re.compile(rf"<(/?){tag}\b[^<>]{{0,8192}}>", re.I)
    depth = 0
    for match in pattern.finditer(text, start, stop):
        if match.group(1):
            depth -= 1
            if depth <= 0:
                return match.end()
        elif not match.group(0).endswith("/>"):
            depth += 1
    return stop


def _regions(text: str, pattern: re.Pattern, start: int, stop: int, tag: str | None = None) -> list[tuple[int, int]]:
    """The outermost elements pattern finds in text[start:stop], as (start, end); the element's
    tag is `tag`, or the pattern's first group that matched."""
    found: list[tuple[int, int]] = []
    position = start
    while True:
        match = pattern.search(text, position, stop)
        if match is None:
            return found
        name = tag or next(g for g in match.groups() if g).lower()
        end = _element_end(text, match.start(), name, stop)
        found.append((match.start(), end))
        position = max(end, match.end())


class _Intervals:
    """Sorted, merged spans of text; `inside(i)` says whether position i is in one."""

    def __init__(self, spans: list[tuple[int, int]]):
        merged: list[list[int]] = []
        for a, b in sorted(spans):
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        self.starts = [a for a, _ in merged]
        self.ends = [b for _, b in merged]

    def inside(self, position: int) -> bool:
        index = bisect_right(self.starts, position) - 1
        return index >= 0 and position < self.ends[index]


class _Found:
    """Candidates in page order, each value once, at most MAX_CANDIDATES."""

    def __init__(self):
        self.items: list[tuple[str, str, str]] = []
        self.seen: set[str] = set()

    def add(self, found_in: str, value: str, text: str) -> None:
        if value not in self.seen and len(self.items) < MAX_CANDIDATES:
            self.seen.add(value)
            self.items.append((found_in, value, _short(text)))

    @property
    def full(self) -> bool:
        return len(self.items) >= MAX_CANDIDATES


class _Page:
    def __init__(self, text: str, base: str, host: str, mediawiki: bool):
        self.text = text
        self.base = base
        self.site = _site(host)
        self.mediawiki = mediawiki
        self.outbound_cache: dict[str, bool] = {}

    def url(self, href: str) -> str | None:
        """An absolute outbound http(s) URL for href, or None (relative links stay on the site)."""
        href = href.strip()
        if "&" in href:
            href = html.unescape(href)
        if href[:2] == "//":
            href = self.base.split(":", 1)[0] + ":" + href
        elif not href[:8].lower().startswith(("http://", "https://")):
            return None
        host = _host(href)
        if not host:
            return None
        outbound = self.outbound_cache.get(host)
        if outbound is None:
            outbound = self.outbound_cache[host] = not (
                (self.mediawiki and host.endswith(_MEDIAWIKI_HOSTS)) or _site(host) == self.site)
        if not outbound:
            return None
        try:
            return ada_url.URL(href).href  # normalised, as a citation would be
        except ValueError:
            return None

    def anchors(self, text: str, start: int, stop: int, skip: _Intervals | None = None, seen: set | None = None):
        """(URL, link text) of each outbound link in text[start:stop]; a URL in `seen` is passed over
        before its text is read."""
        ends = None
        for match in _ANCHOR.finditer(text, start, stop):
            if skip is not None and skip.inside(match.start()):
                continue
            url = self.url(match.group(2))
            if url is None or (seen is not None and url in seen):
                continue
            if ends is None:
                ends = [m.start() for m in _ANCHOR_END.finditer(text, start, stop)]
            index = bisect_left(ends, match.end())
            close = ends[index] if index < len(ends) else -1
            inner = text[match.end():close] if 0 <= close - match.end() <= _MAX_LINK_TEXT else ""
            words = clean(inner) if inner else ""
            if not words:
                title = _TITLE.search(match.group(1))
                words = clean(title.group(1)) if title else ""
            yield url, words

    # -- a reference list (Wikipedia)

    def references(self) -> tuple[_Found, bool]:
        text, found = self.text, _Found()
        lists = _regions(text, _REFERENCE_LIST, 0, len(text), "ol")
        hidden = _Intervals([(m.start(), m.end()) for m in _HIDDEN.finditer(text)]) if lists else None
        for start, stop in lists:
            items = [m.start() for m in _LI.finditer(text, start, stop)]
            for index, item in enumerate(items):
                if hidden is not None and hidden.inside(item):
                    continue
                self.reference(item, items[index + 1] if index + 1 < len(items) else stop, found)
                if found.full:
                    return found, True
        inside = _Intervals(lists)
        ends = None
        for match in _CITE_START.finditer(text):  # a bibliography's <cite> markup, outside the list
            if inside.inside(match.start()):
                continue
            if ends is None:
                ends = [m.end() for m in _CITE_END.finditer(text)]
            index = bisect_right(ends, match.end())
            if index == len(ends):
                break  # never closed: no more citations to read
            self.reference(match.start(), min(ends[index], match.end() + 20_000), found)
            if found.full:
                break
        return found, bool(lists)

    def reference(self, start: int, stop: int, found: _Found) -> None:
        chunk = self.text[start:stop]
        if "<script" in chunk or "<style" in chunk:
            chunk = _HIDDEN.sub(" ", chunk)
        chunk = _BACKLINK.sub(" ", chunk)
        words = clean(chunk)
        for url, _text in self.anchors(chunk, 0, len(chunk)):
            found.add(REFERENCE, url, words)
        for _a, _b, symbol in symbols(words):
            found.add(DOCUMENT, symbol, words)

    # -- an article or a page

    def article(self) -> tuple[_Found, str]:
        text, found = self.text, _Found()
        body = _BODY.search(text)
        start = body.end() if body else 0
        regions = _regions(text, _CONTENT, start, len(text))
        kind = "article" if regions else "page"
        if not regions:
            regions = [(start, len(text))]
        skips = [(m.start(), m.end()) for m in _HIDDEN.finditer(text, start)]
        for a, b in regions:
            skips += _regions(text, _SKIP, a, b)
        skip = _Intervals(skips)
        for a, b in regions:
            for url, words in self.anchors(text, a, b, skip, found.seen):
                found.add(LINK, url, words)
                if found.full:
                    return found, kind
        for a, b in regions:
            for where, end, symbol in _symbols(text, a, b):
                if symbol not in found.seen and not skip.inside(where) and not _in_tag(text, where):
                    found.add(DOCUMENT, symbol, _around(clean(_block(text, where, end, a, b)), symbol))
                    if found.full:
                        return found, kind
        return found, kind


def _block(text: str, start: int, end: int, lowest: int, highest: int) -> str:
    """The markup of the paragraph (or list item, cell, heading) around text[start:end], at most a few
    hundred characters each way."""
    before = max(lowest, start - 400)
    breaks = [m.end() for m in _BREAKS.finditer(text, before, start)]
    after = _BREAKS.search(text, end, min(highest, end + 200))
    return text[breaks[-1] if breaks else before:after.start() if after else min(highest, end + 200)]


def _around(text: str, symbol: str) -> str:
    """The words around a symbol in text: about a sentence, cut at word boundaries."""
    at = text.find(symbol)
    if at < 0:
        return symbol
    start, end = max(0, at - 120), min(len(text), at + len(symbol) + 80)
    if start > 0:
        start = text.find(" ", start, at) + 1 or start
    if end < len(text):
        end = text.rfind(" ", at + len(symbol), end) if text.rfind(" ", at + len(symbol), end) > 0 else end
    return text[start:end].strip()


def _in_tag(text: str, position: int) -> bool:
    """Whether position is inside a tag's attributes (an href), not in the text."""
    opened = text.rfind("<", max(0, position - 8192), position)
    return opened >= 0 and text.rfind(">", opened, position) < 0


def read(text: str, base_url: str, host: str | None = None) -> PageLinks:
    """The links and UN documents a page cites (see the module's doc), at most MAX_CANDIDATES."""
    host = (host or _host(base_url)).lower()
    base = _BASE.search(text, 0, 100_000)
    if base is not None:
        try:
            base_url = ada_url.join_url(base_url, html.unescape(base.group(1)))
        except ValueError:
            pass
    mediawiki = host.endswith(_MEDIAWIKI_HOSTS) or "wgPageName" in text[:300_000]
    page = _Page(text, base_url, host, mediawiki)
    found, has_list = page.references()
    if found.items or has_list or mediawiki:
        return PageLinks(found.items, "references")
    found, kind = page.article()
    return PageLinks(found.items, kind)
