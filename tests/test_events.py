"""Events: triggers, roles, place, time and status on sentences that are not in the seeds."""

from __future__ import annotations

from datetime import date

from helpers import analyse

from graphkit.events import extract_event_mentions
from graphkit.model import (
    HAPPENED,
    HOST,
    MEETING,
    PLANNED,
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
