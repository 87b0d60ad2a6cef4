"""The loaded ruleset: categories, countries and the registry index, as the loader builds it
and the compiled cache stores it. Light on purpose: a run that finds the ruleset in the cache
imports this, not the YAML loader."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..countries import Countries
from ..model import Category
from .index import Index


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
    chain: list[str] = field(default_factory=list)  # ruleset files, from the base to this one
    source: str | None = None
