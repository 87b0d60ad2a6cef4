"""What a registry holds, per category and per country, and what it lacks."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from .load import Ruleset


@dataclass
class Coverage:
    per_category: Counter = field(default_factory=Counter)
    domains_per_category: Counter = field(default_factory=Counter)
    governments: Counter = field(default_factory=Counter)  # alpha-3 -> government entries
    state_media: Counter = field(default_factory=Counter)  # alpha-3 -> state-media entries
    states: list[str] = field(default_factory=list)  # member and observer states, alpha-3
    kinds: dict[str, Counter] = field(default_factory=dict)  # group (missions, ministries...) -> alpha-3 -> entries
    groups: Counter = field(default_factory=Counter)  # group -> entries, owned or not (un-alternates, platforms)
    based_in: Counter = field(default_factory=Counter)  # alpha-3 -> entries whose `country` it is (press)

    def states_with(self, group: str) -> int:
        """How many member and observer states have at least one entry of this group."""
        counts = self.kinds.get(group, Counter())
        return sum(1 for code in self.states if counts.get(code))

    @property
    def without_government(self) -> list[str]:
        return [code for code in self.states if not self.governments.get(code)]

    @property
    def without_state_media(self) -> list[str]:
        return [code for code in self.states if not self.state_media.get(code)]


def coverage(ruleset: Ruleset) -> Coverage:
    result = Coverage()
    result.states = [c.alpha3 for c in ruleset.countries if c.status in ("member", "observer")]
    for publisher in ruleset.index.publishers:
        result.per_category[publisher.category] += 1
        result.domains_per_category[publisher.category] += len(publisher.domains)
        if publisher.category == "government" and publisher.owner:
            result.governments[publisher.owner] += 1
        if publisher.category == "state_media" and publisher.owner:
            result.state_media[publisher.owner] += 1
        if publisher.country:
            result.based_in[publisher.country] += 1
        if publisher.group:
            result.groups[publisher.group] += 1
            if publisher.owner:
                result.kinds.setdefault(publisher.group, Counter())[publisher.owner] += 1
    return result
