"""What a registry holds, per category and per country, and what it lacks.

Countries are counted for the categories whose rule turns on the owning state
(a contest open to all but the owner, or a case for claims about the owner):
`government` and `state_media` in the default rules, whatever a conference's
own ruleset calls them.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..model import ALL_BUT_OWNER
from .model import Ruleset


@dataclass
class Coverage:
    per_category: Counter = field(default_factory=Counter)
    domains_per_category: Counter = field(default_factory=Counter)
    owned: dict[str, Counter] = field(default_factory=dict)  # owner-bearing category -> alpha-3 -> entries
    states: list[str] = field(default_factory=list)  # member and observer states, alpha-3
    kinds: dict[str, Counter] = field(default_factory=dict)  # group (missions, ministries...) -> alpha-3 -> entries
    groups: Counter = field(default_factory=Counter)  # group -> entries, owned or not (un-alternates, platforms)
    based_in: Counter = field(default_factory=Counter)  # alpha-3 -> entries whose `country` it is (press)

    def states_with(self, group: str) -> int:
        """How many member and observer states have at least one entry of this group."""
        counts = self.kinds.get(group, Counter())
        return sum(1 for code in self.states if counts.get(code))

    def without(self, category: str) -> list[str]:
        """Member and observer states with no entry of an owner-bearing category."""
        counts = self.owned.get(category, Counter())
        return [code for code in self.states if not counts.get(code)]

    # The default rules' names, for readers of the library API.
    @property
    def governments(self) -> Counter:
        return self.owned.get("government", Counter())

    @property
    def state_media(self) -> Counter:
        return self.owned.get("state_media", Counter())

    @property
    def without_government(self) -> list[str]:
        return self.without("government")

    @property
    def without_state_media(self) -> list[str]:
        return self.without("state_media")


def owned_categories(ruleset: Ruleset) -> list[str]:
    """The categories whose rule turns on the owning state, in the ruleset's order."""
    return [key for key, rule in ruleset.categories.items()
            if rule.about_owner is not None or rule.case.contest == ALL_BUT_OWNER]


def coverage(ruleset: Ruleset) -> Coverage:
    result = Coverage()
    result.states = [c.alpha3 for c in ruleset.countries if c.status in ("member", "observer")]
    result.owned = {key: Counter() for key in owned_categories(ruleset)}
    for publisher in ruleset.index.publishers:
        result.per_category[publisher.category] += 1
        result.domains_per_category[publisher.category] += len(publisher.domains)
        if publisher.owner and publisher.category in result.owned:
            result.owned[publisher.category][publisher.owner] += 1
        if publisher.country:
            result.based_in[publisher.country] += 1
        if publisher.group:
            result.groups[publisher.group] += 1
            if publisher.owner:
                result.kinds.setdefault(publisher.group, Counter())[publisher.owner] += 1
    return result
