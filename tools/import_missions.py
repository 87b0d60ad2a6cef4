#!/usr/bin/env python3
"""Generate rules/registry/missions.yaml from the Wikidata embassies export.

    python tools/import_missions.py --input PATH/embassies.csv [--out PATH]
        [--license PATH] [--psl PATH] [--source PATH]

Input: embassies.csv, a CSV export of Wikidata items for diplomatic missions
(database-of-embassies/database-of-embassies, CC0 data), with the columns
operator, operatorQID, jurisdictions, country, countryQID, city, type, website,
QID; `operator` is the sending state. Its SOURCE.md (next to the CSV unless
--source says otherwise) gives the commit that is quoted in the output.

Output: one `government` entry per distinct mission website (group
`missions`, owner = the sending state), in the format of
rules/REGISTRY-FORMAT.md, plus rules/registry/missions.LICENSE (CC0 note and
attribution). The filtering rules are written into the output's top comment
(see HEADER_RULES below); whatever is left out is counted and listed there.

The Public Suffix List (--psl, default: Debian's publicsuffix package file) is
read to refuse bare public suffixes and tenants of hosted platforms.

Deterministic: the same inputs give the same bytes. Standard library + PyYAML.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import unicodedata
from collections import Counter, OrderedDict, defaultdict
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when PyYAML has it


def _yaml_load(text):
    return yaml.load(text, Loader=_LOADER)

REPO = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO / "rules" / "registry" / "missions.yaml"
DEFAULT_PSL = Path("/usr/share/publicsuffix/public_suffix_list.dat")
DEFAULT_RULES = REPO / "rules" / "default.yaml"
OWN_FILE = "registry/missions.yaml"
# generated from this file's data (tools/import_missions_former.py), so never read as another file's
SIBLING_FILES = {"registry/missions_former.yaml"}
TOOL = "tools/import_missions.py"

# Operators that name a state's ministry or government instead of the state.
OPERATOR_STATES = {
    "Ministry of Foreign Affairs of the People's Republic of China": "CHN",
    "Ministry of Foreign Affairs of the Russian Federation": "RUS",
    "Ministry of Foreign Affairs and Cooperation of the Republic of Rwanda": "RWA",
    "Government of Sweden": "SWE",
}

# Operators left out: not a UN member or observer State (or not a state at all).
NOT_A_STATE = {
    "Taiwan": "not a UN member or observer State (status 'other' in countries.yaml)",
    "Ministry of Foreign Affairs": "names no state (its one row is a Taiwanese office, taiwanembassy.org)",
    "Sovereign Military Order of Malta": "a sovereign entity under international law but not a state",
    "European Parliament": "an EU institution, not a state",
    "Kosovo": "not a UN member or observer State (left out of countries.yaml)",
    "Sahrawi Arab Democratic Republic": "not a UN member or observer State",
    "Turkish Republic of Northern Cyprus": "recognised by Türkiye only",
    "Abkhazia": "not a UN member or observer State",
    "South Ossetia": "not a UN member or observer State",
    "Somaliland": "not a UN member or observer State",
    "Central Tibetan Administration": "an exile administration, not a state",
    "Cook Islands": "not a UN member or observer State",
    "Niue": "not a UN member or observer State",
    "Bermuda": "a British Overseas Territory",
    "Macau": "a special administrative region of China, not a sending state",
    "Quebec": "a Canadian province (its offices are under gouv.qc.ca, already Canada's)",
    "Saxony": "a German Land, not a sending state",
    "Government of New Mexico": "a US state government, not a sending state",
    "Indigenous Australians": "not a state",
}

# Mission types whose websites are not taken: honorary consuls are private
# persons, and the CSV's sites for them are often their own businesses or
# third-party directories.
SKIPPED_TYPES = {
    "honorary consulate": "honorary consul (a private person; sites are often the consul's business)",
    "consulates of Sweden": "honorary consulate (Swedish honorary consulates)",
}

# The CSV's type -> the type word used in the entry's name.
TYPE_NAMES = {
    "embassy": "Embassy", "Embassy of the United States": "Embassy",
    "consulate general": "Consulate General", "Consulate General of Sweden": "Consulate General",
    "Consulate General of Belgium": "Consulate General",
    "consulate": "Consulate", "high commission": "High Commission",
    "British High Commission": "High Commission", "Australian High Commission": "High Commission",
    "assistant high commission": "Assistant High Commission",
    "apostolic nunciature": "Apostolic Nunciature", "Apostolic delegation": "Apostolic Delegation",
    "de facto embassy": "De facto Embassy", "de facto consulate": "De facto Consulate",
    "liaison office": "Liaison Office", "consular office": "Consular Office",
    "Consular Agency": "Consular Agency", "Interests Section": "Interests Section",
    "representative office": "Representative Office", "trade office": "Trade Office",
    "permanent mission": "Permanent Mission", "diplomatic mission": "Diplomatic Mission",
    "diplomatic mission of El Salvador": "Diplomatic Mission",
}
TYPE_RANK = ["Embassy", "High Commission", "Apostolic Nunciature", "Permanent Mission",
             "Consulate General", "Consulate", "Assistant High Commission"]

# How a sending state is named in "Embassy of X in Y".
STATE_NAMES = {
    "ARE": "the United Arab Emirates", "BHS": "the Bahamas", "CAF": "the Central African Republic",
    "COD": "the Democratic Republic of the Congo", "COG": "the Republic of the Congo",
    "COM": "the Comoros", "DOM": "the Dominican Republic", "GBR": "the United Kingdom",
    "GMB": "the Gambia", "MDV": "the Maldives", "MHL": "the Marshall Islands",
    "NLD": "the Netherlands", "PHL": "the Philippines", "SLB": "the Solomon Islands",
    "USA": "the United States", "VAT": "the Holy See",
}

# Hosted platforms and link pages: the account, not the platform, publishes.
PLATFORMS = {
    "facebook.com", "fb.com", "fb.me", "twitter.com", "x.com", "instagram.com", "youtube.com",
    "youtu.be", "linkedin.com", "t.me", "telegram.me", "vk.com", "ok.ru", "linktr.ee",
    "google.com", "sites.google.com", "wix.com", "wixsite.com", "wordpress.com", "blogspot.com",
    "blogger.com", "weebly.com", "jimdo.com", "jimdofree.com", "jimdosite.com", "webnode.com",
    "tumblr.com", "medium.com", "github.io", "yolasite.com", "ucoz.com", "ucoz.ru",
    "narod.ru", "over-blog.com", "canalblog.com", "business.site", "squarespace.com",
    "webs.com", "site123.me", "strikingly.com", "mystrikingly.com", "tripod.com",
    "angelfire.com", "geocities.com", "free.fr", "wikipedia.org", "wikidata.org",
}

# Directories and hosting companies that list many missions: not a mission's own site.
THIRD_PARTY = {
    "sveriges-konsulat.com": "a private directory of Swedish consulates",
    "embassypages.com": "a private embassy directory",
    "embassy-worldwide.com": "a private embassy directory",
    "embassies.info": "a private embassy directory",
    "archive.org": "the Internet Archive: a copy, not the mission's site",
    "gcatholic.org": "GCatholic, a private directory of Catholic institutions",
    "catholic.jp": "the Catholic Bishops' Conference of Japan, not the nunciature",
    "catholic.by": "the Catholic Church in Belarus's portal, not the nunciature's own domain",
    "lcn.lt": "the Lithuanian Catholic Church's portal, not the nunciature",
    "hakodate-kankou.com": "Hakodate's tourism site; the Old British Consulate there is a museum",
    "embassyhomepage.com": "a private embassy directory",
    "webdesginottawa.me": "a web-design firm's preview site, not the mission's",
    "iglesiacatolica.org.uy": "the Catholic Church in Uruguay's portal, not the nunciature's own domain",
}

# Hosts the CSV gives for a mission although they do not belong to a state body.
DOUBTFUL = {
    "chongryon.com": "Chongryon, the General Association of Korean Residents in Japan, is an association "
                     "close to North Korea, not a state body; Wikidata calls it a de facto embassy",
}

# Registered domains of foreign ministries (first label): never listed whole as
# "missions"; only the mission's own subdomain or path is listed.
MINISTRY = re.compile(
    r"^(mfa|mofa|mofaic|mofat|mfea|mae|maec|maee|mre|mrree|minrex|mfat|dfa|dfat|mzv|msz|mzz|mid|um|mvep|"
    r"mne|foreign|foreignaffairs|exteriores|exteriors|diplomatie|cancilleria|esteri|minbuza|bmeia|"
    r"auswaertiges-amt|eda|kemlu|kln|mea|mfaic|smid)$")

MISSION_WORD = re.compile(
    r"emba|embb|ambas|amba|botschaft|consul|konsul|mission|legation|nunci|hicom|highcom|"
    r"high-?commission|chancery|embajada|ambasad|velvyslan|veleposlan|posolstvo|"
    r"presidence|delegation", re.I)
INDEX_FILE = re.compile(r"^_*(index|default|home|inicio|start|main|accueil|portada|welcome)"
                        r"[a-z0-9_-]*(\.[a-z0-9]+)?$", re.I)
LANG_SEGMENT = re.compile(r"^[a-z]{2}([-_][a-z]{2,4})?$", re.I)
LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")
COMMIT = re.compile(r"\b[0-9a-f]{40}\b")
SAFE_PATH = "/%:@!$&'()*+,;=-._~"


def fail(message: str) -> None:
    print(f"import_missions: error: {message}", file=sys.stderr)
    raise SystemExit(2)


def fold(name: str) -> str:
    """The comparison key of a name (as evidence_check.names.fold)."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = re.sub(r"\b(?:[a-z]\.){2,}", lambda m: m.group(0).replace(".", ""), text)
    text = text.replace("&", " and ").replace("'", "").replace("\u2019", "")
    return re.sub(r"[^0-9a-z]+", " ", text).strip()


def slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def qid(url: str) -> str:
    return url.rstrip("/").rsplit("/", 1)[-1]


# --- public suffix list -------------------------------------------------------

class Suffixes:
    """The Public Suffix List rules, ICANN and private sections."""

    def __init__(self, path: Path):
        self.exact: dict[str, str] = {}
        self.wildcard: dict[str, str] = {}
        self.exception: set[str] = set()
        section = "icann"
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if "BEGIN PRIVATE DOMAINS" in line:
                section = "private"
            if not line or line.startswith("//"):
                continue
            rule = to_ascii(line.split()[0].lower())
            if rule.startswith("!"):
                self.exception.add(rule[1:])
            elif rule.startswith("*."):
                self.wildcard[rule[2:]] = section
            else:
                self.exact[rule] = section

    def suffix(self, host: str) -> tuple[str, str]:
        """(the longest public suffix of host, its PSL section); '*' rule if none."""
        labels = host.split(".")
        for i in range(len(labels)):
            candidate = ".".join(labels[i:])
            if candidate in self.exception:
                return ".".join(labels[i + 1:]), self.exact.get(".".join(labels[i + 1:]), "icann")
            if candidate in self.exact:
                return candidate, self.exact[candidate]
            parent = ".".join(labels[i + 1:])
            if i + 1 < len(labels) and parent in self.wildcard:
                return candidate, self.wildcard[parent]
        return labels[-1], "icann"

    def registered(self, host: str) -> str | None:
        suffix, _ = self.suffix(host)
        if host == suffix:
            return None
        return ".".join(host.split(".")[-(suffix.count(".") + 2):])


def to_ascii(host: str) -> str:
    out = []
    for label in host.split("."):
        if label.isascii():
            out.append(label)
        else:
            out.append(label.encode("idna").decode("ascii"))
    return ".".join(out)


# --- the registry already there -----------------------------------------------

class Existing:
    """Domains and ids of the other registry files, looked up as the index does."""

    def __init__(self, rules_file: Path):
        data = _yaml_load(rules_file.read_text(encoding="utf-8"))
        self.files: list[str] = []
        self.hosts: dict[str, dict] = {}
        self.paths: dict[str, list[tuple[str, dict]]] = defaultdict(list)
        self.ids: set[str] = set()
        self.domains: set[str] = set()
        for name in data.get("registry") or []:
            if name == OWN_FILE or name in SIBLING_FILES:
                continue
            self.files.append(name)
            registry = _yaml_load((rules_file.parent / name).read_text(encoding="utf-8")) or {}
            for item in registry.get("publishers") or []:
                self.ids.add(item["id"])
                entry = {"id": item["id"], "category": item.get("category"), "owner": item.get("owner"),
                         "group": item.get("group"), "file": name}
                for domain in item.get("domains") or []:
                    self.domains.add(domain)
                    host, _, path = domain.partition("/")
                    if path:
                        self.paths[host].append(("/" + path.rstrip("/").lower(), entry))
                    else:
                        self.hosts[host] = entry
        for entries in self.paths.values():
            entries.sort(key=lambda item: -len(item[0]))

    def lookup(self, host: str, path: str = "") -> tuple[dict, str] | None:
        suffix = host
        path = path.lower()
        while True:
            for prefix, entry in self.paths.get(suffix, ()):
                if path == prefix or path.startswith(prefix + "/") or (
                        path.startswith(prefix) and path[len(prefix):len(prefix) + 1] in ("?", "#", ".", "")):
                    return entry, suffix + prefix
            if suffix in self.hosts:
                return self.hosts[suffix], suffix
            if "." not in suffix:
                return None
            suffix = suffix.split(".", 1)[1]

    def under(self, host: str) -> list[str]:
        """Existing domains strictly below host (they would keep winning)."""
        tail = "." + host
        return sorted(d for d in self.domains if d.split("/")[0].endswith(tail))


# --- countries ------------------------------------------------------------------

def load_countries(path: Path) -> tuple[dict[str, dict], dict[str, str]]:
    data = _yaml_load(path.read_text(encoding="utf-8"))
    by_code, by_key = {}, {}
    for country in data["countries"]:
        by_code[country["alpha3"]] = country
        for text in (country["alpha3"], country["alpha2"], country["name"], country.get("common") or "",
                     *(country.get("aliases") or [])):
            if text:
                by_key.setdefault(fold(text), country["alpha3"])
    return by_code, by_key


# --- URLs -------------------------------------------------------------------------

def split_url(url: str) -> tuple[str, str] | None:
    """(host without www., path lower-cased and percent-encoded) or None."""
    url = url.strip()
    if not url:
        return None
    if "://" not in url:
        url = "http://" + url
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").rstrip(".")
    except ValueError:
        return None
    try:
        host = to_ascii(host.lower())
    except UnicodeError:
        return None
    if host.startswith("www."):
        host = host[4:]
    if not host or not all(LABEL.match(label) for label in host.split(".")) or re.match(r"^[\d.]+$", host):
        return None
    path = quote(unquote(parts.path), safe=SAFE_PATH).lower()
    return host, path


def trim_path(path: str) -> str:
    """/fr/Index.html -> /fr; /a/b/ -> /a/b (lower case, no index file, no trailing slash)."""
    segments = [s for s in path.split("/") if s]
    while segments and INDEX_FILE.match(segments[-1]):
        segments.pop()
    return "/" + "/".join(segments) if segments else ""


def trivial(path: str) -> bool:
    """True when a path names no page below the site's home (only a language or index file)."""
    segments = [s for s in trim_path(path).split("/") if s]
    return len(segments) == 0 or (len(segments) == 1 and bool(LANG_SEGMENT.match(segments[0])))


# --- the import -------------------------------------------------------------------

class Dropped:
    """What was left out, with counts and examples per reason."""

    def __init__(self):
        self.reasons: OrderedDict[str, list[str]] = OrderedDict()

    def add(self, reason: str, example: str) -> None:
        self.reasons.setdefault(reason, [])
        if example not in self.reasons[reason]:
            self.reasons[reason].append(example)

    def lines(self, limit: int = 12) -> list[str]:
        out = []
        for reason, examples in self.reasons.items():
            shown = ", ".join(sorted(examples)[:limit]) + (", ..." if len(examples) > limit else "")
            out.append(f"{reason} ({len(examples)}): {shown}")
        return out


def read_rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        need = {"operator", "country", "city", "type", "website", "QID"}
        if not need <= set(reader.fieldnames or []):
            fail(f"{path}: expected the columns {sorted(need)}, got {reader.fieldnames}")
        return list(reader)


def owner_of(operator: str, countries: dict[str, dict], keys: dict[str, str]) -> str | None:
    """The sending state's alpha-3, or None for operators that are not UN member/observer States."""
    if operator in NOT_A_STATE:
        return None
    owner = OPERATOR_STATES.get(operator) or keys.get(fold(operator))
    if owner is None or countries[owner].get("status", "member") not in ("member", "observer"):
        return None
    return owner


def build(rows: list[dict], countries: dict[str, dict], keys: dict[str, str], existing: Existing,
          psl: Suffixes) -> tuple[list[dict], Dropped, dict]:
    dropped = Dropped()
    stats = Counter()
    unmapped = Counter()
    candidates = []  # (owner, host, path, row)
    # who the CSV gives each host and registered domain to (any operator, state or not)
    host_senders: dict[str, set[str]] = defaultdict(set)
    domain_senders: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        stats["rows"] += 1
        website = (row["website"] or "").strip()
        if not website:
            continue
        stats["with website"] += 1
        operator = row["operator"].strip()
        owner = owner_of(operator, countries, keys)
        parts = split_url(website)
        if parts is not None:
            sender = owner or operator
            host_senders[parts[0]].add(sender)
            registered = psl.registered(parts[0])
            if registered:
                domain_senders[registered].add(sender)
        if owner is None:
            unmapped[operator] += 1
            continue
        if row["type"] not in TYPE_NAMES and row["type"] not in SKIPPED_TYPES:
            fail(f"unknown mission type {row['type']!r} ({row['QID']})")
        if parts is None:
            dropped.add("not a usable URL", website)
            continue
        candidates.append((owner, parts[0], parts[1], row))

    kept = []  # (owner, host, path, row): not covered, not refused
    for owner, host, path, row in candidates:
        found = existing.lookup(host, path)
        if found is not None and found[0].get("group") == "missions" and found[1] != host + path \
                and found[0]["category"] == "government" and found[0]["owner"] == owner:
            # a foreign ministry's network of mission sites (embassies.yaml: mfa.lt, mae.lu) covers
            # this host too, but the mission's own entry says which mission it is: kept
            found = None
        if found is not None:
            entry, matched = found
            if entry["category"] == "government" and entry["owner"] == owner:
                stats["covered"] += 1
                dropped.add("already covered by a government domain of the same state in another registry "
                            "file (not repeated)", matched)
            elif entry["category"] == "government":
                dropped.add("host belongs to another state's government (the receiving state or a third state)",
                            f"{host} ({matched}={entry['owner']}, given for {owner})")
            else:
                dropped.add("host is claimed by another registry entry of another class",
                            f"{host} ({entry['id']}: {entry['category']})")
            continue
        registered = psl.registered(host)
        suffix, section = psl.suffix(host)
        if registered is None:
            dropped.add("bare public suffix", host)
        elif registered in PLATFORMS or host in PLATFORMS or any(host.endswith("." + p) for p in PLATFORMS):
            dropped.add("shared platform (social media, site builders, blogs, link pages)", host)
        elif section == "private":
            dropped.add("tenant of a hosted platform or private registry (a private-section public suffix)",
                        host)
        elif registered in THIRD_PARTY:
            dropped.add("third party (directory, archive, church portal), not the mission's site",
                        f"{host} ({THIRD_PARTY[registered]})")
        elif registered in DOUBTFUL:
            dropped.add("doubtful: not a state body", f"{host} ({DOUBTFUL[registered]})")
        elif len(host_senders[host]) > 1:
            dropped.add("host given to missions of two or more senders",
                        f"{host} ({'/'.join(sorted(host_senders[host]))})")
        else:
            kept.append((owner, host, path, row))

    publishers = []
    # A registered domain that carries the sites of several missions of one state
    # in several countries, and of no other sender, is that state's mission network
    # (diplo.de, ambafrance.org, norway.no): listed once, as a whole.
    by_domain: dict[str, list] = defaultdict(list)
    for item in kept:
        by_domain[psl.registered(item[1])].append(item)
    networks = set()
    for domain, items in sorted(by_domain.items()):
        owners = {owner for owner, _, _, _ in items}
        missions = {row["QID"] for _, _, _, row in items if row["type"] not in SKIPPED_TYPES}
        hosted = {row["country"] for _, _, _, row in items if row["type"] not in SKIPPED_TYPES}
        if len(missions) < 3 or len(hosted) < 2 or len(owners) != 1 or len(domain_senders[domain]) != 1:
            continue
        if MINISTRY.match(domain.split(".")[0]):
            dropped.add("note: foreign-ministry domain, only its missions' subdomains or paths are listed "
                        "(the domain itself is left to governments.yaml)", domain)
            continue
        if existing.lookup(domain) is not None or domain in existing.domains:
            continue
        networks.add(domain)
        publishers.append(network_entry(owners.pop(), domain, [row for _, _, _, row in items], countries, keys))
    kept = [item for item in kept if psl.registered(item[1]) not in networks]
    for owner, host, path, row in kept:
        if row["type"] in SKIPPED_TYPES:
            dropped.add("honorary consulates (private persons; hosts not covered otherwise)", host)
    kept = [item for item in kept if item[3]["type"] not in SKIPPED_TYPES]

    # Domain form: the bare host for a mission's own site, host/path when the
    # host carries missions in several countries (a ministry's site) or when a
    # single mission's URL is a page below a host not named for a mission.
    by_host: dict[str, list] = defaultdict(list)
    for item in kept:
        by_host[item[1]].append(item)
    sites: OrderedDict[tuple[str, str], list] = OrderedDict()
    for host in sorted(by_host):
        items = by_host[host]
        missions = {row["QID"] for _, _, _, row in items}
        one_country = len({row["country"] for _, _, _, row in items}) == 1
        home = any(trivial(path) for _, _, path, _ in items)
        named = MISSION_WORD.search(host) is not None and all(trivial(path) for _, _, path, _ in items)
        ministry = MINISTRY.match(host.split(".")[0]) is not None and psl.registered(host) == host
        for owner, _, path, row in items:
            if not ministry and (named or one_country and (home or len(missions) == 1 and
                                                               MISSION_WORD.search(host))):
                # the site of one mission, or of one state's missions in one country, or a
                # host named for a mission that every row gives as its home page
                domain = widened(host, owner, psl, domain_senders, existing, keys) if named else host
            elif trivial(path):
                dropped.add("bare home page of a foreign ministry or of a host that carries missions in "
                            "several countries (no path names this mission)", f"{host} ({qid(row['QID'])})")
                continue
            else:
                domain = host + trim_path(path)
            sites.setdefault((owner, domain), []).append(row)

    for (owner, domain), site_rows in sites.items():
        host_countries = {row["country"] for row in site_rows}
        if len(host_countries) > 1 and "/" in domain:  # a host named for a mission may serve several
            dropped.add("one page given for missions in several countries (a list, not a mission's site)",
                        f"{domain} ({', '.join(sorted(host_countries))})")
            continue
        if domain in existing.domains:
            dropped.add("domain already claimed by another registry file", domain)
            continue
        site_rows = sorted(site_rows, key=lambda r: (rank(r["type"]), int(qid(r["QID"])[1:] or 0)))
        publishers.append(entry_for(owner, domain, site_rows, countries, keys))

    for p in publishers:
        domain = p["domains"][0]
        below = existing.under(domain) if "/" not in domain else []
        if below:
            dropped.add("note: more specific entries of other files stay in force below", f"{domain}: {below[0]}")

    assign_ids(publishers, existing)
    publishers.sort(key=lambda p: (p["owner"], p["name"], p["id"]))
    return publishers, dropped, {"stats": stats, "unmapped": unmapped}


def widened(host: str, owner: str, psl: "Suffixes", domain_senders: dict, existing: "Existing",
             keys: dict[str, str]) -> str:
    """The registered domain for a mission's site on a subdomain of a domain named for a mission.

    `site.thaiembassy.jp` -> `thaiembassy.jp` when the registered domain's own name says
    "embassy" (or consulate, mission...), every website the CSV gives on it belongs to the same
    sending state, it is no foreign ministry's domain, and no other registry file claims it or
    anything below it: such a domain is the mission's, whatever the subdomain a citation uses.
    Not when the subdomain names the sending state itself (`<state>.embassyhost.kr`): that is
    one state's corner of a host that may serve several.
    """
    registered = psl.registered(host)
    if not registered or registered == host or host == "www." + registered:
        return host
    if any(keys.get(fold(label)) == owner for label in host[:-len(registered) - 1].split(".")):
        return host
    if MINISTRY.match(registered.split(".")[0]) or not MISSION_WORD.search(registered.split(".")[0]):
        return host
    if len(domain_senders.get(registered, ())) != 1 or registered in existing.domains:
        return host
    if existing.lookup(registered) is not None or existing.under(registered):
        return host
    return registered


def rank(kind: str) -> int:
    name = TYPE_NAMES.get(kind, kind)
    return TYPE_RANK.index(name) if name in TYPE_RANK else len(TYPE_RANK)


def place(row: dict, countries: dict[str, dict], keys: dict[str, str]) -> str:
    """'Canberra, Australia'; the country alone when the CSV gives no city."""
    code = keys.get(fold(row["country"]))
    country = countries[code]["common"] if code else row["country"].strip()
    city = row["city"].strip()
    if not city or fold(city) == fold(country):
        return country
    return f"{city}, {country}"


def state_name(owner: str, countries: dict[str, dict]) -> str:
    return STATE_NAMES.get(owner, countries[owner].get("common") or countries[owner]["name"])


def describe(row: dict, countries, keys) -> str:
    return (f"{qid(row['QID'])} ({row['type']} of {row['operator']} in {place(row, countries, keys)}, "
            f"website {row['website'].strip()})")


def entry_for(owner: str, domain: str, rows: list[dict], countries, keys) -> dict:
    first = rows[0]
    where = place(first, countries, keys)
    name = f"{TYPE_NAMES[first['type']]} of {state_name(owner, countries)} in {where}"
    basis = ("Wikidata " + "; ".join(describe(row, countries, keys) for row in rows)
             + " via database-of-embassies (CC0). A diplomatic mission is a state body of the sending state.")
    return {"id": None, "slug": slug(first["city"]) or slug(where) or "mission", "type": first["type"],
            "qid": qid(first["QID"]), "name": name, "category": "government", "owner": owner,
            "domains": [domain], "basis": basis}


def network_entry(owner: str, domain: str, rows: list[dict], countries, keys) -> dict:
    rows = sorted(rows, key=lambda r: (rank(r["type"]), int(qid(r["QID"])[1:] or 0)))
    missions = {row["QID"] for row in rows}
    hosted = {row["country"] for row in rows}
    shown = "; ".join(describe(row, countries, keys) for row in rows[:3])
    basis = (f"Wikidata gives the websites of {len(missions)} missions of {state_name(owner, countries)} in "
             f"{len(hosted)} countries on {domain} or its subdomains, and of no other sender's mission, e.g. "
             f"{shown}; via database-of-embassies (CC0). The domain is the sending state's site for its "
             f"missions abroad; a diplomatic mission is a state body of the sending state.")
    return {"id": None, "slug": "network-" + slug(domain), "type": "network", "qid": qid(rows[0]["QID"]),
            "name": f"Diplomatic missions of {state_name(owner, countries)} ({domain})",
            "category": "government", "owner": owner, "domains": [domain], "basis": basis}


def assign_ids(publishers: list[dict], existing: Existing) -> None:
    """mission-<owner>-<place>; -<type> and then -<qid> when that is not unique."""
    groups = defaultdict(list)
    for p in publishers:
        groups[(p["owner"], p["slug"])].append(p)
    taken = set(existing.ids)
    for (owner, place_slug), items in sorted(groups.items()):
        base = f"mission-{owner.lower()}-{place_slug}"
        if len(items) == 1 and base not in taken:
            items[0]["id"] = base
            taken.add(base)
            continue
        kinds = Counter(slug(TYPE_NAMES.get(p["type"], p["type"])) for p in items)
        for p in sorted(items, key=lambda p: (p["domains"][0])):
            kind = slug(TYPE_NAMES.get(p["type"], p["type"]))
            candidate = f"{base}-{kind}"
            if kinds[kind] > 1 or candidate in taken:
                candidate = f"{candidate}-{p['qid'].lower()}"
            if candidate in taken:
                fail(f"cannot make a unique id for {p['domains'][0]}")
            p["id"] = candidate
            taken.add(candidate)


# --- output -----------------------------------------------------------------------

HEADER_RULES = """\
# Rules applied:
# - owner = the sending state (the CSV's `operator`), mapped to ISO 3166-1 alpha-3
#   with rules/countries.yaml (name, common, aliases; a few operators that name a
#   state's ministry or government are mapped explicitly). Only UN member and
#   observer States are owners: other operators are left out (listed below).
# - honorary consulates are left out (their consuls are private persons).
# - domain = the website's host without "www.", or "host/path" (lower case, without
#   a trailing index file) when the host carries several missions of the state
#   (a foreign-ministry site such as mfa.gov.xx/paris) or when a single mission's
#   URL is a page below a host that is not named for the mission. Missions given
#   only the bare home page of such a shared host are left out. A mission's site on
#   a subdomain of a domain whose own name says embassy/consulate/mission (e.g.
#   site.<x>embassy.jp) is listed as that whole domain when every website the CSV
#   gives on it is the same state's and no other file claims it or anything below it.
# - dropped: hosts already covered by a government domain of the same state in
#   another registry file (lookup by host suffix, so x.gov.uk under gov.uk is not
#   repeated; but a mission's own host under a foreign ministry's network of mission
#   sites listed elsewhere, e.g. usa.mfa.lt under mfa.lt, is kept: it says which
#   mission); hosts covered by any other entry (another state's government, i.e.
#   the receiving state's or a third state's, or an entry of another class);
#   bare public suffixes; shared platforms (Facebook, X/Twitter, Instagram,
#   YouTube, LinkedIn, VK, Telegram, linktr.ee, sites.google.com, Wix, WordPress.com,
#   Blogspot, Weebly, Jimdo, ...) and every tenant of a private-section public
#   suffix (hosted platforms); third-party directories; hosts that the CSV gives
#   to missions of two or more sending states; one page given for missions in
#   several countries; domains and ids already claimed by another registry file.
# - one entry per distinct site; missions of one state in one country that share
#   a site are merged (the basis lists every Wikidata item)."""


def q(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def render(publishers: list[dict], dropped: Dropped, info: dict, source: dict, existing: Existing,
           input_name: str, psl_name: str) -> str:
    stats, unmapped = info["stats"], info["unmapped"]
    owners = sorted({p["owner"] for p in publishers})
    lines = [
        "# Diplomatic missions (embassies, consulates, high commissions, nunciatures,",
        "# permanent missions): category government, owner = the SENDING state.",
        "#",
        f"# GENERATED by: python {TOOL} --input <shared data>/{input_name}",
        "#   Do not edit by hand: change the tool and run it again.",
        "# Data: Wikidata items for diplomatic missions, via GitHub database-of-embassies/",
        f"#   database-of-embassies, database_of_embassies.csv at commit {source['commit']}",
        f"#   ({source['date']}). Licence: CC0 1.0 (Wikidata); see missions.LICENSE.",
        f"# Public suffixes: {psl_name} (to refuse bare suffixes and hosted-platform tenants).",
        "# Other registry files read (their domains and ids are not claimed again):",
        *("#   " + line for line in wrap(", ".join(existing.files) + ".", 86)),
        "#",
        HEADER_RULES,
        "#",
        f"# Counts: {stats['rows']} rows, {stats['with website']} with a website; "
        f"{len(publishers)} entries for {len(owners)} sending states;",
        f"#   {stats['covered']} mission websites already covered by a government domain of the same state.",
        "#",
        "# left out, operators that are not UN member or observer States (rows with a website):",
    ]
    for operator, count in sorted(unmapped.items()):
        reason = NOT_A_STATE.get(operator, "not found in countries.yaml")
        lines.append(f"#   {operator} ({count}): {reason}")
    lines.append("# left out or not repeated (count of distinct hosts/sites, examples):")
    for line in dropped.lines():
        wrapped = wrap(line, 86)
        lines.append("#   - " + wrapped[0])
        lines.extend("#     " + more for more in wrapped[1:])
    lines += ["#", "# Caveats: a 2022 snapshot of Wikidata; a mission's site can have moved since.", "",
              "publishers:"]
    for p in publishers:
        lines += [
            f"  - id: {p['id']}",
            f"    name: {q(p['name'])}",
            "    category: government",
            f"    owner: {p['owner']}",
            "    group: missions",
            f"    domains: [{', '.join(q(d) for d in p['domains'])}]",
            "    basis: >-",
        ]
        lines += ["      " + part for part in wrap(p["basis"], 100)]
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def wrap(text: str, width: int) -> list[str]:
    words, out, current = text.split(" "), [], ""
    for word in words:
        if current and len(current) + 1 + len(word) > width:
            out.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    if current:
        out.append(current)
    return out or [""]


def licence_text(source: dict) -> str:
    return f"""\
rules/registry/missions.yaml is generated from Wikidata data.

Data: Wikidata items for diplomatic missions (embassies, consulates, high
commissions, nunciatures and other missions: sending state, host country,
city, type, official website, Wikidata item id), as exported by the GitHub
repository database-of-embassies/database-of-embassies, file
database_of_embassies.csv, commit {source['commit']} ({source['date']}).
Powered by Wikidata (https://www.wikidata.org/).

Licence of the data: Creative Commons CC0 1.0 Universal (public domain
dedication), https://creativecommons.org/publicdomain/zero/1.0/ . Wikidata's
structured data is published under CC0: to the extent possible under law,
the contributors have waived all copyright and related or neighbouring rights
to it. No attribution is required; it is given here all the same.

The database-of-embassies repository's own scripts are GPL-3.0; none of them
are used or copied here. Columns about Commons pictures, addresses, phones,
e-mails and social accounts were not used.
"""


def read_source(path: Path) -> dict:
    if not path.is_file():
        fail(f"{path}: the dataset's SOURCE.md is missing (give it with --source)")
    text = path.read_text(encoding="utf-8")
    commit = COMMIT.search(text)
    if commit is None:
        fail(f"{path}: no commit hash found")
    date = re.search(r"\(\s*(\d{4}-\d{2}-\d{2})\s*\)", text)
    return {"commit": commit.group(0), "date": date.group(1) if date else "date not given"}



def canonical(text: str) -> str:
    """The registry's canonical form (`evidence-check rules fmt`), so a regenerated file passes
    the format test and its diff shows only what the data changed."""
    from evidence_check.ruleset.fmt import format_registry

    return format_registry(text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--input", required=True, type=Path, help="embassies.csv (Wikidata export)")
    parser.add_argument("--source", type=Path, help="the dataset's SOURCE.md (default: next to --input)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--license", type=Path, help="default: missions.LICENSE next to --out")
    parser.add_argument("--psl", type=Path, default=DEFAULT_PSL, help="public_suffix_list.dat")
    parser.add_argument("--rules", type=Path, default=DEFAULT_RULES, help="the ruleset naming the registry files")
    args = parser.parse_args(argv)
    if not args.input.is_file():
        fail(f"--input {args.input}: no such file")
    if not args.psl.is_file():
        fail(f"--psl {args.psl}: no such file (install Debian's publicsuffix package or give the path)")
    source = read_source(args.source or args.input.parent / "SOURCE.md")
    rules = _yaml_load(args.rules.read_text(encoding="utf-8"))
    countries, keys = load_countries(args.rules.parent / rules["countries"])
    existing = Existing(args.rules)
    psl = Suffixes(args.psl)
    publishers, dropped, info = build(read_rows(args.input), countries, keys, existing, psl)
    text = render(publishers, dropped, info, source, existing, f"{args.input.parent.name}/{args.input.name}", args.psl.name)
    check = _yaml_load(text)
    assert len(check["publishers"]) == len(publishers)
    args.out.write_text(canonical(text), encoding="utf-8")
    licence = args.license or args.out.with_suffix(".LICENSE")
    licence.write_text(licence_text(source), encoding="utf-8")
    owners = {p["owner"] for p in publishers}
    print(f"import_missions: {len(publishers)} entries for {len(owners)} sending states -> {args.out}",
          file=sys.stderr)
    for operator, count in sorted(info["unmapped"].items()):
        print(f"import_missions: left out operator {operator!r} ({count} rows with a website)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
