#!/usr/bin/env python3
"""Generate rules/registry/gov_bodies.yaml from Govdirectory's Wikidata organisations.

    python tools/import_govdirectory.py --input PATH/govdirectory [--out PATH] [--license PATH]

Input: a folder (or the CSV itself) holding govdirectory_orgs.csv (columns qid,
label, description, types, country_qid, generator, website, domain), LICENSE
(CC0 1.0) and SOURCE.md, as rebuilt from Govdirectory's build cache of Wikidata
queries. Output: one `government` entry per distinct site, in the format of
rules/REGISTRY-FORMAT.md, plus rules/registry/gov_bodies.LICENSE.

Rules (repeated in the output's top comment):
- owner: the row's generator (the Govdirectory query for one jurisdiction) as
  ISO 3166-1 alpha-3 (GENERATORS); the row's country_qid must be that
  generator's country, or the build stops.
- group: from the Wikidata types (TYPES): ministries / missions / local; rows
  typed as courts, universities or state-owned companies are left out, and so
  are rows whose label or description says they are one (EXCLUDE_*).
- domain: the website's host without "www."; a host used by several Wikidata
  items is "shared": each item gets host/path, and the host itself goes to the
  item whose website is the host's root (if it is kept); a host whose items
  have different owners is dropped. Platform hosts (and their tenants), IP
  addresses, public suffixes are dropped.
- name: the Wikidata label, with the country added in parentheses when the label does not name it (a bare "Ministry of Finance" must not resolve to one country).
- aliases: the bare label of a ministries-group body when it is distinctive
  (generic_name), and the US name forms ("U.S. X" / "United States X").
- name-only entries: a national body (ministries or missions) whose site the
  other files already classify as government of the same owner by suffix
  (gov.uk, gc.ca, .gov) still gets an entry, with `domains: []`, so that a
  citation giving only its name is recognised; local bodies get none.
- skipped: domains claimed by another registry file of the default ruleset,
  local bodies on hosts the other files already classify as government of the
  same owner (by suffix, e.g. gov.uk), hosts they classify otherwise (listed:
  the import would override them), entries whose name names a publisher of
  another category there, names already given (see Names).

The output is deterministic: same input, same bytes. Standard library + PyYAML,
plus the evidence_check package of this repository (its URL parser, registry
reader and index; tldextract's bundled Public Suffix List, a dependency of it).
"""

from __future__ import annotations

import argparse
import csv
import ipaddress
import json
import re
import sys
import textwrap
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
if str(REPO / "src") not in sys.path:
    sys.path.insert(0, str(REPO / "src"))

from evidence_check.names import fold  # noqa: E402
from evidence_check.ruleset.index import Index, split_domain  # noqa: E402
from evidence_check.ruleset.files import load_countries, load_registry  # noqa: E402
from evidence_check.urls import parse  # noqa: E402

DEFAULT_RULES = REPO / "rules" / "default.yaml"
DEFAULT_OUT = REPO / "rules" / "registry" / "gov_bodies.yaml"
OWN_OUTPUTS = ("registry/gov_bodies.yaml", "registry/gov_us.yaml")

# --------------------------------------------------------------------------
# Shared helpers (tools/import_us_gov.py imports these)
# --------------------------------------------------------------------------

# Shared hosting platforms: a host equal to or under one of these is never a
# publisher's domain here, tenants included. Hosts under a private-section
# Public Suffix List entry (blogspot.com, github.io, ...) are caught as well.
PLATFORMS = (
    "facebook.com", "fb.com", "twitter.com", "x.com", "instagram.com", "linkedin.com",
    "youtube.com", "youtu.be", "t.me", "tiktok.com", "flickr.com", "vk.com", "ok.ru",
    "sites.google.com", "google.com", "goo.gl", "wixsite.com", "wix.com", "wordpress.com",
    "blogspot.com", "blogger.com", "github.io", "github.com", "weebly.com", "jimdo.com",
    "jimdofree.com", "jimdosite.com", "webnode.com", "webnode.page", "webs.com", "squarespace.com",
    "civicplus.com", "tumblr.com", "medium.com", "substack.com", "yolasite.com", "business.site",
    "site123.me", "strikingly.com", "godaddysites.com", "canva.site", "bit.ly", "tinyurl.com",
    "archive.org", "wikipedia.org", "wikidata.org", "ning.com", "angelfire.com", "tripod.com",
    "geocities.com", "homestead.com", "myshopify.com", "netlify.app", "vercel.app",
    "herokuapp.com", "azurewebsites.net", "cloudfront.net", "amazonaws.com", "over-blog.com",
    "e-monsite.com", "free.fr", "jouwweb.nl", "webador.nl", "hubspot.com", "mailchimp.com",
    "eventbrite.com", "issuu.com", "mystrikingly.com", "webflow.io", "govoffice.com", "govoffice2.com",
    "govoffice3.com", "revize.com", "municode.com", "granicus.com", "ecitizen.net",
)


def quote(text: str) -> str:
    """A YAML double-quoted scalar on one line (JSON strings are valid YAML)."""
    return json.dumps(" ".join(str(text).split()), ensure_ascii=False)


_extractors = None


def registered(host: str, private: bool) -> str:
    """The registered domain under the ICANN (or ICANN + private) Public Suffix List."""
    global _extractors
    import tldextract

    if _extractors is None:
        _extractors = tuple(
            tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, include_psl_private_domains=flag)
            for flag in (False, True))
    result = _extractors[1 if private else 0](host)
    value = getattr(result, "top_domain_under_public_suffix", None)
    return value if value is not None else result.registered_domain


def is_public_suffix(host: str) -> bool:
    return not registered(host, private=True)


# Private-section Public Suffix List entries that are name spaces sold to
# independent registrants (CentralNic) or run by a government, not platforms.
PRIVATE_NAME_SPACES = {
    "uk.com", "us.com", "eu.com", "gb.com", "gb.net", "uk.net", "de.com", "za.com", "co.com", "jpn.com",
    "ru.com", "sa.com", "se.net", "hu.net", "in.net", "us.org", "gov.scot", "gov.ru", "mil.ru",
}


def is_platform(host: str) -> bool:
    """A shared platform's host or tenant (PLATFORMS, or under a private PSL suffix)."""
    for platform in PLATFORMS:
        if host == platform or host.endswith("." + platform):
            return True
    private = registered(host, private=True)
    if private == registered(host, private=False):
        return False
    suffix = private.partition(".")[2] if private else host
    return suffix not in PRIVATE_NAME_SPACES


def is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
        return True
    except ValueError:
        return False


def url_parts(website: str) -> tuple[str, str] | None:
    """(host without "www.", path prefix) as the classifier will see them, or None.

    The path is lower-cased, without a trailing slash, query or file name
    (index.html, default.aspx); "" for the site's root.
    """
    website = website.strip()
    if not website.lower().startswith(("http://", "https://")):
        website = "http://" + website
    source = parse(website)
    if source.kind != "url" or not source.host:
        return None
    host = source.host.rstrip(".").lower()
    if ":" in host or is_ip(host) or "." not in host:
        return None
    if host.startswith("www.") and host.count(".") >= 2:
        host = host[4:]
    segments = [s for s in (source.path or "/").lower().split("/") if s]
    if segments and "." in segments[-1]:
        segments = segments[:-1]
    path = "/" + "/".join(segments) if segments else ""
    if re.match(r"^/[a-z]{2}([-_][a-z]{2,4})?$", path):
        path = ""  # a language version of the root (/en, /fr-be)
    return host, path


@dataclass
class Existing:
    """What the other registry files of the default ruleset already say."""

    index: Index
    claims: dict
    names: dict
    ids: set
    files: list = field(default_factory=list)
    bearers: dict = field(default_factory=dict)  # folded name -> {(category, owner)}

    def lookup(self, domain: str):
        host, path = split_domain(domain)
        return self.index.by_host(host, path)

    def name_clash(self, name: str, category: str):
        other = self.names.get(fold(name))
        return other if other is not None and other.category != category else None

    def more_specific(self, domains) -> dict:
        """{new domain: [(existing domain, publisher)]} for existing entries under a new domain."""
        wanted = {}
        for domain in domains:
            host, path = split_domain(domain)
            wanted.setdefault(host, []).append((domain, path))
        found = defaultdict(list)
        for claimed, publisher in self.claims.items():
            chost, cpath = split_domain(claimed)
            labels = chost.split(".")
            for i in range(len(labels)):
                suffix = ".".join(labels[i:])
                for domain, path in wanted.get(suffix, ()):
                    if claimed == domain:
                        continue
                    if path:
                        if i == 0 and cpath.startswith(path + "/"):
                            found[domain].append((claimed, publisher))
                    elif i > 0 or cpath:
                        found[domain].append((claimed, publisher))
        return found


def load_existing(skip=OWN_OUTPUTS, rules_file: Path = DEFAULT_RULES) -> Existing:
    """Read every registry file of the default ruleset except `skip`."""
    data = yaml.safe_load(rules_file.read_text(encoding="utf-8"))
    countries, problems = load_countries(rules_file.parent / data["countries"])
    if problems:
        raise SystemExit(f"error: the country file has problems: {problems[:3]}")
    publishers, files = [], []
    for item in data.get("registry") or []:
        if item in skip:
            continue
        path = rules_file.parent / item
        if not path.exists():
            continue
        read, _ = load_registry(path, countries)
        files.append(item)
        publishers += read
    index = Index()
    index.build(publishers)
    claims, names, bearers = {}, {}, defaultdict(set)
    for publisher in publishers:
        for domain in publisher.domains:
            claims.setdefault(domain, publisher)
        for alias in (publisher.name, *publisher.aliases):
            names.setdefault(fold(alias), publisher)
            bearers[fold(alias)].add((publisher.category, publisher.owner))
    return Existing(index, claims, names, {p.id for p in publishers}, files, dict(bearers))


def country_codes(rules_file: Path = DEFAULT_RULES) -> dict:
    """alpha-3 -> Country, from the default ruleset's country file."""
    data = yaml.safe_load(rules_file.read_text(encoding="utf-8"))
    countries, _ = load_countries(rules_file.parent / data["countries"])
    return {c.alpha3: c for c in countries}


def qualified(label: str, country) -> str:
    """The label, with the country's name added when the label does not say it.

    Names are looked up when a citation is only a name: a bare "Ministry of
    Finance" must not silently resolve to one country's ministry.
    """
    folded = f" {fold(label)} "
    for name in (country.common, country.name, *country.aliases):
        key = fold(name or "")
        # at a word's start ("Bulgarian", "Norway's"); a short one as a whole word ("US", not "Justice")
        if key and (f" {key} " in folded if len(key) <= 3 else f" {key}" in folded):
            return label
    return f"{label} ({country.common})"


def comment(text: str, width: int = 100) -> list[str]:
    """Wrap text into '# ' lines; a line starting with '- ' or spaces keeps its indent."""
    lines = []
    for paragraph in text.split("\n"):
        if not paragraph.strip():
            lines.append("#")
            continue
        indent = len(paragraph) - len(paragraph.lstrip())
        hanging = indent + (2 if paragraph.lstrip().startswith("- ") else 0)
        wrapped = textwrap.wrap(paragraph.strip(), width=width - 2 - indent, break_long_words=False,
                                break_on_hyphens=False, subsequent_indent=" " * (hanging - indent))
        for line in wrapped or [""]:
            lines.append(("# " + " " * indent + line).rstrip())
    return lines


def examples(items, limit: int = 12) -> str:
    items = list(items)
    shown = ", ".join(items[:limit])
    return shown + (f" (+{len(items) - limit} more)" if len(items) > limit else "")


def entry_lines(entry: dict) -> list[str]:
    lines = [f"  - id: {entry['id']}", f"    name: {quote(entry['name'])}"]
    if entry.get("aliases"):
        lines.append("    aliases: [" + ", ".join(quote(a) for a in entry["aliases"]) + "]")
    lines += ["    category: government", f"    owner: {entry['owner']}", f"    group: {entry['group']}",
              "    domains: [" + ", ".join(quote(d) for d in entry["domains"]) + "]",
              f"    basis: {quote(entry['basis'])}"]
    return lines


# --------------------------------------------------------------------------
# Names: name-only entries and bare aliases (both tools)
# --------------------------------------------------------------------------

# Words any country's bodies are named with: function words, kinds of body, levels,
# portfolios, officers. A label made only of these ("Ministry of Finance", "National
# Statistics Office", "Office of the Inspector General", "Environmental Protection Agency")
# is generic: many states have a body so named, so it never becomes a bare alias. Nor does a
# label headed "Ministry/Department/Secretariat of ..." or "Embassy/Consulate/Mission ..."
# (every state has them; "Department of Homeland Security" is found as "U.S. Department of
# Homeland Security" or with its country instead). A label with one other word ("Central
# Intelligence Agency", "Robert Koch Institute") is distinctive enough to be an alias without
# the country; a name that bodies of several owners bear is still dropped by the index.
GENERIC_WORDS = frozenset("""
a an and the of for on in to at with by de del la le les du des und fur der die das
ministry ministries minister ministers ministerial ministerium department departments departmental secretariat
secretary secretaries state office offices agency agencies authority authorities administration administrations
service services bureau board boards council councils commission commissions committee directorate
directorates division divisions unit units institute institution inspectorate center centre centers centres
fund funds corporation program programme programs programmes project projects task force group staff team
cabinet government governments parliament parliamentary senate assembly congress congressional house houses
chamber representatives deputies delegates lords commons legislature legislative presidency president
presidential prime vice chancellery chancellor chief head general officer officers inspector auditor
comptroller controller accountant ombudsman ombudsperson commissioner commissioners director registrar
attorney solicitor advocate prosecutor prosecution speaker leader majority minority whip clerk treasurer
treasury deputy assistant undersecretary under permanent special joint interagency inter coordinating
coordination coordinator advisory executive federal national central royal public republic people peoples
union confederation commonwealth kingdom crown civil central regional provincial local municipal country
foreign affairs international external relations cooperation diplomacy diplomatic embassy embassies consulate
consulates consular mission missions delegation delegations legation representation high
finance financial economy economic economics trade industry industries commerce commercial business enterprise
enterprises investment investments competition consumer consumers markets market securities exchange insurance
banking bank monetary budget budgetary fiscal revenue revenues tax taxes taxation customs excise audit
planning development sustainable growth reform reforms modernisation modernization
health healthcare medical medicine medicines drug drugs food safety hygiene care welfare social security
labour labor employment work workers jobs pensions pension
education higher training skills schools culture cultural heritage arts media sport sports youth tourism
leisure recreation science sciences technology technologies research innovation digital information
informatics communication communications telecommunications post postal broadcasting press
defence defense military army navy naval air force forces armed marine marines guard veterans war
interior home internal justice law laws legal police policing prisons prison corrections correctional
penitentiary immigration migration migrants citizenship asylum border borders refugees passport passports
emergency emergencies disaster disasters rescue fire civil protection
environment environmental climate ecology natural resources resource energy mines mining minerals
petroleum oil gas nuclear atomic water waters forest forests forestry fisheries fishery wildlife parks land
lands agriculture agricultural rural farming livestock
transport transportation traffic roads road highways railways aviation maritime shipping ports
infrastructure public works housing construction urban cities territorial territories regions
statistics statistical census survey surveys geological mapping standards metrology quality
elections election electoral
women gender equality family families children child persons disabled disability elderly
human rights minorities religious religion affairs cooperatives community communities
vital records archives archive library libraries registry register printing publishing official gazette
management administrative personnel human services support operations strategic strategy policy policies
protection control regulation regulatory inspection supervision oversight investigation investigations
enforcement port ports airport airports rail railway railways aircraft accident accidents coastal coast
privacy data personal fraud serious change review criminal crime crimes case cases independent conduct integrity
ethics anti corruption doping asset assets forfeiture discrimination procurement tenders tender debt aid
legal illegal standard registration patent patents trademark trademarks intellectual property companies company
prices price medicinal products product goods geodesy cartography cadastre meteorological meteorology
hydrological hydrology geographic geography seismological space film cinema language languages radiation
mental wellbeing cancer disease diseases prevention vocational accreditation evaluation documentation
assistance conditions occupational risks risk benefits benefit unemployment invalidity disabilities
citizen citizens consumers competition antitrust reception seekers equal opportunities opportunity
planning population mines quarries hydrocarbons veterinary pharmaceutical dental nursing hospitals
agence office nationale national de des du la le les l d et pour developpement sociale social regional
regionale centre institut superieur recherche conseil direction ministere ministerio del y secretaria
subsecretaria desarrollo nacional servicio instituto direccion agencia consejo comision oficina
district districts educational european town towns grants allowances external reporting animal animals
aeronautical electronic investigative civilian normalization standardization auxiliary coordinating
supervisory legislation materiel forensic building institutional electrical employee employees art waste
working small medium combating trafficking beings against technical young appeal appeals
""".split())
_OFFICE_HEADS = ("ministry", "ministries", "ministerium", "ministerio", "ministere", "department", "secretariat",
                 "undersecretariat", "subsecretaria", "secretaria", "embassy", "consulate", "permanent mission",
                 "mission", "delegation")
_LEAD = re.compile(r"^(the|federal|national|state|royal|central|general|deputy|high|coordinating) ")
# Words that say a label names a body (not a programme, a portal or a law): a bare alias needs one.
BODY_WORDS = frozenset("""
ministry department office offices agency authority administration service services bureau board council
commission committee directorate division unit institute institution inspectorate center centre fund
corporation secretariat undersecretariat subsecretaria secretaria cabinet parliament senate assembly congress
chamber presidency chancellery treasury police guard force forces army navy embassy consulate mission
delegation library archives registry laboratory survey commissioner ombudsman auditor comptroller
ministerio ministere minister servicio agencia consejo comision oficina direccion instituto agence conseil
direction institut
""".split())
# "National X Agency", "Dental Services": one word before a kind of body is the pattern of
# every state's bodies ("State Intelligence Agency", "National Geographic Institute").
_TEMPLATE = re.compile(r"^((national|state|federal|royal|public|general|government) )?\w+ (" + "|".join(
    sorted(BODY_WORDS)) + r")$")


def _vocabulary(word: str) -> bool:
    return word in GENERIC_WORDS or (word.endswith("s") and word[:-1] in GENERIC_WORDS)


def generic_name(label: str) -> bool:
    """True when a label, without its country, could name a body of many states (or names no body)."""
    words = fold(label).split()
    if words[:1] == ["the"]:
        words = words[1:]
    if not words or all(_vocabulary(w) for w in words):
        return True
    if len(words) > 1 and not any(w in BODY_WORDS or w.rstrip("s") in BODY_WORDS for w in words):
        return True  # a programme, a portal, a law, an officer's title: not worth a bare name
    text = " ".join(words)
    if _TEMPLATE.match(text):
        return True
    while _LEAD.match(text):
        text = _LEAD.sub("", text, count=1)
    # "Ministry of X", "Embassy ...": a portfolio or a host city every state has; never a bare alias
    return text.startswith(_OFFICE_HEADS)


def us_forms(label: str) -> list[str]:
    """The US government's own name forms: "United States X" <-> "U.S. X"; "U.S. X" for a bare X."""
    text = " ".join(label.split())
    for prefix in ("United States ", "U.S. ", "US "):
        if text.startswith(prefix):
            rest = text[len(prefix):]
            return [f"United States {rest}", f"U.S. {rest}"]
    if text.startswith("the "):
        text = text[4:]
    return [f"U.S. {text}"]


class Names:
    """Which names a new entry may take, given the other files and the entries already made.

    A name is taken when it names nobody yet; dropped when it already names a government body of
    the same owner (it would add nothing) or any other publisher (it would make both ambiguous).
    """

    def __init__(self, existing: Existing):
        self.existing = existing
        self.used: dict[str, str] = {}  # folded name -> owner, for this file's entries

    def fresh(self, names, owner: str) -> tuple[list[str], list[str]]:
        """(names kept, names dropped with why) for an entry of owner."""
        kept, dropped, keys = [], [], set()
        for name in names:
            key = fold(name)
            if not key or key in keys:
                continue
            keys.add(key)
            others = self.existing.bearers.get(key, set())
            if key in self.used:
                if self.used[key] != owner:
                    dropped.append(f"{name} (another owner's body in this file)")
                continue
            if others:
                if others != {("government", owner)}:
                    dropped.append(f"{name} (names {', '.join(sorted('/'.join(filter(None, o)) for o in others))} "
                                   f"in another file)")
                continue
            kept.append(name)
        return kept, dropped

    def take(self, names, owner: str) -> None:
        for name in names:
            self.used.setdefault(fold(name), owner)


# --------------------------------------------------------------------------
# Govdirectory specifics
# --------------------------------------------------------------------------

SOURCE = "Govdirectory (govdirectory.org), Wikidata organisations"

# generator -> (country QID the rows must carry, owner alpha-3, forced group or None, note)
GENERATORS = {
    "generators/austria.rq": ("Q40", "AUT", None), "generators/belgium.rq": ("Q31", "BEL", None),
    "generators/bermuda.rq": ("Q23635", "GBR", "local"),
    "generators/bulgaria.rq": ("Q219", "BGR", None), "generators/cameroon.rq": ("Q1009", "CMR", None),
    "generators/canada.rq": ("Q16", "CAN", None), "generators/chile.rq": ("Q298", "CHL", None),
    "generators/cuba.rq": ("Q241", "CUB", None), "generators/cyprus.rq": ("Q229", "CYP", None),
    "generators/czech-republic.rq": ("Q213", "CZE", None), "generators/denmark.rq": ("Q35", "DNK", None),
    "generators/east-timor.rq": ("Q574", "TLS", None), "generators/finland.rq": ("Q33", "FIN", None),
    "generators/germany.rq": ("Q183", "DEU", None), "generators/ghana.rq": ("Q117", "GHA", None),
    "generators/greenland.rq": ("Q223", "DNK", "local"),
    "generators/iceland.rq": ("Q189", "ISL", None), "generators/india.rq": ("Q668", "IND", None),
    "generators/indonesia.rq": ("Q252", "IDN", None), "generators/ireland.rq": ("Q27", "IRL", None),
    "generators/japan.rq": ("Q17", "JPN", None), "generators/latvia.rq": ("Q211", "LVA", None),
    "generators/luxembourg.rq": ("Q32", "LUX", None), "generators/malaysia.rq": ("Q833", "MYS", None),
    "generators/malta.rq": ("Q233", "MLT", None), "generators/morocco.rq": ("Q1028", "MAR", None),
    "generators/nepal.rq": ("Q837", "NPL", None), "generators/netherlands.rq": ("Q55", "NLD", None),
    "generators/new-zealand.rq": ("Q664", "NZL", None), "generators/norway.rq": ("Q20", "NOR", None),
    "generators/peru.rq": ("Q419", "PER", None), "generators/philippines.rq": ("Q928", "PHL", None),
    "generators/portugal.rq": ("Q45", "PRT", None), "generators/russia.rq": ("Q159", "RUS", None),
    "generators/singapore.rq": ("Q334", "SGP", None), "generators/south-africa.rq": ("Q258", "ZAF", None),
    "generators/sweden.rq": ("Q34", "SWE", None), "generators/switzerland.rq": ("Q39", "CHE", None),
    "generators/ukraine.rq": ("Q212", "UKR", None), "generators/united-kingdom.rq": ("Q145", "GBR", None),
    "generators/united-kingdom/scotland.rq": ("Q145", "GBR", "local"),
    "generators/united-states.rq": ("Q30", "USA", None),
    "generators/united-states/new-york.rq": ("Q30", "USA", "local"),
    "generators/united-states/north-carolina.rq": ("Q30", "USA", "local"),
    "generators/uruguay.rq": ("Q77", "URY", None),
}

MINISTRIES, MISSIONS, LOCAL = "ministries", "missions", "local"
COURT, UNIVERSITY, COMPANY = "court", "university", "state-owned company"

# Every Wikidata type the data uses; an unknown type stops the build.
TYPES = {
    # ministries: ministries, departments, agencies, statistics offices, police,
    # legislatures, heads of state/government offices, gazettes, ombudsmen
    MINISTRIES: [
        "Autonomous Crown Entity", "Bundesministerium", "Canadian federal department",
        "Chapter nine institutions", "Cypriot government department", "Department of State",
        "Executive Office of the President of the United States", "Federal Ministry in Germany",
        "Federal Public Service", "Federal Scientific Institute", "High Council of State",
        "Icelandic government ministry", "Independent Crown Entity", "King's Printer",
        "Ministries of Japan", "Ministry in Bermuda", "Ministry in the government of Luxembourg",
        "Ministry of Ghana", "Ministry of Latvia", "Ministry of Malta", "Ministry of Norway",
        "Moroccan public institution", "New Zealand Public Service department",
        "Public Institution of Social Security", "Public Interest Organizations", "Public Planning Service",
        "Swedish government agency", "Ukrainian ministry", "Union Government ministries of India",
        "United States federal executive department", "administrative structure of Bulgaria",
        "advisory non-departmental public body", "authority under the Riksdag", "cabinet",
        "cabinet of the King", "central government", "commission", "commissioner", "Council of state",
        "courts administration agency", "defence ministry", "department of the South African government",
        "department of the United Kingdom Government", "departmental agency", "deputy ministry of Cyprus Republic",
        "directorate in Norway", "election commission", "executive agency in the Scottish government",
        "executive agency of Bulgaria", "executive department of the Philippines",
        "executive non-departmental public body", "federal department of Switzerland",
        "federal ministry in Russia", "government", "government agency of Cyprus",
        "independant government agency of Bulgaria", "legislative branch agency", "lower house",
        "ministries of Denmark", "ministry of Bulgaria", "ministry of Cameroon", "ministry of Chile",
        "ministry of Cuba", "ministry of Cyprus Republic", "ministry of Finland", "ministry of Indonesia",
        "ministry of Malaysia", "ministry of Morocco", "ministry of Nepal", "ministry of Peru",
        "ministry of Portugal", "ministry of Singapore", "ministry of Sweden", "ministry of Timor-Leste",
        "ministry of Uruguay", "ministry of the Czech Republic", "ministry of the Netherlands",
        "non-departmental public body", "non-ministerial government department", "non-ministerial office",
        "ombudsman", "parliament", "senate", "state agency of Bulgaria", "state agency of New York",
        "state agency of North Carolina", "undersecretariat of Chile", "unicameral legislature",
    ],
    MISSIONS: [
        "Belgian delegations", "Consulate General of Belgium", "Consulate General of Sweden",
        "Embassy of the United States", "Sweden's delegations", "consulate", "consulate general",
        "de facto embassy", "embassy", "liaison office", "permanent mission",
    ],
    LOCAL: [
        "Community Development Council", "Czech municipality with expanded powers",
        "Health and Social Care Partnership", "NHS board", "Regierungsbezirk",
        "Scottish unitary authority council", "administrative city of Indonesia",
        "administrative post of East Timor", "autonomous region of Portugal", "canton of Luxembourg",
        "canton of Switzerland", "city of Indonesia", "city with special status",
        "community and regional parliament", "community of Belgium", "component city",
        "county municipality", "county of New York", "county of North Carolina", "department of Peru",
        "department of Uruguay", "district municipality", "district of Austria", "district of Cyprus",
        "district of Ghana", "district of Malaysia", "district of Nepal", "district of Portugal",
        "emergency zone", "federal state of Austria", "federal territory of Malaysia",
        "federated state of Germany", "government region of Baden-Württemberg",
        "government region of North Rhine-Westphalia", "highly urbanized city", "independent component city",
        "integral overseas territory", "kmetstvo of Bulgaria", "language area of Belgium",
        "legislature of a Chilean region", "legislature of a U.S. state", "local municipality of South Africa",
        "lower house of U.S. state legislature", "metropolitan municipality in South Africa",
        "municipal district of Bulgaria", "municipalities of Cyprus Republic", "municipality of Austria",
        "municipality of Belgium", "municipality of Bermuda", "municipality of Bulgaria",
        "municipality of Denmark", "municipality of East Timor", "municipality of Finland",
        "municipality of Greenland", "municipality of Iceland", "municipality of Latvia",
        "municipality of Luxembourg", "municipality of Norway", "municipality of Portugal",
        "municipality of Sweden", "municipality of Switzerland", "municipality of the Netherlands",
        "municipality of the Philippines", "oblast of Bulgaria", "oblast of Ukraine", "parish of Bermuda",
        "police zone", "prefecture of Japan", "prefecture of Morocco", "province of Belgium",
        "province of Canada", "province of Cuba", "province of Indonesia", "province of Morocco",
        "province of Nepal", "province of Peru", "province of South Africa", "province of the Netherlands",
        "province of the Philippines", "provincial assembly", "regency of Indonesia", "region of Belgium",
        "region of Cameroon", "region of Chile", "region of Denmark", "region of Finland", "region of Ghana",
        "region of Malta", "region of Ukraine", "region of the Czech Republic", "region of the Philippines",
        "regional council in Morocco", "regional council in Sweden", "regional council of New Zealand",
        "special administrative region in East Timor", "specialized local administration of Bulgaria",
        "state of India", "state of Malaysia", "suco of East Timor", "territorial authority of New Zealand",
        "territory of Canada", "town council", "union territory of India",
        "upper house of U.S. state legislature", "water board in the Netherlands",
    ],
    COURT: [
        "Court of Appeal of Norway", "Dutch Court of Appeal", "Dutch district court", "Justice of the peace court",
        "Migration Court", "Sheriff court", "Sheriff district court", "U.S. state supreme court",
        "administrative courts of appeal in Sweden", "appellate court", "constitutional court", "court",
        "court of appeal", "district court", "land consolidation court", "parole board", "regional rent tribunal",
        "supreme administrative court", "supreme court", "tribunal",
    ],
    UNIVERSITY: ["wānanga"],
    COMPANY: [
        "AP pension fund", "Public Research Organisation", "Scottish public corporation", "public utility",
        "state-owned enterprise", "state-owned enterprise of New Zealand",
    ],
}
TYPE_GROUP = {t: group for group, types in TYPES.items() for t in types}
EXCLUDED = (COURT, UNIVERSITY, COMPANY)

# Label/description words that show a row is not a state body in this sense
# ("government agency" in Sweden includes universities; "public institution"
# in Morocco includes hospitals, utilities and companies).
EXCLUDE_TEXT = [
    (COURT, re.compile(r"\b(court|tribunal)\b(?! of audit)", re.I), "label"),
    (UNIVERSITY, re.compile(r"\b(universit\w*|université|universidad|hochschule|högskola|college|école|"
                            r"ecole|school of|wānanga|wananga)\b", re.I), "label"),
    (UNIVERSITY, re.compile(r"\b(universit\w*|higher education|college|school|tertiary|academic)\b", re.I),
     "description"),
    (COMPANY, re.compile(r"\b(company|enterprise|corporation|public-benefit|public benefit|non-?profit|"
                         r"foundation|operator|airport|lottery|orchestra|opera|theatre|theater|museum|"
                         r"heritage institution|hospital|healthcare organization|شركة)\b", re.I), "description"),
    (COMPANY, re.compile(r"\b(association|foundation|trust|society)\b", re.I), "label"),
]
# Always applied to ministries-type rows, whatever else the label says.
EXCLUDE_LABEL = re.compile(r"(^CHU\b|\bcompany\b|\blimited\b|\bltd\b|\bRégie\b|\bchambre de commerce\b|"
                           r"\bchamber of commerce\b|\borchestra\b|\bsymphony\b|\bopera\b|\bairport|\blotter|"
                           r"\bmuseum|\bmuseet\b|\bzoo\b|\bpalace\b|\bconvention center\b|\bPBS\b)", re.I)
# Govdirectory's US state-agency lists mix agencies with nonprofits, trusts and
# venues: such a row is kept only when its label names an office of the state.
US_STATE_AGENCY_TYPES = {"state agency of New York", "state agency of North Carolina"}
# Rows the type and word rules keep but that are state-owned companies or utilities.
EXCLUDE_QIDS = {
    "Q3349644": (COMPANY, "ONEE, Morocco's state electricity and water utility"),
    "Q126953256": (COMPANY, "RADEEJ, a municipal water and electricity distribution utility"),
    "Q2933285": (COMPANY, "Caisse de dépôt et de gestion, a state-owned financial group"),
}

# A label with one of these words names an office of the state: the word lists
# above do not apply (a Ministry of Education's description mentions schools).
GOVERNMENT_WORDS = re.compile(
    r"\b(ministry|ministerium|minist[eè]re|ministerio|department|board|commission|council|division|"
    r"authority|agency|office|directorate|inspectorate|panel|fund|government)\b", re.I)
# Academic name spaces: a host under one of these is a school or university.
ACADEMIC = re.compile(r"(^|\.)(edu|ac\.[a-z]{2}|edu\.[a-z]{2})$")
# Public suffixes that are a government's own name space, listed whole when the
# data gives them as a government's website.
GOVERNMENT_SUFFIXES = {"gov.scot": "GBR"}

REASON_TEXT = {
    COURT: "courts and tribunals (not government here)",
    UNIVERSITY: "universities, colleges and schools",
    COMPANY: "state-owned companies, utilities, funds, hospitals and cultural institutions",
}


@dataclass
class Row:
    qid: str
    label: str
    description: str
    types: str
    owner: str
    group: str | None
    reason: str | None
    website: str
    host: str = ""
    path: str = ""
    public_suffix: bool = False

    @property
    def number(self) -> int:
        return int(self.qid[1:])


def classify(row: dict, forced: str | None) -> tuple[str | None, str | None]:
    """(group, None) for a kept row, (None, exclusion reason) otherwise."""
    types = [t for t in row["types"].split("|") if t]
    unknown = [t for t in types if t not in TYPE_GROUP]
    if unknown:
        raise SystemExit(f"error: {row['qid']}: unknown Wikidata type(s) {unknown}: add them to TYPES")
    groups = {TYPE_GROUP[t] for t in types}
    for excluded in EXCLUDED:
        if excluded in groups:
            return None, excluded
    if not groups:
        return None, "no type"
    group = MISSIONS if MISSIONS in groups else MINISTRIES if MINISTRIES in groups else LOCAL
    if row["qid"] in EXCLUDE_QIDS:
        return None, EXCLUDE_QIDS[row["qid"]][0]
    if group == MINISTRIES:
        protected = bool(GOVERNMENT_WORDS.search(row["label"]))
        if EXCLUDE_LABEL.search(row["label"]):
            return None, COMPANY
        if set(types) & US_STATE_AGENCY_TYPES and not protected:
            return None, "US state-agency rows whose label names no office of the state (nonprofits, trusts, venues)"
        for reason, pattern, column in EXCLUDE_TEXT:
            if protected and not (reason == COMPANY and column == "description"):
                continue
            if pattern.search(row[column]):
                return None, reason
    if forced and group != MISSIONS:
        group = forced
    return group, None


def read_rows(csv_path: Path, countries: set) -> list[Row]:
    rows = []
    with open(csv_path, encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        expected = ["qid", "label", "description", "types", "country_qid", "generator", "website", "domain"]
        if reader.fieldnames != expected:
            raise SystemExit(f"error: {csv_path}: columns {reader.fieldnames}, expected {expected}")
        for raw in reader:
            generator = raw["generator"]
            if generator not in GENERATORS:
                raise SystemExit(f"error: {raw['qid']}: unknown generator {generator!r}: add it to GENERATORS")
            qid, owner, forced = GENERATORS[generator]
            if raw["country_qid"] != qid:
                raise SystemExit(f"error: {raw['qid']}: country {raw['country_qid']} but generator {generator} "
                                 f"is for {qid}")
            if owner not in countries:
                raise SystemExit(f"error: owner {owner} of {generator} is not in the country file")
            group, reason = classify(raw, forced)
            rows.append(Row(raw["qid"], " ".join(raw["label"].split()), " ".join(raw["description"].split()),
                            raw["types"], owner, group, reason, raw["website"].strip()))
    return rows


def build(rows: list[Row], existing: Existing, countries: dict):
    stats = Counter()
    skipped = defaultdict(list)  # reason -> [text]
    kept_rows = []
    covered = []  # (row, matched suffix, publisher): national bodies whose site another file's suffix covers

    def on_covered(row, found):
        if row.group == LOCAL:
            skipped[COVERED_LOCAL].append(f"{row.host + row.path} (by {found[1]})")
        elif ACADEMIC.search(registered(row.host, private=False) or row.host):
            skipped[REASON_TEXT[UNIVERSITY]].append(f"{row.qid} {row.label} ({row.host})")
        else:
            covered.append((row, found[1], found[0]))

    for row in rows:
        stats["rows"] += 1
        if row.reason:
            skipped[REASON_TEXT.get(row.reason, row.reason)].append(f"{row.qid} {row.label}")
            continue
        if not row.website:
            stats["no website"] += 1
            continue
        parts = url_parts(row.website)
        if parts is None:
            skipped["website not a usable http(s) URL with a domain name (IP address, port, bad URL)"].append(
                f"{row.qid} {row.website}")
            continue
        row.host, row.path = parts
        found = existing.lookup(row.host + row.path)
        if found and found[0].category == "government" and found[0].owner == row.owner:
            on_covered(row, found)
            continue
        if ACADEMIC.search(registered(row.host, private=False) or row.host):
            skipped[REASON_TEXT[UNIVERSITY]].append(f"{row.qid} {row.label} ({row.host})")
            continue
        if is_platform(row.host):
            skipped["platform hosts (social media, site builders, blog hosts) and their tenants"].append(
                f"{row.host} ({row.qid})")
            continue
        if is_public_suffix(row.host) and GOVERNMENT_SUFFIXES.get(row.host) != row.owner:
            if not row.path:
                skipped["the website's host is a public suffix (a name space, not one body's site)"].append(
                    f"{row.host} ({row.qid} {row.label})")
                continue
            row.public_suffix = True
        kept_rows.append(row)

    # Which hosts several Wikidata items use (any row with a website, kept or not).
    items_on_host = defaultdict(set)
    for row in rows:
        if row.website:
            parts = url_parts(row.website) if not row.host else (row.host, row.path)
            if parts:
                items_on_host[parts[0]].add(row.qid)

    by_host = defaultdict(list)
    for row in kept_rows:
        by_host[row.host].append(row)

    rank = {MINISTRIES: 0, MISSIONS: 1, LOCAL: 2}
    candidates = []  # (domain, row)
    for host in sorted(by_host):
        group_rows = sorted(by_host[host], key=lambda r: (rank[r.group], r.number))
        owners = {r.owner for r in group_rows}
        if len(owners) > 1:
            skipped["hosts given to more than one owner"].append(
                f"{host} ({', '.join(sorted(owners))})")
            continue
        if len(items_on_host[host]) == 1 and not group_rows[0].public_suffix:
            candidates.append((host, group_rows[0]))
            continue
        # a shared host: the root to the item whose website is the root, paths to the others
        roots = [r for r in group_rows if not r.path]
        if roots:
            candidates.append((host, roots[0]))
            for other in roots[1:]:
                skipped["another item has the same site (kept: the first of them)"].append(
                    f"{host} ({other.qid} {other.label}; kept {roots[0].qid})")
        seen = {}
        for row in group_rows:
            if not row.path:
                continue
            domain = host + row.path
            if domain in seen:
                skipped["another item has the same site (kept: the first of them)"].append(
                    f"{domain} ({row.qid} {row.label}; kept {seen[domain]})")
                continue
            seen[domain] = row.qid
            candidates.append((domain, row))

    entries, overrides = [], []
    for domain, row in candidates:
        found = existing.lookup(domain)
        if domain in existing.claims:
            other = existing.claims[domain]
            skipped["domains claimed by another registry file"].append(f"{domain} ({other.id})")
            continue
        if found is not None:
            publisher, matched = found
            if publisher.category == "government" and publisher.owner == row.owner:
                stats["covered"] += 1
                on_covered(row, found)
                continue
            what = f"{publisher.category}{'/' + publisher.owner if publisher.owner else ''}"
            overrides.append(f"{domain} ({row.owner} {row.qid} {row.label}) would override {matched} "
                             f"({publisher.id}, {what})")
            skipped["hosts another registry file classifies otherwise (left out: see 'would override')"].append(
                f"{domain} (is {matched}: {publisher.id}, {what})")
            continue
        name = qualified(row.label or row.qid, countries[row.owner])
        clash = existing.name_clash(name, "government")
        if clash is not None:
            skipped["names that already name a publisher of another category"].append(
                f"{name} ({row.qid}; {clash.id})")
            continue
        entries.append({
            "id": f"gd-{row.qid.lower()}",
            "name": name,
            "owner": row.owner,
            "group": row.group,
            "domains": [domain],
            "basis": f"Wikidata {row.qid} (Govdirectory, CC0): {row.label}, {row.types.replace('|', '; ')}, "
                     f"website {row.website}",
        })
    name_only = add_names(entries, covered, rows, existing, countries, skipped)
    entries += name_only
    entries.sort(key=lambda e: (e["owner"], e["group"], fold(e["name"]), e["id"]))
    ids = [e["id"] for e in entries]
    if len(ids) != len(set(ids)) or set(ids) & existing.ids:
        raise SystemExit("error: duplicate ids")
    below = existing.more_specific([e["domains"][0] for e in entries if e["domains"]])
    more_specific = []
    for entry in entries:
        for claimed, publisher in below.get(entry["domains"][0] if entry["domains"] else None, ()):
            if publisher.category != "government" or publisher.owner != entry["owner"]:
                more_specific.append(f"{claimed} ({publisher.id}, {publisher.category}) stays under "
                                     f"{entry['domains'][0]} ({entry['id']})")
    return entries, skipped, stats, overrides, more_specific


COVERED_LOCAL = ("local bodies on a host already covered by a government domain of the same owner (by suffix): "
                 "no entry (municipalities' names are too generic and too many)")


def aliases_for(row: Row, name: str, owners_of_label: dict) -> list[str]:
    """Other names of a national body: its bare label when distinctive, the US name forms."""
    aliases = []
    if row.group == MINISTRIES and name != row.label and not generic_name(row.label) \
            and owners_of_label.get(fold(row.label)) == {row.owner}:
        aliases.append(row.label)
    if row.owner == "USA":
        if row.label.startswith(("United States ", "U.S. ", "US ")):
            aliases += us_forms(row.label)
        elif row.group == MINISTRIES and name != row.label:
            aliases += us_forms(row.label)
    return aliases


def add_names(entries: list, covered: list, rows: list, existing: Existing, countries: dict, skipped) -> list:
    """Aliases for the entries with a domain; name-only entries for the covered national bodies."""
    owners_of_label = defaultdict(set)
    for row in rows:
        owners_of_label[fold(row.label)].add(row.owner)
    by_qid = {row.qid: row for row in rows}
    names = Names(existing)
    for entry in entries:
        names.take([entry["name"]], entry["owner"])
    for entry in entries:
        row = by_qid[entry["id"][3:].upper()]
        kept, _ = names.fresh(aliases_for(row, entry["name"], owners_of_label), entry["owner"])
        if kept:
            entry["aliases"] = kept
            names.take(kept, entry["owner"])
    rank = {MINISTRIES: 0, MISSIONS: 1}
    made, seen = [], set()
    for row, suffix, publisher in sorted(covered, key=lambda c: (rank[c[0].group], c[0].number)):
        if row.qid in seen:
            continue
        seen.add(row.qid)
        name = qualified(row.label or row.qid, countries[row.owner])
        kept, dropped = names.fresh([name, *aliases_for(row, name, owners_of_label)], row.owner)
        if not kept or fold(kept[0]) != fold(name):
            why = "; ".join(dropped) if dropped else "already the name of a government body of the same owner"
            skipped["name-only: its name already names a publisher (left out)"].append(f"{row.qid} {name}: {why}")
            continue
        names.take(kept, row.owner)
        made.append({
            "id": f"gd-{row.qid.lower()}",
            "name": kept[0],
            "aliases": kept[1:],
            "owner": row.owner,
            "group": row.group,
            "domains": [],
            "basis": f"Wikidata {row.qid} (Govdirectory, CC0): {row.label}, {row.types.replace('|', '; ')}, "
                     f"website {row.website}; name only: its domain is covered by {suffix} ({publisher.id})",
        })
    return made


def source_commit(folder: Path) -> str:
    text = (folder / "SOURCE.md").read_text(encoding="utf-8") if (folder / "SOURCE.md").exists() else ""
    match = re.search(r"website-cache \(GitHub\), commit ([0-9a-f]{40})", text)
    return match.group(1) if match else "unknown"


def header(entries, skipped, stats, overrides, more_specific, existing, commit, rows) -> list[str]:
    groups = Counter(e["group"] for e in entries)
    owners = Counter(e["owner"] for e in entries)
    text = f"""Government bodies from Govdirectory (Wikidata): ministries, agencies, statistics offices, parliaments, police, embassies and consulates, and sub-national governments of {len(owners)} countries.

GENERATED FILE - do not edit by hand. Regenerate with:
    python tools/import_govdirectory.py --input <dataset>/govdirectory
(run it before tools/import_us_gov.py; it reads the other registry files of rules/default.yaml, never gov_bodies.yaml or gov_us.yaml.)

Data: Govdirectory organisations rebuilt from the build cache of Govdirectory's Wikidata queries: GitHub govdirectory/website-cache, commit {commit}; query templates from govdirectory/website (file govdirectory_orgs.csv, {stats['rows']} rows). Licence: CC0 1.0 (Govdirectory and Wikidata); a copy with attribution is in gov_bodies.LICENSE next to this file. Each basis names the Wikidata item.

How it is built:
- owner: the row's Govdirectory generator (one query per jurisdiction) as ISO 3166-1 alpha-3; the row's country must be the generator's country. Bermuda (a British Overseas Territory) and Greenland (part of the Kingdom of Denmark) are not in countries.yaml: their bodies are listed under the sovereign state (GBR, DNK) in group local. Scotland, New York and North Carolina bodies are sub-national: group local.
- group, from the Wikidata types: ministries = ministries, departments, agencies, directorates, statistics offices, legislatures, heads of state/government offices, ombudsmen, election commissions, crown entities; missions = embassies, consulates, permanent missions, delegations, de facto embassies; local = municipalities, districts, regions, provinces, states, counties, water boards, police and emergency zones, regional health boards.
- left out: courts and tribunals (not government here), universities and schools, state-owned companies, public utilities, pension funds, hospitals and cultural institutions (museums, orchestras, theatres): by Wikidata type, or by words in the label or description (the Swedish "government agency" type includes universities; the Moroccan "public institution" type includes hospitals, utilities and companies).
- domains: the website's host, lower case, without "www.". When several Wikidata items use one host, the host is "shared": each item gets host/path (its website's path, lower case, no file name), and the host itself only goes to an item whose website is the host's root. A host shared with a left-out item (a court, a university) goes to none of the kept items unless their website is the root. Hosts of several owners are dropped.
- name: the Wikidata label, with the country added in parentheses when the label does not name it (a bare "Ministry of Finance" must not resolve to one country).
- aliases (group ministries): the bare label when the country had to be added and the label is distinctive: not made only of words any state's bodies are named with (GENERIC_WORDS: "National Statistics Office", "Environmental Protection Agency"), not headed Ministry/Department/Secretariat/Embassy/Consulate/Mission, and not the label of another owner's row; US bodies also get "U.S. X" for "United States X" and the reverse ("US X" is the same name to the index). An alias that already names a publisher in another file is left out.
- name-only entries (domains: []): a national body (group ministries or missions) whose site another file already covers by a government suffix of the same owner (gov.uk, gc.ca, gouv.fr, diplo.de, .gov ...) has no domain to add, but its name is still worth knowing: a citation that gives only the name is recognised. Its basis names the Wikidata item and the covering suffix. Local bodies get none (municipalities' names are too generic and too many). A name that already names a publisher (in another file, or a body kept before it here) is not repeated.
- skipped: domains claimed by another registry file of the default ruleset ({', '.join(existing.files)}); local bodies on hosts those files already classify as government of the same owner by suffix (gov.uk, gouv.fr, gc.ca, admin.ch, ...: listing them would add nothing); hosts they classify otherwise (listed below); names that already name a publisher of another category.

Entries: {len(entries)} ({', '.join(f'{g} {n}' for g, n in sorted(groups.items()))}), {len(owners)} owners: {', '.join(f'{o} {n}' for o, n in sorted(owners.items()))}.
Name-only entries (no domain): {sum(1 for e in entries if not e['domains'])} ({', '.join(f'{g} {n}' for g, n in sorted(Counter(e['group'] for e in entries if not e['domains']).items()))}), {len({e['owner'] for e in entries if not e['domains']})} owners. Entries with aliases: {sum(1 for e in entries if e.get('aliases'))}.
Rows without a website: {stats['no website']}.

Skipped (counts, examples):"""
    for reason in sorted(skipped, key=lambda r: (-len(skipped[r]), r)):
        items = skipped[reason]
        text += f"\n- {reason}: {len(items)}; e.g. {examples(items, 8)}"
    text += "\n\nwould override (a host another registry file classifies otherwise; left out): "
    text += f"{len(overrides)}" + ("" if not overrides else "")
    for item in overrides:
        text += f"\n  - {item}"
    text += f"\n\nMore specific entries of other files under a domain listed here (they keep winning for their own hosts/paths): {len(more_specific)}"
    for item in more_specific:
        text += f"\n  - {item}"
    text += ("\n\nDoubtful: Wikidata's website (P856) is one current value; some are a body's page on its parent "
             "ministry's site. A row is evidence, not a guarantee: check before relying on a single entry.")
    return comment(text)



def canonical(text: str) -> str:
    """The registry's canonical form (`evidence-check rules fmt`), so a regenerated file passes
    the format test and its diff shows only what the data changed."""
    from evidence_check.ruleset.fmt import format_registry

    return format_registry(text)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--input", required=True, type=Path,
                        help="the govdirectory folder (with govdirectory_orgs.csv, LICENSE, SOURCE.md) or the CSV")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--license", type=Path, default=None, help="default: OUT with .LICENSE")
    args = parser.parse_args(argv)
    folder = args.input if args.input.is_dir() else args.input.parent
    csv_path = args.input / "govdirectory_orgs.csv" if args.input.is_dir() else args.input
    if not csv_path.exists():
        parser.error(f"--input: {csv_path} does not exist")
    licence_in = folder / "LICENSE"
    if not licence_in.exists():
        parser.error(f"--input: no LICENSE next to the CSV ({licence_in})")
    countries = country_codes()
    rows = read_rows(csv_path, countries)
    existing = load_existing()
    entries, skipped, stats, overrides, more_specific = build(rows, existing, countries)
    lines = header(entries, skipped, stats, overrides, more_specific, existing, source_commit(folder), rows)
    lines += ["", "publishers:"]
    for entry in entries:
        lines += entry_lines(entry)
    out = args.out
    out.write_text(canonical("\n".join(lines) + "\n"), encoding="utf-8")
    licence_out = args.license or out.with_suffix(".LICENSE")
    licence_out.write_text(
        "gov_bodies.yaml is derived from Govdirectory (https://www.govdirectory.org/), whose data is\n"
        "Wikidata (https://www.wikidata.org/), both dedicated to the public domain under CC0 1.0.\n"
        f"Source: GitHub govdirectory/website-cache, commit {source_commit(folder)}; query templates from\n"
        "govdirectory/website. Each entry's basis names its Wikidata item. Attribution is not required by\n"
        "CC0 but is given here. The CC0 1.0 text as shipped by govdirectory/website follows.\n\n"
        + licence_in.read_text(encoding="utf-8"), encoding="utf-8")
    groups = Counter(e["group"] for e in entries)
    print(f"wrote {out}: {len(entries)} entries ({dict(sorted(groups.items()))}; "
          f"name-only {sum(1 for e in entries if not e['domains'])}), "
          f"{len({e['owner'] for e in entries})} owners; would override: {len(overrides)}; "
          f"more specific below: {len(more_specific)}", file=sys.stderr)
    for reason, items in sorted(skipped.items()):
        print(f"  skipped {len(items):5d}  {reason}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
