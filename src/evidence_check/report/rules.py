"""What the `rules` commands print: pure functions from a ruleset to text (or JSON values)."""

from __future__ import annotations


def show(ruleset) -> str:
    """`rules show`: the categories, verdicts, contest policies and the registry's size."""
    from collections import Counter

    out: list[str] = []
    counts = Counter(p.category for p in ruleset.index.publishers)
    out.append(f"Ruleset: {ruleset.id} — {ruleset.title}")
    out.append(f"File: {ruleset.path}")
    if len(ruleset.chain) > 1:
        out.append("Extends: " + " → ".join(ruleset.chain))
    out.append(f"Registry: {len(ruleset.index.publishers)} publishers, {len(ruleset.index.hosts) + sum(len(v) for v in ruleset.index.paths.values())} domains, "
               f"{len(ruleset.countries)} countries")
    out.append(f"State media: typologies {', '.join(ruleset.state_media_typologies)}; "
               f"below that: {ruleset.state_media_below}\n")
    for key, category in ruleset.categories.items():
        case = category.case
        line = f"  {key:<12} {case.verdict:<13} contest: {case.contest:<14} {counts.get(key, 0):>5} publishers"
        out.append(line + f"   {category.label}   [{category.origin}]")
        if case.conditions:
            out.append(f"  {'':<12} condition: {'; '.join(case.conditions)}")
        if category.about_owner:
            o = category.about_owner
            out.append(f"  {'':<12} about the owner only: {o.verdict}, contest: {o.contest}")
    out.append("\nUse `evidence-check rules explain CATEGORY` for a rule's text.")
    return "\n".join(out)


def explain(rule) -> str:
    """`rules explain`: a rule's verdict, conditions, who may contest it, and the guide's words."""
    out: list[str] = []
    case = rule.case
    out.append(f"{rule.key}: {rule.label}")
    out.append(f"  verdict:    {case.verdict}")
    if case.conditions:
        out.append(f"  condition:  {'; '.join(case.conditions)}")
    out.append(f"  contest:    {_policy_words(case.contest)}")
    if rule.about_owner:
        o = rule.about_owner
        out.append(f"  used only about the owning state: {o.verdict}"
                   + (f" ({'; '.join(o.conditions)})" if o.conditions else "")
                   + f"; contest: {_policy_words(o.contest)}")
    if rule.hint:
        out.append(f"  hint:       {rule.hint}")
    out.append(f"\n  “{rule.quote}”\n  — {rule.cite}")
    out.append(f"\n  defined at {rule.origin}")
    return "\n".join(out)


def _policy_words(policy: str) -> str:
    return {"nobody": "nobody may deny it on source grounds",
            "all_but_owner": "any member except the owning state (and the citing delegation)",
            "anyone": "any member except the citing delegation"}.get(policy, policy)


def coverage_json(ruleset, found) -> dict:
    """`rules coverage --format json`. Per country, one count per owner-bearing category
    (`government`, `state_media` in the default rules) and `without_<category>` lists."""
    doc = {
        "ruleset": ruleset.id,
        "categories": {k: {"publishers": found.per_category.get(k, 0),
                           "domains": found.domains_per_category.get(k, 0)} for k in ruleset.categories},
        "countries": {code: {**{key: counts.get(code, 0) for key, counts in found.owned.items()},
                             "kinds": {g: c[code] for g, c in sorted(found.kinds.items()) if c.get(code)}}
                      for code in found.states},
        "groups": {g: {"publishers": n, "states": found.states_with(g)} for g, n in sorted(found.groups.items())},
        "based_in": dict(sorted(found.based_in.items())),
    }
    for key in found.owned:
        doc[f"without_{key}"] = found.without(key)
    return doc


def coverage_text(ruleset, found) -> str:
    """`rules coverage`: per category, per kind of source and per country."""
    name = ruleset.countries.describe
    out: list[str] = []
    out.append(f"Ruleset: {ruleset.id}\n\nPer category:")
    for key in ruleset.categories:
        out.append(f"  {key:<12} {found.per_category.get(key, 0):>5} publishers "
                   f"{found.domains_per_category.get(key, 0):>6} domains")
    states = found.states
    out.append(f"\nStates (UN members and observers): {len(states)}")
    for key in found.owned:
        label = ruleset.categories[key].label
        out.append(f"  with a {key} entry ({label}): {len(states) - len(found.without(key))}")
    for key in found.owned:
        if found.without(key):
            out.append(f"  no {key} entry: " + ", ".join(name(c) for c in found.without(key)))
    out.append("\nKinds of source (registry groups): entries, and states with one")
    for group, count in sorted(found.groups.items(), key=lambda item: (-item[1], item[0])):
        states_with = found.states_with(group)
        out.append(f"  {group:<22} {count:>6}" + (f"   {states_with:>3} states" if states_with else ""))
    out.append(f"\nOutlets with a country (press, wires): {sum(found.based_in.values())} from "
               f"{len(found.based_in)} countries")
    out.append(f"\nPer country (entries: {' / '.join(found.owned)}):")
    for code in states:
        out.append(f"  {code}  {name(code):<34} " + " ".join(f"{counts.get(code, 0):>4}" for counts in found.owned.values()))
    return "\n".join(out)


def categories_markdown(ruleset) -> str:
    """The ruleset's categories as a Markdown table (REGISTRY-FORMAT.md carries the default's)."""
    out = ["| category | label | verdict | who may deny it |", "|---|---|---|---|"]
    for key, rule in ruleset.categories.items():
        verdict = rule.case.verdict + (f"; about the owner only: {rule.about_owner.verdict}" if rule.about_owner else "")
        out.append(f"| `{key}` | {rule.label} | {verdict} | {_policy_words(rule.case.contest)} |")
    return "\n".join(out) + "\n"
