"""Load a ruleset: its categories, its countries and its registry, strictly.

Every problem is collected with its `file:line` and reported together; the
caller gets either a whole, consistent Ruleset or a RulesError.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .countries import Countries, Country
from .names import fold
from .model import CONTEST_POLICIES, NOBODY, UNLISTED, VERDICTS, Case, Category, Publisher
from .registry import Index, split_domain
from .problems import Problem, RulesError

_ID = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
_ALPHA3 = re.compile(r"^[A-Z]{3}$")
_ALPHA2 = re.compile(r"^[A-Z]{2}$")
_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")
_PATH = re.compile(r"^/[^\s?#]*$")


@dataclass
class Ruleset:
    id: str
    title: str
    path: str
    categories: dict[str, Category]
    countries: Countries
    index: Index
    state_media_typologies: tuple[str, ...] = ("SC", "CaPu")
    state_media_below: str = "rejected"
    files: list[str] = field(default_factory=list)  # every file read, ruleset first

    def category(self, key: str) -> Category:
        return self.categories[key]


def _yaml():
    """The YAML reader, imported only when YAML is read (the cached path skips it)."""
    from . import yamlsource

    return yamlsource


class _Checker:
    """Collects problems while reading one file's data."""

    def __init__(self, file: str):
        self.file = file
        self.problems: list[Problem] = []

    def add(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.file, line, message))

    def mapping(self, value, line: int, what: str):
        if isinstance(value, dict):
            return value
        self.add(getattr(value, "line", line), f"{what} must be a mapping")
        return None

    def keys(self, data, allowed: set[str], required: set[str], what: str) -> None:
        for key in data:
            if key not in allowed:
                known = ", ".join(sorted(allowed))
                self.add(data.line_of(key), f"unknown key {key!r} in {what} (known: {known})")
        for key in sorted(required - set(data)):
            self.add(data.line, f"{what} is missing {key!r}")

    def text(self, data, key: str, what: str, required: bool = True) -> str | None:
        value = data.get(key)
        if value is None:
            return None
        if not isinstance(value, str) or (required and not value.strip()):
            self.add(data.line_of(key), f"{what}: {key!r} must be non-empty text")
            return None
        return value.strip()

    def texts(self, data, key: str, what: str) -> tuple[str, ...]:
        value = data.get(key)
        if value is None:
            return ()
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            self.add(data.line_of(key), f"{what}: {key!r} must be a list of non-empty text")
            return ()
        return tuple(v.strip() for v in value)


def default_path() -> Path:
    """The bundled default ruleset: inside the installed package, or the checkout's rules/."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "rules" / "default.yaml", here.parents[1] / "rules" / "default.yaml"):
        if candidate.is_file():
            return candidate
    return here / "rules" / "default.yaml"


def _display(path: Path) -> str:
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def load(path: Path | str | None = None) -> Ruleset:
    """Read and validate a ruleset and everything it refers to."""
    path = Path(path) if path is not None else default_path()
    name = _display(path)
    data = _yaml().load(path, name)
    check = _Checker(name)
    if not isinstance(data, dict):
        raise RulesError([Problem(name, getattr(data, "line", 1), "a ruleset must be a mapping")])
    check.keys(data, {"ruleset", "title", "source", "countries", "registry", "state_media", "categories"},
               {"ruleset", "title", "countries", "registry", "categories"}, "the ruleset")
    ruleset_id = check.text(data, "ruleset", "the ruleset") or path.stem
    title = check.text(data, "title", "the ruleset") or ruleset_id
    categories = _categories(data.get("categories"), data.line_of("categories"), check)
    typologies, below = _state_media(data, check, categories)

    files = [str(path)]
    problems = list(check.problems)
    countries = Countries()
    country_file = data.get("countries")
    if isinstance(country_file, str):
        country_path = path.parent / country_file
        files.append(str(country_path))
        countries, more = _load_countries(country_path)
        problems += more
    elif "countries" in data:
        problems.append(Problem(name, data.line_of("countries"), "'countries' must be a file path"))

    index = Index()
    registry = data.get("registry")
    if isinstance(registry, str):
        registry = [registry]
    if not isinstance(registry, list):
        if "registry" in data:
            problems.append(Problem(name, data.line_of("registry"), "'registry' must be a list of file paths"))
        registry = []
    claims: dict[str, tuple[Publisher, str]] = {}
    names: dict[str, Publisher] = {}
    for item in registry:
        if not isinstance(item, str):
            problems.append(Problem(name, data.line_of("registry"), "'registry' must list file paths"))
            continue
        registry_path = path.parent / item
        files.append(str(registry_path))
        try:
            problems += _load_registry(registry_path, categories, countries, index, claims, names)
        except RulesError as exc:
            problems += exc.problems
    if problems:
        raise RulesError(problems)
    return Ruleset(ruleset_id, title, str(path), categories, countries, index, typologies, below, files)


def _case(data, check: _Checker, what: str, inherit: Case | None = None) -> Case | None:
    verdict = data.get("verdict", inherit.verdict if inherit else None)
    if verdict not in VERDICTS:
        check.add(data.line_of("verdict"), f"{what}: verdict must be one of {', '.join(VERDICTS)}, not {verdict!r}")
        return None
    contest = data.get("contest", inherit.contest if inherit else NOBODY)
    if contest not in CONTEST_POLICIES:
        check.add(data.line_of("contest"),
                  f"{what}: contest must be one of {', '.join(CONTEST_POLICIES)}, not {contest!r}")
        return None
    conditions = check.texts(data, "conditions", what) if "conditions" in data else (
        inherit.conditions if inherit else ())
    return Case(verdict, conditions, contest)


_CASE_KEYS = {"verdict", "conditions", "contest"}


def _categories(value, line: int, check: _Checker) -> dict[str, Category]:
    categories: dict[str, Category] = {}
    data = check.mapping(value, line, "'categories'")
    if data is None:
        return categories
    for key, body in data.items():
        what = f"category {key!r}"
        if not isinstance(key, str) or not _ID.match(key):
            check.add(data.line_of(key), f"{what}: a category key must be a lower-case identifier")
            continue
        body = check.mapping(body, data.line_of(key), what)
        if body is None:
            continue
        check.keys(body, _CASE_KEYS | {"label", "quote", "cite", "about_owner", "hint", "owned"},
                   {"label", "verdict", "quote", "cite"}, what)
        case = _case(body, check, what)
        about_owner = None
        if "about_owner" in body:
            override = check.mapping(body["about_owner"], body.line_of("about_owner"), f"{what}: about_owner")
            if override is not None:
                check.keys(override, _CASE_KEYS, set(), f"{what}: about_owner")
                about_owner = _case(override, check, f"{what}: about_owner", inherit=case)
        if case is None:
            continue
        categories[key] = Category(
            key=key,
            label=check.text(body, "label", what) or key,
            case=case,
            quote=check.text(body, "quote", what) or "",
            cite=check.text(body, "cite", what) or "",
            about_owner=about_owner,
            hint=check.text(body, "hint", what, required=False),
            origin=f"{check.file}:{data.line_of(key)}",
        )
    if UNLISTED not in categories and not check.problems:
        check.add(data.line, f"'categories' must define {UNLISTED!r} (sources the rules do not cover)")
    return categories


def _state_media(data, check: _Checker, categories: dict[str, Category]):
    typologies, below = ("SC", "CaPu"), "rejected"
    section = data.get("state_media")
    if section is None:
        return typologies, below
    section = check.mapping(section, data.line_of("state_media"), "'state_media'")
    if section is None:
        return typologies, below
    check.keys(section, {"typologies", "below_threshold"}, set(), "'state_media'")
    typologies = check.texts(section, "typologies", "'state_media'") or typologies
    below = section.get("below_threshold", below)
    declared = data.get("categories")
    if isinstance(declared, dict) and below not in declared:
        check.add(section.line_of("below_threshold"), f"'state_media': unknown category {below!r}")
    return typologies, below


def _load_countries(path: Path) -> tuple[Countries, list[Problem]]:
    name = _display(path)
    countries = Countries()
    try:
        data = _yaml().load(path, name)
    except RulesError as exc:
        return countries, exc.problems
    check = _Checker(name)
    if not isinstance(data, dict) or not isinstance(data.get("countries"), list):
        check.add(getattr(data, "line", 1), "a country file must be a mapping with a 'countries' list")
        return countries, check.problems
    items = data["countries"]
    for line, item in zip(items.item_lines, items):
        item = check.mapping(item, line, "a country")
        if item is None:
            continue
        check.keys(item, {"alpha3", "alpha2", "name", "common", "aliases", "status", "basis"},
                   {"alpha3", "alpha2", "name", "basis"}, "a country")
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
                          check.texts(item, "aliases", alpha3), item.get("status") or "member")
        for clash in countries.add(country):
            check.add(item.line, f"{alpha3}: the name {clash!r} already belongs to another country")
    return countries, check.problems


_PUBLISHER_KEYS = {"id", "name", "aliases", "category", "owner", "domains", "basis",
                   "group", "kind", "typology", "typology_uncertain", "organ", "note"}


def _load_registry(path: Path, categories: dict[str, Category], countries: Countries, index: Index,
                   claims: dict[str, tuple[Publisher, str]], names: dict[str, Publisher]) -> list[Problem]:
    name = _display(path)
    data = _yaml().load(path, name)
    check = _Checker(name)
    if not isinstance(data, dict) or not isinstance(data.get("publishers"), list):
        check.add(getattr(data, "line", 1), "a registry file must be a mapping with a 'publishers' list")
        return check.problems
    check.keys(data, {"publishers"}, {"publishers"}, "a registry file")
    items = data["publishers"]
    for line, item in zip(items.item_lines, items):
        item = check.mapping(item, line, "a publisher")
        if item is None:
            continue
        before = len(check.problems)
        check.keys(item, _PUBLISHER_KEYS, {"id", "name", "category", "basis"}, "a publisher")
        pid = item.get("id")
        what = f"publisher {pid!r}"
        if not isinstance(pid, str) or not _ID.match(pid):
            check.add(item.line_of("id"), f"{what}: id must be a lower-case slug")
        elif pid in index.by_id:
            check.add(item.line_of("id"), f"{what}: id already used at {index.get(pid).origin}")
        category = item.get("category")
        if category not in categories:
            check.add(item.line_of("category"),
                      f"{what}: unknown category {category!r} (known: {', '.join(categories)})")
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
        elif owner is None and category in ("government", "state_media"):
            check.add(item.line, f"{what}: a {category} entry needs an 'owner' (ISO 3166-1 alpha-3)")
        domains = check.texts(item, "domains", what)
        for domain in domains:
            problem = _domain_problem(domain)
            if problem:
                check.add(item.line_of("domains"), f"{what}: domain {domain!r} {problem}")
        check.text(item, "name", what)
        check.text(item, "basis", what)
        if len(check.problems) > before:
            continue
        publisher = Publisher(
            id=pid, name=item["name"].strip(), category=category, basis=item["basis"].strip(),
            aliases=check.texts(item, "aliases", what), owner=owner, domains=domains,
            group=item.get("group"), kind=item.get("kind"), typology=item.get("typology"),
            organ=item.get("organ"), note=item.get("note"), origin=f"{name}:{item.line}",
        )
        for domain in domains:
            held = claims.get(domain)
            if held is not None:
                other, _ = held
                clash = "a different category" if other.category != category else "the same category"
                check.add(item.line_of("domains"), f"{what}: domain {domain!r} is already claimed by "
                          f"{other.id!r} ({other.origin}, {other.category}): {clash}")
        for alias in (publisher.name, *publisher.aliases):
            other = names.get(fold(alias))
            if other is not None and other.category != category:
                check.add(item.line, f"{what}: name {alias!r} already names {other.id!r} "
                          f"({other.origin}, {other.category})")
        if len(check.problems) > before:
            continue
        for domain in domains:
            claims[domain] = (publisher, name)
        for alias in (publisher.name, *publisher.aliases):
            names.setdefault(fold(alias), publisher)
        index.add(publisher)
    return check.problems


def _domain_problem(domain: str) -> str | None:
    host, path = split_domain(domain)
    if domain != domain.strip() or "://" in domain:
        return "must be a bare host suffix (no scheme, no spaces)"
    if host != host.lower():
        return "must be lower case"
    if host.startswith("www."):
        return "must not start with 'www.' (subdomains are matched anyway)"
    labels = host.split(".")
    if not all(_LABEL.match(label) for label in labels):
        return "is not a valid host name (IDN domains are written in punycode, xn--...)"
    if path and not _PATH.match(path):
        return "has a bad path prefix"
    return None
