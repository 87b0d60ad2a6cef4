"""A ruling, written for the chair to read aloud, or for the record."""

from __future__ import annotations

from ..countries import Countries
from ..ruling import Ruling
from .formats import _terminal_width, _wrap, dumps_pretty, printable
from .records import record

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
                 f"- **Source:** {printable(row['input'])} — {publisher} ({what})",
                 f"- **{' · '.join(facts)}**".replace(" · ", "** · **"),
                 f"- **Verdict under the rules:** {row['verdict']}"
                 + (f" ({'; '.join(row['conditions'])})" if row["conditions"] else "")]
        if rule:
            lines.append(f"- **Rule:** “{rule['quote']}” ({rule['cite']})")
        lines.append(f"- **Ruleset:** {meta['ruleset']['id']} ({meta['ruleset']['title']})")
        return "\n".join(lines) + "\n"
    width = _terminal_width(None)
    out = [f"Ruling: {ruling.outcome.upper()}"]
    out += _wrap(ruling.reason, width, "  ")
    out.append("")
    out += _wrap(printable(row["input"]), width, "  Source:   ", "            ")
    out += _wrap(f"{publisher} ({what})", width, "            ")
    out += _wrap("  ·  ".join(facts), width, "  ")
    out += _wrap(f"{row['verdict']}" + (f" ({'; '.join(row['conditions'])})" if row["conditions"] else ""),
                    width, "  Verdict:  ", "            ")
    if rule:
        out += _wrap(f"“{rule['quote']}” — {rule['cite']}", width, "  Rule:     ", "            ")
    out += _wrap(f"{meta['ruleset']['id']} ({meta['ruleset']['title']})", width, "  Ruleset:  ",
                    "            ")
    return "\n".join(out) + "\n"


# What a ruling means, said after it; the decision itself is the first thing printed, loud.
MEANS = {"upheld": "the challenge stands: the source does not stand as proof",
         "not in order": "the challenge is not in order: the source stands",
         "chair's discretion": "for the chair to decide"}
STYLE = {"upheld": "bold white on red", "not in order": "bold black on green",
         "chair's discretion": "bold black on yellow"}


def render_terminal(rulings: list[Ruling], countries: Countries, meta: dict, out, color: bool | None) -> None:
    """Rulings at a terminal, to read aloud: the decision first (bold, coloured, and in capitals, so
    it reads without colour), the reason in one sentence, the source, the rule quoted; wrapped."""
    from rich.text import Text

    from .formats import terminal

    console = terminal(out, color)
    for ruling in rulings:
        row = record(ruling.verdict, countries)
        head = Text()
        head.append(f" RULING: {ruling.outcome.upper()} ", style=STYLE.get(ruling.outcome, "bold"))
        head.append(f"  {MEANS.get(ruling.outcome, '')}", style="bold")
        console.print(head)
        console.print(Text(ruling.reason, style="bold"))
        publisher = row["publisher"] or row["domain"] or "unknown publisher"
        what = row["category_label"] + (f", {row['owner_name']}" if row["owner_name"] else "")
        facts = [f"{printable(row['input'])} — {publisher} ({what})",
                 f"challenged by {countries.describe(ruling.challenger)}"]
        context = meta["context"]
        if context["cited_by"]:
            facts.append(f"cited by {countries.describe(context['cited_by'])}")
        if context["about"]:
            facts.append("about " + ", ".join(countries.describe(a) for a in context["about"]))
        console.print(Text(" · ".join(facts), style="dim"))
        if row["rule"]:
            console.print(Text(f"Rule: “{row['rule']['quote']}” — {row['rule']['cite']}", style="italic"))
        console.print()
    console.print(Text(f"Ruleset: {meta['ruleset']['id']} ({meta['ruleset']['title']})", style="dim"))
