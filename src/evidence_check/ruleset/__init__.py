"""Rules as data: read, validate, index and cache a ruleset with its countries and registry.

    loader.py     a ruleset and the rulesets it extends: categories, moves, removals (YAML)
    model.py      the loaded Ruleset, as the compiled cache stores it
    paths.py      where rulesets are: bundled ids, paths, discovery
    files.py      one registry or country file, strictly validated
    yamllines.py  YAML that remembers the line of every key and item
    validate.py   the validator that collects problems with their file:line
    problems.py   a problem with its place; RulesError carries them all
    index.py      the lookup index: host suffixes, path prefixes, names
    compiled.py   the validated ruleset cached on disk, rebuilt when a file changes
    schema.py, diff.py, coverage.py   `rules schema`, `rules diff`, `rules coverage`
"""

from .model import Ruleset
from .paths import bundled_dir, bundled_ids, default_path, discover, resolve
from .problems import Problem, RulesError

__all__ = ["Ruleset", "load", "resolve", "discover", "default_path", "bundled_dir", "bundled_ids", "Problem",
           "RulesError", "RULESET_FIELDS", "CATEGORY_FIELDS", "CASE_FIELDS", "STATE_MEDIA_FIELDS"]

_FROM_LOADER = ("load", "RULESET_FIELDS", "CATEGORY_FIELDS", "CASE_FIELDS", "STATE_MEDIA_FIELDS")


def __getattr__(name: str):
    """The YAML loader's names, imported on first use: a run that finds its ruleset in the
    compiled cache never needs the loader or PyYAML."""
    if name in _FROM_LOADER:
        from . import loader

        return getattr(loader, name)
    raise AttributeError(name)
