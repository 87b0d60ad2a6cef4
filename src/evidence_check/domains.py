"""Registered domains (bbc.co.uk for news.bbc.co.uk), offline, on demand.

Only unlisted hosts need one, and only when a row is printed: it is worked out
when asked for, once per host, from tldextract's bundled Public Suffix List
(no suffix_list_urls, no cache_dir: it never fetches and never writes).
"""

from __future__ import annotations

from functools import lru_cache

_extractor = None


@lru_cache(maxsize=16384)
def registered_domain(host: str) -> str | None:
    global _extractor
    if _extractor is None:
        import tldextract  # imported on first need: it costs ~100 ms

        _extractor = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    return _extractor.extract_str(host).top_domain_under_public_suffix or None
