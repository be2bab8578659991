"""'Beide' as a subject: the two names told together just before."""

from __future__ import annotations

from helpers import model_mentions
from test_events_status import DAY, pytestmark  # noqa: F401

from graphkit.model import AGREEMENT, SIGNATORY


def actors_of(text: str, event_type: str) -> set[tuple[str, str]]:
    return {(actor.text, role) for m in model_mentions(text, DAY)
            if m.type == event_type for actor, role in m.actors}


def test_beide_takes_up_the_two_people_named_before():
    found = actors_of("Berlin – Bundeskanzler Olaf Scholz telefonierte am Montag mit Emmanuel "
                      "Macron. Beide vereinbarten eine engere Zusammenarbeit.", AGREEMENT)
    assert found == {("Olaf Scholz", SIGNATORY), ("Emmanuel Macron", SIGNATORY)}


def test_beide_with_a_noun_takes_up_two_names_of_its_kind_and_three_give_none():
    found = actors_of("München – Siemens und Bosch wollen ein Gemeinschaftsunternehmen "
                      "gründen. Beide Konzerne unterzeichneten am Montag einen Vertrag.",
                      AGREEMENT)
    assert found == {("Siemens", SIGNATORY), ("Bosch", SIGNATORY)}
    three = actors_of("Berlin – Scholz traf Macron und Meloni. Beide unterzeichneten ein "
                      "Abkommen.", AGREEMENT)
    assert three == set()
