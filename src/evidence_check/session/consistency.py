"""Was this source ruled before in the session, and the same way? Pure, on log entries.

    ruled UPHELD at 10:42 when China challenged
    ⚑ ruled NOT IN ORDER at 10:42 when France challenged: a different outcome, because
      the challenger differs (France then, China now)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Note:
    text: str
    differs: bool  # a different outcome than before: flag it


def same_source(a: dict, b: dict) -> bool:
    return bool(a.get("key")) and a.get("key") == b.get("key")


def earlier(rows: list[dict], entry: dict, describe: Callable[[str], str]) -> Note | None:
    """The note for `entry` given the standing rulings before it (None: first time ruled)."""
    before = [r for r in rows if r.get("type") == "ruling" and r.get("n") != entry.get("n")
              and same_source(r, entry)]
    if not before:
        return None
    differing = [r for r in before if r.get("ruling") != entry.get("ruling")]
    last = before[-1]
    if not differing:
        times = f" ({len(before)} times)" if len(before) > 1 else ""
        return Note(f"ruled {_said(last, describe)}{times}: the same outcome", False)
    other = differing[-1]
    why = reasons(other, entry, describe)
    return Note(f"ruled {_said(other, describe)}: a different outcome, because {why}", True)


def _said(row: dict, describe) -> str:
    return f"{row.get('ruling', '').upper()} at {clock(row)} when {describe(row.get('challenger', ''))} challenged"


def clock(row: dict) -> str:
    time = row.get("time") or ""
    return time[11:16] if len(time) >= 16 else time


def reasons(then: dict, now: dict, describe: Callable[[str], str]) -> str:
    """What differs between two rulings of one source, in words."""
    found = []

    def one(code):
        return describe(code) if code else "nobody"

    def many(codes):
        return ", ".join(describe(c) for c in codes) if codes else "no country"

    if then.get("challenger") != now.get("challenger"):
        found.append(f"the challenger differs ({one(then.get('challenger'))} then, "
                     f"{one(now.get('challenger'))} now)")
    if (then.get("cited_by") or None) != (now.get("cited_by") or None):
        found.append(f"the citing delegation differs ({one(then.get('cited_by'))} then, "
                     f"{one(now.get('cited_by'))} now)")
    if sorted(then.get("about") or []) != sorted(now.get("about") or []):
        found.append(f"the subject differs (about {many(then.get('about'))} then, "
                     f"about {many(now.get('about'))} now)")
    if then.get("source") != now.get("source") and then.get("verdict") != now.get("verdict"):
        found.append(f"the citation differs ({then.get('source')!r} then)")
    if then.get("committee") != now.get("committee"):
        found.append("the committee list changed")
    if then.get("ruleset") != now.get("ruleset"):
        found.append(f"the ruleset changed ({then.get('ruleset')} then, {now.get('ruleset')} now)")
    if not found:
        return "nothing in the challenge differs (check the rules in force)"
    return "; ".join(found)
