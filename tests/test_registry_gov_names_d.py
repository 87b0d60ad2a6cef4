"""State bodies by the names citations give them, round d (rules/registry/gov_names_d.yaml):
hydrometeorological services, election bodies, audit offices, anti-corruption agencies, police and
border bodies, environment and disaster agencies, human-rights and women's bodies. Each name gives the
right class and owner; names two states share stay without an owner; lookalike hosts gain nothing;
titles that use the names keep their own publisher."""

import pytest
import yaml
from pathlib import Path


FILE = Path(__file__).resolve().parent.parent / "rules" / "registry" / "gov_names_d.yaml"


@pytest.fixture(scope="module")
def check(checker):
    return lambda text: checker.check(text).classification


@pytest.mark.parametrize("name, owner", [
    # hydrometeorology
    ("Roshydromet", "RUS"),
    ("Federal Service for Hydrometeorology and Environmental Monitoring", "RUS"),
    ("Serviciul Hidrometeorologic de Stat", "MDA"),      # matched the outlet press-stat before
    ("State Hydrometeorological Service of Moldova", "MDA"),
    ("LVĢMC", "LVA"),
    ("Latvijas Vides, ģeoloģijas un meteoroloģijas centrs", "LVA"),
    ("Lietuvos hidrometeorologijos tarnyba", "LTU"),
    ("Ilmateenistus", "EST"),
    ("Badan Meteorologi, Klimatologi, dan Geofisika", "IDN"),
    ("BMKG", "IDN"),
    ("Meteoroloji Genel Müdürlüğü", "TUR"),
    ("NAMEM", "MNG"),
    ("Direcção dos Serviços Meteorológicos e Geofísicos", "CHN"),
    ("Bangladesh Meteorological Department", "BGD"),
    # election bodies
    ("Państwowa Komisja Wyborcza", "POL"),
    ("Suruhanjaya Pilihan Raya Malaysia", "MYS"),
    # audit offices
    ("Állami Számvevőszék", "HUN"),
    ("Državna revizorska institucija", "SRB"),
    ("Државна ревизорска институција", "SRB"),
    ("Tribunal de Contas da União", "BRA"),
    ("Badan Pemeriksa Keuangan", "IDN"),
    ("Audit Board of the Republic of Indonesia", "IDN"),
    ("Office of the Auditor General of Kenya", "KEN"),
    # anti-corruption
    ("Komisi Pemberantasan Korupsi", "IDN"),
    ("Corruption Eradication Commission", "IDN"),
    ("Komisija za preprečevanje korupcije", "SVN"),
    ("Economic and Financial Crimes Commission", "NGA"),
    ("EFCC Nigeria", "NGA"),
    ("Independent Corrupt Practices and Other Related Offences Commission", "NGA"),
    ("Ethics and Anti-Corruption Commission", "KEN"),
    ("National Accountability Bureau", "PAK"),
    ("Central Vigilance Commission", "IND"),
    ("Anti-Corruption and Civil Rights Commission", "KOR"),
    ("Suruhanjaya Pencegahan Rasuah Malaysia", "MYS"),
    ("ანტიკორუფციული ბიურო", "GEO"),
    ("Consejo para la Transparencia", "CHL"),
    ("Povjerenstvo za odlučivanje o sukobu interesa", "HRV"),
    ("Agency for Prevention of Corruption (Montenegro)", "MNE"),
    ("State Commission for Prevention of Corruption", "MKD"),
    ("Independent Authority Against Corruption (Mongolia)", "MNG"),
    ("Independent Commission Against Corruption (Hong Kong)", "CHN"),
    ("ICAC Hong Kong", "CHN"),                           # matched the cotton IGO before
    # police, border, migration
    ("Central Bureau of Investigation", "IND"),
    ("Kepolisian Negara Republik Indonesia", "IDN"),
    ("POLRI", "IDN"),
    ("Polis Diraja Malaysia", "MYS"),
    ("Державна прикордонна служба України", "UKR"),
    ("Bộ Công an", "VNM"),
    ("Hong Kong Police Force", "CHN"),
    ("Nigeria Immigration Service", "NGA"),
    ("Finansinių nusikaltimų tyrimo tarnyba", "LTU"),
    ("Migration Department (Lithuania)", "LTU"),
    ("Korean National Police Agency", "KOR"),
    ("Singapore Police Force", "SGP"),
    ("DSI Thailand", "THA"),
    ("NACC Thailand", "THA"),
    ("Office of the Ombudsman (Philippines)", "PHL"),
    ("Government Inspectorate of Vietnam", "VNM"),
    # environment, disaster management, human rights, women
    ("Department of Environment Malaysia", "MYS"),
    ("Centro Nacional de Prevención de Desastres", "MEX"),
    ("CENAPRED", "MEX"),
    ("NDMA India", "IND"),
    ("Türkiye İnsan Hakları ve Eşitlik Kurumu", "TUR"),
    ("Philippine Commission on Women", "PHL"),
    # names other files give (kept so a change elsewhere is seen)
    ("Office of the Auditor-General of Nigeria", "NGA"),
    ("Komisi Pemilihan Umum", "IDN"),
    ("Komnas HAM", "IDN"),
])
def test_names_give_the_owning_government(check, name, owner):
    c = check(name)
    assert (c.category, c.owner) == ("government", owner), (name, c.category, c.owner)


@pytest.mark.parametrize("name", [
    "KPK",                                   # Indonesia's and Slovenia's commissions
    "Agencija za sprečavanje korupcije",     # Montenegro's and Serbia's agencies
    "Independent Commission Against Corruption",  # Hong Kong, New South Wales, Mauritius
    "National Disaster Management Authority",     # India and Pakistan
    "Office of the Auditor General",
    "Office of the Ombudsman",
    "National Anti-Corruption Commission",
])
def test_shared_names_stay_without_owner(check, name):
    c = check(name)
    assert c.owner is None, (name, c.category, c.owner)
    assert c.category != "government", (name, c.category)


@pytest.mark.parametrize("url, owner", [
    ("https://www.asz.hu/en/en-eurosai/", "HUN"),
    ("https://dri.rs/eurosai", "SRB"),
    ("http://www.meteo.md/index.php/en/about-us/administration/", "MDA"),
    ("https://www.meteo.lt/", "LTU"),
    ("https://videscentrs.lvgmc.lv/", "LVA"),
    ("https://www.ilmateenistus.ee/", "EST"),
    ("https://www.smg.gov.mo/", "CHN"),
    ("https://www.antikorupcija.me/en/", "MNE"),
    ("https://dksk.mk/", "MKD"),
    ("https://www.kpk-rs.si/", "SVN"),
    ("https://vtek.lt/", "LTU"),
    ("https://www.sukobinteresa.hr/", "HRV"),
    ("https://www.consejotransparencia.cl/", "CHL"),
    ("https://www.iaac.mn/", "MNG"),
    ("https://www.icac.org.hk/en/", "CHN"),
    ("https://www.fntt.lt/lt/kontaktai/8", "LTU"),
])
def test_domains_give_the_owning_government(classify, url, owner):
    c = classify(url)
    assert (c.category, c.owner) == ("government", owner), (url, c.category, c.owner)


@pytest.mark.parametrize("url", [
    "https://fake-antikorupcija.me/",
    "https://asz.hu.evil.example/",
    "https://notdri.rs/",
    "https://meteo.md.example.com/",
    "https://mymeteo.lt/",
    "https://lvgmc.lv.example.org/",
    "https://icac.org.hk.evil.example/",
    "https://vtek.lt.example.com/",
])
def test_lookalikes_gain_nothing(classify, url):
    c = classify(url)
    assert c.category != "government", (url, c.category, c.owner)


@pytest.mark.parametrize("line, publisher", [
    ("Smith, J. (2020). \"Inside Nigeria's Economic and Financial Crimes Commission.\" The Guardian. "
     "https://www.theguardian.com/world/2020/inside-efcc", "press-guardian"),
    ("\"Indonesia weakens Corruption Eradication Commission\", Reuters, 17 September 2019.", "reuters"),
])
def test_titles_keep_their_publisher(checker, line, publisher):
    c = checker.check(line).classification
    got = c.publisher.id if c.publisher else None
    assert got == publisher, (line, c.category, got)


def test_minimum_counts():
    data = yaml.safe_load(FILE.read_text(encoding="utf-8"))
    pubs = data["publishers"]
    names = sum(1 + len(p.get("aliases") or []) for p in pubs)
    assert len(pubs) >= 55
    assert names >= 185
    assert len({p["owner"] for p in pubs}) >= 30
    assert sum(1 for p in pubs if p.get("domains")) >= 16
    assert all(p["category"] == "government" for p in pubs)
    assert all(p.get("owner") for p in pubs)
    assert all("-nd-" in p["id"] for p in pubs if not p.get("domains"))
    assert all("-nd-" not in p["id"] for p in pubs if p.get("domains"))
