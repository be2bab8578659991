"""Events on self-written sentences (hand-built parses, or the rules-only pipeline): general
German grammar the extractor reads (issue 9, events follow-up 4). No sentence here is from a
data set."""

from __future__ import annotations

from datetime import date

from helpers import analyse
from test_events_syntax import QUOTE, SHE, chain, events, roles

from graphkit.analysis import role_values
from graphkit.events import extract_event_mentions
from graphkit.events.time import after_publication, on_or_before
from graphkit.model import (
    ACQUISITION,
    AGENT,
    AGREEMENT,
    AID,
    APPOINTMENT,
    AWARD,
    CANDIDATE,
    DATE_FROM_METADATA,
    DAY,
    ELECTION,
    HAPPENED,
    HOST,
    LEGISLATION,
    LOC,
    MATCH,
    MEETING,
    ORG,
    PARTICIPANT,
    PER,
    PERSON,
    PLANNED,
    PROTEST,
    RESIGNATION,
    SPEAKER,
    STATEMENT,
    TARGET,
    VISIT,
    VISITOR,
    WINNER,
    PublicationDate,
    TimeValue,
    Timex,
)
from graphkit.pipeline import tag_times
from graphkit.temporal import find_timexes

DAY_PUBLISHED = date(2024, 11, 7)   # the test articles' date, a Thursday
PAST = "Mood=Ind|Number=Sing|Person=3|Tense=Past"


def typed(article, event_type: str):
    timexes = find_timexes(article.article.text, article.article.published.value)
    return [m for m in extract_event_mentions(article, timexes) if m.type == event_type]


def test_a_time_opening_the_clause_dates_its_verb_even_when_tagged_an_adjective():
    # "Am Freitag ernannte König …": the tagger reads "ernannte" as in "der ernannte König".
    words = [("Am", "an", "APPRART", "case", 1), ("Freitag", "Freitag", "NN", "obl", 2),
             ("ernannte", "ernennen", "ADJA", "amod", 3, PAST),
             ("König", "König", "NN", "root", 3),
             ("Olav", "Olav", "NE", "appos", 3), ("den", "der", "ART", "det", 6),
             ("Botschafter", "Botschafter", "NN", "obj", 3), ("Jonas", "Jonas", "NE", "appos", 6),
             ("Berg", "Berg", "NE", "flat", 7), (".", ".", "$.", "punct", 3)]
    [appointment] = typed(chain((words, [(4, 4, PER), (7, 8, PER)])), APPOINTMENT)
    assert roles(appointment, AGENT) == {"Olav"}
    assert appointment.time is not None and appointment.time.time.value == "2024-11-01"


def test_an_attributive_time_after_an_article_still_dates_nothing():
    words = [("Der", "der", "ART", "det", 4), ("am", "an", "APPRART", "case", 2),
             ("Freitag", "Freitag", "NN", "obl", 3),
             ("ernannte", "ernannt", "ADJA", "amod", 4),
             ("Botschafter", "Botschafter", "NN", "nsubj", 7), ("Jonas", "Jonas", "NE", "appos", 4),
             ("Berg", "Berg", "NE", "flat", 5), ("sprach", "sprechen", "VVFIN", "root", 7),
             (".", ".", "$.", "punct", 7)]
    article = chain((words, [(5, 6, PER)]))
    timexes = find_timexes(article.article.text, article.article.published.value)
    for mention in extract_event_mentions(article, timexes):
        assert mention.time is None or mention.time.text != "Freitag"


def test_a_predicative_title_gives_the_gender_that_sie_agrees_with():
    first = [("Maria", "Maria", "NE", "nsubj", 2), ("Lindqvist", "Lindqvist", "NE", "flat", 0),
             ("bleibt", "bleiben", "VVFIN", "root", 2),
             ("Präsidentin", "Präsidentin", "NN", "xcomp", 2), (".", ".", "$.", "punct", 2)]
    second = [*QUOTE, SHE, (".", ".", "$.", "punct", 5)]
    [statement] = events(chain((first, [(0, 1, PER)]), (second, [])), STATEMENT)
    assert roles(statement, SPEAKER) == {"Maria Lindqvist"}


def test_a_predicative_noun_that_is_no_title_gives_no_gender():
    first = [("Maria", "Maria", "NE", "nsubj", 2), ("Lindqvist", "Lindqvist", "NE", "flat", 0),
             ("bleibt", "bleiben", "VVFIN", "root", 2),
             ("Mitglied", "Mitglied", "NN", "xcomp", 2), (".", ".", "$.", "punct", 2)]
    second = [*QUOTE, SHE, (".", ".", "$.", "punct", 5)]
    assert not events(chain((first, [(0, 1, PER)]), (second, [])), STATEMENT)


TAKES_OFFICE = [("Lindqvist", "Lindqvist", "NE", "nsubj", 1),
                ("übernimmt", "übernehmen", "VVFIN", "root", 1), ("das", "der", "ART", "det", 3),
                ("Amt", "Amt", "NN", "obj", 1), ("am", "an", "APPRART", "case", 6),
                ("1.", "1.", "ADJA", "amod", 6), ("Dezember", "Dezember", "NN", "obl", 1),
                (".", ".", "$.", "punct", 1)]
SAID = [*QUOTE, ("Lindqvist", "Lindqvist", "NE", "nsubj", 5), (".", ".", "$.", "punct", 5)]


def test_a_present_tense_event_dated_after_publication_is_planned():
    [appointment] = typed(chain((TAKES_OFFICE, [(0, 0, PER)])), APPOINTMENT)
    assert appointment.time is not None and appointment.time.time.value == "2024-12-01"
    assert appointment.status == PLANNED


def test_a_past_tense_event_keeps_no_time_after_publication():
    article = chain((SAID, [(6, 6, PER)]))
    [statement] = events(article, STATEMENT)
    later = TimeValue(value="2024-12-01", precision=DAY, begin=date(2024, 12, 1),
                      end=date(2024, 12, 1))
    statement.time = Timex(start=0, end=0, text="", type="DATE", time=later, anchor="narrative")
    after_publication([statement], PublicationDate(DAY_PUBLISHED, DATE_FROM_METADATA))
    assert statement.time is None and statement.status == HAPPENED
    statement.time = Timex(start=0, end=0, text="", type="DATE",
                           time=on_or_before(DAY_PUBLISHED), anchor="publication")
    after_publication([statement], PublicationDate(DAY_PUBLISHED, DATE_FROM_METADATA))
    assert statement.time is not None


def test_an_office_subject_is_the_person_named_after_the_comma():
    words = [*QUOTE, ("der", "der", "ART", "det", 7), ("Sprecher", "Sprecher", "NN", "nsubj", 5),
             ("der", "der", "ART", "det", 9), ("Agentur", "Agentur", "NN", "nmod", 7),
             ("Nordlicht", "Nordlicht", "NE", "obj", 5), (",", ",", "$,", "punct", 11),
             ("Jan", "Jan", "NE", "appos", 10), ("Berg", "Berg", "NE", "flat", 11),
             (",", ",", "$,", "punct", 15), ("am", "an", "APPRART", "case", 15),
             ("Abend", "Abend", "NN", "obl", 5), (".", ".", "$.", "punct", 5)]
    [statement] = events(chain((words, [(10, 10, ORG), (12, 13, PER)])), STATEMENT)
    assert roles(statement, SPEAKER) == {"Jan Berg"}


def test_two_nominative_objects_the_first_is_the_subject_and_a_genitive_its_possessor():
    nom = "Case=Nom|Gender=Masc|Number=Sing"
    words = [("Am", "an", "APPRART", "case", 1), ("Mittwoch", "Mittwoch", "NN", "obl", 2),
             ("besuchte", "besuchen", "VVFIN", "root", 2, PAST),
             ("Bayerns", "Bayern", "NE", "obj", 2, "Case=Gen|Number=Sing"),
             ("Ministerpräsident", "Ministerpräsident", "NN", "obj", 2, nom),
             ("Jan", "Jan", "NE", "appos", 4, nom), ("Berg", "Berg", "NE", "flat", 5, nom),
             ("die", "der", "ART", "det", 8, "Case=Nom|Gender=Fem|Number=Sing"),
             ("Unfallstelle", "Unfallstelle", "NN", "obj", 2, "Case=Nom|Gender=Fem|Number=Sing"),
             (".", ".", "$.", "punct", 2)]
    [visit] = events(chain((words, [(3, 3, LOC), (5, 6, PER)])), VISIT)
    assert roles(visit, VISITOR) == {"Jan Berg"}
    assert not roles(visit, HOST)


def test_who_takes_over_an_office_is_its_new_holder_not_a_buyer():
    words = [("Berg", "Berg", "NE", "nsubj", 1), ("übernimmt", "übernehmen", "VVFIN", "root", 1),
             ("das", "der", "ART", "det", 3), ("Amt", "Amt", "NN", "obj", 1),
             ("von", "von", "APPR", "case", 5), ("Lindqvist", "Lindqvist", "NE", "obl", 1),
             (".", ".", "$.", "punct", 1)]
    [appointment] = events(chain((words, [(0, 0, PER), (5, 5, PER)])), APPOINTMENT)
    assert roles(appointment, PERSON) == {"Berg"}
    assert roles(appointment, "predecessor") == {"Lindqvist"}
    assert not roles(appointment, AGENT)


def test_a_particle_before_und_completes_the_verb_and_the_next_verb_keeps_its_time():
    words = [("Berg", "Berg", "NE", "nsubj", 1), ("tritt", "treten", "VVFIN", "root", 1),
             ("sein", "sein", "PPOSAT", "det:poss", 3), ("Amt", "Amt", "NN", "obj", 1),
             ("am", "an", "APPRART", "case", 6), ("1.", "1.", "ADJA", "amod", 6),
             ("Dezember", "Dezember", "NN", "nmod", 3), ("an", "an", "PTKVZ", "compound:prt", 1),
             ("und", "und", "KON", "cc", 9), ("erhält", "erhalten", "VVFIN", "conj", 1),
             ("einen", "ein", "ART", "det", 11), ("Vertrag", "Vertrag", "NN", "obj", 9),
             ("bis", "bis", "APPR", "case", 13), ("2026", "2026", "CARD", "obl", 9),
             (".", ".", "$.", "punct", 1)]
    [appointment] = typed(chain((words, [(0, 0, PER)])), APPOINTMENT)
    assert roles(appointment, PERSON) == {"Berg"}
    assert appointment.time is not None and appointment.time.time.value == "2024-12-01"


def test_a_party_word_right_before_a_name_describes_the_person():
    words = [("Der", "der", "ART", "det", 1), ("Republikaner", "Republikaner", "NN", "nsubj", 6),
             ("Berg", "Berg", "NE", "appos", 1), ("hatte", "haben", "VAFIN", "aux", 6),
             ("die", "der", "ART", "det", 5), ("Wahl", "Wahl", "NN", "obj", 6),
             ("gewonnen", "gewinnen", "VVPP", "root", 6), (".", ".", "$.", "punct", 6)]
    [election] = events(chain((words, [(1, 1, ORG), (2, 2, PER)])), ELECTION)
    assert roles(election) == {"Berg"}


def test_an_election_under_a_candidate_noun_names_a_candidate_not_a_winner():
    words = [("Berg", "Berg", "NE", "nsubj", 2), ("ist", "sein", "VAFIN", "cop", 2),
             ("Spitzenkandidat", "Spitzenkandidat", "NN", "root", 2),
             ("für", "für", "APPR", "case", 5), ("die", "der", "ART", "det", 5),
             ("Landtagswahl", "Landtagswahl", "NN", "nmod", 2), (".", ".", "$.", "punct", 2)]
    [election] = events(chain((words, [(0, 0, PER)])), ELECTION)
    assert roles(election, CANDIDATE) == {"Berg"}
    assert not roles(election, WINNER)


def test_the_owner_of_the_plans_protested_against_is_the_target():
    words = [("Die", "der", "ART", "det", 1), ("Bauern", "Bauer", "NN", "nsubj", 2),
             ("protestieren", "protestieren", "VVFIN", "root", 2),
             ("gegen", "gegen", "APPR", "case", 5), ("die", "der", "ART", "det", 5),
             ("Pläne", "Plan", "NN", "obl", 2), ("der", "der", "ART", "det", 7),
             ("Regierung", "Regierung", "NN", "nmod", 5, "Case=Gen|Number=Sing"),
             (".", ".", "$.", "punct", 2)]
    [protest] = events(chain((words, [(7, 7, ORG)])), PROTEST)
    assert roles(protest, TARGET) == {"Regierung"}


def test_unnamed_people_meeting_each_other_is_a_meeting_without_participants():
    words = [("Am", "an", "APPRART", "case", 1), ("Abend", "Abend", "NN", "obl", 2),
             ("trafen", "treffen", "VVFIN", "root", 2, "Number=Plur|Person=3|Tense=Past"),
             ("sich", "sich", "PRF", "obj", 2), ("die", "der", "ART", "det", 5),
             ("Vertreter", "Vertreter", "NN", "nsubj", 2), ("der", "der", "ART", "det", 7),
             ("Verbände", "Verband", "NN", "nmod", 5), (".", ".", "$.", "punct", 2)]
    [meeting] = events(chain((words, [])), MEETING)
    assert not meeting.actors


def test_the_organisations_their_leaders_represent_meet():
    words = [("Die", "der", "ART", "det", 1), ("Spitzen", "Spitze", "NN", "nsubj", 6),
             ("von", "von", "APPR", "case", 3), ("Alpha", "Alpha", "NE", "nmod", 1),
             ("und", "und", "KON", "cc", 5), ("Beta", "Beta", "NE", "conj", 1),
             ("kamen", "kommen", "VVFIN", "root", 6, "Number=Plur|Person=3|Tense=Past"),
             ("zusammen", "zusammen", "PTKVZ", "compound:prt", 6), (".", ".", "$.", "punct", 6)]
    [meeting] = events(chain((words, [(3, 3, ORG), (5, 5, ORG)])), MEETING)
    assert roles(meeting, PARTICIPANT) == {"Alpha", "Beta"}


def test_a_feminine_possessive_refers_to_a_woman_whatever_its_nouns_gender():
    first = [("Ministerin", "Ministerin", "NN", "nsubj", 3), ("Maria", "Maria", "NE", "appos", 0),
             ("Lindqvist", "Lindqvist", "NE", "flat", 1), ("traf", "treffen", "VVFIN", "root", 3),
             ("Jonas", "Jonas", "NE", "obj", 3), ("Berg", "Berg", "NE", "flat", 4),
             (".", ".", "$.", "punct", 3)]
    second = [("Ihr", "ihr", "PPOSAT", "det:poss", 1,
               "Case=Nom|Gender=Masc|Gender[psor]=Fem|Number=Sing|Number[psor]=Sing|Poss=Yes"),
              ("Besuch", "Besuch", "NN", "nsubj", 2), ("endete", "enden", "VVFIN", "root", 2),
              ("in", "in", "APPR", "case", 4), ("Oslo", "Oslo", "NE", "obl", 2),
              (".", ".", "$.", "punct", 2)]
    article = chain((first, [(1, 2, PER), (4, 5, PER)]), (second, [(4, 4, LOC)]))
    [visit] = events(article, VISIT)
    assert roles(visit, VISITOR) == {"Maria Lindqvist"}


def test_a_speech_act_inside_reported_speech_is_no_statement_of_its_own():
    sub = "Mood=Sub|Number=Sing|Person=3|Tense=Pres"
    words = [("Lindqvist", "Lindqvist", "NE", "nsubj", 3),
             ("habe", "haben", "VAFIN", "aux", 3, sub), ("Berg", "Berg", "NE", "obj", 3),
             ("angerufen", "anrufen", "VVPP", "ccomp", 8), ("und", "und", "KON", "cc", 6),
             ("ihm", "er", "PPER", "iobj", 6), ("gratuliert", "gratulieren", "VVPP", "conj", 3),
             (",", ",", "$,", "punct", 3), ("sagte", "sagen", "VVFIN", "root", 8),
             ("Nord", "Nord", "NE", "nsubj", 8), (".", ".", "$.", "punct", 8)]
    article = chain((words, [(0, 0, PER), (2, 2, PER), (9, 9, PER)]))
    [statement] = events(article, STATEMENT)
    assert statement.trigger.text == "sagte"
    assert roles(statement, SPEAKER) == {"Nord"}


def test_a_surname_labelled_a_place_is_the_person_the_article_names_in_full():
    first = [("Alexander", "Alexander", "NE", "nsubj", 2),
             ("Nordlund", "Nordlund", "NE", "flat", 0),
             ("verlor", "verlieren", "VVFIN", "root", 2), (".", ".", "$.", "punct", 2)]
    second = [*QUOTE, ("Nordlund", "Nordlund", "NE", "nsubj", 5), (".", ".", "$.", "punct", 5)]
    article = chain((first, [(0, 1, PER)]), (second, [(6, 6, LOC)]))
    [statement] = events(article, STATEMENT)
    assert roles(statement, SPEAKER) == {"Nordlund"}
    assert all(m.label == PER for m, _ in statement.actors)


def test_an_age_description_after_the_verb_is_its_object_the_protagonist():
    first = [("Jonas", "Jonas", "NE", "nsubj", 2), ("Berg", "Berg", "NE", "flat", 0),
             ("gewann", "gewinnen", "VVFIN", "root", 2), ("die", "der", "ART", "det", 4),
             ("Wahl", "Wahl", "NN", "obj", 2), (".", ".", "$.", "punct", 2)]
    second = [("Danach", "danach", "ADV", "advmod", 1),
              ("ernannte", "ernennen", "VVFIN", "root", 1, PAST),
              ("Präsidentin", "Präsidentin", "NN", "nsubj", 1),
              ("Lindqvist", "Lindqvist", "NE", "appos", 2), ("den", "der", "ART", "det", 5),
              ("52-Jährigen", "52-Jährige", "ADJA", "nmod", 3),
              ("zum", "zu", "APPRART", "case", 7), ("Kanzler", "Kanzler", "NN", "obl", 1),
              (".", ".", "$.", "punct", 1)]
    article = chain((first, [(0, 1, PER)]), (second, [(3, 3, PER)]))
    [appointment] = events(article, APPOINTMENT)
    assert roles(appointment, AGENT) == {"Lindqvist"}
    assert roles(appointment, PERSON) == {"Jonas Berg"}


def test_a_release_takes_no_place_from_the_dateline_a_person_speaking_does():
    text = ("Berlin – Bundeskanzler Olaf Scholz hat am Montag Präsident Emmanuel Macron "
            "getroffen. Das teilte die Bundesregierung am Montag mit. Scholz sagte am Montag, "
            "das Treffen sei gut gewesen.")
    article = analyse(text, date(2024, 3, 4))
    mentions = extract_event_mentions(article, tag_times(article.article))
    places = {m.trigger.text: m.place.text if m.place else None
              for m in mentions if m.type == STATEMENT}
    assert places == {"teilte": None, "sagte": "Berlin"}


def test_the_phrase_right_after_a_finite_verb_without_subject_is_its_subject():
    words = [("Bei", "bei", "APPR", "case", 2), ("den", "der", "ART", "det", 2),
             ("Frauen", "Frau", "NN", "obl", 3), ("gewann", "gewinnen", "VVFIN", "root", 3, PAST),
             ("die", "der", "ART", "det", 6), ("Kanadierin", "Kanadierin", "NN", "compound", 6),
             ("Anna", "Anna", "NE", "compound", 7), ("Lindqvist", "Lindqvist", "NE", "obj", 3),
             ("das", "der", "ART", "det", 9), ("Turnier", "Turnier", "NN", "obj", 3),
             ("gegen", "gegen", "APPR", "case", 11), ("Berg", "Berg", "NE", "obl", 3),
             (".", ".", "$.", "punct", 3)]
    [match] = events(chain((words, [(6, 7, PER), (11, 11, PER)])), MATCH)
    assert roles(match, WINNER) == {"Anna Lindqvist"}
    assert roles(match, "loser") == {"Berg"}


def test_a_name_the_ner_missed_here_but_found_elsewhere_still_acts():
    first = [("Nordwerk", "Nordwerk", "NE", "nsubj", 1), ("meldete", "melden", "VVFIN", "root", 1),
             ("Insolvenz", "Insolvenz", "NN", "obj", 1), ("an", "an", "PTKVZ", "compound:prt", 1),
             (".", ".", "$.", "punct", 1)]
    second = [*QUOTE, ("Nordwerk", "Nordwerk", "NE", "nsubj", 5), (".", ".", "$.", "punct", 5)]
    article = chain((first, [(0, 0, ORG)]), (second, []))
    [statement] = events(article, STATEMENT)
    [(speaker, role)] = statement.actors
    assert (speaker.text, speaker.label, role) == ("Nordwerk", ORG, SPEAKER)
    assert speaker in role_values([statement])   # so the entity index links it


def test_a_dateline_is_no_subject_and_the_noun_beside_sich_is():
    nom = "Case=Nom|Number=Sing"
    words = [("Hannover", "Hannover", "NE", "nsubj", 9), ("–", "–", "$(", "punct", 9),
             ("Am", "an", "APPRART", "case", 3), ("Freitag", "Freitag", "NN", "obl", 9),
             ("haben", "haben", "VAFIN", "aux", 9), ("sich", "sich", "PRF", "obj", 9),
             ("Nordwerk", "Nordwerk", "NE", "obj", 9, nom), ("und", "und", "KON", "cc", 8),
             ("Südbahn", "Südbahn", "NE", "conj", 6, nom),
             ("geeinigt", "einigen", "VVPP", "root", 9), (".", ".", "$.", "punct", 9)]
    article = chain((words, [(0, 0, LOC), (6, 6, ORG), (8, 8, ORG)]))
    [agreement] = events(article, AGREEMENT)
    assert roles(agreement, "signatory") == {"Nordwerk", "Südbahn"}


def test_confirmed_for_a_term_is_re_elected_and_die_description_is_the_woman():
    first = [("Anna", "Anna", "NE", "nsubj", 2), ("Lindqvist", "Lindqvist", "NE", "flat", 0),
             ("bleibt", "bleiben", "VVFIN", "root", 2),
             ("Präsidentin", "Präsidentin", "NN", "xcomp", 2), (".", ".", "$.", "punct", 2)]
    second = [("Das", "der", "ART", "det", 1), ("Parlament", "Parlament", "NN", "nsubj", 2),
              ("bestätigte", "bestätigen", "VVFIN", "root", 2, PAST),
              ("die", "der", "ART", "det", 4), ("Politikerin", "Politikerin", "NN", "obj", 2),
              ("für", "für", "APPR", "case", 8), ("eine", "ein", "ART", "det", 8),
              ("zweite", "zweit", "ADJA", "amod", 8), ("Amtszeit", "Amtszeit", "NN", "obl", 2),
              (".", ".", "$.", "punct", 2)]
    article = chain((first, [(0, 1, PER)]), (second, []))
    [election] = events(article, ELECTION)
    assert roles(election, WINNER) == {"Anna Lindqvist"}
    assert not events(article, STATEMENT)


def test_the_subject_of_a_support_verb_owns_the_noun_event_as_its_agent():
    words = [("Nordwerk", "Nordwerk", "NE", "nsubj", 1),
             ("schloss", "schließen", "VVFIN", "root", 1, PAST), ("die", "der", "ART", "det", 3),
             ("Übernahme", "Übernahme", "NN", "obj", 1), ("des", "der", "ART", "det", 5),
             ("Konzerns", "Konzern", "NN", "nmod", 3, "Case=Gen|Number=Sing"),
             ("Südbahn", "Südbahn", "NE", "appos", 5),
             ("ab", "ab", "PTKVZ", "compound:prt", 1), (".", ".", "$.", "punct", 1)]
    [acquisition] = events(chain((words, [(0, 0, ORG), (6, 6, ORG)])), ACQUISITION)
    assert roles(acquisition, "buyer") == {"Nordwerk"}
    assert roles(acquisition, "acquired") == {"Südbahn"}


def test_a_finite_verb_tagged_an_adjective_still_takes_its_particle():
    # "Norwegen sagte Hilfe zu": zusagen with aid is Aid, not the Statement of "sagen".
    words = [("Norwegen", "Norwegen", "NE", "nsubj", 2),
             ("sagte", "sagen", "ADJA", "amod", 2, "Mood=Ind|Number=Sing|Tense=Past"),
             ("Hilfe", "Hilfe", "NN", "root", 2), ("zu", "zu", "PTKVZ", "compound:prt", 2),
             (".", ".", "$.", "punct", 2)]
    article = chain((words, [(0, 0, LOC)]))
    assert [m.type for m in extract_event_mentions(article, [])] == [AID]


def test_a_title_won_or_defended_is_an_award_also_as_a_compound():
    defended = [("Berg", "Berg", "NE", "nsubj", 1),
                ("verteidigte", "verteidigen", "VVFIN", "root", 1, PAST),
                ("seinen", "sein", "PPOSAT", "det:poss", 3), ("Titel", "Titel", "NN", "obj", 1),
                (".", ".", "$.", "punct", 1)]
    won = [("Berg", "Berg", "NE", "nsubj", 1), ("holte", "holen", "VVFIN", "root", 1, PAST),
           ("den", "der", "ART", "det", 3), ("Meistertitel", "Meistertitel", "NN", "obj", 1),
           (".", ".", "$.", "punct", 1)]
    for words in (defended, won):
        [award] = events(chain((words, [(0, 0, PER)])), AWARD)
        assert roles(award, WINNER) == {"Berg"}
        assert not events(chain((words, [(0, 0, PER)])), MATCH)


def test_withdrawing_from_a_position_leaving_a_firm_and_retiring_are_resignations():
    withdrew = [("Berg", "Berg", "NE", "nsubj", 1), ("zog", "ziehen", "VVFIN", "root", 1, PAST),
                ("sich", "sich", "PRF", "obj", 1), ("aus", "aus", "APPR", "case", 5),
                ("der", "der", "ART", "det", 5), ("Führung", "Führung", "NN", "obl", 1),
                ("zurück", "zurück", "PTKVZ", "compound:prt", 1), (".", ".", "$.", "punct", 1)]
    left = [("Berg", "Berg", "NE", "nsubj", 1), ("verließ", "verlassen", "VVFIN", "root", 1, PAST),
            ("den", "der", "ART", "det", 3), ("Konzern", "Konzern", "NN", "obj", 1),
            (".", ".", "$.", "punct", 1)]
    retires = [("Berg", "Berg", "NE", "nsubj", 1), ("geht", "gehen", "VVFIN", "root", 1),
               ("in", "in", "APPR", "case", 4), ("den", "der", "ART", "det", 4),
               ("Ruhestand", "Ruhestand", "NN", "obl", 1), (".", ".", "$.", "punct", 1)]
    for words in (withdrew, left, retires):
        [resignation] = events(chain((words, [(0, 0, PER)])), RESIGNATION)
        assert roles(resignation, PERSON) == {"Berg"}


def test_troops_pulling_back_or_leaving_a_room_resign_nothing():
    troops = [("Nordland", "Nordland", "NE", "nsubj", 1),
              ("zog", "ziehen", "VVFIN", "root", 1, PAST), ("seine", "sein", "PPOSAT", "det", 3),
              ("Truppen", "Truppe", "NN", "obj", 1),
              ("zurück", "zurück", "PTKVZ", "compound:prt", 1),
              (".", ".", "$.", "punct", 1)]
    room = [("Berg", "Berg", "NE", "nsubj", 1), ("verließ", "verlassen", "VVFIN", "root", 1, PAST),
            ("den", "der", "ART", "det", 3), ("Saal", "Saal", "NN", "obj", 1),
            (".", ".", "$.", "punct", 1)]
    assert not events(chain((troops, [(0, 0, LOC)])), RESIGNATION)
    assert not events(chain((room, [(0, 0, PER)])), RESIGNATION)


def test_a_passive_subject_of_a_participle_with_haben_is_an_active_subject():
    words = [("Zu", "zu", "APPR", "case", 2), ("der", "der", "ART", "det", 2),
             ("Kundgebung", "Kundgebung", "NN", "obl", 6),
             ("hatte", "haben", "VAFIN", "aux", 6, PAST), ("der", "der", "ART", "det", 5),
             ("Nordbund", "Nordbund", "NN", "nsubj:pass", 6),
             ("aufgerufen", "aufrufen", "VVPP", "root", 6), (".", ".", "$.", "punct", 6)]
    [protest] = events(chain((words, [(5, 5, ORG)])), PROTEST)
    assert roles(protest, AGENT) == {"Nordbund"}


def test_the_subject_of_lassen_acts_in_its_infinitive():
    words = [("Der", "der", "ART", "det", 1), ("Landtag", "Landtag", "NN", "nsubj", 2),
             ("ließ", "lassen", "VVFIN", "root", 2, PAST), ("das", "der", "ART", "det", 4),
             ("Gesetz", "Gesetz", "NN", "obj", 5), ("passieren", "passieren", "VVINF", "xcomp", 2),
             (".", ".", "$.", "punct", 2)]
    [law] = events(chain((words, [(1, 1, ORG)])), LEGISLATION)
    assert roles(law, AGENT) == {"Landtag"}


def test_a_prize_going_to_someone_is_an_award_rising_prices_are_none():
    award = [("Der", "der", "ART", "det", 1), ("Preis", "Preis", "NN", "nsubj", 2),
             ("geht", "gehen", "VVFIN", "root", 2), ("an", "an", "APPR", "case", 4),
             ("Berg", "Berg", "NE", "obl", 2), (".", ".", "$.", "punct", 2)]
    prices = [("Die", "der", "ART", "det", 1), ("Strompreise", "Strompreis", "NN", "nsubj", 2),
              ("gehen", "gehen", "VVFIN", "root", 2), ("in", "in", "APPR", "case", 5),
              ("die", "der", "ART", "det", 5), ("Höhe", "Höhe", "NN", "obl", 2),
              (".", ".", "$.", "punct", 2)]
    [prize] = events(chain((award, [(4, 4, PER)])), AWARD)
    assert roles(prize, WINNER) == {"Berg"}
    assert not extract_event_mentions(chain((prices, [])), [])


def test_a_gegen_phrase_under_the_object_belongs_to_the_verb():
    words = [("Berg", "Berg", "NE", "nsubj", 1), ("gewann", "gewinnen", "VVFIN", "root", 1, PAST),
             ("das", "der", "ART", "det", 3), ("Finale", "Finale", "NN", "obj", 1),
             ("gegen", "gegen", "APPR", "case", 5), ("Nord", "Nord", "NE", "nmod", 3),
             (".", ".", "$.", "punct", 1)]
    [match] = events(chain((words, [(0, 0, PER), (5, 5, PER)])), MATCH)
    assert roles(match, WINNER) == {"Berg"}
    assert roles(match, "loser") == {"Nord"}


def test_a_name_in_apposition_to_a_weekday_is_the_verbs_object():
    # "Die Elf besiegte am Samstag Union Nordstadt mit 3:1": the name hung on "Samstag".
    words = [("Die", "der", "ART", "det", 1), ("Elf", "Elf", "NN", "nsubj", 2),
             ("besiegte", "besiegen", "VVFIN", "root", 2, PAST),
             ("am", "an", "APPRART", "case", 4), ("Samstag", "Samstag", "NN", "obl", 2),
             ("Union", "Union", "NE", "appos", 4), ("Nordstadt", "Nordstadt", "NE", "flat", 5),
             ("mit", "mit", "APPR", "case", 8), ("3:1", "3:1", "NN", "obl", 2),
             (".", ".", "$.", "punct", 2)]
    [match] = events(chain((words, [(5, 6, ORG)])), MATCH)
    assert {m.text for m, _ in match.actors} == {"Union Nordstadt"}


def test_a_paragraph_giving_its_day_in_the_next_sentence_dates_its_first_event():
    text = ("Betrug in Köln\n\nKöln – Die Stadt warnt vor falschen Handwerkern.\n\n"
            "Olaf Scholz hat Christian Lindner entlassen. Der Minister wurde "
            "bereits am Montag in einem Gespräch informiert.")
    article = analyse(text, DAY_PUBLISHED)
    [dismissal] = [m for m in extract_event_mentions(article, tag_times(article.article))
                   if m.trigger.text == "entlassen"]
    assert dismissal.time is not None and dismissal.time.time.value == "2024-11-04"
