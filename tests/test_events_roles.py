"""Event roles from the parse (events follow-up 13): datelines, passive subjects parsed
plain, headline participles, predicative office words. Every sentence here is written for
the test (hand-built parses)."""

from __future__ import annotations

from test_events_syntax import chain, events, roles

from graphkit.model import (
    AGENT,
    ARREST,
    ELECTION,
    LOC,
    MILITARY_ACTION,
    PER,
    PERSON,
    TARGET,
    WINNER,
)

PAST = "Mood=Ind|Number=Sing|Person=3|Tense=Past"


def test_places_of_a_slashed_dateline_are_no_actors():
    # "Kiew/Moskau – Nordland hat Südland angegriffen.", the dateline parsed as the subject
    words = [("Kiew", "Kiew", "NE", "nsubj", 7), ("/", "/", "$(", "punct", 2),
             ("Moskau", "Moskau", "NE", "conj", 0), ("–", "–", "$(", "punct", 4),
             ("Nordland", "Nordland", "NE", "conj", 0), ("hat", "haben", "VAFIN", "aux", 7),
             ("Südland", "Südland", "NE", "obj", 7),
             ("angegriffen", "angreifen", "VVPP", "root", 7), (".", ".", "$.", "punct", 7)]
    names = [(0, 0, LOC), (2, 2, LOC), (4, 4, LOC), (6, 6, LOC)]
    [attack] = events(chain((words, names)), MILITARY_ACTION)
    assert roles(attack, AGENT) == {"Nordland"}
    assert roles(attack, TARGET) == {"Südland"}


def test_a_subject_under_a_passive_werden_is_the_patient():
    # "Der Bankier Jan Berg ist verhaftet worden.", parsed with a plain nsubj
    words = [("Der", "der", "ART", "det", 1), ("Bankier", "Bankier", "NN", "nsubj", 5),
             ("Jan", "Jan", "NE", "appos", 1), ("Berg", "Berg", "NE", "flat", 2),
             ("ist", "sein", "VAFIN", "aux", 5), ("verhaftet", "verhaften", "VVPP", "root", 5),
             ("worden", "werden", "VAPP", "aux:pass", 5), (".", ".", "$.", "punct", 5)]
    [arrest] = events(chain((words, [(2, 3, PER)])), ARREST)
    assert roles(arrest, PERSON) == {"Jan Berg"} and not roles(arrest, AGENT)


def test_a_modal_parsed_as_passive_auxiliary_keeps_the_active_reading():
    # "Den Dieb will Kommissar Jan Berg festnehmen."
    words = [("Den", "der", "ART", "det", 1), ("Dieb", "Dieb", "NN", "obj", 6),
             ("will", "wollen", "VMFIN", "aux:pass", 6),
             ("Kommissar", "Kommissar", "NN", "nsubj", 6),
             ("Jan", "Jan", "NE", "appos", 3), ("Berg", "Berg", "NE", "flat", 4),
             ("festnehmen", "festnehmen", "VVINF", "root", 6), (".", ".", "$.", "punct", 6)]
    [arrest] = events(chain((words, [(4, 5, PER)])), ARREST)
    assert roles(arrest, AGENT) == {"Jan Berg"}


def test_a_headline_participle_without_auxiliary_is_a_passive():
    # "Jan Berg in Lyon festgenommen" (tagged a finite verb) and "Berg zur Präsidentin gewählt"
    arrested = [("Jan", "Jan", "NE", "nsubj", 4), ("Berg", "Berg", "NE", "flat", 0),
                ("in", "in", "APPR", "case", 3), ("Lyon", "Lyon", "NE", "obl", 4),
                ("festgenommen", "festnehmen", "VVFIN", "root", 4, "VerbForm=Fin")]
    [arrest] = events(chain((arrested, [(0, 1, PER), (3, 3, LOC)])), ARREST)
    assert roles(arrest, PERSON) == {"Jan Berg"} and not roles(arrest, AGENT)
    elected = [("Berg", "Berg", "NE", "nsubj", 3), ("zur", "zu", "APPRART", "case", 2),
               ("Präsidentin", "Präsidentin", "NN", "obl", 3),
               ("gewählt", "wählen", "VVPP", "root", 3)]
    [election] = events(chain((elected, [(0, 0, PER)])), ELECTION)
    assert roles(election, WINNER) == {"Berg"}


def test_a_finite_verb_with_a_participle_tag_stays_active():
    # "Berg nimmt Kern fest" is no headline passive: "nimmt" is finite
    words = [("Berg", "Berg", "NE", "nsubj", 1),
             ("nimmt", "nehmen", "VVPP", "root", 1, "Mood=Ind|VerbForm=Fin"),
             ("Kern", "Kern", "NE", "obj", 1), ("fest", "fest", "PTKVZ", "compound:prt", 1)]
    [arrest] = events(chain((words, [(0, 0, PER), (2, 2, PER)])), ARREST)
    assert roles(arrest, AGENT) == {"Berg"} and roles(arrest, PERSON) == {"Kern"}


def test_a_description_refers_to_the_person_not_to_a_predicative_office_word():
    # "Anna Berg ist neue Präsidentin. Die 58-Jährige wurde vom Senat gewählt."
    first = [("Anna", "Anna", "NE", "nsubj", 4), ("Berg", "Berg", "NE", "flat", 0),
             ("ist", "sein", "VAFIN", "cop", 4), ("neue", "neu", "ADJA", "amod", 4),
             ("Präsidentin", "Präsidentin", "NN", "root", 4), (".", ".", "$.", "punct", 4)]
    second = [("Die", "der", "ART", "det", 1),
              ("58-Jährige", "58-Jährige", "NN", "nsubj:pass", 6, "Case=Nom|Gender=Fem"),
              ("wurde", "werden", "VAFIN", "aux:pass", 6), ("vom", "von", "APPRART", "case", 4),
              ("Senat", "Senat", "NN", "obl:agent", 6), ("im", "in", "APPRART", "case", 6),
              ("gewählt", "wählen", "VVPP", "root", 6, PAST), (".", ".", "$.", "punct", 6)]
    article = chain((first, [(0, 1, PER), (4, 4, PER)]), (second, []), office={4})
    [election] = events(article, ELECTION)
    assert roles(election, WINNER) == {"Anna Berg"}
