"""Resolve deictic expressions ("gestern", "am Mittwoch", "im März") against a reference date.

A deictic expression is stored as a compact *spec* (kept in ``Timex.relative`` so that the
same expression can be re-resolved against another candidate publication date):

``D±n``            day offset (gestern = D-1, heute = D+0, morgen = D+1)
``WDk``            weekday k (1 = Monday); the tense picks which one
``WDkL`` ``WDkN``  weekday k named "letzten" / "nächsten": strictly before / after the
                   reference, so on that same weekday a week away
``WDkW±n``         weekday k of the week n weeks away ("Dienstag nächster Woche")
``WE``             the weekend; the tense picks which one
``W±n`` ``M±n`` ``Q±n`` ``Y±n`` ``DE±n`` ``CE±n`` ``QC±n``
                   the calendar unit n units away (letzte Woche = W-1, vor 24 Jahren = Y-24)
``MONm``           month m without a year ("im März")
``DAYm-d``         day d of month m without a year ("am 3. März")
``SEAs``           season without a year ("im Frühjahr")
``QUAq`` ``HALh``  quarter / half-year without a year ("im dritten Quartal")

An optional ``@XX`` suffix carries a part of day (``WD3@MO``).

Tense rules: a weekday equal to the reference's weekday is the reference day itself; future →
the next occurrence on or after the reference; past → the last one on or before it; present →
for a weekday the one in the reference's week, for a month / day / season / quarter the
nearest one. Nearest plausible occurrence overrides the tense in two cases: a day-month date
within a week of the reference is that week's (a misread tense is likelier than a date a year
away), and the next morning or night in the past tense is tomorrow ("Donnerstagfrüh" in a
Wednesday article: already Thursday morning where the event took place, hours ahead).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from graphkit.model import DAY, DECADE, HALF_YEAR, MONTH, QUARTER, SEASON, WEEK, YEAR, TimeValue
from graphkit.temporal import values as V

FUTURE, PAST, PRESENT = "future", "past", "present"

_SPEC = re.compile(
    r"(?P<kind>WD|WE|DAY|MON|SEA|QUA|HAL|DE|CE|QC|D|W|M|Q|Y)(?P<arg>[^@]*)"
    r"(?:@(?P<pod>[A-Z]{2}))?$"
)


def parse_spec(spec: str) -> tuple[str, str, str] | None:
    match = _SPEC.match(spec)
    if match is None:
        return None
    return match.group("kind"), match.group("arg"), match.group("pod") or ""


def resolve_spec(spec: str, reference: date, direction: str, mod: str = "") -> TimeValue | None:
    """The value of ``spec`` seen from ``reference`` under ``direction`` (a tense); None when
    it falls outside the calendar (``gestern`` seen from 0001-01-01, ``morgen`` from
    9999-12-31)."""
    try:
        return _resolve_spec(spec, reference, direction, mod)
    except (OverflowError, ValueError):
        return None


def _resolve_spec(spec: str, reference: date, direction: str, mod: str) -> TimeValue | None:
    parsed = parse_spec(spec)
    if parsed is None:
        return None
    kind, arg, pod = parsed
    if kind == "WD":
        return _weekday(reference, arg, direction, pod)
    if kind == "WE":
        return V.weekend_value(_weekend_anchor(reference, direction))
    if kind == "D":
        day = reference + timedelta(days=int(arg))
        return V.date_value(day, pod)
    if kind == "MON":
        return _month(reference, int(arg), direction, mod)
    if kind == "DAY":
        month, day = (int(x) for x in arg.split("-"))
        return _day(reference, month, day, direction, pod)
    if kind == "SEA":
        return _season(reference, arg, direction, mod)
    if kind in ("QUA", "HAL"):
        return _year_part(reference, kind, int(arg), direction, mod)
    shifted = V.shift_day(reference, kind, int(arg))
    return V.value_at_unit(shifted, kind, mod) if shifted else None


_DAY_LEVEL = ("D", "WD", "WE")


def resolve_in_period(spec: str, first: date, last: date, direction: str,
                      mod: str = "") -> TimeValue | None:
    """The value of ``spec`` in an article known to be published between ``first`` and
    ``last`` (a month- or year-precise publication date).

    Only what every day of the period agrees on is claimed: a stated month or day inside
    the period is that one; a spec that resolves alike from the period's first and last day
    keeps that value; a day-level deixis ("am Mittwoch", "gestern") is some day of the period
    (value "2024-11-XX", precision of the period), never a day before it; anything else
    stays unresolved.
    """
    parsed = parse_spec(spec)
    if parsed is None:
        return None
    kind, arg, _ = parsed
    inside = _stated_inside(kind, arg, first, last, mod)
    if inside is not None:
        return inside
    from_first = resolve_spec(spec, first, direction, mod)
    from_last = resolve_spec(spec, last, direction, mod)
    if from_first is not None and from_first == from_last:
        return from_first
    if kind in _DAY_LEVEL:
        return period_value(first, last)
    return None


def period_value(first: date, last: date) -> TimeValue:
    """Some day of the period [first, last]: "2024-11-XX" (a month) or "2024-XX-XX"."""
    if (first.year, first.month) == (last.year, last.month):
        return TimeValue(f"{first.year:04d}-{first.month:02d}-XX", MONTH, first, last)
    return TimeValue(f"{first.year:04d}-XX-XX", YEAR, first, last)


def _stated_inside(kind: str, arg: str, first: date, last: date, mod: str) -> TimeValue | None:
    """A yearless month or day ("im November", "am 5. November") that falls inside the
    publication period is in that period (same year)."""
    if kind not in ("MON", "DAY") or first.year != last.year:
        return None
    try:
        if kind == "MON":
            value = V.month_value(first.year, int(arg), mod)
        else:
            month, day = (int(x) for x in arg.split("-"))
            value = V.date_value(date(first.year, month, day))
    except ValueError:
        return None
    if value.begin is None or value.end is None:
        return None
    return value if first <= value.begin and value.end <= last else None


def unresolved_value(spec: str) -> TimeValue:
    """An underspecified TIMEX value for ``spec`` when there is no reference date."""
    parsed = parse_spec(spec)
    kind, arg, pod = parsed if parsed else ("D", "0", "")
    suffix = f"T{pod}" if pod else ""
    if kind == "WD":
        return TimeValue(f"XXXX-WXX-{arg[0]}{suffix}", DAY)
    if kind == "WE":
        return TimeValue("XXXX-WXX-WE", WEEK)
    if kind == "DAY":
        month, day = (int(x) for x in arg.split("-"))
        return TimeValue(f"XXXX-{month:02d}-{day:02d}{suffix}", DAY)
    if kind == "MON":
        return TimeValue(f"XXXX-{int(arg):02d}", MONTH)
    if kind == "SEA":
        return TimeValue(f"XXXX-{arg}", SEASON)
    if kind == "QUA":
        return TimeValue(f"XXXX-Q{arg}", QUARTER)
    if kind == "HAL":
        return TimeValue(f"XXXX-H{arg}", HALF_YEAR)
    return {
        "D": TimeValue(f"XXXX-XX-XX{suffix}", DAY), "W": TimeValue("XXXX-WXX", WEEK),
        "M": TimeValue("XXXX-XX", MONTH), "DE": TimeValue("XXXX", DECADE),
    }.get(kind, TimeValue("XXXX", YEAR))


def _weekday(reference: date, arg: str, direction: str, pod: str) -> TimeValue:
    weekday, _, week_shift = arg.partition("W")
    named = weekday[-1:] if weekday[-1:] in ("L", "N") else ""
    target = int(weekday.rstrip("LN"))
    current = reference.isoweekday()
    if week_shift:
        monday = reference - timedelta(days=current - 1) + timedelta(weeks=int(week_shift))
        return V.date_value(monday + timedelta(days=target - 1), pod)
    if named == "L":      # "letzten Mittwoch" said on a Wednesday: a week ago
        delta = -((current - target - 1) % 7) - 1
    elif named == "N":    # "nächsten Mittwoch" said on a Wednesday: in a week
        delta = (target - current - 1) % 7 + 1
    elif direction == FUTURE:
        delta = (target - current) % 7
    elif direction == PAST:
        delta = -((current - target) % 7)
        if delta == -6 and pod in ("MO", "NI"):
            delta = 1  # the next early morning, local time ahead of the newsroom's
    else:
        delta = target - current  # the same ISO week
    return V.date_value(reference + timedelta(days=delta), pod)


def _weekend_anchor(reference: date, direction: str) -> date:
    weekday = reference.isoweekday()
    if weekday >= 6 or direction not in (PAST, FUTURE):
        return reference
    if direction == PAST:
        return reference - timedelta(days=weekday)  # the Sunday before
    return reference


def _nearest_year(reference: date, direction: str, later_than_reference: bool,
                  earlier_than_reference: bool, distance_this_year: int) -> int:
    """Year of a yearless month/day: same year unless the tense pushes it over the edge."""
    year = reference.year
    if direction == FUTURE and earlier_than_reference:
        return year + 1
    if direction == PAST and later_than_reference:
        return year - 1
    if direction == PRESENT or direction == "":
        # nearest occurrence: more than half a year away → the neighbouring year
        if distance_this_year > 183:
            return year - 1
        if distance_this_year < -183:
            return year + 1
    return year


def _month(reference: date, month: int, direction: str, mod: str) -> TimeValue:
    distance = (month - reference.month) * 30
    year = _nearest_year(reference, direction, month > reference.month,
                         month < reference.month, distance)
    return V.month_value(year, month, mod)


NEAR_DAYS = 7   # a day-month date this close to the reference is this one, whatever the tense


def _day(reference: date, month: int, day: int, direction: str, pod: str) -> TimeValue | None:
    try:
        this_year = date(reference.year, month, min(day, 28) if month == 2 and day == 29 else day)
    except ValueError:
        return None
    distance = (this_year - reference).days
    if abs(distance) <= NEAR_DAYS:
        year = reference.year
    else:
        year = _nearest_year(reference, direction, this_year > reference, this_year < reference,
                             distance)
    try:
        return V.date_value(date(year, month, day), pod)
    except ValueError:
        return None


def _year_part(reference: date, kind: str, number: int, direction: str,
               mod: str) -> TimeValue:
    """A quarter or half-year without a year: in the past tense the last one that has begun,
    in the future tense the next one not yet over, else the nearest."""
    make = V.quarter_value if kind == "QUA" else V.half_value
    this_year = make(reference.year, number, mod)
    begin, end = this_year.begin or reference, this_year.end or reference
    distance = (begin - reference).days
    year = _nearest_year(reference, direction, begin > reference, end < reference, distance)
    return make(year, number, mod)


def _season(reference: date, season: str, direction: str, mod: str) -> TimeValue:
    first, _ = V.SEASON_MONTHS[season]
    start = date(reference.year, first, 1)
    end = V.season_value(reference.year, season).end or start
    distance = (start - reference).days
    year = _nearest_year(reference, direction, start > reference, end < reference, distance)
    return V.season_value(year, season, mod)
