"""Wrapper URLs: links that only carry another link inside them.

A delegate's copy-paste often brings a Google redirect, an AMP cache page, a
Wayback Machine snapshot or an Outlook "safe link" rather than the source.
The source is the inner URL; it is recovered offline, from the URL alone.

Written by hand rather than with `ural.infer_redirection`: ural costs ~160 ms
to import and misses Wayback and Google AMP forms; the table below is the
whole mechanism. Each form is tested from its real shape (tests/test_unwrap.py):

    web.archive.org/web/<timestamp>[im_|id_...]/<url>, /web/*/<url>, /web/<url>
    webarchive.nationalarchives.gov.uk/[ukgwa/]<timestamp>/<url>, wayback.archive-it.org/<n>/<ts>/<url>
    archive.today (.ph .is .li .vn .md .fo): /<timestamp>/<url>, /newest/<url>, /oldest/<url>, /<url>
        (a short id, archive.ph/AbCd1, names no URL: left alone)
    webcitation.org/<id>?url=<url>           (the id alone names no URL: left alone)
    google.*/url?q=, google.*/amp/s/...      *.cdn.ampproject.org/c/s/...
    <host-with-dashes>.translate.goog/...    translate.google.*/translate?u=
    webcache.googleusercontent.com/search?q=cache:[<id>:]<url>
    news.google.com/[rss/]articles/CBMi<base64url>   (the older ids carry the URL; newer ones are
        encrypted and name no URL: left alone)
    bing.com/ck/a?u=a1<base64url>            duckduckgo.com/l/?uddg=
    r.search.yahoo.com/.../RU=<url>/RK=...   linkedin.com/redir/redirect?url=
    *.safelinks.protection.outlook.com/?url= (and office365.us), Teams' atp-safelinks.html?url=
    urldefense.proofpoint.com/v1|v2/url?u=   urldefense.com/v3/__<url>__;<base64>!!...
    facebook, instagram, messenger, youtube, reddit and tumblr link shims

`unwrap` never raises: a wrapper it cannot read is not a wrapper (None).
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, unquote

# The patterns are compiled on first use (a few ms of start-up otherwise): the wrapper forms'
# when a host passes the pre-check below (_compile_wrappers), the pasted-URL ones when a
# citation holds "&" or "%" (_compile_pasted). base64 and html are imported where they are used.
_WRAPPERS_READY = False
_WAYBACK_HOSTS = {"web.archive.org", "wayback.archive.org", "archive.org"}
_ARCHIVE_TODAY_HOSTS = frozenset(
    prefix + "archive." + tld for prefix in ("", "www.") for tld in ("today", "ph", "is", "li", "vn", "md", "fo"))
_TRANSLATE_GOOG = ".translate.goog"


def _compile_wrappers() -> None:
    global _WRAPPERS_READY, _WAYBACK_PATH, _WAYBACK_LATEST, _UKGWA, _ARCHIVE_IT, _ARCHIVE_TODAY_PATH, _ONE_SLASH
    global _GOOGLE_HOST, _GOOGLE_TRANSLATE_HOST, _TRANSLATE_LABEL, _CACHE_ID, _AMP_PATH, _YAHOO_RU, _TEAMS_PATH
    global _PROOFPOINT_V3, _PROOFPOINT_TOKEN, _ARCHIVE_TODAY_BARE
    _WAYBACK_PATH = re.compile(r"^/web/(?:\d{1,14}\*?|\*)[a-z_]*/(.+)$")
    _WAYBACK_LATEST = re.compile(r"^/web/(https?:/.+)$", re.I)  # no timestamp: the latest snapshot
    _UKGWA = re.compile(r"^/(?:ukgwa/)?\d{8,14}[a-z_]*/(https?:/.+)$", re.I)
    _ARCHIVE_IT = re.compile(r"^/(?:all|\d+)/\d{8,14}[a-z_]*/(https?:/.+)$", re.I)
    _ARCHIVE_TODAY_PATH = re.compile(
        r"^/(?:(?:\d{4,14}|\d{4}\.\d\d\.\d\d-\d{6}|newest|oldest|o/[A-Za-z0-9]{4,8})/)?(https?:/.+)$", re.I)
    # "archive.is/20120530023218/www.cyprus.gov.cy/...": a snapshot of a URL written without its scheme
    _ARCHIVE_TODAY_BARE = re.compile(
        r"^/(?:\d{8,14}|\d{4}\.\d\d\.\d\d-\d{6}|newest|oldest)/((?:[a-z0-9-]+\.)+[a-z]{2,}(?::\d+)?(?:/.*)?)$", re.I)
    _ONE_SLASH = re.compile(r"^(https?):/(?!/)", re.I)
    _GOOGLE_HOST = re.compile(r"^(?:www\.)?google\.(?:com|[a-z]{2,3}|co\.[a-z]{2}|com\.[a-z]{2})$")
    _GOOGLE_TRANSLATE_HOST = re.compile(r"^translate\.google\.(?:com|[a-z]{2,3}|co\.[a-z]{2}|com\.[a-z]{2})$")
    _TRANSLATE_LABEL = re.compile(r"^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$")
    _CACHE_ID = re.compile(r"^([A-Za-z0-9_-]{1,40}):(?!//)")
    _AMP_PATH = re.compile(r"^/[cvi]/(s/)?(.+)$")
    _YAHOO_RU = re.compile(r"/RU=([^/]+)(?:/|$)")
    _TEAMS_PATH = re.compile(r"^/evergreen-assets/safelinks/\d+/atp-safelinks\.html$")
    _PROOFPOINT_V3 = re.compile(r"^/v3/__(?P<url>.+?)__;(?P<bytes>[A-Za-z0-9_-]*)!")
    _PROOFPOINT_TOKEN = re.compile(r"\*(\*.)?")
    _WRAPPERS_READY = True


_RUNS = {c: n for n, c in enumerate(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", start=2)}
# The pre-check: a host that ends with none of these (and names no Google site) is no wrapper.
_MAYBE = (
    "archive.org", "archive-it.org", "nationalarchives.gov.uk", "ampproject.org", "translate.goog",
    "googleusercontent.com", "outlook.com", "office365.us", "office.net", "facebook.com", "instagram.com",
    "messenger.com", "youtube.com", "reddit.com", "umblr.com", "bing.com", "duckduckgo.com", "yahoo.com",
    "linkedin.com", "proofpoint.com", "urldefense.com", "webcitation.org", "archive.today", "archive.ph",
    "news.google.com",
    "archive.is", "archive.li", "archive.vn", "archive.md", "archive.fo",
)
_QUERY_WRAPPERS = {
    "l.facebook.com": ("/l.php", "u"),
    "lm.facebook.com": ("/l.php", "u"),
    "m.facebook.com": ("/l.php", "u"),
    "l.instagram.com": ("/", "u"),
    "l.messenger.com": ("/l.php", "u"),
    "www.youtube.com": ("/redirect", "q"),
    "out.reddit.com": (None, "url"),
    "t.umblr.com": ("/redirect", "z"),
    "duckduckgo.com": ("/l/", "uddg"),
    "www.duckduckgo.com": ("/l/", "uddg"),
    "html.duckduckgo.com": ("/l/", "uddg"),
    "linkedin.com": ("/redir/redirect", "url"),
    "www.linkedin.com": ("/redir/redirect", "url"),
    "translate.googleusercontent.com": ("/translate_c", "u"),
    "urldefense.proofpoint.com": ("/v1/url", "u"),
    "webcitation.org": (None, "url"),
    "www.webcitation.org": (None, "url"),
}


def _param(search: str, *names: str) -> str | None:
    params = parse_qs(search.lstrip("?"), keep_blank_values=False)
    for name in names:
        values = params.get(name)
        if values and values[0].strip():
            return values[0].strip()
    return None


def unwrap(host: str, path: str, search: str) -> str | None:
    """Return the URL a wrapper URL points to, or None if it is not a wrapper.

    host, path and search are a parsed URL's (lower-case host, path from "/",
    search with its "?" or empty). The answer is text for the URL parser, not
    yet checked; it may be a wrapper itself (the caller unwraps again, a few times).
    """
    if not host.endswith(_MAYBE) and "google" not in host:
        return None  # the common case, decided by one scan of the host's end
    try:
        return _unwrap(host, path, search)
    except (ValueError, IndexError, KeyError):  # pragma: no cover - each decoder checks its input
        return None


def _unwrap(host: str, path: str, search: str) -> str | None:
    if not _WRAPPERS_READY:
        _compile_wrappers()
    if host in _WAYBACK_HOSTS:
        match = _WAYBACK_PATH.match(path) or _WAYBACK_LATEST.match(path)
        return _one_slash(match.group(1)) + search if match else None
    if host == "webarchive.nationalarchives.gov.uk" or host == "wayback.archive-it.org":
        match = (_UKGWA if host.startswith("webarchive.") else _ARCHIVE_IT).match(path)
        return _one_slash(match.group(1)) + search if match else None
    if host in _ARCHIVE_TODAY_HOSTS:
        match = _ARCHIVE_TODAY_PATH.match(path)
        if match:
            return _one_slash(match.group(1)) + search
        bare = _ARCHIVE_TODAY_BARE.match(path)
        return "http://" + bare.group(1) + search if bare else None
    if host == "news.google.com":
        return _google_news(path)
    if _GOOGLE_HOST.match(host):
        if path == "/url":
            return _param(search, "q", "url")
        if path.startswith("/amp/"):
            rest = unquote(path[len("/amp/"):])
            return ("https://" + rest[2:]) if rest.startswith("s/") else rest
        return None
    if host.endswith(_TRANSLATE_GOOG):
        return _translate_goog(host[:-len(_TRANSLATE_GOOG)], path, search)
    if _GOOGLE_TRANSLATE_HOST.match(host):
        return _param(search, "u") if path == "/translate" else None
    if host == "webcache.googleusercontent.com":
        return _google_cache(search) if path == "/search" else None
    if host.endswith(".cdn.ampproject.org"):
        match = _AMP_PATH.match(path)
        if match:
            return ("https://" if match.group(1) else "http://") + match.group(2) + search
        return None
    if host.endswith((".safelinks.protection.outlook.com", ".safelinks.protection.office365.us")):
        return _param(search, "url")
    if host == "statics.teams.cdn.office.net":
        return _param(search, "url") if _TEAMS_PATH.match(path) else None
    if host == "www.bing.com" or host == "bing.com":
        return _bing(search) if path == "/ck/a" else None
    if host == "r.search.yahoo.com":
        match = _YAHOO_RU.search(path)
        return unquote(match.group(1)) if match else None
    if host == "urldefense.proofpoint.com" and path == "/v2/url":
        return _proofpoint_v2(search)
    if host == "urldefense.com":
        return _proofpoint_v3(path + search)
    rule = _QUERY_WRAPPERS.get(host)
    if rule:
        wanted_path, name = rule
        if wanted_path is None or path == wanted_path or (wanted_path.endswith("/") and path == wanted_path[:-1]):
            return _param(search, name)
    return None


def _one_slash(inner: str) -> str:
    """Archives accept "https:/host" with one slash (a browser or a copy-paste ate one)."""
    return _ONE_SLASH.sub(r"\1://", inner)


def _translate_goog(label: str, path: str, search: str) -> str | None:
    """www-example-com.translate.goog/p?_x_tr_sl=fr -> https://www.example.com/p.

    Google's proxy writes the host in one label: "-" for ".", "--" for "-".
    """
    if "." in label or not _TRANSLATE_LABEL.match(label):
        return None
    host = re.sub(r"--|-", lambda m: "-" if len(m.group()) == 2 else ".", label)
    if "." not in host or host.startswith(".") or host.endswith(".") or ".." in host:
        return None
    kept, scheme = [], "https"
    for pair in search.lstrip("?").split("&"):
        if pair.startswith("_x_tr_sch="):
            scheme = "http" if pair[len("_x_tr_sch="):].lower() == "http" else "https"
        elif pair and not pair.startswith("_x_tr_"):
            kept.append(pair)
    return f"{scheme}://{host}{path}" + ("?" + "&".join(kept) if kept else "")


def _google_cache(search: str) -> str | None:
    """q=cache:<id>:<url> (or cache:<url>), often followed by "+search words"."""
    query = _param(search, "q")
    if not query or not query[:6].lower() == "cache:":
        return None
    rest = query[6:].strip()
    match = _CACHE_ID.match(rest)
    if match and match.group(1).lower() not in ("http", "https"):
        rest = rest[match.end():]
    rest = rest.split(None, 1)[0] if rest.strip() else ""
    return rest or None


def _b64url(text: str) -> bytes | None:
    """base64url written without its padding, decoded; None when it is not base64url."""
    import binascii
    from base64 import urlsafe_b64decode

    try:
        return urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError):
        return None


def _b64url_text(text: str) -> str | None:
    """The same, read as UTF-8 text; None when it is not."""
    data = _b64url(text)
    try:
        return data.decode("utf-8") if data is not None else None
    except UnicodeDecodeError:
        return None


def _google_news(path: str) -> str | None:
    """/articles/<id> or /rss/articles/<id>: an older id is base64url of a small protobuf message
    whose first text field (tag 0x22, after 0x08 0x13) is the article's URL."""
    for prefix in ("/articles/", "/rss/articles/"):
        if path.startswith(prefix):
            token = path[len(prefix):].split("/", 1)[0]
            break
    else:
        return None
    if not token.startswith("CBMi") or len(token) > 4000:
        return None
    data = _b64url(token)
    if data is None or data[:3] != b"\x08\x13\x22":
        return None
    length, shift, position = 0, 0, 3
    while position < len(data) and shift <= 21:  # a varint: the field's length
        byte = data[position]
        length |= (byte & 0x7F) << shift
        position += 1
        shift += 7
        if not byte & 0x80:
            break
    url = data[position:position + length]
    if len(url) != length or not url.startswith((b"http://", b"https://")):
        return None
    try:
        text = url.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return text if text.isprintable() else None


def _bing(search: str) -> str | None:
    """u=a1<base64url of the URL, without padding>."""
    value = _param(search, "u")
    if not value or not value.startswith("a1") or len(value) < 6:
        return None
    decoded = _b64url_text(value[2:])
    return decoded if decoded is not None and decoded.isprintable() else None


def _proofpoint_v2(search: str) -> str | None:
    """u=<the URL with "-" for "%" and "_" for "/">, then percent-decoded."""
    value = _param(search, "u")
    if not value:
        return None
    return unquote(value.translate(str.maketrans("-_", "%/")))


def _proofpoint_v3(rest: str) -> str | None:
    """/v3/__<url>__;<base64url>!!...: each "*" in the URL is the next character of the
    decoded base64 run, and "**X" the next 2..65 characters (X: A=2 ... _=65)."""
    match = _PROOFPOINT_V3.match(rest)
    if not match:
        return None
    url = unquote(_one_slash(match.group("url")))
    characters = _b64url_text(match.group("bytes"))
    if characters is None:
        return None
    out, marker, position = [], 0, 0
    for token in _PROOFPOINT_TOKEN.finditer(url):
        out.append(url[position:token.start()])
        count = 1 if token.group(1) is None else _RUNS.get(token.group(1)[1])
        if count is None or marker + count > len(characters):
            return None  # a placeholder with nothing to fill it: not a v3 URL we can read
        out.append(characters[marker:marker + count])
        marker += count
        position = token.end()
    out.append(url[position:])
    return "".join(out)


# ---- whole URLs pasted encoded -------------------------------------------------------------

# The named entities a URL can hold (HTML's names, case as HTML spells them): "&af;" or "&pi;"
# in a query are far more likely its own text than an escape.
_NAMES = ("amp AMP quot QUOT lt LT gt GT apos sol colon quest equals num percnt period comma semi commat "
          "plus lowbar excl dollar ast lpar rpar lsqb rsqb lbrack rbrack nbsp").split()
_MAX_ROUNDS = 8
_PASTED_READY = False


def _compile_pasted() -> None:
    global _PASTED_READY, _ENCODED_SCHEME, _PERCENT_RUN, _ENTITY, _AMPS, _LAST_ENTITY, _AUTHORITY
    global _WRITTEN_AUTHORITY, _UNSAFE
    _ENCODED_SCHEME = re.compile(r"https?%3a%2f%2f", re.I)
    _PERCENT_RUN = re.compile(r"(?:%[0-9A-Fa-f]{2})+")
    _ENTITY = re.compile(r"&(?:#[0-9]{1,8}|#[xX][0-9A-Fa-f]{1,8}|(?:" + "|".join(_NAMES) + "));")
    _AMPS = re.compile(r"&(?:amp;)+")
    _LAST_ENTITY = re.compile(r"&(?:(#[0-9]{1,8}|#[xX][0-9A-Fa-f]{1,8})|amp|quot|lt|gt)$")
    _AUTHORITY = re.compile(r"(?:[A-Za-z][A-Za-z0-9+.\-]*:)?/*([^/?#\\]*)")
    _WRITTEN_AUTHORITY = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*://([^/?#\\]*)")
    _UNSAFE = re.compile(r"[\x00-\x20\x7f-\xa0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]")
    _PASTED_READY = True


def decode_pasted(text: str) -> str:
    """A whole URL pasted percent-encoded (http%3A%2F%2F...) or with HTML entities (&amp;), decoded.

    Percent-encoding is undone once, and only when the text starts with an encoded
    scheme. Entities are undone until none is left (pages double-escape: "&amp;amp;"):
    numeric ones (`&#x2F;`, `&#47;`) and the names a URL can hold (`&amp;`, `&quot;`,
    `&sol;`...), each with its ";" (only at the very end may it be missing: trimming
    prose took it), never in a host. Characters a URL cannot hold raw (spaces,
    controls) come out percent-encoded. Any other text comes back unchanged; this
    never raises, and costs one `in` test for text without "&" or "%".
    """
    if not _PASTED_READY:
        if "&" not in text and "%" not in text:
            return text
        _compile_pasted()
    if "&" in text:
        text = _entities(text)
    if "%" in text and _ENCODED_SCHEME.match(text):
        text = _PERCENT_RUN.sub(_utf8_run, text)
        if "&" in text:
            text = _entities(text)
    return text


def _entities(text: str) -> str:
    given = text
    end = _LAST_ENTITY.search(text)  # its ";" taken as prose and trimmed: "...&#47;" -> "...&#47"
    if end and (end.group(1) or _ENTITY.search(text)):
        text = text[:end.start()] + _entity_text(end.group() + ";")
    elif ";" not in text or not _ENTITY.search(text):
        return text
    text = _AMPS.sub("&", text)  # "&amp;amp;lt;" is "&lt;" escaped twice
    for _ in range(_MAX_ROUNDS):
        decoded = _ENTITY.sub(_entity, text)
        if decoded == text:
            break
        text = decoded
    # "&" in a host: not a pasted URL but a made-up one, and the URL parser (lower case,
    # punycode, percent-decoding) could make a new "&amp;" of it that a second reading decodes
    written = _WRITTEN_AUTHORITY.match(given)
    if "&" in (written or _AUTHORITY.match(text)).group(1):
        return given
    return text


def _utf8_run(match: re.Match) -> str:
    decoded = bytes.fromhex(match.group().replace("%", "")).decode("utf-8", "surrogateescape")
    if not decoded.isascii():
        # bytes that are not UTF-8 stay encoded, as a browser would send them
        decoded = "".join(f"%{ord(c) - 0xDC00:02X}" if "\udc80" <= c <= "\udcff" else c for c in decoded)
    return _UNSAFE.sub(_percent, decoded)


def _entity(match: re.Match) -> str:
    return _entity_text(match.group())


def _entity_text(entity: str) -> str:
    from html import unescape
    from html.entities import html5

    if entity[1] == "#":
        decoded = unescape(entity)  # numeric: HTML's rules (a bad code point gives U+FFFD)
    else:
        decoded = html5.get(entity[1:], entity) if entity[1:-1] in _NAMES else entity
    return _UNSAFE.sub(_percent, decoded)


def _percent(match: re.Match) -> str:
    return "".join(f"%{byte:02X}" for byte in match.group().encode("utf-8"))
