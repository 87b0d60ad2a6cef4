"""Judge a Classification under a ruleset and a committee context.

Pure: what a source is worth, on what condition, and who may deny it.
"""

from __future__ import annotations

from .model import (
    ALL_BUT_OWNER,
    INVALID,
    NOBODY,
    Case,
    Category,
    Classification,
    Contest,
    Context,
    Verdict,
)
from .ruleset.model import Ruleset

INVALID_CATEGORY = Category(
    key=INVALID,
    label="Not a citation",
    case=Case(INVALID),
    quote="",
    cite="",
    hint="check the line: it is not a URL the rules can judge",
)


def judge(classification: Classification, context: Context, ruleset: Ruleset) -> Verdict:
    if classification.category == INVALID:
        return Verdict(classification, INVALID_CATEGORY, INVALID,
                       error=classification.source.error or "not a valid citation")
    category = ruleset.categories[classification.category]
    owner = classification.owner
    case = category.case
    only_if_about_other = False
    notes: list[str] = []
    if category.about_owner is not None and owner is not None:
        if context.about and all(country == owner for country in context.about):
            case = category.about_owner
        elif not context.about:
            # Not told what the claim is about: give both cases.
            only_if_about_other = case != category.about_owner
            notes.append(
                f"used only about {ruleset.countries.describe(owner)}: {category.about_owner.verdict}"
                + ("" if category.about_owner.contest == NOBODY else ", contestable")
                + "; give --about to decide"
            )
    contest = _contest(case, owner, context, only_if_about_other)
    if classification.detail:
        notes.insert(0, classification.detail)
    publisher = classification.publisher
    if publisher is not None and publisher.note:
        notes.insert(0, publisher.note)
    conditions = case.conditions
    if classification.condition:
        conditions = (*conditions, classification.condition)
    if classification.suggestion:
        notes.append(f"did you mean {classification.suggestion!r}? (not applied: check the name)")
    return Verdict(classification, category, case.verdict, conditions, contest, tuple(notes))


def _contest(case: Case, owner: str | None, context: Context, only_if_about_other: bool) -> Contest:
    if case.contest == NOBODY:
        return Contest(NOBODY, members=())
    excluded = []
    if case.contest == ALL_BUT_OWNER and owner:
        excluded.append(owner)
    if context.cited_by and context.cited_by not in excluded:
        excluded.append(context.cited_by)
    members = None
    if context.committee is not None:
        members = tuple(m for m in context.committee if m not in excluded)
    return Contest(case.contest, tuple(excluded), members, only_if_about_other)


class Judge:
    """judge() for one ruleset and context, memoised: in a bulk run most verdicts repeat.

    A verdict depends on the classification only through its category, owner,
    detail and publisher note, so those are the key.
    """

    def __init__(self, ruleset: Ruleset, context: Context, cache_size: int = 16384):
        self.ruleset = ruleset
        self.context = context
        self._cache: dict[tuple, Verdict] = {}
        self._cache_size = cache_size
        self._invalid_contest = Contest(NOBODY)  # as judge() makes it for an invalid row

    def __call__(self, classification: Classification) -> Verdict:
        if classification.category == INVALID:
            # one Contest for every invalid row, as other verdicts share theirs per key: a writer's
            # recorder memoises by the Contest's identity, and a fresh one per row filled its memo
            # with one entry per invalid line (about 10 MB in a bulk run)
            verdict = judge(classification, self.context, self.ruleset)
            verdict.contest = self._invalid_contest
            return verdict
        publisher = classification.publisher
        key = (classification.category, classification.owner, classification.detail,
               publisher.note if publisher is not None else None, classification.condition,
               classification.suggestion)
        known = self._cache.get(key)
        if known is None:
            known = judge(classification, self.context, self.ruleset)
            if len(self._cache) >= self._cache_size:
                self._cache.clear()
            self._cache[key] = known
        return Verdict(classification, known.category, known.verdict, known.conditions, known.contest, known.notes)
