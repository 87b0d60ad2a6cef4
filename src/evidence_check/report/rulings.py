"""A ruling, written for the chair to read aloud, or for the record."""

from __future__ import annotations

from ..countries import Countries
from ..ruling import Ruling
from .formats import dumps_pretty
from .records import record

FORMATS = ("text", "markdown", "json")


def as_dict(ruling: Ruling, countries: Countries, meta: dict) -> dict:
    return {**meta, "challenger": ruling.challenger, "ruling": ruling.outcome, "reason": ruling.reason,
            "source": record(ruling.verdict, countries)}


def render(ruling: Ruling, countries: Countries, meta: dict, output_format: str) -> str:
    if output_format == "json":
        return dumps_pretty(as_dict(ruling, countries, meta)) + "\n"
    row = record(ruling.verdict, countries)
    name = countries.describe
    publisher = row["publisher"] or row["domain"] or "unknown publisher"
    what = row["category_label"] + (f", {row['owner_name']}" if row["owner_name"] else "")
    context = meta["context"]
    facts = [f"Challenger: {name(ruling.challenger)}"]
    if context["cited_by"]:
        facts.insert(0, f"Cited by: {name(context['cited_by'])}")
    if context["about"]:
        facts.insert(1, "About: " + ", ".join(name(a) for a in context["about"]))
    rule = row["rule"]
    if output_format == "markdown":
        lines = [f"## Ruling: {ruling.outcome}", "", ruling.reason, "",
                 f"- **Source:** {row['input']} — {publisher} ({what})",
                 f"- **{' · '.join(facts)}**".replace(" · ", "** · **"),
                 f"- **Verdict under the rules:** {row['verdict']}"
                 + (f" ({'; '.join(row['conditions'])})" if row["conditions"] else "")]
        if rule:
            lines.append(f"- **Rule:** “{rule['quote']}” ({rule['cite']})")
        lines.append(f"- **Ruleset:** {meta['ruleset']['id']} ({meta['ruleset']['title']})")
        return "\n".join(lines) + "\n"
    lines = [f"Ruling: {ruling.outcome.upper()}", f"  {ruling.reason}", "",
             f"  Source:   {row['input']}", f"            {publisher} ({what})",
             f"  {'  ·  '.join(facts)}",
             f"  Verdict:  {row['verdict']}" + (f" ({'; '.join(row['conditions'])})" if row["conditions"] else "")]
    if rule:
        lines.append(f"  Rule:     “{rule['quote']}”")
        lines.append(f"            — {rule['cite']}")
    lines.append(f"  Ruleset:  {meta['ruleset']['id']} ({meta['ruleset']['title']})")
    return "\n".join(lines) + "\n"
