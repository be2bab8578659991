"""Event times from the narrative, headlines joining the body's event, actorless events."""

from __future__ import annotations

from datetime import date

from helpers import analyse

from graphkit.events import extract_event_mentions
from graphkit.events.time import paragraph_of
from graphkit.merge import duplicate_groups, merge_events, resolve_entities
from graphkit.model import ACCIDENT, APPOINTMENT, STATEMENT
from graphkit.pipeline import tag_times

DAY = date(2024, 3, 8)   # a Friday


def mentions_of(text: str, day: date | None = DAY):
    article = analyse(text, day)
    return extract_event_mentions(article, tag_times(article.article))


def events_of(text: str, day: date = DAY):
    article = analyse(text, day, "art0")
    dates = {"art0": day}
    index = resolve_entities([article], dates)
    mentions = extract_event_mentions(article, tag_times(article.article))
    return merge_events(mentions, index, dates, duplicates=duplicate_groups([article.article]))


def statements(mentions):
    return [m for m in mentions if m.type == STATEMENT]


def test_paragraph_index_counts_blank_lines_only():
    text = "Titel\n\nErster Satz. Zweiter Satz.\nNoch einer.\n\n  \nLetzter."
    assert [paragraph_of(text, text.index(s)) for s in ("Titel", "Erster", "Noch", "Letzter")] \
        == [0, 1, 1, 2]


def test_past_tense_statement_takes_the_day_stated_earlier_in_its_paragraph():
    text = ("Gipfel in Paris\n\n"
            "Bundeskanzler Olaf Scholz traf am Mittwoch in Paris Präsident Emmanuel Macron. "
            "Danach sagte Scholz, die Gespräche seien gut gewesen.")
    said = statements(mentions_of(text))
    assert len(said) == 1
    assert said[0].time.time.value == "2024-03-06"
    assert said[0].time.anchor == "narrative"


def test_a_new_paragraph_without_a_day_keeps_only_the_upper_bound():
    text = ("Gipfel in Paris\n\n"
            "Bundeskanzler Olaf Scholz traf am Mittwoch in Paris Präsident Emmanuel Macron.\n\n"
            "Oppositionsführer Friedrich Merz sagte, die Gespräche seien nutzlos gewesen.")
    said = statements(mentions_of(text))
    assert len(said) == 1
    assert said[0].time.time.on_or_before and said[0].time.time.end == DAY


def test_a_statement_by_someone_the_lead_names_takes_the_lead_day():
    text = ("Gipfel in Paris\n\n"
            "Bundeskanzler Olaf Scholz traf am Mittwoch in Paris Präsident Emmanuel Macron.\n\n"
            "Später sagte Scholz, die Gespräche seien gut gewesen.")
    said = statements(mentions_of(text))
    assert len(said) == 1
    assert said[0].time.time.value == "2024-03-06"


def test_the_lead_is_dated_by_a_day_stated_later_in_the_lead():
    text = ("Macron entlässt Premier\n\n"
            "Präsident Emmanuel Macron hat Premierminister Gabriel Attal entlassen. "
            "Das teilte Macron am Donnerstag in Paris mit.")
    dismissals = [m for m in mentions_of(text) if m.type == "Dismissal"
                  and m.sentence.index > 0]
    assert dismissals and dismissals[0].time.time.value == "2024-03-07"


def test_a_planned_event_takes_no_narrative_day():
    text = ("Besuch\n\n"
            "Bundeskanzler Olaf Scholz traf am Mittwoch in Paris Präsident Emmanuel Macron. "
            "Scholz will Macron besuchen.")
    planned = [m for m in mentions_of(text) if m.status == "planned"]
    assert planned and all(m.time is None for m in planned)


def test_undated_headline_joins_the_dated_body_event():
    text = ("Macron ernennt Michel Barnier zum Premierminister\n\n"
            "Präsident Emmanuel Macron ernannte am Donnerstag Michel Barnier zum "
            "Premierminister.")
    appointments = [e for e in events_of(text) if e.type == APPOINTMENT]
    assert len(appointments) == 1, [(e.label, e.time) for e in appointments]
    assert appointments[0].time.value == "2024-03-07"
    assert len(appointments[0].sources) == 2


def test_an_accident_without_any_actor_survives_merging():
    text = ("Aus Sachsen\n\n"
            "In Dresden ist am Mittwoch ein Zug entgleist.")
    accidents = [e for e in events_of(text) if e.type == ACCIDENT]
    assert len(accidents) == 1
    assert not accidents[0].participants
    assert accidents[0].time.value == "2024-03-06"
    assert accidents[0].label.endswith("in Dresden") and ":" not in accidents[0].label


def test_mentions_of_one_actorless_disaster_in_an_article_are_one_event():
    text = ("Aus Japan\n\n"
            "Ein schweres Erdbeben hat am Mittwoch den Norden Japans erschüttert. "
            "Das Beben richtete große Schäden an.")
    disasters = [e for e in events_of(text) if e.type == "Disaster"]
    assert len(disasters) == 1, [e.label for e in disasters]
    assert disasters[0].time.value == "2024-03-06"


def test_a_date_before_a_plain_adjective_is_the_clause_time():
    text = "Das Hochwasser hatte am Dienstag weite Teile der Stadt Passau überschwemmt."
    flood = [m for m in mentions_of(text) if m.type == "Disaster"]
    assert flood and flood[0].time.time.value == "2024-03-05"


def test_a_date_inside_a_participle_attribute_is_not_the_event_time():
    text = "Scholz traf in Berlin den am Montag gewählten Präsidenten Emmanuel Macron."
    meetings = [m for m in mentions_of(text) if m.type == "Meeting"]
    assert meetings and meetings[0].time is not None
    assert meetings[0].time.time.on_or_before


def test_an_organisation_after_im_is_the_venue_not_the_speaker():
    text = "Bundeskanzler Olaf Scholz sagte am Mittwoch im Bundestag, die Lage sei ernst."
    said = statements(mentions_of(text))
    assert len(said) == 1
    assert {m.text for m, _ in said[0].actors} == {"Olaf Scholz"}
    assert said[0].place is not None and said[0].place.text == "Bundestag"


def test_a_one_word_name_of_a_person_the_lead_names_in_full_takes_the_lead_day():
    text = ("Gipfel in Peking\n\n"
            "Bundeskanzler Olaf Scholz traf am Mittwoch in Peking Präsident Xi Jinping.\n\n"
            "Xi sagte, die Gespräche seien gut gewesen.")
    said = [m for m in statements(mentions_of(text))
            if any(a.text == "Xi" for a, _ in m.actors)]
    assert said and said[0].time.time.value == "2024-03-06"


def test_a_day_no_event_took_still_dates_the_lead():
    text = ("Neue Sanktionen\n\n"
            "Die Europäische Union hat Sanktionen gegen Russland beschlossen. "
            "Die Minister billigten das Paket am Mittwoch in Luxemburg.")
    sanctions = [m for m in mentions_of(text) if m.type == "Sanction"]
    assert sanctions and sanctions[0].time.time.value == "2024-03-06"
    assert sanctions[0].time.anchor == "narrative"


def test_a_future_day_no_event_took_dates_nothing():
    text = ("Neue Sanktionen\n\n"
            "Die Europäische Union hat Sanktionen gegen Russland beschlossen. "
            "Die Minister wollen das Paket am Montag in Luxemburg billigen.")
    sanctions = [m for m in mentions_of(text) if m.type == "Sanction"]
    assert sanctions and sanctions[0].time.time.on_or_before


def test_a_time_inside_a_quotation_is_the_speakers_not_the_statements():
    text = ("Nach dem Spiel\n\n"
            "„Wir waren heute besser als am Sonntag“, sagte Bundeskanzler Olaf Scholz.")
    [said] = statements(mentions_of(text))
    assert said.time.time.on_or_before


def test_a_meeting_named_by_its_noun_stands_without_named_participants():
    text = ("Sanktionen beschlossen\n\n"
            "Die Außenminister billigten das Paket am Mittwoch bei einem Treffen in Luxemburg.")
    meetings = [e for e in events_of(text) if e.type == "Meeting"]
    assert len(meetings) == 1 and not meetings[0].participants
    assert meetings[0].time is not None and meetings[0].time.value == "2024-03-06"


def test_a_meeting_verb_still_needs_two_participants():
    text = "Treffen\n\nOlaf Scholz traf sich am Mittwoch in Berlin."
    assert not [e for e in events_of(text) if e.type == "Meeting"]


def test_a_later_pluperfect_day_does_not_date_the_undated_event_before_it():
    from helpers import model_mentions

    from graphkit.model import DEATH

    text = ("Hochwasser in Bayern\n\n"
            "München – Der Freistaat hat am Freitag Hilfen für die Flutopfer beschlossen.\n\n"
            "Das Unwetter hatte vergangene Woche schwere Schäden angerichtet. "
            "In Niederbayern kamen zwei Menschen ums Leben. "
            "Der Landrat hatte am Montag den Katastrophenfall ausgerufen.")
    deaths = [m for m in model_mentions(text, DAY) if m.type == DEATH]
    assert deaths and deaths[0].time.time.on_or_before


def test_a_fuer_day_dates_the_announced_actions_not_the_announcement() -> None:
    # "Für Freitag" is the day the strikes are for; the announcement keeps no such day.
    from helpers import model_mentions

    text = ("Berlin – Die Lokführer haben ihre Streiks ausgeweitet. "
            "Für Freitag kündigte die Gewerkschaft weitere Ausstände an.")
    statements = [m for m in model_mentions(text, DAY) if m.type == STATEMENT]
    assert statements
    assert all(m.time is None or "Freitag" not in m.time.text for m in statements)
