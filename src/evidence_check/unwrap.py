"""Wrapper URLs: links that only carry another link inside them.

A delegate's copy-paste often brings a Google redirect, an AMP cache page, a
Wayback Machine snapshot or an Outlook "safe link" rather than the source.
The source is the inner URL; it is recovered offline, from the URL alone.

Written by hand rather than with `ural.infer_redirection`: ural costs ~160 ms
to import and misses Wayback and Google AMP forms; the table below is the
whole mechanism.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, unquote

_WAYBACK_HOSTS = {"web.archive.org", "wayback.archive.org", "archive.org"}
_WAYBACK_PATH = re.compile(r"^/web/\d{1,14}[a-z_]*/(.+)$")
_GOOGLE_HOST = re.compile(r"^(?:www\.)?google\.(?:com|[a-z]{2,3}|co\.[a-z]{2}|com\.[a-z]{2})$")
_AMP_PATH = re.compile(r"^/[cvi]/(s/)?(.+)$")
_MAYBE = re.compile(r"archive\.org$|google\.|ampproject\.org$|outlook\.com$|facebook\.com$|instagram\.com$|"
                    r"messenger\.com$|youtube\.com$|reddit\.com$|umblr\.com$")
_QUERY_WRAPPERS = {
    "l.facebook.com": ("/l.php", "u"),
    "lm.facebook.com": ("/l.php", "u"),
    "m.facebook.com": ("/l.php", "u"),
    "l.instagram.com": ("/", "u"),
    "l.messenger.com": ("/l.php", "u"),
    "www.youtube.com": ("/redirect", "q"),
    "out.reddit.com": (None, "url"),
    "t.umblr.com": ("/redirect", "z"),
}


def _param(search: str, *names: str) -> str | None:
    params = parse_qs(search.lstrip("?"), keep_blank_values=False)
    for name in names:
        values = params.get(name)
        if values and values[0].strip():
            return values[0].strip()
    return None


def unwrap(host: str, path: str, search: str) -> str | None:
    """Return the URL a wrapper URL points to, or None if it is not a wrapper."""
    if not _MAYBE.search(host):
        return None  # the common case, decided by one scan of the host
    if host in _WAYBACK_HOSTS:
        match = _WAYBACK_PATH.match(path)
        if match:
            inner = match.group(1)
            # the Wayback Machine accepts "https:/host" with one slash
            inner = re.sub(r"^(https?):/(?!/)", r"\1://", inner)
            return inner + search
        return None
    if _GOOGLE_HOST.match(host):
        if path == "/url":
            return _param(search, "q", "url")
        if path.startswith("/amp/"):
            rest = unquote(path[len("/amp/"):])
            return ("https://" + rest[2:]) if rest.startswith("s/") else rest
        return None
    if host.endswith(".cdn.ampproject.org"):
        match = _AMP_PATH.match(path)
        if match:
            return ("https://" if match.group(1) else "http://") + match.group(2) + search
        return None
    if host.endswith(".safelinks.protection.outlook.com"):
        return _param(search, "url")
    rule = _QUERY_WRAPPERS.get(host)
    if rule:
        wanted_path, name = rule
        if wanted_path is None or path == wanted_path:
            return _param(search, name)
    return None
