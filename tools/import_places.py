#!/usr/bin/env python3
"""Write the `places` of every country in rules/countries.yaml: the names of its
first-level subdivisions (states, provinces, regions, republics, Länder ...), so that
"Ontario Ministry of Transportation", "Gouvernement du Québec" or "Министерство
внутренних дел Республики Татарстан" are read as bodies of Canada and Russia.

    python tools/import_places.py --input /usr/share/iso-codes [--locales DIR] [--check]

Dev-time generator only. Input: Debian's iso-codes data (package `iso-codes`): the
ISO 3166-2 list as JSON (`<input>/json/iso_3166-2.json`) and its translations
(`<locales>/<lang>/LC_MESSAGES/iso_3166-2.mo`, default /usr/share/locale). Licence:
LGPL-2.1+ (see rules/countries.places.LICENSE, written beside the file); the names
are facts of ISO 3166-2 and its translators.

What it writes, for each country (everything else in the file is kept byte for byte):
`places`, after `status`. Rules (repeated in the file's header):
- first-level subdivisions only, of the kinds that have a government of their own
  (TYPES below), and only for states with at most MAX_PER_STATE of them (Slovenia's
  212 municipalities are towns, not provinces);
- the ISO name ("Tatarstan, Respublika" -> "Tatarstan"; "Catalunya [Cataluña]" -> both) and its English, French,
  German, Spanish and Russian translations, with Russian genitive forms
  ("Московской области", "Краснодарского края") because Russian names a body's
  region in the genitive;
- left out: a name that is a country's name in any language or an English
  adjective, one that two states' subdivisions bear ("Punjab", "Central"), one of
  four letters or fewer, one made only of compass and generic words ("North",
  "Capital", "Islands"), and one that is also an ordinary word or another well-known place
  (COMMON: "Unity", "Maritime", "Midlands", "Canterbury"). A place name is read only next to a state body's word, never
  as a country on its own (a delegation cannot be "Ontario").
"""

from __future__ import annotations

import argparse
import gettext
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import yaml  # noqa: E402

from evidence_check.names import fold  # noqa: E402

sys.path.insert(0, str(ROOT / "tools"))
from build_country_names import yaml_list  # noqa: E402  (the same flow-list form as the names it sits by)

TYPES = {
    "State", "Province", "Republic", "Autonomous community", "Land", "Prefecture", "Emirate", "Canton",
    "Territory", "Union territory", "Federal district", "Autonomous region", "Region", "Metropolitan region",
    "Governorate", "Autonomous city", "Administrative region", "Administrative territory", "Autonomous district",
    "Country", "Capital territory", "Federal territory", "Federal capital territory", "Autonomous republic",
    "Department", "Capital district", "Capital city", "Special administrative region", "Nation",
}
MAX_PER_STATE = 90
LOCALES = ("en_GB", "fr", "de", "es", "ru")
GENERIC = {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "north-east",
    "north-west", "south-east", "south-west", "northeast", "northwest", "southeast", "southwest", "capital",
    "city", "islands", "island", "coast", "coastal", "upper", "lower", "federal", "district", "territory",
    "region", "province", "state", "lakes", "lake", "river", "mountain", "highlands", "lowlands", "valley",
    "of", "the", "and", "de", "del", "la", "le", "du", "des", "et", "y", "nord", "sud", "est", "ouest", "centre",
    "norte", "sur", "este", "oeste", "centro", "capitale", "capital district",
}
# Names that are also ordinary words or other well-known places and things ("Government of
# National Unity" is not South Sudan's Unity state, "West Midlands Police" not Zimbabwe's,
# "Maritime Security Agency" not Togo's Maritime region, Canterbury and Ulster are British too,
# "Portuguesa" is an adjective, Jerusalem's status is disputed): left out.
COMMON = {
    "unity", "delta", "maritime", "midlands", "savannah", "victoria", "balkan", "batman", "cascades",
    "collines", "constantine", "flores", "granada", "hauptstadt", "herrera", "isabel", "marche", "marcas",
    "miranda", "nelson", "portuguesa", "rivera", "rivers", "salto", "surin", "trujillo", "valle", "sahel",
    "volta", "zaire", "colonia", "centrale", "leste", "nordost", "golfe", "estuaire", "flamande", "wallonne",
    "freistaat", "canterbury", "ulster", "jerusalem", "santander", "lugar", "cordillera", "atlantique",
    "littoral", "plateaux", "savanes",
}
# "Tatarstan, Respublika": the ISO name puts the kind after a comma
_KIND_AFTER_COMMA = re.compile(r"^(?P<name>[^,]+),\s*\S.*$")
_RUSSIAN_KINDS = ("Республика", "республика")
BEGIN = "# --- places: BEGIN (written by tools/import_places.py; do not edit this block by hand) ---"
END = "# --- places: END ---"
NAMES_BEGIN = "# adjectives / other_names: written by tools/build_country_names.py"


def russian_genitive(name: str) -> list[str]:
    """'Московская область' -> 'Московской области'; 'Краснодарский край' -> 'Краснодарского
    края'; 'Республика Татарстан' -> 'Республики Татарстан'. Only these regular shapes."""
    words = name.split()
    out = []
    for word in words:
        if word == "область":
            out.append("области")
        elif word == "край":
            out.append("края")
        elif word == "округ":
            out.append("округа")
        elif word in ("Республика", "республика"):
            out.append(word[:-1] + "и")
        elif word.endswith("ая"):
            out.append(word[:-2] + "ой")
        elif word.endswith(("ский", "цкий")):
            out.append(word[:-2] + "ого")
        elif word.endswith("ный"):
            out.append(word[:-2] + "ого")
        else:
            out.append(word)
    genitive = " ".join(out)
    return [genitive] if genitive != name else []


# "Catalunya [Cataluña]", "Haute-Sangha / Mambéré-Kadéï", "Sofia (stolitsa)": two names in one, or a
# kind in brackets; a bracket holding an ISO code ("[Caerdydd GB-CRD]") keeps only its name
_TWO_NAMES = re.compile(r"^(?P<first>[^\[\]/()]+?)\s*(?:\[(?P<second>[^\]]+)\]|/\s*(?P<other>.+)|\((?P<kind>[^)]+)\))$")
_CODE = re.compile(r"\s+[A-Z]{2}-[A-Z0-9]{1,3}$")


def split_names(name: str) -> list[str]:
    match = _TWO_NAMES.match(name)
    if match is None:
        return [name]
    names = [match.group("first").strip()]
    for part in (match.group("second"), match.group("other")):
        if part:
            names.append(_CODE.sub("", part).strip())
    return names


def names_of(entry: dict, translations: dict) -> list[str]:
    base = entry["name"]
    found = split_names(base)
    match = _KIND_AFTER_COMMA.match(base)
    if match:
        found.append(match.group("name").strip())
    for lang, table in translations.items():
        text = table.gettext(base)
        if not text or text == base:
            continue
        found += split_names(text)
        if lang == "ru":
            found += russian_genitive(text)
            for kind in _RUSSIAN_KINDS:
                if text.startswith(kind + " "):
                    found.append(text[len(kind) + 1:])
        match = _KIND_AFTER_COMMA.match(text)
        if match:
            found.append(match.group("name").strip())
    return found


def country_keys(countries: list[dict]) -> set[str]:
    keys = set()
    for c in countries:
        for text in (c["alpha3"], c["name"], c.get("common") or "", *(c.get("aliases") or ()),
                     *(c.get("other_names") or ()), *(c.get("adjectives") or ())):
            if text:
                keys.add(fold(text))
    return keys


def build(countries: list[dict], subdivisions: list[dict], translations: dict):
    by_alpha2 = {c["alpha2"]: c["alpha3"] for c in countries}
    taken = country_keys(countries)
    top = [s for s in subdivisions if "parent" not in s]
    per_state: dict[str, int] = {}
    for s in top:
        per_state[s["code"][:2]] = per_state.get(s["code"][:2], 0) + 1
    report = {"not a listed state": 0, "kind": 0, "too many": 0}
    bearers: dict[str, set[str]] = {}
    written: dict[str, dict[str, str]] = {}  # alpha3 -> folded -> written
    for s in top:
        alpha3 = by_alpha2.get(s["code"][:2])
        if alpha3 is None:
            report["not a listed state"] += 1
            continue
        if s["type"] not in TYPES:
            report["kind"] += 1
            continue
        if per_state[s["code"][:2]] > MAX_PER_STATE:
            report["too many"] += 1
            continue
        for text in names_of(s, translations):
            key = fold(text)
            if not key:
                continue
            bearers.setdefault(key, set()).add(alpha3)
            written.setdefault(alpha3, {}).setdefault(key, text)
    left_out: dict[str, list[str]] = {"a country's name or adjective": [], "two states bear it": [],
                                     "four letters or fewer": [], "generic words only": [],
                                     "an ordinary word or another place's name": []}
    places: dict[str, list[str]] = {}
    for alpha3 in sorted(written):
        for key, text in sorted(written[alpha3].items()):
            if key in taken:
                left_out["a country's name or adjective"].append(text)
            elif len(bearers[key]) > 1:
                left_out["two states bear it"].append(text)
            elif len(key.replace(" ", "")) <= 4:
                left_out["four letters or fewer"].append(text)
            elif all(word in GENERIC for word in key.split()):
                left_out["generic words only"].append(text)
            elif key in COMMON:
                left_out["an ordinary word or another place's name"].append(text)
            else:
                places.setdefault(alpha3, []).append(text)
    return places, report, left_out


def header(places, report, left_out, version: str) -> list[str]:
    total = sum(len(v) for v in places.values())
    lines = [BEGIN,
             "# places: names of a state's first-level subdivisions (states, provinces, regions, republics,",
             "#   Länder ...), read only next to a state body's word (\"Ontario Ministry of Transportation\",",
             "#   \"Правительство Московской области\"), never as a country on their own.",
             f"# Source: Debian iso-codes {version} (ISO 3166-2 names and their translations), LGPL-2.1+:",
             "#   see countries.places.LICENSE. Written by: python tools/import_places.py --input",
             "#   /usr/share/iso-codes. Names: the ISO name, its English, French, German, Spanish and Russian",
             "#   translations, Russian genitive forms.",
             f"# {total} names for {len(places)} states. Left out: subdivisions of states not in this file "
             f"({report['not a listed state']}),",
             f"#   of other kinds (municipalities, districts, parishes: {report['kind']}), of states with more "
             f"than {MAX_PER_STATE} ({report['too many']});"]
    for reason, texts in left_out.items():
        example = ", ".join(texts[:6])
        lines.append(f"#   names left out, {reason}: {len(texts)} (e.g. {example})")
    lines.append(END)
    return lines


def rewrite(text: str, head: list[str], places: dict[str, list[str]]) -> str:
    lines = text.split("\n")
    if BEGIN in lines:
        start = lines.index(BEGIN)
        end = lines.index(END, start) + 1
        del lines[start - (lines[start - 1] == "#"):end]  # with the "#" line this tool put before it
    # before the notes tools/build_country_names.py writes (it puts them right before `countries:`),
    # so that running either tool leaves the other's block where it is
    at = lines.index(NAMES_BEGIN) if NAMES_BEGIN in lines else lines.index("countries:")
    while at > 0 and lines[at - 1] == "":
        at -= 1
    lines[at:at] = ["#", *head]
    out, alpha3, skipping = [], None, False
    for line in lines:
        if skipping and line.startswith("      "):
            continue
        skipping = False
        if line.startswith("  - alpha3:"):
            alpha3 = yaml.safe_load(line.split(":", 1)[1])
        if line.startswith("    places:"):
            skipping = True
            continue
        out.append(line)
        if line.startswith("    status:") and alpha3 and places.get(alpha3):
            out += yaml_list("places", places[alpha3])
    return "\n".join(out)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--input", type=Path, required=True, help="the iso-codes folder (holding json/)")
    parser.add_argument("--locales", type=Path, default=Path("/usr/share/locale"))
    parser.add_argument("--countries", type=Path, default=ROOT / "rules" / "countries.yaml")
    parser.add_argument("--version", default="", help="the iso-codes version, for the header")
    parser.add_argument("--check", action="store_true", help="exit 1 if the file is not up to date; write nothing")
    args = parser.parse_args(argv)
    source = args.input / "json" / "iso_3166-2.json"
    if not source.is_file():
        parser.error(f"{source}: not found (install Debian's iso-codes, or give --input)")
    subdivisions = json.loads(source.read_text(encoding="utf-8"))["3166-2"]
    translations = {}
    for lang in LOCALES:
        try:
            translations[lang] = gettext.translation("iso_3166-2", localedir=str(args.locales), languages=[lang])
        except OSError:
            print(f"note: no {lang} translation under {args.locales}", file=sys.stderr)
    text = args.countries.read_text(encoding="utf-8")
    countries = yaml.safe_load(text)["countries"]
    places, report, left_out = build(countries, subdivisions, translations)
    version = args.version or _iso_codes_version(args.input)
    new = rewrite(text, header(places, report, left_out, version), places)
    if args.check:
        return 0 if new == text else 1
    args.countries.write_text(new, encoding="utf-8")
    licence = Path("/usr/share/common-licenses/LGPL-2.1")
    notice = (f"The `places` of countries.yaml come from Debian's iso-codes {version}\n"
              "(https://salsa.debian.org/iso-codes-team/iso-codes): ISO 3166-2 subdivision names\n"
              "and their translations. Copyright (C) 2001-2008 Alastair McKinstry, (C) 2004-2016\n"
              "Christian Perrier, (C) 2005-2023 Dr. Tobias Quathamer and the iso-codes translators.\n"
              "Licensed under the GNU Lesser General Public License, version 2.1 or (at your option)\n"
              "any later version; the text follows.\n\n")
    (args.countries.parent / "countries.places.LICENSE").write_text(
        notice + (licence.read_text(encoding="utf-8") if licence.is_file() else
                  "See https://www.gnu.org/licenses/old-licenses/lgpl-2.1.txt\n"), encoding="utf-8")
    print(f"{args.countries}: {sum(len(v) for v in places.values())} place names for {len(places)} states")
    return 0


def _iso_codes_version(folder: Path) -> str:
    import subprocess

    try:
        out = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "iso-codes"], capture_output=True, text=True,
                             check=False).stdout.strip()
    except OSError:
        out = ""
    return out or "(version unknown)"


if __name__ == "__main__":
    raise SystemExit(main())
