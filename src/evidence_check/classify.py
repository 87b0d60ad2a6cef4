"""Classify a Source: which publisher, which category, which owner state.

Pure: the result depends only on the Source and the loaded Ruleset. No I/O,
no network (tldextract runs on its bundled suffix list only).
"""

from __future__ import annotations

import re

from .model import UNLISTED, Classification, Publisher, Source
from .ruleset import Ruleset
from .unsymbols import match_symbol
from .urls import trim

_IPV4 = re.compile(r"^\d+\.\d+\.\d+\.\d+$")
_LEADING_ARTICLE = re.compile(r"^the\s+", re.IGNORECASE)

class Classifier:
    """Classifies sources against one ruleset, memoising per host."""

    def __init__(self, ruleset: Ruleset, cache_size: int = 16384):
        self.ruleset = ruleset
        self._hosts: dict[str, tuple] = {}
        self._cache_size = cache_size

    def __call__(self, source: Source) -> Classification:
        if source.kind == "invalid":
            return Classification(source, category="invalid")
        if source.kind == "url":
            return self._url(source)
        return self._name(source, trim(source.input))

    def _publisher(self, source: Source, publisher: Publisher, matched_by: str,
                   detail: str | None = None) -> Classification:
        return Classification(source, publisher.category, publisher, publisher.owner, matched_by,
                              detail or publisher.demoted)

    def _url(self, source: Source) -> Classification:
        host = source.host or ""
        cached = self._hosts.get(host)
        if cached is None:
            cached = self._host(host)
            if cached[0] is not None:  # unknown hosts are cheap to redo and would crowd the cache out
                if len(self._hosts) >= self._cache_size:
                    self._hosts.clear()
                self._hosts[host] = cached
        found, path_dependent, matched_by = cached
        if path_dependent:
            found = self.ruleset.index.by_host(host, source.path)
            matched_by = f"domain {found[1]}" if found is not None else None
        if found is not None:
            return self._publisher(source, found[0], matched_by)
        if source.bare:
            by_name = self._name(source, trim(source.input))
            if by_name.publisher is not None or by_name.detail:
                return by_name
        return Classification(source, UNLISTED, matched_by=matched_by)

    def _host(self, host: str) -> tuple:
        """What a host alone says: (match, path-dependent?, matched_by)."""
        if host.startswith("[") or _IPV4.match(host):
            return None, False, "IP address: no publisher can be named"
        index = self.ruleset.index
        found = index.by_host(host)
        return found, index.has_paths(host), f"domain {found[1]}" if found is not None else None

    def _name(self, source: Source, text: str) -> Classification:
        index = self.ruleset.index
        publisher = index.by_name(text) or index.by_name(_LEADING_ARTICLE.sub("", text))
        if publisher is not None:
            return self._publisher(source, publisher, "publisher name")
        symbol = match_symbol(text)
        if symbol is not None:
            un = index.get("un")
            organ = f"UN document symbol of the {symbol}"
            if un is not None:
                return self._publisher(source, un, "UN document symbol", organ)
            return Classification(source, "un", matched_by="UN document symbol", detail=organ)
        return Classification(source, UNLISTED)
