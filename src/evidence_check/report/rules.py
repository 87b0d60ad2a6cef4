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
    """`rules coverage --format json`."""
    return {
            "ruleset": ruleset.id,
            "categories": {k: {"publishers": found.per_category.get(k, 0),
                               "domains": found.domains_per_category.get(k, 0)} for k in ruleset.categories},
            "countries": {code: {"government": found.governments.get(code, 0),
                                 "state_media": found.state_media.get(code, 0),
                                 "kinds": {g: c[code] for g, c in sorted(found.kinds.items()) if c.get(code)}}
                          for code in found.states},
            "groups": {g: {"publishers": n, "states": found.states_with(g)} for g, n in sorted(found.groups.items())},
        "based_in": dict(sorted(found.based_in.items())),
            "without_government": found.without_government,
            "without_state_media": found.without_state_media,
        }


def coverage_text(ruleset, found) -> str:
    """`rules coverage`: per category, per kind of source and per country."""
    name = ruleset.countries.describe
    out: list[str] = []
    out.append(f"Ruleset: {ruleset.id}\n\nPer category:")
    for key in ruleset.categories:
        out.append(f"  {key:<12} {found.per_category.get(key, 0):>5} publishers "
                   f"{found.domains_per_category.get(key, 0):>6} domains")
    states = found.states
    with_gov = len(states) - len(found.without_government)
    with_media = len(states) - len(found.without_state_media)
    out.append(f"\nStates (UN members and observers): {len(states)}")
    out.append(f"  with a government entry:  {with_gov}")
    out.append(f"  with state-media entries: {with_media}")
    if found.without_government:
        out.append("  no government entry: " + ", ".join(name(c) for c in found.without_government))
    if found.without_state_media:
        out.append("  no state-media entry: " + ", ".join(name(c) for c in found.without_state_media))
    out.append("\nKinds of source (registry groups): entries, and states with one")
    for group, count in sorted(found.groups.items(), key=lambda item: (-item[1], item[0])):
        states_with = found.states_with(group)
        out.append(f"  {group:<22} {count:>6}" + (f"   {states_with:>3} states" if states_with else ""))
    out.append(f"\nOutlets with a country (press, wires): {sum(found.based_in.values())} from "
               f"{len(found.based_in)} countries")
    out.append("\nPer country (government entries / state-media entries):")
    for code in states:
        out.append(f"  {code}  {name(code):<34} {found.governments.get(code, 0):>3} {found.state_media.get(code, 0):>4}")
    return "\n".join(out)
