"""Load a ruleset: its categories, countries and registry, with `extends`.

A ruleset file may extend another (a bundled id such as `default`, or a path)
and override it: change a category's fields, the state-media threshold, add
registry files, `move` publishers (one, a group, or a whole category) to
another category, or `remove` them. Later files win. Every problem is
collected with its `file:line` (in whichever file of the chain it is) and
reported together: the caller gets a whole, consistent Ruleset or a RulesError.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from .validate import ID, Validator, line_of, read_yaml
from ..countries import Countries
from ..model import CONTEST_POLICIES, NOBODY, UNLISTED, VERDICTS, Case, Category, Publisher
from ..names import fold_name
from .problems import Problem, RulesError
from .index import Index
from .files import display, load_countries, load_registry
from .model import Ruleset
from .paths import (  # noqa: F401 - where rulesets are, re-exported for callers of the loader
    DISCOVERED_NAMES,
    bundled_dir,
    bundled_ids,
    default_path,
    discover,
    resolve,
)

RULESET_FIELDS = {
    "ruleset": "the ruleset's id", "title": "what it is, in a line", "source": "the document the rules come from",
    "extends": "a bundled ruleset id or a path to the ruleset this one builds on",
    "countries": "the country file (path relative to this file)",
    "registry": "registry files (paths relative to this file); an extending ruleset adds to its parent's",
    "state_media": "which State Media Monitor typologies count as state media",
    "categories": "the rules: one per category key",
    "move": "move publishers to another category: [{publisher|group|from: ..., to: CATEGORY}]",
    "remove": "publisher ids to drop from the inherited registry",
    "committee": "the committee's member states, for `session` and `challenge`: a list, or a file of names",
}
CATEGORY_FIELDS = {
    "label": "a short name", "verdict": "admissible | conditional | inadmissible | discretion",
    "conditions": "what a chair must still judge", "contest": "nobody | all_but_owner | anyone",
    "about_owner": "verdict/conditions/contest when the claim is only about the owning state",
    "quote": "the guide's own words", "cite": "where the words are from",
    "hint": "advice for a delegate when the source fails",
    "denied_may_stand": "true when a denied source may still be accepted by the chair",
}
CASE_FIELDS = ("verdict", "conditions", "contest")
STATE_MEDIA_FIELDS = {"typologies": "typologies that count as state-operated",
                      "below_threshold": "the category for state-affiliated outlets below them"}


@dataclass
class _Layer:
    path: Path
    name: str
    data: dict


def load(path: Path | str | None = None, parents=None) -> Ruleset:
    """Read and validate a ruleset, the rulesets it extends and every file they refer to.
    `parents` (path -> Ruleset, e.g. `compiled.load`) lends a parent's built registry to a ruleset
    that changes only rules (see `_inherited_index`)."""
    path = Path(path) if path is not None else default_path()
    problems: list[Problem] = []
    layers = _chain(path, problems, [])
    if not layers:
        raise RulesError(problems)
    leaf = layers[-1]
    files = [str(layer.path) for layer in layers]

    countries = Countries()
    country_layer = next((layer for layer in reversed(layers) if isinstance(layer.data.get("countries"), str)), None)
    if country_layer is not None:
        country_path = country_layer.path.parent / country_layer.data["countries"]
        files.append(str(country_path))
        countries, more = load_countries(country_path)
        problems += more

    declared: set[str] = set()
    categories = _categories(layers, problems, declared)
    typologies, below = ("SC", "CaPu"), "rejected"
    for layer in layers:
        section = layer.data.get("state_media")
        if isinstance(section, dict):
            typologies = tuple(section.get("typologies") or typologies)
            if "below_threshold" in section:
                below = section["below_threshold"]
                if categories and below not in categories:
                    problems.append(Problem(layer.name, line_of(section, "below_threshold"),
                                            f"'state_media': unknown category {below!r}"))

    parent = _inherited_index(layers, countries, declared, problems, parents)
    if parent is not None:  # the extending layers change the rules only: the parent's registry as it is
        data = leaf.data
        return Ruleset(data.get("ruleset") or path.stem, data.get("title") or path.stem, str(path), categories,
                       parent.countries, parent.index, parent.state_media_typologies, parent.state_media_below,
                       list(dict.fromkeys(files + parent.files)), [str(layer.path) for layer in layers],
                       data.get("source"))
    publishers: dict[str, Publisher] = {}
    for layer in layers:
        problems += _add_layer_publishers(layer, countries, publishers, files)
    for publisher in publishers.values():  # the state-media threshold, before any explicit move
        if publisher.category == "state_media" and publisher.typology and publisher.typology not in typologies:
            publishers[publisher.id] = dataclasses.replace(
                publisher, category=below,
                demoted=f"state-affiliated outlet (typology {publisher.typology}), below this "
                        f"ruleset's state-media threshold ({', '.join(typologies)})")
    for layer in layers:
        problems += _moves(layer, publishers, categories, declared)
    for publisher in publishers.values():
        if declared and publisher.category not in declared:
            file, _, line = publisher.origin.rpartition(":")
            problems.append(Problem(file, int(line or 0), f"publisher {publisher.id!r}: unknown category "
                                    f"{publisher.category!r} (known: {', '.join(categories)})"))
    if problems:
        raise RulesError(problems)
    index = Index()
    index.build(publishers.values(), places=frozenset(key for key in countries.by_key if len(key) > 3))
    data = leaf.data
    return Ruleset(data.get("ruleset") or path.stem, data.get("title") or path.stem, str(path), categories,
                   countries, index, typologies, below, files, [str(layer.path) for layer in layers],
                   data.get("source"))


# What an extending layer may set and still leave its parent's registry as it is.
_RULES_ONLY = frozenset({"ruleset", "title", "source", "extends", "categories", "committee"})


def _inherited_index(layers: list[_Layer], countries: Countries, declared: set[str], problems: list[Problem],
                     parents):
    """The parent ruleset when every layer above the first sets
    only rules (categories, titles, a committee) and the result is valid: then the parent's
    compiled index serves as it is, and an organiser's ruleset that only changes what a category
    is worth loads in a fraction of the time a rebuilt 26k-entry index takes. None otherwise."""
    if parents is None or problems or len(layers) < 2 or any(set(layer.data) - _RULES_ONLY for layer in layers[1:]):
        return None
    try:
        parent = parents(layers[0].path)
    except RulesError:
        return None
    if countries.by_alpha3.keys() != parent.countries.by_alpha3.keys():
        return None
    if not set(parent.categories) <= declared:
        return None  # a category the registry uses is gone: the full path names each publisher
    return parent


def _chain(path: Path, problems: list[Problem], seen: list[Path]) -> list[_Layer]:
    name = display(path)
    try:
        data = read_yaml(path, name)
    except RulesError as exc:
        problems += exc.problems
        return []
    check = Validator(name)
    if not isinstance(data, dict):
        problems.append(Problem(name, getattr(data, "line", 1), "a ruleset must be a mapping"))
        return []
    extends = data.get("extends")
    required = {"ruleset", "title"} | (set() if extends else {"countries", "registry", "categories"})
    check.keys(data, RULESET_FIELDS, required, "the ruleset")
    for key in ("ruleset", "title", "source", "countries"):
        check.text(data, key, "the ruleset")
    registry = data.get("registry")
    if registry is not None and not (isinstance(registry, list) and all(isinstance(r, str) for r in registry)):
        check.add(line_of(data, "registry"), "'registry' must be a list of file paths")
    section = data.get("state_media")
    if section is not None and check.mapping(section, line_of(data, "state_media"), "'state_media'") is not None:
        check.keys(section, STATE_MEDIA_FIELDS, (), "'state_media'")
        check.texts(section, "typologies", "'state_media'")
    problems += check.problems
    layers: list[_Layer] = []
    if extends is not None:
        parent = resolve(extends, path.parent) if isinstance(extends, str) else None
        resolved = parent.resolve() if parent else None
        if parent is None:
            problems.append(Problem(name, line_of(data, "extends"), f"extends: no ruleset {extends!r} (a path, or "
                                    f"one of the bundled: {', '.join(bundled_ids())})"))
        elif resolved in seen or resolved == path.resolve():
            problems.append(Problem(name, line_of(data, "extends"), f"extends: {extends!r} leads back to "
                                    f"{display(parent)}: rulesets cannot extend each other in a circle"))
        else:
            layers = _chain(parent, problems, [*seen, path.resolve()])
    return [*layers, _Layer(path, name, data)]


def _categories(layers: list[_Layer], problems: list[Problem], declared: set[str]) -> dict[str, Category]:
    """Merge each category's fields along the chain, then check the result.

    `declared` receives every category key, valid or not, so that one bad rule
    is reported once rather than once per publisher in it."""
    merged: dict[str, dict] = {}
    where: dict[tuple[str, str], tuple[str, int]] = {}
    for layer in layers:
        check = Validator(layer.name)
        value = layer.data.get("categories")
        if value is None:
            continue
        data = check.mapping(value, line_of(layer.data, "categories"), "'categories'")
        for key, body in (data or {}).items():
            what = f"category {key!r}"
            if not isinstance(key, str) or not ID.match(key):
                check.add(line_of(data, key), f"{what}: a category key must be a lower-case identifier")
                continue
            body = check.mapping(body, line_of(data, key), what)
            if body is None:
                continue
            check.keys(body, CATEGORY_FIELDS, () if key in merged else ("label", "verdict", "quote", "cite"), what)
            fields = merged.setdefault(key, {})
            where.setdefault((key, ""), (layer.name, line_of(data, key)))
            where[(key, "*")] = (layer.name, line_of(data, key))
            for name, value in body.items():
                if name == "about_owner" and isinstance(value, dict):
                    check.keys(value, CASE_FIELDS, (), f"{what}: about_owner")
                    value = {**fields.get("about_owner", {}), **value}
                fields[name] = value
                where[(key, name)] = (layer.name, line_of(body, name))
        problems += check.problems
    declared.update(merged)
    categories: dict[str, Category] = {}
    for key, fields in merged.items():
        def at(name, key=key):
            return where.get((key, name), where[(key, "")])
        case = _case(fields, f"category {key!r}", at, problems)
        about_owner = None
        if isinstance(fields.get("about_owner"), dict):
            about_owner = _case({**{k: fields[k] for k in CASE_FIELDS if k in fields}, **fields["about_owner"]},
                                f"category {key!r}: about_owner", lambda name: at("about_owner"), problems)
        texts = {}
        for name in ("label", "quote", "cite", "hint"):
            value = fields.get(name)
            if value is not None and not (isinstance(value, str) and value.strip()):
                problems.append(Problem(*at(name), f"category {key!r}: {name!r} must be non-empty text"))
                value = None
            texts[name] = " ".join(value.split()) if isinstance(value, str) else None
        may_stand = fields.get("denied_may_stand", False)
        if not isinstance(may_stand, bool):
            problems.append(Problem(*at("denied_may_stand"), f"category {key!r}: 'denied_may_stand' must be true or false"))
        if case is None:
            continue
        file, line = where[(key, "*")]
        categories[key] = Category(key=key, label=texts["label"] or key, case=case, quote=texts["quote"] or "",
                                   cite=texts["cite"] or "", about_owner=about_owner, hint=texts["hint"],
                                   origin=f"{file}:{line}", denied_may_stand=may_stand is True)
    if merged and UNLISTED not in merged:
        layer = layers[-1]
        problems.append(Problem(layer.name, line_of(layer.data, "categories"),
                                f"'categories' must define {UNLISTED!r} (sources the rules do not cover)"))
    return categories


def _case(fields: dict, what: str, at, problems: list[Problem]) -> Case | None:
    verdict = fields.get("verdict")
    if verdict not in VERDICTS:
        problems.append(Problem(*at("verdict"), f"{what}: verdict must be one of {', '.join(VERDICTS)}, not {verdict!r}"))
        return None
    contest = fields.get("contest", NOBODY)
    if contest not in CONTEST_POLICIES:
        problems.append(Problem(*at("contest"), f"{what}: contest must be one of {', '.join(CONTEST_POLICIES)}, "
                                f"not {contest!r}"))
        return None
    conditions = fields.get("conditions") or []
    if isinstance(conditions, str):
        conditions = [conditions]
    if not isinstance(conditions, list) or not all(isinstance(c, str) and c.strip() for c in conditions):
        problems.append(Problem(*at("conditions"), f"{what}: 'conditions' must be a list of text"))
        return None
    return Case(verdict, tuple(" ".join(c.split()) for c in conditions), contest)


def _add_layer_publishers(layer: _Layer, countries: Countries, publishers: dict[str, Publisher],
                          files: list[str]) -> list[Problem]:
    """Read one layer's registry files; inside a layer a domain or id may be claimed once."""
    problems: list[Problem] = []
    claims: dict[str, Publisher] = {}
    names: dict[str, Publisher] = {}
    ids: dict[str, Publisher] = {}
    for item in layer.data.get("registry") or []:
        if not isinstance(item, str):
            continue
        path = layer.path.parent / item
        files.append(str(path))
        read, more = load_registry(path, countries, files)  # and its domains_file, if any
        problems += more
        for publisher in read:
            file, _, line = publisher.origin.rpartition(":")
            place = (file, int(line))
            what = f"publisher {publisher.id!r}"
            if publisher.id in ids:
                problems.append(Problem(*place, f"{what}: id already used at {ids[publisher.id].origin}"))
                continue
            clash = False
            for domain in () if publisher.fallback else publisher.domains:
                other = claims.get(domain)
                if other is not None:
                    kind = "a different category" if other.category != publisher.category else "the same category"
                    problems.append(Problem(*place, f"{what}: domain {domain!r} is already claimed by "
                                            f"{other.id!r} ({other.origin}, {other.category}): {kind}"))
                    clash = True
            for alias in (publisher.name, *publisher.aliases):
                other = names.get(fold_name(alias))
                if other is not None and other.category != publisher.category:
                    problems.append(Problem(*place, f"{what}: name {alias!r} already names {other.id!r} "
                                            f"({other.origin}, {other.category})"))
                    clash = True
            if clash:
                continue
            ids[publisher.id] = publisher
            for domain in () if publisher.fallback else publisher.domains:
                claims[domain] = publisher
            for alias in (publisher.name, *publisher.aliases):
                names.setdefault(fold_name(alias), publisher)
            publishers[publisher.id] = publisher  # a later layer's entry replaces an inherited one
    removals = layer.data.get("remove") or []
    if not isinstance(removals, list):
        removals = [removals]
    for pid in removals:
        if publishers.pop(pid, None) is None:
            problems.append(Problem(layer.name, line_of(layer.data, "remove"),
                                    f"remove: no inherited publisher {pid!r}"))
    return problems


def _moves(layer: _Layer, publishers: dict[str, Publisher], categories: dict[str, Category],
           declared: set[str]) -> list[Problem]:
    moves = layer.data.get("move")
    if moves is None:
        return []
    check = Validator(layer.name)
    if not isinstance(moves, list):
        check.add(line_of(layer.data, "move"), "'move' must be a list of {publisher|group|from: ..., to: ...}")
        return check.problems
    for line, move in zip(getattr(moves, "item_lines", [0] * len(moves)), moves):
        move = check.mapping(move, line, "a move")
        if move is None:
            continue
        check.keys(move, {"publisher", "group", "from", "to"}, ("to",), "a move")
        selectors = [k for k in ("publisher", "group", "from") if k in move]
        target = move.get("to")
        if len(selectors) != 1:
            check.add(move.line, "a move names exactly one of 'publisher', 'group' or 'from'")
            continue
        if target not in categories and target not in declared:
            check.add(line_of(move, "to"), f"move: unknown category {target!r} (known: {', '.join(categories)})")
            continue
        key = selectors[0]
        wanted = move[key]
        attribute = {"publisher": "id", "group": "group", "from": "category"}[key]
        chosen = [p for p in publishers.values() if getattr(p, attribute) == wanted]
        if not chosen:
            check.add(line_of(move, key), f"move: no publisher with {key} {wanted!r}")
            continue
        for publisher in chosen:
            publishers[publisher.id] = dataclasses.replace(
                publisher, category=target, demoted=None, moved_by=f"{layer.name}:{line_of(move, key)}")
    return check.problems



def declared_committee(path) -> str | None:
    """`committee:` in a ruleset file, for `session` and `challenge`: the members as a comma list,
    or the path of the file that lists them (relative to the ruleset file); None when not given."""
    if path is None:
        return None
    import yaml

    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError, yaml.YAMLError):
        return None  # the ruleset loader reports a bad file
    value = data.get("committee") if isinstance(data, dict) else None
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, str):
        folder = Path(path).parent
        return str(folder / value) if (folder / value).is_file() else value
    return None
