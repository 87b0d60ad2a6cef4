"""What changes between two rulesets: the sources whose verdict differs."""

from __future__ import annotations

from dataclasses import dataclass

from ..judge import judge
from ..model import Classification, Context, Publisher, Source
from .model import Ruleset


@dataclass(frozen=True)
class Change:
    publisher: Publisher
    before: tuple[str, str] | None  # (category, verdict) under A, None when A lacks it
    after: tuple[str, str] | None


def _worth(ruleset: Ruleset, publisher: Publisher | None) -> tuple[str, str] | None:
    if publisher is None:
        return None
    source = Source(publisher.name, "name")
    verdict = judge(Classification(source, publisher.category, publisher, publisher.owner), Context(), ruleset)
    return publisher.category, verdict.verdict


def changes(a: Ruleset, b: Ruleset) -> list[Change]:
    """Every publisher whose category or verdict differs, in B's order then A's leftovers."""
    out: list[Change] = []
    seen: set[str] = set()
    for publisher in [*b.index.publishers, *a.index.publishers]:
        if publisher.id in seen:
            continue
        seen.add(publisher.id)
        before, after = _worth(a, a.index.get(publisher.id)), _worth(b, b.index.get(publisher.id))
        if before != after:
            out.append(Change(publisher, before, after))
    return out


def rule_changes(a: Ruleset, b: Ruleset) -> list[tuple[str, str, str]]:
    """Categories whose rule differs: (key, in A, in B) described in words."""
    def words(ruleset: Ruleset, key: str) -> str:
        category = ruleset.categories.get(key)
        if category is None:
            return "absent"
        case = category.case
        text = f"{case.verdict}, contest: {case.contest}"
        if case.conditions:
            text += f" ({'; '.join(case.conditions)})"
        if category.denied_may_stand:
            text += ", a denied source may stand"
        return text
    keys = [*a.categories, *(k for k in b.categories if k not in a.categories)]
    return [(k, words(a, k), words(b, k)) for k in keys if words(a, k) != words(b, k)]
