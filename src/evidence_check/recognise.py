"""Read a citation as people write it: find what names its source in free text.

A bibliography line, a footnote or a sentence pasted from a paper names its
source in one of four ways, and this module finds each with its place:

- a UN document as people cite it: a symbol anywhere ("A/RES/55/25",
  "S/RES/2388 (2017)"), a resolution by number ("Resolution 1612", "UNSCR
  1325", "GA res 55/25", "General Assembly resolution 70/1"), a
  "Report of the Secretary-General";
- a registry name or alias, the longest one on word boundaries, anywhere in
  the line ("... (UNODC)", "\u201cTitle.\u201d Reuters, 14 Aug. 2023.");
- a government body by grammar: a body word next to a country ("Ministry of
  Foreign Affairs of Japan", "Brazilian Ministry of Justice", "Japan's
  Ministry", "Ministère ... du Japon"), in the six UN languages, Portuguese
  and German (see `grammar`). A body that names no country is still a
  government body: the owner is left open and the row says so.

A URL in the line decides before all of these; `urls.parse` finds it. Among
the rest, what sits inside quotation marks (a title) counts last; then the
earliest, then the longest: in "Author. Title. Publisher." forms the author
comes first. Nothing fuzzy is ever applied: a near miss only gives a
suggestion (`suggest`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from . import grammar
from .mastheads import masthead
from .names import SPACED_INITIALS, fold
from .ruleset.index import proper_prefixes
from .unsymbols import ORGANS, match_symbol

_TOKEN = re.compile(r"[^\s,;:()\[\]{}\"\u201c\u201d\u201e\u00ab\u00bb/|]+")
_QUOTED = re.compile(r"\"[^\"]{2,}\"|\u201c[^\u201d]{2,}\u201d|\u00ab[^\u00bb]{2,}\u00bb|\u201e[^\u201c\u201d]{2,}[\u201c\u201d]"
                     r"|\u300c[^\u300d]{2,}\u300d|\u300e[^\u300f]{2,}\u300f"  # and Japanese 「title」 『book』
                     r"|\u2018[^\u2019]{2,}\u2019(?!\w)")  # British \u2018title\u2019 (an apostrophe inside goes on)
_CLAUSE_END = re.compile(r"(?<![A-Z])\.(?:\s|$)|[;:,(\u2013\u2014]|\s-\s")
_SYMBOL_IN_TEXT = re.compile(
    r"(?<![\w/.\-])((?:A|S|E|T|ST|HRC|CRC|CEDAW|CCPR|CERD|CAT|CMW|CRPD|CED|DP|UNEP|TD|CTOC)"
    r"(?:/[A-Za-z0-9.\-]+)+)(?:\s*\(\d{4}\))?"
)
_RESOLUTION = re.compile(
    r"(?P<who>\b(?:UN\s*SC|UNSC|U\.N\.S\.C\.|S\.?C\.?|Security\s+Council|UN\s*GA|UNGA|U\.N\.G\.A\.|G\.?\s?A\.?|"
    r"General\s+Assembly|HRC|Human\s+Rights\s+Council|UN|U\.N\.|United\s+Nations)\s*)?"
    r"\b(?:UNSCR|UNSC\s+Res|UNGA\s+Res|res(?:olution)?s?\.?)\s*(?:No\.?\s*)?"
    r"(?P<number>\d{1,3}/\d{1,4}|\d{1,4})(?:\s*(?:[A-Z]\s*)?\((?P<session>[IVXLC]+|\d{4})\))?",
    re.IGNORECASE,
)
# What may stand between a body's name and the state that qualifies it: a bracket, a comma or a
# dash, or "of"/"de"/"do"... ("Ministry of Health (Ecuador)", "Secretaría de ... de Honduras").
_QUALIFIER = re.compile(r"\s*(?:[(,\u2013\u2014-]\s*|\s(?:de la|de|del|da|do|des|du|of the|of|von|der)\s+|\s*)"
                        r"(?P<rest>[^()\[\],;.:]{2,60})")
_BRACKETED_LATER = re.compile(r"[^()\[\];.,:]{1,40}?\(\s*(?P<rest>[^()]{2,60})\)")
_AUTHOR = re.compile(r"\s*([^\W\d][^.,;:()\[\]\"\u201c\u201d]{1,58}?)(?:\.\s|\.?\s*$)")
# The UN Secretary-General's documents as people cite them: "Report of the Secretary-General ...",
# "Note by the Secretary-General", "Letter dated ... from the Secretary-General", "Secretary-General's
# report/bulletin" (the UN writes the title with a hyphen; NATO's "Secretary General" has none, and
# another organisation named just before it keeps its own: "ASEAN Secretary-General's report").
_SG_REPORT = re.compile(
    r"\b(?:reports?|note|letter|statement|remarks|message|bulletin)\s+(?:of|by|from)\s+the\s+"
    r"(?:united\s+nations\s+|un\s+)?secretary[\s-]general\b"
    r"|(?<!ASEAN\s)(?<!NATO\s)(?<!OAS\s)(?<!OIC\s)(?<!Commonwealth\s)(?<!League\s)"
    r"\b[Ss]ecretary-[Gg]eneral['\u2019]s\s+(?:[Aa]nnual\s+|[Ss]pecial\s+)?(?:[Rr]eports?|[Bb]ulletin|[Nn]ote)\b",
    re.I)
# The Human Rights Council's country mandates and inquiries, written out: "Special Rapporteur on the
# situation of human rights in Myanmar", "Independent Expert on the situation of human rights in
# Haiti", "(Independent) International Commission of Inquiry on Darfur"
_HRC_MANDATE = re.compile(
    r"\b(?:Special\s+Rapporteur|Independent\s+Expert)\s+on\s+the\s+situation\s+of\s+human\s+rights\s+in\b"
    r"|\bInternational\s+Commission\s+of\s+Inquiry\s+(?:on|for|into)\b", re.I)
# A run of capitalised words, small linking words allowed inside: a name an acronym may spell out
_CAPITALISED_RUN = re.compile(r"\b[A-Z][\w'\u2019&-]*(?:\s+(?:(?:of|for|and|on|in|the|de|des|du|la|le|del|y|et|für|und)\s+)*"
                              r"[A-Z][\w'\u2019&-]*)+")
_LEADING_THE = re.compile(r"^The\s+")
_SECTIONS = ("news", "online", "politics", "world", "business")
_SMALL_WORDS = frozenset({"of", "for", "and", "on", "in", "the", "de", "des", "du", "la", "le", "del", "y", "et"})


def _overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0
# what comes before a publisher in an imprint: "London: HMSO", "printed by the Government Printer"
_IMPRINT = re.compile(r"(?::|\b(?:published|printed|issued)\s+by(?:\s+the)?)\s*$", re.I)
# "Inter-agency", "Multi-Agency": a body word after one of these in one hyphenated token names no body
_COMPOUND_PREFIXES = frozenset({"inter", "multi", "cross", "intra", "non", "pan", "trans", "sub"})
_POSSESSIVE = re.compile(r"[\u2019']s$")


@dataclass(slots=True)
class Found:
    """What decided a free-text citation, and where."""

    kind: str  # "name" | "body" | "symbol" | "press" (a newspaper by its masthead words)
    start: int
    end: int
    text: str
    publisher: int | None = None  # index into Index.publishers (kind "name")
    owner: str | None = None  # alpha3 (kind "body"), None when the text names no country
    organ: str | None = None  # kind "symbol": the UN organ
    quoted: bool = False


# an acronym (two to eight letters, two or more capitals: "MEA", "DoD", "MoHFW") next to a state's
# name or adjective, in either order: "CBS Netherlands", "CBS (Netherlands)", "MFA of Ukraine",
# "Indian MEA", "Japan's MOFA"
_ACRONYM = r"[A-Z](?=[a-z&]*[A-Z])[A-Za-z&]{1,7}(?![\w&])"
_STATE_ACRONYM = re.compile(
    rf"(?P<acronym>{_ACRONYM})\s*(?:[,–-]\s*|\s+of\s+(?:the\s+)?)?\(?(?P<state>[^\W\d][\w .'’-]{{1,40}}?)\)?"
    rf"|(?:the\s+)?(?P<state2>[^\W\d][\w .'’-]{{1,40}}?)(?:['’]s)?\s+(?P<acronym2>{_ACRONYM})")
_ACRONYM_TEXT = re.compile(_ACRONYM)


# words an acronym skips ("Ministry of External Affairs": MEA; "Centraal Bureau voor de Statistiek": CBS)
_UNLETTERED = frozenset("of the and for on in to at de du des la le les el los las del da das do dos di degli "
                        "della delle dei voor van der die den und fur et y e pour en au aux och og".split())


# a ministry's last character and the next one that make a word for a sector or department
# ("部门", "部門", "부문"): the text names a sector, not the ministry
_SECTOR_WORDS = frozenset({"部门", "部門", "부문"})
# an article right before a match ("the ministry of ...", "a state of ...")
_ARTICLE_BEFORE = re.compile(r"(?:^|[\s\"“])(?:the|a|an|this|that)\s+$", re.IGNORECASE)
# the linking words of hyphenated place names ("Maine-et-Loire", "Châlons-en-Champagne", "Rostov-on-Don",
# "Frankfurt-am-Main")
_PLACE_LINKS = frozenset("et en sur sous les lez y e am an im on upon de del la le di".split())


def _acronym_bearers(publishers, states: dict[str, str], owner: str,
                     numbers=None) -> dict[str, tuple[int, ...]]:
    """Folded acronym -> the publishers owned by `owner` (among `numbers`, the index's by_owner row,
    when given) that bear it: as a name or alias written as
    an acronym, or as the initials of a name of three words or more that count, with or without
    the words that name its state ("Nigeria Centre for Disease Control": NCDC and CDC; "Ministry
    of Health and Family Welfare": MHFW and MoHFW)."""
    bearers: dict[str, list[int]] = {}

    def add(key: str, number: int) -> None:
        bearing = bearers.setdefault(key, [])
        if number not in bearing:
            bearing.append(number)

    for number in range(len(publishers)) if numbers is None else numbers:
        publisher = publishers[number]
        if publisher.owner != owner:
            continue
        for name in (publisher.name, *publisher.aliases):
            if len(name) <= 8 and _ACRONYM_TEXT.fullmatch(name):
                add(fold(name), number)
                continue
            words = fold(name).split()
            if not 3 <= len(words) <= 10:
                continue
            kept = [word for word in words if word not in _UNLETTERED]
            unstated = [word for word in kept if word not in states]
            for letters in (kept, unstated):
                if len(letters) >= 3 and all(word.isascii() for word in letters):
                    add("".join(word[0] for word in letters), number)
            with_of = [word for word in words if word == "of" or word not in _UNLETTERED]
            if "of" in with_of and len(with_of) >= 4 and all(word.isascii() for word in with_of):
                add("".join(word[0] for word in with_of), number)
    return {key: tuple(numbers) for key, numbers in bearers.items()}


class Recogniser:
    """Finds names, government bodies and UN documents in free text, for one ruleset."""

    def __init__(self, index, countries):
        self.index = index
        self.names = index.names
        self.countries = countries.in_text()
        # a body's owner may be named by the state or by one of its provinces ("Ontario Ministry of
        # Transportation"); a state's own name wins where the two are written the same
        self.owners = {**countries.places_in_text(), **self.countries}
        # for `_longest`: only the prefixes a longer key goes on from (a one-word name adds none)
        self.name_prefixes = index.name_prefixes  # built with the index (and compiled with it)
        self.owner_prefixes = proper_prefixes(self.owners)
        self.country_ends = frozenset(key.split()[-1] for key in self.owners)
        self.strong = {fold(w) for w in grammar.STRONG_BODIES}
        self.weak = {fold(w) for w in grammar.WEAK_BODIES}
        self.body_prefixes = _prefixes({w: True for w in self.strong | self.weak})
        self.body_words = frozenset(word for body in self.strong | self.weak for word in body.split())
        self.not_a_state = {fold(w) for w in grammar.NOT_A_STATE}
        self.not_a_body = {fold(w) for w in grammar.NOT_A_BODY}
        self.russian_stems = tuple(fold(w) for w in grammar.RUSSIAN_BODY_STEMS)
        self._sorted_names: list[str] | None = None
        self._words: dict[str, list[str]] | None = None
        self._cjk = None
        self._unspaced: dict[str, int] | None = None
        self._acronyms: dict[str, dict[str, tuple[int, ...]]] = {}  # owner -> its acronyms
        self._squashed: dict[str, int] | None = None
        self._cjk_keys: dict[str, int] | None = None
        self._found: dict[str, Found | None] = {}
        self._suggested: dict[str, str | None] = {}

    # -- the whole line

    def find(self, text: str) -> Found | None:
        """What names the source of one free-text citation, or None (memoised: bulk input repeats)."""
        if text in self._found:
            return self._found[text]
        found = self._find(text)
        if found is None:
            inverted = INVERTED.match(text.strip())
            if inverted:
                # "Journal, The Wall Street", "Times, Asia": a reference manager read a publisher's
                # name as a person's ("Surname, Given")
                found = self._find(f"{inverted.group(2)} {inverted.group(1)}")
                if found is not None:
                    found = Found(found.kind, 0, len(text), text.strip(), found.publisher, found.owner, found.organ)
        if len(self._found) >= 4096:
            self._found.clear()
        self._found[text] = found
        return found

    def _find(self, text: str) -> Found | None:
        if len(text) > 4000:
            text = text[:4000]
        quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
        words, spans = _words(text, self.country_ends)
        candidates: list[Found] = []
        candidates += self._jurisdiction(text)
        candidates += self._symbols(text)
        candidates += self._names(text, words, spans)
        if "." in text:
            candidates += self._site_names(text)
        if _has_cjk(text):
            candidates += self._cjk_names(text)
        candidates += self._bodies(text, words, spans, candidates)
        author = _ORGANISATION_AUTHOR.match(text) or _MODEL_UN_AUTHOR.match(text)
        if author is not None:
            # "The Jamestown Foundation. The Role of Women in Russia's Armed Forces.": an organisation
            # wrote it; what the title names is its subject
            candidates = [f for f in candidates if f.start < author.end()]
        if candidates and sum(ch.isupper() for ch in text) >= 2:
            # "Inside the ministry of defence of Russia. Reuters, 2022.", "The city of Marseille in
            # antiquity": in a line written with capitals, a body in lower case after an article is
            # prose about it, not its name (a line typed all in lower case is read as before)
            candidates = [f for f in candidates if not (
                f.kind in ("body", "name") and text[f.start:f.start + 1].islower()
                and _ARTICLE_BEFORE.search(text, max(0, f.start - 6), f.start))]
        # "Model United Nations of the University of Chicago", "Harvard Model UN": a conference
        # that simulates the UN is not the UN
        candidates = [f for f in candidates if not _MODEL_BEFORE.search(text, max(0, f.start - 8), f.start)]
        book = _edited_book(text, quoted)
        if book is not None:
            # 'Author, "Chapter," in The UN Security Council, edited by D. Malone (Boulder: Lynne
            # Rienner, 2004)': the book's title and editors say what it is about; the author or
            # the imprint names the source
            candidates = [f for f in candidates if not (book[0] <= f.start < book[1])]
        title = _apa_title(text)
        if title is not None:
            # "AllSides. (n.d.). Al Jazeera media bias rating.": an APA title says what the work is
            # about; its author, or a publisher after it, is the source
            candidates = [f for f in candidates if not (title[0] <= f.start and f.end <= title[1])]
        elif candidates:
            book_title = _person_title(text)
            if book_title is not None and (
                    _IMPRINT_WORD.search(text, book_title[2])
                    or any(f.start >= book_title[2] for f in candidates)):
                # "Thakur, Ramesh. The United Nations, Peace and Security. Cambridge University Press,
                # 2017.": after a person's name, the title says what the book is about; the
                # imprint or the paper after it is the source
                candidates = [f for f in candidates if not (book_title[0] <= f.start and f.end <= book_title[1])]
        wiki = next((f for f in candidates if f.kind == "name" and f.start > 0
                     and self.index.publishers[f.publisher].group == "wiki"
                     and _stands_alone(text, f.start, f.end, quoted)), None)
        if wiki is not None:
            # "Parliament of Lebanon. Wikipedia. Accessed 25 Dec. 2019.": a wiki named on its own is
            # where the article is; the words before it are the article's title, its subject
            candidates = [f for f in candidates if f.start >= wiki.start]
        site = _page_title_site(text) if candidates else None
        if site is not None and any(f.kind == "name" and (f.start, f.end) == site[1:] for f in candidates):
            # "Challenges and opportunities for India - The Lancet", "Title | Reuters": a page's title
            # as a browser copies it ends with the site's name; a name inside the title is its subject
            candidates = [f for f in candidates if f.start >= site[0]]
        if site is None and candidates and not quoted:
            outlet = _outlet_after_headline(text, candidates)
            if outlet is not None:
                # "Ministry of Health of Kenya confirms outbreak. Daily Nation. 2021.": an unquoted
                # headline, then the outlet that ran it; the names in the headline are its subject
                candidates = [f for f in candidates if f.start >= outlet.start]
        for found in candidates:
            found.quoted = any(a <= found.start < b for a, b in quoted)  # it starts inside a title
        best = min(candidates, key=lambda f: (f.quoted, f.start, self._rank(f, candidates), -(f.end - f.start)),
                   default=None)
        if best is not None and not best.quoted:
            if best.kind == "body" and best.owner is None:
                best.owner = self._owner_elsewhere(text, best, candidates)
            return best
        slot = _publisher_slot(text, quoted)
        if slot is not None:
            # '"Cyber-attack cost NHS £92m". Health Service Journal.': the title is about the NHS;
            # the publisher is the words after it
            return _press(text[slot[0]:slot[1]], slot[0])
        if best is None and title is not None:
            # a masthead's words in an APA title are its subject too ("Digital News Report 2025")
            return _press(text[:title[0]] + " " * (title[1] - title[0]) + text[title[1]:], 0)
        return best or _press(text, 0)

    def _owner_elsewhere(self, text: str, body: Found, candidates: list[Found]) -> str | None:
        """The state a body that names none belongs to, when the line's imprint names government
        publishers of exactly one state ("Department of Health. London: HMSO.", "Published by the
        Government Printer"). Only a registry name in the imprint counts: a state named elsewhere
        in the line is more often the subject."""
        owners = set()
        for other in candidates:
            if other is body or other.quoted or not (":" in other.text or _IMPRINT.search(text, 0, other.start)):
                continue  # not an imprint ("Nairobi: Government Printer" is one on its own)
            if other.kind == "name":
                publisher = self.index.publishers[other.publisher]
                if publisher.category == "government" and publisher.owner:
                    owners.add(publisher.owner)
        return owners.pop() if len(owners) == 1 else None

    def _rank(self, found: Found, candidates: list[Found]) -> int:
        """At one place: a registry name first, unless a body there names a different country."""
        if found.kind != "name":
            return 1
        owner = self.index.publishers[found.publisher].owner
        for other in candidates:
            if other.kind == "body" and other.start == found.start and other.owner and other.owner != owner:
                return 2
        return 0

    # -- a state as the author

    def _jurisdiction(self, text: str) -> list[Found]:
        """ABNT, ISO 690 and GPO styles put the state first as the author: "BRASIL. Lei nº 13.709",
        "FRANCE. Ministère de l'Intérieur", "United States. Congress. House." The work is the
        state's: a government publication of that country."""
        match = _AUTHOR.match(text)
        if match is None:
            return []
        code = self.countries.get(fold(match.group(1)))
        if code is None or not _written_as_country(match.group(1), [(0, len(match.group(1)))], 0, 1,
                                                   fold(match.group(1))):
            return []
        end = _clause_end(text, match.end())
        return [Found("body", 0, end, text[:end].strip(), owner=code)]

    # -- UN documents

    def _symbols(self, text: str) -> list[Found]:
        found = []
        for match in _SYMBOL_IN_TEXT.finditer(text):
            organ = match_symbol(match.group(0))
            if organ:
                found.append(Found("symbol", match.start(), match.end(), match.group(0), organ=organ))
        for match in _RESOLUTION.finditer(text):
            organ = _resolution_organ(match)
            if organ:
                found.append(Found("symbol", match.start(), match.end(), match.group(0).strip(), organ=organ))
        for match in _SG_REPORT.finditer(text):
            found.append(Found("symbol", match.start(), match.end(), match.group(0), organ=ORGANS["ST"]))
        for match in _HRC_MANDATE.finditer(text):
            found.append(Found("symbol", match.start(), match.end(), match.group(0), organ=ORGANS["HRC"]))
        return found

    # -- registry names

    def _names(self, text: str, words: list[str], spans: list[tuple[int, int]]) -> list[Found]:
        found = []
        for start, end, key in _longest(words, self.name_prefixes, self.names):
            a, b = spans[start][0], spans[end - 1][1]
            written = text[a:b]
            if end - start == 1 and not _names_a_source(key, written):
                continue
            if "_" in written:
                continue  # "EPRS_BRI(2021)690578_EN.pdf": a file name or an identifier, not a name
            if end - start == 1 and _COMPANY_NEXT.match(text, b):
                continue  # "CDC Group" (the UK's development-finance company) is not the US CDC
            if end - start == 1 and start > 0 and spans[start - 1] == spans[start]:
                continue  # the tail of a hyphenated name ("ABS-CBN" is not the CBN)
            if end - start == 1 and not _capitals(written) and self._obscure_acronym(key):
                continue  # "Cima and Sticklor, ...": a surname, not the NGO whose acronym is CIMA
            if end - start == 1 and _defines_itself(text, a, b, words[:start]):
                continue  # "Planes de Manejo Ambiental (PMA)": the text's own abbreviation, not WFP's
            if end - start == 1 and self._spelled_out_otherwise(text, written, self.names[key]):
                continue  # "IFPA. ... Cambridge: Institute for Foreign Policy Analysis": not the IFPA listed
            if end - start == 1 and _inside_a_longer_name(text, a, b, spans, start, end) and not (
                    len(key) >= 7 and self._squashed_spaced().get(key) == self.names[key]):
                # "Oficina de Gestión Ambiental" is not the newspaper Gestión; but a spaced name
                # written as one word is distinctive on its own ("Aljazeera America")
                continue
            if key in self.countries and text.strip() != written:
                continue  # "Iran's Ministry of Health": the state, not the daily named Iran
            number = self.names[key]
            if _PLACE_OF_PUBLICATION.match(text, b) and self.index.publishers[number].category in _PLACE_NAMED:
                # "New York: Scholastic", "Geneva, Switzerland: UNISDR": where a book was printed, not
                # New York magazine or the city of Geneva ("UN News: Human Rights" is UN News)
                continue
            if self.index.publishers[number].category in _PRESS_LIKE and (
                    _ORGANISATION_NEXT.match(text, b) or _ORGANISATION_BEFORE.search(text, max(0, a - 40), a)):
                continue  # "Reuters Institute ...", "Committee on Foreign Affairs": another body's name
            if (self.index.publishers[number].category in _PRESS_LIKE
                    and _genitive_of_a_name(text, a)
                    and (written[:1].islower() or not _ARTICLE_FIRST.match(written))):
                # "Contraloría General de la República", "Ärzte der Welt", "Congreso de la Nación":
                # a name's genitive, not the paper La República, Die Welt or La Nación
                continue

            other = self._other_state_after(text, b, number, words[start:end])
            if other is not None:
                # "Instituto Nacional de Estadística y Censos (Ecuador)": a body name two states use,
                # listed for one, qualified by the other: the qualifier's state's body
                found.append(Found("body", a, _clause_end(text, b + 1) if text[b:b + 1] == "(" else b,
                                   written, owner=other))
                continue
            before = self._other_state_before(text, words, spans, start, number)
            if before is not None:
                # "Philippine House Committee on Foreign Affairs": a body name two states use, listed
                # for one, with the other's adjective or name right before it: the other's body
                code, first = before
                found.append(Found("body", spans[first][0], b, text[spans[first][0]:b], owner=code))
                continue
            found.append(Found("name", a, b, written, publisher=number))
        found += self._run_together(text, words, spans, found)
        return found

    def _site_names(self, text: str) -> list[Found]:
        """A website named by its domain, as MLA names a container ("Canada.ca", "UN.org", "GOV.UK",
        "Refworld.org"): the publisher whose host it is. Only a host the registry knows counts (or a
        last-resort list, for a registrable domain), so "e.g.", "No.12" or "St.Petersburg" never do."""
        from .domains import registered_domain

        found = []
        for match in _SITE_NAME.finditer(text):
            if not _stands_alone(text, match.start(1), match.end(1), (), _CONTAINER_BREAKS, _RETRIEVED_FROM):
                # a segment of its own, as a container is, or where the work was found ("Retrieved
                # from Canada.ca"): "Whois search of Dawn.com" is about the site
                continue
            host = match.group(1).lower()
            if host.startswith("www."):
                host = host[4:]
            registrable = registered_domain(host) is not None
            entry, _ = self.index.lookup(host)
            if entry is None or (not registrable and entry[1] != host):
                continue  # "gov.uk" is a suffix, but the UK government's portal by its own listing
            publisher = entry[0]
            if publisher.fallback and not registrable:
                continue
            number = self.index.by_id.get(publisher.id)
            if number is not None:
                found.append(Found("name", match.start(1), match.end(1), match.group(1), publisher=number))
        return found

    def _other_state_before(self, text: str, words: list[str], spans, start: int,
                            number: int) -> tuple[str, int] | None:
        """A state named right before a government body's registry name, when it is not the
        publisher's: (its code, the index of its first word), or None."""
        publisher = self.index.publishers[number]
        if publisher.category != "government" or publisher.owner is None:
            return None
        for size in (3, 2, 1):
            first = start - size
            if first < 0 or _BREAK in words[first:start]:
                continue
            code = self.owners.get(" ".join(words[first:start]))
            if code is not None and _written_as_country(text, spans, first, start, " ".join(words[first:start])):
                if text[spans[start - 1][1]:spans[start][0]].strip():
                    return None  # "Japan, Ministry of ...": punctuation between: not one name
                return (code, first) if code != publisher.owner else None
        return None

    def _obscure_acronym(self, key: str) -> bool:
        """Whether a one-word name is only an acronym of a government body or an NGO: such an
        acronym counts in free text only written in capitals ("Nida" is a given name, not NIDA;
        "Cima" a surname, not CIMA). UN bodies' acronyms are often written as words ("Unicef")."""
        publisher = self.index.publishers[self.names[key]]
        return publisher.category in _ACRONYMS_IN_CAPITALS and any(
            fold(name) == key and name.isupper() for name in (publisher.name, *publisher.aliases)) and not any(
            fold(name) == key and not name.isupper() for name in (publisher.name, *publisher.aliases))

    def _spelled_out_otherwise(self, text: str, written: str, number: int) -> bool:
        """Whether the line spells out this acronym as a name that is not the listed publisher's:
        the acronym then stands for that other body."""
        if not (3 <= len(written) <= 8 and written.isalpha() and written.isupper()):
            return False
        for match in _CAPITALISED_RUN.finditer(text):
            run = match.group(0)
            initials = "".join(w[0] for w in run.split() if w[:1].isupper())
            if initials.upper() == written.upper() and len(run) > len(written):
                number_there = self.names.get(fold(run)) or self.names.get(fold(_LEADING_THE.sub("", run)))
                if number_there is not None:
                    return number_there != number
                # not a registry name: the listed publisher's own name written another way
                # ("International Committee of Red Cross") shares most of its words
                publisher = self.index.publishers[number]
                words = set(fold(run).split()) - _SMALL_WORDS
                return not any(_overlap(words, set(fold(name).split()) - _SMALL_WORDS) >= 0.5
                               for name in (publisher.name, *publisher.aliases))
        return False

    def _squashed_spaced(self) -> dict[str, int]:
        """Registry names of several words, written without their spaces ("aljazeera": Al Jazeera)."""
        if self._squashed is None:
            self._squashed = {name.replace(" ", ""): number for name, number in self.names.items() if " " in name}
        return self._squashed

    def _run_together(self, text: str, words: list[str], spans: list[tuple[int, int]],
                      named: list[Found]) -> list[Found]:
        """A capitalised word that writes a spaced registry name without its spaces ("Aljazeera
        America", "PressTV reported"): that publisher, as `unspaced` reads a whole line."""
        found = []
        for word, (a, b) in zip(words, spans):
            if len(word) < 7 or word in self.names or not text[a:a + 1].isupper() \
                    or any(f.start <= a < f.end for f in named):
                continue
            number = self.unspaced(word)
            if number is not None and (" " in self.index.publishers[number].name.strip()
                                       or self._with_section(word) == number):
                found.append(Found("name", a, b, text[a:b], publisher=number))
        return found

    def _other_state_after(self, text: str, end: int, number: int, name_words: list[str]) -> str | None:
        """The state named right after a government body's registry name, when it is not the
        publisher's ("… (Ecuador)", "… de Honduras", "… السورية"), or None."""
        publisher = self.index.publishers[number]
        if publisher.owner is None or not any(w in self.body_words for w in name_words):
            return None
        # right after the name, or in brackets after the words that finish a longer name
        # ("Oficina Nacional de Estadística y Censos (El Salvador)")
        for pattern in (_QUALIFIER, _BRACKETED_LATER):
            match = pattern.match(text, end)
            if match is None:
                continue
            written = match.group("rest").split()[:6]
            words = fold(match.group("rest")).split()[:6]
            for size in range(min(len(words), 6), 0, -1):
                key = " ".join(words[:size])
                code = self.countries.get(key)
                # a code is a country only in capitals: "... of Sudan and Chad" is not Andorra's
                if code is not None and (len(key) > 3 or " ".join(written[:size]).replace(".", "").isupper()):
                    return code if code != publisher.owner else None
        return None

    @staticmethod
    def _inside_a_compound(words, spans, start: int, end: int) -> bool:
        """The state's words are one part of a hyphenated place name joined by a linking word
        ("Maine-et-Loire", a French department, is not Maine's; "Rostov-on-Don"). "Bosnia-Herzegovina",
        "Russia-Ukraine" and "Indian-administered" keep their state."""
        token = spans[start]
        if spans[end - 1] != token:
            return False
        return any(spans[i] == token and words[i] in _PLACE_LINKS
                   for i in range(max(0, start - 4), min(len(words), end + 4)) if not start <= i < end)

    # -- government bodies by grammar

    def _bodies(self, text: str, words: list[str], spans: list[tuple[int, int]], named: list[Found]) -> list[Found]:
        found = []
        # a state inside the name of a source it does not own ("The Washington Post", "The Japan
        # Times") owns nothing; inside its own government's name ("Government of India") it does
        countries = [(s, e, self.owners[k]) for s, e, k in _longest(words, self.owner_prefixes, self.owners)
                     if _written_as_country(text, spans, s, e, k) and not _inside_a_place(words, s, e)
                     and not self._inside_a_compound(words, spans, s, e)
                     and not any(f.kind == "name" and f.start <= spans[s][0] < f.end
                                 and self.index.publishers[f.publisher].owner != self.owners[k] for f in named)]
        if (not countries and not any(w in self.body_prefixes for w in words) and not _has_cjk(text)
                and not _CYRILLIC.search(text)):
            return found
        for start, end, key in _longest(words, self.body_prefixes, {k: True for k in self.strong | self.weak}):
            a = spans[start][0]
            if any(f.start <= a < f.end for f in named):
                continue  # inside a registry name ("Office of the ... High Commissioner")
            if start > 0 and spans[start - 1] == spans[start] and words[start - 1] in _COMPOUND_PREFIXES:
                continue  # the end of a compound ("Inter-agency Information Sharing Portal"), not a body
            clause_end = _clause_end(text, spans[end - 1][1])
            owner_side = []
            for i in range(start, len(words)):
                if spans[i][0] >= clause_end or words[i] in grammar.RECEIVING:
                    break
                owner_side.append(words[i])
            phrase = f" {' '.join(owner_side)} "
            if any(f" {x} " in phrase for x in self.not_a_state):
                continue
            # the words around the body word, not its own ("Official Gazette" is the body)
            around = f" {' '.join(words[max(0, start - 3):start])} | {' '.join(words[end:start + len(owner_side)])} "
            if any(f" {x} " in around for x in self.not_a_body):
                continue  # "Kuwait News Agency", "Korean Broadcasting System": media, not a ministry
            owner = (_owner_before(countries, start, spans, text)
                     or _owner_after(countries, words, end, spans, clause_end)
                     or _owner_next_clause(countries, spans, text, clause_end))
            strong = key in self.strong or (
                key in grammar.DEPARTMENTS and _portfolio(owner_side[len(key.split()):])
                # "Department of Education, University of York": a university's, not a state's
                and not self.not_a_body.intersection(words[start + len(owner_side):start + len(owner_side) + 6]))
            if owner is None and not strong:
                continue
            b = max(clause_end, spans[end - 1][1])
            first = a
            for s, e, code in countries:
                if code == owner and e <= start:
                    first = min(first, spans[s][0])
            found.append(Found("body", first, b, text[first:b].strip(), owner=owner))
        if not found and _CYRILLIC.search(text):
            found += self._russian_bodies(text, words, spans, countries)
        found += self._chinese_bodies(text)
        return found

    def _russian_bodies(self, text: str, words, spans, countries) -> list[Found]:
        """Russian declines: a state body or act is found by its stem ("Правительства", "Минздрава")."""
        for i, word in enumerate(words):
            pair = word + " " + words[i + 1] if i + 1 < len(words) else word
            stem = next((stem for stem in self.russian_stems if word.startswith(stem) or pair.startswith(stem)), None)
            if stem is not None:
                # "Приказ Минздравсоцразвития ...": an act's stem first, the body that owns it after
                owner = (_owner_before(countries, i, spans, text)
                         or _owner_after(countries, words, i + 1, spans, len(text))
                         or grammar.RUSSIAN_STEM_OWNERS.get(stem)
                         or next((grammar.RUSSIAN_STEM_OWNERS[key] for w in words[i:i + 6]
                                  for key in grammar.RUSSIAN_STEM_OWNERS if w.startswith(key)), None))
                a = spans[i][0]
                end = _clause_end(text, spans[i][1])
                return [Found("body", a, max(end, spans[i][1]), text[a:max(end, spans[i][1])].strip(), owner=owner)]
        return []

    def _cjk_names(self, text: str) -> list[Found]:
        """Chinese, Japanese and Korean write names with no spaces around them: the longest registry
        name of three characters or more inside the text ("外務省海外渡航安全ページ": 外務省)."""
        if self._cjk_keys is None:
            self._cjk_keys = {key: number for key, number in self.names.items()
                              if " " not in key and len(key) >= 3 and _has_cjk(key)}
        keys = self._cjk_keys
        folded = fold(text)
        best = None
        for i in range(len(folded)):
            for j in range(min(len(folded), i + 24), i + 2, -1):
                if folded[i:j] in keys:
                    if folded[j - 1:j + 1] in _SECTOR_WORDS:
                        continue  # "公安部门" is the police sector, "교육부문" education's: no ministry
                    if best is None or j - i > best[1] - best[0]:
                        best = (i, j)
                    break
        if best is None:
            return []
        key = folded[best[0]:best[1]]
        start = text.find(key)
        end = start + len(key) if start >= 0 else len(text)
        return [Found("name", max(start, 0), end, text[max(start, 0):end], publisher=keys[key])]

    def _chinese_bodies(self, text: str) -> list[Found]:
        """Chinese, Japanese and Korean bodies: no spaces, the country (if any) just before."""
        if not _has_cjk(text):
            return []
        if self._cjk is None:
            countries = sorted([*((k, c) for k, c in self.countries.items() if _has_cjk(k) or _has_hangul(k)),
                                *((fold(k), c) for k, c in grammar.CJK_PLACES.items())],
                               key=lambda item: -len(item[0]))
            bodies = sorted({fold(b) for b in grammar.CJK_BODIES}, key=len, reverse=True)
            names = "|".join(re.escape(key) for key, _ in countries) + "|" + "|".join(
                re.escape(fold(w)) for w in grammar.CJK_NOT_A_STATE)
            hosted = re.compile(f"(?:{'|'.join(map(re.escape, grammar.CJK_HOSTED_IN))})(?:{names})")
            self._cjk = (countries, bodies, tuple(fold(w) for w in grammar.CJK_NOT_A_STATE), hosted)
        countries, bodies, not_a_state, hosted_in = self._cjk
        folded = fold(text)
        for body in bodies:
            position = folded.find(body)
            if position < 0:
                continue
            before = folded[max(0, position - 24):position]
            # "驻/駐/在 X" names the state a mission is in, not its owner ("中国驻美国大使馆": China's
            # embassy in the US; "在日本国大韓民国大使館": in Japan, Korea's embassy); a mission to
            # the UN ("常驻联合国代表团") is a state's, not the UN's
            hosted = hosted_in.sub(lambda m: "\x00" * len(m.group(0)), before)
            after = folded[position:position + len(body) + 4]
            if any(word in hosted or word in after for word in not_a_state):
                return []
            # the name ending nearest the body; of two ending there, the longer ("内蒙古" over "蒙古")
            nearest = max(((hosted.rfind(key) + len(key), len(key), code) for key, code in countries if key in hosted),
                          default=None)
            owner = nearest[2] if nearest else None
            # where the body (with the country before it) is, so that one inside a quoted title
            # (「…」) ranks as the title's; folding keeps CJK text's length, else from the start
            at = text.find(body)
            start = 0 if at < 0 else at
            if at >= 0 and nearest is not None:
                country = next(key for key, code in countries if code == owner and key in hosted)
                start = max(0, text.rfind(country, 0, at)) if text.rfind(country, 0, at) >= 0 else at
            written = text[start:start + 60]
            return [Found("body", start, start + len(written), written.strip(), owner=owner)]
        return []

    # -- one word for several

    def state_acronym(self, text: str) -> tuple[int | None, str] | None:
        """The body a state's name or adjective next to an acronym names: "CBS Netherlands",
        "Indian MEA", "CDC (Nigeria)", "DoD US", as (publisher, owner). The acronym must be one
        that a body of that state bears in the registry, as an alias or as its name's initials, even
        where bodies of other states bear it too (which is why the acronym alone names none of them).
        Several of that state's publishers of one class: the first, or (None, owner) for government
        bodies, the state's body but not which ("MRE" is two Brazilian ministries).
        None when no body of that state bears it, or bodies of several classes do ("USAID Japan"
        stays USAID's: the state is then what the work is about)."""
        match = _STATE_ACRONYM.fullmatch(text.strip())
        if match is None:
            return None
        acronym = match.group("acronym") or match.group("acronym2")
        owner = self.countries.get(fold(match.group("state") or match.group("state2")))
        if owner is None:
            return None
        acronyms = self._acronyms.get(owner)
        if acronyms is None:  # made for one state at a time: a state's names fold in milliseconds
            acronyms = self._acronyms[owner] = _acronym_bearers(
                self.index.publishers, self.countries, owner, self.index.by_owner.get(owner, ()))
        publishers = self.index.publishers
        bearers = acronyms.get(fold(acronym), ())
        if len(bearers) == 1:
            return bearers[0], owner
        categories = {publishers[number].category for number in bearers}
        if len(categories) == 1:  # entries of one outlet (its agency and its site), or several bodies
            return (None if "government" in categories else bearers[0]), owner
        return None

    def unspaced(self, text: str) -> int | None:
        """The publisher whose name this text writes with its spaces elsewhere: one word for a
        spaced name ("PressTV", "AlJazeera", "UNWomen"), or a short name spaced where the
        registry's is not ("Africa News" for Africanews, "The East African" for The EastAfrican);
        None when two publishers of different classes write the same letters."""
        key = fold(text)
        spaced = " " in key
        if spaced:
            if key.count(" ") > 4 or len(key) > 40:
                return None
            key = key.replace(" ", "")
            if len(key) < 8:
                return None  # "Al Ahram" yes, but no short run-together guesses
        elif len(key) < 5:
            return None
        if self._unspaced is None:
            joined: dict[str, int] = {}
            clashes = set()
            publishers = self.index.publishers
            for name, number in self.names.items():
                squashed = name.replace(" ", "")
                other = joined.setdefault(squashed, number)
                if other != number and (publishers[other].category, publishers[other].owner) != (
                        publishers[number].category, publishers[number].owner):
                    clashes.add(squashed)
            for squashed in clashes:
                del joined[squashed]
            self._unspaced = joined
        number = self._unspaced.get(key)
        if number is None and not spaced:  # "Xinhua News" is a near miss of Xinhua News Agency, "BBCNews" one word
            number = self._with_section(key)
        return number

    def _with_section(self, key: str) -> int | None:
        """A news outlet's name run together with a section word ("BBCNews", "CNNPolitics")."""
        for section in _SECTIONS:
            if key.endswith(section) and len(key) - len(section) >= 3:
                number = self.names.get(key[:-len(section)]) or self._unspaced.get(key[:-len(section)])
                if number is not None and self.index.publishers[number].category in _PRESS_LIKE:
                    return number
        return None

    # -- near misses

    def suggest(self, text: str) -> str | None:
        """A registry name one typo, an abbreviation or a truncation away from text, or None."""
        if text in self._suggested:
            return self._suggested[text]
        suggestion = self._suggest(text)
        if len(self._suggested) >= 4096:
            self._suggested.clear()
        self._suggested[text] = suggestion
        return suggestion

    def _suggest(self, text: str) -> str | None:
        if not _NAMELIKE.fullmatch(text):
            return None  # junk, a path, a dated bibliography line: not a misspelt name
        key = fold(text)
        if not key or len(key) > 80 or key in self.names:
            return None
        expanded = " ".join(grammar.ABBREVIATIONS.get(w, w) for w in key.split())
        for candidate in (expanded, *_edits(expanded)):
            number = self.names.get(candidate)
            if number is not None and candidate != key:
                return self.index.publishers[number].name
        if len(key) >= 5:
            if self._sorted_names is None:
                self._sorted_names = sorted(self.names)
            keys = self._sorted_names
            at = bisect_left(keys, expanded)
            matches = []
            while at < len(keys) and keys[at].startswith(expanded) and len(matches) < 3:
                matches.append(keys[at])
                at += 1
            owners = {self.names[k] for k in matches}
            if len(owners) == 1:
                return self.index.publishers[owners.pop()].name
        words = set(expanded.split())
        if 2 <= len(words) <= 6:
            return self._by_words(words)
        return None

    def _by_words(self, words: set[str]) -> str | None:
        if self._words is None:
            index: dict[str, list[str]] = {}
            for name in self.names:
                for word in set(name.split()):
                    index.setdefault(word, []).append(name)
            self._words = index
        pools = [self._words.get(w, []) for w in words]
        if not all(pools):
            return None
        smallest = min(pools, key=len)
        best = [n for n in smallest if words <= set(n.split()) and len(n.split()) <= len(words) + 2]
        owners = {self.names[n] for n in best}
        if len(owners) == 1:
            return self.index.publishers[owners.pop()].name
        return None


def _press(text: str, offset: int) -> Found | None:
    found = masthead(text)
    if found is None:
        return None
    start, end, written = found
    return Found("press", offset + start, offset + end, written)


# What may follow a title and is not its publisher: a date ("2019", "n.d.", "s.f.", "o.J."), "Retrieved ...",
# "(in Spanish)", "In:".
_NOT_A_PUBLISHER = re.compile(
    r"(?:\(?in\s+[A-Z][a-z]+\)?|retrieved|accessed|archived|available|consulted|consult[ée]|obtenido|acesso|"
    r"in|en|em|dans|pp?|vol|no|n[º°o]|edited|ed|eds|by|url|doi|https?|www|\d+|n\.\s?d|s\.\s?f|o\.\s?J|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d)\b",
    re.IGNORECASE,
)


_SITE_SEPARATOR = re.compile(r"\s[\-\u2013\u2014|]\s+|\s?\|\s?")
_SITE_TAIL = re.compile(r"(?:\s*\([^()]{1,60}\))?[\s.]*$")
_SEGMENT_END = re.compile(r"\s*(?:[.,;:|)\]\u2013\u2014-]|$)")


_SEGMENT_BREAKS = ".,;:|([\u2013\u2014-"
_CONTAINER_BREAKS = _SEGMENT_BREAKS + "\"\u201d'\u2019"  # a container also follows a title's closing quote


def _stands_alone(text: str, start: int, end: int, quoted, breaks: str = _SEGMENT_BREAKS,
                  after: re.Pattern | None = None) -> bool:
    """Whether the words at start:end are a segment of their own: after a full stop, comma, bar,
    dash or bracket (`breaks`), or words `after` matches, before one (or the end), and not inside
    a quoted title."""
    if any(a <= start < b for a, b in quoted):
        return False
    before = text[:start].rstrip()
    return (not before or before[-1] in breaks or (after is not None and after.search(before) is not None)) \
        and _SEGMENT_END.match(text, end) is not None


def _page_title_site(text: str) -> tuple[int, int, int] | None:
    """A page title as copied from a browser, "Title - Site" or "Title | Site (host)": (where the
    last separator is, the site name's start and end), or None."""
    last = None
    for last in _SITE_SEPARATOR.finditer(text):
        pass
    if last is None or last.start() == 0:
        return None
    start = last.end()
    end = _SITE_TAIL.search(text, start).start()
    if end - start < 2 or end - start > 80:
        return None
    return last.start(), start, end


_HEADLINE_GLUE = frozenset("of the and for on in to at a an by with from as into its de la le les du des del "
                           "el los las y et e und fur für da do dos das di".split())
# a headline (a sentence ending in a lower-case letter, a digit or a closing mark) and the outlet that
# ran it, up to a comma, a stop, a date or the end: "UNICEF warns of malnutrition. Xinhua, 2021."
_HEADLINE_THEN_SITE = re.compile(
    r"\s*(?P<head>[^\n]{10,300}?[a-z0-9)\]”\"'’])\.\s+(?P<site>[^\W\d_][^.,;:()|\n]{1,60}?)\s*(?:[,;]|\.(?:\s|$)|\s\(?\d|$)")


def _outlet_after_headline(text: str, candidates: list) -> Found | None:
    """The registry name that opens the segment after an unquoted headline, or None. The headline
    must read as one: three words or more, one of them a word in lower case that is not a linking
    word ("confirms", "outbreak"), or, in title case, more words than the name inside it. An
    organisation's name is an author ("Ministry of Foreign Affairs of Japan. Diplomatic Bluebook 2021.
    MOFA.")."""
    match = _HEADLINE_THEN_SITE.match(text)
    if match is None:
        return None
    start, end = match.span("site")
    # the outlet's name, or the start of it ("BBC" of "BBC News")
    site = next((f for f in candidates if f.kind == "name" and f.start == start and f.end <= end), None)
    if site is None:
        return None
    head = match.group("head").split()
    if len(head) < 3:
        return None  # "Smith, John.", "Ministry of Health.": an author, not a headline
    if any(word[:1].islower() and word.strip(",:;'’") not in _HEADLINE_GLUE for word in head):
        return site  # a sentence: "... confirms outbreak"
    # in title case, a headline has more words than the name inside it ("Hospital Hit in Syria as UN
    # Warns Talks Unravelling"); an author's name is all name ("Ministry of Foreign Affairs of Japan")
    head_start, head_end = match.span("head")
    named = max((f.end - f.start for f in candidates if head_start <= f.start and f.end <= head_end), default=0)
    return site if len(head) >= 4 and named and (head_end - head_start) - named >= 12 else None


def _publisher_slot(text: str, quoted: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Where the publisher sits after a quoted title ('"Title." Reuters, 14 Aug.'), or None
    when nothing but a date, a retrieval note or a page range follows the title."""
    if not quoted:
        return None
    position = quoted[0][1]
    while position < len(text):
        rest = text[position:]
        stripped = rest.lstrip(" .,;:\u2013\u2014-")
        start = len(text) - len(stripped)
        end = _clause_end(text, start)
        if end == start:
            position = start + 1
            continue
        segment = text[start:end].strip()
        if not segment:
            return None
        if _NOT_A_PUBLISHER.match(segment):
            position = end + 1
            continue
        return start, start + len(segment)
    return None


def _words(text: str, owners: frozenset[str] = frozenset()) -> tuple[list[str], list[tuple[int, int]]]:
    """Folded words with the span of the written token each comes from. A possessive is cut
    only where the word before it can end a country's name ("Japan's Ministry", "the Russian
    Federation's"): "People's Republic of China" keeps its "People's"."""
    words: list[str] = []
    spans: list[tuple[int, int]] = []
    for match in _TOKEN.finditer(text):
        token = match.group(0)
        start, end = match.start(), match.end()
        possessive = _POSSESSIVE.search(token)
        if possessive:
            stem = _fold_token(token[:possessive.start()])
            if stem and stem[-1] in owners:
                token = token[:possessive.start()]
        stripped = token.rstrip(".")
        initials = _is_initials(token)
        end = start + len(stripped) + (1 if initials else 0)
        for word in _fold_token(token):
            words.append(word)
            spans.append((start, end))
        if token.endswith((".", "!", "?")) and not initials and len(stripped) > 1:
            # a sentence ends here ("U.S. Department of State. Trafficking in Persons Report."):
            # no name runs across it; the marker is no word of any name
            words.append(_BREAK)
            spans.append((end, end))
    if "U " in text:
        words, spans = _glue_spaced_initials(text, words, spans)
    for i in range(1, len(words)):
        if words[i] == "nation" and words[i - 1] == "united" and (
                i + 1 == len(words) or words[i + 1] not in _NATION_NOT_UN):
            words[i] = "nations"  # "United Nation Human Rights Office": the UN, misspelt
    return words, spans


def _glue_spaced_initials(text: str, words: list[str], spans: list[tuple[int, int]]):
    """"U S Fish and Wildlife Service", "U K Home Office": initials whose points a PDF or a typist
    dropped are one word again ("us", "uk", "un", "usa"), where names.fold glues them in a name."""
    runs = [match.span() for match in SPACED_INITIALS.finditer(text)]
    glued_words: list[str] = []
    glued_spans: list[tuple[int, int]] = []
    for word, span in zip(words, spans):
        if glued_spans and word != _BREAK and any(
                start <= glued_spans[-1][0] and span[1] <= end for start, end in runs):
            glued_words[-1] += word  # the next initial of the same run
            glued_spans[-1] = (glued_spans[-1][0], span[1])
        else:
            glued_words.append(word)
            glued_spans.append(span)
    return glued_words, glued_spans


# "United National Party", "United Nation Front": parties and movements, not the UN misspelt
_NATION_NOT_UN = frozenset({"party", "congress", "front", "movement", "alliance", "army", "coalition", "union"})


_BREAK = "\x00"


@lru_cache(maxsize=65536)
def _fold_token(token: str) -> tuple[str, ...]:
    return tuple(fold(token).split())


def _is_initials(token: str) -> bool:
    return bool(re.fullmatch(r"(?:[A-Za-z]\.){2,}", token))


def _prefixes(keys) -> set[str]:
    prefixes = set()
    for key in keys:
        parts = key.split()
        for n in range(1, len(parts) + 1):
            prefixes.add(" ".join(parts[:n]))
    return prefixes


def _longest(words: list[str], prefixes: set[str], keys) -> list[tuple[int, int, str]]:
    """Non-overlapping longest matches of keys in words, left to right. `prefixes` holds at
    least the proper word prefixes of the keys (`proper_prefixes`; `_prefixes` does too)."""
    found = []
    i = 0
    n = len(words)
    while i < n:
        key = words[i]
        j = i
        best = None
        while True:
            if key in keys:
                best = (i, j + 1, key)
            if key not in prefixes:
                break
            j += 1
            if j >= n:
                break
            key = key + " " + words[j]
        if best is None:
            i += 1
        else:
            found.append(best)
            i = best[1]
    return found


_LINKING = frozenset("de del la las los el of the and for on in y e et du des da do das dos der die und für".split())


def _defines_itself(text: str, start: int, end: int, before: list[str]) -> bool:
    """An acronym in brackets that abbreviates the words just before it ("... Manejo Ambiental (PMA)")."""
    if not (text[start - 1:start] == "(" and text[end:end + 1] == ")"):
        return False
    letters = text[start:end].lower()
    initials = [w[0] for w in before if w and w not in _LINKING and w != _BREAK]
    return len(letters) >= 2 and "".join(initials[-len(letters):]) == letters


# "New York: Scholastic, 2005.", "(Cambridge, MA: MIT Press": the place a book was printed.
# A word that makes the name before it another organisation's ("Reuters Institute", "Foreign Policy
# Association"); only a newspaper's, wire's or broadcaster's name is read so
_ORGANISATION_NEXT = re.compile(
    r"\s+(?:Institute|Institution|Foundation|Association|Society|Center|Centre|Council|Forum|Initiative|"
    r"Programme|Program|Project|Network|Fund|Trust|School|University|College|Academy|Laboratory|Lab|Prize|"
    r"Award|Awards|Fellowship|Club|Committee|Commission|Subcommittee|Caucus|"
    # "the Independent International Commission of Inquiry", "the Independent Expert on Somalia"
    r"International\s+(?:Commission|Committee|Inquiry|Panel|Tribunal|Review|Mission)|"
    r"Expert|Experts|Inquiry|Panel|Group|Mission|Board|Authority|Tribunal|Review|Observer)\b")
# "Committee on Foreign Affairs", "Ministry of Foreign Affairs": a body's name ends in a press name's words
_ORGANISATION_BEFORE = re.compile(
    r"\b(?:Committee|Subcommittee|Commission|Ministry|Minister|Department|Secretary|Secretariat|Office|Council|"
    r"Institute|Bureau|Directorate|Agency|Division|Board)\s+(?:of|on|for)\s+(?:the\s+)?$")
_PRESS_LIKE = frozenset({"rejected", "reuters", "state_media"})
# A capitalised word, then "of", "de", "der"... and perhaps an article: what follows is that name's genitive
_GENITIVE_BEFORE = re.compile(r"([^\W\d_][\w'\u2019-]*)\s+(?:de|del|der|des|du|di|della|do|da|dos|das|of)\s+"
                              r"(?:(?:la|el|los|las|le|les|die|der|das|den|the|il|lo|l')\s*)?$")


def _genitive_of_a_name(text: str, a: int) -> bool:
    """Whether the words before `a` are a capitalised name's "of"/"de"/"der" (and an article)."""
    match = _GENITIVE_BEFORE.search(text, max(0, a - 60), a)
    return match is not None and match.group(1)[:1].isupper()


_ARTICLE_FIRST = re.compile(r"(?:La|El|Los|Las|Le|Les|Die|Der|Das|The|Il|Lo|L')\s*\S", re.IGNORECASE)
_ACRONYMS_IN_CAPITALS = frozenset({"government", "ngo"})
_PLACE_NAMED = _PRESS_LIKE | {"government"}  # classes with publishers named after a place
# A reference whose author, its first sentence, is an organisation by its last word
_ORGANISATION_AUTHOR = re.compile(
    r"\s*(?:The\s+)?[A-Z][^.\"\u201c(]{0,80}?\s(?:Foundation|Institute|Institution|Center|Centre|Association|"
    r"Society|Initiative|Trust|Network|University|College|Forum|Alliance|Coalition|Corporation|Inc|Ltd|LLC)\.(?=\s|$)")
# APA: "Author. (2023, March 4). Title. Publisher. URL" -- the date in brackets right after the author
_APA_DATE = re.compile(r"^(?=[^(]*[^\W\d_])[^()]{2,200}?\.?\s*(?:\((?:eds?|Hrsg|coords?|dirs?|comps?)\.\)\s*)?\((?:\d{4}[a-z]?|n\.\s?d\.)(?:,[^()]{1,40})?\)\.?\s+")
# Harvard: "NICHOLS, M. 2020. Title." / "Smith, J. 2019. Title.": the year stands alone after the author
_HARVARD_DATE = re.compile(r"^(?=[^.]*[^\W\d_])[^().]{2,60}(?:,\s*(?:[A-Z]\.\s*){1,3}|\.)\s+(?:19|20)\d\d[a-z]?\.\s+")
# A line that ends "Publisher, 7 July 2020." or "Publisher, 2020.": the words before the date name the publisher
_DATED_TAIL = re.compile(r"(?:^|[.\u201d\"]\s+)([A-Z][^.,;:\u201c\u201d\"]{1,60}),\s*(?:\d{1,2}\s+)?(?:[A-Z][a-z]{2,8}\.?\s+)?"
                         r"(?:\d{1,2},\s*)?(?:19|20)\d\d\.?\s*$")
_SENTENCE_END = re.compile(r"(?<![\s.(][A-Z])[.?!](?=\s|$)")  # not after an initial ("U.S.")
# "Journal, The Wall Street": a name inverted at a comma, nothing else on the line (classify reads it too)
INVERTED = re.compile(r"^([^,;:()\d]{2,40}),\s*([^,;:()\d]{2,40})$")


_CLOSING_QUOTE = {"\"": "\"", "\u201c": "\u201d", "\u2018": "\u2019", "\u00ab": "\u00bb", "\u201e": "\u201c"}


def _apa_title(text: str) -> tuple[int, int] | None:
    """Where an APA or Harvard reference's title is (after "Author. (date)." or "AUTHOR, I.
    2020."), or None. The title ends at its sentence's end, and never runs into the publisher
    and date that close the line ("... at U.N. Reuters, 7 July 2020.")."""
    match = _APA_DATE.match(text) or _HARVARD_DATE.match(text)
    if match is None:
        return None
    opening = text[match.end():match.end() + 1]
    if opening in _CLOSING_QUOTE:
        # a quoted title ends at its closing mark: '(1999) "Corruption ...", Transparency International'
        close = text.find(_CLOSING_QUOTE[opening], match.end() + 1)
        if close > 0:
            return match.end(), close + 1
    end = _SENTENCE_END.search(text, match.end())
    stop = end.start() if end else len(text)
    closing = _DATED_TAIL.search(text, match.end())
    if closing is not None and closing.start(1) < stop:
        stop = closing.start(1)
    return match.end(), stop


# A person as the author, name inverted (MLA, Chicago): "Thakur, Ramesh.", "Weiss, Thomas G.",
# "Malone, David M., ed.", "Weiss, Thomas G., and Sam Daws.". Full given names (two at most), then
# initials only, so the title after them is never taken for a name.
_PERSON_AUTHOR = re.compile(
    r"\s*[A-Z][\w'\u2019-]+(?:[ -][A-Z][\w'\u2019-]+)?,\s+(?=[A-Z])(?:[A-Z][a-z\u00e0-\u00ff'\u2019-]+"
    r"(?:\s+[A-Z][a-z\u00e0-\u00ff'\u2019-]+)?)?(?:\s*[A-Z]\.)*"
    r"(?:(?:,\s+[^.,]{2,40}){0,4},?\s+(?:and|&)\s+[A-Z][\w'\u2019-]+(?:\s+(?:[A-Z]\.|[A-Z][\w'\u2019-]+)){0,3}|,?\s+et\s+al\.?)?"
    r"(?:,\s+eds?\.?)?"
    r"(?:(?<=\.)|\.)\s+")
# A footnote's author in natural order, then a comma: "1. Thomas G. Weiss, ", "Ramesh Thakur, "
_NOTE_AUTHOR = re.compile(r"\s*(?:\d{1,3}\.?\s+)?(?:[A-Z][\w'\u2019.-]*\s+){1,3}[A-Z][\w'\u2019-]+"
                          r"(?:,?\s+(?:and|&)\s+(?:[A-Z][\w'\u2019.-]*\s+){1,3}[A-Z][\w'\u2019-]+)?,\s+")
# A footnote's imprint in brackets: "(Boulder: Westview Press, 2016)", "(New York: United Nations, 2005)"
_NOTE_IMPRINT = re.compile(r"\((?:[^():]{2,60}):\s*[^()]{2,80},\s*(?:1[5-9]|20)\d\d\)")
# Words of a book's imprint: a publisher's own word ("Press", "Verlag") or a publishing house's name
_IMPRINT_WORD = re.compile(
    r"\b(?:Press|Publishers?|Publishing|Publications|Books|Verlag|[EÉ]ditions|Editora|Editorial|Routledge|"
    r"Penguin|Macmillan|Palgrave|Springer|Wiley|Blackwell|Norton|Knopf|Doubleday|Random\s+House|Harper\w*|"
    r"Simon\s+&\s+Schuster|Rienner|Westview|Polity|Zed|Brill|Elsevier|Ashgate|Elgar|Kluwer|Nijhoff|Sage|"
    r"Bloomsbury|Vintage|Hurst|Verso|UP)\b")
_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
# A domain written as a site's name: labels, a dot, an alphabetic top label; not inside a URL,
# an e-mail address or a file path
_SITE_NAME = re.compile(r"(?<![\w.@/:-])((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24})"
                        r"(?![\w@/-]|\.[A-Za-z0-9])")
_RETRIEVED_FROM = re.compile(r"\b(?:retrieved|available|accessed|published|posted|read|viewed)\s+(?:online\s+)?"
                             r"(?:from|at|via|on)$", re.IGNORECASE)
# A speech's title opens the line: "Statement by Ambassador ... at a UN Security Council Briefing on
# Syria. United States Mission to the United Nations, 2021." (the match is empty: the title starts there)
_SPEECH_TITLE = re.compile(r"(?=\s*(?:Statement|Remarks|Speech|Address|Briefing|Testimony|Keynote|Interview)\s+"
                           r"(?:by|at|of|to|on|before|delivered)\b)")


def _person_title(text: str) -> tuple[int, int, int] | None:
    """After a person's inverted name (or at a speech's title: "Statement by ..."), an unquoted
    title up to its sentence's end, and a tail with a year ("Author. Title. Publisher, 2017."), or a
    footnote's title up to its bracketed imprint ("Author, Title (City: Publisher, 2017)"): (the
    title's start and end, the tail's start), or None."""
    author = _PERSON_AUTHOR.match(text) or _SPEECH_TITLE.match(text)
    if author is None:
        # "Thomas G. Weiss, The United Nations and Changing World Politics (Boulder: Westview Press,
        # 2016), 45.": a footnote's title runs to its bracketed imprint
        author = _NOTE_AUTHOR.match(text)
        imprint = _NOTE_IMPRINT.search(text, author.end()) if author is not None else None
        if imprint is None or text[author.end():author.end() + 1] in _CLOSING_QUOTE:
            return None
        return author.end(), imprint.start(), imprint.start()
    if text[author.end():author.end() + 1] in _CLOSING_QUOTE:
        return None
    end = _SENTENCE_END.search(text, author.end())
    if end is None or not _YEAR.search(text, end.end()):
        return None
    return author.end(), end.start(), end.end()


_MODEL_BEFORE = re.compile(r"\b[Mm]odel\s+$")
# After a one-word name, a company's word makes it another body's name ("CDC Group", "BBC Studios
# Ltd"), but "UN Group of Experts" stays the UN's
_COMPANY_NEXT = re.compile(r"\s+(?:Group(?!\s+of\b)|Holdings?|plc|PLC|Ltd|Limited|Inc|Capital|Ventures)\b")
# "Model United Nations of the University of Chicago. DISEC Background Guide.": a Model UN conference
# wrote it; the committee it simulates is the guide's subject
_MODEL_UN_AUTHOR = re.compile(
    r"\s*(?:The\s+)?[^.\"\u201c(]{0,60}?\b(?:Model\s+United\s+Nations|Model\s+UN|[A-Z]{0,6}MUN[A-Z]{0,2})\b[^.\"\u201c(]{0,60}?\.(?=\s|$)")
# A chapter in an edited book: its editors' mark, and the imprint that closes the book's part
_EDITOR_MARK = re.compile(r"\((?:eds?|hrsg|coords?|dirs?|orgs?)\.?\)|\b(?:edited|ed\.)\s+by\b", re.IGNORECASE)
_BOOK_IN = re.compile(r"(?:^|[\s,.])[Ii]n:?\s")
_IMPRINT_AFTER = re.compile(r"\([^()]{2,80}:\s*[^()]{2,80}\)|\.\s+[A-Z][\w .'-]{1,40}:\s*[A-Z]")


def _edited_book(text: str, quoted: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Where the title and editors of the book a chapter appeared in are ("..., in F. Nicholson
    (eds.), Refugee Rights (Cambridge: CUP, 1999)": from its "in" to the imprint), or None."""
    mark = _EDITOR_MARK.search(text)
    if mark is None:
        return None
    after = quoted[0][1] if quoted and quoted[0][1] <= mark.start() else 0
    start = _BOOK_IN.search(text, after, mark.start())
    if start is None:
        return None
    imprint = _IMPRINT_AFTER.search(text, mark.end())
    return start.start(), imprint.start() if imprint is not None else len(text)


_PLACE_OF_PUBLICATION = re.compile(r"(?:,\s*[A-Z]{2}\.?)?\s*:\s*[A-Z]")


def _inside_a_longer_name(text: str, a: int, b: int, spans, start: int, end: int) -> bool:
    """A capitalised word (not an acronym) with a capitalised word right next to it is part of
    a longer name ("Oficina de Gestión Ambiental"), not a name of its own."""
    written = text[a:b]
    if sum(ch.isupper() for ch in written) >= 2:
        return False  # UNICEF, BBC
    for i, gap in ((end, lambda j: text[b:spans[j][0]]), (start - 1, lambda j: text[spans[j][1]:a])):
        if 0 <= i < len(spans) and spans[i][0] != spans[i][1]:
            neighbour = text[spans[i][0]:spans[i][1]]
            if i == end and len(neighbour) <= 3 and neighbour.isascii() and neighbour.isalpha() and neighbour.isupper():
                continue  # "Wikipedia FR", "Reuters UK", "Oxfam GB": a country or language code after it
            if i < start and neighbour.endswith("."):
                continue  # "at U.N. Reuters": an abbreviation's full stop ends the word before
            if gap(i).strip() == "" and neighbour[:1].isupper():
                return True
    return False


def _capitals(written: str) -> bool:
    """Written as an acronym: two capital letters or more and no lower-case letter."""
    letters = [ch for ch in written if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def _names_a_source(key: str, written: str) -> bool:
    """A one-word name found inside longer text: an acronym, or a capitalised word that is not everyday."""
    letters = [ch for ch in written if ch.isalpha()]
    if not letters:
        return False
    if len(letters) >= 2 and all(ch.isupper() for ch in letters):
        return True  # UNICEF, BBC, UNHCR
    if not letters[0].isupper() and letters[0].lower() != letters[0].upper():
        return False
    return key not in grammar.EVERYDAY and len(key) > 3


def _inside_a_place(words: list[str], start: int, end: int) -> bool:
    """The country's words are part of another place's name ("British Columbia", "New Mexico")."""
    name = " ".join(words[start:end])
    before = f"{words[start - 1]} {name}" if start > 0 else ""
    after = f"{name} {words[end]}" if end < len(words) else ""
    return before in grammar.PLACES or after in grammar.PLACES


def _written_as_country(text: str, spans, start: int, end: int, key: str) -> bool:
    written = text[spans[start][0]:spans[end - 1][1]]
    if len(key) <= 3:  # US, UK, USA, UAE, PRC: only in capitals
        return written.replace(".", "").isupper()
    if key.startswith("the ") and written[:4].lower() == "the ":
        written = written[4:]  # "of the Philippines": the article is written in lower case
    first = next((ch for ch in written if ch.isalpha()), "")
    return not first or not first.islower() or first.upper() == first


def _portfolio(words: list[str]) -> bool:
    """Whether the words after a department word are "of <a national portfolio>" and no more."""
    if len(words) < 2 or words[0] not in ("of", "for", "de", "du", "da", "del"):
        return False
    return " ".join(words[1:]) in grammar.PORTFOLIOS


def _clause_end(text: str, position: int) -> int:
    match = _CLAUSE_END.search(text, position)
    return match.start() if match else len(text)


def _owner_before(countries, start: int, spans, text: str) -> str | None:
    """A country written just before the body: "Brazilian Ministry", "U.S. Department", "Japan's",
    or at the head of the body's own capitalised name ("U.S. Centennial of Flight Commission")."""
    for s, e, code in reversed(countries):
        if e <= start and start - e <= 2:
            return code
        if e <= start and start - e <= 5 and all(
                text[spans[i][0]:spans[i][0] + 1].isupper() or text[spans[i][0]:spans[i][1]] in _NAME_JOINS
                for i in range(e, start)) and text[spans[e][0]:spans[e][0] + 1].isupper():
            return code
    return None


_NAME_JOINS = frozenset({"of", "for", "and", "on", "the", "&"})


_NOT_OWNING = grammar.RECEIVING | grammar.SUBJECT


def _owner_after(countries, words, end: int, spans, clause_end: int) -> str | None:
    """The first country in the body's clause that is not the receiving state ("... of Japan in Canada")."""
    for s, e, code in countries:
        if e <= end or spans[s][0] >= clause_end:
            continue
        if s < end:
            # "Présidence de la République du Sénégal": the state's formal name begins with the
            # body's last word; it names the owner
            return code
        before = words[s - 1] if s > 0 else ""
        before2 = words[s - 2] if s > 1 else ""
        if before in _NOT_OWNING or (before in ("the", "la", "le", "l", "el", "los", "las", "les", "o", "a", "os",
                                                "der", "die", "dem", "den")
                                     and before2 in _NOT_OWNING):
            continue  # the receiving state ("... in Canada") or the subject ("... on Syria")
        return code
    return None


def _owner_next_clause(countries, spans, text: str, clause_end: int) -> str | None:
    """"Ministry of Foreign Affairs, Japan." or "(Japan)": a clause that is only a country."""
    if clause_end >= len(text) or text[clause_end] not in ",(\u2013\u2014-":
        return None
    following = _clause_end(text, clause_end + 1)
    for s, e, code in countries:
        if spans[s][0] > clause_end and spans[e - 1][1] <= following + 1:
            rest = text[clause_end + 1:following].strip(" ()")
            written = text[spans[s][0]:spans[e - 1][1]].strip(" ()")
            if rest == written:
                return code
            # "Ministry of External Affairs, Government of India": the state's government named after
            left = fold(rest.replace(written, " ")).split()
            if left and all(word in _GOVERNMENT_WORDS for word in left):
                return code
    return None


_GOVERNMENT_WORDS = frozenset("government govt of the republic federal state kingdom gobierno de del la gouvernement "
                              "du governo do da regierung der".split())


def _resolution_organ(match: re.Match) -> str | None:
    """Which UN organ a resolution cited by number is from, or None when it is not plainly a UN one."""
    who = (match.group("who") or "").upper().replace(".", "").replace(" ", "")
    number = match.group("number")
    session = match.group("session")
    written = match.group(0).lower()
    keyword = written[len(match.group("who") or ""):].lstrip()
    if who in ("HRC", "HUMANRIGHTSCOUNCIL"):
        return "Human Rights Council" if "/" in number else None
    if who in ("UNSC", "SC", "SECURITYCOUNCIL") or keyword.startswith(("unscr", "unsc")):
        return ORGANS["S"] if "/" not in number else None
    if who in ("UNGA", "GA", "GENERALASSEMBLY") or keyword.startswith("unga"):
        return ORGANS["A"]
    if "/" in number or (session and not session.isdigit()):
        return ORGANS["A"]  # 55/25 (numbered by session), 217 (III): the General Assembly's
    if keyword.startswith("resolution") and _not_national(match):
        return ORGANS["S"]  # "Resolution 1612": the Security Council numbers its resolutions alone
    return None


_NATIONAL = re.compile(r"(?:house|senate|joint|concurrent|assembly|parliament|council|congress|h|s)\.?\s*$", re.I)


def _not_national(match: re.Match) -> bool:
    before = match.string[max(0, match.start() - 20):match.start()]
    return not _NATIONAL.search(before)


# What a publisher name written with a typo looks like: words of letters (any script), at most
# eight, with the punctuation names carry; no digits, slashes or other symbols.
_NAMELIKE = re.compile(r"\s*[^\W\d_]{2,}(?:[ .,'&()\u2019-]+[^\W\d_]+){0,7}[ .]*")
_CJK = re.compile("[\u4e00-\u9fff\u3040-\u30ff\uac00-\ud7af\u1100-\u11ff]")
_CYRILLIC = re.compile("[\u0400-\u04ff]")


def _has_cjk(text: str) -> bool:
    return _CJK.search(text) is not None


def _has_hangul(text: str) -> bool:
    return any("\u1100" <= ch <= "\u11ff" or "\uac00" <= ch <= "\ud7af" for ch in text)


_LETTERS = "abcdefghijklmnopqrstuvwxyz0123456789 "


def _edits(word: str) -> list[str]:
    """Every string one deletion, insertion, substitution or transposition away (a-z, digits, space)."""
    if len(word) > 40:
        return []
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = [a + b[1:] for a, b in splits if b]
    transposes = [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
    replaces = [a + c + b[1:] for a, b in splits if b for c in _LETTERS]
    inserts = [a + c + b for a, b in splits for c in _LETTERS]
    return deletes + transposes + replaces + inserts
