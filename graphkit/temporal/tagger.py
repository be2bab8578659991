"""German temporal tagger: find expressions, join ranges, resolve values (``find_timexes``).

Resolution policy (documented here because downstream stages rely on it):

* Deictic expressions (gestern, am Mittwoch, letzte Woche, vor 24 Jahren, im März without a
  year) are resolved against ``reference`` with the tense of their clause; without a reference
  they stay underspecified ("XXXX-WXX-3"), anchor "unresolved", begin/end None.
* Anaphoric expressions (am folgenden Tag, zwei Jahre später, des folgenden Jahres) use the
  last date mentioned before them ("narrative" anchor), falling back to the reference.
* Narrative documents (``narrative=True``, dates in the text mostly long before the reference
  and no news-style deixis such as weekdays or "gestern") work like HeidelTime's narrative
  mode: yearless dates take their year from the last date mentioned, and "heute" means
  "nowadays" (PRESENT_REF). Asides in parentheses do not move the narrative time; a year
  alone on a line (a section heading) starts a new one. Without a reference, yearless dates
  stay underspecified ("XXXX-05"); only anaphora ("am folgenden Tag") use stated dates.
* Ranges are one Timex with ``is_range`` and value "begin/end" in ISO 8601 interval notation;
  open ranges ("seit Mai", "bis zum 28. Juni") have the missing side None and ".." in the
  value ("2024-05/..", "../2024-06-28").
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date, timedelta

from dateutil.easter import easter

from graphkit.model import DAY, DECADE, MONTH, WEEK, YEAR, TimeValue, Timex
from graphkit.temporal import patterns as P
from graphkit.temporal import values as V
from graphkit.temporal.candidates import (
    ANA,
    CAL,
    CLOCK,
    DUR,
    EASTER,
    RANGE,
    REF,
    REL,
    SET,
    Candidate,
    find_candidates,
)
from graphkit.temporal.lexicon import SIDE_CLAUSE_OPENERS
from graphkit.temporal.resolve import (
    PAST,
    PRESENT,
    period_value,
    resolve_in_period,
    resolve_spec,
    unresolved_value,
)
from graphkit.temporal.tense import tense_of

DATE, TIME, DURATION, SET_TYPE = "DATE", "TIME", "DURATION", "SET"
ABSOLUTE, PUBLICATION, NARRATIVE, UNRESOLVED = "absolute", "publication", "narrative", "unresolved"

_UNIT_PRECISION = {"D": DAY, "W": WEEK, "M": MONTH, "Y": YEAR, "DE": DECADE, "T": DAY}


@dataclass
class _Anchor:
    """The last date mentioned: year (negative = BC), month and day where known."""

    year: int
    month: int | None = None
    day: int | None = None
    strong: bool = False           # from an explicit date with a year (not a bare year)
    explicit: bool = False         # its year was written out (not itself inferred)

    def as_date(self) -> date | None:
        if self.year <= 0 or self.year > V.MAX_YEAR:
            return None
        return date(self.year, self.month or 1, self.day or 1)


TENSE_WINDOW = 1000  # characters either side of an expression searched for its tense


@dataclass
class _Context:
    text: str
    reference: date | None
    narrative: bool
    historical: bool
    sentence_starts: list[int] = field(default_factory=list)
    anchor: _Anchor | None = None        # the last date mentioned
    fine_anchor: _Anchor | None = None   # the last one with at least a month
    day_anchor: _Anchor | None = None    # the last one with a day
    reference_last: date | None = None   # last day of a month- or year-precise reference

    @property
    def day_precise(self) -> bool:
        return self.reference_last is None or self.reference_last == self.reference

    def resolve_ref(self, spec: str, direction: str, mod: str = "") -> TimeValue | None:
        """``spec`` against the publication date, at the precision that date has."""
        assert self.reference is not None
        if self.day_precise:
            return resolve_spec(spec, self.reference, direction, mod)
        assert self.reference_last is not None
        return resolve_in_period(spec, self.reference, self.reference_last, direction, mod)

    def sentence_at(self, offset: int) -> tuple[int, int]:
        i = bisect_right(self.sentence_starts, offset) - 1
        start = self.sentence_starts[i]
        end = self.sentence_starts[i + 1] if i + 1 < len(self.sentence_starts) else len(self.text)
        return start, end

    def tense(self, cand: Candidate) -> str:
        if cand.direction:
            return cand.direction
        start, end = self.sentence_at(cand.start)
        # A run-on "sentence" of many KB would be scanned once per expression (quadratic);
        # the tense marker of a clause lies within a few hundred characters.
        start, end = max(start, cand.start - TENSE_WINDOW), min(end, cand.start + TENSE_WINDOW)
        return tense_of(self.text[start:end], cand.start - start)


@dataclass
class _Resolved:
    time: TimeValue
    type: str = DATE
    anchor: str = ABSOLUTE
    direction: str = ""
    relative: str = ""
    mod: str = ""


def sentence_starts(text: str) -> list[int]:
    starts = [0]
    for match in P.SENTENCE_END.finditer(text):
        starts.append(match.end())
    return starts


# ---------------------------------------------------------------- joining candidates

def _join(text: str, cands: list[Candidate], atomic: bool) -> list[Candidate]:
    """Weekday + date, date + clock, ranges ("bis", "und"), open ranges ("seit", "bis zum")."""
    joined: list[Candidate] = []
    for cand in cands:
        previous = joined[-1] if joined else None
        if previous is not None:
            between = text[previous.end:cand.start]
            merged = _merge_pair(text, previous, cand, between, atomic)
            if merged is not None:
                joined[-1] = merged
                continue
        joined.append(cand)
    return joined if atomic else [_open_range(text, c) for c in joined]


def _is_weekday(c: Candidate) -> bool:
    return c.kind == REL and c.spec.startswith("WD")


def _grain(c: Candidate) -> str:
    if c.kind != CAL:
        return ""
    if c.day is not None:
        return "day"
    if c.month is not None:
        return "month"
    if c.season:
        return "season"
    if c.decade is not None or c.century is not None:
        return ""
    return "year" if c.year is not None else ""


def _merge_pair(text: str, first: Candidate, second: Candidate, between: str,
                atomic: bool) -> Candidate | None:
    if len(between) > 24:
        return None
    if _is_weekday(first) and second.kind == CAL and second.day is not None \
            and P.WEEKDAY_DATE_JOIN.fullmatch(between):
        merged = Candidate(**{**second.__dict__, "start": first.start})
        merged.pod = merged.pod or first.spec.partition("@")[2]
        return merged
    if atomic:
        return None
    if first.kind == CAL and first.day is not None and first.clock is None \
            and second.kind == CLOCK and P.DATE_CLOCK_JOIN.fullmatch(between):
        return Candidate(**{**first.__dict__, "end": second.end, "clock": second.clock})
    if first.kind == RANGE or second.kind == RANGE:
        return None
    same_weekday_kind = _is_weekday(first) and _is_weekday(second)
    same_grain = _grain(first) != "" and _grain(first) == _grain(second)
    if not (same_weekday_kind or same_grain):
        return None
    joined_by_range = P.RANGE_JOIN.fullmatch(between) is not None
    if joined_by_range and _grain(first) == "year" and "auf" in between:
        return None  # "von 2019 auf 2020 verschoben": a change of year, not a span
    joined_by_and = same_weekday_kind and P.AND_JOIN.fullmatch(between) is not None
    if not (joined_by_range or joined_by_and):
        return None
    prefix = P.RANGE_PREFIX.search(text, max(0, first.start - 30), first.start)
    start = prefix.start() if prefix else first.start
    return Candidate(start, second.end, RANGE, begin=first, last=second, priority=4)


def _open_range(text: str, cand: Candidate) -> Candidate:
    if cand.kind not in (CAL, EASTER) and not _is_weekday(cand) and \
            not (cand.kind == REL and cand.spec.startswith(("MON", "D+0", "D-", "D+"))):
        return cand
    before = P.OPEN_BEFORE.search(text, max(0, cand.start - 30), cand.start)
    if before is None:
        return cand
    word = before.group("w").lower()
    if word == "seit" and _is_weekday(cand) and not cand.direction:
        # "seit Freitag": a state began then, so the day lies before the reference whatever
        # the tense ("Er ist seit Freitag im Amt" said on a Monday is last Friday).
        cand.direction = PAST
    if word in ("seit", "ab"):
        return Candidate(before.start(), cand.end, RANGE, begin=cand, last=None, priority=4)
    return Candidate(before.start(), cand.end, RANGE, begin=None, last=cand, priority=4)


# ---------------------------------------------------------------- document mode

def _is_historical(cands: list[Candidate], reference: date | None) -> bool:
    """A narrative about the past: most explicit years well before the reference and no
    news-style deixis (weekdays, gestern/morgen, letzte Woche)."""
    if reference is None:
        return False
    years: list[int] = []
    for cand in cands:
        for part in (cand.begin, cand.last) if cand.kind == RANGE else (cand,):
            if part is None:
                continue
            if part.news_deixis:
                return False
            if part.explicit_year:
                years.append(part.year or 0)
    old = sum(1 for y in years if y < reference.year - 1)
    return len(years) >= 2 and old * 2 > len(years)


# ---------------------------------------------------------------- resolution

def _cal_value(c: Candidate, year: int) -> TimeValue | None:
    try:
        if c.day is not None and c.month is not None:
            return V.day_value(year, c.month, c.day, c.pod, c.clock) if year > 0 or \
                1 <= c.day <= 31 else None
        if c.month is not None:
            return V.month_value(year, c.month, c.mod)
        if c.season:
            return V.season_value(year, c.season, c.mod)
        if c.quarter:
            return V.quarter_value(year, c.quarter, c.mod)
        if c.half:
            return V.half_value(year, c.half, c.mod)
        return V.year_value(year, c.mod)
    except ValueError:
        return None


def _time_type(c: Candidate) -> str:
    return TIME if (c.pod or c.clock) and c.day is not None else DATE


def _resolve_cal(c: Candidate, ctx: _Context) -> _Resolved | None:
    if c.century is not None:
        return _Resolved(V.century_value(c.century, c.mod), mod=c.mod)
    if c.decade is not None:
        return _Resolved(V.decade_value(c.decade, c.mod), mod=c.mod)
    if c.spec.startswith("DEC"):
        return _two_digit_decade(c, ctx)
    if c.year is not None:
        if c.two_digit_year:
            c.year = _century_for(c.year, ctx)
        elif 0 < c.year < 1000 and ctx.anchor is not None and ctx.anchor.year < 0:
            c.year = -c.year  # "im Jahr 478" in a narrative set before Christ
        value = _cal_value(c, c.year)
        return _Resolved(value, _time_type(c), mod=c.mod) if value else None
    if c.year_rel is not None:
        base, label = _base_year(ctx)
        if base is None:
            return _unresolved_cal(c)
        value = _cal_value(c, base + c.year_rel)
        return _Resolved(value, _time_type(c), label, mod=c.mod) if value else None
    return _yearless(c, ctx)


def _century_for(two_digits: int, ctx: _Context) -> int:
    """"1.9.39": the year ending in 39 nearest to the narrative or the reference year."""
    pivot = 2000
    if ctx.historical and ctx.anchor is not None:
        pivot = ctx.anchor.year
    elif ctx.reference is not None:
        pivot = ctx.reference.year
    options = [c + two_digits for c in (1800, 1900, 2000)]
    return min(options, key=lambda y: (abs(y - pivot) if y <= pivot + 10 else 10_000, -y))


def _base_year(ctx: _Context) -> tuple[int | None, str]:
    if ctx.anchor is not None and (ctx.narrative or ctx.reference is None):
        return ctx.anchor.year, NARRATIVE
    if ctx.reference is not None:
        return ctx.reference.year, PUBLICATION
    return None, UNRESOLVED


def _yearless_spec(c: Candidate) -> str:
    if c.day is not None and c.month is not None:
        spec = f"DAY{c.month}-{c.day}"
    elif c.month is not None:
        spec = f"MON{c.month}"
    elif c.season:
        spec = f"SEA{c.season}"
    else:
        return ""
    return spec + (f"@{c.pod}" if c.pod and c.day is not None else "")


def _use_narrative_anchor(ctx: _Context) -> bool:
    if not ctx.narrative or ctx.anchor is None:
        return False
    if ctx.reference is None:
        return False  # no publication date: a yearless date stays underspecified
    return ctx.historical


def _narrative_year(ctx: _Context) -> int:
    """Year of a yearless date in a narrative: that of the last date stated with a month in
    this section, else of the last date at all. (Rolling a month that lies before the
    anchor's month into the next year was tried and lowered accuracy on the tuning
    documents, so it is not done.)"""
    anchor = ctx.fine_anchor or ctx.anchor
    assert anchor is not None
    return anchor.year


def _yearless(c: Candidate, ctx: _Context) -> _Resolved | None:
    spec = _yearless_spec(c)
    if _use_narrative_anchor(ctx) and ctx.anchor is not None:
        value = _cal_value(c, _narrative_year(ctx))
        return _Resolved(value, _time_type(c), NARRATIVE, relative=spec, mod=c.mod) \
            if value else None
    if not spec:
        if c.quarter or c.half:
            base, label = _base_year(ctx)
            if base is not None:
                value = _cal_value(c, base)
                return _Resolved(value, DATE, label, mod=c.mod) if value else None
        return _unresolved_cal(c)
    if ctx.reference is None:
        return _Resolved(unresolved_value(spec), _time_type(c), UNRESOLVED, relative=spec,
                         mod=c.mod)
    tense = ctx.tense(c)
    value = ctx.resolve_ref(spec, tense, c.mod)
    if value is None:
        return _Resolved(unresolved_value(spec), _time_type(c), UNRESOLVED, tense, spec, c.mod)
    if c.clock is not None and value.begin is not None and value.precision == DAY:
        value = V.date_value(value.begin, clock=c.clock)
    return _Resolved(value, _time_type(c), PUBLICATION, tense, spec, c.mod)


def _unresolved_cal(c: Candidate) -> _Resolved:
    spec = _yearless_spec(c) or "Y+0"
    return _Resolved(unresolved_value(spec), _time_type(c), UNRESOLVED, relative=spec, mod=c.mod)


def _two_digit_decade(c: Candidate, ctx: _Context) -> _Resolved:
    two = int(c.spec[3:])
    ref_year = ctx.reference.year if ctx.reference else None
    first = 2000 + two if ref_year and 2000 + two <= ref_year else 1900 + two
    return _Resolved(V.decade_value(first, c.mod), mod=c.mod)


def _resolve_rel(c: Candidate, ctx: _Context) -> _Resolved | None:
    if c.value == "heute" and ctx.historical:
        return _present_ref(ctx)
    base, label = ctx.reference, PUBLICATION
    if ctx.historical and ctx.anchor is not None and not c.spec.startswith(("WD", "WE", "D")):
        base, label = ctx.anchor.as_date(), NARRATIVE
        if base is None and c.spec[:2] in ("Y+", "Y-"):  # a year before Christ
            return _Resolved(V.year_value(ctx.anchor.year + int(c.spec[1:]), c.mod), DATE,
                             NARRATIVE, relative=c.spec, mod=c.mod)
    needs_tense = c.spec.startswith(("WD", "WE", "SEA", "MON", "DAY", "QUA", "HAL")) \
        or c.duration_if_past
    tense = ctx.tense(c) if needs_tense else ""
    if c.duration_if_past and tense == PAST:
        return _Resolved(TimeValue(c.duration_if_past, _duration_precision(c.duration_if_past)),
                         DURATION, ABSOLUTE)
    if base is None:
        return _Resolved(unresolved_value(c.spec), _rel_type(c), UNRESOLVED, tense, c.spec,
                         c.mod)
    if label == PUBLICATION:
        value = ctx.resolve_ref(c.spec, tense or PRESENT, c.mod)
        if value is None:  # the period does not say which (a month-precise reference)
            return _Resolved(unresolved_value(c.spec), _rel_type(c), UNRESOLVED, tense, c.spec,
                             c.mod)
    else:
        value = resolve_spec(c.spec, base, tense or PRESENT, c.mod)
    if value is None:
        return None
    return _Resolved(value, _rel_type(c), label, tense, c.spec, c.mod)


def _rel_type(c: Candidate) -> str:
    return TIME if "@" in c.spec else DATE


def _present_ref(ctx: _Context) -> _Resolved:
    ref = ctx.reference
    last = ctx.reference_last or ref
    return _Resolved(TimeValue("PRESENT_REF", DAY, ref, last), DATE,
                     PUBLICATION if ref else UNRESOLVED)


def _resolve_ana(c: Candidate, ctx: _Context) -> _Resolved | None:
    """Offsets from the last date mentioned (falling back to the reference date)."""
    unit = c.spec
    anchor = ctx.anchor
    if unit == "DOM":
        return _day_of_anchor_month(c, ctx)
    needs_day = unit in ("D", "W")
    needs_month = unit in ("M", "Q")
    if unit == "D" and (c.pod or c.amount == 0) and (anchor is None or anchor.day is None):
        # "in der Nacht" after "am Mittwochabend … für 2025", "am selben Tag" after "am
        # Sonntag … im Januar gegründet": the day meant is the last day talked about, not
        # the month's or year's (nor the publication day).
        anchor = ctx.day_anchor or anchor
    if anchor is None or (needs_day and anchor.day is None) or \
            (needs_month and anchor.month is None):
        if c.duration_if_past:  # "nach 77 Tagen" with no day to count from: a duration
            return _Resolved(TimeValue(c.duration_if_past,
                                       _duration_precision(c.duration_if_past)), DURATION)
        if ctx.reference is None or ctx.historical:
            return _Resolved(unresolved_value(f"{unit}+0"), DATE, UNRESOLVED)
        if not ctx.day_precise and unit in ("D", "W", "M", "Q", "Y"):
            spec = f"{unit}{c.amount:+d}"
            value = ctx.resolve_ref(spec, PRESENT, c.mod)
            if value is None:
                return _Resolved(unresolved_value(spec), DATE, UNRESOLVED, relative=spec)
            return _Resolved(value, DATE, PUBLICATION, relative=spec, mod=c.mod)
        anchor = _Anchor(ctx.reference.year, ctx.reference.month, ctx.reference.day)
        label = PUBLICATION
    else:
        label = NARRATIVE
    if unit.startswith("SEA"):
        season = unit[3:]
        year = anchor.year + c.amount
        if c.amount > 0 and anchor.month is not None:
            year = anchor.year + (0 if V.SEASON_MONTHS[season][0] > anchor.month else 1)
        return _Resolved(V.season_value(year, season, c.mod), DATE, label, mod=c.mod)
    if unit == "Y" and anchor.year <= 0:
        return _Resolved(V.year_value(anchor.year + c.amount, c.mod), DATE, label, mod=c.mod)
    start = anchor.as_date()
    if start is None:
        return None
    shifted = V.shift_day(start, unit, c.amount)
    if shifted is None:
        return None
    if unit == "D":
        value = V.date_value(shifted, c.pod)
        return _Resolved(value, TIME if c.pod else DATE, label, mod=c.mod)
    return _Resolved(V.value_at_unit(shifted, unit, c.mod), DATE, label, mod=c.mod)


def _day_of_anchor_month(c: Candidate, ctx: _Context) -> _Resolved | None:
    """"am 24. die Armee …": day 24 of the month last mentioned (narratives only)."""
    anchor = ctx.fine_anchor
    if anchor is None or anchor.month is None or not ctx.historical:
        return None
    try:
        return _Resolved(V.day_value(anchor.year, anchor.month, c.amount), DATE, NARRATIVE)
    except ValueError:
        return None


def _duration_precision(value: str) -> str:
    if value.startswith("PT"):
        return DAY
    return _UNIT_PRECISION.get(value[-2:] if value.endswith("DE") else value[-1:], YEAR)


def _resolve_clock(c: Candidate, ctx: _Context) -> _Resolved:
    anchor = ctx.anchor
    day: date | None = None
    label = NARRATIVE
    if anchor is not None and anchor.day is not None:
        day = anchor.as_date()
    elif ctx.reference is not None and not ctx.historical:
        if not ctx.day_precise and ctx.reference_last is not None:
            return _Resolved(period_value(ctx.reference, ctx.reference_last), TIME, PUBLICATION)
        day, label = ctx.reference, PUBLICATION
    clock = c.clock or (0, 0)
    if day is None:
        return _Resolved(TimeValue(f"XXXX-XX-XXT{clock[0]:02d}:{clock[1]:02d}", DAY), TIME,
                         UNRESOLVED)
    return _Resolved(V.date_value(day, clock=clock), TIME, label)


def _resolve_easter(c: Candidate, ctx: _Context) -> _Resolved | None:
    year, label = (c.year, ABSOLUTE) if c.year is not None else _base_year(ctx)
    if year is None or not 1583 <= year <= V.MAX_YEAR:
        return _Resolved(TimeValue("XXXX-XX-XX", DAY), DATE, UNRESOLVED)
    return _Resolved(V.date_value(easter(year) + timedelta(days=c.amount)), DATE, label)


def _resolve_single(c: Candidate, ctx: _Context) -> _Resolved | None:
    if c.kind == CAL:
        return _resolve_cal(c, ctx)
    if c.kind == REL:
        return _resolve_rel(c, ctx)
    if c.kind == ANA:
        return _resolve_ana(c, ctx)
    if c.kind == CLOCK:
        return _resolve_clock(c, ctx)
    if c.kind == EASTER:
        return _resolve_easter(c, ctx)
    if c.kind == DUR:
        return _Resolved(TimeValue(c.value, _duration_precision(c.value)), DURATION, mod=c.mod)
    if c.kind == SET:
        precision = DAY if c.value.startswith("XXXX") else _duration_precision(c.value)
        return _Resolved(TimeValue(c.value, precision), SET_TYPE)
    if c.kind == REF:
        if c.value == "PRESENT_REF":
            return _present_ref(ctx)
        return _Resolved(TimeValue(c.value, DAY), DATE, PUBLICATION if ctx.reference else
                         UNRESOLVED)
    return None


def _resolve_in_calendar(c: Candidate, ctx: _Context) -> _Resolved | None:
    """``_resolve_single``, but an expression whose value falls outside years 1-9999 (a
    reference date at the calendar's edge) stays unresolved instead of raising."""
    try:
        return _resolve_single(c, ctx)
    except (OverflowError, ValueError):
        spec = c.spec if c.kind == REL else (_yearless_spec(c) or "Y+0")
        return _Resolved(unresolved_value(spec), DATE, UNRESOLVED, relative=spec, mod=c.mod)


# How far back a parenthesis or quotation may have opened: no real one spans more, and
# looking further made a single huge line cost time quadratic in its length.
LOOKBACK_CHARS = 2000


def _in_parentheses(text: str, start: int) -> bool:
    window = max(0, start - LOOKBACK_CHARS)
    line_start = text.rfind("\n", window, start) + 1 or window
    before = text[line_start:start]
    return before.count("(") > before.count(")")


def _is_heading(text: str, c: Candidate) -> bool:
    """A year alone on its line ("\n1862\n") heads a section."""
    line_start = text.rfind("\n", max(0, c.start - LOOKBACK_CHARS), c.start) + 1
    line_end = text.find("\n", c.end, c.end + LOOKBACK_CHARS)
    line_end = min(len(text), c.end + LOOKBACK_CHARS) if line_end < 0 else line_end
    return not text[line_start:c.start].strip() and not text[c.end:line_end].strip()


_QUOTES = (("„", "“"), ("»", "«"), ("«", "»"))


def _in_quotation(text: str, start: int, sentence_start: int) -> bool:
    """Inside a quotation opened earlier in the sentence („…“, »…«, "…")."""
    before = text[max(sentence_start, start - LOOKBACK_CHARS):start]
    if before.count('"') % 2 == 1:
        return True
    return any(before.count(opening) > before.count(closing) for opening, closing in _QUOTES
               if opening != closing)


def _in_side_clause(text: str, start: int, sentence_start: int) -> bool:
    """In a clause opened by a subordinator or relative pronoun after a comma or dash
    ("…, als er 2019 schon einmal dort war, …")."""
    before = text[sentence_start:start]
    cut = max(before.rfind(","), before.rfind(" – "), before.rfind(" - "))
    if cut < 0:
        return False
    words = P.WORD.findall(before[cut:])
    return bool(words) and words[0].lower() in SIDE_CLAUSE_OPENERS


def _aside(ctx: _Context, c: Candidate) -> bool:
    """A date that does not move the narrative: in parentheses or a quotation, or a bare
    year in a side clause."""
    if _in_parentheses(ctx.text, c.start):
        return True
    sentence_start = ctx.sentence_at(c.start)[0]
    if _in_quotation(ctx.text, c.start, sentence_start):
        return True
    year_only = c.kind == CAL and c.month is None and c.day is None and c.season == ""
    return year_only and _in_side_clause(ctx.text, c.start, sentence_start)


def _remember(resolved: _Resolved, c: Candidate, ctx: _Context) -> None:
    """Update the narrative anchor with a resolved calendar date. Asides in parentheses,
    quotations and years in side clauses do not move the narrative; a year heading starts a
    new section."""
    if _aside(ctx, c):
        return
    if c.kind == CAL and c.year is not None and c.month is None and _is_heading(ctx.text, c):
        ctx.anchor = _Anchor(c.year, explicit=True)
        ctx.fine_anchor = ctx.day_anchor = None
        return
    value = resolved.time
    if resolved.type in (DURATION, SET_TYPE) or value.value.endswith("_REF"):
        return
    if value.begin is None:
        if c.kind == CAL and c.year is not None and c.year <= 0:
            ctx.anchor = _Anchor(c.year, c.month, c.day, strong=True)
            if c.month is not None:
                ctx.fine_anchor = ctx.anchor
        return
    precision = value.precision
    begin = value.begin
    if precision in (DECADE, "century"):
        return
    month = begin.month if precision not in (YEAR,) else None
    day = begin.day if precision == DAY else None
    strong = c.kind == CAL and c.year is not None and (c.month is not None or c.day is not None)
    if ctx.anchor is not None and ctx.anchor.strong and not strong and c.kind != CAL:
        strong = precision == DAY
    ctx.anchor = _Anchor(begin.year, month, day, strong or (precision == DAY),
                         explicit=c.kind == CAL and c.year is not None)
    if month is not None:
        ctx.fine_anchor = ctx.anchor
    if day is not None:
        ctx.day_anchor = ctx.anchor


def _range_value(first: _Resolved | None, last: _Resolved | None) -> TimeValue:
    begin_text = first.time.value if first else ".."
    end_text = last.time.value if last else ".."
    precision = (first or last).time.precision if (first or last) else DAY
    begin = first.time.begin if first else None
    end = last.time.end if last else None
    if begin and end and end < begin and precision == DAY and end + timedelta(days=7) >= begin:
        # Weekday ranges read on their last day ("Mittwoch und Donnerstag" on a Thursday)
        # end in the following week.
        end += timedelta(days=7)
        end_text = end.isoformat()
    return TimeValue(f"{begin_text}/{end_text}", precision, begin, end, is_range=True)


def _inherit_year(first: Candidate, last: Candidate) -> None:
    """"18. bis 20. Juni 2024", "März bis Mai 2023": the first part takes the last's year."""
    if first.kind == CAL and last.kind == CAL and first.year is None and last.year is not None:
        first.year = last.year
        if first.month is not None and last.month is not None and first.month > last.month:
            first.year -= 1


def _align_last_year(first: Candidate, last: Candidate | None, resolved: _Resolved) -> None:
    """Both parts yearless ("vom 18. bis 20. Juni"): the end follows the resolved begin."""
    if last is None or last.kind != CAL or last.year is not None or first.kind != CAL:
        return
    begin = resolved.time.begin
    if begin is None or first.month is None or last.month is None:
        return
    last.year = begin.year + (1 if last.month < first.month else 0)


def _timex(text: str, c: Candidate, r: _Resolved) -> Timex:
    return Timex(c.start, c.end, text[c.start:c.end], r.type, r.time, r.anchor,
                 direction=r.direction, relative=r.relative, mod=r.mod)


def _resolve_all(cands: list[Candidate], ctx: _Context, ranges: bool) -> list[Timex]:
    out: list[Timex] = []
    text = ctx.text
    for c in cands:
        if c.kind != RANGE:
            r = _resolve_in_calendar(c, ctx)
            if r is not None:
                out.append(_timex(text, c, r))
                _remember(r, c, ctx)
            continue
        if c.begin is not None and c.last is not None:
            _inherit_year(c.begin, c.last)
            if _is_weekday(c.begin) and _is_weekday(c.last) and not c.begin.direction:
                c.begin.direction = ctx.tense(c.begin)
                c.last.direction = c.begin.direction
        first = _resolve_in_calendar(c.begin, ctx) if c.begin is not None else None
        if first is not None and c.begin is not None:
            _remember(first, c.begin, ctx)
            _align_last_year(c.begin, c.last, first)
        last = _resolve_in_calendar(c.last, ctx) if c.last is not None else None
        if last is not None and c.last is not None:
            _remember(last, c.last, ctx)
        if (c.begin is not None and first is None) or (c.last is not None and last is None):
            continue
        if not ranges:
            out.extend(_timex(text, part, r) for part, r in ((c.begin, first), (c.last, last))
                       if part is not None and r is not None)
            continue
        out.append(_range_timex(text, c, first, last))
    return out


def _range_timex(text: str, c: Candidate, first: _Resolved | None,
                 last: _Resolved | None) -> Timex:
    main = first or last
    assert main is not None
    anchor = UNRESOLVED if any(r is not None and r.anchor == UNRESOLVED for r in (first, last)) \
        else main.anchor
    relative = "/".join(r.relative if r is not None else ".." for r in (first, last)) \
        if any(r is not None and r.relative for r in (first, last)) else ""
    kind = main.type if main.type in (DATE, TIME) else DATE
    return Timex(c.start, c.end, text[c.start:c.end], kind, _range_value(first, last), anchor,
                 direction=main.direction, relative=relative, mod="")


def find_timexes(text: str, reference: date | None = None, *, narrative: bool = True,
                 ranges: bool = True, reference_last: date | None = None) -> list[Timex]:
    """Temporal expressions in German ``text``, sorted by start (offsets into ``text``).

    ``reference`` is the publication date; ``narrative`` lets yearless and anaphoric
    expressions use dates stated earlier in the text (see the module docstring).
    ``ranges=False`` returns the parts of ranges ("18." and "20. Juni") as separate
    expressions, as TIMEX annotation guidelines do. ``reference_last`` is the last day of a
    month- or year-precise publication date (``reference`` is then its first day):
    deixis resolves only as far as the whole period agrees (see ``resolve_in_period``).
    """
    cands = _join(text, find_candidates(text), atomic=not ranges)
    if not cands:
        return []
    ctx = _Context(text, reference, narrative, narrative and _is_historical(cands, reference),
                   sentence_starts(text), reference_last=reference_last)
    if ctx.historical:
        # A narrative that opens with yearless dates is set in its first stated year.
        first = next((c for c in cands if c.explicit_year and not c.two_digit_year), None)
        if first is not None and first.year is not None:
            ctx.anchor = _Anchor(first.year)
    return _resolve_all(cands, ctx, ranges)
