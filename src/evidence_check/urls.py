"""From a line of text to a Source: trim prose, parse like a browser, unwrap.

Parsing uses ada (the WHATWG URL standard, as browsers parse), so the host we
classify is the host a browser would visit: `https://www.un.org@evil.example/`
goes to evil.example, `0x7f000001` is 127.0.0.1, and `rеuters.com` with a
Cyrillic `е` becomes punycode that no registry domain equals.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .model import Source
from .prose import CJK_PUNCTUATION, trim  # noqa: F401 - trim is part of this module's API (urls.trim)
from .unwrap import decode_pasted, unwrap

_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*):")
_HOSTLIKE = re.compile(r"^[^\s/?#@:]+\.[^\s/?#@:.]+\.?(?:[:/?#]|$)")
_WEB_SCHEMES = {"http", "https"}
_OTHER_SCHEMES_WITH_HOST = {"ftp", "ws", "wss"}
_MAX_UNWRAP = 4
SCHEME_AS_HOST = frozenset({"http", "https", "www"})  # what a doubled or colon-less scheme parses to


# Schemes that make "word:rest" a URL without "//" after them (IANA's permanent and common
# provisional schemes a citation might carry). "UNICEF: The State of ..." is prose.
_KNOWN_SCHEMES = frozenset("""
about blob data file ftp http https javascript mailto news nntp sms tel urn ws wss doi hdl isbn geo
magnet market intent chrome chrome-extension moz-extension view-source ssh sftp git irc xmpp sip skype
callto whatsapp tg fb itms itms-apps zoommtg msteams webcal feed vbscript
""".split())


def has_scheme(text: str) -> bool:
    """True when the text starts with a scheme: "https://", "mailto:" (a real scheme), or "word://"."""
    if text.startswith(("https://", "http://")):
        return True
    match = _SCHEME.match(text)
    return bool(match) and (text[match.end():].startswith("//") or match.group(1).lower() in _KNOWN_SCHEMES)


def parse(raw: str, line: int | None = None) -> Source:
    """Parse one citation. Never raises: a bad URL is a Source of kind 'invalid'.

    A URL written inside free text ("UNHCR. Global Trends. https://www.unhcr.org/...")
    is the citation's URL: the Source keeps the whole line as input and says where
    the URL was (`span`). Other free text is a name, read later by `recognise`.
    """
    text = trim(raw)
    if not text:
        return Source(raw, "invalid", error="empty citation", line=line)
    if "%" in text or "&" in text:
        text = _decode_pasted(text)
    if text[:7].lower().startswith(("http//", "https//")):
        text = text.replace("//", "://", 1)  # a scheme written without its colon
    scheme = has_scheme(text)
    # CJK punctuation closes a written address: the line is text with an address in it
    cjk = None if text.isascii() else (_CJK_IN_URL if scheme else _CJK_PUNCT).search(text)
    if not scheme and (" " in text or cjk or not _HOSTLIKE.match(text)):
        if " " in text or cjk or "://" in text:  # "India(http://www.mea.gov.in/)": an address glued to a word
            inside = _url_in_text(raw, line, text)
            if inside is not None:
                return inside
        if cjk:  # "khamenei.ir（公式サイト）": a bare host, then a note in brackets
            head = text[:cjk.start()]
            if head and _HOSTLIKE.match(head):
                source = _parse_url(raw, head, line, None, 0, True)
                if source.kind == "url":
                    start = raw.find(head)
                    source.span = (start, start + len(head)) if start >= 0 else None
                    return source
        return Source(raw, "name", line=line)
    if scheme and (_WHITESPACE.search(text) or cjk):
        inside = _url_in_text(raw, line, text)
        if inside is not None:
            return inside
    source = _parse_url(raw, text, line, None, 0, not scheme)
    if source.kind == "invalid" and text != raw.strip():
        # trimming prose can break a URL that was right as written ("http://foo.09..")
        untrimmed = _parse_url(raw, raw.strip(), line, None, 0)
        if untrimmed.kind == "url" and trim(untrimmed.url) == untrimmed.url:
            return untrimmed
    return source


def _decode_pasted(text: str) -> str:
    """A whole URL pasted percent-encoded or with HTML entities, decoded once (see unwrap)."""
    if "&" in text and ";" not in text and not text.endswith(("&#47", "&amp", "&#x2F", "&#x2f")):
        if "%" not in text or not text[:12].lower().startswith(("http%3a", "https%3a")):
            return text  # a query string's "&": nothing pasted-encoded to undo
    return decode_pasted(text)


_WHITESPACE = re.compile(r"\s")
_CJK_PUNCT = re.compile(f"[{CJK_PUNCTUATION}]")  # see prose.CJK_PUNCTUATION
_CJK_IN_URL = re.compile(f"[{CJK_PUNCTUATION[:-1]}]")  # after a scheme, the ideographic full stop is a host's dot
_URL_HINT: re.Pattern | None = None  # compiled on first use, as _DOT_SEGMENT: most runs never need them


def _url_hint() -> re.Pattern:
    global _URL_HINT
    _URL_HINT = re.compile(r"(?i)https?://|www\d?\.|[a-z0-9-]\.(?:org|int|gov|com|net|edu|[a-z]{2})\b/?")
    return _URL_HINT


def _url_in_text(raw: str, line: int | None, text: str) -> Source | None:
    """The first URL written inside a line of prose, as a Source of the whole line.

    `text` is the line trimmed and decoded; the span points into it when decoding
    changed it (HTML entities), into the input otherwise."""
    if not (_URL_HINT or _url_hint()).search(text):
        return None
    from .urlscan import find_urls

    scanned = raw if text == trim(raw) else text
    for url, start, end in find_urls(scanned):
        source = _parse_url(raw, trim(url), line, None, 0)
        if source.kind == "url":
            source.span = (start, end)
            source.bare = False
            return source
    return None


# The common case, parsed without ada: http(s), a plain ASCII domain name whose
# last label starts with a letter (so WHATWG's IPv4 rules cannot apply), no
# port, userinfo, fragment, punycode, dot-segment or character that the URL
# standard would percent-encode. For these, WHATWG parsing only lower-cases the
# scheme and host and turns an empty path into "/"; tests check that this fast
# path and ada agree on every input the fast path takes.
_FAST = re.compile(
    r"(?P<scheme>[Hh][Tt][Tt][Pp][Ss]?)://"
    r"(?P<host>(?:[A-Za-z0-9-]+\.)+[A-Za-z][A-Za-z0-9-]*\.?)"
    r"(?P<path>(?:/[A-Za-z0-9\-._~!$&'()*+,;=:@%]*)*)"
    r"(?P<search>\?[A-Za-z0-9\-._~!$&()*+,;=:@%/?]*)?"
)
_DOT_SEGMENT: re.Pattern | None = None


def _dot_segment() -> re.Pattern:
    global _DOT_SEGMENT
    _DOT_SEGMENT = re.compile(r"/\.{1,2}(?:/|$)|%2[eE]")
    return _DOT_SEGMENT


class Parts(NamedTuple):
    href: str
    scheme: str
    host: str
    path: str
    search: str
    port: str


def parse_fast(candidate: str) -> Parts | None:
    """The common case without ada, or None when ada must decide."""
    match = _FAST.fullmatch(candidate)
    if match is None:
        return None
    scheme, host, path, search = match.group("scheme", "host", "path", "search")
    host = host.lower()
    if "xn--" in host or search == "?" or (("/." in path or "%" in path)
                                           and (_DOT_SEGMENT or _dot_segment()).search(path)):
        return None
    scheme = scheme.lower()
    path = path or "/"
    search = search or ""
    return Parts(f"{scheme}://{host}{path}{search}", scheme, host, path, search, "")


_ADA_ATTRIBUTES = ("href", "protocol", "hostname", "pathname", "search", "port")


def parse_ada(candidate: str) -> Parts | None:
    """Any URL, by the WHATWG URL standard (ada), or None if it is not one."""
    import ada_url  # here, not at import: the common URL never needs it (parse_fast), and it costs ms

    try:
        url = ada_url.parse_url(candidate, attributes=_ADA_ATTRIBUTES)
    except ValueError:
        return None
    return Parts(url["href"], url["protocol"][:-1], url["hostname"], url["pathname"], url["search"], url["port"])


def _parse_url(raw: str, text: str, line: int | None, wrapper: str | None, depth: int,
               bare: bool | None = None) -> Source:
    if bare is None:
        bare = not has_scheme(text)
    candidate = "http://" + text if bare else text
    parsed = parse_fast(candidate) or parse_ada(candidate)
    if parsed is None:
        return Source(raw, "invalid", error="not a valid URL", line=line, unwrapped_from=wrapper)
    href, scheme, hostname, pathname, search, port = parsed
    if href.endswith("?") and not search.strip("?"):
        href = href.rstrip("?")  # an empty query ("?" or "??"): drop it, as trimming prose would
        search = ""
    if scheme not in _WEB_SCHEMES and scheme not in _OTHER_SCHEMES_WITH_HOST:
        return Source(raw, "invalid", error=f"not a web address ({scheme}: URL)", line=line,
                      unwrapped_from=wrapper)
    host = hostname.rstrip(".") or hostname
    if not host:
        return Source(raw, "invalid", error="URL has no host", line=line, unwrapped_from=wrapper)
    if host in SCHEME_AS_HOST and depth < _MAX_UNWRAP:
        # a scheme written twice or without its colon ("http://http://www.un.org/x",
        # "http//www.un.org/x"): the address is what follows it
        rest = pathname.lstrip("/") + search
        if "." in rest.partition("/")[0]:
            return _parse_url(raw, trim(rest), line, wrapper, depth + 1, bare=True)
    if depth < _MAX_UNWRAP:
        inner = unwrap(host, pathname, search)
        if inner:
            return _parse_url(raw, trim(inner), line, wrapper or href, depth + 1)
    return Source(raw, "url", url=href, host=host, path=pathname, unwrapped_from=wrapper, line=line,
                  bare=bare and pathname == "/" and not search and not port)

