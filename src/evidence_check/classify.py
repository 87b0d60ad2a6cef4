"""Classify a Source: which publisher, which category, which owner state.

Pure: the result depends only on the Source and the loaded Ruleset. No I/O,
no network (tldextract runs on its bundled suffix list only).
"""

from __future__ import annotations

import re
from collections import Counter

from .domains import registered_domain, rules as suffix_rules
from .shorteners import DETAIL as SHORTENED, hosts as shortener_hosts, is_shortener
from .lookalikes import skeleton
from .mastheads import MAY_BE_NEWS, masthead_site
from .model import UNLISTED, Classification, Publisher, Source
from .names import fold
from .prose import TRAILING
from .ruleset.model import Ruleset
from .unsymbols import match_symbol
from .unwrap import unwrap
from .urls import SCHEME_AS_HOST, trim

# A copy of Wikipedia on another site: a host label "wikipedia" ("wikipedia.nucleos.com") or a Kiwix
# archive's path ("/wikipedia_en_all/"). Not a trusted class, so a name pattern is enough here.
_WIKIPEDIA_COPY = re.compile(r"(?:^|\.)wikipedia\.|/wikipedia_[a-z]{2,3}_")
# plain_match's answer for a host whose entry depends on the path (see path_match)
BY_PATH = ("by path", None)
_IPV4 = re.compile(r"^\d+\.\d+\.\d+\.\d+$")
_LEADING_ARTICLE = re.compile(r"^the\s+", re.IGNORECASE)
_GOVERNMENT = "government"
_UN_INT = frozenset({"un.int", "www.un.int"})

# A URL line the bulk paths may take (`plain_line`): http(s) or no scheme, a lower-case ASCII
# domain name whose last label starts with a letter, a path of characters the URL standard keeps
# as they are, no query, fragment, port, userinfo, percent sign, "&", space or quote (what
# `urls.parse` would decode, trim or hand to ada). Everything else goes the ordinary way.
_PLAIN_LINE = re.compile(r"(?:(https?)://)?((?:[a-z0-9-]+\.)+[a-z][a-z0-9-]*)(/[A-Za-z0-9\-._~!$'()*+,;=:@/]*)?")
_TRIMMED = frozenset(TRAILING)  # what `prose.trim` may take off the end of a line


def plain_line(text: str) -> tuple[str, str, str] | None:
    """(url, host, path) of a line `urls.parse` reads as a plain URL of its own (kind "url", not
    bare, not unwrapped, no span, the input as written), or None when it may read it otherwise:
    the bulk paths (`Checker.check`, `run.FastRows`) take such lines without parsing them."""
    match = _PLAIN_LINE.fullmatch(text)
    if match is None:
        return None
    scheme, host, path = match.groups()
    if scheme is None:
        if path is None or len(path) < 2:
            return None  # a bare "un.org" may name a publisher too
        scheme = "http"
    elif path is None:
        path = "/"
    if text[-1] in _TRIMMED or "/." in path or "/wikipedia_" in path or unwrap(host, path, ""):
        return None  # ("/wikipedia_": a copy of Wikipedia by its path, read the ordinary way)
    return f"{scheme}://{host}{path}", host, path


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
        self._table: dict[str, int] | None = None  # for plain_host: see `table`
        self._short: frozenset[str] | None = None  # for the bulk paths: general link shorteners' hosts
        self._mastheads: dict[str, str | None] = {}  # for plain_host: registered domain -> news site or None
        self._deepest: dict[str, tuple | None] = {}  # for plain_match: a table key -> what its hosts match

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
            if by_name.publisher is None and not by_name.detail and source.input.strip() != trim(source.input):
                by_name = self._name(source, source.input.strip())  # "U.N.": trimming took an initial's dot
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
        if matched_by is None and _WIKIPEDIA_COPY.search(f"{host}{source.path or ''}"):
            wikipedia = self.ruleset.index.by_host("wikipedia.org")
            if wikipedia is not None:  # "wikipedia.nucleos.com", Kiwix's ".../wikipedia_en_all/A/...": a copy
                return self._publisher(source, wikipedia[0], "a copy of Wikipedia (by its address)")
        if matched_by is None and is_shortener(host):
            return Classification(source, UNLISTED, matched_by="link shortener", advice=SHORTENED)
        if matched_by is None and not source.bare:
            site = self._news_site(host)
            if site is not None:
                return Classification(source, self.press_category, matched_by=f"site name {site}",
                                      detail="not in the rules' lists: the site's name reads as a news site's")
        return Classification(source, UNLISTED, matched_by=matched_by)

    def plain_host(self, host: str) -> tuple[str | None, str | None, str | None] | None:
        """For the bulk path (`run.FastRows`): how a plain URL of this host is classified when its
        path says nothing, as (the suffix of the entry that matched, `matched_by`, the row's
        `domain`), or None when the path or more may matter (a path rule under the host, un.int's
        missions, a look-alike host).

        The host is as `urls.parse` gives it (lower case, no trailing dot). One walk over its
        labels in the merged `table` answers (the entry, path rules, the last-resort list and the
        registered domain at once); nothing is memoised and no Publisher is made: bulk input
        is mostly one-off hosts, and the walk costs less than a memo would."""
        if _IPV4.match(host) or self._left_ordinary(host):
            return None
        number, matched, path_dependent, domain = walk(self._merged(), host)
        if path_dependent:
            return None
        if number is not None:
            return matched, "domain " + matched, matched
        if domain is not None and MAY_BE_NEWS.search(host) is not None:
            site = self._masthead(domain)
            if site is not None:
                return None, "site name " + site, None
        return None, None, domain

    def _left_ordinary(self, host: str) -> bool:
        """Hosts the bulk paths leave to the ordinary way: un.int's missions (owner by path),
        internationalised names, general link shorteners (read on the first bulk line) and
        Wikipedia's copies."""
        short = self._short
        if short is None:
            short = self._short = shortener_hosts()
        return host in _UN_INT or host in SCHEME_AS_HOST or "xn--" in host or host in short or (
            "wikipedia" in host) or (host[:4] == "www." and host[4:] in short)

    def _merged(self) -> dict[str, int]:
        """The merged `table`, built on the first bulk line (a short run never pays for it)."""
        if self._table is None:
            self._table = table(self.ruleset.index)
        return self._table

    def _masthead(self, domain: str) -> str | None:
        """As _news_site, keyed by the registered domain its answer depends on."""
        site = self._mastheads.get(domain, False)
        if site is False:
            site = domain if masthead_site(domain.split(".", 1)[0]) else None
            if len(self._mastheads) >= self._cache_size:
                self._mastheads.clear()
            self._mastheads[domain] = site
        return site

    def plain_match(self, host: str) -> tuple[str | None, str | None] | None:
        """`plain_host` without the row's `domain`, for the library's bulk path (`Checker.check`):
        (the suffix of the entry that matched, `matched_by`) or None as there.

        What a host matches depends only on its longest suffix that is a key of the merged
        `table` (the walk stops past it), so the answer is memoised per table key: bounded by
        the table, not by the hosts of the input. The host is as `plain_line` gives it (its last
        label starts with a letter: no IP address)."""
        if self._left_ordinary(host):
            return None
        merged = self._merged()
        deepest = host
        while deepest not in merged:  # the longest suffix that is a key: every suffix of a key is a key
            dot = deepest.find(".")
            if dot < 0:
                deepest = None
                break
            deepest = deepest[dot + 1:]
        known = self._deepest.get(deepest, False) if deepest is not None else (None, None)
        if known is False:
            number, matched, path_dependent, _ = walk(merged, deepest)
            known = BY_PATH if path_dependent else (matched, "domain " + matched) if number is not None else (None, None)
            self._deepest[deepest] = known
        if known is BY_PATH or known[0] is not None or MAY_BE_NEWS.search(host) is None:
            return known
        domain = walk(merged, host)[3]  # an unlisted host named like a news site's
        site = self._masthead(domain) if domain is not None else None
        return (None, "site name " + site) if site is not None else known

    def path_match(self, host: str, path: str) -> tuple[str, str] | None:
        """For a host `plain_match` answered BY_PATH (path rules under its suffixes: un.org's
        bodies, gov.uk's departments): the entry its path matches, as (the domain or path that
        matched, `matched_by`), or None to go the ordinary way. The first line of each match is
        still judged the ordinary way and checked against this (`Checker._first`)."""
        found = self.ruleset.index.by_host(host, path)
        return (found[1], "domain " + found[1]) if found is not None else None

    def forget(self, host: str, matched: str | None) -> None:
        """Let go of what classifying one host kept: its memo and the Publisher made for the entry
        that matched (made again from its compact row when asked for). The bulk path calls it
        once it has cut a row fragment for that entry, so memory does not grow with the registry."""
        self._hosts.pop(host, None)
        if matched is None or self._table is None:
            return
        value = self._table[matched]
        number = ((value >> _HOST_SHIFT) & _NUMBER_MASK or value >> _RESORT_SHIFT) - 1
        if number >= 0:
            self.ruleset.index.publishers.forget(number)

    def _news_site(self, host: str) -> str | None:
        """The registered site of an unlisted host named like a newspaper ("news24.jp",
        "dailystaregypt.com"), or None; remembered, as bulk input repeats unknown hosts."""
        if MAY_BE_NEWS.search(host) is None:
            return None  # most unknown hosts: no masthead word anywhere in them
        known = self._sites.get(host, False)
        if known is not False:
            return known
        site = registered_domain(host)
        found = self._masthead(site) if site else None
        if len(self._sites) >= self._cache_size:
            self._sites.clear()
        self._sites[host] = found
        return found

    def _un_int(self, source: Source) -> Classification | None:
        """www.un.int/<country>/...: the UN hosts the permanent missions' own sites there, so the
        country in the path owns the page, not the UN ("un.int/kenya/statements", the files under
        "sites/www.un.int/files/<Country>/", and the older content system's
        "wcm/content/site/<country>/", in use about 2009-2015)."""
        parts = [part for part in source.path.split("/") if part]
        if parts[:3] in (["sites", "www.un.int", "files"], ["wcm", "content", "site"]):
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
        if self._table is not None:  # a bulk run: the merged table answers as Index.lookup would
            number, matched, path_dependent, _ = walk(self._table, host)
            found = (self.ruleset.index.publishers[number], matched) if number is not None else None
        else:
            found, path_dependent = self.ruleset.index.lookup(host)
        return found, path_dependent, f"domain {found[1]}" if found is not None else None

    def _name(self, source: Source, text: str) -> Classification:
        index = self.ruleset.index
        publisher = None
        if len(text) <= 200:  # no registry name is longer: a long line is read as free text
            publisher = index.by_name(text) or index.by_name(_LEADING_ARTICLE.sub("", text))
            if publisher is None and " " in text and not _LEADING_ARTICLE.match(text):
                publisher = index.by_name("The " + text)  # "Financial Express": The Financial Express
        if publisher is None and len(text) <= 60 and source.kind != "url":
            found = self.recogniser.state_acronym(text)  # "CBS Netherlands", "Indian MEA"
            if found is not None:
                return self._state_acronym(source, found, "publisher name")
        if publisher is None and 4 < len(text) <= 40 and source.kind != "url":
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

            index, countries = self.ruleset.index, self.ruleset.countries
            self._recogniser = index.derived(("recogniser", id(countries)), lambda: Recogniser(index, countries))
        return self._recogniser

    @property
    def press_category(self) -> str:
        """The category this ruleset gives newspapers (the one most of its `newspapers` group
        are in): a newspaper known only by its masthead words is judged as they are."""
        if self._press is None:
            counts = Counter(category for category, group in _categories_and_groups(self.ruleset.index.publishers)
                             if group == "newspapers")
            self._press = counts.most_common(1)[0][0] if counts else UNLISTED
        return self._press

    def _state_after(self, text: str, end: int):
        """(the state, where its name ends) when a UN body's name is qualified by one ("Security
        Council of the Russian Federation"; "General Assembly of Kentucky" is no state's), or None."""
        match = _OF_STATE.match(text, end)
        if match is None:
            return None
        words = list(re.finditer(r"\S+", match.group("state")))
        for count in range(len(words), 0, -1):  # "of Russia Annual Report": the longest state name first
            state = self.ruleset.countries.by_key.get(fold(" ".join(w.group() for w in words[:count])))
            if state is not None:
                return state, match.start("state") + words[count - 1].end()
        return None

    def _spelled_work(self, text: str, line: str) -> tuple[str, str] | None:
        """(the words, the domain) when an entry nothing else reads spells a last-resort news
        domain: the whole (trimmed) entry, or the work a quoted title appeared in ('Storm, D. (2017).
        "WikiLeaks posts ...". Computerworld. Retrieved ...', as MLA, Chicago and Wikipedia's
        templates write it). `check` and `--from` read an entry alike through it."""
        site = self._spelled_site(text)
        if site is not None:  # "Space War", "Macro Business"
            return text, site
        work = _AFTER_TITLE.search(line)
        if work is not None:
            site = self._spelled_site(work.group("work"))
            if site is not None:
                return work.group("work"), site
        return None

    def _free_text_site(self, source: Source, text: str, site: str) -> Classification:
        """A name read as the last-resort news domain it spells exactly (see _spelled_site): that
        outweighs a listed name it is only near to ("Africa News" is africanews.com, not a typo
        of Eyewitness News)."""
        publisher = self.ruleset.index.publishers[self.ruleset.index.fallback[site]]
        result = self._publisher(source, publisher, f"name spelled as the domain {site} (last resort)")
        start = source.input.find(text)
        result.matched_text, result.span = text, (start, start + len(text)) if start >= 0 else None
        return result

    def _spelled_site(self, text: str) -> str | None:
        """The last-resort list's domain (GDELT's news sites) that a short name is spelled as,
        its words run together ("Space War" -> spacewar.com, "The Macro Business" ->
        macrobusiness.com.au), or None. Only a name of 1-5 words and 6+ letters, only the
        first label of a listed domain, and only after the registry, the grammar and the
        near-miss suggestions found nothing: a last resort, and the row says so."""
        words = _SPELLED_WORDS.findall(text)
        if not 1 <= len(words) <= 5 or len(text) > 60 or any(mark in text for mark in ":/@()[]\"“”"):
            return None
        from .recognise import INVERTED  # loaded with the recogniser: never on a URL-only run

        inverted = INVERTED.match(text.strip())
        if inverted:  # "Week, The Jewish": a name a reference manager turned round
            text = f"{inverted.group(2)} {inverted.group(1)}"
        squashed = _squashed(text)
        if len(squashed) < 6 or not squashed.isalnum():
            return None
        index = self.ruleset.index
        names = index.derived("resort names", lambda: _first_labels(index.fallback))
        site = names.get(squashed)
        if site is None and squashed.startswith("the"):
            site = names.get(squashed[3:]) if len(squashed) >= 9 else None
        if site is None:
            site = names.get("the" + squashed)
        return site

    def source_in(self, text: str) -> str | None:
        """The words of a free-text entry that name its source (a registry name, a government
        body, a UN document), as `check` would read the same text; None when nothing does.
        Papers use it, so a bibliography line names the same publisher in `check` and `--from`."""
        index = self.ruleset.index
        stripped = trim(text)
        if index.by_name(stripped) is not None or match_symbol(stripped):
            return stripped
        found = self.recogniser.find(text)
        if found is not None:
            return found.text
        spelled = self._spelled_work(stripped, text)
        return spelled[0] if spelled is not None else None

    def _state_acronym(self, source: Source, found: tuple, matched_by: str, span=None) -> Classification:
        """What `Recogniser.state_acronym` found: a publisher, or a government body of its owner."""
        number, owner = found
        if number is not None:
            result = self._publisher(source, self.ruleset.index.publishers[number], matched_by)
        else:
            category = _GOVERNMENT if _GOVERNMENT in self.ruleset.categories else UNLISTED
            result = Classification(source, category, owner=owner, matched_by="government body named in text")
        if span is not None:
            result.matched_text, result.span = source.input[span[0]:span[1]], span
        return result

    def _free_text(self, source: Source, text: str) -> Classification:
        """A line that is not a bare name: read it as a citation (see `recognise`)."""
        lead = _LEAD_SEGMENT.match(source.input)  # "CBS Netherlands (2023). Bevolking ...": its author
        if lead is not None:
            found = self.recogniser.state_acronym(lead.group(1))
            if found is not None:
                return self._state_acronym(source, found, "publisher name in text", lead.span(1))
        found = self.recogniser.find(source.input)
        if found is None:
            suggestion = self.recogniser.suggest(text) if len(text) <= 80 else None
            spelled = self._spelled_work(text, source.input)
            if spelled is not None:
                return self._free_text_site(source, *spelled)
            return Classification(source, UNLISTED, suggestion=suggestion)
        span = (found.start, found.end)
        if found.kind == "symbol":
            organ = found.organ
            what = "UN document symbol" if "/" in found.text and found.text[:1].isupper() else "UN document"
            return self._symbol(source, f"{what} of the {organ}", f"{what} in text", found)
        if found.kind == "name":
            publisher = self.ruleset.index.publishers[found.publisher]
            qualified = self._state_after(source.input, found.end) if publisher.category == "un" else None
            if qualified is not None:  # "Security Council of the Russian Federation": Russia's, not the UN's
                state, end = qualified
                category = _GOVERNMENT if _GOVERNMENT in self.ruleset.categories else UNLISTED
                result = Classification(source, category, owner=state.alpha3,
                                        matched_by="government body named in text")
                result.matched_text, result.span = source.input[found.start:end].strip(), (found.start, end)
                return result
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
            site = self._spelled_site(text) if suggestion is not None else None
            if site is not None:
                return self._free_text_site(source, text, site)  # "Africa News": africanews.com
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


# a citation's first words up to its date or first stop, where author-date styles name the author
# ("CBS Netherlands (2023).", "Indian MEA. 2021.")
_LEAD_SEGMENT = re.compile(r"\s*([^\W\d][^.()\[\]:;,\d]{1,40}?)\s*(?:[.(\[:;,]|\d{4}\b)")
# " of (the) <up to five capitalised words>", after a UN body's name: a state's namesake body
_OF_STATE = re.compile(r"\s+of\s+(?:the\s+)?(?P<state>[A-Z][\w'’-]*(?:\s+(?:of\s+|and\s+|the\s+)?[A-Z][\w'’-]*){0,4})")
# the words right after a quoted title, up to the next stop: the work it appeared in
_AFTER_TITLE = re.compile(r"[\"”»]\s*[.,]?\s+(?P<work>[^\W\d][^.,;:()\[\]\"“”«»]{1,58}?)\s*(?:[.,;]|$)")
_SPELLED_WORDS = re.compile(r"[^\W_]+(?:['’.&-][^\W_]+)*")


def _squashed(text: str) -> str:
    """A name's letters run together as a domain label writes them: folded, no spaces."""
    return fold(text).replace(" ", "")


def _first_labels(domains) -> dict[str, str]:
    """First label (hyphens dropped) -> domain, the first in sorted order: "spacewar" -> spacewar.com."""
    names: dict[str, str] = {}
    for domain in sorted(domains):
        names.setdefault(domain.split(".", 1)[0].replace("-", ""), domain)
    return names


def _categories_and_groups(publishers):
    """Each publisher's (category, group), read from its compact row where it has not been made:
    making every Publisher to count them would keep tens of thousands (about 25 MB) for the run."""
    rows = getattr(publishers, "_rows", None)
    made = getattr(publishers, "_made", None)
    if rows is None or made is None:
        for publisher in publishers:
            yield publisher.category, publisher.group
        return
    import marshal

    from .ruleset.index import _FIELDS

    at_category, at_group = _FIELDS.index("category"), _FIELDS.index("group")
    for number, publisher in enumerate(made):
        if publisher is not None:
            yield publisher.category, publisher.group
        else:
            row = marshal.loads(rows[number])
            yield row[at_category], row[at_group]


def _runs_on(text: str, found) -> bool:
    """Whether words run on around a found name, as in a near miss of a longer name ("Xinhua New
    Agency"), rather than a name set off by punctuation ("Government of Slovenia, Republic of
    Slovenia")."""
    before, after = text[:found.start].rstrip(), text[found.end:].lstrip()
    ends = ",;:.()[]/\u2013\u2014-"
    return bool((after and after[0] not in ends) or (before and before[-1] not in ends))


# The merged table `walk` reads (see `table`): per host suffix, bit flags and two entry numbers.
_PATH, _EXACT, _WILD, _EXCEPT = 1, 2, 4, 8  # a path rule; a public suffix; "*.suffix"; "!suffix"
_HOST_SHIFT, _RESORT_SHIFT, _NUMBER_MASK = 4, 24, (1 << 20) - 1  # entry number + 1 (0: none)


def table(index) -> dict[str, int]:
    """The host, path-rule, last-resort and public-suffix tables merged into one dict for `walk`:
    each key maps to its flags and entry numbers, and every suffix of a key is a key too (0
    when nothing else), so a walk from the last label stops at the first suffix not in it."""
    exact, wildcard, exception = suffix_rules()
    merged: dict[str, int] = {}
    for flag, keys in ((_PATH, index.paths), (_EXACT, exact), (_WILD, wildcard), (_EXCEPT, exception)):
        for key in keys:
            merged[key] = merged.get(key, 0) | flag
    for shift, numbers in ((_HOST_SHIFT, index.hosts), (_RESORT_SHIFT, index.fallback)):
        for key, number in numbers.items():
            merged[key] = merged.get(key, 0) | ((number + 1) << shift)
    for key in list(merged):
        dot = key.find(".")
        while dot >= 0:
            key = key[dot + 1:]
            merged.setdefault(key, 0)
            dot = key.find(".")
    return merged


def walk(merged: dict[str, int], host: str) -> tuple[int | None, str | None, bool, str | None]:
    """One walk down a host's labels, from the last, over the merged `table`: (the entry number
    `Index.lookup` gives and the suffix that matched, or None and None; whether a path rule lies
    under its suffixes; its registered domain as `domains.registered_domain` gives it).
    The host is lower case, without a trailing dot."""
    get = merged.get
    dot = host.rfind(".")
    number = matched = resort = None
    path_dependent = False
    public = -2  # where the longest public suffix starts (-2: none); an exception rule: -(start) - 3
    wild = False
    while True:
        start = dot + 1
        suffix = host[start:] if start else host
        value = get(suffix)
        if value is None:
            if wild:  # "*.ck": any label under ck is a public suffix
                public = start
            break
        if value & _PATH:
            path_dependent = True
        if value & _EXCEPT:
            public = -start - 3
        elif value & _EXACT or wild:
            public = start
        wild = bool(value & _WILD)
        entry = (value >> _HOST_SHIFT) & _NUMBER_MASK
        if entry:
            number, matched = entry - 1, suffix
        elif value >> _RESORT_SHIFT:
            resort = (value >> _RESORT_SHIFT) - 1, suffix
        if start == 0:
            break
        dot = host.rfind(".", 0, dot)
    if public == -2 or public == 0:
        registered = None
    elif public < -2:
        registered = host[-public - 3:]
    else:
        registered = host[host.rfind(".", 0, public - 1) + 1:]
    if number is None and resort is not None and not path_dependent:
        number, matched = resort
    return number, matched, path_dependent, registered
