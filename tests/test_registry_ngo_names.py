"""rules/registry/ngo_names.yaml: further names of NGOs already in the registry (name-only entries).

Translations (French, Spanish, German and other languages and scripts), former names (the ECOSOC
data's name changes, pages read), short forms and national offices of the same movement. Each name
must give the class (and group) of the NGO it names and name that NGO's entry; ambiguous acronyms
stay off; no entry brings a domain or makes a lookalike host trusted.
"""

import pytest
import yaml

from conftest import ROOT

FILE = ROOT / "rules" / "registry" / "ngo_names.yaml"


@pytest.fixture(scope="module")
def entries():
    return yaml.safe_load(FILE.read_text(encoding="utf-8"))["publishers"]


# name as a citation writes it -> target id (the entry it names; class ngo)
ADDED = [
    ("Helsinki Watch", "ngo-hrw"),
    ("Americas Watch", "ngo-hrw"),
    ("Asia Watch report", "ngo-hrw"),
    ("人权观察", "ngo-hrw"),
    ("Anistia Internacional", "ngo-amnesty"),
    ("국제앰네스티", "ngo-amnesty"),
    ("Medici Senza Frontiere", "ngo-msf"),
    ("无国界医生", "ngo-msf"),
    ("Oxford Committee for Famine Relief", "ngo-oxfam"),
    ("Oxfam Ireland", "ngo-oxfam"),
    ("樂施會", "ngo-oxfam"),
    ("Cooperative for Assistance and Relief Everywhere", "ngo-care"),
    ("Comité Internacional de Rescate", "ngo-irc"),
    ("Flyktninghjelpen", "ngo-nrc"),
    ("Conseil norvégien pour les réfugiés", "ngo-nrc"),
    ("Consejo Noruego para Refugiados", "ngo-nrc"),
    ("Visión Mundial", "ngo-world-vision"),
    ("Foster Parents Plan for War Children", "ngo-plan"),
    ("Foster Parents Plan for War Children International", "ngo-plan"),
    ("IKRK", "ngo-icrc"),
    ("红十字国际委员会", "ngo-icrc"),
    ("League of Red Cross Societies", "ngo-ifrc"),
    ("Fédération internationale des Sociétés de la Croix-Rouge et du Croissant-Rouge", "ngo-ifrc"),
    ("Federación Internacional de Sociedades de la Cruz Roja y de la Media Luna Roja", "ngo-ifrc"),
    ("Transparencia Internacional", "ngo-transparency-international"),
    ("Reporteros sin Fronteras", "ngo-rsf"),
    ("Reporter ohne Grenzen", "ngo-rsf"),
    ("the Reporter ohne Grenzen", "ngo-rsf"),
    ("国境なき記者団", "ngo-rsf"),
    ("Comité pour la protection des journalistes", "ngo-cpj"),
    ("Comité para la Protección de los Periodistas", "ngo-cpj"),
    ("Greenpeace France", "ngo-greenpeace"),
    ("Greenpeace East Asia", "ngo-greenpeace"),
    ("绿色和平", "ngo-greenpeace"),
    ("Fonds mondial pour la nature", "ngo-wwf"),
    ("Fondo Mundial para la Naturaleza", "ngo-wwf"),
    ("Fédération internationale des ligues des droits de l'homme", "ngo-fidh"),
    ("Federación Internacional por los Derechos Humanos", "ngo-fidh"),
    ("Commission internationale de juristes", "ngo-icj-jurists"),
    ("Comisión Internacional de Juristas", "ngo-icj-jurists"),
    ("UICN", "ngo-iucn"),
    ("Union internationale pour la conservation de la nature", "ngo-iucn"),
    ("Friends of the Earth", "ngo-foei"),
    ("Amis de la Terre International", "ngo-foei"),
    ("International Union Against Cancer", "ngo-uicc"),
    ("Groupe des ONG pour la Convention relative aux droits de l'enfant", "ngo-child-rights-connect"),
    ("Track Impunity Always", "ngo-trial-international"),
    ("Acción contra el Hambre", "ngo-action-contre-la-faim"),
    ("Organisation mondiale contre la torture", "ngo-omct"),
    ("Confédération syndicale internationale", "ngo-ituc"),
    ("Ligue internationale des femmes pour la paix et la liberté", "ngo-wilpf"),
    ("Conseil œcuménique des Églises", "ngo-wcc"),
    ("Weltärztebund", "ngo-wma"),
    ("IDF Diabetes Atlas", "ngo-idf"),
    ("Fédération mondiale des associations pour les Nations Unies", "ngo-wfuna"),
    ("International Lesbian, Gay, Bisexual, Trans and Intersex Association", "ngo-ilga"),
]


@pytest.mark.parametrize("name, target", ADDED)
def test_added_name_gets_its_ngos_class(classify, rules, name, target):
    got = classify(name)
    want = rules.index.publishers[rules.index.by_id[target]]
    assert (got.category, got.owner) == (want.category, None), name
    assert got.category == "ngo", name
    assert got.publisher is not None and got.publisher.id.startswith(f"name-{target}-n"), name


@pytest.mark.parametrize("name, category", [("ICJ", "un"), ("International Court of Justice", "un")])
def test_icj_stays_the_court(classify, name, category):
    assert classify(name).category == category, name


# Acronyms and words left out on purpose: never claimed by this file, never an NGO through it.
LEFT_OUT = ["IHRA", "HI", "ICAN", "IPEN", "DIGNITY", "Plan", "350", "Rutgers", "Marie Stopes",
            "Artículo 19", "Artigo 19", "Caritas International", "Living Planet Report", "PEN America",
            "Internacional de la Educación"]


@pytest.mark.parametrize("name", LEFT_OUT)
def test_ambiguous_names_stay_off(rules, classify, name):
    publisher = rules.index.by_name(name)
    assert publisher is None or "ngo_names.yaml" not in publisher.origin, name
    got = classify(name)
    assert got.publisher is None or "ngo_names.yaml" not in got.publisher.origin, name


def test_counts_and_shape(entries):
    assert len(entries) >= 65
    assert sum(1 + len(e.get("aliases") or ()) for e in entries) >= 210
    for entry in entries:
        assert entry["id"].startswith("name-ngo-") and "-n" in entry["id"], entry["id"]
        assert entry["domains"] == [], entry["id"]
        assert entry["basis"].startswith("Another name of ngo-"), entry["id"]


def test_same_class_and_group_as_the_target(rules, entries):
    for entry in entries:
        target_id = entry["basis"].split()[3]
        target = rules.index.publishers[rules.index.by_id[target_id]]
        mine = rules.index.publishers[rules.index.by_id[entry["id"]]]
        assert (mine.category, mine.owner, mine.group) == (target.category, target.owner, target.group), entry["id"]
        assert entry["id"].startswith(f"name-{target_id}-n"), entry["id"]


def test_every_name_is_indexed_to_this_file(rules, entries):
    for entry in entries:
        for name in [entry["name"], *(entry.get("aliases") or ())]:
            found = rules.index.by_name(name)
            assert found is not None and found.id == entry["id"], name


@pytest.mark.parametrize("url", [
    "https://fake-hrw.org/", "https://helsinkiwatch.example/", "https://hrw.org.evil.example/",
    "https://greenpeace-france.blogspot.com/", "https://flyktninghjelpen.wordpress.com/",
    "https://fake-icrc.org/",
])
def test_lookalikes_never_trusted(classify, url):
    got = classify(url)
    assert got.category not in ("un", "government", "reuters", "state_media", "ngo"), url


@pytest.mark.parametrize("text", ["NRC", "U.S. NRC. Backgrounder on nuclear security.", "DRC", "TI", "IRC"])
def test_acronyms_other_bodies_bear_name_no_ngo(rules, text):
    """NRC is also the US Nuclear Regulatory Commission, DRC the Democratic Republic of the Congo."""
    from evidence_check import Checker
    classification = Checker(rules).check(text).classification
    assert classification.category != "ngo", text
