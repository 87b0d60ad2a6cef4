"""Foreign ministries and statistics offices by their native official names
(rules/registry/gov_names.yaml): each name gives government and the owning state; generic
names many states' bodies bear stay unowned."""

import pytest

from evidence_check import Checker


@pytest.fixture(scope="module")
def check(rules):
    checker = Checker(rules)
    return lambda text: checker.check(text).classification


@pytest.mark.parametrize("name, owner", [
    ("Ministerstvo zahraničních věcí České republiky", "CZE"),
    ("MZVČR", "CZE"),
    ("Udenrigsministeriet", "DNK"),
    ("Eesti Vabariigi Välisministeerium", "EST"),
    ("Välisministeerium", "EST"),
    ("Ulkoministeriö", "FIN"),
    ("Ulkoasiainministeriö", "FIN"),
    ("Utrikesministeriet", "FIN"),
    ("ΕΛΣΤΑΤ", "GRC"),
    ("ΕΛ.ΣΤΑΤ", "GRC"),
    ("Εθνική Στατιστική Υπηρεσία Ελλάδος", "GRC"),
    ("Secretaría de Relaciones Exteriores de Honduras", "HND"),
    ("Ministero degli Affari Esteri e della Cooperazione Internazionale", "ITA"),
    ("MAECI", "ITA"),
    ("Lietuvos Respublikos užsienio reikalų ministerija", "LTU"),
    ("Ministerul Afacerilor Externe și Integrării Europene", "MDA"),
    ("MAEIE", "MDA"),
    ("Ministerie van Buitenlandse Zaken (Nederland)", "NLD"),
    ("Ministerstwo Spraw Zagranicznych", "POL"),
    ("MSZ (Poland)", "POL"),
    ("Ministerstvo zahraničných vecí a európskych záležitostí Slovenskej republiky", "SVK"),
    ("Ministerstvo zahraničných vecí a európskych záležitostí", "SVK"),
    ("Ministrstvo za zunanje in evropske zadeve", "SVN"),
    ("MZEZ", "SVN"),
    ("Utrikesdepartementet", "SWE"),
    # names other files already give (kept here so a change elsewhere is seen)
    ("Statistisk sentralbyrå", "NOR"),
    ("Tilastokeskus", "FIN"),
    ("Központi Statisztikai Hivatal", "HUN"),
    ("Instituto Nacional de Estadísticas de Chile", "CHL"),
])
def test_native_names_give_the_owning_government(check, name, owner):
    c = check(name)
    assert (c.category, c.owner) == ("government", owner), (name, c.category, c.owner)


@pytest.mark.parametrize("name", [
    "Ministerie van Buitenlandse Zaken",       # the Netherlands and Suriname
    "Ministerul Afacerilor Externe",           # Romania (and Moldova's former name)
    "Secretaría de Relaciones Exteriores y Cooperación Internacional",
    "Ministerio de Relaciones Exteriores",
    "Instituto Nacional de Estadística",
    "Instituto Nacional de Estadísticas",
    "Υπουργείο Εξωτερικών",                    # Greece and Cyprus
])
def test_generic_forms_stay_unowned(rules, name):
    found = rules.index.by_name(name)
    assert found is None or found.owner is None, (name, found.id)


def test_entries_are_name_only_with_a_basis(rules):
    mine = [p for p in rules.index.publishers if p.id.startswith("gov-") and "-names-" in p.id
            and str(getattr(p, "origin", "")).find("gov_names.yaml") >= 0]
    assert len(mine) >= 14
    for p in mine:
        assert p.category == "government" and p.owner and not p.domains and p.basis, p.id
        assert p.group in ("ministries", "statistics"), p.id


@pytest.mark.parametrize("text, owner", [
    ("Royal Navy", "GBR"), ("Royal Air Force", "GBR"),
    ("Royal Australian Navy", "AUS"), ("Royal Thai Air Force", "THA"),  # the state's name decides
])
def test_the_bare_royal_services_are_british(checker, text, owner):
    row = checker.check(text).classification
    assert (row.category, row.owner) == ("government", owner)
