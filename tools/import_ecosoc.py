#!/usr/bin/env python3
"""Generate rules/registry/ngo_ecosoc.yaml from the ECOSOC_Status dataset.

    python tools/import_ecosoc.py --input PATH/ecosoc-status/ [--out PATH] [--rules PATH]

Input: the CSV conversion of christophsteinert/ECOSOC_Status (rawdata/*.xlsx,
commit 7c51ff1, MIT): granted.csv, name-changes.csv, mergers.csv,
reclassification-deferred.csv, withdrawn.csv, declined.csv and LICENSE.
Output: one registry entry per NGO (category ngo, group ngo-ecosoc, names only:
the data has no websites, so no entry has a domain), and a copy of the
dataset's licence next to it (ngo_ecosoc.LICENSE).

Rules applied (repeated in the output's top comment):
- An NGO is a set of names joined by the data: a granted name, the old and new
  names of a name change, the old and new names of a merger, and names that are
  the same once a bracketed acronym or a legal-form suffix (", Inc.") is set
  aside. Its name is the current one (the end of its chain of name changes or
  mergers, else its latest granted spelling); every other name is an alias.
- Status: the latest record decides. A withdrawal or a declined application
  that is as recent as, or more recent than, every record showing status
  (recommendation, name change or merger of an NGO in status, deferred request
  for reclassification) leaves the NGO out.
- The Committee's recommendation is normally adopted by ECOSOC, which can also
  grant status the Committee refused: such NGOs are not in the data.
- Names are the UN's spelling, cleaned of stray quotes and whitespace only.
- Aliases: old names, the name without its bracketed acronym or legal-form
  suffix, the name before a dash or colon that is followed by a description of
  3 words or more ("Al-Haq" from "Al-Haq — Law in the Service of Man"; not
  "Promundo" from "Promundo – US"), and the bracketed acronym itself when it
  has 4 or more letters and is not a common word or country code (a 3-letter
  acronym such as IAF, PDR or CAP names too many other bodies).
  An alias whose folded form is any other entry's name or alias (in this file
  or any other registry file of the ruleset), or a country's name, is dropped.
- Left out: NGOs already in ngo.yaml (by folded name or alias), names that
  another registry file gives to a publisher of another category, universities
  (the default rules treat universities as unlisted), non-names in the data,
  and generic names unless listed in DISTINCTIVE: 2 words or fewer besides
  FUNCTION words, every one an everyday word (EVERYDAY) or a number ("Global
  Alliance", "Justice for All"); a country's name; a bare token of 3
  characters or fewer; one plain capitalised word (also a surname, a place or
  a word in some language, so it would match the author of a bibliography line).
- An NGO whose current name another registry file lists as an NGO keeps an entry here
  for its former names only (its basis names that entry), so an old name still finds it.
- id: ecosoc-<slug of the first name the data records for the NGO>, so a later
  change of name keeps the id; a slug over 60 characters, or one that had to
  drop letters outside a-z, is cut at a word and given 6 hex digits of the
  SHA-1 of the name's folded form.

The output is deterministic: same input, same bytes. Standard library + PyYAML.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
import shutil
import sys
from collections import Counter, defaultdict
from pathlib import Path

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path: Path):
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)


REPO = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO / "rules" / "registry" / "ngo_ecosoc.yaml"
DEFAULT_RULES = REPO / "rules" / "default.yaml"
OWN_FILE = "registry/ngo_ecosoc.yaml"
NGO_FILE = "registry/ngo.yaml"

DATASET = "ECOSOC_Status dataset, christophsteinert/ECOSOC_Status 7c51ff1, MIT"
COMMIT = "7c51ff10e1058d045535cb12827c43ed01d77b5a"

# ------------------------------------------------------------------ folding
# The package's own comparison key, so that this file and the classifier agree
# on which names are the same (src/evidence_check/names.py: standard library only).
if str(REPO / "src") not in sys.path:
    sys.path.insert(0, str(REPO / "src"))
from evidence_check.names import fold  # noqa: E402


def unarticled(key: str) -> str:
    """A folded key without a leading 'the' (the classifier drops it from queries)."""
    return key[4:] if key.startswith("the ") else key


# ------------------------------------------------------------------ cleaning
# Rows that are not NGO names (a conversion artefact, a date in the name column).
NOT_NAMES = {
    "Here is your list, as requested, without bullet points and with each NGO on a separate line:",
    "2025-06-28",
}
_QUOTE_PAIRS = {"\u201c": "\u201d", '"': '"', "\u2018": "\u2019", "'": "'", "\u00ab": "\u00bb"}


def clean(name: str) -> str:
    """Whitespace collapsed; quotes wrapping the whole name or left unclosed removed."""
    text = " ".join(name.replace("\u00a0", " ").split())
    text = text.strip(",;")
    text = text.strip()
    for _ in range(2):
        if len(text) > 2 and text[0] in _QUOTE_PAIRS and text[-1] == _QUOTE_PAIRS[text[0]] \
                and text.count(text[0]) + (text.count(text[-1]) if text[-1] != text[0] else 0) <= 2:
            text = text[1:-1].strip()
    # an opening curly quote never closed: drop it
    if text.count("\u201c") == text.count("\u201d") + 1:
        at = text.rfind("\u201c")
        text = (text[:at] + text[at + 1:]).replace("  ", " ").strip()
    return text


_STATUS = re.compile(r"\s*\(\s*(special|general|roster)?\s*,?\s*(\d{4})?\s*\)\s*$", re.IGNORECASE)
_MERGER_NOTE = re.compile(
    r"\s*(?:,\s*|\(\s*)(?:in special consultative status|(?:an )?organi[sz]ation not in status with the Council"
    r"|not in status with the Council)\s*\)?\s*$", re.IGNORECASE)
_LEGAL = re.compile(
    r",?\s+(?:Inc\.?|Incorporated|Ltd\.?(?:/Gte\.?)?|Limited(?: by Guarantee)?|Pty\.? Ltd\.?|Corp\.?|LLC|eV|e\.V\.|"
    r"g?GmbH|NPC|FZ-LLC|RA)$")
_BRACKET_TAIL = re.compile(r"\s*\(([^()]*)\)$")


def split_status(old: str) -> tuple[str, str | None, str | None]:
    """'X (special, 2011)' -> ('X', 'special', '2011')."""
    match = _STATUS.search(old)
    if match and (match.group(1) or match.group(2)):
        kind = match.group(1).lower() if match.group(1) else None
        return old[:match.start()].strip(), kind, match.group(2)
    return old, None, None


def acronym_of(name: str) -> str | None:
    """The acronym in brackets at the end of a name, if it looks like one."""
    match = _BRACKET_TAIL.search(name)
    if not match:
        return None
    inner = match.group(1).strip()
    if fold(inner) in COUNTRY_TOKENS or " " in inner or not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9&.\-]*", inner):
        return None
    letters = [ch for ch in inner if ch.isalpha()]
    upper = sum(ch.isupper() for ch in letters)
    if upper < 2 or upper * 2 < len(letters):
        return None
    return inner


_LEAD = re.compile(r"^([^:()\u2013\u2014]+?)(?::| [\u2013\u2014]) ([^:()\u2013\u2014]+)$")


def lead_name(name: str) -> str | None:
    """'Al-Haq — Law in the Service of Man' -> 'Al-Haq': the name before a dash or colon
    that is followed by a description of 3 words or more ('Promundo – US' gives nothing)."""
    match = _LEAD.match(bare(name))
    if not match or any(ch in name for ch in "\"\u201c\u201d\u00ab\u00bb\u2018") or len(match.group(2).split()) < 3:
        return None
    return match.group(1).strip()


def bare(name: str) -> str:
    """The name without a trailing bracketed acronym and legal-form suffix."""
    text = name
    for _ in range(2):
        if acronym_of(text):
            text = _BRACKET_TAIL.sub("", text).strip()
        text = _LEGAL.sub("", text).strip().rstrip(",").strip()
    return text


# ------------------------------------------------------------------ genericity
# Everyday words (English, French, Spanish, German) and region names: a name of
# two words or fewer made only of these (or of numbers) is generic. Curated by
# hand from the words of the data's short names; proper nouns and country names
# are not in it ("Caritas India", "Inclusion Canada" are names of one body).
EVERYDAY = frozenset("""
a an and the of for in on to with by at from our your my his her its
de del du des la le les el los las y e et und der die das fur von
access accept acclaim accountability act action actions advocacy advocate advocates aid aids alive
alliance ambassadors analytics animal animals archives art arts article assistance associates
association aware base beautiful better blessed blue breakthrough bridge bridges build building call
campaign care cause center centre centres centers change child children childrens club coalition
collective commission committee common communication communications community communities company
concern connection connections conservation cooperation coordination corporation council councils cry
cultural culture dare daughters deaf deliver development dignity direct disability doctors dream
dynamics earth education elders empower empowering empowerment enable enabled energy environment
environmental equal equality era faith families family feminist finance first force forum
foundation free freedom friends fund future gain gateway general generation generations gift global
good grand grassroots green group groups guardian hand hands health healthy heart help helpers
heritage home hope horizon house housing human humanitarian humanity ideas impact inclusion
independent initiative initiatives innovation institute international justice kids lab language law
leaders leadership league learning legal life light lighthouse link livelihood love matter matters
media men mercy mind minds mission missions moon more mosaic movement nation national nations natural
nature network networks new news now ocean one open operation opportunity organisation organization
organizations outreach out parents partners partnership peace people peoples perfect planet plan plant
play plus policy population positive power precious press privacy progress project projects promise
protection push quest rainbow rare reach relief renaissance renew research restored right rights rise
rose rule rural safe save school schools service services share simply smile social society
solidarity solutions speaks standing start student students support survival sustainability
sustainable talent talents together track tracker trauma trial trust truth union unite united unity
universal village vision voice voices volunteer volunteers watch water welfare well wellbeing wild
witness woman women womens work works world worldwide young youth zero
accion asociacion ayuda centro comunidad desarrollo esperance esperanza familia femmes fondation
fondazione fonds fundacion futuro humanitaire humanitare instituto institut internacional
internationale jeunesse juventud libertad maison mujer mujeres ninos ong ngo npo paix paz pax plus pro
red salud solidaire solidaires solidarite solidaridad sos terre tierra verde vert vida vie vivante
africa african america american americas arab asia asian eurasia europe european latin pacific
islamic christian catholic jewish muslim buddhist hindu nigerian
platform natures visible incubator gems photo warming contact premiere digital digitale survivor
survivors corps habitat interactions diplomatic cyber sensitization patriotic pont autre medicale
brique lotus sunny mercury lifeline soccer sport sports personhood purposeful productions
competitiveness disarmament tandem granny destination engender gong pangloss impacto eveil amizade
intercambios partage mukti setu ways sister sisters brother brothers integrated religious centralized
recherche observatoire charitable fellowship
""".split())

# Words that do not count (so "Justice for All" is one everyday word).
FUNCTION = frozenset("""
a an and the of for in on to with by at from all our your de del du des la le les el los las y e et
und der die das fur von pour para por en
""".split())

# Generic by that rule, yet the name of one well-known body, or not an
# everyday phrase in a bibliography line: kept (checked by hand).
DISTINCTIVE = frozenset({
    "Access Now", "Christian Aid", "Future Generations", "Generations United", "Global Voices",
    "Global Witness", "Global Zero", "Natural Justice", "ODI", "Peace Direct", "Peace Now",
    "Population Connection", "Population Matters", "Privacy International", "Reprieve", "WITNESS",
    "Women Deliver", "Housing Works", "Restless Development", "Accountability Lab", "Build Change",
    "Children International", "Conservation Force", "DARE America", "Development Gateway",
    "Disability:IN", "GS1", "Group 484", "Humanity First", "IDEAS Centre", "Operation Hope",
    "Operation Smile", "Standing Voice", "The Elders Foundation", "TRIAL International", "Water Aid",
    "World Renew", "Mercy Corps", "Blue Ventures", "Climate Analytics", "Survivor Corps",
    # one plain word, yet coined or the well-known name of one body
    "Aahung", "Adharshila", "Aequalia", "Africare", "Anukulan", "Ashinaga", "Bedayati", "Cubraiti",
    "Diplomatici", "Drepavie", "Esperantra", "Friendasia", "Gadejuristen", "Gleichmass", "Gusenghwe",
    "Haritika", "Heungsadahn", "Hydroaid", "Interpeace", "Iuventum", "Kallipatira", "Katimavik",
    "Kindernothilfe", "Maawandoon", "Madinaty", "Manavata", "Medrar", "Michibushinbito",
    "Mitraniketan", "Pramacare", "Preporod", "Profugo", "Promocom", "Saferworld", "Sakyadhita",
    "Samarthyam", "Shushilan", "Silatech", "Sintrata", "Sodalitas", "Stopaids", "Swedwatch",
    "Tarumitra", "Tearfund", "Trennungsväter", "Udyama", "Euromontana", "Afrolatino", "Afromedianet",
    "Namati", "Soulforce", "Sozialhelden", "Mtree", "Ikkaido", "The Brooke", "Right To Play",
    "Advocates for Youth", "Generations for Peace", "The Smile of the Child", "Project HOPE",
    "Freemuse", "Tlachinollan", "Geledés", "Dóchas",
})

# Bracketed country codes and names ("Concern Worldwide (US)") mark a national
# body: not an acronym, and never set aside (filled from the countries file).
COUNTRY_TOKENS: set[str] = set()

# Abbreviations that are never an alias of one NGO.
NOT_ACRONYMS = frozenset({"ngo", "ngos", "ong", "ingo", "npo", "npc", "hiv", "aids", "lgbt", "lgbti",
                          "lgbtq", "lgbtiq", "sdg", "sdgs", "usa", "uae", "eu", "un", "ceo", "inc",
                          "ltd", "llc", "trust", "ev"})

# Universities and colleges (institutions of higher education): the default
# rules treat them as unlisted whatever their ECOSOC status. Not professional
# "colleges" or associations of university women or graduates.
UNIVERSITY = re.compile(
    r"^(?:The |Trustees of the )?(?:University|Universidad|Universidade|Universit[eé]|Universit[aà]|College of the)\b"
    r"|\b(?:University|College)(?: and Seminary)?(?:, [A-Z][a-z]+)?$"
    r"|^Imperial College\b|\bCollege Center\b|\bMedical College of\b")


# ------------------------------------------------------------------ data


def read_csv(folder: Path, name: str) -> list[dict]:
    path = folder / name
    if not path.is_file():
        raise SystemExit(f"import_ecosoc: {path} is missing (is --input the ecosoc-status folder?)")
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


class Entities:
    """Union-find over folded names."""

    def __init__(self):
        self.parent: dict[str, str] = {}

    def find(self, key: str) -> str:
        self.parent.setdefault(key, key)
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            if rb < ra:
                ra, rb = rb, ra
            self.parent[rb] = ra



def canonical(text: str) -> str:
    """The registry's canonical form (`evidence-check rules fmt`), so a regenerated file passes
    the format test and its diff shows only what the data changed."""
    from evidence_check.ruleset.fmt import format_registry

    return format_registry(text)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", required=True, type=Path,
                        help="the ecosoc-status folder (granted.csv, name-changes.csv, ... LICENSE)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--rules", type=Path, default=DEFAULT_RULES,
                        help="ruleset whose other registry files are read to skip names already claimed")
    args = parser.parse_args()
    folder = args.input
    if not folder.is_dir():
        raise SystemExit(f"import_ecosoc: --input {folder} is not a folder")

    # ---------------------------------------------------------- the ruleset's other files
    ruleset = read_yaml(args.rules)
    claimed: dict[str, tuple[str, str, str]] = {}  # folded name/alias -> (id, category, file)
    claimed_ids: set[str] = set()
    ngo_entries: list[dict] = []
    for item in ruleset.get("registry") or []:
        if item == OWN_FILE:
            continue
        path = args.rules.parent / item
        if not path.is_file():
            continue
        data = read_yaml(path) or {}
        for entry in data.get("publishers") or []:
            claimed_ids.add(entry["id"])
            for text in (entry["name"], *(entry.get("aliases") or [])):
                claimed.setdefault(fold(text), (entry["id"], entry["category"], item))
            if item == NGO_FILE:
                ngo_entries.append(entry)
    countries = read_yaml(args.rules.parent / ruleset.get("countries", "countries.yaml"))["countries"]
    country_codes = {c["alpha3"].lower() for c in countries} | {c["alpha2"].lower() for c in countries}
    country_names: set[str] = set()
    for c in countries:
        for text in (c["name"], c.get("common") or c["name"], *(c.get("aliases") or [])):
            country_names.add(fold(text))
    COUNTRY_TOKENS.update(country_codes | country_names | {"uk", "us"})

    # ---------------------------------------------------------- the dataset
    granted = read_csv(folder, "granted.csv")
    changes = read_csv(folder, "name-changes.csv")
    mergers = read_csv(folder, "mergers.csv")
    reclass = read_csv(folder, "reclassification-deferred.csv")
    withdrawn = read_csv(folder, "withdrawn.csv")
    declined = read_csv(folder, "declined.csv")

    ents = Entities()
    spelled: dict[str, Counter] = defaultdict(Counter)  # folded -> spellings
    first_seen: dict[str, str] = {}  # folded -> earliest date a record names it
    records: dict[str, list[tuple]] = defaultdict(list)  # folded -> records
    successors: dict[str, set[str]] = defaultdict(set)  # folded old -> folded new
    not_names: list[str] = []

    def add_name(text: str, date: str) -> str | None:
        text = clean(text)
        if not text or text in NOT_NAMES:
            not_names.append(text or "(empty)")
            return None
        key = fold(text)
        if not key:
            not_names.append(text)
            return None
        spelled[key][text] += 1
        ents.find(key)
        if key not in first_seen or date < first_seen[key]:
            first_seen[key] = date
        stripped = fold(bare(text))
        if stripped:
            ents.union(key, "~" + stripped)  # joined through the bare form, never a name itself
        return key

    for row in granted:
        date = row["Session_number"].strip()
        key = add_name(row["NGO_name"], date)
        if key:
            records[key].append((date, "granted", None))
    for row in changes:
        date = row["Session_number"].strip()
        old, kind, since = split_status(clean(row["Old_name"]))
        old_key, new_key = add_name(old, date), add_name(row["New_name"], date)
        if old_key and new_key:
            ents.union(old_key, new_key)
            if old_key != new_key:
                successors[old_key].add(new_key)
            records[new_key].append((date, "change", (clean(old), kind, since)))
    merger_groups: dict[str, list[dict]] = defaultdict(list)
    cleaned_mergers = []
    for row in mergers:
        date = row["Session_number"].strip()
        olds = [_MERGER_NOTE.sub("", clean(row[k])).strip().rstrip(",").strip() for k in ("Old_name1", "Old_name2")]
        new = clean(row["New_name"])
        keys = [fold(t) for t in (*olds, new) if t]
        cleaned_mergers.append((date, olds, new, keys))
    merger_ents = Entities()
    for date, olds, new, keys in cleaned_mergers:
        for key in keys[1:]:
            merger_ents.union(keys[0], key)
    for item in cleaned_mergers:
        merger_groups[merger_ents.find(item[3][0])].append(item)
    merger_rows_used = 0
    for group in merger_groups.values():
        date, olds, new, keys = max(group, key=lambda item: (item[0], item[2]))
        merger_rows_used += 1
        new_key = add_name(new, date)
        if not new_key:
            continue
        for old in olds:
            old_key = add_name(old, date)
            if old_key and old_key != new_key:
                ents.union(old_key, new_key)
                successors[old_key].add(new_key)
        records[new_key].append((date, "merger", tuple(o for o in olds if o)))
    for row in reclass:
        date = row["Session_number"].strip()
        key = add_name(row["NGO_name"], date)
        if key:
            records[key].append((date, "reclass", None))
    negatives: list[tuple[str, str, str]] = []
    for kind, rows in (("withdrawn", withdrawn), ("declined", declined)):
        for row in rows:
            date = row["Session_number"].strip()
            text = clean(row["NGO_name"])
            key = fold(text)
            if key:
                negatives.append((key, fold(bare(text)), date, kind, text))

    # ---------------------------------------------------------- group names into NGOs
    groups: dict[str, list[str]] = defaultdict(list)
    for key in spelled:
        groups[ents.find(key)].append(key)

    def spelling(key: str) -> str:
        count = spelled[key]
        return sorted(count, key=lambda s: (-count[s], s))[0]

    ngos = []
    for root, keys in groups.items():
        keys.sort()
        recs = sorted(((r, k) for k in keys for r in records[k]), key=lambda x: (x[0][0], x[0][1], x[1]))
        # the current name: a name the chain of changes/mergers ends at
        sinks = [k for k in keys if any(k in successors[o] for o in keys) and not successors[k] & set(keys)]
        if sinks:
            latest = {k: max(r[0] for r, kk in recs if kk == k) for k in sinks}
            current = sorted(sinks, key=lambda k: (latest[k], k))[-1]
        else:
            granted_keys = [(r[0], kk) for r, kk in recs if r[1] in ("granted", "reclass")]
            current = sorted(granted_keys)[-1][1] if granted_keys else keys[0]
        first = sorted(keys, key=lambda k: (first_seen[k], k != current, k))[0]
        ngos.append({"keys": keys, "records": recs, "current": current, "first": first})

    # negative records attach to the NGO holding that name (or its bare form)
    negative_of: dict[int, list] = defaultdict(list)
    root_index = {ents.find(n["current"]): i for i, n in enumerate(ngos)}
    unmatched_negatives = []
    for key, bare_key, date, kind, text in negatives:
        probe = key if key in spelled else "~" + bare_key
        root = ents.find(probe) if probe in ents.parent else None
        if root is None:
            unmatched_negatives.append((kind, text, date))
            continue
        negative_of[root_index[root]].append((date, kind, text))

    # ---------------------------------------------------------- status and filters
    all_words: Counter = Counter()  # words written as words (not all capitals) in names
    for key in spelled:
        for text in spelled[key]:
            for word in {fold(w) for w in re.findall(r"[^\W\d_]{3,}", text) if not w.isupper()}:
                all_words[word] += 1
    acronym_common = EVERYDAY | NOT_ACRONYMS | {w for w, n in all_words.items() if n >= 2}
    distinctive = {unarticled(fold(bare(n))) for n in DISTINCTIVE}
    ngo_names = {}
    for entry in ngo_entries:
        for text in (entry["name"], *(entry.get("aliases") or [])):
            ngo_names.setdefault(unarticled(fold(text)), entry["id"])
            ngo_names.setdefault(unarticled(fold(bare(text))), entry["id"])

    def generic(text: str) -> bool:
        key = unarticled(fold(bare(text)))
        if key in distinctive:
            return False
        if key in country_names:
            return True
        words = key.split()
        if len(words) == 1 and len(words[0]) <= 3:
            return True  # a bare 3-character token (ACE, SPD, H4P) names many things
        plain = bare(text)
        plain = plain[4:] if plain.startswith("The ") else plain
        if re.fullmatch(r"[^\W\d_][^\W\d_A-Z]+", plain) and plain[0].isupper():
            return True  # one plain word (Maher, Kalyani, Rutgers): also a surname, place or word
        content = [w for w in words if w not in FUNCTION]
        return len(content) <= 2 and all(w in EVERYDAY or w.isdigit() for w in content)

    def ngo_yaml_match(n) -> str | None:
        for key in n["keys"]:
            text = spelling(key)
            for probe in (key, fold(bare(text))):
                found = ngo_names.get(unarticled(probe))
                if found:
                    return found
            lead = lead_name(text)
            if lead and ngo_names.get(unarticled(fold(lead))):
                return ngo_names[unarticled(fold(lead))]
            # "A — B" where both parts name the same ngo.yaml entry
            parts = [p for p in re.split(r"\s+[\u2014\u2013]\s+|:\s+", text) if p.strip()]
            if len(parts) == 2:
                hits = {ngo_names.get(unarticled(fold(p))) for p in parts}
                if len(hits) == 1 and None not in hits:
                    return hits.pop()
        return None

    kept, left = [], defaultdict(list)
    status_notes = []
    for index, n in enumerate(ngos):
        name = spelling(n["current"])
        positive = max(r[0][0] for r in n["records"]) if n["records"] else None
        negative = sorted(negative_of.get(index, []))
        if positive is None:
            left["no record showing status"].append(name)
            continue
        if negative and negative[-1][0] >= positive:
            date, kind, text = negative[-1]
            left[f"status {kind} (latest record)"].append(f"{name} ({kind} {date})")
            continue
        if negative:
            status_notes.append(f"{name}: {negative[-1][1]} {negative[-1][0]}, later record {positive}")
        n["negative"] = negative
        match = ngo_yaml_match(n)
        if match:
            left["already in ngo.yaml"].append(f"{name} -> {match}")
            continue
        clash = claimed.get(n["current"]) or claimed.get(unarticled(n["current"]))
        if clash:
            left["name of another registry entry"].append(f"{name} -> {clash[0]} ({clash[1]}, {clash[2]})")
            olds = [k for k in n["keys"] if k != n["current"] and not (claimed.get(k) or claimed.get(unarticled(k)))]
            if clash[1] == "ngo" and olds:
                # the NGO is listed under its current name elsewhere; its former names (the data's
                # name changes and mergers) are kept here, so an old name still finds an NGO
                latest = max(olds, key=lambda k: max((r[0][0] for r in n["records"] if r[1] == k), default=""))
                kept.append(dict(n, current=latest, keys=olds, now=(name, clash[0])))
            continue
        if UNIVERSITY.search(name):
            left["university"].append(name)
            continue
        if generic(name):
            left["generic name"].append(name)
            continue
        kept.append(n)

    # ---------------------------------------------------------- ids
    def slug(key: str) -> str:
        text = re.sub(r"[^a-z0-9]+", "-", key).strip("-")
        if len(text) <= 60 and text == key.replace(" ", "-"):
            return text
        cut = text[:60].rsplit("-", 1)[0] if len(text) > 60 else text
        digest = hashlib.sha1(key.encode()).hexdigest()[:6]
        return f"{cut}-{digest}" if cut else digest

    ids: dict[str, dict] = {}
    for n in kept:
        pid = "ecosoc-" + slug(n["first"])
        if pid in ids or pid in claimed_ids:
            raise SystemExit(f"import_ecosoc: id {pid} would be used twice")
        ids[pid] = n
        n["id"] = pid

    # ---------------------------------------------------------- aliases
    own_names: Counter = Counter()  # folded names/aliases proposed in this file
    proposals: dict[str, list[str]] = {}
    for n in kept:
        name = spelling(n["current"])
        texts = [spelling(k) for k in n["keys"] if k != n["current"]]
        candidates = []
        for text in [name, *texts]:
            candidates.append(text)
            candidates.append(bare(text))
            acr = acronym_of(text) or acronym_of(_LEGAL.sub("", text).strip())
            if acr:
                candidates.append(acr)
            lead = lead_name(text)
            if lead:
                candidates.append(lead)
        seen, out = {fold(name)}, []
        for text in candidates:
            key = fold(text)
            if key and key not in seen:
                seen.add(key)
                out.append(text)
        proposals[n["id"]] = out
        for key in seen:
            own_names[key] += 1
    dropped = defaultdict(list)
    for n in kept:
        name = spelling(n["current"])
        n["name"] = name
        aliases = []
        for text in proposals[n["id"]]:
            key = fold(text)
            letters = sum(ch.isalpha() for ch in text)
            is_acronym = " " not in text and text == acronym_of(f"x ({text})")
            if letters <= 2 or len(key) <= 2:
                dropped["2 letters or fewer"].append(f"{text} ({name})")
            elif is_acronym and letters <= 3:
                dropped["acronym of 3 letters (others use it too: IAF, PDR, CAP)"].append(f"{text} ({name})")
            elif is_acronym and (key in acronym_common or key in country_codes):
                dropped["acronym that is a common word or country code"].append(f"{text} ({name})")
            elif key in claimed or unarticled(key) in claimed:
                other = claimed.get(key) or claimed[unarticled(key)]
                dropped["name or alias of another registry entry"].append(f"{text} ({name}; {other[0]})")
            elif own_names[key] > 1:
                dropped["name or alias of another entry in this file"].append(f"{text} ({name})")
            elif key in country_names:
                dropped["a country's name"].append(f"{text} ({name})")
            elif not is_acronym and generic(text):
                dropped["generic"].append(f"{text} ({name})")
            else:
                aliases.append(text)
        n["aliases"] = aliases
        n["basis"] = basis(n, spelling)
        if n.get("now"):
            n["basis"] = (f"Former name(s) of the NGO now named \u201c{n['now'][0]}\u201d (registry entry "
                          f"{n['now'][1]}): " + n["basis"])

    kept.sort(key=lambda n: (fold(n["name"]), n["id"]))
    out = render(kept, left, dropped, unmatched_negatives, status_notes, not_names, len(granted),
                 merger_rows_used)
    args.out.write_text(canonical(out), encoding="utf-8")
    shutil.copyfile(folder / "LICENSE", args.out.with_suffix(".LICENSE"))

    # ---------------------------------------------------------- report for ngo.yaml
    report_ngo_yaml(ngo_entries, ngos, negative_of, spelling, ngo_yaml_match)
    for kind, text, date in unmatched_negatives:
        found = ngo_names.get(unarticled(fold(text))) or ngo_names.get(unarticled(fold(bare(text))))
        if found:
            print(f"ngo.yaml {found}: {kind} {date} ({text}), no record of the data shows status",
                  file=sys.stderr)
    print(f"import_ecosoc: wrote {args.out} ({len(kept)} entries); left out: "
          + ", ".join(f"{k} {len(v)}" for k, v in sorted(left.items())), file=sys.stderr)
    return 0


def basis(n: dict, spelling) -> str:
    granted = sorted({(r[0][0], key) for r in n["records"] if r[0][1] == "granted" for key in [r[1]]})
    parts = []
    if granted:
        date, key = granted[-1]
        earlier = sorted({d for d, _ in granted[:-1]} - {date})
        also = f" (also {', '.join(earlier)})" if earlier else ""
        under = f" (as \u201c{spelling(key)}\u201d)" if key != n["current"] else ""
        parts.append(f"ECOSOC consultative status recommended by the UN Committee on NGOs, "
                     f"session of {date}{also}{under}")
    for (date, kind, extra), key in n["records"]:
        if kind == "change":
            old, status, since = extra
            base, _, _ = split_status(old)
            held = ""
            if status or since:
                kind_text = f"{status} " if status else ""
                held = f", then in {kind_text}consultative status" + (f" since {since}" if since else "")
            lead = "" if parts else "In ECOSOC consultative status: "
            parts.append(f"{lead}change of name from \u201c{base}\u201d{held} noted by the UN Committee on NGOs, "
                         f"session of {date}")
        elif kind == "merger":
            lead = "" if parts else "In ECOSOC consultative status: "
            olds = "\u201d and \u201c".join(o for o in extra if fold(o) != key)
            parts.append(f"{lead}merger of \u201c{olds}\u201d into it noted by the UN "
                         f"Committee on NGOs, session of {date}")
    reclass = sorted({r[0][0] for r in n["records"] if r[0][1] == "reclass"})
    if reclass:
        lead = "" if parts else "In ECOSOC consultative status: "
        parts.append(f"{lead}its request for reclassification of status deferred by the UN Committee on NGOs, "
                     f"session of {reclass[-1]}")
    for date, kind, text in n.get("negative", []):
        parts.append(f"application {kind} on {date} (a later record shows status)" if kind == "declined"
                     else f"status withdrawn on {date} (a later record shows status)")
    return "; ".join(parts) + f" ({DATASET})"


def q(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def render(kept, left, dropped, unmatched_negatives, status_notes, not_names, granted_rows, merger_rows) -> str:
    lines = [
        "# GENERATED by tools/import_ecosoc.py --input <ecosoc-status folder>: do not edit by hand.",
        "# NGOs recommended for ECOSOC consultative status by the UN Committee on NGOs, 1998-2024,",
        "# with name changes and mergers (names only: no domains; the data has none).",
        f"# Source: GitHub christophsteinert/ECOSOC_Status, rawdata/*.xlsx at commit {COMMIT}",
        "# (July 2025), converted to CSV. Licence: MIT, Copyright (c) 2025 Christoph Valentin",
        "# Steinert: see ngo_ecosoc.LICENSE beside this file; keep it with any copy.",
        "#",
        "# What the data is not: it holds the Committee's recommendations (which ECOSOC normally",
        "# adopts), not the current list (E/<year>/INF/5, iCSO); status granted before 1998,",
        "# suspensions and the status category of most NGOs are missing. An NGO ECOSOC admitted",
        "# against the Committee's advice is not here (see ngo.yaml for such cases).",
        "#",
        "# Rules applied:",
    ]
    doc = __doc__.split("Rules applied (repeated in the output's top comment):")[1].split("The output is")[0]
    lines += [("# " + line).rstrip() for line in doc.strip("\n").splitlines()]
    lines += ["#", f"# Counts: {granted_rows} granted rows, {len(kept)} entries here, "
              f"{sum(len(n['aliases']) for n in kept)} aliases; {merger_rows} merger(s) after",
              "# joining the rows that repeat one merger."]
    lines.append("#")
    lines.append("# left out (NGOs):")
    for reason in sorted(left):
        items = sorted(left[reason])
        lines.append(f"#   {reason}: {len(items)}")
        show = items if reason in ("generic name", "university", "name of another registry entry",
                                   "already in ngo.yaml") or len(items) <= 40 else items[:12] + ["..."]
        lines += [f"#     {item}" for item in show]
    lines.append("# left out (aliases):")
    for reason in sorted(dropped):
        items = sorted(set(dropped[reason]))
        lines.append(f"#   {reason}: {len(items)}")
        show = items if len(items) <= 40 else items[:20] + ["..."]
        lines += [f"#     {item}" for item in show]
    lines.append(f"# rows that are not names: {len(not_names)}: " + "; ".join(sorted(set(not_names))))
    if unmatched_negatives:
        lines.append(f"# withdrawn/declined rows naming no NGO of the data (nothing to leave out): "
                     f"{len(unmatched_negatives)}")
    if status_notes:
        lines.append("# declined/withdrawn earlier, a later record shows status (kept):")
        lines += [f"#   {note}" for note in sorted(status_notes)]
    lines += ["", "publishers:"]
    for n in kept:
        lines.append(f"  - id: {n['id']}")
        lines.append(f"    name: {q(n['name'])}")
        if n["aliases"]:
            lines.append(f"    aliases: [{', '.join(q(a) for a in n['aliases'])}]")
        lines.append("    category: ngo")
        lines.append("    group: ngo-ecosoc")
        lines.append(f"    basis: {q(n['basis'])}")
    return "\n".join(lines) + "\n"


def report_ngo_yaml(ngo_entries, ngos, negative_of, spelling, match) -> None:
    """On stderr: what the data says about ngo.yaml's entries (for the hand-kept file)."""
    by_id = defaultdict(list)
    for index, n in enumerate(ngos):
        found = match(n)
        if found:
            by_id[found].append((index, n))
    for entry in ngo_entries:
        for index, n in by_id.get(entry["id"], []):
            recs = "; ".join(f"{rec[1]} {rec[0]} ({spelling(k)})" for rec, k in n["records"])
            neg = "; ".join(f"{kind} {date} ({text})" for date, kind, text in negative_of.get(index, []))
            print(f"ngo.yaml {entry['id']} [{entry['category']}/{entry.get('group')}]: {recs}"
                  + (f"; NEGATIVE: {neg}" if neg else ""), file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
