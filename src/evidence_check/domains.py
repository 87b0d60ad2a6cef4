"""Registered domains (bbc.co.uk for news.bbc.co.uk), offline, on demand.

Only unlisted hosts need one, and only when a row is printed. The rules are
tldextract's bundled Public Suffix List snapshot (ICANN section, as
tldextract uses by default; never fetched, never written by tldextract). They
are read once through tldextract and kept as three sets in the user cache, so
later runs walk a host's labels against the sets without importing
tldextract (which costs ~100 ms). Tests hold this walk equal to tldextract.
"""

from __future__ import annotations

import os
import pickle
from functools import lru_cache
from importlib.util import find_spec

_rules: tuple[frozenset, frozenset, frozenset] | None = None


def _ascii(rule: str) -> str:
    """A suffix rule with its labels as hosts carry them (punycode), as ada writes them."""
    return ".".join(label if label.isascii() else "xn--" + label.encode("punycode").decode("ascii")
                    for label in rule.split("."))


def _from_tldextract() -> tuple[frozenset, frozenset, frozenset]:
    import tldextract

    extractor = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)._get_tld_extractor()
    exact, wildcard, exception = set(), set(), set()
    for rule in extractor.public_tlds:
        rule = _ascii(rule.lower())
        if rule.startswith("!"):
            exception.add(rule[1:])
        elif rule.startswith("*."):
            wildcard.add(rule[2:])
        else:
            exact.add(rule)
    return frozenset(exact), frozenset(wildcard), frozenset(exception)


def _snapshot_stamp() -> str | None:
    spec = find_spec("tldextract")  # locates the package without importing it
    if spec is None or not spec.submodule_search_locations:
        return None
    path = os.path.join(list(spec.submodule_search_locations)[0], ".tld_set_snapshot")
    try:
        st = os.stat(path)
    except OSError:
        return None
    return f"{path}:{st.st_size}:{st.st_mtime_ns}"


def rules() -> tuple[frozenset, frozenset, frozenset]:
    """(exact suffixes, parents of wildcard rules, exception rules), from the cache or tldextract."""
    global _rules
    if _rules is not None:
        return _rules
    stamp = _snapshot_stamp()
    use_cache = stamp is not None and not os.environ.get("EVIDENCE_CHECK_NO_CACHE")
    if use_cache:
        from .cachedir import open_trusted

        try:
            handle = open_trusted("public-suffixes.pickle")  # only this user's own file: see cachedir
            if handle is not None:
                with handle:
                    saved_stamp, saved = pickle.load(handle)
                if saved_stamp == stamp:
                    _rules = saved
                    return _rules
        except Exception:  # missing or stale: rebuilt below
            pass
    _rules = _from_tldextract()
    if use_cache:
        from .cachedir import write_private

        write_private("public-suffixes.pickle",
                      lambda handle: pickle.dump((stamp, _rules), handle, protocol=pickle.HIGHEST_PROTOCOL))
    return _rules


@lru_cache(maxsize=16384)
def registered_domain(host: str) -> str | None:
    """The public suffix plus one label, or None when the host is itself a suffix (or has none)."""
    exact, wildcard, exception = rules()
    labels = host.lower().rstrip(".").split(".")
    count = len(labels)
    start = 0  # no rule matched: like tldextract, name no registered domain
    for i in range(count):
        candidate = ".".join(labels[i:])
        if candidate in exception:
            start = i + 1
            break
        if candidate in exact or (i + 1 < count and ".".join(labels[i + 1:]) in wildcard):
            start = i
            break
    if start <= 0:
        return None
    return ".".join(labels[start - 1:])
