"""Roles and triggers of people/politics events (events follow-up 25). Every sentence here is
written for the test (hand-built parses, some of them deliberately as wrong as a small
parser's)."""

from __future__ import annotations

from test_events_syntax import chain, events, roles

from graphkit.events.election_office import office_in_election_noun
from graphkit.events.extract import verb_base
from graphkit.model import (
    APPOINTMENT,
    AWARD,
    AWARD_ROLE,
    ELECTION,
    LOC,
    MEETING,
    NOMINATION,
    OFFICE,
    PER,
    PERSON,
    PLANNED,
    PROTEST,
    TARGET,
    WINNER,
    Token,
)

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


PAST = "Mood=Ind|Number=Sing|Person=3|Tense=Past"
GENITIVE = "Case=Gen|Gender=Masc|Number=Sing"


def test_an_office_before_wurde_and_a_name_after_it_is_an_appointment():
    # "Neuer Umweltminister wurde Jan Kern." (parsed with "Neuer" as the root)
    words = [("Neuer", "neu", "NE", "root", 0), ("Umweltminister", "Umweltminister", "NE",
                                                 "flat", 0),
             ("wurde", "werden", "VAFIN", "ccomp", 0, PAST), ("Jan", "Jan", "NE", "nsubj", 2),
             ("Kern", "Kern", "NE", "flat", 3), (".", ".", "$.", "punct", 0)]
    [appointment] = events(chain((words, [(3, 4, PER)])), APPOINTMENT)
    assert roles(appointment, PERSON) == {"Jan Kern"}
    assert roles(appointment, OFFICE) == {"Umweltminister"}


def test_an_office_before_wurde_with_a_verb_after_the_name_is_no_appointment():
    # "Minister wurde Kern vorgeworfen." (the office word is the dative of 'vorwerfen')
    words = [("Minister", "Minister", "NN", "iobj", 3),
             ("wurde", "werden", "VAFIN", "aux:pass", 3, PAST),
             ("Kern", "Kern", "NE", "nsubj:pass", 3),
             ("vorgeworfen", "vorwerfen", "VVPP", "root", 3), (".", ".", "$.", "punct", 3)]
    assert not events(chain((words, [(2, 2, PER)])), APPOINTMENT)


def test_a_booed_person_is_the_target_of_a_protest_whose_participle_kept_its_ge():
    # "Die Ministerin Eva Roth wurde von Landwirten ausgebuht." (the lemmatiser gives
    # 'ausgebuhen' for 'ausgebuht')
    words = [("Die", "der", "ART", "det", 1), ("Ministerin", "Ministerin", "NN",
                                                "nsubj:pass", 8),
             ("Eva", "Eva", "NE", "appos", 1), ("Roth", "Roth", "NE", "flat", 2),
             ("wurde", "werden", "VAFIN", "aux:pass", 8, PAST), ("von", "von", "APPR", "case", 6),
             ("Landwirten", "Landwirt", "NN", "obl", 8), ("ausgebuht", "ausgebuhen", "VVPP",
                                                          "root", 8),
             (".", ".", "$.", "punct", 7)]
    [protest] = events(chain((words, [(2, 3, PER)])), PROTEST)
    assert roles(protest, TARGET) == {"Eva Roth"}


def test_only_a_trigger_verb_loses_the_ge_its_lemma_kept():
    def participle(text: str, lemma: str) -> Token:
        return Token(0, len(text), text, lemma, "VVPP")
    assert verb_base(participle("ausgebuht", "ausgebuhen")) == "ausbuhen"
    # 'zugestehen' is itself a verb whose stem starts with 'ge': no 'zustehen'
    assert verb_base(participle("zugestanden", "zugestehen")) == "zugestehen"


def test_an_election_noun_names_the_office_in_the_winners_gender():
    heads = ("präsident", "bürgermeister", "gouverneur")
    assert office_in_election_noun("Präsidentschaftswahl", heads) == "Präsident"
    assert office_in_election_noun("US-Präsidentschaftswahlen", heads) == "US-Präsident"
    assert office_in_election_noun("Gouverneurswahl", heads) == "Gouverneur"
    assert office_in_election_noun("Bundestagswahl", heads) is None
    assert office_in_election_noun("Wahl", heads) is None


def test_a_woman_who_won_an_election_for_an_office_holds_its_feminine_form():
    # "Die Senatorin Eva Roth gewann die Bürgermeisterwahl."
    words = [("Die", "der", "ART", "det", 1), ("Senatorin", "Senatorin", "NN", "nsubj", 4),
             ("Eva", "Eva", "NE", "appos", 1), ("Roth", "Roth", "NE", "flat", 2),
             ("gewann", "gewinnen", "VVFIN", "root", 4, PAST), ("die", "der", "ART", "det", 6),
             ("Bürgermeisterwahl", "Bürgermeisterwahl", "NN", "obj", 4),
             (".", ".", "$.", "punct", 4)]
    [election] = events(chain((words, [(2, 3, PER)])), ELECTION)
    assert roles(election, WINNER) == {"Eva Roth"}
    assert roles(election, OFFICE) == {"Bürgermeisterin"}


def test_an_election_noun_without_anyone_standing_names_no_office():
    # "Die Bürgermeisterwahl findet im Mai statt."
    words = [("Die", "der", "ART", "det", 1),
             ("Bürgermeisterwahl", "Bürgermeisterwahl", "NN", "nsubj", 2),
             ("findet", "finden", "VVFIN", "root", 2, PRES), ("im", "in", "APPRART", "case", 4),
             ("Mai", "Mai", "NN", "obl", 2), ("statt", "statt", "PTKVZ", "compound:prt", 2),
             (".", ".", "$.", "punct", 2)]
    assert all(not roles(e, OFFICE) for e in events(chain((words, [])), ELECTION))


def test_the_announcement_of_a_named_prize_is_an_award_and_of_a_price_none():
    # "Am Montag folgt die Bekanntgabe des Literaturnobelpreises." / "… des Preises." (a
    # price is announced too)
    def sentence(noun: str, lemma: str) -> list:
        return [("Am", "an", "APPRART", "case", 1), ("Montag", "Montag", "NN", "obl", 2),
                ("folgt", "folgen", "VVFIN", "root", 2, PRES), ("die", "der", "ART", "det", 4),
                ("Bekanntgabe", "Bekanntgabe", "NN", "nsubj", 2),
                ("des", "der", "ART", "det", 6, GENITIVE), (noun, lemma, "NN", "nmod", 4, GENITIVE),
                (".", ".", "$.", "punct", 2)]
    [award] = events(chain((sentence("Literaturnobelpreises",
                                                   "Literaturnobelpreis"), [])), AWARD)
    assert roles(award, AWARD_ROLE) == {"Literaturnobelpreis"}
    assert not events(chain((sentence("Preises", "Preis"), [])), AWARD)


def test_an_office_and_a_compound_ending_in_it_merge_into_the_fuller_statements_office():
    # lead "Eva Roth ist neue Bundesministerin" + body "Der Präsident ernannte sie zur
    # Ministerin": one office, as the fuller sentence writes it
    from types import SimpleNamespace

    from graphkit.merge.events import Cluster, merged_participants, one_office_per_post
    from graphkit.model import AGENT, MISC, Entity, Participant

    lead = SimpleNamespace(participants=[Participant("roth", PERSON),
                                         Participant("bundesministerin", OFFICE)])
    body = SimpleNamespace(participants=[Participant("kern", AGENT), Participant("roth", PERSON),
                                         Participant("ministerin", OFFICE)])
    entities = {e: Entity(e, name, MISC) for e, name in (
        ("roth", "Eva Roth"), ("kern", "Jan Kern"), ("bundesministerin", "Bundesministerin"),
        ("ministerin", "Ministerin"))}
    cluster = Cluster(APPOINTMENT, members=[lead, body])  # type: ignore[list-item]
    kept = one_office_per_post(merged_participants(cluster), cluster, entities)
    assert {p.entity_id for p in kept if p.role == OFFICE} == {"ministerin"}
    # two offices of one fullness both stay (nothing tells which is meant)
    other = SimpleNamespace(participants=[Participant("roth", PERSON),
                                          Participant("ministerin", OFFICE)])
    even = Cluster(APPOINTMENT, members=[lead, other])  # type: ignore[list-item]
    kept = one_office_per_post(merged_participants(even), even, entities)
    assert {p.entity_id for p in kept if p.role == OFFICE} == {"ministerin", "bundesministerin"}


def test_a_meeting_someone_is_invited_to_is_planned():
    # "Eva Roth lud Jan Kern zu einem Treffen ein."
    words = [("Eva", "Eva", "NE", "nsubj", 2), ("Roth", "Roth", "NE", "flat", 0),
             ("lud", "laden", "VVFIN", "root", 2, PAST), ("Jan", "Jan", "NE", "obj", 2),
             ("Kern", "Kern", "NE", "flat", 3), ("zu", "zu", "APPR", "case", 7),
             ("einem", "ein", "ART", "det", 7), ("Treffen", "Treffen", "NN", "obl", 2),
             ("ein", "ein", "PTKVZ", "compound:prt", 2), (".", ".", "$.", "punct", 2)]
    [meeting] = events(chain((words, [(0, 1, PER), (3, 4, PER)])), MEETING)
    assert meeting.status == PLANNED
    assert roles(meeting) == {"Eva Roth", "Jan Kern"}


def test_the_district_named_after_wahlkreis_is_the_place_of_an_election():
    # "Eva Roth gewann ihren Wahlkreis Dresden."
    words = [("Eva", "Eva", "NE", "nsubj", 2), ("Roth", "Roth", "NE", "flat", 0),
             ("gewann", "gewinnen", "VVFIN", "root", 2, PAST),
             ("ihren", "ihr", "PPOSAT", "det:poss", 4), ("Wahlkreis", "Wahlkreis", "NN", "obj", 2),
             ("Dresden", "Dresden", "NE", "appos", 4), (".", ".", "$.", "punct", 2)]
    [election] = events(chain((words, [(0, 1, PER), (5, 5, LOC)])), ELECTION)
    assert roles(election, WINNER) == {"Eva Roth"}
    assert election.place is not None and election.place.text == "Dresden"


def test_a_passive_with_sollen_is_no_nomination():
    # "Der Kanzler soll von Jan Kern vertreten werden."
    words = [("Der", "der", "ART", "det", 1), ("Kanzler", "Kanzler", "NN", "nsubj:pass", 7),
             ("soll", "sollen", "VMFIN", "aux", 7, PRES), ("von", "von", "APPR", "case", 4),
             ("Jan", "Jan", "NE", "obl", 7), ("Kern", "Kern", "NE", "flat", 4),
             ("vertreten", "vertreten", "VVPP", "root", 7),
             ("werden", "werden", "VAINF", "aux:pass", 6), (".", ".", "$.", "punct", 6)]
    assert not events(chain((words, [(4, 5, PER)])), NOMINATION)
