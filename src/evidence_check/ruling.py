"""A chair's ruling on a challenged source: upheld, not in order, or chair's discretion.

Pure: a Verdict (what the source is worth in this context) plus who
challenges it gives a Ruling with a one-sentence reason a chair can read
aloud, and the rule it rests on.
"""

from __future__ import annotations

from dataclasses import dataclass

from .countries import Countries
from .model import ALL_BUT_OWNER, ANYONE, CONDITIONAL, DISCRETION, INADMISSIBLE, INVALID, NOBODY, Verdict

UPHELD = "upheld"
NOT_IN_ORDER = "not in order"
CHAIRS_DISCRETION = "chair's discretion"


@dataclass(frozen=True)
class Ruling:
    outcome: str  # UPHELD | NOT_IN_ORDER | CHAIRS_DISCRETION
    reason: str  # one sentence
    verdict: Verdict
    challenger: str  # alpha-3


def rule(verdict: Verdict, challenger: str, cited_by: str | None, committee: tuple[str, ...] | None,
         countries: Countries) -> Ruling:
    """Rule on `challenger` denying the source judged in `verdict`."""
    name = countries.describe
    who = name(challenger)
    c = verdict.classification
    publisher = c.publisher.name if c.publisher else (c.registered_domain or "this source")
    owner = c.owner
    category = verdict.category

    def ruling(outcome: str, reason: str) -> Ruling:
        return Ruling(outcome, reason, verdict, challenger)

    if committee is not None and challenger not in committee:
        return ruling(NOT_IN_ORDER, f"{who} is not a member of this committee, so it cannot challenge evidence here.")
    if cited_by and challenger == cited_by:
        return ruling(NOT_IN_ORDER, f"{who} cited this source itself; a delegation cannot challenge its own evidence.")
    if verdict.verdict == INVALID:
        return ruling(CHAIRS_DISCRETION, f"The citation could not be read ({verdict.error}); the chair should "
                                         "ask the delegate for the source.")
    if verdict.verdict == INADMISSIBLE:
        return ruling(UPHELD, f"{publisher} is not accepted as proof under these rules; it may be quoted in a "
                              "speech but does not stand as evidence.")
    if verdict.verdict == DISCRETION:
        return ruling(CHAIRS_DISCRETION, f"The rules do not cover {publisher}; whether it stands as proof is for "
                                         "the chair to decide.")
    contest = verdict.contest
    may_deny = contest.policy == ANYONE or (contest.policy == ALL_BUT_OWNER and challenger != owner)
    if contest.policy == NOBODY or not may_deny:
        if contest.policy == ALL_BUT_OWNER and challenger == owner:
            reason = (f"{who} owns {publisher}; the rules let other countries deny it, not its owner.")
            return ruling(NOT_IN_ORDER, reason)
        if verdict.verdict == CONDITIONAL:
            return ruling(CHAIRS_DISCRETION, f"No country may deny {publisher} on source grounds, but the chair "
                                             f"must judge whether {_join(verdict.conditions)}.")
        reason = f"{publisher} is admissible ({category.label}), and the rules give {who} no ground to deny it."
        if owner and category.about_owner is not None:
            reason = (f"{publisher} is used about {name(owner)}, its owning state, so it is admissible and "
                      f"the rules give {who} no ground to deny it.")
        return ruling(NOT_IN_ORDER, reason)
    if contest.only_if_about_other:
        return ruling(CHAIRS_DISCRETION, f"{who} may deny {publisher} only if the claim is about a country other "
                                         f"than {name(owner)}; the chair must establish what the claim is about.")
    if category.denied_may_stand:
        return ruling(CHAIRS_DISCRETION, f"{who} may deny {publisher}, but under these rules the chair may still "
                                         "accept a denied source as credible.")
    if owner:
        return ruling(UPHELD, f"{who} may deny {publisher}: the rules let any country other than {name(owner)} "
                              "deny it, so it does not stand as proof.")
    return ruling(UPHELD, f"{who} may deny {publisher} under these rules, so it does not stand as proof.")


def _join(items: tuple[str, ...]) -> str:
    return " and ".join(items) if items else "the source supports the claim"
