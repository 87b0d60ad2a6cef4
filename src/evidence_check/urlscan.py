"""Find web addresses written in text, as a person wrote them, joined across line breaks.

Used for a citation written in prose (`urls.parse` reads "UNHCR. Global Trends.
https://www.unhcr.org/..." as that URL) and for whole papers (`papers.scan`).
An address starts with a scheme, "www." or a lower-case host followed by a path;
what prose puts around it is trimmed (`prose.trim`). URLs broken across lines
(PDF wraps, hard-wrapped text) are joined only when the next line can only be
the rest of an address; a hyphen at a line end inside a URL is kept (URLs
contain hyphens; word processors do not add them), and a host hyphenated by a
typesetter is decided by `known_host` or the Public Suffix List.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from .domains import registered_domain
from .prose import CJK_PUNCTUATION, trim

# Where an address starts: a scheme, "www.", or a lower-case host followed by a path.
_START = re.compile(
    r"(?<![@/.\-])(?i:(?:https?|ftp)://)"  # a scheme may follow a word it was glued to ("Weaponshttp://")
    r"|(?<![\w@/.\-])(?:"
    r"(?i:www\d?\.)"
    r"|(?:[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?\.)+[a-z]{2,24}/"  # bare hosts: lower case only (not "ASP.NET")
    r"|(?:[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?\.)+(?:org|int|gov|com|net|edu)(?![\w\-@]|\.\w)"
    # a host alone in brackets: "Soil sealing | Federal Statistical Office (admin.ch)", as browsers
    # copy a link; checked in find_urls (a registered domain whose own label is 3+ characters)
    r"|(?<=\()(?P<paren>(?:[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?\.)+[a-z]{2,24})(?=\))"
    # a state's host written in capitals: "MFA.GOV.BY", "UN.MFA.GOV.BY", "STATE.GOV"
    r"|(?:[A-Z0-9](?:[A-Z0-9\-]*[A-Z0-9])?\.)+(?:(?:GOV|ORG|INT|EDU|MIL)\.[A-Z]{2}|GOV|INT)(?![\w\-@]|\.\w)"
    r")"
)
# What never belongs to an address written in prose.
_STOP = frozenset(" \t\r\n\f\v<>\"|\\^`{}\u00a0\u201c\u201d\u2018\u2019\u00ab\u00bb\u2002\u2003\u2009\u200b"
                  + CJK_PUNCTUATION)
_TOKEN = re.compile("[^" + re.escape("".join(sorted(_STOP))) + "]*")
_EXTRA_TRAILING = "*`"  # markdown emphasis around a URL
# Characters a URL is broken after, at a line end, by PDF writers and word processors.
_BREAK_AFTER = "/-_=&?#%~+.:"
_URLISH_INSIDE = re.compile(r"[/._\-=?&%#~+]")
_STRONG_INSIDE = re.compile(r"[/=_%?&#]")
_FILE_TAIL = re.compile(r"^[\w\-]*\.(?:pdf|html?|aspx?|php|docx?|xlsx?|pptx?|cfm|jsp|shtml)(?:[?#/]|$)", re.I)
_CONTINUATION = re.compile(r"[A-Za-z0-9/\-_.~%?#=&]")
_EXTENSION = re.compile(r"^(?:pdf|html?|aspx?|php|docx?|xlsx?|pptx?|cfm|jsp|shtml)(?:[?#/]|$)")
_PREFIX_ONLY = re.compile(r"(?:(?:https?|ftp)://)?(?:www\d?\.)?", re.I)  # "https://", "www.", "https://www."
_HOST = re.compile(r"[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?)+\.?")
_HOST_LABEL_START = re.compile(r"[a-z0-9\-]+(?:\.[a-z0-9\-]+)*(?:[/?#:]|$)", re.I)
_PATH_PIECE = re.compile(r"[A-Za-z0-9\-._~%/=&?#+:@!$,;*]+")
_SPACE_BREAK = "-_/=&?"  # an address may go on after a space only from one of these
_MAX_JOINS = 6
_MAX_URL = 8192  # longer is not a citation (and trimming it would be slow)
_MAX_ANGLE = 600


def clean_target(target: str) -> str:
    """A link target as a citation: absolute web addresses only, spaces encoded."""
    target = target.strip().replace("\n", "").replace("\r", "").replace("\t", "")
    lower = target.lower()
    if not (lower.startswith(("http://", "https://", "ftp://", "www."))):
        return ""
    return target.replace(" ", "%20")


def find_urls(text: str, known: Iterable[str] = (),
              known_host: Callable[[str], bool] | None = None) -> list[tuple[str, int, int]]:
    """Every address written in text: (url, start, end), joined across line breaks.

    known: the file's own link targets, which decide how a broken address is joined.
    known_host: optional predicate (host -> known to the registry?) that decides a
        host broken at a line end ("www.the-" / "diplomat.com").
    """
    found = []
    known_norm = None
    position = 0
    while True:
        match = _START.search(text, position)
        if match is None:
            break
        start = match.start()
        if match.group("paren") is not None and not _bracketed_host(match.group("paren")):
            position = match.end()
            continue
        if start > 0 and text[start - 1] == "<":
            angle = _angle(text, start)
            if angle is not None:
                url, end = angle
                found.append((url, start, end))
                position = end
                continue
        end = _token_end(text, start)
        url = text[start:end]
        joins = 0
        while joins < _MAX_JOINS and end < len(text):
            gap = text[end]
            if gap == "\n" or gap == "\r":
                nxt = end + 1 if gap == "\n" else (end + 2 if text[end:end + 2] == "\r\n" else end + 1)
                spaced = False
            elif gap == " " and url and url[-1] in _SPACE_BREAK:  # a PDF line set with a gap, not a break
                nxt = end + 1
                spaced = True
            else:
                break
            tail_end = _token_end(text, nxt)
            tail = text[nxt:tail_end]
            if known and known_norm is None:
                known_norm = [k.strip() for k in known]
            joined = _continues(url, tail, known_norm or [], known_host, spaced)
            if joined is None:
                break
            url, end = joined, tail_end
            joins += 1
        if "\xad" in url:  # soft hyphens are the typesetter's, never the address's
            url = url.replace("\xad", "")
        cut = url.find("](")  # markdown: [https://a.org](https://a.org)
        if cut > 0:
            url = url[:cut]
        url = _trim(url)
        if _is_address(url):
            found.append((url, start, end))
        position = max(end, match.end())
    return found


def _bracketed_host(host: str) -> bool:
    """Whether "(host)" is an address: a registered domain under a public suffix, its own label of
    three or more characters ("(admin.ch)", "(msal.gov.ar)"; not "(et.al)" or "(p.m)")."""
    domain = registered_domain(host)
    return domain is not None and len(domain.split(".", 1)[0]) >= 3


def _token_end(text: str, start: int) -> int:
    return _TOKEN.match(text, start, min(len(text), start + _MAX_URL)).end()


def _angle(text: str, start: int) -> tuple[str, int] | None:
    """<https://...> may wrap across lines; whitespace inside it is not part of it (RFC 3986, C)."""
    close = text.find(">", start, start + _MAX_ANGLE)
    if close < 0 or "<" in text[start:close]:
        return None
    url = "".join(text[start:close].split())
    return (url, close + 1) if url else None


def _trim(url: str) -> str:
    url = trim(url)
    while url and url[-1] in _EXTRA_TRAILING:
        url = trim(url[:-1])
    return url


def _is_address(url: str) -> bool:
    lower = url.lower()
    for prefix in ("https://", "http://", "ftp://", "www."):
        if lower.startswith(prefix):
            return len(url) > len(prefix) + 2 and "." in url[len(prefix):]
    return "." in url


def _continues(url: str, tail: str, known: list[str], known_host: Callable[[str], bool] | None = None,
               spaced: bool = False) -> str | None:
    """url + the next token (on the next line, or after one space when `spaced`), when
    that token can only be the rest of the address; None when the address ends here."""
    if not tail or not _CONTINUATION.match(tail) or "://" in tail:
        return None
    if url.endswith("\xad"):  # a soft hyphen ends the line: the word goes on without it
        return url + tail if tail[0].isalnum() and not spaced and not _START.match(tail) else None
    if _PREFIX_ONLY.fullmatch(url):  # "https://" or "www." ends the line: the host is on the next
        joined = url + tail
        return joined if _HOST.fullmatch(_host_of(_trim(joined))) else None
    options = [url + tail]
    if url.endswith("-"):
        options.append(url[:-1] + tail)
    for option in options:  # the file's own link target decides when it has one
        trimmed = _trim(option)
        for target in known:
            if target == trimmed or (target.startswith(trimmed) and len(trimmed) > len(url)):
                return option
    if known and any(t.startswith(_trim(url)) or t.startswith(url) for t in known):
        # the target is known and neither joined form is a prefix of it: do not join
        if not any(t.startswith(_trim(o)) for t in known for o in options):
            return None
    in_host = _in_host(url)
    last = url[-1]
    bare_tail = tail.rstrip(".,;:!?)]'\"")
    if in_host and last.isalnum() and tail[0].isalnum():
        # the break splits a host label: only a host the caller knows joins it
        if spaced or known_host is None or not _HOST_LABEL_START.match(bare_tail):
            return None
        joined_host = _host_of(_trim(options[0]))
        tail_host = _host_of(bare_tail)
        return options[0] if known_host(joined_host) and not known_host(tail_host) else None
    if last == "-" and in_host and not spaced:  # no host ends with "-": the next line goes on with it
        return _pick_host(options[0], options[1], known_host) if _HOST_LABEL_START.match(bare_tail) else None
    if _START.match(tail):
        return None
    if spaced:
        return options[0] if _path_after_space(url, bare_tail, in_host) else None
    if last == "-":
        # addresses hold hyphens; word processors do not add them
        return options[0] if tail[0].isalnum() else None
    if last == ".":  # a sentence may end with an address: go on only into a host or file name
        if re.match(r"[a-z0-9\-]+/", tail) or _EXTENSION.match(bare_tail):
            return options[0]
        if (in_host and known_host is not None and _HOST_LABEL_START.match(bare_tail)
                and known_host(_host_of(_trim(options[0])))):
            return options[0]
        return None
    if last in _BREAK_AFTER:
        if _URLISH_INSIDE.search(bare_tail) or _FILE_TAIL.match(bare_tail):
            return options[0]
        return None
    if _STRONG_INSIDE.search(bare_tail) or _FILE_TAIL.match(bare_tail):
        return options[0]
    return None


def _in_host(url: str) -> bool:
    """True while the address has no path, query or fragment yet."""
    scheme = url.find("://")
    rest = url[scheme + 3:] if scheme >= 0 else url
    return not any(mark in rest for mark in "/?#")


def _host_of(url: str) -> str:
    """The host part of an address as written (lower case, no port or final dot)."""
    scheme = url.find("://")
    rest = url[scheme + 3:] if scheme >= 0 else url
    return re.split(r"[/?#:]", rest, maxsplit=1)[0].lower().rstrip(".")


def _path_after_space(url: str, tail: str, in_host: bool) -> bool:
    """After a gap, only a clear path piece goes on: the host stays as it is, the token
    has no other characters than an address's and has /, ., _ or - in it; after a
    "/" ("https://www.un.org/ and/or") it needs more than one slash-free word."""
    if in_host or not _PATH_PIECE.fullmatch(tail) or not tail[0].isalnum():
        return False
    if url[-1] in "-_":
        return bool(re.search(r"[/._\-]", tail))
    if _FILE_TAIL.match(tail):
        return True
    return "/" in tail and (tail.endswith("/") or bool(re.search(r"[._\-=]", tail)))


def _pick_host(kept: str, dropped: str, known_host: Callable[[str], bool] | None) -> str:
    """A host hyphenated at a line end ("www.the-" / "diplomat.com"): the hyphen stays
    unless only the host without it is known (to the caller, else to the Public Suffix List)."""
    host_kept, host_dropped = _host_of(_trim(kept)), _host_of(_trim(dropped))
    if known_host is not None:
        if known_host(host_kept):
            return kept
        if known_host(host_dropped):
            return dropped
    if registered_domain(host_kept) is None and registered_domain(host_dropped) is not None:
        return dropped
    return kept
