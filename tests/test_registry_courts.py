"""Courts and national law databases (rules/registry/courts.yaml).

Courts are not government under the default rules: a court's site is `unlisted` with a note that
it is a court, even when its host lies under a government suffix (the exact host wins as the
longer suffix). Official gazettes and law databases of a state are government of that state.
"""

import pytest

FILE = "registry/courts.yaml"
NOTE = "court: not a government report under these rules; the chair decides"
TRUSTED = ("government", "un", "reuters", "state_media", "ngo")


@pytest.fixture(scope="module")
def entries(rules):
    return [p for p in rules.index.publishers if p.origin.rpartition(":")[0].endswith(FILE)]


def test_counts(entries):
    courts = [p for p in entries if p.group == "courts"]
    legal = [p for p in entries if p.group == "legal"]
    assert len(courts) >= 120
    assert len(legal) >= 15
    assert len({p.country for p in courts}) >= 80


def test_shape(entries):
    for p in entries:
        if p.group == "courts":
            assert (p.category, p.owner, p.note) == ("unlisted", None, NOTE), p.id
            assert p.country and len(p.country) == 3, p.id
        else:
            assert (p.category, p.group) == ("government", "legal"), p.id
            assert p.owner and len(p.owner) == 3, p.id


@pytest.mark.parametrize("url, country", [
    # courts whose host lies under a government suffix: the exact host wins
    ("https://scotcourts.gov.uk/about-us/the-role-of-the-scottish-courts-and-tribunals-service", "GBR"),
    ("https://www.judiciary.gov.uk/publications/criminal-practice-directions/", "GBR"),
    ("http://www.supremecourt.gov.uk/decided-cases/index.html", "GBR"),
    ("https://www.supremecourt.uk/cases/judgments/uksc-2023-0126", "GBR"),
    ("https://www.supremecourt.gov/opinions/slipopinion/23", "USA"),
    ("https://www.uscourts.gov/forms-rules", "USA"),
    ("https://www.sci.gov.in/supremecourt/2018/28057/28057_2018_Judgement_24-Sep-2018.pdf", "IND"),
    ("http://supremecourtofindia.nic.in/", "IND"),
    ("https://www.court.gov.cn/shenpan/gengduo/77.html", "CHN"),
    ("https://www.hcourt.gov.au/", "AUS"),
    ("https://www.csjn.gov.ar/decisiones/acordadas", "ARG"),
    ("https://www.courts.go.jp/app/hanrei_jp/search1", "JPN"),
    ("https://www.scourt.go.kr/portal/main.jsp", "KOR"),
    ("https://www.ccourt.go.kr/", "KOR"),
    ("https://karararama.yargitay.gov.tr/", "TUR"),
    ("https://www.anayasa.gov.tr/", "TUR"),
    ("https://www.scjn.gob.mx/", "MEX"),
    ("https://putusan3.mahkamahagung.go.id/direktori.html", "IDN"),
    ("https://www.vfgh.gv.at/index.en.html", "AUT"),
    ("https://www.ogh.gv.at/", "AUT"),
    ("https://trybunal.gov.pl/", "POL"),
    ("https://orzeczenia.nsa.gov.pl/", "POL"),
    ("https://www.at.gov.lv/", "LVA"),
    ("https://www.satv.tiesa.gov.lv/cases/", "LVA"),
    ("https://supreme.court.gov.ua/", "UKR"),
    ("https://reyestr.court.gov.ua/", "UKR"),
    ("https://www.judiciary.go.ke/", "KEN"),
    ("https://supremecourt.gov.ng/court-jurisdiction", "NGA"),
    ("https://www.supremecourt.gov.pk/judgements/", "PAK"),
    ("https://www.corteconstitucional.gov.co/relatoria/2008/t-760-08.htm", "COL"),
    ("https://www.sccourt.gov.eg/", "EGY"),
    ("https://www.courtsofnz.govt.nz/judgments", "NZL"),
    ("https://www.judiciary.gov.sg/judgments/judgments-case-summaries", "SGP"),
    ("https://justice.public.lu/fr.html", "LUX"),
    # courts under their own domains
    ("https://www.bundesverfassungsgericht.de/", "DEU"),
    ("https://www.courdecassation.fr/", "FRA"),
    ("https://portal.stf.jus.br/", "BRA"),
    ("https://vsrf.ru/", "RUS"),
    ("https://www.bger.ch/", "CHE"),
    ("https://www.hogeraad.nl/", "NLD"),
])
def test_courts_are_unlisted(classify, url, country):
    result = classify(url)
    assert result.category == "unlisted", (url, result)
    assert result.owner is None
    assert result.publisher is not None and result.publisher.group == "courts", (url, result.publisher)
    assert result.publisher.country == country
    assert result.publisher.note == NOTE


@pytest.mark.parametrize("url", [
    # the government suffix still holds for everything that is not the court
    "https://www.gov.uk/government/organisations/hm-courts-and-tribunals-service",
    "https://www.mea.gov.in/",
    "https://bjsyfy.bjcourt.gov.cn/article/detail/2018/12/id/3606553.shtml",
    "https://www.mofa.go.jp/",
    "https://zakon.rada.gov.ua/laws",
])
def test_government_suffix_still_government(classify, url):
    assert classify(url).category == "government", url


@pytest.mark.parametrize("url, owner", [
    ("https://www.gesetze-im-internet.de/bgb/", "DEU"),
    ("https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:codice.civile:1942-03-16;262", "ITA"),
    ("https://diariodarepublica.pt/dr/legislacao-consolidada/lei/2006-34412975", "PRT"),
    ("http://www.dre.pt/sug/digesto/rgratis.asp", "PRT"),
    ("https://www.e-sbirka.cz/sb/2001/247", "CZE"),
    ("https://likumi.lv/", "LVA"),
    ("https://njt.hu/", "HUN"),
    ("https://www.pisrs.si/", "SVN"),
    ("https://www.pravno-informacioni-sistem.rs/", "SRB"),
    ("https://e-qanun.az/", "AZE"),
    ("https://legislation.mt/", "MLT"),
    ("https://www.gesetze.li/", "LIE"),
    ("https://legimonaco.mc/", "MCO"),
    ("https://www.et.gr/", "GRC"),
    ("https://legislatie.just.ro/Public/DetaliiDocument/44014", "ROU"),
    ("https://pravo.by/", "BLR"),
    ("https://www.legis.md/cautare/getResults?doc_id=113032&lang=ro", "MDA"),
])
def test_legal_databases_are_government(classify, url, owner):
    result = classify(url)
    assert (result.category, result.owner) == ("government", owner), (url, result)


@pytest.mark.parametrize("name, country", [
    ("Bundesverfassungsgericht", "DEU"), ("Scottish Courts and Tribunals Service", "GBR"),
    ("Supreme Court of India", "IND"), ("Supreme Court of the United States", "USA"),
    ("Corte Suprema de Justicia de la Nación", "ARG"), ("Yargıtay", "TUR"), ("Hoge Raad", "NLD"),
    ("Riigikohus", "EST"), ("Supremo Tribunal Federal", "BRA"), ("最高人民法院", "CHN"),
    ("Trybunał Konstytucyjny", "POL"), ("Verfassungsgerichtshof (Österreich)", "AUT"),
])
def test_court_names(classify, name, country):
    result = classify(name)
    assert result.category == "unlisted", (name, result)
    assert result.publisher is not None and result.publisher.country == country, (name, result.publisher)


@pytest.mark.parametrize("name, owner", [
    ("Gesetze im Internet", "DEU"), ("Normattiva", "ITA"), ("Diário da República (Portugal)", "PRT"),
    ("e-Sbírka", "CZE"), ("Nemzeti Jogszabálytár", "HUN"), ("LégiMonaco", "MCO"),
])
def test_legal_names(classify, name, owner):
    result = classify(name)
    assert (result.category, result.owner) == ("government", owner), (name, result)


@pytest.mark.parametrize("name", [
    # names several states' courts or gazettes bear must not be claimed by one entry
    "Supreme Court", "Constitutional Court", "Cour de cassation", "Conseil constitutionnel",
    "Conseil d'État", "Corte Suprema de Justicia", "Tribunal Constitucional", "Council of State",
    "Diário da República", "Supreme Court of Georgia", "Official Gazette", "Judiciary",
])
def test_generic_names_not_claimed(entries, name):
    names = {n.casefold() for p in entries for n in (p.name, *p.aliases)}
    assert name.casefold() not in names


@pytest.mark.parametrize("url", [
    "https://fake-scotcourts.gov.uk.evil.example/",
    "https://scotcourts.gov.uk.evil.example/",
    "https://notsupremecourt.gov/",
    "https://gesetze-im-internet.de.evil.example/",
    "https://fake-normattiva.it/",
    "https://normattiva.blogspot.com/",
    "https://courdecassation.wordpress.com/",
])
def test_lookalikes_gain_no_trusted_class(classify, url):
    result = classify(url)
    assert result.category not in TRUSTED or result.owner not in ("GBR", "DEU", "ITA", "FRA"), (url, result)
    assert result.publisher is None or not result.publisher.origin.rpartition(":")[0].endswith(FILE), (url, result.publisher)
