"""What a row means for a delegate, in words: the verdict's label, the risk, what to do.

Every output format says the same thing the same way (the table, the plain
text, Markdown, the fix list): a verdict a delegate understands ("not proof",
"chair decides"), who may deny the source, and the one thing to do about it.
Works on the row dicts of `records` (the JSON output's rows), so nothing here
knows the ruleset's category names: it reads verdicts and contest policies.
"""

from __future__ import annotations

# What each verdict is called for people, with a symbol so colour is never the only signal.
LABELS = {"admissible": "admissible", "conditional": "conditional", "inadmissible": "not proof",
          "discretion": "chair decides", "invalid": "not a citation"}
SYMBOLS = {"admissible": "\u2714", "conditional": "?", "inadmissible": "\u2718", "discretion": "\u2022",
           "invalid": "!"}
STYLES = {"admissible": "green", "conditional": "yellow", "inadmissible": "red", "discretion": "magenta",
          "invalid": "bold red"}

# What to do, most serious first: each citation counts once, under its most serious action.
ACTIONS = ("replace", "back up", "check")
ACTION_WORDS = {"replace": "to replace", "back up": "to back up", "check": "to check", None: "fine"}


def label(r: dict) -> str:
    return LABELS.get(r["verdict"], r["verdict"])


def contestable(r: dict) -> bool:
    """Whether the rules let another member deny this source (the citing delegation never can)."""
    return r["verdict"] in ("admissible", "conditional") and r["contest"]["policy"] != "nobody"


def action(r: dict) -> str | None:
    """replace (not proof), back up (another member may deny it), check (a condition, the chair's
    call, a dead link, not a citation), or None (nothing to do)."""
    verdict = r["verdict"]
    if verdict == "inadmissible":
        return "replace"
    if verdict in ("invalid", "discretion") or dead(r):
        return "check"  # a dead link first: backing up a source nobody can open comes after
    if contestable(r):
        return "back up"
    if verdict == "conditional":
        return "check"
    return None


def dead(r: dict) -> bool:
    """Whether online mode found the link dead or unreachable (any status but a live or blocked one)."""
    status = r.get("link_status")
    if not status:
        return False
    from ..online.model import DEAD

    return status in DEAD


def deniers(r: dict) -> str | None:
    """Who may deny it, in words ("any member but Russia"), or None when nobody may."""
    if not contestable(r):
        return None
    contest = r["contest"]
    text = contest["text"]
    text = text.replace("any member except ", "any member but ")
    return text


def todo(r: dict) -> str:
    """What the verdict means for the delegate, without the verdict's name: who may deny it and
    how to make the point safe, what the chair will check, what to cite instead ('' when fine)."""
    verdict = r["verdict"]
    hint = r.get("hint") or ""
    if r.get("error"):
        return r["error"]
    if verdict == "inadmissible":
        return hint or "not accepted as proof"
    if verdict == "discretion":
        return hint or "not covered by the rules: the chair decides"
    parts = []
    if r["conditions"]:
        parts.append(("admissible if " if verdict == "conditional" else "if ") + "; ".join(r["conditions"]))
    who = deniers(r)
    if who:
        parts.append(f"{who} may deny it")
        first, _, rest = hint.partition("; ")
        hint = rest if "may deny" in first else hint  # the hint's general "another country may deny it"
    if hint and action(r):
        parts.append(hint)
    return "; ".join(parts)


def risk(r: dict) -> str:
    """One sentence: the verdict and what it means ("admissible — any member but Brazil may deny
    it", "not proof — Wikipedia: find the UN, government or Reuters source")."""
    what = label(r)
    if r["verdict"] == "inadmissible" and not r.get("error"):
        what += f" \u2014 {r['publisher'] or r['category_label']}"
        rest = todo(r)
        return what + (f": {rest}" if rest else "")
    rest = todo(r)
    return what + (f" \u2014 {rest}" if rest else "")


def fix_list(rows: list[dict]) -> list[tuple[int, str, dict]]:
    """(row number, action, row) for every row to act on, most serious action first, then in order."""
    order = {name: n for n, name in enumerate(ACTIONS)}
    found = [(number, action(r), r) for number, r in enumerate(rows, 1)]
    return sorted(((n, a, r) for n, a, r in found if a is not None), key=lambda item: (order[item[1]], item[0]))


def actions_count(rows: list[dict]) -> dict[str, int]:
    """How many rows fall under each action (each row once), and how many are fine."""
    counts = {name: 0 for name in ACTIONS}
    counts["fine"] = 0
    for r in rows:
        counts[action(r) or "fine"] += 1
    return counts


def summary(rows: list[dict], skipped: int = 0) -> str:
    """A summary whose counts add up: each citation once, under its most serious action."""
    counts = actions_count(rows)
    total = len(rows)
    noun = "citation" if total == 1 else "citations"
    parts = [f"{counts[name]} {ACTION_WORDS[name]}" for name in ACTIONS if counts[name]]
    if counts["fine"]:
        parts.append(f"{counts['fine']} fine")
    text = f"{total} {noun}" + (f": {', '.join(parts)}" if parts else "")
    if skipped:
        text += f" ({skipped} blank or comment line{'s' if skipped != 1 else ''} skipped)"
    return text
