"""Tests for graphkit.temporal (German temporal tagger). Offline, no data files needed."""

from __future__ import annotations

from datetime import date

import pytest

from graphkit.merge.dates import infer_reference_date
from graphkit.model import (
    CENTURY,
    DATE_FROM_DATELINE,
    DAY,
    DECADE,
    MONTH,
    SEASON,
    WEEK,
    YEAR,
    TimeValue,
    Timex,
)
from graphkit.temporal import find_dateline, find_timexes, tense_of
from graphkit.temporal.lead import lead_date

REF = date(2024, 6, 18)  # a Tuesday


def one(text: str, reference: date | None = REF, **kwargs: object) -> Timex:
    found = find_timexes(text, reference, **kwargs)  # type: ignore[arg-type]
    assert len(found) == 1, [(t.text, t.time.value) for t in found]
    return found[0]


def values(text: str, reference: date | None = REF) -> list[tuple[str, str]]:
    return [(t.text, t.time.value) for t in find_timexes(text, reference)]


# ---------------------------------------------------------------- weekdays and tense

def test_weekday_future_tense_resolves_to_next_occurrence() -> None:
    t = one("Putin wird am Mittwoch nach Pjöngjang reisen.")
    assert (t.text, t.time.value, t.direction) == ("Mittwoch", "2024-06-19", "future")
    assert t.time.begin == t.time.end == date(2024, 6, 19)
    assert (t.anchor, t.relative, t.type) == ("publication", "WD3", "DATE")


def test_weekday_past_tense_resolves_to_last_occurrence() -> None:
    t = one("Putin traf am Mittwoch in Pjöngjang ein.")
    assert (t.time.value, t.direction) == ("2024-06-12", "past")


def test_weekday_equal_to_reference_weekday_is_reference_day_in_both_tenses() -> None:
    assert one("Er reiste am Dienstag ab.").time.value == "2024-06-18"
    assert one("Er wird am Dienstag abreisen.").time.value == "2024-06-18"


def test_weekday_present_tense_stays_in_reference_week() -> None:
    assert one("Am Donnerstag beginnt der Gipfel.").time.value == "2024-06-20"
    assert one("Am Montag beginnt der Gipfel.").time.value == "2024-06-17"


def test_weekday_compound_part_of_day_is_time_value() -> None:
    t = one("Putin landete am Dienstagabend in Pjöngjang.")
    assert (t.text, t.type, t.time.value, t.time.precision) == (
        "Dienstagabend", "TIME", "2024-06-18TEV", DAY)
    assert one("Er kam Mittwochmorgen an.", date(2024, 6, 19)).time.value == "2024-06-19TMO"


def test_weekday_early_modifier_keeps_day_with_start_mod() -> None:
    t = one("Putin traf am frühen Mittwoch ein.", date(2024, 6, 19))
    assert (t.text, t.time.value, t.mod) == ("frühen Mittwoch", "2024-06-19", "START")


def test_weekday_explicit_direction_words_override_tense() -> None:
    assert one("Er kommt am kommenden Freitag.").time.value == "2024-06-21"
    assert one("Er kam am vergangenen Freitag.").time.value == "2024-06-14"


def test_weekday_pair_becomes_one_range() -> None:
    t = one("Am Dienstag und Mittwoch finden Gespräche statt.")
    assert t.text == "Am Dienstag und Mittwoch"
    assert t.time.is_range and t.time.value == "2024-06-18/2024-06-19"
    assert (t.time.begin, t.time.end) == (date(2024, 6, 18), date(2024, 6, 19))


def test_weekday_without_reference_stays_unresolved() -> None:
    t = one("Putin traf am frühen Mittwoch ein.", None)
    assert (t.time.value, t.anchor, t.direction, t.relative) == (
        "XXXX-WXX-3", "unresolved", "past", "WD3")
    assert t.time.begin is None and t.time.end is None and not t.time.resolved


def test_weekday_with_explicit_date_uses_the_date() -> None:
    t = one("Am Mittwoch, 19. Juni 2024, unterzeichneten sie.")
    assert (t.text, t.time.value) == ("Mittwoch, 19. Juni 2024", "2024-06-19")


# ---------------------------------------------------------------- deictic days and weeks

def test_deictic_gestern_heute_morgen_resolve_against_reference() -> None:
    assert values("gestern, heute und morgen") == [
        ("gestern", "2024-06-17"), ("heute", "2024-06-18"), ("morgen", "2024-06-19")]


def test_deictic_heute_abend_is_time_of_day() -> None:
    t = one("Heute Abend spricht er.")
    assert (t.type, t.time.value) == ("TIME", "2024-06-18TEV")


def test_deictic_word_without_reference_is_unresolved() -> None:
    t = one("Er sagte gestern.", None)
    assert (t.time.value, t.anchor, t.relative) == ("XXXX-XX-XX", "unresolved", "D-1")


def test_week_last_and_next_are_iso_weeks() -> None:
    last = one("Letzte Woche sagte er das.")
    assert (last.time.value, last.time.precision) == ("2024-W24", WEEK)
    assert (last.time.begin, last.time.end) == (date(2024, 6, 10), date(2024, 6, 16))
    assert one("Nächste Woche kommt er.").time.value == "2024-W26"


# ---------------------------------------------------------------- offsets

def test_offset_vor_n_jahren_gives_the_year() -> None:
    t = one("Vor 24 Jahren war er zuletzt dort.")
    assert (t.text, t.time.value, t.time.precision) == ("Vor 24 Jahren", "2000", YEAR)
    assert (t.time.begin, t.time.end) == (date(2000, 1, 1), date(2000, 12, 31))


def test_offset_seit_n_jahren_gives_the_starting_year() -> None:
    t = one("Seit 24 Jahren war kein Staatschef dort.")
    assert (t.time.value, t.time.precision, t.type) == ("2000", YEAR, "DATE")


def test_offset_number_words() -> None:
    assert one("Vor zwei Jahren war das anders.").time.value == "2022"
    assert one("Vor drei Monaten begann es.").time.value == "2024-03"
    assert one("Seit zwei Wochen verhandeln sie.").time.value == "2024-W23"


def test_offset_approximate_quarter_century() -> None:
    t = one("Vor fast einem Vierteljahrhundert war Putin dort.")
    assert (t.time.value, t.time.precision, t.mod) == ("1999", YEAR, "APPROX")


def test_offset_in_n_weeks_is_future_date_or_past_duration() -> None:
    assert one("In zwei Wochen wird gewählt.").time.value == "2024-W27"
    t = one("In zwei Wochen baute er das Haus.")
    assert (t.type, t.time.value) == ("DURATION", "P2W")


# ---------------------------------------------------------------- months, years, seasons

def test_month_without_year_follows_tense() -> None:
    assert one("Im März war er in Moskau.").time.value == "2024-03"
    assert one("Im März ist er in Moskau.").time.value == "2024-03"
    assert one("Im März wird er nach Moskau reisen.").time.value == "2025-03"


def test_month_with_year_covers_the_month() -> None:
    t = one("im September 2023")
    assert (t.text, t.time.value, t.time.precision) == ("September 2023", "2023-09", MONTH)
    assert (t.time.begin, t.time.end, t.time.is_range) == (
        date(2023, 9, 1), date(2023, 9, 30), False)
    assert one("im April 2019").time.value == "2019-04"


def test_year_im_jahr_and_modifiers() -> None:
    assert values("im Jahr 2000") == [("Jahr 2000", "2000")]
    start, mid, end = find_timexes("Anfang 2023, Mitte 2023 und Ende 2023", REF)
    assert [t.time.value for t in (start, mid, end)] == ["2023"] * 3
    assert [t.mod for t in (start, mid, end)] == ["START", "MID", "END"]
    assert start.time.begin == date(2023, 1, 1) and end.time.end == date(2023, 12, 31)
    assert start.time.end is not None and start.time.end < date(2023, 6, 1)


def test_season_without_year_and_with_year() -> None:
    t = one("Im Frühjahr war er in Peking.")
    assert (t.time.value, t.time.precision) == ("2024-SP", SEASON)
    assert (t.time.begin, t.time.end) == (date(2024, 3, 1), date(2024, 5, 31))
    assert one("im Herbst 2022").time.value == "2022-FA"


def test_decade_and_century() -> None:
    t = one("in den 1990er Jahren")
    assert (t.time.value, t.time.precision) == ("199X", DECADE)
    assert (t.time.begin, t.time.end) == (date(1990, 1, 1), date(1999, 12, 31))
    c = one("im 19. Jahrhundert")
    assert (c.time.value, c.time.precision) == ("18XX", CENTURY)
    assert one("Dieses Jahrzehnt gilt als entscheidend.").time.value == "202X"


def test_year_before_christ() -> None:
    t = one("Die Schlacht fand 480 v. Chr. statt.")
    assert (t.time.value, t.time.begin) == ("BC0480", None)


# ---------------------------------------------------------------- dates

def test_numeric_dates() -> None:
    assert values("am 18.06.2024 und am 23.4.2019") == [
        ("18.06.2024", "2024-06-18"), ("23.4.2019", "2019-04-23")]
    t = one("Am 18.6. sprach er.")
    assert (t.text, t.time.value, t.anchor) == ("18.6.", "2024-06-18", "publication")


def test_written_date_with_year() -> None:
    t = one("Am 19. Juni 2024 unterzeichneten sie den Vertrag.")
    assert (t.text, t.time.value, t.time.precision, t.anchor) == (
        "19. Juni 2024", "2024-06-19", DAY, "absolute")


def test_written_date_without_year_takes_reference_year() -> None:
    assert one("Am 3. März sprach er.").time.value == "2024-03-03"
    assert one("Am 3. März wird er sprechen.").time.value == "2025-03-03"


def test_date_with_clock_is_time() -> None:
    t = one("Am 18.06.2024 um 10:25 Uhr landete er.")
    assert (t.type, t.time.value) == ("TIME", "2024-06-18T10:25")


def test_range_day_to_day_in_one_month() -> None:
    t = one("Die Konferenz dauerte vom 18. bis 20. Juni.")
    assert t.text == "vom 18. bis 20. Juni" and t.time.is_range
    assert (t.time.begin, t.time.end) == (date(2024, 6, 18), date(2024, 6, 20))


def test_seit_weekday_lies_before_the_reference_in_the_present_tense() -> None:
    # A state that began "seit Freitag" began last Friday, never the coming one.
    since = one("Die Ministerin ist seit Freitag im Amt.")
    assert since.time.begin == date(2024, 6, 14)
    assert one("Ab Freitag gilt die neue Regel.").time.end is None


def test_range_open_ended_bis_and_seit() -> None:
    until = one("Die Übung dauert bis zum 28. Juni.")
    assert until.text == "bis zum 28. Juni" and until.time.is_range
    assert (until.time.begin, until.time.end) == (None, date(2024, 6, 28))
    assert until.time.value == "../2024-06-28"
    since = one("Seit Mai gilt die Regel.")
    assert (since.time.begin, since.time.end, since.time.value) == (
        date(2024, 5, 1), None, "2024-05/..")


def test_range_parts_when_ranges_disabled() -> None:
    parts = find_timexes("vom 18. bis 20. Juni 2024", REF, ranges=False)
    assert [(t.text, t.time.value) for t in parts] == [
        ("18.", "2024-06-18"), ("20. Juni 2024", "2024-06-20")]


# ---------------------------------------------------------------- narrative anchoring

def test_narrative_anaphora_use_last_mentioned_date() -> None:
    text = "Am 22. Juni 1941 griff Deutschland an. Am folgenden Tag fiel Brest."
    assert values(text, date(2011, 2, 16)) == [
        ("22. Juni 1941", "1941-06-22"), ("folgenden Tag", "1941-06-23")]


def test_narrative_yearless_date_takes_year_of_history() -> None:
    text = ("Der Krieg begann 1939. Im Jahr 1939 fiel Polen. "
            "Am 3. September erklärten Frankreich und Großbritannien den Krieg.")
    assert values(text, date(2011, 2, 16))[-1] == ("3. September", "1939-09-03")


def test_news_yearless_date_uses_reference_not_old_year() -> None:
    text = "Putin war im Jahr 2000 dort. Am Mittwoch traf er ein. Am 19. Juni unterzeichnete er."
    assert values(text, date(2024, 6, 20))[-1] == ("19. Juni", "2024-06-19")


def test_narrative_without_reference_keeps_yearless_dates_unresolved() -> None:
    text = "Am 19. Juni 2024 kam er. Am folgenden Tag ging er. Im Mai war er dort."
    assert values(text, None) == [
        ("19. Juni 2024", "2024-06-19"), ("folgenden Tag", "2024-06-20"), ("Mai", "XXXX-05")]


def test_narrative_parenthetical_aside_does_not_move_the_story() -> None:
    text = ("Im Jahr 1862 zog die Armee nach Süden (ihr General starb am 15. Juli 1863). "
            "Im Dezember kam es zur Schlacht.")
    assert values(text, date(2011, 2, 16))[-1] == ("Dezember", "1862-12")


def test_duration_values() -> None:
    assert values("Die Gespräche dauerten zwei Tage.") == [("zwei Tage", "P2D")]
    t = one("Seit Monaten wird verhandelt.")
    assert (t.type, t.time.value, t.time.begin) == ("DURATION", "PXM", None)
    assert one("ein zweitägiger Besuch").time.value == "P2D"
    assert one("Nach 48 Stunden war es vorbei.", None).type in ("DURATION", "DATE")
    assert values("innerhalb von 48 Stunden") == [("48 Stunden", "PT48H")]


def test_set_values() -> None:
    t = one("Die Gespräche finden jährlich statt.")
    assert (t.type, t.time.value) == ("SET", "P1Y")
    assert one("Er joggt montags.").time.value == "XXXX-WXX-1"


# ---------------------------------------------------------------- no false dates

@pytest.mark.parametrize("text", [
    "Die Mit So die mit so", "Die Flotte hatte 40 Schiffe und 20 Flugzeuge.",
    "Mit 2000 Soldaten rückten sie vor.", "Es kostet 2000 Euro.", "Ludwig XIV. regierte lange.",
    "Der 2. Weltkrieg prägte Europa.", "Sie zählten 3 Verletzte und 12 Tote.",
    "UN-Resolution 1441 verlangte die Abrüstung.", "Das Spiel endete 3:1.",
    "Er hat 5 Kinder.", "Flug 1862 landete pünktlich.", "Video\n00:00 / 02:15\n",
])
def test_negative_no_false_dates(text: str) -> None:
    assert find_timexes(text, REF) == []


def test_negative_times_that_are_durations() -> None:
    t = one("Die Sitzung dauerte 2:30 Stunden.")
    assert t.type == "DURATION" or t.text == "Stunden"


# ---------------------------------------------------------------- tense

@pytest.mark.parametrize(("sentence", "expected"), [
    ("Putin wird am Mittwoch reisen.", "future"),
    ("Das Abkommen soll am Mittwoch unterzeichnet werden.", "future"),
    ("Russland plant am Mittwoch eine Übung.", "future"),
    ("Putin traf am Mittwoch ein.", "past"),
    ("Putin ist am Mittwoch eingetroffen.", "past"),
    ("Putin hatte am Mittwoch gesprochen.", "past"),
    ("Die Delegation landete am Mittwoch.", "past"),
    ("Am Mittwoch beginnt der Gipfel.", "present"),
    ("Das Konzert musste am Mittwoch abgebrochen werden.", "past"),
    ("Das Konzert muss am Mittwoch abgebrochen werden.", "future"),
])
def test_tense_of_detects_future_past_present(sentence: str, expected: str) -> None:
    assert tense_of(sentence, sentence.index("Mittwoch")) == expected


def test_a_long_perfect_bracket_is_past() -> None:
    sentence = ("Am Wochenende sind in ganz Deutschland nach Angaben der Veranstalter mehrere "
                "Hunderttausend Menschen gegen die Pläne der Regierung auf die Straße gegangen.")
    assert tense_of(sentence, sentence.index("Wochenende")) == "past"
    assert one(sentence).time.value == "2024-W24-WE"  # REF is Tuesday 2024-06-18


def test_tense_of_prefers_marker_in_same_clause() -> None:
    sentence = "Wie der Kreml mitteilte, wird Putin am Mittwoch reisen."
    assert tense_of(sentence, sentence.index("Mittwoch")) == "future"


# ---------------------------------------------------------------- datelines

@pytest.mark.parametrize(("text", "expected"), [
    ("Putin in Pjöngjang\n18.06.2024 10:25\nDer Text.", date(2024, 6, 18)),
    ("Stand: 18.06.2024\nDer Text.", date(2024, 6, 18)),
    ("Berlin (Reuters, 23.4.2019) Der Text.", date(2019, 4, 23)),
    ("Veröffentlicht am 19. Juni 2024 um 12:00 Uhr", date(2024, 6, 19)),
    ("Der Text.\naktualisiert am 20.06.2024", date(2024, 6, 20)),
    ("Titel\n\nFrankfurt am Main, 3. März 2022\n\nDer Text.", date(2022, 3, 3)),
    ("Titel\nHalle (Saale), 07.10.2021, 14:30 Uhr\nDer Text.", date(2021, 10, 7)),
    ("Titel\n\nKiel, 4. Mai 2023 – Die Werft meldete am Morgen", date(2023, 5, 4)),
    ("Titel\nMainz, 12.01.2022 (epd). Der Sender will", date(2022, 1, 12)),
])
def test_dateline_finds_publication_stamps(text: str, expected: date) -> None:
    found = find_dateline(text)
    assert found is not None and found.value == expected and found.how == DATE_FROM_DATELINE
    assert found.evidence and found.evidence in text


def test_dateline_ignores_dates_in_running_text() -> None:
    assert find_dateline("Putin war im Jahr 2000 dort und traf am 19. Juni 2024 ein.") is None
    assert find_dateline("Der Vertrag wurde in Rom unterzeichnet, am 25. März 1957.") is None
    assert find_dateline("Titel\nKiel – Die Werft meldete am 4. Mai 2023 einen Auftrag.") is None
    assert find_dateline("Titel\nDie Bilanz: Kiel, 4. Mai 2023 – Die Werft") is None
    body = "Titel\n\n" + "Ein langer Absatz über die Geschichte. " * 60
    found = find_dateline(body + "\nBonn, 23. Mai 1949\nStand: 18.06.2024")
    assert found is not None and found.value == date(2024, 6, 18)


# ---------------------------------------------------------------- cross-article inference

def test_infer_reference_date_from_same_event_in_dated_article() -> None:
    undated = one("Putin traf am frühen Mittwoch in Pjöngjang ein.", None)
    known = TimeValue("2024-06-18/2024-06-19", DAY, date(2024, 6, 18), date(2024, 6, 19), True)
    result = infer_reference_date([(undated, known)])
    assert result is not None
    day, explanation = result
    assert day == date(2024, 6, 19)
    assert "frühen Mittwoch" in explanation


def test_infer_reference_date_combines_evidence() -> None:
    wednesday = one("Putin traf am Mittwoch ein.", None)
    yesterday = one("Gestern unterzeichneten sie den Vertrag.", None)
    signed = TimeValue("2024-06-19", DAY, date(2024, 6, 19), date(2024, 6, 19))
    result = infer_reference_date([(wednesday, signed), (yesterday, signed)])
    assert result is not None and result[0] == date(2024, 6, 20)


def test_infer_reference_date_none_without_usable_evidence() -> None:
    absolute = one("Am 19. Juni 2024 kam er.", None)
    known = TimeValue("2024-06-19", DAY, date(2024, 6, 19), date(2024, 6, 19))
    assert infer_reference_date([(absolute, known)]) is None
    assert infer_reference_date([]) is None


# ---------------------------------------------------------------- API properties

def test_find_timexes_offsets_point_into_text_and_are_sorted() -> None:
    text = "Am Dienstag kam er, am 19. Juni 2024 reiste er, vor 24 Jahren war er schon da."
    found = find_timexes(text, REF)
    assert [t.start for t in found] == sorted(t.start for t in found)
    assert all(text[t.start:t.end] == t.text for t in found)
    assert len(found) == 3


def test_approximate_offset_covers_neighbouring_years() -> None:
    (t,) = find_timexes("Das war vor fast einem Vierteljahrhundert.", date(2024, 6, 19))
    assert t.time.value == "1999" and t.mod == "APPROX"
    assert t.time.begin == date(1998, 1, 1) and t.time.end == date(2000, 12, 31)


def test_in_der_nacht_is_the_night_of_the_last_day_not_of_a_year_in_between():
    text = ("Der Rat tagte am Dienstagabend über den Etat für 2026. "
            "In der Nacht trat die Kämmerin zurück.")
    assert ("Nacht", "2024-03-12TNI") in values(text, date(2024, 3, 14))


def test_a_present_form_in_tet_is_no_past() -> None:
    assert tense_of("Berg bestreitet die Vorwürfe.", 5) == "present"
    assert tense_of("Berg meldet Insolvenz an.", 5) == "present"
    assert tense_of("Berg arbeitete lange.", 5) == "past"


def test_a_perfect_infinitive_gives_its_clause_no_tense() -> None:
    from graphkit.temporal.tense import tense_of

    sentence = "Die Anwohner werfen der Stadt vor, zu spät gewarnt zu haben."
    assert tense_of(sentence, sentence.find("werfen")) == "present"


# ---------------------------------------------------------------- an undated report's lead

def test_lead_dates_an_undated_report_by_its_latest_past_day() -> None:
    text = ("Werft meldet Großauftrag\n\nKiel – Die Werft hat am 3. Mai 2023 einen Auftrag "
            "erhalten. Das teilte das Unternehmen am Freitag, dem 5. Mai 2023, mit. "
            "Die Fähre soll am 1. Juli 2025 ausgeliefert werden.")
    found = lead_date(text)
    assert found is not None and found.value == date(2023, 5, 5) and found.inferred
    assert "5. Mai 2023" in found.evidence


def test_lead_without_a_past_day_dates_nothing() -> None:
    assert lead_date("Werft plant Ausbau\n\nDie Fähre soll am 1. Juli 2025 fahren.") is None
    assert lead_date("Werft meldet Auftrag\n\nDie Werft erhielt am 3. Mai einen Auftrag.") \
        is None     # no year: the day says nothing about the writing


def test_a_weak_past_after_a_pronoun_is_a_verb() -> None:
    sentence = "Das teilte das Unternehmen am Freitag mit."
    assert tense_of(sentence, sentence.index("Freitag")) == "past"
    sentence = "Am späten Abend kommt er an."
    assert tense_of(sentence, sentence.index("Abend")) == "present"


def test_a_planned_participle_after_haben_is_a_perfect_not_a_plan():
    # "hatte … geplant" tells the planning, which is past; "ist … geplant" a plan ahead.
    told = ("Die Ministerin hatte eine Reise nach Rom geplant, sie aber wegen eines Streiks "
            "abgesagt.")
    assert tense_of(told, told.index("Streiks")) == "past"
    assert tense_of("Die Reise nach Rom ist für Mai geplant.", 4) == "future"


def test_same_day_after_a_month_only_mention_is_the_last_day_named() -> None:
    # "am selben Tag" refers back past "im März" (no day) to the last day talked about.
    text = ("Der Verein gewann am Samstag das Pokalfinale. Der erst im März verpflichtete "
            "Trainer jubelte. Der Rivale stieg am selben Tag ab.")
    assert values(text)[-1] == ("selben Tag", "2024-06-15")
