"""Hosts that imitate a listed one with letters of another script ("un.оrg" with a Cyrillic о).

An internationalised host arrives as punycode (xn--...). Its Unicode form is mapped
letter by letter to the Latin letters it is confusable with (Unicode's confusables
data, through the confusable_homoglyphs package); when that skeleton is a host the
registry lists, the row says whose look-alike it is. The look-alike never gets the
listed publisher's class.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=4096)
def skeleton(host: str) -> str | None:
    """The all-Latin host an internationalised host imitates, or None (not an IDN, or no
    confusable letters, or letters with no Latin look-alike)."""
    if "xn--" not in host:
        return None
    try:
        shown = host.encode("ascii").decode("idna")
    except (UnicodeError, ValueError):
        return None
    from confusable_homoglyphs import confusables

    found = confusables.is_confusable(shown, greedy=True, preferred_aliases=["latin"]) or []
    swap = {}
    for item in found:
        latin = next((h["c"] for h in item["homoglyphs"] if h["c"].isascii() and h["c"].isalnum()), None)
        if latin is not None:
            swap[item["character"]] = latin.lower()
    imitated = "".join(swap.get(ch, ch) for ch in shown)
    return imitated if imitated != shown and imitated.isascii() else None
