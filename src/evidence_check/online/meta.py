"""What a page says about its publisher, read from the first bytes of its HTML.

Pure: bytes and a Content-Type in, a PageMeta out. Reads og:site_name, JSON-LD
publisher and author, citation_publisher, dc.publisher and <title> for
publisher names, and looks for the marks of Reuters wire copy: a "Reuters"
byline or credit, Reuters as JSON-LD author or publisher, a "(Reuters) -"
dateline. Decodes with the page's own charset (Content-Type, then BOM, then
<meta charset>), falling back to UTF-8, then windows-1252, with replacement.
"""

from __future__ import annotations

import codecs
import json
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?([^"';\s]+)""", re.IGNORECASE)
_META_CHARSET = re.compile(rb"""<meta[^>]{0,512}?charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.IGNORECASE)
# Labels browsers read differently from Python's codecs (WHATWG Encoding standard).
_LABELS = {
    "iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252",
    "l1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252", "windows-1252": "cp1252",
    "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "euc-kr": "cp949",
    "shift_jis": "cp932", "shift-jis": "cp932", "sjis": "cp932", "x-sjis": "cp932", "windows-31j": "cp932",
    "iso-8859-9": "cp1254", "tis-620": "cp874", "iso-8859-11": "cp874",
}
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))

HTML_TYPES = ("text/html", "application/xhtml+xml", "application/xml", "text/xml", "text/plain")

_TITLE_SPLIT = re.compile(r"\s+[|\-\u2013\u2014\u00b7:\u00bb/]\s+")
_SPACES = re.compile(r"\s+")
_DATELINE = re.compile(r"\(\s*reuters\s*\)\s*[-\u2010-\u2015\u2212]", re.IGNORECASE)
# "Reuters", "By Reuters", "Reuters Staff", "Jane Doe, Reuters", "Source: Reuters"; not "REUTERS/Jane Doe"
# (a photo credit).
_REUTERS_WORD = re.compile(r"(?<![/\w])(?:thomson\s+)?reuters(?![/\w])", re.IGNORECASE)
_BYLINE_MARKS = ("byline", "author", "credit", "source", "contributor", "dateline")
_AUTHOR_METAS = {"author", "article:author", "dc.creator", "dcterms.creator", "sailthru.author",
                 "parsely-author", "byl", "cxenseparse:author", "original-source", "syndication-source",
                 "dc.source", "dcterms.source", "article:source"}
_TEXT_METAS = {"description", "og:description", "twitter:description"}
_PUBLISHER_METAS = {"og:site_name": "og:site_name", "citation_publisher": "citation_publisher",
                    "dc.publisher": "dc.publisher", "dcterms.publisher": "dc.publisher"}
_SKIP_TEXT = {"style", "noscript", "template", "svg"}
_FIGURE = {"figure", "figcaption", "picture"}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
_MAX_TEXT = 200_000  # characters of page text searched for a dateline
_MAX_NAME = 200


@dataclass(slots=True)
class PageMeta:
    hints: list[tuple[str, str]] = field(default_factory=list)  # (hint source, name), best first
    reuters_evidence: str | None = None
    encoding: str | None = None
    types: list[str] = field(default_factory=list)  # JSON-LD @type values, the page's and its publisher's
    og_type: str | None = None  # <meta property="og:type">

    @property
    def publisher_hint(self) -> tuple[str, str] | None:
        return self.hints[0] if self.hints else None


def codec_for(label: str | None) -> str | None:
    """A Python codec name for a charset label, or None when unknown."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    label = _LABELS.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def decode(body: bytes, content_type: str | None = None) -> tuple[str, str]:
    """The page text and the codec used: Content-Type charset, BOM, <meta charset>, UTF-8, windows-1252."""
    encoding = None
    if content_type:
        match = _HEADER_CHARSET.search(content_type)
        encoding = codec_for(match.group(1)) if match else None
    for bom, name in _BOMS:
        if body.startswith(bom):
            return body[len(bom):].decode(name, errors="replace"), name
    if encoding is None:
        match = _META_CHARSET.search(body[:16384])
        if match:
            encoding = codec_for(match.group(1).decode("ascii"))
            if encoding and encoding.startswith("utf-16"):
                encoding = "utf-8"  # a meta tag readable as ASCII cannot be UTF-16
    if encoding is None:
        try:
            return body.decode("utf-8"), "utf-8"
        except UnicodeDecodeError as exc:
            if exc.reason == "unexpected end of data" and exc.start >= len(body) - 3:
                try:  # a multi-byte character cut at the read limit is not a sign of another charset
                    return body[:exc.start].decode("utf-8"), "utf-8"
                except UnicodeDecodeError:
                    pass
            encoding = "cp1252"
    return body.decode(encoding, errors="replace"), encoding


def is_html(content_type: str | None) -> bool:
    if not content_type:
        return True  # unlabelled: look anyway
    kind = content_type.split(";", 1)[0].strip().lower()
    return kind in HTML_TYPES or kind.endswith("+xml")


def clean(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def title_names(title: str) -> list[str]:
    """Candidate publisher names in a title: the whole, then its parts, last first ("News | BBC")."""
    title = clean(title)
    if not title or len(title) > _MAX_NAME:
        return []
    parts = [p for p in _TITLE_SPLIT.split(title) if p]
    return [title] + (list(reversed(parts)) if len(parts) > 1 else [])


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: dict[str, list[str]] = {}
        self.jsonld: list[str] = []
        self.text: list[str] = []
        self.text_size = 0
        self.title: list[str] | None = None
        self.in_title = False
        self.script: str | None = None  # "ld" | "other" while inside a <script>
        self.script_data: list[str] = []
        self.skip = 0  # depth inside elements whose text is not page text
        self.figure = 0
        self.byline: list[tuple[str, int, list[str]]] = []  # (tag, depth of same tag, text)
        self.evidence: str | None = None

    def note(self, key: str, value: str | None) -> None:
        if value:
            self.found.setdefault(key, []).append(clean(value))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").strip().lower()
            content = a.get("content", "")
            if key in _PUBLISHER_METAS:
                self.note(_PUBLISHER_METAS[key], content)
            elif key == "og:type":
                self.note("og:type", content)
            elif key in _AUTHOR_METAS:
                if self.evidence is None and _REUTERS_WORD.search(content) and len(content) < 300:
                    self.evidence = f'<meta name="{key}"> says "{clean(content)[:80]}"'
            elif key in _TEXT_METAS:
                self.add_text(content)
            return
        if tag == "title" and self.title is None:
            self.title, self.in_title = [], True
            return
        if tag == "script":
            kind = a.get("type", "").strip().lower()
            self.script = "ld" if kind == "application/ld+json" else "other"
            self.script_data = []
            return
        if tag in _SKIP_TEXT:
            self.skip += 1
        if tag in _FIGURE:
            self.figure += 1
        if tag in _VOID:
            return
        for index, (open_tag, depth, text) in enumerate(self.byline):
            if open_tag == tag:
                self.byline[index] = (open_tag, depth + 1, text)
        marks = " ".join(a.get(k, "") for k in ("class", "id", "itemprop", "rel", "data-testid")).lower()
        if not self.figure and any(mark in marks for mark in _BYLINE_MARKS):
            self.byline.append((tag, 0, []))

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        elif tag == "script":
            if self.script == "ld":
                self.jsonld.append("".join(self.script_data))
            self.script, self.script_data = None, []
        if tag in _SKIP_TEXT and self.skip:
            self.skip -= 1
        if tag in _FIGURE and self.figure:
            self.figure -= 1
        kept = []
        for open_tag, depth, text in self.byline:
            if open_tag != tag:
                kept.append((open_tag, depth, text))
            elif depth:
                kept.append((open_tag, depth - 1, text))
            else:
                self.check_byline(clean("".join(text)))
        self.byline = kept

    def check_byline(self, text: str) -> None:
        if self.evidence is None and text and len(text) <= 120 and _REUTERS_WORD.search(text):
            self.evidence = f'byline "{text}"'

    def handle_data(self, data: str) -> None:
        if self.script is not None:
            self.script_data.append(data)
            return
        if self.in_title and self.title is not None:
            self.title.append(data)
            return
        if self.skip:
            return
        for _tag, _depth, text in self.byline:
            if sum(map(len, text)) < 400:
                text.append(data)
        self.add_text(data)

    def add_text(self, data: str) -> None:
        if self.text_size < _MAX_TEXT:
            self.text.append(data)
            self.text_size += len(data)


def _names(value: object) -> list[str]:
    """The names in a JSON-LD value: "X", {"name": "X"}, or a list of these."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        name = value.get("name")
        if isinstance(name, str):
            return [name]
        if isinstance(name, list):
            return [n for n in name if isinstance(n, str)]
        return []
    if isinstance(value, list):
        return [n for item in value[:20] for n in _names(item)]
    return []


def _walk(value: object, depth: int = 0):
    """Every JSON object in a JSON-LD document (through @graph and lists)."""
    if depth > 8:
        return
    if isinstance(value, dict):
        yield value
        for key in ("@graph", "mainEntity", "itemListElement"):
            if key in value:
                yield from _walk(value[key], depth + 1)
    elif isinstance(value, list):
        for item in value[:200]:
            yield from _walk(item, depth + 1)


_MAX_TYPES = 20


def _types(value: object, into: list[str]) -> None:
    """The @type values of a JSON-LD node ("NewsArticle", ["Organization", "GovernmentOrganization"])."""
    if not isinstance(value, dict):
        return
    kinds = value.get("@type")
    for kind in (kinds if isinstance(kinds, list) else [kinds])[:10]:
        if isinstance(kind, str):
            kind = kind.strip().rsplit("/", 1)[-1]  # "https://schema.org/NewsArticle" is NewsArticle
            if kind and len(kind) <= 80 and kind not in into and len(into) < _MAX_TYPES:
                into.append(kind)


def _read_jsonld(blocks: list[str], texts: list[str], types: list[str] | None = None) -> tuple[list[str], str | None]:
    publishers: list[str] = []
    evidence = None
    types = [] if types is None else types
    for block in blocks:
        try:
            document = json.loads(block.strip().rstrip(";"))
        except (ValueError, RecursionError):  # broken, or nested deeper than a parser's stack
            continue
        for node in _walk(document):
            _types(node, types)
            for key in ("publisher", "sourceOrganization"):
                for inner in (node.get(key) if isinstance(node.get(key), list) else [node.get(key)])[:5]:
                    _types(inner, types)
            for name in _names(node.get("publisher")):
                publishers.append(name)
                if evidence is None and _REUTERS_WORD.search(name):
                    evidence = f'JSON-LD publisher "{clean(name)}"'
            for key in ("author", "creator", "sourceOrganization", "provider"):
                for name in _names(node.get(key)):
                    if evidence is None and _REUTERS_WORD.search(name) and len(name) < 120:
                        evidence = f'JSON-LD {key} "{clean(name)}"'
            for key in ("articleBody", "description"):
                text = node.get(key)
                if isinstance(text, str):
                    texts.append(text[:2000])
    return publishers, evidence


_ANY_REUTERS = re.compile("reuters", re.IGNORECASE)
_BODY_START = re.compile(r"<body[\s>/]", re.IGNORECASE)
# what read() takes from a page's body: JSON-LD blocks, <meta> tags and a late <title>
_BODY_PARTS = re.compile(r"<script\b[^>]*\bld\+json\b[^>]*>.*?</script\s*>|<meta\b[^>]*>|<title\b[^>]*>.*?</title\s*>",
                         re.IGNORECASE | re.DOTALL)


def _head_and_tags(text: str) -> str:
    """The page up to <body>, then only the body's JSON-LD blocks, <meta> tags and <title>: all
    that gives publisher hints when no Reuters mark can be found (a page with the word "reuters"
    anywhere is read whole, for bylines and datelines). Saves parsing every paragraph."""
    start = _BODY_START.search(text)
    if start is None:
        return text
    return text[:start.start()] + "".join(_BODY_PARTS.findall(text, start.start()))


def read(body: bytes, content_type: str | None = None) -> PageMeta:
    """Publisher hints and Reuters wire evidence from the start of an HTML page."""
    text, encoding = decode(body, content_type)
    meta = PageMeta(encoding=encoding)
    if _ANY_REUTERS.search(text) is None:
        text = _head_and_tags(text)  # no wire evidence is possible: the body's text says nothing more
    parser = _Parser()
    try:
        parser.feed(text)
        parser.close()
    except Exception:  # html.parser is lenient, but never let a page break a run
        pass
    texts = parser.text
    publishers, jsonld_evidence = _read_jsonld(parser.jsonld, texts, meta.types)
    found = dict(parser.found)
    og_types = found.pop("og:type", None)
    if og_types:
        meta.og_type = og_types[0].strip().lower()[:80] or None
    if publishers:
        found["json-ld publisher"] = publishers
    if parser.title:
        found["title"] = title_names("".join(parser.title))
    seen: set[str] = set()
    for source in ("og:site_name", "json-ld publisher", "citation_publisher", "dc.publisher", "title"):
        for name in found.get(source, ()):
            name = clean(name)
            if name and len(name) <= _MAX_NAME and name.casefold() not in seen:
                seen.add(name.casefold())
                meta.hints.append((source, name))
    evidence = parser.evidence or jsonld_evidence
    if evidence is None:
        match = _DATELINE.search(" ".join(texts))
        if match:
            evidence = f'dateline "{clean(match.group(0))}"'
    meta.reuters_evidence = evidence
    return meta
