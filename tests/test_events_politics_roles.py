"""Roles and triggers of people/politics events (events follow-up 25). Every sentence here is
written for the test (hand-built parses, some of them deliberately as wrong as a small
parser's)."""

from __future__ import annotations

from test_events_syntax import chain, events, roles

from graphkit.model import APPOINTMENT, NOMINATION, OFFICE, PER, PERSON

PRES = "Mood=Ind|Number=Sing|Person=3|Tense=Pres"


def test_a_modal_with_werden_and_an_office_predicate_is_a_nomination():
    # "Die Senatorin Eva Roth soll neue Innenministerin werden." (the parser hangs the
    # office under the modal, as it often does)
    words = [("Die", "der", "ART", "det", 1), ("Senatorin", "Senatorin", "NN", "nsubj", 8),
             ("Eva", "Eva", "NE", "appos", 1), ("Roth", "Roth", "NE", "flat", 2),
             ("soll", "sollen", "VMFIN", "aux", 8, PRES), ("neue", "neu", "ADJA", "amod", 6),
             ("Innenministerin", "Innenministerin", "NN", "obj", 4),
             ("werden", "werden", "VAINF", "root", 8), (".", ".", "$.", "punct", 8)]
    [nomination] = events(chain((words, [(2, 3, PER)])), NOMINATION)
    assert roles(nomination, PERSON) == {"Eva Roth"}
    assert roles(nomination, OFFICE) == {"Innenministerin"}
    assert not events(chain((words, [(2, 3, PER)])), APPOINTMENT)


def test_a_successor_who_is_to_be_named_is_nominated_without_an_office():
    # "Ihr Nachfolger soll Jan Kern werden."
    words = [("Ihr", "ihr", "PPOSAT", "det:poss", 1), ("Nachfolger", "Nachfolger", "NN",
                                                        "nsubj", 5),
             ("soll", "sollen", "VMFIN", "aux", 5, PRES), ("Jan", "Jan", "NE", "nsubj", 5),
             ("Kern", "Kern", "NE", "flat", 3), ("werden", "werden", "VAINF", "root", 5),
             (".", ".", "$.", "punct", 5)]
    [nomination] = events(chain((words, [(3, 4, PER)])), NOMINATION)
    assert roles(nomination) == {"Jan Kern"}
    assert roles(nomination, PERSON) == {"Jan Kern"}


def test_a_title_before_the_subject_is_no_post_of_a_nomination():
    # "Ministerin Eva Roth soll gehen.": a modal without 'werden' names no nomination,
    # and the title before the name is that person, not a post.
    words = [("Ministerin", "Ministerin", "NN", "nsubj", 3), ("Eva", "Eva", "NE", "appos", 0),
             ("Roth", "Roth", "NE", "flat", 1), ("soll", "sollen", "VMFIN", "root", 3, PRES),
             ("gehen", "gehen", "VVINF", "xcomp", 3), (".", ".", "$.", "punct", 3)]
    assert not events(chain((words, [(1, 2, PER)])), NOMINATION)
