"""A JSON Schema of the rules formats, for editor completion (`rules schema`).

Built from the same field tables the validator reads (ruleset.py,
files.py), so the schema and `rules validate` cannot disagree on
which keys exist.
"""

from __future__ import annotations

from ..model import CONTEST_POLICIES, VERDICTS
from .files import COUNTRY_FIELDS, COUNTRY_REQUIRED, PUBLISHER_FIELDS, PUBLISHER_REQUIRED
from .loader import CASE_FIELDS, CATEGORY_FIELDS, RULESET_FIELDS, STATE_MEDIA_FIELDS

_TEXT = {"type": "string", "minLength": 1}
_TEXTS = {"oneOf": [_TEXT, {"type": "array", "items": _TEXT}]}


def _described(fields: dict[str, str], types: dict[str, dict]) -> dict:
    return {name: {**types.get(name, _TEXT), "description": text} for name, text in fields.items()}


def schema() -> dict:
    case = {
        "verdict": {"enum": list(VERDICTS)},
        "conditions": {"type": "array", "items": _TEXT},
        "contest": {"enum": list(CONTEST_POLICIES)},
    }
    category = {
        "type": "object", "additionalProperties": False,
        "properties": _described(CATEGORY_FIELDS, {
            **case, "denied_may_stand": {"type": "boolean"},
            "about_owner": {"type": "object", "additionalProperties": False,
                            "properties": {k: case[k] for k in CASE_FIELDS}},
        }),
    }
    move = {
        "type": "object", "additionalProperties": False, "required": ["to"],
        "properties": {"publisher": _TEXT, "group": _TEXT, "from": _TEXT, "to": _TEXT},
        "oneOf": [{"required": ["publisher"]}, {"required": ["group"]}, {"required": ["from"]}],
    }
    publisher = {
        "type": "object", "additionalProperties": False, "required": list(PUBLISHER_REQUIRED),
        "properties": _described(PUBLISHER_FIELDS, {
            "id": {"type": "string", "pattern": "^[a-z0-9][a-z0-9._-]*$"},
            "aliases": {"type": "array", "items": _TEXT},
            "domains": {"type": "array", "items": _TEXT},
            "owner": {"type": ["string", "null"], "pattern": "^[A-Z]{3}$"},
            "typology_uncertain": {"type": "boolean"},
        }),
    }
    country = {
        "type": "object", "additionalProperties": False, "required": list(COUNTRY_REQUIRED),
        "properties": _described(COUNTRY_FIELDS, {
            "alpha3": {"type": "string", "pattern": "^[A-Z]{3}$"},
            "alpha2": {"type": "string", "pattern": "^[A-Z]{2}$"},
            "aliases": {"type": "array", "items": _TEXT},
            "status": {"enum": ["member", "observer", "other"]},
        }),
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "evidence-check ruleset",
        "description": "A ruleset file. Registry and country files are described under $defs.",
        "type": "object", "additionalProperties": False, "required": ["ruleset", "title"],
        "properties": _described(RULESET_FIELDS, {
            "registry": {"type": "array", "items": _TEXT},
            "state_media": {"type": "object", "additionalProperties": False,
                            "properties": _described(STATE_MEDIA_FIELDS, {
                                "typologies": {"type": "array", "items": _TEXT}})},
            "categories": {"type": "object", "additionalProperties": category},
            "move": {"type": "array", "items": move},
            "remove": {"type": "array", "items": _TEXT},
        }),
        "$defs": {
            "registry_file": {"type": "object", "additionalProperties": False, "required": ["publishers"],
                              "properties": {"publishers": {"type": "array", "items": publisher}}},
            "country_file": {"type": "object", "additionalProperties": False, "required": ["countries"],
                             "properties": {"countries": {"type": "array", "items": country}}},
        },
    }
