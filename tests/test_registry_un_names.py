"""UN bodies as people cite them (issue 12 item 3, issue 13 item 3): official names in
the UN languages and in Portuguese, German and Japanese, acronyms per language,
spelling variants, "UN"-prefixed and former names, and flagship publications given
in the publisher's place (rules/registry/un.yaml)."""

from pathlib import Path

import pytest
import yaml

from evidence_check import Checker
from evidence_check.names import fold

UN_YAML = Path(__file__).resolve().parents[1] / "rules" / "registry" / "un.yaml"


@pytest.fixture(scope="module")
def check(rules):
    checker = Checker(rules)
    return lambda text: checker.check(text).classification




@pytest.mark.parametrize("name, publisher", [
    # UNHCR in the six UN languages, Portuguese, German and Japanese, with its acronyms
    ("Haut Commissariat des Nations unies pour les réfugiés", "un-unhcr"),
    ("Haut-Commissariat des Nations Unies pour les réfugiés", "un-unhcr"),
    ("ACNUR", "un-unhcr"),
    ("HCR", "un-unhcr"),
    ("Alto Comisionado de las Naciones Unidas para los Refugiados", "un-unhcr"),
    ("Alto Comissariado das Nações Unidas para os Refugiados", "un-unhcr"),
    ("UN-Flüchtlingshilfswerk", "un-unhcr"),
    ("Управление Верховного комиссара ООН по делам беженцев", "un-unhcr"),
    ("УВКБ ООН", "un-unhcr"),
    ("المفوضية السامية للأمم المتحدة لشؤون اللاجئين", "un-unhcr"),
    ("联合国难民署", "un-unhcr"),
    ("国連難民高等弁務官事務所", "un-unhcr"),
    # acronyms in other languages
    ("OMS", "un-who"),
    ("ВОЗ", "un-who"),
    ("OIT", "un-ilo"),
    ("МОТ", "un-ilo"),
    ("ЮНИСЕФ", "un-unicef"),
    ("ユニセフ", "un-unicef"),
    ("ЮНЕСКО", "un-unesco"),
    ("МАГАТЭ", "un-iaea"),
    ("МВФ", "un-imf"),
    ("ПРООН", "un-undp"),
    ("ООН", "un"),
    ("CSNU", "un-sc"),
    # other languages, whole names
    ("Organisation mondiale de la santé", "un-who"),
    ("Weltgesundheitsorganisation", "un-who"),
    ("منظمة الصحة العالمية", "un-who"),
    ("世界卫生组织", "un-who"),
    ("世界保健機関", "un-who"),
    ("Organisation des Nations unies pour l'éducation, la science et la culture", "un-unesco"),
    ("联合国教育、科学及文化组织", "un-unesco"),
    ("Programa das Nações Unidas para o Desenvolvimento", "un-undp"),
    ("Всемирный банк", "un-worldbank"),
    ("世界银行", "un-worldbank"),
    ("Weltbank", "un-worldbank"),
    ("Organização das Nações Unidas", "un"),
    ("Vereinte Nationen", "un"),
    ("Организация Объединенных Наций", "un"),      # е for ё folds the same
    ("الأمم المتحدة", "un"),
    ("联合国", "un"),
    ("国際連合", "un"),
    ("Совет Безопасности ООН", "un-sc"),
    ("联合国安理会", "un-sc"),
    ("Генеральная Ассамблея ООН", "un-ga"),
    ("Secretario General de las Naciones Unidas", "un-eosg"),
    ("Mission d'administration intérimaire des Nations Unies au Kosovo", "un-unmik"),
    ("Misioni i Administratës së Përkohshme të Kombeve të Bashkuara në Kosovë", "un-unmik"),
    # British and American spellings
    ("World Health Organisation", "un-who"),
    ("World Tourism Organisation", "un-untourism"),
    ("International Labour Organisation", "un-ilo"),
    ("International Labour Office", "un-ilo"),
    ("Food and Agriculture Organisation of the United Nations", "un-fao"),
    ("United Nations Development Program", "un-undp"),
    ("World Food Program", "un-wfp"),
    ("World Trade Organisation", "un-wto"),
    # "UN", "U.N." and "United Nations" forms
    ("UN Department of Economic and Social Affairs", "un-desa"),
    ("U.N. Department of Economic and Social Affairs", "un-desa"),
    ("UN DESA", "un-desa"),
    ("U.N. Security Council", "un-sc"),
    ("UNSC", "un-sc"),
    ("UNGA", "un-ga"),
    ("UN General Assembly", "un-ga"),
    ("United Nations General Assembly", "un-ga"),
    ("UN Secretary-General", "un-eosg"),
    ("UN Secretary General", "un-eosg"),
    ("United Nations Secretary-General", "un-eosg"),
    ("Office of the Secretary-General", "un-eosg"),
    ("UN Office for the Coordination of Humanitarian Affairs", "un-ocha"),
    ("United Nations High Commissioner for Refugees", "un-unhcr"),
    # former names of renamed or merged bodies
    ("UNIFEM", "un-unwomen"),
    ("United Nations Development Fund for Women", "un-unwomen"),
    ("INSTRAW", "un-unwomen"),
    ("UNISDR", "un-undrr"),
    ("International Strategy for Disaster Reduction", "un-undrr"),
    ("UN Habitat", "un-unhabitat"),
    ("United Nations Centre for Human Settlements", "un-unhabitat"),
    ("UN Centre for Human Rights", "un-ohchr"),
    ("UN Commission on Human Rights", "un-hrc"),
    ("UN Department of Public Information", "un-dgc"),
    ("Department of Peacekeeping Operations", "un-dpo"),
    ("United Nations Fund for Population Activities", "un-unfpa"),
    ("Economic Commission for Asia and the Far East", "un-escap"),
    ("United Nations International Children's Emergency Fund", "un-unicef"),
    ("UNCJIN", "un-unodc"),
])
def test_names_in_many_languages(check, name, publisher):
    result = check(name)
    assert result.category == "un", name
    assert result.publisher is not None and result.publisher.id == publisher, (name, result.publisher)


@pytest.mark.parametrize("title, publisher", [
    ("World Drug Report", "un-unodc"),
    ("Global Report on Trafficking in Persons", "un-unodc"),
    ("Human Development Report", "un-undp"),
    ("The State of the World's Children", "un-unicef"),
    ("State of the World's Children", "un-unicef"),
    ("World Migration Report", "un-iom"),
    ("Global Trends: Forced Displacement", "un-unhcr"),
    ("World Population Prospects", "un-population-division"),
    ("World Economic Situation and Prospects", "un-desa"),
    ("The Sustainable Development Goals Report", "un-unsd"),
    ("Africa Renewal", "un-dgc"),
    ("UN Chronicle", "un-dgc"),
    ("World Health Statistics", "un-who"),
    ("World Malaria Report", "un-who"),
    ("The State of Food Security and Nutrition in the World", "un-fao"),
    ("SOFI Report", "un-fao"),
    ("World Employment and Social Outlook", "un-ilo"),
    ("Global Education Monitoring Report", "un-unesco"),
    ("World Investment Report", "un-unctad"),
    ("Emissions Gap Report", "un-unep"),
    ("Global Humanitarian Overview", "un-ocha"),
    ("World Economic Outlook", "un-imf"),
    ("Global Financial Stability Report", "un-imf"),
    ("World Development Report", "un-worldbank"),
    ("State of World Population", "un-unfpa"),
    ("World Cities Report", "un-unhabitat"),
])
def test_publications_name_their_publisher(check, title, publisher):
    result = check(title)
    assert result.category == "un", title
    assert result.publisher is not None and result.publisher.id == publisher, (title, result.publisher)


@pytest.mark.parametrize("line, publisher", [
    ("UNODC. World Drug Report 2023. Vienna: United Nations.", "un-unodc"),
    ("World Drug Report 2023. Vienna: United Nations Office on Drugs and Crime.", "un-unodc"),
    ("UNHCR (2023). Global Trends: Forced Displacement in 2022. Geneva.", "un-unhcr"),
    ("World Bank. World Development Report 2022: Finance for an Equitable Recovery. Washington, DC.",
     "un-worldbank"),
    ("IMF (2024). World Economic Outlook, April 2024. Washington, DC.", "un-imf"),
    ("FAO, IFAD, UNICEF, WFP and WHO. 2023. The State of Food Security and Nutrition in the World 2023. Rome.",
     "un-fao"),
    ("Управление Верховного комиссара ООН по делам беженцев. Доклад, 2023.", "un-unhcr"),
])
def test_bibliography_lines(check, line, publisher):
    result = check(line)
    assert result.category == "un", line
    assert result.publisher is not None and result.publisher.id == publisher, (line, result.publisher)


def test_generic_title_is_not_unhcr(check):
    # "Global Trends" alone is many publishers' title (e.g. the US National Intelligence Council's)
    result = check("Global Trends")
    assert result.publisher is None or result.publisher.id != "un-unhcr"


@pytest.mark.parametrize("url, publisher", [
    ("https://washdata.org/data/downloads", "un-jmp"),
    ("https://washdata.org/report/jmp-2025-wash-households", "un-jmp"),
    ("https://archive.doingbusiness.org/en/rankings", "un-worldbank"),
    ("https://www.doingbusiness.org/en/data/exploreeconomies/india", "un-worldbank"),
    ("https://openknowledge.worldbank.org/handle/10986/32436", "un-worldbank"),
    ("https://data.worldbank.org/indicator/NY.GDP.MKTP.CD", "un-worldbank"),
    ("https://www.imf.org/en/Publications/WEO", "un-imf"),
    ("https://www.untourism.int/", "un-untourism"),
    ("https://www.unwto.org/", "un-untourism"),
    ("https://unmik.unmissions.org/", "un-unmik"),
])
def test_domains(classify, url, publisher):
    result = classify(url)
    assert result.category == "un", url
    assert result.publisher is not None and result.publisher.id == publisher


@pytest.mark.parametrize("url", [
    "https://www.world-tourism.org/",            # the old UNWTO domain now hosts a tour site
    "https://fake-washdata.org/",
    "https://washdata.org.evil.example/",
    "https://notdoingbusiness.org/",
    "https://doingbusiness.org.evil.example/",
    "https://washdata.blogspot.com/",
    "https://worldbank.blogspot.com/",
])
def test_lookalikes_never_un(classify, url):
    assert classify(url).category != "un"


def test_no_short_aliases_and_no_clash():
    # No alias of two letters or fewer may be added (the existing "UN" excepted), and
    # within un.yaml no name may be given to two publishers.
    data = yaml.safe_load(UN_YAML.read_text(encoding="utf-8"))
    owners = {}
    for publisher in data["publishers"]:
        for alias in publisher.get("aliases") or []:
            key = fold(alias)
            if alias != "UN":
                assert len(key.replace(" ", "")) > 2, (publisher["id"], alias)
        for name in {fold(n) for n in [publisher["name"], *(publisher.get("aliases") or [])]}:
            assert owners.setdefault(name, publisher["id"]) == publisher["id"], (name, owners[name], publisher["id"])


def test_names_are_indexed_for_un(rules):
    # None of un.yaml's names is dropped as ambiguous (borne by a publisher of another category).
    data = yaml.safe_load(UN_YAML.read_text(encoding="utf-8"))
    names = {fold(n) for p in data["publishers"] for n in [p["name"], *(p.get("aliases") or [])]}
    dropped = sorted(names & rules.index.ambiguous)
    assert not dropped, dropped[:20]


def test_name_counts():
    data = yaml.safe_load(UN_YAML.read_text(encoding="utf-8"))
    aliases = [a for p in data["publishers"] for a in p.get("aliases") or []]
    assert len(aliases) >= 1500
    scripts = {
        "cyrillic": lambda s: any("\u0400" <= c <= "\u04ff" for c in s),
        "arabic": lambda s: any("\u0600" <= c <= "\u06ff" for c in s),
        "cjk": lambda s: any("\u4e00" <= c <= "\u9fff" or "\u3040" <= c <= "\u30ff" for c in s),
    }
    for script, test in scripts.items():
        assert sum(1 for a in aliases if test(a)) >= 80, script


@pytest.mark.parametrize("line", [
    "Sofi Oksanen. Purge. 2010.",                  # "SOFI" alone is not listed: a given name
    "The cost of doing business in Kenya. Business Daily, 2022.",
    "Global Trends 2040. National Intelligence Council.",
])
def test_everyday_words_do_not_name_a_un_body(check, line):
    assert check(line).category != "un", line
