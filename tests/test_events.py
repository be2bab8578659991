"""Events: triggers, roles, place, time and status on sentences that are not in the seeds."""

from __future__ import annotations

from datetime import date

from helpers import analyse

from graphkit.events import extract_event_mentions
from graphkit.model import (
    COURT_RULING,
    HAPPENED,
    HOST,
    MEETING,
    PLANNED,
    SENTENCE,
    SPEAKER,
    STATEMENT,
    VISIT,
    VISITOR,
)
from graphkit.pipeline import tag_times


def mentions_of(text: str, day: date | None):
    article = analyse(text, day)
    return extract_event_mentions(article, tag_times(article.article))


def only(mentions, event_type):
    found = [m for m in mentions if m.type == event_type]
    assert len(found) == 1, [(m.type, m.trigger.text) for m in mentions]
    return found[0]


def actor_texts(mention, role=None):
    return {m.text for m, r in mention.actors if role is None or r == role}


def test_meeting_with_place_time_and_participants():
    text = "Bundeskanzler Olaf Scholz traf am Freitag in Peking den Staatschef Xi Jinping."
    meeting = only(mentions_of(text, date(2022, 11, 7)), MEETING)
    assert {"Olaf Scholz", "Xi Jinping"} <= actor_texts(meeting)
    assert meeting.place is not None and meeting.place.text == "Peking"
    assert meeting.time is not None and meeting.time.time.value == "2022-11-04"
    assert meeting.status == HAPPENED


def test_visit_planned_future_tense_resolves_coming_weekday():
    text = "Emmanuel Macron wird am Mittwoch nach Japan reisen."
    visit = only(mentions_of(text, date(2023, 5, 15)), VISIT)
    assert actor_texts(visit, VISITOR) == {"Emmanuel Macron"}
    assert visit.place is not None and visit.place.text == "Japan"
    assert visit.time is not None and visit.time.time.value == "2023-05-17"
    assert visit.status == PLANNED


def test_passive_reception_makes_the_agent_the_host():
    text = "Friedrich Merz wurde am Montag in Paris von Emmanuel Macron empfangen."
    meeting = only(mentions_of(text, date(2025, 5, 9)), MEETING)
    assert actor_texts(meeting, HOST) == {"Emmanuel Macron"}
    assert "Friedrich Merz" in actor_texts(meeting, VISITOR)


def test_treffen_meaning_hit_is_not_a_meeting():
    text = "Die Raketen sollen am Montag mehrere Ziele in der Stadt Charkiw getroffen haben."
    assert not [m for m in mentions_of(text, date(2024, 5, 20)) if m.type == MEETING]


def test_triggers_inside_quotes_are_not_events():
    text = "„Wir werden Olaf Scholz und Joe Biden bald treffen“, sagte Annalena Baerbock."
    mentions = mentions_of(text, date(2023, 3, 1))
    assert not [m for m in mentions if m.type == MEETING]
    statement = only(mentions, STATEMENT)
    assert actor_texts(statement, SPEAKER) == {"Annalena Baerbock"}


def test_genitive_possessor_of_the_trigger_is_the_visitor():
    text = "Macrons Besuch in Berlin am 3. Oktober 2024 wurde verschoben."
    visit = only(mentions_of(text, date(2024, 9, 30)), VISIT)
    assert actor_texts(visit, VISITOR) == {"Macrons"}
    assert visit.place is not None and visit.place.text == "Berlin"


def test_date_modifying_an_adjective_is_not_the_event_time():
    text = ("Im Jahr 1994 hatte Bill Clinton den 2007 verstorbenen Boris Jelzin in Moskau "
            "getroffen.")
    meeting = only(mentions_of(text, date(2020, 1, 1)), MEETING)
    assert meeting.time is not None and meeting.time.time.value == "1994"


def test_undated_article_leaves_weekdays_unresolved():
    text = "Olaf Scholz traf am Dienstag Emmanuel Macron in Paris."
    meeting = only(mentions_of(text, None), MEETING)
    assert meeting.time is not None and not meeting.time.time.resolved


def test_ordinal_before_the_trigger():
    text = "Es ist der zweite Besuch von Olaf Scholz in China seit 2022."
    visit = only(mentions_of(text, date(2024, 4, 14)), VISIT)
    assert visit.ordinal == 2


def test_statement_speaker_is_the_subject_before_a_relative_clause():
    text = ("Die Europäische Union, die seit Jahren Sanktionen verhängt, lobte den "
            "geplanten Besuch von Viktor Orbán in Moskau.")
    statement = only(mentions_of(text, date(2024, 7, 4)), STATEMENT)
    assert actor_texts(statement, SPEAKER) == {"Europäische Union"}


def test_passive_accusation_names_agent_and_target():
    text = "Israel wird von Iran beschuldigt, den Angriff ausgeführt zu haben."
    accusation = only(mentions_of(text, date(2024, 4, 2)), "Accusation")
    assert actor_texts(accusation, "agent") == {"Iran"}
    assert actor_texts(accusation, "target") == {"Israel"}
    assert accusation.status == HAPPENED


def test_possessive_owner_named_later_in_the_sentence():
    text = "Vor seinem Besuch in Paris sprach Olaf Scholz mit Journalisten."
    visit = only(mentions_of(text, date(2023, 1, 20)), VISIT)
    assert actor_texts(visit, VISITOR) == {"Olaf Scholz"}
    assert visit.place is not None and visit.place.text == "Paris"


def test_arrest_warrant_against_someone_makes_them_the_person_of_an_arrest():
    text = "Der Gerichtshof in Den Haag hat Haftbefehl gegen Wladimir Putin erlassen."
    arrest = only(mentions_of(text, date(2023, 3, 17)), "Arrest")
    assert actor_texts(arrest, "person") == {"Wladimir Putin"}


def test_object_pronoun_is_the_guest_of_a_reception():
    text = ("Olaf Scholz landete am Freitag in Peking. Dort empfing ihn Staatschef Xi Jinping "
            "am Vormittag.")
    meeting = only(mentions_of(text, date(2022, 11, 4)), MEETING)
    assert actor_texts(meeting, HOST) == {"Xi Jinping"}
    assert actor_texts(meeting, VISITOR) == {"Olaf Scholz"}


def test_modal_passive_is_planned_and_inverted_subject_speaks():
    mentions = mentions_of("Das Abkommen solle von Olaf Scholz und Emmanuel Macron "
                           "unterzeichnet werden, teilte der Kreml mit.", date(2024, 6, 18))
    agreements = [m for m in mentions if m.type == "Agreement"]  # "Abkommen", "unterzeichnet"
    assert agreements and all(m.status == PLANNED for m in agreements)
    assert actor_texts(only(mentions, STATEMENT), SPEAKER) == {"Kreml"}


def test_criticism_and_condemnation_are_accusations_a_conviction_a_ruling():
    day = date(2024, 6, 3)
    criticised = mentions_of("Friedrich Merz kritisierte Olaf Scholz scharf.", day)
    assert [m.type for m in criticised] == ["Accusation"]
    assert actor_texts(criticised[0], "agent") == {"Friedrich Merz"}
    condemned = mentions_of("Emmanuel Macron verurteilte den Anschlag.", day)
    assert [m.type for m in condemned] == ["Accusation"]
    convicted = mentions_of("Donald Trump ist in einem Strafprozess verurteilt worden.", day)
    assert [m.type for m in convicted] == ["CourtRuling"]


def test_a_named_building_is_the_place_a_bare_one_is_none():
    day = date(2024, 6, 3)
    named = only(mentions_of("Olaf Scholz sagte im Willy-Brandt-Haus, er sei froh.", day),
                 STATEMENT)
    assert named.place is not None and named.place.text == "Willy-Brandt-Haus"
    bare = only(mentions_of("Olaf Scholz sagte im Stadion, er sei froh.", day), STATEMENT)
    assert bare.place is None


def test_a_speaker_after_his_titles_is_no_reason_to_borrow_the_quoted_name():
    text = "Friedrich Merz sei klug, sagte der frühere Bundesminister Olaf Scholz."
    statement = only(mentions_of(text, date(2024, 6, 3)), STATEMENT)
    assert actor_texts(statement, SPEAKER) == {"Olaf Scholz"}


def test_a_court_imposing_a_fine_is_a_sentence():
    text = "Das Landgericht Ulm verhängte eine Geldstrafe gegen Olaf Scholz."
    assert [m.type for m in mentions_of(text, date(2024, 6, 3))] == ["Sentence"]


def test_a_call_on_someone_is_a_statement_a_call_to_protest_is_not():
    day = date(2024, 6, 3)
    appeal = mentions_of("Olaf Scholz rief dazu auf, die Hilfe nicht zu kürzen.", day)
    assert [m.type for m in appeal] == [STATEMENT]
    protest = mentions_of("Olaf Scholz rief zu Protesten auf.", day)
    assert STATEMENT not in [m.type for m in protest]



def test_sending_helpers_or_money_is_aid_sending_a_letter_is_not():
    day = date(2024, 6, 3)
    helpers = mentions_of("Frankreich schickte ein Rettungsteam nach Marokko.", day)
    assert "Aid" in [m.type for m in helpers]
    letter = mentions_of("Olaf Scholz schickte einen Brief an Emmanuel Macron.", day)
    assert "Aid" not in [m.type for m in letter]


def test_a_fall_in_the_polls_is_no_accident_a_looming_penalty_no_threat():
    day = date(2024, 6, 3)
    assert not mentions_of("Die SPD stürzte auf 16 Prozent ab.", day)
    crash = mentions_of("Ein Hubschrauber stürzte in Bayern ab.", day)
    assert [m.type for m in crash] == ["Accident"]
    assert not mentions_of("Olaf Scholz drohen drei Jahre Haft.", day)
    threat = mentions_of("Russland drohte der Ukraine mit Vergeltung.", day)
    assert [m.type for m in threat] == ["Threat"]


def test_an_event_noun_after_nach_takes_no_actor_from_its_clause():
    text = "Nach dem Urteil reiste Olaf Scholz nach Paris."
    found = mentions_of(text, date(2024, 6, 3))
    assert [m.type for m in found] == [VISIT]


def test_declaring_a_law_void_is_a_ruling_not_a_statement():
    text = "Das Bundesverwaltungsgericht hat die Verordnung des Landes für unwirksam erklärt."
    mentions = mentions_of(text, date(2023, 3, 2))
    assert [m.type for m in mentions] == [COURT_RULING]


def test_erklaeren_with_a_reported_clause_stays_a_statement():
    text = "Innenministerin Nancy Faeser erklärte, die Verordnung sei unwirksam."
    assert only(mentions_of(text, date(2023, 3, 2)), STATEMENT)


def test_announcing_the_penalty_is_a_sentence():
    text = "Das Strafmaß will das Landgericht Kiel im Mai verkünden."
    mentions = mentions_of(text, date(2023, 3, 2))
    assert [m.type for m in mentions] == [SENTENCE]


def test_not_ruling_out_is_a_statement_that_happened_excluding_someone_none():
    text = "Bundeskanzler Olaf Scholz schloss Steuererhöhungen nicht aus."
    statement = only(mentions_of(text, date(2023, 3, 2)), STATEMENT)
    assert statement.status == HAPPENED
    assert actor_texts(statement, SPEAKER) == {"Olaf Scholz"}
    text = "Die SPD schloss Olaf Scholz aus."
    assert not [m for m in mentions_of(text, date(2023, 3, 2)) if m.type == STATEMENT]
