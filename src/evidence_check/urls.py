"""From a line of text to a Source: trim prose, parse like a browser, unwrap.

Parsing uses ada (the WHATWG URL standard, as browsers parse), so the host we
classify is the host a browser would visit: `https://www.un.org@evil.example/`
goes to evil.example, `0x7f000001` is 127.0.0.1, and `rеuters.com` with a
Cyrillic `е` becomes punycode that no registry domain equals.
"""

from __future__ import annotations

import re
import ada_url

from .model import Source
from .unwrap import unwrap

_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*):")
_HOSTLIKE = re.compile(r"^[^\s/?#@:]+\.[^\s/?#@:.]+\.?(?:[:/?#]|$)")
_TRAILING = ".,;:!?'\"\u201d\u2019»"
_LEADING = "([\"'\u201c\u2018«"
_WEB_SCHEMES = {"http", "https"}
_OTHER_SCHEMES_WITH_HOST = {"ftp", "ws", "wss"}
_MAX_UNWRAP = 4


def trim(text: str) -> str:
    """Strip what prose puts around a URL: <...>, quotes, trailing punctuation.

    A closing parenthesis is kept when the URL opened it (Wikipedia titles).
    """
    text = text.strip().strip("\u200b\ufeff")
    while text and text[0] in _LEADING:  # nothing written as a URL starts with these
        text = text[1:].lstrip()
    if text.startswith("<"):
        end = text.find(">")
        if end > 0:
            text = text[1:end]
    while text:
        last = text[-1]
        if last in _TRAILING:
            text = text[:-1]
        elif last == ")" and text.count("(") < text.count(")"):
            text = text[:-1]
        elif last == "]" and text.count("[") < text.count("]"):
            text = text[:-1]
        elif last == ">" and "<" not in text:
            text = text[:-1]
        else:
            break
    return text.strip()


def has_scheme(text: str) -> bool:
    """True when the text starts with a scheme ("https://", "mailto:")."""
    match = _SCHEME.match(text)
    return bool(match) and (text[match.end():].startswith("//") or "." not in match.group(1))


def looks_like_url(text: str) -> bool:
    """True for anything written as an address rather than as a name."""
    if has_scheme(text):
        return True
    return " " not in text and bool(_HOSTLIKE.match(text))


def parse(raw: str, line: int | None = None) -> Source:
    """Parse one citation. Never raises: a bad URL is a Source of kind 'invalid'."""
    text = trim(raw)
    if not text:
        return Source(raw, "invalid", error="empty citation", line=line)
    if not looks_like_url(text):
        return Source(raw, "name", line=line)
    source = _parse_url(raw, text, line, None, 0)
    if source.kind == "invalid" and text != raw.strip():
        # trimming prose can break a URL that was right as written ("http://foo.09..")
        untrimmed = _parse_url(raw, raw.strip(), line, None, 0)
        if untrimmed.kind == "url":
            return untrimmed
    return source


def _parse_url(raw: str, text: str, line: int | None, wrapper: str | None, depth: int) -> Source:
    bare = not has_scheme(text)
    candidate = "http://" + text if bare else text
    try:
        url = ada_url.URL(candidate)
    except ValueError:
        return Source(raw, "invalid", error="not a valid URL", line=line, unwrapped_from=wrapper)
    scheme = url.protocol[:-1]
    if scheme not in _WEB_SCHEMES and scheme not in _OTHER_SCHEMES_WITH_HOST:
        return Source(raw, "invalid", error=f"not a web address ({scheme}: URL)", line=line,
                      unwrapped_from=wrapper)
    host = url.hostname.rstrip(".") or url.hostname
    if not host:
        return Source(raw, "invalid", error="URL has no host", line=line, unwrapped_from=wrapper)
    if depth < _MAX_UNWRAP:
        inner = unwrap(host, url.pathname, url.search)
        if inner:
            return _parse_url(raw, trim(inner), line, wrapper or url.href, depth + 1)
    return Source(raw, "url", url=url.href, host=host, path=url.pathname,
                  unwrapped_from=wrapper, line=line,
                  bare=bare and url.pathname == "/" and not url.search and not url.port)

