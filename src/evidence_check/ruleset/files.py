"""Reading the data files a ruleset points at: countries and registry entries.

Each file is checked on its own here (fields, codes, domain syntax); checks
that need the whole ruleset (known categories, domains claimed twice) are made
where the ruleset is put together (ruleset.py).
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
from dataclasses import fields
from pathlib import Path

from .validate import ID, Validator, read_yaml
from ..countries import Countries, Country
from ..model import Publisher
from ..names import fold
from .problems import Problem, RulesError
from .index import split_domain
from .yamllines import MAX_BYTES

_PUBLISHER_FIELDS = tuple(f.name for f in fields(Publisher))

_ALPHA3 = re.compile(r"^[A-Z]{3}$")
_ALPHA2 = re.compile(r"^[A-Z]{2}$")
_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")
_PATH = re.compile(r"^/[^\s?#]*$")

PUBLISHER_FIELDS = {
    "id": "unique slug: [a-z0-9][a-z0-9._-]*",
    "name": "the publisher's name",
    "aliases": "other names a citation may use",
    "category": "a category key of the ruleset",
    "owner": "ISO 3166-1 alpha-3 of the owning state (government, state media)",
    "domains": "host suffixes, or host/path prefixes",
    "basis": "why it is classified so: a checkable fact and its source",
    "group": "a name rulesets can move as a whole (wire, newspapers, platforms...)",
    "kind": "news agency, broadcaster, newspaper, online, magazine",
    "typology": "State Media Monitor typology: SC, CaPu, CaPr, ISFM, ISF, ISM, IP",
    "typology_uncertain": "true when the data marks the typology with '?'",
    "domains_file": "a text file of more domains, one per line ('#' comments), beside this file",
    "fallback": "true: its domains count only for hosts no other entry matches (a last-resort list)",
    "country": "ISO 3166-1 alpha-3 of the country it is from or based in (press); never an owner",
    "organ": "for UN entities: the UN System Chart group",
    "note": "a short phrase shown with the verdict",
}
PUBLISHER_REQUIRED = ("id", "name", "category", "basis")
COUNTRY_FIELDS = {
    "alpha3": "ISO 3166-1 alpha-3", "alpha2": "ISO 3166-1 alpha-2", "name": "the UN's official short name",
    "common": "the everyday English name", "aliases": "other names", "status": "member, observer or other",
    "adjectives": "English adjectives read in running text (Brazilian, U.S.); unique across countries",
    "other_names": "the name in other languages (Brasil, Japon, Россия)",
    "places": "first-level subdivisions (Ontario, Татарстан), read only next to a state body's word",
    "basis": "the fact behind the entry",
}
COUNTRY_REQUIRED = ("alpha3", "alpha2", "name", "basis")


def display(path: Path) -> str:
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def load_countries(path: Path) -> tuple[Countries, list[Problem]]:
    """Read the country file (through the file cache: see `filecache`)."""
    import pickle

    from .filecache import cached

    name = display(path)
    value, problems, _ = cached("countries", path, name, "", lambda extra: _read_countries(path, name),
                                lambda countries: pickle.dumps(countries, protocol=pickle.HIGHEST_PROTOCOL),
                                pickle.loads)
    return value, problems  # type: ignore[return-value]


def _read_countries(path: Path, name: str) -> tuple[Countries, list[Problem]]:
    countries = Countries()
    try:
        data = read_yaml(path, name)
    except RulesError as exc:
        return countries, exc.problems
    check = Validator(name)
    if not isinstance(data, dict) or not isinstance(data.get("countries"), list):
        check.add(getattr(data, "line", 1), "a country file must be a mapping with a 'countries' list")
        return countries, check.problems
    items = data["countries"]
    adjectives: dict[str, str] = {}
    for line, item in zip(items.item_lines, items):
        item = check.mapping(item, line, "a country")
        if item is None:
            continue
        check.keys(item, COUNTRY_FIELDS, COUNTRY_REQUIRED, "a country")
        alpha3, alpha2 = item.get("alpha3"), item.get("alpha2")
        if not isinstance(alpha3, str) or not _ALPHA3.match(alpha3):
            check.add(item.line_of("alpha3"), f"bad ISO 3166-1 alpha-3 code {alpha3!r}")
            continue
        if not isinstance(alpha2, str) or not _ALPHA2.match(alpha2):
            check.add(item.line_of("alpha2"), f"bad ISO 3166-1 alpha-2 code {alpha2!r}")
            continue
        if alpha3 in countries:
            check.add(item.line, f"country {alpha3} is listed twice")
            continue
        official = check.text(item, "name", alpha3) or alpha3
        country = Country(alpha3, alpha2, official, check.text(item, "common", alpha3) or official,
                          check.texts(item, "aliases", alpha3), item.get("status") or "member",
                          check.texts(item, "adjectives", alpha3), check.texts(item, "other_names", alpha3),
                          check.texts(item, "places", alpha3))
        for clash in countries.add(country):
            check.add(item.line, f"{alpha3}: the name {clash!r} already belongs to another country")
        for adjective in country.adjectives:
            key = fold(adjective)
            held = adjectives.setdefault(key, alpha3)
            if held != alpha3:
                check.add(item.line_of("adjectives"), f"{alpha3}: the adjective {adjective!r} is also {held}'s "
                          "(leave an ambiguous adjective out)")
    return countries, check.problems


def load_registry(path: Path, countries: Countries, files: list[str] | None = None
                  ) -> tuple[list[Publisher], list[Problem]]:
    """Read one registry file into Publishers (each knowing its file:line); `files` gets
    every other file read for it (a domains_file), so a cache knows when to rebuild.
    Goes through the file cache (see `filecache`): a file is validated once until it changes."""
    from .filecache import cached

    name = display(path)
    signature = hashlib.sha256(" ".join(sorted(countries.by_alpha3)).encode()).hexdigest()[:16]
    value, problems, extra = cached(
        "registry", path, name, signature, lambda more: _read_registry(path, countries, more),
        lambda publishers: [tuple(getattr(p, f) for f in _PUBLISHER_FIELDS) for p in publishers],
        lambda rows: [Publisher(*row) for row in rows])
    if files is not None:
        files += extra
    return value, problems  # type: ignore[return-value]


def _read_registry(path: Path, countries: Countries, files: list[str] | None = None
                   ) -> tuple[list[Publisher], list[Problem]]:
    name = display(path)
    try:
        data = read_yaml(path, name)
    except RulesError as exc:
        return [], exc.problems
    check = Validator(name)
    if not isinstance(data, dict) or not isinstance(data.get("publishers"), list):
        check.add(getattr(data, "line", 1), "a registry file must be a mapping with a 'publishers' list")
        return [], check.problems
    check.keys(data, {"publishers"}, {"publishers"}, "a registry file")
    publishers: list[Publisher] = []
    items = data["publishers"]
    for line, item in zip(items.item_lines, items):
        item = check.mapping(item, line, "a publisher")
        if item is None:
            continue
        publisher = _publisher(item, check, countries, name, path.parent, files)
        if publisher is not None:
            publishers.append(publisher)
    return publishers, check.problems


def _domains_file(item, check: Validator, folder: Path, what: str, files: list[str] | None) -> tuple[str, ...]:
    """Domains listed one per line in a text file (a generated list too long for YAML)."""
    file = item.get("domains_file")
    if file is None:
        return ()
    if not isinstance(file, str) or not file.strip() or "/" in file or file.startswith("."):
        check.add(item.line_of("domains_file"), f"{what}: 'domains_file' must be a file name beside this file")
        return ()
    path = folder / file
    if files is not None:
        files.append(str(path))
    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode) or st.st_size > MAX_BYTES:
            check.add(item.line_of("domains_file"), f"{what}: {display(path)} is not a regular file of at most "
                                                    f"{MAX_BYTES:,} bytes")
            return ()
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        check.add(item.line_of("domains_file"), f"{what}: cannot read {display(path)}: {exc}")
        return ()
    domains = []
    for number, line in enumerate(text.splitlines(), 1):
        domain = line.split("#", 1)[0].strip()
        if not domain:
            continue
        problem = domain_problem(domain)
        if problem:
            check.problems.append(Problem(display(path), number, f"domain {domain!r} {problem}"))
            continue
        domains.append(domain)
    return tuple(domains)


def _publisher(item, check: Validator, countries: Countries, name: str, folder: Path,
               files: list[str] | None = None) -> Publisher | None:
    before = len(check.problems)
    check.keys(item, PUBLISHER_FIELDS, PUBLISHER_REQUIRED, "a publisher")
    pid = item.get("id")
    what = f"publisher {pid!r}"
    if not isinstance(pid, str) or not ID.match(pid):
        check.add(item.line_of("id"), f"{what}: id must be a lower-case slug")
    if not isinstance(item.get("category"), str):
        check.add(item.line_of("category"), f"{what}: 'category' must be a category key")
    owner = item.get("owner")
    if owner is not None and (not isinstance(owner, str) or owner not in countries):
        hint = ""
        if isinstance(owner, str) and owner.strip():
            try:
                hint = f" (did you mean {countries.find(owner).alpha3}?)"
            except ValueError:
                pass
        check.add(item.line_of("owner"), f"{what}: bad country code {owner!r}: "
                  f"owner must be an ISO 3166-1 alpha-3 code{hint}")
    elif owner is None and item.get("category") in ("government", "state_media"):
        check.add(item.line, f"{what}: a {item.get('category')} entry needs an 'owner' (ISO 3166-1 alpha-3)")
    domains = check.texts(item, "domains", what)
    check.flag(item, "fallback", what)
    for domain in domains:
        problem = domain_problem(domain)
        if problem:
            check.add(item.line_of("domains"), f"{what}: domain {domain!r} {problem}")
    check.text(item, "name", what)
    check.text(item, "basis", what)
    for key in ("group", "kind", "typology", "organ", "note"):
        check.text(item, key, what)
    check.flag(item, "typology_uncertain", what)
    country = item.get("country")
    if country is not None and (not isinstance(country, str) or not _ALPHA3.match(country)):
        check.add(item.line_of("country"), f"{what}: 'country' must be an ISO 3166-1 alpha-3 code, not {country!r}")
    if len(check.problems) > before:
        return None
    domains = domains + _domains_file(item, check, folder, what, files)
    if len(check.problems) > before:
        return None
    return Publisher(
        id=pid, name=item["name"].strip(), category=item["category"], basis=" ".join(item["basis"].split()),
        aliases=check.texts(item, "aliases", what), owner=owner, domains=domains,
        group=item.get("group"), kind=item.get("kind"), typology=item.get("typology"),
        organ=item.get("organ"), note=item.get("note"), origin=f"{name}:{item.line}",
        fallback=item.get("fallback") is True, country=item.get("country"),
    )


def domain_problem(domain: str) -> str | None:
    host, path = split_domain(domain)
    if domain != domain.strip() or "://" in domain:
        return "must be a bare host suffix (no scheme, no spaces)"
    if host != host.lower():
        return "must be lower case"
    if host.startswith("www."):
        return "must not start with 'www.' (subdomains are matched anyway)"
    if not all(_LABEL.match(label) for label in host.split(".")):
        return "is not a valid host name (IDN domains are written in punycode, xn--...)"
    if path and not _PATH.match(path):
        return "has a bad path prefix"
    return None
