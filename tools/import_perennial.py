#!/usr/bin/env python3
"""Generate rules/registry/perennial.yaml from Wikipedia's perennial-sources list.

    python tools/import_perennial.py --input PATH/perennial-sources.csv \\
        --out rules/registry/perennial.yaml

Input: Kudusch/wikipedia-perennial-sources `perennial-sources.csv` (commit
1a7c0c2d7bfc5346c8272598299382e674725972, generated 2021-03-17 from the English
Wikipedia page "Wikipedia:Reliable sources/Perennial sources"), CC BY-SA 3.0.
Because the rows are CC BY-SA, the output is a file of its own that carries the
licence and attribution in its header, and the dataset's LICENSE file is copied
next to it as perennial.LICENSE.

What is imported (every row is decided by hand in the tables below; a row in
no table stops the tool):
- PLATFORMS: user-generated or self-published platforms (open wikis, social
  and Q&A sites, blog and self-publishing hosts, press-release wires):
  category rejected, group platforms, note "self-published: cite the original
  source".
- NEWS: newspapers, news sites, magazines, news blogs and news agencies:
  category rejected, group news-sites.
- Never: state media (even if not yet in the state_media files), government,
  UN, NGOs / think tanks / advocacy groups, academic or reference works
  (encyclopedias other than Wikipedia, biographical and genealogy directories,
  study guides, journals), companies, data and review aggregators. See LEFT_OUT.
- A row is skipped as "claimed" when one of its domains (or a parent or a
  child host of it) or its name is already claimed by another registry file
  listed in rules/default.yaml (read at run time), so the lead can re-run this
  tool after other files change.

Domains come from the row's `urls` (host lower-cased, without "www."); hosts
that are not the publisher's own (Wikidata, Wikipedia, stock exchanges,
catalogues, YouTube channels) are dropped. DOMAINS overrides a row's hosts only
with a domain the row itself gives (its registered domain, or a domain named in
its text). Deterministic: same input and same registry, same bytes.
Standard library + PyYAML (and evidence_check's name folding).
"""

from __future__ import annotations

import argparse
import csv
import json
import shutil
import sys
from pathlib import Path

import yaml

from evidence_check.names import fold

REPO = Path(__file__).resolve().parent.parent
OUT_NAME = "perennial.yaml"
SOURCE_COMMIT = "1a7c0c2d7bfc5346c8272598299382e674725972"
NOTE = "self-published: cite the original source"

# id -> short description (our words): user-generated / self-published platforms.
PLATFORMS = {
    15: "question-and-answer site built from user-submitted answers",
    78: "music database written by its users",
    90: "contributor-written site with little editorial oversight",
    93: "genealogy site with much user-submitted content",
    95: "wiki hosting service (open wikis written by users)",
    97: "user-submitted grave and memorial database",
    99: "photo-sharing site",
    109: "genealogy site edited as an open wiki",
    110: "lyrics and annotations written by users",
    113: "social book-cataloguing site with user reviews",
    137: "film and TV database built from user submissions",
    140: "open-publishing news network where anyone can post",
    152: "meme wiki written by users",
    153: "music site with user-generated content",
    157: "blog hosting service",
    158: "video-sharing site",
    160: "self-publishing service for books",
    209: "host of a collection of blogs with little editorial oversight",
    221: "press-release distribution service; releases are published unchecked",
    229: "question-and-answer site",
    232: "music database and reviews written by users",
    249: "network of blogs",
    270: "network of question-and-answer sites",
    287: "music-in-TV database written by users",
    289: "open wiki about fiction tropes",
    291: "slang dictionary written by users",
    315: "sampling database written by users",
    # claimed by press.yaml when last run; kept here so a re-run picks them up if released
    33: "blog hosting service",
    91: "social network",
    156: "social network",
    169: "blog hosting service",
    235: "discussion-forum site",
    253: "document-sharing site",
    290: "social network",
    322: "blog hosting service",
    326: "video-sharing site",
}

# id -> short description (our words): press (newspapers, news sites, magazines, news blogs).
NEWS = {
    1: "Ukrainian television news channel",
    6: "US government news site with volunteer-written content",
    7: "US political news and opinion site",
    10: "US political magazine",
    11: "newspaper published by the Sinn Fein party",
    16: "Hong Kong newspaper",
    18: "technology news site",
    20: "men's lifestyle online magazine",
    24: "entertainment news and reviews site",
    29: "investigative journalism website",
    32: "US conservative news and media company",
    36: "group blog on technology and culture",
    40: "women's lifestyle news site",
    41: "online media site (entertainment and lists)",
    43: "UK political news site",
    47: "news and opinion website (globalresearch.ca, as the row's text names it)",
    53: "technology news site",
    55: "cryptocurrency news site",
    58: "women's magazine",
    59: "US political magazine",
    60: "humour website and former magazine",
    63: "US political news site",
    64: "internet-culture news site",
    66: "US political group blog",
    69: "UK tabloid newspaper",
    71: "US political news and opinion site",
    72: "entertainment trade news site",
    74: "US news programme and website",
    75: "US newspaper (Salt Lake City)",
    76: "entertainment news site",
    77: "online magazine on Asia-Pacific affairs",
    80: "entertainment news site of the E! TV network",
    82: "online publication on Palestine",
    85: "technology news site",
    86: "entertainment magazine",
    87: "business magazine",
    88: "newspaper and news site",
    105: "US political online magazine",
    106: "video-game industry news site",
    107: "US political news blog",
    108: "gossip blog (inactive)",
    119: "UK political news blog",
    123: "news and opinion site (closed)",
    124: "entertainment and news site",
    129: "entertainment trade magazine",
    134: "US political magazine",
    135: "pop-music news site",
    136: "video-game and entertainment news site",
    139: "US news and opinion site",
    142: "conspiracy-theory news site",
    143: "news agency",
    145: "business news site",
    150: "news and opinion blog",
    151: "blog on Islam",
    168: "media and politics news site",
    171: "heavy-metal music news site",
    174: "news site",
    176: "news site on Israel and Palestine",
    177: "UK daily newspaper",
    178: "US news magazine",
    182: "US tabloid newspaper",
    183: "magazine (National Geographic)",
    185: "alternative-health and conspiracy news site",
    188: "US political magazine",
    189: "US political magazine",
    190: "science magazine",
    191: "US magazine (New York)",
    192: "US tabloid newspaper",
    197: "UK tabloid newspaper (closed in 2011)",
    201: "technology news site",
    204: "US political news site",
    205: "US cable news channel",
    206: "satirical news site",
    207: "Indian news and opinion site",
    208: "Latin American news site",
    211: "US celebrity magazine",
    213: "LGBT news site",
    215: "travel news and reviews site",
    216: "travel news and reviews site",
    218: "fact-checking news site",
    219: "video-game and pop-culture news site",
    220: "Canadian news and opinion site",
    226: "Australian magazine",
    227: "business news site",
    228: "online magazine",
    233: "US political news site",
    234: "US magazine",
    236: "US political blog",
    237: "technology news site",
    238: "news agency on religion",
    244: "music and culture magazine",
    247: "US news and opinion site",
    251: "blog on the US Supreme Court",
    252: "entertainment news site",
    255: "mixed-martial-arts news site",
    259: "UK political blog",
    261: "fact-checking website",
    272: "Indian magazine",
    273: "online opinion magazine",
    275: "technology news site",
    277: "entertainment news site",
    278: "US political news site (closed)",
    282: "celebrity news site",
    283: "file-sharing news site",
    284: "US political news and opinion site",
    286: "group blog on firearms",
    288: "TV magazine",
    292: "US news magazine",
    293: "US celebrity magazine",
    295: "culture magazine",
    296: "entertainment trade magazine",
    297: "anti-immigration opinion website",
    298: "news site on Venezuela",
    299: "technology news site",
    300: "technology news site",
    301: "conspiracy-theory news site",
    304: "fashion magazine",
    305: "news and opinion site",
    308: "US political news magazine",
    310: "US daily newspaper",
    311: "US political magazine (closed)",
    312: "US political news site",
    313: "entertainment website written by contributors",
    321: "technology magazine",
    323: "US political news site",
    327: "technology news site",
    328: "financial news blog",
    # claimed by press*.yaml when last run; kept here so a re-run picks them up if released
    4: "news agency", 21: "news agency", 22: "US magazine", 23: "Australian newspaper",
    25: "US news site", 30: "German tabloid newspaper", 34: "business news agency and magazine",
    35: "business news agency and magazine", 37: "US political news site", 39: "business news site",
    42: "news site", 50: "US newspaper", 54: "US cable news channel", 57: "news site of academic commentary",
    62: "US news site", 65: "UK tabloid newspaper", 67: "UK tabloid newspaper", 68: "UK tabloid newspaper",
    70: "UK newspaper", 81: "news magazine", 89: "London newspaper", 96: "business newspaper",
    100: "business magazine", 101: "business magazine", 102: "US cable news channel",
    103: "US cable news channel", 104: "US cable news channel", 117: "UK newspaper", 118: "UK newspaper",
    121: "Israeli newspaper", 125: "US political newspaper", 126: "Indian newspaper",
    131: "news and opinion site", 132: "news and opinion site", 133: "news and opinion site",
    138: "UK newspaper", 141: "Indian newspaper", 144: "news site", 159: "US newspaper",
    161: "UK tabloid newspaper", 172: "UK free newspaper", 175: "French monthly newspaper",
    179: "US cable news channel", 181: "US magazine", 184: "US political magazine", 186: "US news network",
    193: "US tabloid newspaper", 194: "US newspaper", 195: "US magazine", 198: "US news site and channel",
    199: "US news magazine", 200: "US news magazine", 217: "political news site",
    224: "investigative news site", 231: "Philippine news site", 240: "Indian television news channel",
    260: "online magazine", 264: "Hong Kong newspaper", 267: "political magazine",
    268: "German news magazine", 271: "UK tabloid newspaper", 279: "US news magazine",
    280: "UK newspaper", 281: "Indian newspaper", 294: "US newspaper", 303: "media company (news sites)",
    306: "news and explainer site", 307: "US business newspaper", 309: "US newspaper",
}

# Rows left out on purpose, with the reason (every input row must be in exactly one table).
LEFT_OUT = {
    "state media, state-affiliated outlets in the state_media files, or state-controlled per the row": [
        5, 12, 13, 17, 28, 49, 111, 127, 154, 203, 222, 230, 243, 246, 256, 257, 269, 274, 276, 285, 325],
    "Reuters (its own category)": [241],
    "Wikipedia and other Wikimedia projects (press.yaml's wiki entries)": [316, 317, 319, 320],
    "government or parliament": [122],
    "encyclopedias and other reference works (only Wikipedia is rejected by the guide)": [
        26, 27, 31, 38, 51, 73, 83, 84, 147, 162, 202, 258, 266, 314],
    "academic journals, publishers, preprint servers": [19, 148, 164, 239, 250],
    "NGOs, think tanks, advocacy and watchdog groups": [
        2, 8, 44, 46, 48, 52, 56, 92, 130, 146, 149, 165, 166, 167, 173, 212, 225, 248, 263, 265],
    "companies, data sites, aggregators, genealogy and people directories": [
        3, 9, 14, 45, 61, 79, 94, 98, 114, 116, 120, 170, 180, 242, 245, 262, 302, 324, 329],
    "no usable URL in the row (wrong, missing or only a parent organisation)": [
        112, 115, 155, 163, 196, 210, 214, 223, 254],
    "not a news outlet (TV channel's history site, a critic's channel, a leak archive)": [128, 187, 318],
}

# Hosts in `urls` that are not the publisher's own site.
FOREIGN_HOSTS = ("wikidata.org", "wikipedia.org", "wiktionary.org", "wikisource.org", "nasdaq.com",
                 "nyse.com", "toolforge.org", "youtube.com", "fubo.tv", "hotstar.com")

# id -> domains to use instead of the row's hosts (each taken from the row itself).
DOMAINS = {
    47: ["globalresearch.ca"],            # named in the row's text; the row has no urls
    183: ["nationalgeographic.com"],      # registered domain of ngm.nationalgeographic.com
    326: ["youtube.com"],                 # YouTube's own row (youtube.com is otherwise a foreign host)
}

# id -> scope shown in the basis when several rows of one source are merged.
SCOPES = {215: "news and reviews", 216: "sponsored content", 34: "news", 35: "company profiles",
          100: "staff", 101: "contributors", 102: "news excluding politics and science",
          103: "politics and science", 104: "talk shows", 117: "news", 118: "blogs",
          131: "excluding politics", 132: "politics", 133: "contributors", 199: "before 2013",
          200: "since 2013"}

# Clean display names where the row's name is awkward.
NAMES = {47: "Global Research", 80: "E! Online", 191: "New York (magazine)", 69: "Daily Star (UK)", 177: "Morning Star (UK)", 6: "AllGov", 60: "Cracked",
         124: "Heavy", 183: "National Geographic", 215: "The Points Guy", 216: "The Points Guy"}


def fail(message: str) -> SystemExit:
    print(f"import_perennial: {message}", file=sys.stderr)
    return SystemExit(2)


def host_of(url: str) -> str:
    url = url.strip().lstrip("/")
    if "://" in url:
        url = url.split("://", 1)[1]
    host = url.split("/", 1)[0].split("?", 1)[0].split("#", 1)[0].lower().rstrip(".")
    return host[4:] if host.startswith("www.") else host


def foreign(host: str) -> bool:
    return any(host == f or host.endswith("." + f) for f in FOREIGN_HOSTS) or host.endswith(".loc.gov")


def display_name(row) -> str:
    rid = int(row["id"])
    if rid in NAMES:
        return NAMES[rid]
    return row["name"].split(" (", 1)[0].strip()


def status_text(statuses: list[str]) -> str:
    out = []
    for status in statuses:
        if status.startswith("Wikipedia:"):
            out.append("disputed, request for comment open")
        else:
            out.append(status[0].lower() + status[1:])
    return " and ".join(out)


class Claims:
    """Domains, ids and names claimed by the other registry files of the default ruleset."""

    def __init__(self, default_yaml: Path, own: str):
        data = yaml.safe_load(default_yaml.read_text(encoding="utf-8"))
        self.hosts: dict[str, str] = {}
        self.path_hosts: dict[str, str] = {}
        self.names: dict[str, tuple[str, str]] = {}
        self.ids: set[str] = set()
        self.files: list[str] = []
        for item in data.get("registry") or []:
            if Path(item).name == own:
                continue
            path = default_yaml.parent / item
            self.files.append(item)
            registry = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
            for publisher in registry.get("publishers") or []:
                pid = str(publisher.get("id"))
                self.ids.add(pid)
                for domain in publisher.get("domains") or []:
                    host, _, path_part = str(domain).partition("/")
                    (self.path_hosts if path_part else self.hosts).setdefault(host, pid)
                for name in [publisher.get("name"), *(publisher.get("aliases") or [])]:
                    if name:
                        self.names.setdefault(fold(str(name)), (pid, publisher.get("category")))

    def by_domain(self, host: str) -> str | None:
        """The id claiming host, a parent of it, or a host under it."""
        suffix = host
        while True:
            for table in (self.hosts, self.path_hosts):
                if suffix in table:
                    return table[suffix]
            if "." not in suffix:
                break
            suffix = suffix.split(".", 1)[1]
        for table in (self.hosts, self.path_hosts):
            for other, pid in table.items():
                if other.endswith("." + host):
                    return pid
        return None

    def by_name(self, name: str) -> str | None:
        found = self.names.get(fold(name))
        return found[0] if found else None


def slug(text: str) -> str:
    out = "".join(ch if ch.isalnum() else "-" for ch in fold(text))
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-")


def yaml_str(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)



def canonical(text: str) -> str:
    """The registry's canonical form (`evidence-check rules fmt`), so a regenerated file passes
    the format test and its diff shows only what the data changed."""
    from evidence_check.ruleset.fmt import format_registry

    return format_registry(text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", required=True, type=Path, help="perennial-sources.csv")
    parser.add_argument("--out", required=True, type=Path, help="output YAML (rules/registry/perennial.yaml)")
    parser.add_argument("--rules", type=Path, default=REPO / "rules" / "default.yaml",
                        help="the ruleset whose other registry files are read for claims")
    parser.add_argument("--license", type=Path, default=None,
                        help="licence file to copy (default: LICENSE beside --input)")
    args = parser.parse_args(argv)

    if not args.input.is_file():
        raise fail(f"--input {args.input}: no such file")
    license_in = args.license or args.input.parent / "LICENSE"
    if not license_in.is_file():
        raise fail(f"licence file {license_in} not found (use --license)")
    if not args.rules.is_file():
        raise fail(f"--rules {args.rules}: no such file")

    with open(args.input, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    by_id = {int(row["id"]): row for row in rows}
    decided = set(PLATFORMS) | set(NEWS)
    overlap = set(PLATFORMS) & set(NEWS)
    if overlap:
        raise fail(f"rows in both tables: {sorted(overlap)}")
    unknown = decided - set(by_id)
    if unknown:
        raise fail(f"table rows missing from the input: {sorted(unknown)}")
    for rid, domains in DOMAINS.items():
        row = by_id[rid]
        for domain in domains:
            if domain not in row["info"].lower() and not any(
                    host_of(u) == domain or host_of(u).endswith("." + domain) for u in json.loads(row["urls"])):
                raise fail(f"row {rid}: override domain {domain} is not given by the row")

    claims = Claims(args.rules, args.out.name)

    # Merge rows of one source (same domains) in id order.
    entries: dict[tuple, dict] = {}
    claimed: list[tuple[int, str, str]] = []
    no_domain: list[tuple[int, str]] = []
    for rid in sorted(decided):
        row = by_id[rid]
        name = display_name(row)
        if rid in DOMAINS:
            hosts = list(DOMAINS[rid])
        else:
            hosts = []
            for url in json.loads(row["urls"]):
                host = host_of(url)
                if host and not foreign(host) and host not in hosts:
                    hosts.append(host)
        if not hosts:
            no_domain.append((rid, name))
            continue
        owner = next((c for c in (claims.by_domain(h) for h in hosts) if c), None) or claims.by_name(name)
        if owner:
            claimed.append((rid, name, owner))
            continue
        key = tuple(sorted(hosts))
        kind = "platforms" if rid in PLATFORMS else "news-sites"
        entry = entries.setdefault(key, {"ids": [], "name": name, "kind": kind, "hosts": sorted(hosts)})
        entry["ids"].append(rid)

    out_entries = []
    used_ids: set[str] = set()
    for entry in entries.values():
        first = by_id[entry["ids"][0]]
        parts = []
        for rid in entry["ids"]:
            status = status_text(json.loads(by_id[rid]["status"]))
            parts.append(f"{status} ({SCOPES[rid]})" if rid in SCOPES else status)
        description = (PLATFORMS if entry["kind"] == "platforms" else NEWS)[entry["ids"][0]]
        rows_ref = ", ".join(str(r) for r in entry["ids"])
        basis = (f"Wikipedia Perennial sources (2021): {'; '.join(parts)}; {description} "
                 f"(row {rows_ref}, {first['wiki_url']}).")
        pid = "rsp-" + slug(entry["name"])
        if pid in used_ids or pid in claims.ids:
            raise fail(f"id {pid} is not unique")
        used_ids.add(pid)
        out_entries.append((entry["kind"], entry["name"].casefold(), pid, entry, basis))
    out_entries.sort(key=lambda item: (item[0] != "platforms", item[1], item[2]))

    counts = {"platforms": sum(1 for e in out_entries if e[0] == "platforms"),
              "news-sites": sum(1 for e in out_entries if e[0] == "news-sites")}
    left_out_ids = sorted({rid for ids in LEFT_OUT.values() for rid in ids})
    undecided = sorted(set(by_id) - decided - set(left_out_ids))
    if undecided:
        raise fail(f"rows in no table (decide them): {undecided}")
    if decided & set(left_out_ids):
        raise fail(f"rows both imported and left out: {sorted(decided & set(left_out_ids))}")

    lines = [
        "# GENERATED FILE - do not edit by hand. Re-create with:",
        f"#   python tools/import_perennial.py --input <dataset>/perennial-sources.csv --out rules/registry/{args.out.name}",
        "#",
        "# Licence: CC BY-SA 3.0 (https://creativecommons.org/licenses/by-sa/3.0/); see perennial.LICENSE.",
        "# This file embeds facts from rows of the English Wikipedia page",
        '# "Wikipedia:Reliable sources/Perennial sources"',
        "# (https://en.wikipedia.org/wiki/Wikipedia:Reliable_sources/Perennial_sources), by Wikipedia",
        "# contributors, as converted to CSV by Kudusch/wikipedia-perennial-sources",
        f"# (https://github.com/Kudusch/wikipedia-perennial-sources, commit {SOURCE_COMMIT},",
        "# generated 2021-03-17). This file is therefore shared under CC BY-SA 3.0 as well, and is",
        "# kept apart from the other registry files. Each basis is a one-line summary in our words.",
        "#",
        f"# Input rows: {len(rows)}. Imported: {len(out_entries)} entries "
        f"({counts['platforms']} platforms, {counts['news-sites']} news-sites), from "
        f"{sum(len(e[3]['ids']) for e in out_entries)} rows.",
        "# Rules:",
        "# - user-generated / self-published platforms: category rejected, group platforms,",
        f'#   note "{NOTE}".',
        "# - newspapers, news sites, magazines, news blogs, news agencies: category rejected,",
        "#   group news-sites.",
        "# - every row is decided by hand in tools/import_perennial.py (PLATFORMS, NEWS, LEFT_OUT).",
        "# - domains: the row's hosts without www.; hosts that are not the publisher's own",
        "#   (Wikidata, Wikipedia, stock exchanges, library catalogues, YouTube channels) dropped.",
        "# - a row is skipped when one of its domains (or a parent or child host) or its name is",
        "#   already claimed by another registry file of rules/default.yaml, read at generation time:",
        "#   " + ", ".join(claims.files) + ".",
        "#",
        f"# skipped, already claimed by another registry file: {len(claimed)} rows:",
    ]
    for rid, name, owner in claimed:
        lines.append(f"#   row {rid} {name} -> {owner}")
    if no_domain:
        lines.append(f"# skipped, no usable domain: {len(no_domain)} rows: "
                     + ", ".join(f"{rid} {name}" for rid, name in no_domain))
    lines.append("# left out on purpose (not a category this file may set):")
    for reason, ids in LEFT_OUT.items():
        names = ", ".join(dict.fromkeys(display_name(by_id[rid]) for rid in sorted(set(ids))))
        lines.append(f"#   {reason}: {names}")
    lines += [
        "# left out: Baidu Baike (an open wiki, but an encyclopedia: the brief keeps encyclopedias",
        "#   other than Wikipedia out); the History Channel site (history.com: not a news outlet).",
        "",
        "publishers:",
    ]
    current = None
    for kind, _, pid, entry, basis in out_entries:
        if kind != current:
            current = kind
            lines += ["", f"  # {'-' * 50} {kind}"]
        lines += [
            f"  - id: {pid}",
            f"    name: {yaml_str(entry['name'])}",
            "    category: rejected",
            f"    group: {kind}",
            f"    domains: [{', '.join(entry['hosts'])}]",
        ]
        if kind == "platforms":
            lines.append(f"    note: {yaml_str(NOTE)}")
        lines.append(f"    basis: {yaml_str(basis)}")
        lines.append("")
    text = "\n".join(lines).rstrip("\n") + "\n"
    parsed = yaml.safe_load(text)
    assert len(parsed["publishers"]) == len(out_entries)

    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(canonical(text), encoding="utf-8")
    license_out = args.out.with_suffix(".LICENSE")
    shutil.copyfile(license_in, license_out)
    print(f"{args.out}: {len(out_entries)} entries ({counts['platforms']} platforms, "
          f"{counts['news-sites']} news-sites); {len(claimed)} rows skipped as claimed; "
          f"licence copied to {license_out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
