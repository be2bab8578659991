"""The relative-date cases of issue 11, each with its expected value (offline, fast)."""

from __future__ import annotations

from datetime import date

import pytest

from graphkit.model import MONTH, YEAR
from graphkit.temporal import find_timexes
from graphkit.temporal.values import parse_partial_date


def values(text: str, reference: date | None, **kwargs: object) -> list[tuple[str, str]]:
    return [(t.text, t.time.value) for t in find_timexes(text, reference, **kwargs)]  # type: ignore[arg-type]


def value_of(text: str, reference: date, **kwargs: object) -> str:
    found = values(text, reference, **kwargs)
    assert len(found) == 1, found
    return found[0][1]


@pytest.mark.parametrize("text", [
    "Das Gipfeltreffen findet am 25. April statt, teilte der Kreml mit.",
    "Putin wird am 25. April in Wladiwostok erwartet.",
    "Am 25. April trifft Putin Kim.",
])
def test_day_two_days_ahead_is_this_year(text):
    assert value_of(text, date(2019, 4, 23)) == "2019-04-25"


def test_day_a_week_behind_in_the_future_tense_is_this_year():
    # A date within a week of the article is that week's, whatever the tense says.
    assert value_of("Die Einigung vom 20. April wird umgesetzt.", date(2019, 4, 23)) == \
        "2019-04-20"


def test_day_far_ahead_in_the_past_tense_is_last_year():
    assert value_of("Am 25. Dezember feierte er.", date(2019, 4, 23)) == "2018-12-25"


@pytest.mark.parametrize("text", ["Putin trifft Donnerstagfrüh in Hanoi ein.",
                                  "Putin traf Donnerstagfrüh in Pjöngjang ein."])
def test_next_morning_in_a_wednesday_article_is_tomorrow(text):
    assert value_of(text, date(2024, 6, 19)) == "2024-06-20TMO"


def test_weekday_in_the_past_otherwise_goes_back():
    assert value_of("Er kam am Donnerstag an.", date(2024, 6, 19)) == "2024-06-13"


def test_last_weekday_on_that_weekday_is_a_week_back():
    assert value_of("Er kam letzten Mittwoch an.", date(2024, 6, 19)) == "2024-06-12"
    assert value_of("Er kam vergangenen Mittwoch an.", date(2024, 6, 19)) == "2024-06-12"
    assert value_of("Er kam letzten Montag an.", date(2024, 6, 19)) == "2024-06-17"


def test_next_weekday_on_that_weekday_is_a_week_ahead():
    assert value_of("Er kommt nächsten Mittwoch.", date(2024, 6, 19)) == "2024-06-26"
    assert value_of("Er kommt kommenden Freitag.", date(2024, 6, 19)) == "2024-06-21"


@pytest.mark.parametrize("text, reference, expected", [
    ("Im vierten Quartal wuchs die Wirtschaft.", date(2024, 2, 19), "2023-Q4"),
    ("Im vierten Quartal wird die Wirtschaft wachsen.", date(2024, 2, 19), "2024-Q4"),
    ("Im ersten Quartal wird die Wirtschaft wachsen.", date(2024, 11, 19), "2025-Q1"),
    ("Im ersten Quartal wuchs die Wirtschaft.", date(2024, 11, 19), "2024-Q1"),
    ("In der zweiten Jahreshälfte wird gebaut.", date(2024, 11, 19), "2024-H2"),
    ("Im Herbst wuchs die Wirtschaft.", date(2024, 2, 19), "2023-FA"),
    ("Im Sommer wird er kommen.", date(2024, 9, 19), "2025-SU"),
    ("Im Sommer kam er.", date(2024, 9, 19), "2024-SU"),
])
def test_quarters_and_seasons_follow_the_tense(text, reference, expected):
    assert value_of(text, reference) == expected


def test_rise_between_two_four_digit_numbers_is_no_year_range():
    assert values("Die Zahl der Teilnehmer stieg von 1200 auf 1500.", date(2024, 9, 19)) == []
    assert values("Der Preis wurde von 1800 auf 2100 erhöht.", date(2024, 9, 19)) == []


def test_postponement_from_year_to_year_is_two_years_not_a_range():
    assert values("Das Treffen wurde von 2019 auf 2020 verschoben.", date(2024, 9, 19)) == [
        ("2019", "2019"), ("2020", "2020")]


def test_a_real_year_range_stays_one():
    assert values("Der Krieg dauerte von 1939 bis 1945.", date(2024, 9, 19)) == [
        ("von 1939 bis 1945", "1939/1945")]


@pytest.mark.parametrize("text, expected", [
    ("In den kommenden Wochen will er reisen.", ("In den kommenden Wochen", "FUTURE_REF")),
    ("In den nächsten Tagen fällt die Entscheidung.", ("In den nächsten Tagen", "FUTURE_REF")),
    ("Bald kommt er.", ("Bald", "FUTURE_REF")),
    ("Ende des Monats reist er.", ("Ende des Monats", "2024-09")),
    ("Zum Jahresende wird es fertig.", ("Jahresende", "2024")),
    ("Ende nächster Woche kommt er.", ("Ende nächster Woche", "2024-W39")),
    ("Bis Monatsende soll es fertig sein.", ("Monatsende", "2024-09")),
])
def test_vague_future_and_end_of_period(text, expected):
    assert values(text, date(2024, 9, 19))[-1] == expected


def test_end_of_period_covers_the_end():
    found = find_timexes("Ende nächster Woche kommt er.", date(2024, 9, 19))
    assert (found[0].time.begin, found[0].time.end) == (date(2024, 9, 28), date(2024, 9, 29))


def test_year_in_a_quotation_does_not_re_anchor():
    text = ("Am 3. Mai 1945 kapitulierte die Stadt. Er sagte: „Schon 1939 war das klar.“ "
            "Am 8. Mai desselben Jahres endete der Krieg.")
    assert values(text, date(2024, 4, 23))[-1] == ("8. Mai desselben Jahres", "1945-05-08")


def test_year_in_a_side_clause_does_not_re_anchor():
    text = ("Am 3. Mai 1945 kapitulierte die Stadt, die schon 1939 erobert worden war. "
            "Im Juni des folgenden Jahres kehrten die Bewohner zurück.")
    assert values(text, date(2024, 4, 23))[-1] == ("Juni des folgenden Jahres", "1946-06")


# --- month- and year-precise publication dates --------------------------------------

NOVEMBER = (date(2024, 11, 1), date(2024, 11, 30))


def test_partial_dates_parse_with_their_precision():
    assert parse_partial_date("2024-11") == (date(2024, 11, 1), MONTH)
    assert parse_partial_date("2024") == (date(2024, 1, 1), YEAR)
    assert parse_partial_date("2024-11-05T10:25:00+01:00") == (date(2024, 11, 5), "day")
    assert parse_partial_date("2024-13") is None
    assert parse_partial_date("November 2024") is None


@pytest.mark.parametrize("text", ["Putin traf Kim am Mittwoch.", "Gestern traf Putin Kim.",
                                  "Putin trifft Kim am Freitag."])
def test_weekday_in_a_month_article_is_a_day_of_that_month(text):
    found = find_timexes(text, NOVEMBER[0], reference_last=NOVEMBER[1])
    assert len(found) == 1
    time = found[0].time
    assert time.value == "2024-11-XX" and time.precision == MONTH
    assert (time.begin, time.end) == NOVEMBER  # never a day of October


def test_dates_a_month_article_fixes_resolve():
    found = find_timexes("Am 5. November traf er Kim, im Oktober war er in Peking. "
                         "Letztes Jahr auch.", NOVEMBER[0], reference_last=NOVEMBER[1])
    assert [t.time.value for t in found] == ["2024-11-05", "2024-10", "2023"]


def test_what_a_month_does_not_fix_stays_unresolved():
    found = find_timexes("Vor drei Wochen kam er an.", NOVEMBER[0], reference_last=NOVEMBER[1])
    assert len(found) == 1 and not found[0].time.resolved


def test_weekday_in_a_year_article_stays_in_that_year():
    found = find_timexes("Putin traf Kim am Mittwoch.", date(2024, 1, 1),
                         reference_last=date(2024, 12, 31))
    assert found[0].time.value == "2024-XX-XX" and found[0].time.precision == YEAR
