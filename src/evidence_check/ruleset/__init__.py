"""Rules as data: read, validate, index and cache a ruleset with its countries and registry.

    load.py       a ruleset and the rulesets it extends: categories, moves, removals
    files.py      one registry or country file, strictly validated
    yamllines.py  YAML that remembers the line of every key and item
    validate.py   the validator that collects problems with their file:line
    problems.py   a problem with its place; RulesError carries them all
    index.py      the lookup index: host suffixes, path prefixes, names
    compiled.py   the validated ruleset cached on disk, rebuilt when a file changes
    schema.py, diff.py, coverage.py   `rules schema`, `rules diff`, `rules coverage`
"""

from .load import (
    CASE_FIELDS,
    CATEGORY_FIELDS,
    RULESET_FIELDS,
    STATE_MEDIA_FIELDS,
    Ruleset,
    bundled_dir,
    bundled_ids,
    default_path,
    discover,
    load,
    resolve,
)
from .problems import Problem, RulesError

__all__ = ["Ruleset", "load", "resolve", "discover", "default_path", "bundled_dir", "bundled_ids", "Problem",
           "RulesError", "RULESET_FIELDS", "CATEGORY_FIELDS", "CASE_FIELDS", "STATE_MEDIA_FIELDS"]
