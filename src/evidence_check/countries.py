"""Countries: the states a delegation can be, and every way to name them."""

from __future__ import annotations

from dataclasses import dataclass, field

from .names import fold


@dataclass(frozen=True)
class Country:
    alpha3: str
    alpha2: str
    name: str  # the UN's official short name
    common: str  # what people say
    aliases: tuple[str, ...] = ()
    status: str = "member"
    adjectives: tuple[str, ...] = ()  # "Brazilian", "U.S.": read in text ("Brazilian Ministry of Justice")
    other_names: tuple[str, ...] = ()  # the name in other languages ("Brasil", "Japon", "Россия")
    places: tuple[str, ...] = ()  # first-level subdivisions ("Ontario", "Татарстан"): read next to a body's word

    def __str__(self) -> str:
        return self.common


class UnknownCountry(ValueError):
    """A country name that matches nothing; carries close suggestions."""

    def __init__(self, text: str, suggestions: list[str]):
        self.text = text
        self.suggestions = suggestions
        hint = f" (did you mean {', '.join(suggestions)}?)" if suggestions else ""
        super().__init__(f"unknown country {text!r}{hint}")


@dataclass
class Countries:
    """All known countries, looked up by code or any of their names."""

    by_alpha3: dict[str, Country] = field(default_factory=dict)
    by_key: dict[str, Country] = field(default_factory=dict)
    # in_text() and places_in_text(), kept once made: the compiled ruleset pickles them, so a
    # process that reads a paper does not fold some 7,000 names again (about 20 ms)
    _text_keys: dict[str, str] | None = field(default=None, repr=False, compare=False)
    _place_keys: dict[str, str] | None = field(default=None, repr=False, compare=False)

    def add(self, country: Country) -> list[str]:
        """Index a country; return the names that another country already holds."""
        self._text_keys = self._place_keys = None
        self.by_alpha3[country.alpha3] = country
        clashes = []
        for text in (country.alpha3, country.alpha2, country.name, country.common, *country.aliases,
                     *country.other_names):
            key = fold(text)
            held = self.by_key.get(key)
            if held is not None and held.alpha3 != country.alpha3:
                clashes.append(text)
                continue
            self.by_key[key] = country
        return clashes

    def in_text(self) -> dict[str, str]:
        """Folded words that name a country in running text -> alpha3: names, other-language
        names and adjectives, but no two-letter codes ("in", "to" and "it" are words). The same
        dict each time: read it, do not change it."""
        if self._text_keys is not None:
            return self._text_keys
        keys = {}
        for country in self.by_alpha3.values():
            for text in (country.alpha3, country.name, country.common, *country.aliases, *country.other_names,
                         *country.adjectives):
                key = fold(text)
                if key and (len(key) > 2 or not key.isascii()) or key in ("us", "uk"):
                    keys.setdefault(key, country.alpha3)
        self._text_keys = keys
        return keys

    def places_in_text(self) -> dict[str, str]:
        """Folded names of states' subdivisions -> alpha3 ("ontario" -> CAN): what makes
        "Ontario Ministry of Transportation" Canada's. Never a country on its own. The same dict
        each time: read it, do not change it."""
        if self._place_keys is not None:
            return self._place_keys
        keys = {}
        for country in self.by_alpha3.values():
            for text in country.places:
                key = fold(text)
                if key:
                    keys.setdefault(key, country.alpha3)
        self._place_keys = keys
        return keys

    def __contains__(self, alpha3: str) -> bool:
        return alpha3 in self.by_alpha3

    def __len__(self) -> int:
        return len(self.by_alpha3)

    def __iter__(self):
        return iter(self.by_alpha3.values())

    def get(self, alpha3: str) -> Country | None:
        return self.by_alpha3.get(alpha3)

    def find(self, text: str) -> Country:
        """Resolve a name or ISO code to a Country, or raise UnknownCountry."""
        country = self.by_key.get(fold(text))
        if country is not None:
            return country
        raise UnknownCountry(text, self.suggest(text))

    def suggest(self, text: str, limit: int = 3) -> list[str]:
        import difflib

        key = fold(text)
        keys = difflib.get_close_matches(key, list(self.by_key), n=limit * 3, cutoff=0.6)
        seen: list[str] = []
        for k in keys:
            common = self.by_key[k].common
            if common not in seen:
                seen.append(common)
        if not seen and key:
            # a prefix is a fair guess too ("united" -> United States, ...)
            seen = sorted({c.common for k, c in self.by_key.items() if k.startswith(key)})
        return seen[:limit]

    def describe(self, alpha3: str) -> str:
        country = self.by_alpha3.get(alpha3)
        return country.common if country else alpha3
