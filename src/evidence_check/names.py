"""Name folding: how two spellings of a name are found to be the same.

"XINHUA NEWS AGENCY", "Xinhua News Agency" and "Xinhua  news-agency" fold to
one key; so do "U.S. Department of State" and "US Department of State", and
"Côte d'Ivoire" and "Cote d'Ivoire". Nothing fuzzy: a name either folds to a
known key or it is not known.
"""

from __future__ import annotations

import re
from functools import lru_cache

_NON_WORD = re.compile(r"[\W_]+")  # any script's letters and digits stay (Cyrillic, Arabic, Chinese)
# Indic and Thai vowel signs are marks, not letters, but belong to the word they are in.
_NON_WORD_ANY = re.compile(r"(?:[^\w\u0900-\u0e7f]|_)+")
_DOTTED_INITIALS = re.compile(r"\b(?:[a-z]\.){2,}")
# "U S Department of State": a PDF's text layer or a typist drops the points of "U.S.", "U.K.",
# "U.N."; spaced capitals are those initials only when they are U S (A), U K or U N.
SPACED_INITIALS = re.compile(r"\bU (?:S(?: A)?|K|N)\b")  # also what recognise glues in text
# Latin letters that do not decompose into a base letter and an accent.
_LETTERS = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i"})


def _kept_mark(ch: str) -> bool:
    """Marks that make another letter, not an accent: Japanese voicing (ガ is not カ, バ is not ハ)
    and the vowel signs of Indic and Thai scripts."""
    return ch in "\u3099\u309a" or "\u0900" <= ch <= "\u0e7f"


def fold(name: str) -> str:
    """Return the comparison key of a name (lower case, no accents or punctuation)."""
    if "U " in name:
        name = SPACED_INITIALS.sub(lambda m: m.group(0).replace(" ", ""), name)
    if name.isascii():
        text = name.casefold()
        text = _DOTTED_INITIALS.sub(lambda m: m.group(0).replace(".", ""), text)
        return _NON_WORD.sub(" ", text.replace("&", " and ").replace("'", "")).strip()
    import unicodedata  # here: an ASCII name (and a URL-only run) never needs it

    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch) or _kept_mark(ch))
    text = unicodedata.normalize("NFC", text).casefold().translate(_LETTERS)
    # "U.S." and "US" must agree: glue dotted initials before punctuation goes.
    text = _DOTTED_INITIALS.sub(lambda m: m.group(0).replace(".", ""), text)
    # Japanese writes a foreign name with or without its middle dot: "ニューヨーク・タイムズ" is
    # "ニューヨークタイムズ"
    text = text.replace("&", " and ").replace("'", "").replace("\u2019", "").replace("\u30fb", "")
    return _NON_WORD_ANY.sub(" ", text).strip()


@lru_cache(maxsize=262144)
def fold_name(name: str) -> str:
    """fold(), remembered: the ruleset loader folds the same tens of thousands of registry names
    each time it builds an index (every ruleset that extends another), and they repeat."""
    return fold(name)
