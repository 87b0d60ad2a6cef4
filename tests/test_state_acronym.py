"""A state's name beside an acronym: "CBS Netherlands", "Indian MEA", "CDC (Nigeria)". The
acronym alone names no body when several states' bodies bear it; with the state it names that
state's, by an alias or by the initials of the body's name."""

import pytest

from evidence_check.model import Publisher
from evidence_check.recognise import _acronym_bearers

# (name as cited, category, owner, publisher id or None)
CITED = [
    ("CBS Netherlands", "government", "NLD", "gov-nld-statistics"),  # Centraal Bureau voor de Statistiek
    ("CBS (Netherlands)", "government", "NLD", "gov-nld-statistics"),
    ("CDC Nigeria", "government", "NGA", None),  # Nigeria Centre for Disease Control, not the US CDC
    ("Indian MEA", "government", "IND", None),
    ("SRE Mexico", "government", "MEX", None),
    ("DFA Ireland", "government", "IRL", None),
    ("DFA Philippines", "government", "PHL", None),
    ("QNA Qatar", "state_media", "QAT", None),
    ("TASS Russia", "state_media", "RUS", None),
]

# the acronym names a body of another state, or no body at all: as before
UNCHANGED = [
    ("USAID Japan", "government", "USA"),  # USAID's work in Japan
    ("BBC Russia", "rejected", "GBR"),
    ("RT France", "state_media", "RUS"),
    ("UNDP Kenya", "un", None),
    ("WHO Europe", "un", None),  # Europe is no state
    ("HRW Kenya", "ngo", None),
]


@pytest.mark.parametrize("text, category, owner, publisher", CITED)
def test_a_states_acronym_names_its_body(checker, text, category, owner, publisher):
    found = checker.check(text).classification
    assert (found.category, found.owner) == (category, owner)
    if publisher is not None:
        assert found.publisher is not None and found.publisher.id == publisher


@pytest.mark.parametrize("text, category, owner", UNCHANGED)
def test_another_states_acronym_keeps_its_publisher(checker, text, category, owner):
    found = checker.check(text).classification
    assert (found.category, found.owner) == (category, owner)


def test_two_bodies_of_one_state_name_the_state_not_the_body(checker):
    """"MRE" is the initials of two Brazilian ministries (foreign affairs, racial equality)."""
    found = checker.check("Brazil MRE").classification
    assert (found.category, found.owner, found.publisher) == ("government", "BRA", None)


def _publisher(id, name, owner, *aliases, category="government"):
    return Publisher(id=id, name=name, category=category, basis="test", aliases=aliases, owner=owner)


def test_initials_skip_function_words_and_may_drop_the_state():
    states = {"nigeria": "NGA", "nigerian": "NGA"}
    publishers = [
        _publisher("a", "Centraal Bureau voor de Statistiek", "NLD"),
        _publisher("b", "Ministry of Health and Family Welfare", "IND"),
        _publisher("c", "Nigeria Centre for Disease Control", "NGA", "NCDC"),
        _publisher("d", "Reuters", None, "RTRS"),  # no owner: never a state's acronym
        _publisher("e", "Public Safety", "CAN"),  # two letters: too short to be initials
    ]
    assert _acronym_bearers(publishers, states, "NLD") == {"cbs": (0,)}
    indian = _acronym_bearers(publishers, states, "IND")
    assert indian["mhfw"] == indian["mohfw"] == (1,)
    nigerian = _acronym_bearers(publishers, states, "NGA")
    assert nigerian["ncdc"] == nigerian["cdc"] == (2,)
    assert _acronym_bearers(publishers, states, "CAN") == {}


@pytest.mark.parametrize("line, category, owner", [
    ("CBS Netherlands (2023). Bevolkingsontwikkeling. Den Haag.", "government", "NLD"),
    ("Indian MEA. (2021). Annual Report 2020-21.", "government", "IND"),
    ("CDC Nigeria 2020, Weekly epidemiological report", "government", "NGA"),
    ("USAID Japan (2019). Country report.", "government", "USA"),
    ("UNICEF Nigeria (2020). Situation report.", "un", None),
])
def test_an_author_date_citation_by_a_states_acronym(checker, line, category, owner):
    found = checker.check(line).classification
    assert (found.category, found.owner) == (category, owner)
