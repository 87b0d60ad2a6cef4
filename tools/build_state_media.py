#!/usr/bin/env python3
"""Generate rules/registry/state_media.yaml from the State Media Matrix CSV.

    python tools/build_state_media.py --csv PATH [--license PATH] [--rules PATH] [--out PATH]

Input (--csv, required): the State Media Monitor "State Media Matrix" as
published by ASD-at-GMF/state-media-profiles (State_Media_Matrix.csv, Feb 2024,
commit d878fee1e0aecce9bd63a65ae826df84c6d80e59), MIT licence. --license is the
data's licence file (default: the CSV path with the suffix .LICENSE).
--rules (default: rules/default.yaml of this repository) names the other
registry files: their domains and ids are read so that nothing they claim is
claimed again, and their government domains are read for the audit below.
Output: one registry entry per outlet (category state_media), in the format of
rules/REGISTRY-FORMAT.md, plus a copy of the data's licence next to it.

Rules applied (and repeated in the output's top comment):
- An outlet is Country + Media company + Main assets + Typology; its rows are
  merged into one entry with every host the rows give.
- A domain is the URL's host, lower-cased, without a leading "www.". A
  "host/path" prefix is used only when the same host is also given for an
  outlet of another owner or typology and the path tells them apart.
- A host given for several outlets of the same owner and typology stays on the
  first of them (CSV order). A host given for outlets of different owners or
  typologies, without a path to separate them, goes on none; it is reported on
  stderr and listed in the top comment.
- A few hosts are known not to belong to the outlet the CSV names (see
  WRONG_HOSTS); they are left out and listed.
- A state-media entry never swallows a government institution's site (a
  parliament, a gazette, a ministry, a presidency, a state government): such
  hosts (GOVERNMENT_SITES) are left out, so the government entry keeps them;
  the outlet keeps only its own host where one is known (EXTRA_DOMAINS). Every
  domain that lies under a government domain of the other registry files must
  be reviewed: either it is a government site (GOVERNMENT_SITES) or the
  outlet's own host (GOV_MEDIA_HOSTS); anything else stops the build.
- Hosts that are a non-media institution's whole site (a state company, a
  university, an academy: NOT_MEDIA_HOSTS) are left out likewise.
- A domain or id another registry file already claims is skipped and listed.

The output is deterministic: same input, same bytes. Standard library + PyYAML.
"""

from __future__ import annotations

import argparse
import csv
import re
import shutil
import textwrap
import sys
import unicodedata
from collections import OrderedDict
from pathlib import Path
from urllib.parse import urlsplit

import yaml

# The C loader when PyYAML has it (same result, much faster on the big registry files).
FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

REPO = Path(__file__).resolve().parent.parent


def _canonical(text: str):
    """A registry file in the canonical form, read line by line (5x the C loader's speed, the same
    values: see evidence_check.ruleset.yamllines); None when the file is not in that form."""
    sys.path.insert(0, str(REPO / "src"))
    from evidence_check.ruleset.yamllines import read_canonical

    return read_canonical(text)

DEFAULT_RULES = REPO / "rules" / "default.yaml"
DEFAULT_OUT = REPO / "rules" / "registry" / "state_media.yaml"

SOURCE = 'State Media Monitor "State Media Matrix" (ASD-at-GMF/state-media-profiles, Feb 2024)'

# The CSV's country names -> ISO 3166-1 alpha-3. Explicit on purpose: an
# unknown name stops the build instead of being guessed.
ALPHA3 = {
    "Afghanistan": "AFG", "Albania": "ALB", "Algeria": "DZA", "Angola": "AGO",
    "Argentina": "ARG", "Armenia": "ARM", "Australia": "AUS", "Austria": "AUT",
    "Azerbaijan": "AZE", "Bahrain": "BHR", "Bangladesh": "BGD", "Belarus": "BLR",
    "Belgium": "BEL", "Benin": "BEN", "Bhutan": "BTN", "Bolivia": "BOL",
    "Bosnia and Herzegovina": "BIH", "Botswana": "BWA", "Brazil": "BRA",
    "Brunei": "BRN", "Bulgaria": "BGR", "Burkina Faso": "BFA", "Burundi": "BDI",
    "Cambodia": "KHM", "Cameroon": "CMR", "Canada": "CAN",
    "Central African Republic": "CAF", "Chad": "TCD", "Chile": "CHL",
    "China": "CHN", "Colombia": "COL", "Congo": "COG", "Costa Rica": "CRI",
    "Croatia": "HRV", "Cuba": "CUB", "Cyprus": "CYP", "Czechia": "CZE",
    "Côte d'Ivoire": "CIV", "DR Congo": "COD", "Denmark": "DNK",
    "Djibouti": "DJI", "Dominican Republic": "DOM", "Ecuador": "ECU",
    "Egypt": "EGY", "El Salvador": "SLV", "Eritrea": "ERI", "Estonia": "EST",
    "Ethiopia": "ETH", "Finland": "FIN", "France": "FRA", "Gabon": "GAB",
    "Georgia": "GEO", "Germany": "DEU", "Ghana": "GHA", "Greece": "GRC",
    "Guatemala": "GTM", "Haiti": "HTI", "Honduras": "HND", "Hong Kong": "CHN",
    "Hungary": "HUN", "Iceland": "ISL", "India": "IND", "Indonesia": "IDN",
    "Iran": "IRN", "Iraq": "IRQ", "Ireland": "IRL", "Israel": "ISR",
    "Italy": "ITA", "Jamaica": "JAM", "Japan": "JPN", "Jordan": "JOR",
    "Kazakhstan": "KAZ", "Kenya": "KEN", "Kuwait": "KWT", "Laos": "LAO",
    "Latvia": "LVA", "Lebanon": "LBN", "Lesotho": "LSO", "Liberia": "LBR",
    "Libya": "LBY", "Liechtenstein": "LIE", "Lithuania": "LTU", "Macao": "CHN",
    "Madagascar": "MDG", "Malawi": "MWI", "Malaysia": "MYS", "Malta": "MLT",
    "Mauritania": "MRT", "Mexico": "MEX", "Moldova": "MDA", "Mongolia": "MNG",
    "Montenegro": "MNE", "Morocco": "MAR", "Mozambique": "MOZ", "Myanmar": "MMR",
    "Namibia": "NAM", "Nepal": "NPL", "Netherlands": "NLD", "New Zealand": "NZL",
    "Nicaragua": "NIC", "Niger": "NER", "Nigeria": "NGA", "North Korea": "PRK",
    "North Macedonia": "MKD", "Norway": "NOR", "Oman": "OMN", "Pakistan": "PAK",
    "Palestine territories": "PSE", "Panama": "PAN", "Paraguay": "PRY",
    "Peru": "PER", "Philippines": "PHL", "Poland": "POL", "Portugal": "PRT",
    "Qatar": "QAT", "Romania": "ROU", "Russia": "RUS", "Rwanda": "RWA",
    "Saudi Arabia": "SAU", "Senegal": "SEN", "Serbia": "SRB", "Singapore": "SGP",
    "Slovakia": "SVK", "Slovenia": "SVN", "Somalia": "SOM", "South Africa": "ZAF",
    "South Korea": "KOR", "South Sudan": "SSD", "Spain": "ESP", "Sri Lanka": "LKA",
    "Sudan": "SDN", "Sweden": "SWE", "Switzerland": "CHE", "Syria": "SYR",
    "Taiwan": "TWN", "Tajikistan": "TJK", "Tanzania": "TZA", "Thailand": "THA",
    "The Gambia": "GMB", "Togo": "TGO", "Tunisia": "TUN", "Turkey": "TUR",
    "Turkmenistan": "TKM", "UAE": "ARE", "Uganda": "UGA", "Ukraine": "UKR",
    "United Kingdom": "GBR", "United States of America": "USA", "Uruguay": "URY",
    "Uzbekistan": "UZB", "Vatican City": "VAT", "Venezuela": "VEN",
    "Vietnam": "VNM", "Yemen": "YEM", "Zambia": "ZMB", "Zimbabwe": "ZWE",
}

# Country values that name no state: the rows are left out, with the reason.
NOT_A_STATE = {
    "Europen Union": "the European Union is not a state and has no ISO 3166-1 alpha-3 code",
}

# Hosts the CSV gives for an outlet they do not belong to. Left out, with why.
WRONG_HOSTS = {
    "kcnawatch.org": "KCNA Watch is a monitoring service of the private NK News "
                     "(Korea Risk Group) that re-hosts North Korean media; it is "
                     "not Korean Central Television's site",
    "exame.com": "exame.com is the Brazilian business magazine Exame, not the "
                 "Angolan Exame of Medianova",
}

# Item 7 of the project's audit: a state-media entry never swallows a
# government institution's site. The CSV gives these hosts for an outlet, but
# the host is the site of a parliament, a gazette, a ministry, a presidency or a
# state government (the outlet is one of its units, or the row is wrong). They
# are left out: the government entry (or, where no registry file lists the
# institution yet, nobody) keeps the host; the outlet keeps only its own host
# where one is known (EXTRA_DOMAINS). host -> what the host is.
GOVERNMENT_SITES = {
    "asamblea.gob.sv": "the Legislative Assembly of El Salvador's site (its laws, decrees and "
                       "votes); Televisión Legislativa and Radio Legislativa are units of it",
    "congreso.gob.gt": "the Congress of the Republic of Guatemala's site; Canal 9 del Congreso "
                       "is the Congress's channel and has no host of its own in the data",
    "congresonacional.hn": "the National Congress of Honduras's site; its channel has no host of "
                           "its own in the data (governments.yaml does not list this host yet)",
    "diariooficial.gob.sv": "the Diario Oficial, El Salvador's official gazette, not the "
                            "newspaper Diario El Salvador (whose own site diarioelsalvador.com "
                            "is listed instead)",
    "ffaa.mil.hn": "the Armed Forces of Honduras's site, a state body, not only its TV "
                   "channel (governments.yaml does not list mil.hn yet)",
    "gcis.gov.za": "the site of the Government Communication and Information System, a "
                   "South African government department; its outlets keep their own hosts "
                   "(sanews.gov.za, vukuzenzele.gov.za)",
    "guatemala.gob.gt": "the Government of Guatemala's portal; Canal de Gobierno is a unit of "
                        "the Presidency's Secretariat for Social Communication "
                        "(statemediamonitor.com/2024/07/canal-de-gobierno) with no host of its "
                        "own in the data",
    "lagosstate.gov.ng": "the Lagos State Government's portal, not the state broadcaster's site",
    "media.gov.kw": "the Kuwait Ministry of Information's site, which also hosts the official "
                    "gazette Kuwait Al-Youm (kuwaitalyawm.media.gov.kw)",
    "ministerecommunication.gov.dz": "the Algerian Ministry of Communication's site (EPRS, "
                                     "Radio Algérienne, keeps its own site radioalgerie.dz)",
    "moi.gov.mm": "the Myanmar Ministry of Information's site, which carries the state "
                  "papers' e-paper editions among the ministry's own pages",
    "omaninfo.om": "the Oman Ministry of Information's site (its English pages carry the "
                   "Minister of Information's message; governments.yaml does not list it yet)",
    "plateaustate.gov.ng": "the Plateau State Government's portal, not the state broadcaster's site",
    "rada.gov.ua": "the Verkhovna Rada of Ukraine's site (rada.gov.ua/en); Rada TV is the "
                   "parliament's channel and has no host of its own in the data",
    "tarabastate.gov.ng": "the Taraba State Government's portal, not the state broadcaster's site",
}

# Hosts that are a non-media institution's whole site (a state company, a
# university, an autonomous academy) given for a channel it runs: the channel
# is not the site. Left out. host -> what the host is.
NOT_MEDIA_HOSTS = {
    "almg.org.gt": "the Academia de Lenguas Mayas de Guatemala's site (grammars, vocabularies); "
                   "the autonomous academy runs Canal 5 TV Maya, which is not the site",
    "pdvsa.com": "Petróleos de Venezuela (PDVSA), the state oil company: its corporate site, "
                 "not that of its TV channel or radio network",
    "socar.az": "SOCAR, the State Oil Company of Azerbaijan: its corporate site, not CBC's",
    "usac.edu.gt": "the Universidad de San Carlos de Guatemala's whole site (TV USAC is one "
                   "of its units; Radio Universidad keeps radiou.usac.edu.gt)",
}

# Reviewed: hosts that lie under a government domain of another registry file
# (gov.xx, gob.xx, go.xx, a parliament's domain...) but are the outlet's OWN
# host (a broadcaster, agency or paper with its own subdomain). The more
# specific state-media entry wins for that host only; the rest of the
# government domain stays government. A new host under a government domain
# that is in neither this set nor GOVERNMENT_SITES stops the build.
GOV_MEDIA_HOSTS = {
    "akp.gov.kh", "alwehda.gov.sy", "allindiaradio.gov.in", "betar.gov.bd", "btv.gov.bd",
    "canaldelcongreso.gob.mx", "certv.gob.do", "correodelorinoco.gob.ve", "dailynews.gov.bw",
    "dca.gob.gt", "ecos.inpi.gob.mx", "en.ata.gov.al", "ena.gov.et", "encuentro.gov.ar", "ethpress.gov.et",
    "ip.gov.py", "jamahir.alwehda.gov.sy", "jrtv.gov.jo", "kenyanews.go.ke", "kpl.gov.la",
    "kutlwano.gov.bw", "lana.gov.ly", "laradio.asambleanacional.gob.ec", "lena.gov.ls",
    "lnbs.gov.ls", "lntv.gov.la", "metbugat.gov.tm", "mrtv.gov.mm", "newsonair.gov.in", "newsonair.nic.in",
    "nna-leb.gov.lb",
    "nrcu.gov.ua", "omannews.gov.om", "paraguaytv.gov.py", "pelitabrunei.gov.bn",
    "petra.gov.jo", "pia.gov.ph", "pna.gov.ph", "prasarbharati.gov.in", "radio.gov.pk",
    "radioliban.gov.lb", "radionacional.gov.py", "radionepal.gov.np", "radionigeria.gov.ng",
    "radiosatun.prd.go.th", "radiotgw.gob.gt", "rnk.gov.kh", "rnv.gob.ve", "rtb.gov.bn",
    "rtm.gov.my", "rtvm.gov.ph", "sanews.gov.za", "sertv.gob.pa", "spa.gov.sa", "spr.gob.mx",
    "tbc.go.tz", "tdh.gov.tm", "tnh.gob.hn", "turkmentv.gov.tm", "tvk.gov.kh",
    "tvl.asambleanacional.gob.ec", "tvperu.gob.pe", "tvri.go.id", "ukurier.gov.ua",
    "von.gov.ng", "vtc.gov.vn", "vtv.gob.ve", "vukuzenzele.gov.za",
}

TYPOLOGIES = {"SC", "CaPu", "CaPr", "ISFM", "ISF", "ISM", "IP"}

# "News agency: Xinhua" -> ("Xinhua", kind). Longest first.
PREFIXES = [
    ("print media:", "newspaper"), ("news agency:", "news agency"),
    ("news portals:", "online"), ("television:", "broadcaster"),
    ("publishing:", None), ("online:", "online"), ("print:", "newspaper"),
    ("radio:", "broadcaster"),
]
BROADCAST_RE = re.compile(
    r"televi|télévi|radio|rádio|radyo|broadcast|rundfunk|omroep|fernseh|"
    r"\btv\b|\bfm\b|\btele\b|\btélé\b|\bchannel\b|\bcanal\b", re.I)
AGENCY_RE = re.compile(r"news agency|press agency|telegraph agency|\bagence\b|\bagencia\b|\bagência\b", re.I)
DOMAIN_LIKE_RE = re.compile(r"\.[a-z]{2,6}$", re.I)
PAPER_RE = re.compile(r"newspaper|\bdaily\b|\bgazet|\bdiario\b|\bjornal\b", re.I)


def fail(message: str) -> None:
    print(f"build_state_media: error: {message}", file=sys.stderr)
    raise SystemExit(2)


def clean_text(text: str) -> str:
    text = " ".join(text.split())
    text = text.rstrip("*").strip()
    # The CSV splits a few parenthesised lists over rows: "X (Y" / "Z)".
    if text.count("(") > text.count(")"):
        text += ")"
    while text.endswith(")") and text.count(")") > text.count("("):
        text = text[:-1].rstrip()
    return text


def split_prefix(asset: str) -> tuple[str, str | None]:
    low = asset.lower()
    for prefix, kind in PREFIXES:
        if low.startswith(prefix):
            return asset[len(prefix):].strip(), kind
    return asset, None


def derive_kind(asset: str, company: str) -> str | None:
    """The kind the Main assets column states, else the company's name when the
    asset is the company itself (e.g. "KCNA" of "Korean Central News Agency")."""
    name, kind = split_prefix(asset)
    if kind:
        return kind
    if DOMAIN_LIKE_RE.search(name):
        return None  # "Pravda-TV.ru" names a website, not a TV channel
    texts = [name]
    if name and name.casefold() in company.casefold():
        texts.append(company)
    for text in texts:
        if BROADCAST_RE.search(text):
            return "broadcaster"
        if AGENCY_RE.search(text):
            return "news agency"
        if PAPER_RE.search(text):
            return "newspaper"
    return None


def slug(text: str) -> str:
    text = re.sub(r"['\u2019]", "", text)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return text[:48].rstrip("-") or "outlet"


def parse_url(raw: str) -> tuple[str, str]:
    """'https://www.X.com/en/' -> ('x.com', '/en'). Host lower-case, no www."""
    raw = raw.strip()
    if not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", raw):
        raw = "http://" + raw
    parts = urlsplit(raw)
    host = (parts.hostname or "").rstrip(".").lower()
    if host.startswith("www."):
        host = host[4:]
    if not host or "." not in host:
        fail(f"no host in URL {raw!r}")
    path = re.sub(r"/{2,}", "/", parts.path).rstrip("/")
    if parts.query:
        path += "?" + parts.query
    return host, path


def covers(domain: str, host: str, path: str) -> bool:
    """Does registry domain `domain` match host+path (REGISTRY-FORMAT rules)?"""
    d_host, slash, d_path = domain.partition("/")
    if not (host == d_host or host.endswith("." + d_host)):
        return False
    if not slash:
        return True
    d_path = "/" + d_path
    return path == d_path or path.startswith(d_path + "/") or path.startswith(d_path + "?")


class Outlet:
    def __init__(self, number: int, country: str, owner: str, company: str, asset: str,
                 typology: str, uncertain: bool):
        self.number = number  # order of first appearance in the CSV
        self.country = country
        self.owner = owner
        self.company = company
        self.asset = asset
        self.typology = typology
        self.uncertain = uncertain
        self.rows: list[int] = []  # CSV line numbers
        self.urls: list[tuple[int, str, str]] = []  # (line, host, path)
        self.domains: list[str] = []
        name, _ = split_prefix(asset)
        self.name = name or company
        self.kind = derive_kind(asset, company) if asset else derive_kind(company, company)
        self.id = ""
        self.extra_why = ""  # why EXTRA_DOMAINS added hosts
        self.not_listed: list[tuple[str, str]] = []  # (host, why) for hosts left out

    @property
    def group(self) -> tuple[str, str]:
        return self.owner, self.typology


def read_rows(path: Path):
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        fail(f"cannot read {path}: {exc.strerror or exc}")
    with handle:
        reader = csv.DictReader(handle)
        need = {"Country", "Media company", "Main assets", "URL", "Typology"}
        missing = need - set(reader.fieldnames or ())
        if missing:
            fail(f"{path}: missing columns {sorted(missing)}")
        for row in reader:
            yield reader.line_num, row


def build(csv_path: Path):
    outlets: "OrderedDict[tuple, Outlet]" = OrderedDict()
    stats = {"rows": 0, "blank": 0, "with_url": 0, "not_a_state": []}
    for line, row in read_rows(csv_path):
        stats["rows"] += 1
        values = {k: (row.get(k) or "").strip() for k in
                  ("Country", "Media company", "Main assets", "URL", "Typology")}
        if not any(values.values()):
            stats["blank"] += 1
            continue
        country = values["Country"]
        url = values["URL"]
        if url:
            stats["with_url"] += 1
        if country in NOT_A_STATE:
            stats["not_a_state"].append((line, country, values["Media company"], url))
            continue
        if country not in ALPHA3:
            fail(f"{csv_path}:{line}: unknown country name {country!r}; add it to ALPHA3")
        code = values["Typology"]
        uncertain = code.endswith("?")
        typology = code.rstrip("?").strip()
        if typology not in TYPOLOGIES:
            fail(f"{csv_path}:{line}: unknown typology {code!r}")
        company = split_prefix(clean_text(values["Media company"]))[0]
        asset = clean_text(values["Main assets"])
        if not company and not asset:
            fail(f"{csv_path}:{line}: neither Media company nor Main assets")
        key = (country, company.casefold(), asset.casefold(), typology, uncertain)
        outlet = outlets.get(key)
        if outlet is None:
            outlet = outlets[key] = Outlet(len(outlets), country, ALPHA3[country],
                                           company, asset, typology, uncertain)
        outlet.rows.append(line)
        if url:
            host, path = parse_url(url)
            outlet.urls.append((line, host, path))
    return list(outlets.values()), stats


def assign_domains(outlets: list[Outlet]):
    """Decide every outlet's domains; return (conflicts, shared, wrong)."""
    # Who uses each host, and with which path.
    users: "OrderedDict[str, list[tuple[Outlet, str, int]]]" = OrderedDict()
    wrong = []
    for outlet in outlets:
        for line, host, path in outlet.urls:
            if host in WRONG_HOSTS or host in GOVERNMENT_SITES or host in NOT_MEDIA_HOSTS:
                wrong.append((line, host, outlet))
                continue
            users.setdefault(host, []).append((outlet, path, line))

    conflicts = []  # (domain, [outlets]) left on none
    shared = []  # (domain, kept_on, [others]) same owner+typology
    wanted: dict[str, list[Outlet]] = OrderedDict()  # domain -> outlets asking for it
    for host, uses in users.items():
        groups = {o.group for o, _, _ in uses}
        if len(groups) == 1:
            for outlet, _, _ in uses:
                wanted.setdefault(host, [])
                if outlet not in wanted[host]:
                    wanted[host].append(outlet)
            continue
        # Different owners/typologies on one host: separate by path where one is given.
        for outlet, path, _ in uses:
            domain = host + path if path else host
            wanted.setdefault(domain, [])
            if outlet not in wanted[domain]:
                wanted[domain].append(outlet)

    for domain, asking in wanted.items():
        groups = []
        for outlet in asking:
            if outlet.group not in groups:
                groups.append(outlet.group)
        if len(groups) > 1:
            conflicts.append((domain, asking))
            continue
        first = min(asking, key=lambda o: o.number)
        first.domains.append(domain)
        others = [o for o in asking if o is not first]
        if others:
            shared.append((domain, first, others))

    # Within one entry, drop a domain another of its domains already covers.
    for outlet in outlets:
        kept = []
        for domain in outlet.domains:
            host, _, path = domain.partition("/")
            path = "/" + path if path else ""
            if any(other != domain and covers(other, host, path) for other in outlet.domains):
                continue
            if domain not in kept:
                kept.append(domain)
        outlet.domains = sorted(kept)
    return conflicts, shared, wrong


def assign_ids(outlets: list[Outlet]) -> None:
    used: set[str] = set()
    for outlet in sorted(outlets, key=lambda o: o.number):
        base = f"sm-{outlet.owner.lower()}-{slug(outlet.name)}"
        candidate = base
        if candidate in used and outlet.company and outlet.company != outlet.name:
            candidate = f"{base}-{slug(outlet.company)}"
        counter = 2
        while candidate in used:
            candidate = f"{base}-{counter}"
            counter += 1
        used.add(candidate)
        outlet.id = candidate


# Names that citations commonly use for the best-known outlets, which the
# matrix does not carry (it names the company and the asset). The guide itself
# writes "Xinhua News Agency" and "RIA Novosti".
EXTRA_ALIASES = {
    # Xinhua: 新华社/新華社 and the full 新华通讯社/新華通訊社 (Japanese Wikipedia "新華社",
    # Korean Wikipedia "신화통신사": also 신화사), its site 新华网/新華網 (Korean Wikipedia:
    # 신화망 = 新华网; kotobank "新華社": "新華網"), Russian "Синьхуа" (academic.ru "Синьхуа"),
    # French "agence Chine nouvelle" (French Wikipedia via graphsearch.epfl.ch).
    "sm-chn-xinhua": ["Xinhua News Agency", "New China News Agency", "Xinhuanet",
                      "新华社", "新華社", "新华通讯社", "新華通訊社", "新华网", "新華網",
                      "신화통신", "신화통신사", "신화사", "Синьхуа", "Агентство Синьхуа",
                      "Agence Chine nouvelle"],
    "sm-rus-ria-novosti": ["RIA", "RIA-Novosti",
                           # Russian: "РИА Новости", "РИА «Новости»" (gazeta.ru, souzveche.ru,
                           # 9 Dec 2013); its owner "МИА «Россия сегодня»" (Kremlin decree of
                           # 9 Dec 2013 as reported there); Japanese "ノーボスチ通信",
                           # "RIAノーボスチ" (srad.jp comment thread).
                           "РИА Новости", "РИА «Новости»", "МИА «Россия сегодня»",
                           "Международное информационное агентство «Россия сегодня»",
                           "ノーボスチ通信", "RIAノーボスチ"],
    "sm-rus-tass": ["TASS Russian News Agency", "ITAR-TASS",
                    # Russian "ТАСС", "ИТАР-ТАСС"; Japanese "タス通信" (Japanese Wikipedia
                    # "タス通信"); Chinese "塔斯社" (Chinese Wikipedia "朝鮮中央通訊社").
                    "ТАСС", "ИТАР-ТАСС", "タス通信", "塔斯社"],
    "sm-rus-rt-international": ["RT", "Russia Today"],
    "sm-rus-sputnik-international": ["Sputnik", "Sputnik News Agency"],
    # Rossiyskaya Gazeta: its Russian title (rg.ru, the matrix host). Not "РГ": in Russian
    # texts it abbreviates "рабочая группа" (working group) as often as the paper.
    "sm-rus-rossiyskaya-gazeta": ["Российская газета"],
    # People's Daily: 人民日报/人民日報 (Japanese Wikipedia and kotobank "人民日報"), Korean
    # 인민일보 (Korean Wikipedia), Russian "Жэньминь жибао" (Russian texts on Global Times).
    "sm-chn-peoples-daily-renmin-ribao": ["People's Daily", "Renmin Ribao",
                                          "人民日报", "人民日報", "인민일보", "Жэньминь жибао"],
    # CGTN: Chinese 中国国际电视台, also 中国环球电视网 (Chinese pages on CGTN, "中国国际电视台
    # (英文简称CGTN,中文别称中国环球电视网)").
    "sm-chn-china-global-television-network-cgtn": ["CGTN", "中国国际电视台", "中国环球电视网"],
    # CCTV: 中国中央电视台/中國中央電視台/中國中央電視臺, short 中央电视台 and 央视/央視
    # (English Wikipedia "China Central Television", Chinese names box); Japanese
    # 中国中央電視台 (Japanese Wikipedia "新華社").
    "sm-chn-china-central-television-cctv": ["中国中央电视台", "中國中央電視台", "中國中央電視臺",
                                             "中央电视台", "中央電視台", "央视", "央視",
                                             "中国中央電視台"],
    # China Radio International: 中国国际广播电台/中國國際廣播電台 (English Wikipedia "China
    # Radio International", names box; allchina.cn), Japanese 中国国際放送(局) (Japanese
    # Wikipedia "チャイナデイリー" links 中国国際放送).
    "sm-chn-china-radio-international-cri": ["中国国际广播电台", "中國國際廣播電台", "中国国際放送局",
                                             "中国国際放送"],
    # China Daily: 中国日报/中國日報; Japanese チャイナデイリー (Japanese Wikipedia
    # "チャイナデイリー", names box).
    "sm-chn-china-daily-zhongguo-qingnian-bao": ["中国日报", "中國日報", "チャイナデイリー",
                                                 "チャイナ・デイリー"],
    # Global Times: 环球时报/環球時報, its Chinese edition (Japanese Wikipedia "環球時報": the
    # English edition is the Global Times, sites huanqiu.com and globaltimes.cn).
    "sm-chn-global-times": ["环球时报", "環球時報"],
    # NHK (matrix typology CaPu): 日本放送協会 (its legal name) and its international service.
    "sm-jpn-nhk": ["日本放送協会", "Nippon Hoso Kyokai", "NHK World", "NHK World-Japan"],
    # KCNA: Korean 조선중앙통신(사), Japanese 朝鮮中央通信 (Japanese Wikipedia, Korean
    # Wikipedia "조선중앙통신사"), Chinese 朝鮮中央通訊社/朝鲜中央通讯社, short 朝中社
    # (Chinese Wikipedia "朝鮮中央通訊社").
    "sm-prk-kcna": ["조선중앙통신", "조선중앙통신사", "朝鮮中央通信", "朝鮮中央通信社",
                    "朝鮮中央通訊社", "朝鲜中央通讯社", "朝中社"],
    # Naenara: 내나라 (VOA Korean, 14 Jul 2008), Japanese ネナラ (pages on the portal).
    "sm-prk-naenara": ["내나라", "ネナラ"],
    # Al Jazeera: Arabic قناة الجزيرة (Arabic Wikipedia title) and شبكة الجزيرة الإعلامية (the
    # network, al-sharq.com), Japanese アルジャジーラ (Japanese Wikipedia; kotobank), Russian
    # "Аль-Джазира"; "AlJazeera" as citations glue it. Not the bare "الجزيرة": it is the
    # Arabic word for island/peninsula and the title of a Saudi daily (Japanese Wikipedia
    # "アルジャジーラ" notes the namesakes).
    "sm-qat-al-jazeera": ["Al Jazeera English", "Al Jazeera Media Network",
                          "قناة الجزيرة", "شبكة الجزيرة", "شبكة الجزيرة الإعلامية",
                          "アルジャジーラ", "アル・ジャジーラ", "Аль-Джазира", "AlJazeera"],
    "sm-sau-space-tv": ["SPA", "SPAce TV",
                        # Arabic name and acronym (sana.sy, 28 Sep 2025: "وكالة الأنباء السعودية «واس»").
                        "وكالة الأنباء السعودية", "واس"],
    # SANA: الوكالة العربية السورية للأنباء (سانا) (sana.sy; Wikipedia "Syrian Arab News Agency").
    "sm-syr-sana": ["الوكالة العربية السورية للأنباء", "سانا"],
    # KUNA: وكالة الأنباء الكويتية (كونا) (decree of 6 Oct 1976 as quoted by M. al-Bukhari).
    "sm-kwt-kuna": ["وكالة الأنباء الكويتية", "كونا"],
    # Press TV as citations glue it.
    "sm-irn-press-tv": ["PressTV"],
    # IRNA: ایرنا, خبرگزاری جمهوری اسلامی (ایران) (pr.irna.ir; boorjal.com "در مورد ایرنا").
    "sm-irn-irna": ["ایرنا", "خبرگزاری جمهوری اسلامی", "خبرگزاری جمهوری اسلامی ایران"],
    # Anadolu: Arabic وكالة الأناضول (aa.com.tr/ar, 6 Apr 2017; turkpress.co).
    "sm-tur-anadolu": ["وكالة الأناضول", "وكالة الأناضول للأنباء"],
    # Vietnam News Agency: Thông tấn xã Việt Nam (TTXVN), formerly Việt Nam Thông tấn xã
    # (vietnamplus.vn and vnanet.vn pages for its 75th/80th anniversary).
    "sm-vnm-vna": ["Thông tấn xã Việt Nam", "TTXVN", "Việt Nam Thông tấn xã"],
}
# Current or mirror domains of an outlet that the matrix lists under another
# host (it keeps one host per row): outlet id -> (domains, why).
EXTRA_DOMAINS = {
    "sm-aze-azertac": (["azertag.az"], "azertag.az is AZERTAC's current site (the matrix lists azertac.az)"),
    "sm-rus-sputnik-arabic": (["sarabic.ae"], "sarabic.ae is Sputnik Arabic's current domain "
                                              "(the matrix lists arabic.sputniknews.com)"),
    "sm-mmr-the-global-new-light-of-myanmar": (["gnlm.com.mm"], "gnlm.com.mm is the paper's current site"),
    "sm-vnm-vna": (["vietnamplus.vn"], "VietnamPlus (vietnamplus.vn) is the Vietnam News Agency's online newspaper"),
    "sm-ven-telesur-english": (["telesurtv.net"], "telesurtv.net is teleSUR's Spanish-language site"),
    "sm-jpn-nhk": (["nhk.or.jp"], "nhk.or.jp is NHK's own domain (the matrix lists its www3 host)"),
    "sm-kor-yonhap-news-agency": (["yna.co.kr"], "yna.co.kr is Yonhap's current site (the matrix lists "
                                                 "yonhapnews.co.kr)"),
    # Own hosts of outlets whose CSV host is a government site (GOVERNMENT_SITES).
    "sm-dza-eprs": (["radioalgerie.dz"], "radioalgerie.dz is Radio Algérienne's own site (the matrix "
                                         "lists the Ministry of Communication's site)"),
    "sm-slv-diario-el-salvador": (["diarioelsalvador.com"], "diarioelsalvador.com is the newspaper's own "
                                                            "site (the matrix lists diariooficial.gob.sv, "
                                                            "the official gazette)"),
}
# Where the matrix's asset name is not the outlet a citation names: id -> (name, kind, why).
NAMES = {
    "sm-chn-china-daily-zhongguo-qingnian-bao": (
        "China Daily", "newspaper", "the matrix row's name adds \"Zhōngguó Qīngnián Bào\", which is China "
                                    "Youth Daily's (cyol.com, its own row), not China Daily's (中国日报)"),
    "sm-sau-space-tv": ("Saudi Press Agency", "news agency", "spa.gov.sa is the Saudi Press Agency's site; "
                                                             "the matrix row names its SPAce TV asset"),
}
_EXTRA_TAKEN = {name.casefold() for names in EXTRA_ALIASES.values() for name in names}


_BRACKETED = re.compile(r"^(?P<name>.*\S)\s*\((?P<short>[^()]{3,})\)$")
_GLUED = re.compile(r"(?<=[A-Za-z])(?=\d)")
OTHER_NAMES: dict[str, str] = {}  # folded names of the other registry files -> category (read in main)


def variants(name: str) -> list[str]:
    """How citations also write a matrix name: "Sveriges Television (SVT)" -> "Sveriges Television",
    "SVT"; "France24" -> "France 24"."""
    found = []
    match = _BRACKETED.match(name)
    if match:
        found.append(match.group("name"))
        # "(SVT)", "(Channel 30)" or "(Россия-1)" is a short name; "(Korean)", "(English)",
        # "(Chelyabinsk)" or "(Printing)" only says which edition, place or arm it is, and
        # as a name would match any text with that word in it.
        short = match.group("short")
        if not short.casefold().endswith("edition") and (
                sum(ch.isupper() for ch in short) >= 2 or any(ch.isdigit() for ch in short)
                or not short.isascii()):
            found.append(short)
    glued = _GLUED.sub(" ", name)
    if glued != name:
        found.append(glued)
    return found


OUTLET_NAMES: dict[str, set[tuple[str, str]]] = {}  # folded outlet names -> (outlet id, company) (set in main)


def names_another_outlet(name: str, outlet: Outlet) -> bool:
    """A company one of whose own outlets bears its name ("Islamic Republic News Agency (IRNA)" runs
    the agency IRNA and owns the newspaper Iran): the name is that outlet's, never an alias of the
    company's other outlets. Outlets of other companies that share a short name (Canada's CBC,
    Azerbaijan's CBC) do not count."""
    company = (outlet.company or "").casefold()
    return any(other != outlet.id and owner == company
               for variant in [name, *variants(name)] for other, owner in OUTLET_NAMES.get(_fold(variant), ()))


def aliases_of(outlet: Outlet, ambiguous: set[str]) -> list[str]:
    extra = [a for a in EXTRA_ALIASES.get(outlet.id, []) if a.casefold() != outlet.name.casefold()]
    company = outlet.company
    found = list(extra)
    if company and company.casefold() != outlet.name.casefold() and company.casefold() not in ambiguous \
            and company.casefold() not in _EXTRA_TAKEN and not names_another_outlet(company, outlet):
        found.insert(0, company)
    for name in [outlet.name, *found]:
        for variant in variants(name):
            if variant.casefold() in ambiguous or variant.casefold() in _EXTRA_TAKEN:
                continue
            other = OTHER_NAMES.get(_fold(variant))
            if other is not None and other != "state_media":
                continue  # another file's publisher bears the name
            if len(_fold(variant)) < 3 or _fold(variant) in {_fold(outlet.name), *map(_fold, found)}:
                continue
            found.append(variant)
    return found


def _fold(name: str) -> str:
    from evidence_check.names import fold

    return fold(name)


def find_ambiguous_aliases(outlets: list[Outlet]) -> set[str]:
    """Company names used by outlets of different owners or typologies: as a
    name they would point at one of them arbitrarily, so they are not aliases."""
    seen: dict[str, set] = {}
    for outlet in outlets:
        if outlet.company:
            seen.setdefault(outlet.company.casefold(), set()).add(outlet.group)
    return {name for name, groups in seen.items() if len(groups) > 1}


# ---- YAML writing ---------------------------------------------------------

PLAIN_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 ._/()'&+-]*$")


def scalar(text: str, flow: bool = False) -> str:
    if PLAIN_RE.match(text) and not text.endswith(" ") and " -" not in text:
        try:
            if yaml.safe_load(text) == text:
                return text
        except yaml.YAMLError:
            pass
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def flow_list(items: list[str]) -> str:
    return "[" + ", ".join(scalar(item, flow=True) for item in items) + "]"


def entry_yaml(outlet: Outlet, ambiguous: set[str]) -> tuple[str, dict]:
    basis = (f"{SOURCE}: {outlet.company or outlet.name}, {outlet.country}, typology "
             f"{outlet.typology}{'?' if outlet.uncertain else ''}.")
    if outlet.id in NAMES:
        outlet.name, outlet.kind, why_name = NAMES[outlet.id]
        basis += f" Named by hand: {why_name}."
    if outlet.extra_why:
        basis += f" Added by hand: {outlet.extra_why}."
    other = OTHER_NAMES.get(_fold(outlet.name))
    if other is not None and other != "state_media" and outlet.country.casefold() not in outlet.name.casefold():
        # "NBC" is Namibia's here and the US network's in a press file: the matrix name, with its
        # country, so that the bare name is the other file's (citations mean that one)
        basis += f" Named with its country: {outlet.name} alone is another registry entry's name."
        outlet.name = f"{outlet.name} ({outlet.country})"
    for host, why in outlet.not_listed:
        basis += f" Not listed: {host}, {why}."
    data = {"id": outlet.id, "name": outlet.name}
    aliases = aliases_of(outlet, ambiguous)
    if aliases:
        data["aliases"] = aliases
    data.update({"category": "state_media", "owner": outlet.owner, "domains": outlet.domains,
                 "basis": basis})
    if outlet.kind:
        data["kind"] = outlet.kind
    data["typology"] = outlet.typology
    if outlet.uncertain:
        data["typology_uncertain"] = True
    lines = [f"  - id: {outlet.id}", f"    name: {scalar(outlet.name)}"]
    if aliases:
        lines.append(f"    aliases: {flow_list(aliases)}")
    lines += [
        "    category: state_media",
        f"    owner: {outlet.owner}",
        f"    domains: {flow_list(outlet.domains)}",
        "    basis: >-",
        f"      {basis}",
    ]
    if outlet.kind:
        lines.append(f"    kind: {outlet.kind}")
    lines.append(f"    typology: {outlet.typology}")
    if outlet.uncertain:
        lines.append("    typology_uncertain: true")
    return "\n".join(lines) + "\n", data


def comment(text: str) -> list[str]:
    return ["#" if not line.strip() else "# " + line.rstrip() for line in text.splitlines()]


def wrap(text: str) -> list[str]:
    return ["#   " + line if i == 0 else "#     " + line
            for i, line in enumerate(textwrap.wrap(text, width=84, break_long_words=False,
                                                   break_on_hyphens=False))]


def describe(outlet: Outlet) -> str:
    return f"{outlet.id} ({outlet.owner} {outlet.typology})"


def apply_extras(outlets: list[Outlet]) -> None:
    """Add EXTRA_DOMAINS to their outlets; note on each outlet the CSV hosts left out."""
    by_id = {o.id: o for o in outlets}
    for outlet_id in EXTRA_DOMAINS:
        if outlet_id not in by_id:
            fail(f"EXTRA_DOMAINS names {outlet_id!r}, which the data does not produce")
    for outlet in outlets:
        extra, why = EXTRA_DOMAINS.get(outlet.id, ([], ""))
        if extra:
            outlet.domains = [*outlet.domains, *(d for d in extra if d not in outlet.domains)]
            outlet.extra_why = why


def left_out_reason(host: str) -> tuple[str, str]:
    """(kind, why) for a host the build leaves out on purpose."""
    if host in GOVERNMENT_SITES:
        return "government", GOVERNMENT_SITES[host]
    if host in NOT_MEDIA_HOSTS:
        return "institution", NOT_MEDIA_HOSTS[host]
    return "wrong", WRONG_HOSTS[host]


def read_registry(rules_path: Path, out_path: Path):
    """The other registry files of the ruleset: domain -> (file, id, category, owner)
    and id -> file. The file the output replaces (same path, or same file name when
    --out points elsewhere) is not read."""
    try:
        rules = yaml.safe_load(rules_path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        fail(f"cannot read ruleset {rules_path}: {exc}")
    files = rules.get("registry") if isinstance(rules, dict) else None
    if not isinstance(files, list):
        fail(f"{rules_path}: no 'registry:' list")
    domains: dict[str, tuple[str, str, str, str | None]] = {}
    ids: dict[str, str] = {}
    out_resolved = out_path.resolve()
    for rel in files:
        path = rules_path.parent / rel
        if path.resolve() == out_resolved or path.name == out_path.name:
            continue
        try:
            text = path.read_text(encoding="utf-8")
            data = _canonical(text) or yaml.load(text, Loader=FAST_LOADER) or {}
        except (OSError, yaml.YAMLError) as exc:
            fail(f"cannot read registry file {path}: {exc}")
        for entry in data.get("publishers") or []:
            pid = str(entry.get("id"))
            ids.setdefault(pid, rel)
            for name in (entry.get("name"), *(entry.get("aliases") or [])):
                if isinstance(name, str):
                    OTHER_NAMES.setdefault(_fold(name), entry.get("category"))
            for domain in entry.get("domains") or []:
                domains.setdefault(str(domain).lower(), (rel, pid, entry.get("category"),
                                                         entry.get("owner")))
    return domains, ids


def government_cover(domain: str, gov: dict) -> tuple[str, tuple] | None:
    """The most specific government domain of the other files that covers `domain`
    (a host suffix on label boundaries, or a host/path prefix)."""
    host, _, path = domain.partition("/")
    path = "/" + path if path else ""
    suffix = host
    while suffix:
        # At one host, a path entry is more specific than the bare host.
        for g in sorted((g for g in gov.get(suffix, ()) if "/" in g), key=len, reverse=True):
            if covers(g, host, path):
                return g, gov[suffix][g]
        if suffix in gov.get(suffix, {}):
            return suffix, gov[suffix][suffix]
        suffix = suffix.partition(".")[2]
    return None


def index_government(other_domains: dict) -> dict:
    """government domains of the other files, indexed by host: host -> {domain: info}."""
    gov: dict[str, dict[str, tuple]] = {}
    for d, (rel, pid, category, owner) in other_domains.items():
        if category == "government":
            gov.setdefault(d.partition("/")[0], {})[d] = (rel, pid, owner)
    return gov



def canonical(text: str) -> str:
    """The registry's canonical form (`evidence-check rules fmt`), so a regenerated file passes
    the format test and its diff shows only what the data changed."""
    from evidence_check.ruleset.fmt import format_registry

    return format_registry(text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csv", type=Path, required=True,
                        help="the State Media Matrix CSV (State_Media_Matrix.csv of "
                             "ASD-at-GMF/state-media-profiles); required")
    parser.add_argument("--license", type=Path, default=None,
                        help="the data's licence file (default: the CSV path with .LICENSE)")
    parser.add_argument("--rules", type=Path, default=DEFAULT_RULES,
                        help="the ruleset whose other registry files are read (default: "
                             "rules/default.yaml of this repository)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT,
                        help="output YAML (default: rules/registry/state_media.yaml)")
    args = parser.parse_args(argv)

    csv_path = args.csv
    license_path = args.license or csv_path.with_suffix(".LICENSE")
    try:
        license_text = license_path.read_text(encoding="utf-8")
    except OSError as exc:
        fail(f"cannot read licence {license_path}: {exc.strerror or exc}")

    outlets, stats = build(csv_path)
    conflicts, shared, wrong = assign_domains(outlets)
    assign_ids(outlets)
    ambiguous = find_ambiguous_aliases(outlets)
    apply_extras(outlets)
    for outlet in outlets:
        for name in [NAMES[outlet.id][0] if outlet.id in NAMES else outlet.name, *variants(outlet.name)]:
            OUTLET_NAMES.setdefault(_fold(name), set()).add((outlet.id, (outlet.company or "").casefold()))
    for line, host, outlet in wrong:
        why = left_out_reason(host)[1]
        if (host, why) not in outlet.not_listed:
            outlet.not_listed.append((host, why))

    # Nothing another registry file claims is claimed again (domains, ids).
    other_domains, other_ids = read_registry(args.rules, args.out)
    for outlet in outlets:
        if outlet.id in other_ids:
            fail(f"id {outlet.id} is already used in {other_ids[outlet.id]}")
    claimed = []  # (domain, outlet, file, other id)
    for outlet in outlets:
        keep = []
        for domain in outlet.domains:
            if domain in other_domains:
                rel, pid, _, _ = other_domains[domain]
                claimed.append((domain, outlet, rel, pid))
            else:
                keep.append(domain)
        outlet.domains = keep

    # Audit: no state-media domain may swallow a government site. Every domain
    # under a government domain must be a reviewed media host.
    gov = index_government(other_domains)
    under_gov = []  # (domain, outlet, gov domain, (file, id, owner))
    unreviewed = []
    for outlet in outlets:
        for domain in outlet.domains:
            found = government_cover(domain, gov)
            if not found:
                continue
            host = domain.partition("/")[0]
            if host not in GOV_MEDIA_HOSTS:
                unreviewed.append(f"{domain} ({outlet.id}) is under the government domain "
                                  f"{found[0]} of {found[1][1]}")
                continue
            if found[1][2] != outlet.owner:
                fail(f"{domain} ({outlet.id}, owner {outlet.owner}) lies under {found[0]}, a "
                     f"government domain of another owner ({found[1][2]})")
            under_gov.append((domain, outlet, found[0], found[1]))
    if unreviewed:
        fail("state-media domains under a government domain, not reviewed (add each to "
             "GOVERNMENT_SITES if it is the institution's site, or to GOV_MEDIA_HOSTS if it is "
             "the outlet's own host): " + "; ".join(unreviewed))
    written_hosts = {d.partition("/")[0] for o in outlets for d in o.domains}
    for host in sorted(GOV_MEDIA_HOSTS - written_hosts):
        print(f"build_state_media: note: reviewed host {host} is no longer written", file=sys.stderr)
    for host in sorted(GOV_MEDIA_HOSTS & written_hosts):
        if not government_cover(host, gov):
            print(f"build_state_media: note: reviewed host {host} is no longer under a "
                  f"government domain", file=sys.stderr)

    for domain, asking in conflicts:
        print(f"build_state_media: conflict: {domain} is given for outlets of different "
              f"owners/typologies, left on none: " + "; ".join(describe(o) for o in asking),
              file=sys.stderr)
    for line, host, outlet in wrong:
        print(f"build_state_media: left out: {host} (CSV line {line}, {outlet.id}): "
              f"{left_out_reason(host)[1]}", file=sys.stderr)
    for domain, outlet, rel, pid in claimed:
        print(f"build_state_media: skipped: {domain} ({outlet.id}) is claimed by {pid} in {rel}",
              file=sys.stderr)

    ordered = sorted(outlets, key=lambda o: (o.owner, o.name.casefold(), o.id))
    n_domains = sum(len(o.domains) for o in outlets)

    # Coverage: every CSV row with a URL is matched by some written domain.
    all_domains = [(d, o) for o in outlets for d in o.domains]
    uncovered = []
    for outlet in outlets:
        for line, host, path in outlet.urls:
            if not any(covers(d, host, path) for d, _ in all_domains):
                uncovered.append((line, host, outlet))

    not_a_state_urls = [x for x in stats["not_a_state"] if x[3]]
    n_uncovered = len(uncovered) + len(not_a_state_urls)

    # The hosts left out on purpose, grouped by kind: host -> (lines, outlet ids).
    left: dict[str, dict[str, tuple[list[int], list[str]]]] = {}
    for line, host, outlet in wrong:
        kind = left_out_reason(host)[0]
        lines, given = left.setdefault(kind, {}).setdefault(host, ([], []))
        lines.append(line)
        if outlet.id not in given:
            given.append(outlet.id)

    head = comment(license_text)
    head += [
        "#",
        "# Data: " + SOURCE + ",",
        "# https://github.com/ASD-at-GMF/state-media-profiles (State_Media_Matrix.csv,",
        "# commit d878fee1e0aecce9bd63a65ae826df84c6d80e59), seeded from the State Media",
        "# Monitor (Media and Journalism Research Center). Licence: the MIT notice above;",
        "# a copy is in state_media.LICENSE next to this file.",
        "#",
        "# GENERATED FILE - do not edit by hand. Regenerate with:",
        "#     python tools/build_state_media.py --csv <State_Media_Matrix.csv at that commit> \\",
        "#         --license <its MIT licence file>",
        "# To change an entry, change the generator (or add an entry in another file:",
        "# state_media_more.yaml holds hand-checked alternate domains of these outlets).",
        "#",
        "# How it is built: one entry per outlet (Country + Media company + Main assets +",
        "# Typology). owner = the Country column as ISO 3166-1 alpha-3. Hong Kong and",
        "# Macao outlets are owned by their Special Administrative Region governments,",
        "# which are sub-national governments of China: owner CHN (the basis names the",
        "# SAR). Taiwan keeps TWN, listed in countries.yaml as a non-UN entity.",
        "# typology = the CSV code; a trailing '?' becomes typology_uncertain: true.",
        "# domains = the URL hosts, lower case, without 'www.'; 'host/path' only where",
        "# a host is shared by outlets of different owners/typologies and the path",
        "# separates them. kind only where the Main assets column (or, for a",
        "# one-asset company, its name) says so. Entries whose rows have no URL have",
        "# domains: [] and can be found by name only. A host that is a government",
        "# institution's site is never a state-media domain (see the audit below).",
        "#",
        f"# Rows read: {stats['rows']} ({stats['blank']} blank); rows with URL: {stats['with_url']};",
        f"# entries: {len(outlets)}; domains: {n_domains}; conflicts: {len(conflicts)};",
        f"# rows with URL not covered by any domain here: {n_uncovered} (all listed below).",
        f"# Domains or ids already claimed by the other registry files of {args.rules.name}",
        f"# (read at generation time), skipped here: {len(claimed)}.",
    ]
    for domain, outlet, rel, pid in claimed:
        head += wrap(f"{domain} ({outlet.id}): claimed by {pid} in {rel}")
    if conflicts:
        head += ["#", "# Conflicts (one host, outlets of different owners or typologies, no path to",
                 "# separate them): the domain is on NO entry."]
        for domain, asking in conflicts:
            head += wrap(f"{domain}: " + "; ".join(describe(o) for o in asking))

    head += ["#", "# Audit (a state-media entry never swallows a government institution's site):",
             "# these CSV hosts are a parliament's, a gazette's, a ministry's, a presidency's or",
             "# a state government's site, so they are NOT state media here; the government",
             "# entry keeps them, and the outlet keeps only its own host where one is known."]
    for host, (lines, given) in sorted(left.get("government", {}).items()):
        found = government_cover(host, gov)
        if found:
            stays = f"stays government: {found[1][1]} ({found[1][2]}) via {found[0]}"
        else:
            stays = "no registry file lists it yet, so it is unlisted, not state media"
        head += wrap(f"{host} (CSV line{'s' if len(lines) > 1 else ''} "
                     f"{', '.join(map(str, lines))}; given for {', '.join(given)}): "
                     f"{GOVERNMENT_SITES[host]}; {stays}.")
    head += ["#", "# Kept after review: these domains lie under a government domain of another",
             "# registry file but are the outlet's own host (its own subdomain); the more",
             "# specific state-media entry wins for that host only, and the rest of the",
             "# government domain stays government (listed as domain < government domain):"]
    head += wrap(", ".join(f"{d} < {g}" for d, _, g, _ in sorted(under_gov, key=lambda x: x[0])))
    head += ["# Note: dca.gob.gt (Diario de Centro América) and ukurier.gov.ua (Uryadovy",
             "# Kuryer) are state newspapers that also print official acts; they are kept as",
             "# the newspapers' own hosts, as the matrix lists them."]

    if stats["not_a_state"] or wrong:
        head += ["#", "# Left out:"]
        for line, country, company, url in stats["not_a_state"]:
            head += wrap(f"CSV line {line}: {company} ({url or 'no URL'}) because the Country "
                         f"is {country!r}: {NOT_A_STATE[country]}.")
        for kind, intro in (("institution", "a non-media institution's whole site:"),
                            ("wrong", "not the outlet's site:")):
            for host, (lines, given) in sorted(left.get(kind, {}).items()):
                head += wrap(f"{host} (CSV line{'s' if len(lines) > 1 else ''} "
                             f"{', '.join(map(str, lines))}, given for {', '.join(given)}) "
                             f"because it is {intro} {left_out_reason(host)[1]}.")
    if uncovered or not_a_state_urls:
        head += ["#", "# CSV rows with a URL that no domain here covers (see above for why):"]
        rows = [(line, url) for line, _, _, url in not_a_state_urls]
        rows += [(line, host) for line, host, _ in uncovered]
        head += wrap(", ".join(f"line {line} {where}" for line, where in sorted(rows)))
    if shared:
        head += ["#", "# Hosts given for several outlets of the same owner and typology, kept on the",
                 "# first (CSV order):"]
        for domain, first, others in shared:
            head += wrap(f"{domain}: kept on {first.id}; also given for "
                         + ", ".join(o.id for o in others))
    if ambiguous:
        head += ["#", "# Company names not used as aliases because outlets of different owners or",
                 "# typologies share them:"]
        head += wrap("; ".join(sorted({o.company for o in outlets
                                       if o.company.casefold() in ambiguous})))
    head += ["#", ""]

    body = ["publishers:"]
    expected = []
    for outlet in ordered:
        text, data = entry_yaml(outlet, ambiguous)
        body.append(text.rstrip("\n"))
        body.append("")
        expected.append(data)
    output = "\n".join(head) + "\n" + "\n".join(body).rstrip("\n") + "\n"

    # The writer is hand-rolled for readability: prove it says what we meant.
    loaded = yaml.safe_load(output)
    if loaded != {"publishers": expected}:
        for got, want in zip(loaded["publishers"], expected):
            if got != want:
                fail(f"YAML round trip differs: {got!r} != {want!r}")
        fail("YAML round trip differs")
    ids = [o.id for o in outlets]
    if len(ids) != len(set(ids)):
        fail("duplicate ids")

    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(canonical(output), encoding="utf-8", newline="\n")
    license_out = args.out.with_suffix(".LICENSE")
    shutil.copyfile(license_path, license_out)

    covered = stats["with_url"] - n_uncovered
    print(f"rows read:        {stats['rows']} ({stats['blank']} blank, "
          f"{len(stats['not_a_state'])} not a state)")
    print(f"rows with URL:    {stats['with_url']} (covered: {covered}, "
          f"not covered: {stats['with_url'] - covered})")
    print(f"entries written:  {len(outlets)}")
    print(f"domains written:  {n_domains}")
    print(f"conflicts:        {len(conflicts)}")
    print(f"shared (same owner, kept on first): {len(shared)}")
    print(f"left out (government sites): {len(left.get('government', {}))} hosts; "
          f"(non-media institutions): {len(left.get('institution', {}))}; "
          f"(wrong host): {len(left.get('wrong', {}))}")
    print(f"kept under a government domain (reviewed): {len(under_gov)}")
    print(f"skipped (claimed by other registry files): {len(claimed)}")
    print(f"wrote {args.out} and {license_out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
