"""Classify a Source: which publisher, which category, which owner state.

Pure: the result depends only on the Source and the loaded Ruleset. No I/O,
no network (tldextract runs on its bundled suffix list only).
"""

from __future__ import annotations

import re
from collections import Counter

from .domains import registered_domain, rules as suffix_rules
from .lookalikes import skeleton
from .mastheads import MAY_BE_NEWS, masthead_site
from .model import UNLISTED, Classification, Publisher, Source
from .names import fold
from .ruleset.model import Ruleset
from .unsymbols import match_symbol
from .urls import trim

_IPV4 = re.compile(r"^\d+\.\d+\.\d+\.\d+$")
_LEADING_ARTICLE = re.compile(r"^the\s+", re.IGNORECASE)
_GOVERNMENT = "government"
_UN_INT = frozenset({"un.int", "www.un.int"})

class Classifier:
    """Classifies sources against one ruleset, memoising per host."""

    def __init__(self, ruleset: Ruleset, cache_size: int = 16384):
        self.ruleset = ruleset
        self._hosts: dict[str, tuple] = {}
        self._cache_size = cache_size
        self._recogniser = None
        self._press: str | None = None
        self._sites: dict[str, str | None] = {}
        self._missions: dict[str, str] | None = None

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
        if host in _UN_INT:
            mission = self._un_int(source)
            if mission is not None:
                return mission
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
        if source.span is not None and matched_by is None:
            # "Office of the High Commissioner for Refugees in Bosnia and Herzegovina,
            # http://www.unhcr.ba": a site the rules do not list says nothing; the words around
            # it still name the publisher
            rest = source.input[:source.span[0]] + " " + source.input[source.span[1]:]
            found = self.recogniser.find(rest) if len(trim(rest)) > 2 else None
            if found is not None:
                by_text = self._free_text(source, rest)
                if by_text.category != UNLISTED:
                    by_text.matched_by = f"{by_text.matched_by} (the site {host} is not in the rules' lists)"
                    return by_text
        if matched_by is None and "xn--" in host:
            imitated = skeleton(host)
            listed = self.ruleset.index.by_host(imitated) if imitated else None
            if listed is not None:  # "un.оrg": Cyrillic letters imitating a listed host
                return Classification(source, UNLISTED, matched_by=f"look-alike of {imitated}",
                                      detail=f"look-alike of {imitated} ({listed[0].name}): letters of another "
                                             "script imitate it; it is not that publisher")
        if matched_by is None and not source.bare:
            site = self._news_site(host)
            if site is not None:
                return Classification(source, self.press_category, matched_by=f"site name {site}",
                                      detail="not in the rules' lists: the site's name reads as a news site's")
        return Classification(source, UNLISTED, matched_by=matched_by)

    def plain_host(self, host: str) -> tuple[str | None, str | None] | None:
        """For the bulk path (`run.FastRows`): how a plain URL of this host is classified when its
        path says nothing, as (matched_by, the row's `domain`), or None when the path or more
        may matter (a path rule under the host, un.int's missions, a look-alike host).

        The host is as `urls.parse` gives it (lower case, no trailing dot). A listed host's
        answer comes from the memo `_url` keeps too; an unknown host's from one walk over its
        labels (the entry, path rules, the last-resort list and the registered domain at once),
        never memoised: bulk input is mostly one-off unknown hosts, which would crowd it out."""
        if host in _UN_INT or "xn--" in host or _IPV4.match(host):
            return None
        cached = self._hosts.get(host)
        if cached is not None:
            found, path_dependent, matched_by = cached
            return None if path_dependent else (matched_by, found[1])
        found, path_dependent, domain = walk(self.ruleset.index, host)
        if path_dependent:
            return None
        if found is not None:
            matched_by = f"domain {found[1]}"
            if len(self._hosts) >= self._cache_size:
                self._hosts.clear()
            self._hosts[host] = (found, False, matched_by)
            return matched_by, found[1]
        site = self._news_site(host)
        if site is not None:
            return f"site name {site}", None
        return None, domain

    def _news_site(self, host: str) -> str | None:
        """The registered site of an unlisted host named like a newspaper ("news24.jp",
        "dailystaregypt.com"), or None; remembered, as bulk input repeats unknown hosts."""
        if MAY_BE_NEWS.search(host) is None:
            return None  # most unknown hosts: no masthead word anywhere in them
        known = self._sites.get(host, False)
        if known is not False:
            return known
        site = registered_domain(host)
        found = site if site and masthead_site(site.split(".", 1)[0]) else None
        if len(self._sites) >= self._cache_size:
            self._sites.clear()
        self._sites[host] = found
        return found

    def _un_int(self, source: Source) -> Classification | None:
        """www.un.int/<country>/...: the UN hosts the permanent missions' own sites there, so the
        country in the path owns the page, not the UN ("un.int/kenya/statements", and the files
        under "sites/www.un.int/files/<Country>/")."""
        parts = [part for part in source.path.split("/") if part]
        if parts[:3] == ["sites", "www.un.int", "files"]:
            parts = parts[3:]
        if not parts:
            return None
        if self._missions is None:
            keys: dict[str, str] = {}
            for country in self.ruleset.countries:
                for name in (country.name, country.common, *country.aliases):
                    keys.setdefault(fold(name).replace(" ", ""), country.alpha3)
            self._missions = keys
        owner = self._missions.get(fold(parts[0].replace("-", " ").replace("_", " ")).replace(" ", ""))
        if owner is None:
            return None
        category = _GOVERNMENT if _GOVERNMENT in self.ruleset.categories else UNLISTED
        return Classification(source, category, owner=owner,
                              matched_by=f"un.int/{parts[0]}: a permanent mission's pages, which the UN hosts")

    def _host(self, host: str) -> tuple:
        """What a host alone says: (match, path-dependent?, matched_by)."""
        if host.startswith("[") or _IPV4.match(host):
            return None, False, "IP address: no publisher can be named"
        # one walk: the host's entry, whether a path entry lies under it, else a last-resort list
        # entry (GDELT's news sources, said so in the note)
        found, path_dependent = self.ruleset.index.lookup(host)
        return found, path_dependent, f"domain {found[1]}" if found is not None else None

    def _name(self, source: Source, text: str) -> Classification:
        index = self.ruleset.index
        publisher = None
        if len(text) <= 200:  # no registry name is longer: a long line is read as free text
            publisher = index.by_name(text) or index.by_name(_LEADING_ARTICLE.sub("", text))
        if publisher is None and 4 < len(text) <= 40 and " " not in text and source.kind != "url":
            number = self.recogniser.unspaced(text)
            if number is not None:
                publisher = index.publishers[number]
        if publisher is not None:
            return self._publisher(source, publisher, "publisher name")
        symbol = match_symbol(text)
        if symbol is not None:
            return self._symbol(source, f"UN document symbol of the {symbol}", "UN document symbol")
        if len(text) > 2 and source.kind != "url":
            return self._free_text(source, text)
        return Classification(source, UNLISTED)

    def _symbol(self, source: Source, organ: str, matched_by: str, found=None) -> Classification:
        un = self.ruleset.index.get("un")
        if un is not None:
            result = self._publisher(source, un, matched_by, organ)
        else:
            result = Classification(source, "un", matched_by=matched_by, detail=organ)
        if found is not None:
            result.matched_text, result.span = found.text, (found.start, found.end)
        return result

    @property
    def recogniser(self):
        if self._recogniser is None:
            from .recognise import Recogniser

            self._recogniser = Recogniser(self.ruleset.index, self.ruleset.countries)
        return self._recogniser

    @property
    def press_category(self) -> str:
        """The category this ruleset gives newspapers (the one most of its `newspapers` group
        are in): a newspaper known only by its masthead words is judged as they are."""
        if self._press is None:
            counts = Counter(p.category for p in self.ruleset.index.publishers if p.group == "newspapers")
            self._press = counts.most_common(1)[0][0] if counts else UNLISTED
        return self._press

    def source_in(self, text: str) -> str | None:
        """The words of a free-text entry that name its source (a registry name, a government
        body, a UN document), as `check` would read the same text; None when nothing does.
        Papers use it, so a bibliography line names the same publisher in `check` and `--from`."""
        index = self.ruleset.index
        stripped = trim(text)
        if index.by_name(stripped) is not None or match_symbol(stripped):
            return stripped
        found = self.recogniser.find(text)
        return found.text if found is not None else None

    def _free_text(self, source: Source, text: str) -> Classification:
        """A line that is not a bare name: read it as a citation (see `recognise`)."""
        found = self.recogniser.find(source.input)
        if found is None:
            suggestion = self.recogniser.suggest(text) if len(text) <= 80 else None
            return Classification(source, UNLISTED, suggestion=suggestion)
        span = (found.start, found.end)
        if found.kind == "symbol":
            organ = found.organ
            what = "UN document symbol" if "/" in found.text and found.text[:1].isupper() else "UN document"
            return self._symbol(source, f"{what} of the {organ}", f"{what} in text", found)
        if found.kind == "name":
            publisher = self.ruleset.index.publishers[found.publisher]
            result = self._publisher(source, publisher, "publisher name in text")
            if len(text) <= 60 and len(found.text) < len(text) - 3 and _runs_on(source.input, found):
                # "Xinhua New Agency", "Xinhua News": a near miss of a longer name is not that
                # name, nor the shorter one inside it; suggest and let the chair decide
                # ("BBC News" is one letter from "ABC News" but names the BBC: only a near miss of
                # the same publisher's longer name counts)
                suggestion = self.recogniser.suggest(text)
                if suggestion is not None and suggestion == publisher.name:
                    return Classification(source, UNLISTED, suggestion=suggestion)
                if suggestion is not None and fold(found.text) in fold(suggestion):
                    result.suggestion = suggestion  # "United Nations Office on Drugs": the UN, and a hint
        elif found.kind == "press":
            suggestion = self.recogniser.suggest(text) if len(text) <= 60 else None
            if suggestion is not None:  # "Xinhua News": a near miss of a listed name, not any newspaper
                return Classification(source, UNLISTED, suggestion=suggestion)
            result = Classification(source, self.press_category, matched_by="newspaper named in text",
                                    detail="not in the rules' lists: the name reads as a newspaper's")
        else:
            category = _GOVERNMENT if _GOVERNMENT in self.ruleset.categories else UNLISTED
            result = Classification(source, category, owner=found.owner, matched_by="government body named in text")
            if found.owner is None:
                result.condition = "the body names no country: whose government it is must be confirmed"
        result.matched_text, result.span = found.text, span
        return result


def _runs_on(text: str, found) -> bool:
    """Whether words run on around a found name, as in a near miss of a longer name ("Xinhua New
    Agency"), rather than a name set off by punctuation ("Government of Slovenia, Republic of
    Slovenia")."""
    before, after = text[:found.start].rstrip(), text[found.end:].lstrip()
    ends = ",;:.()[]/\u2013\u2014-"
    return bool((after and after[0] not in ends) or (before and before[-1] not in ends))


def walk(index, host: str) -> tuple[tuple | None, bool, str | None]:
    """One walk up a host's labels: (the entry `Index.lookup` gives, whether a path rule lies
    under its suffixes, its registered domain as `domains.registered_domain` gives it; None
    for a listed host, whose rows name the entry's domain instead)."""
    hosts, paths, fallback = index.hosts, index.paths, index.fallback
    exact, wildcard, exception = suffix_rules()
    number = None
    matched = last_resort = registered = None
    path_dependent = False
    suffix_found = False
    previous = None
    suffix = host
    while True:
        if paths and suffix in paths:
            path_dependent = True
        if number is None:
            number = hosts.get(suffix)
            if number is not None:
                matched = suffix
            elif last_resort is None and fallback:
                resort = fallback.get(suffix)
                if resort is not None:
                    last_resort = (resort, suffix)
        dot = suffix.find(".")
        if not suffix_found and number is None:  # a listed host's row names the entry's domain
            if suffix in exception:
                suffix_found, registered = True, suffix
            elif suffix in exact or (dot >= 0 and suffix[dot + 1:] in wildcard):
                suffix_found, registered = True, previous
        if dot < 0:
            break
        previous = suffix
        suffix = suffix[dot + 1:]
    publishers = index.publishers
    if number is not None:
        return (publishers[number], matched), path_dependent, registered
    if last_resort is not None and not path_dependent:
        return (publishers[last_resort[0]], last_resort[1]), path_dependent, registered
    return None, path_dependent, registered
