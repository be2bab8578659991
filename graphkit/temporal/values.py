"""Build TIMEX3-style values and the days they cover (``TimeValue``).

Years before Christ are passed as negative numbers (-479 = 479 v. Chr.); their values read
"BC0479" and, since ``datetime.date`` has no such years, their begin/end stay None.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from graphkit.model import (
    CENTURY,
    DAY,
    DECADE,
    HALF_YEAR,
    MONTH,
    QUARTER,
    SEASON,
    WEEK,
    YEAR,
    TimeValue,
)
from graphkit.temporal.lexicon import SEASON_MONTHS

MAX_YEAR = 9998

# A publication date as metadata and --date give it: day, month or year, optionally with a
# clock time and zone after the day ("2024-11-05T10:25:00+01:00").
_PARTIAL_DATE = re.compile(
    r"(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2})(?:[T ][\d:.+\-Z]*)?)?)?")


def parse_partial_date(text: str) -> tuple[date, str] | None:
    """``"2024-11-05"`` → (2024-11-05, DAY), ``"2024-11"`` → (2024-11-01, MONTH),
    ``"2024"`` → (2024-01-01, YEAR); None for anything else."""
    match = _PARTIAL_DATE.fullmatch(text.strip())
    if match is None:
        return None
    year, month, day = match.group("y"), match.group("m"), match.group("d")
    try:
        if day is not None:
            return date(int(year), int(month), int(day)), DAY
        if month is not None:
            return date(int(year), int(month), 1), MONTH
        return date(int(year), 1, 1), YEAR
    except ValueError:
        return None


def year_text(year: int) -> str:
    return f"{year:04d}" if year > 0 else f"BC{-year:04d}"


def last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def widen(begin: date, end: date) -> tuple[date, date]:
    """The span plus one more of its length before and after, in whole calendar units."""
    try:
        if (begin.month, begin.day, end.month, end.day) == (1, 1, 12, 31):
            years = end.year - begin.year + 1
            return date(begin.year - years, 1, 1), date(end.year + years, 12, 31)
        if begin.day == 1 and end == last_day(end.year, end.month):
            months = (end.year - begin.year) * 12 + end.month - begin.month + 1
            first = add_months(begin.year, begin.month, -months)
            last = add_months(end.year, end.month, months)
            return date(first[0], first[1], 1), last_day(*last)
        span = end - begin + timedelta(days=1)
        return begin - span, end + span
    except (OverflowError, ValueError):
        return begin, end


def narrow(begin: date, end: date, mod: str) -> tuple[date, date]:
    """Anfang / Mitte / Ende: the first, middle or last third of a span; "fast", "etwa",
    "rund" (APPROX): the span and one more of its length on either side ("vor fast 25
    Jahren" in 2024 covers 1998–2000; the value stays the best guess, 1999)."""
    if mod == "APPROX":
        return widen(begin, end)
    if mod not in ("START", "MID", "END"):
        return begin, end
    third = max(((end - begin).days + 1) // 3, 1)
    if mod == "START":
        return begin, begin + timedelta(days=third - 1)
    if mod == "END":
        return end - timedelta(days=third - 1), end
    return begin + timedelta(days=third), end - timedelta(days=third)


def _covered(value: str, precision: str, first: tuple[int, int, int],
             last: tuple[int, int, int] | None, mod: str) -> TimeValue:
    """TimeValue from first/last (year, month, day); last day-of-month 0 = month end."""
    if first[0] <= 0 or (last or first)[0] > MAX_YEAR:
        return TimeValue(value, precision)
    y2, m2, d2 = last or first
    end = last_day(y2, m2) if d2 == 0 else date(y2, m2, d2)
    begin, end = narrow(date(*first), end, mod)
    return TimeValue(value, precision, begin, end)


def day_value(year: int, month: int, day: int, pod: str = "",
              clock: tuple[int, int] | None = None) -> TimeValue:
    value = f"{year_text(year)}-{month:02d}-{day:02d}"
    if clock is not None:
        value += f"T{clock[0]:02d}:{clock[1]:02d}"
    elif pod:
        value += f"T{pod}"
    return _covered(value, DAY, (year, month, day), None, "")


def date_value(day: date, pod: str = "", clock: tuple[int, int] | None = None) -> TimeValue:
    return day_value(day.year, day.month, day.day, pod, clock)


def month_value(year: int, month: int, mod: str = "") -> TimeValue:
    return _covered(f"{year_text(year)}-{month:02d}", MONTH, (year, month, 1), (year, month, 0),
                    mod)


def year_value(year: int, mod: str = "") -> TimeValue:
    return _covered(year_text(year), YEAR, (year, 1, 1), (year, 12, 31), mod)


def decade_value(year: int, mod: str = "") -> TimeValue:
    first = year - year % 10
    return _covered(f"{first // 10:03d}X", DECADE, (first or 1, 1, 1), (first + 9, 12, 31), mod)


def century_value(first_year: int, mod: str = "") -> TimeValue:
    """The hundred years from ``first_year``: "19XX" = 1900–1999; BC: "BC04" = 4th c. BC."""
    if first_year < 0:
        return TimeValue(f"BC{(-first_year) // 100:02d}", CENTURY)
    first = first_year - first_year % 100
    return _covered(f"{first // 100:02d}XX", CENTURY, (first or 1, 1, 1), (first + 99, 12, 31),
                    mod)


def season_value(year: int, season: str, mod: str = "") -> TimeValue:
    first, last = SEASON_MONTHS[season]
    end_year = year + 1 if season == "WI" else year
    return _covered(f"{year_text(year)}-{season}", SEASON, (year, first, 1),
                    (end_year, last, 0), mod)


def quarter_value(year: int, quarter: int, mod: str = "") -> TimeValue:
    first = 3 * (quarter - 1) + 1
    return _covered(f"{year_text(year)}-Q{quarter}", QUARTER, (year, first, 1),
                    (year, first + 2, 0), mod)


def half_value(year: int, half: int, mod: str = "") -> TimeValue:
    first = 1 if half == 1 else 7
    return _covered(f"{year_text(year)}-H{half}", HALF_YEAR, (year, first, 1),
                    (year, first + 5, 0), mod)


def week_value(day: date, mod: str = "") -> TimeValue:
    """The ISO week containing ``day``: "2024-W24", Monday to Sunday."""
    iso_year, iso_week, weekday = day.isocalendar()
    monday = day - timedelta(days=weekday - 1)
    begin, end = narrow(monday, monday + timedelta(days=6), mod)
    return TimeValue(f"{iso_year:04d}-W{iso_week:02d}", WEEK, begin, end)


def weekend_value(day: date) -> TimeValue:
    """The weekend (Saturday and Sunday) of the ISO week containing ``day``."""
    iso_year, iso_week, weekday = day.isocalendar()
    saturday = day + timedelta(days=6 - weekday)
    return TimeValue(f"{iso_year:04d}-W{iso_week:02d}-WE", WEEK, saturday,
                     saturday + timedelta(days=1))


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


MONTHS_PER_UNIT = {"M": 1, "Q": 3, "H": 6, "Y": 12, "DE": 120, "QC": 300, "CE": 1200}


def shift_day(day: date, unit: str, amount: int) -> date | None:
    """``day`` moved by ``amount`` units (D, W, M, Q, H, Y, DE, QC, CE); None if out of range."""
    try:
        if unit == "D":
            return day + timedelta(days=amount)
        if unit == "W":
            return day + timedelta(weeks=amount)
        year, month = add_months(day.year, day.month, MONTHS_PER_UNIT[unit] * amount)
        return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))
    except (ValueError, OverflowError, KeyError):
        return None


def value_at_unit(day: date, unit: str, mod: str = "") -> TimeValue:
    """The calendar unit containing ``day`` at the granularity of ``unit``."""
    if unit == "D":
        return date_value(day)
    if unit == "W":
        return week_value(day, mod)
    if unit in ("M", "H"):
        return month_value(day.year, day.month, mod)
    if unit == "Q":
        return quarter_value(day.year, (day.month - 1) // 3 + 1, mod)
    if unit == "DE":
        return decade_value(day.year, mod)
    if unit == "CE":
        return century_value(day.year, mod)
    return year_value(day.year, mod)
