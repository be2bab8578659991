"""Find candidate temporal expressions: each regex rule turns a match into a ``Candidate``.

Candidates carry parsed calendar fields, not values; :mod:`graphkit.temporal.tagger` resolves
them in text order (it needs the reference date, the tense and the last date mentioned).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, replace

from graphkit.temporal import patterns as P
from graphkit.temporal.lexicon import (
    MONTH_ABBREVIATIONS,
    MONTHS,
    NUMBER_WORDS,
    QUANTITY_CHANGE_WORDS,
    SEASONS,
    UNIT_OF_WORD,
    WEEKDAYS,
)

# Candidate kinds.
CAL = "cal"          # calendar fields (year may be missing)
REL = "rel"          # deictic spec resolved against the reference date (see resolve.py)
ANA = "ana"          # offset from the last date mentioned (am folgenden Tag, zwei Jahre später)
DUR = "dur"          # duration with a literal value
SET = "set"          # recurrence with a literal value
REF = "ref"          # PRESENT_REF / PAST_REF / FUTURE_REF
CLOCK = "clock"      # a clock time without a date
EASTER = "easter"    # a movable feast: ``amount`` days after Easter Sunday
RANGE = "range"      # two parts (either may be None for open ranges)


@dataclass
class Candidate:
    start: int
    end: int
    kind: str
    year: int | None = None          # negative = before Christ
    month: int | None = None
    day: int | None = None
    season: str = ""
    quarter: int = 0
    half: int = 0
    decade: int | None = None        # first year of the decade
    century: int | None = None       # first year of the century
    pod: str = ""
    clock: tuple[int, int] | None = None
    mod: str = ""
    year_rel: int | None = None      # year relative to the last year mentioned
    spec: str = ""                   # REL spec, or ANA unit
    amount: int = 0                  # ANA offset
    value: str = ""                  # DUR / SET / REF literal value
    direction: str = ""              # tense fixed by the words themselves
    duration_if_past: str = ""       # "in zwei Wochen": a duration when told in the past
    begin: Candidate | None = None   # RANGE parts
    last: Candidate | None = None
    priority: int = 0
    news_deixis: bool = False        # weekday, gestern/morgen, letzte Woche: a news text
    two_digit_year: bool = False     # "1.9.39": the century is chosen at resolution

    @property
    def explicit_year(self) -> bool:
        return self.kind == CAL and self.year is not None


# ---------------------------------------------------------------- small parsers

_APPROX = {"fast", "knapp", "etwa", "rund", "ungefähr", "circa", "ca.", "beinahe", "nahezu",
           "annähernd", "gut"}


def month_of(token: str) -> int:
    token = token.rstrip(".").lower()
    if token in MONTHS:
        return MONTHS[token]
    if token.endswith("s") and token[:-1] in MONTHS:
        return MONTHS[token[:-1]]
    return MONTH_ABBREVIATIONS[token]


def number_of(token: str) -> float | None:
    """Digits or a German number word; None for vague quantities ("einige")."""
    token = token.lower()
    if token.isdigit():
        return int(token)
    if token in ("halbes", "halben", "halbe"):
        return 0.5
    if token in ("anderthalb", "eineinhalb"):
        return 1.5
    return NUMBER_WORDS.get(token)


def unit_of(token: str) -> str:
    return UNIT_OF_WORD.get(token.lower(), "")


def approx_mod(quantifier: str | None) -> str:
    if not quantifier:
        return ""
    return "APPROX" if quantifier.split()[0].lower() in _APPROX else ""


def duration_text(amount: float | None, unit: str) -> str:
    """ISO 8601 / TIMEX duration: P2D, PT48H, P6M (half a year), PXY (vague)."""
    time_unit = unit.startswith("T")
    if amount is None:
        return f"PTX{unit[1]}" if time_unit else f"PX{unit}"
    if unit == "QC":
        amount, unit = amount * 25, "Y"
    elif unit == "Q":
        amount, unit = amount * 3, "M"
    if amount != int(amount) and unit == "Y" and amount > 1:
        return f"P{int(amount)}Y{int(round((amount - int(amount)) * 12))}M"
    if amount != int(amount):
        smaller = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("TH", 24),
                   "TH": ("TM", 60), "DE": ("Y", 10), "CE": ("DE", 10)}
        if unit in smaller:
            unit, factor = smaller[unit]
            amount *= factor
            time_unit = unit.startswith("T")
    n = int(round(amount))
    return f"PT{n}{unit[1]}" if time_unit else f"P{n}{unit}"


def _year_rel(phrase: str) -> int:
    phrase = phrase.lower()
    if any(w in phrase for w in ("folgend", "nächst", "kommend", "folgejahr")):
        return 1
    if any(w in phrase for w in ("vorangegangen", "vorig", "vergangen", "letzt", "vorherig",
                                 "vorjahr")):
        return -1
    return 0


def _year_number(text: str, bc: str | None) -> int:
    year = int(text)
    return -year if bc else year


def _preceding_word(text: str, start: int) -> str:
    match = P.PRECEDING_WORD.search(text, max(0, start - 40), start)
    return match.group(1).lower() if match else ""


def _following_word(text: str, end: int) -> str:
    match = P.FOLLOWING_WORD.match(text, end)
    return match.group(1) if match else ""


_TEMPORAL_CONTEXT = frozenset((
    "im", "seit", "bis", "ab", "vom", "zum", "des", "den", "dem", "und", "oder", "nach", "vor",
    "anfang", "mitte", "ende", "beginn", "monat", "monats", "zwischen", "bereits", "schon",
    "noch", "erst", "spätestens", "frühestens", "laufe", "gegen", "um", "in", "für", "diesen",
    "diesem", "jenen", "jenem", "letzten", "vergangenen", "kommenden", "nächsten", "vorigen",
    "ganzen", "gesamten", "späten", "frühen", "ab", "von", "über", "während", "zur", "zu",
    "hochsommer", "sommer", "herbst", "winter", "frühjahr", "jahr", "jahre", "jahres", "etwa",
    "ca.", "circa", "also", "dann", "doch", "wieder", "endlich", "zuletzt", "spätestens",
))
# Words before a bare number that make it a year even before a capitalised word.
_YEAR_CONTEXT = frozenset((
    "im", "seit", "bis", "ab", "vom", "von", "nach", "vor", "um", "zwischen", "anfang", "mitte",
    "ende", "beginn", "jahr", "jahre", "jahres", "jahren", "frühjahr", "sommer", "herbst",
    "winter", "frühling", "etwa", "ca.", "circa", "in", "des", "jahresende", "jahresbeginn",
    "zum", "bereits", "schon", "erst", "noch", "spätestens", "frühestens", "dem", "–", "-",
))
_COUNT_BLOCKERS = frozenset((
    "nr.", "nummer", "seite", "s.", "artikel", "paragraph", "§", "flug", "linie", "resolution",
    "tel.", "band", "bd.", "heft", "nr", "kapitel", "top", "platz", "rang", "größe", "modell",
    "typ", "version", "code", "bus", "route",
))
_UNIT_AFTER = frozenset((
    "%", "prozent", "euro", "dollar", "€", "$", "km", "kilometer", "meter", "tonnen", "mann",
    "stück", "mal", "fach", "punkte", "punkten", "grad", "kilo", "kg", "pfund", "rubel", "yuan",
    "won", "franken", "mio", "mrd", "millionen", "milliarden",
))


# ---------------------------------------------------------------- rule handlers

Handler = Callable[[re.Match[str], str], Candidate | None]


def _numeric_date(m: re.Match[str], text: str) -> Candidate | None:
    year = None
    if m.group("y"):
        year = int(m.group("y"))
    if year is None and not text.startswith(".", m.end("m")):
        return None
    return Candidate(m.start(), m.end(), CAL, year=year, month=int(m.group("m")),
                     day=int(m.group("d")), priority=3,
                     two_digit_year=year is not None and len(m.group("y")) == 2)


def _iso_date(m: re.Match[str], text: str) -> Candidate | None:
    clock = (int(m.group("hh")), int(m.group("mm"))) if m.group("hh") else None
    return Candidate(m.start(), m.end(), CAL, year=int(m.group("y")), month=int(m.group("m")),
                     day=int(m.group("d")), clock=clock, priority=3)


_POD_OF_WORD = {"morgen": "MO", "vormittag": "MO", "morgenstunden": "MO", "mittag": "MI",
                "nachmittag": "AF", "abend": "EV", "abendstunden": "EV", "nacht": "NI",
                "nachtstunden": "NI", "früh": "MO", "morgens": "MO", "vormittags": "MO",
                "nachmittags": "AF", "abends": "EV", "nachts": "NI"}


def _written_date(m: re.Match[str], text: str) -> Candidate | None:
    year = _year_number(m.group("y"), m.group("bc")) if m.group("y") else None
    pod = _POD_OF_WORD.get((m.group("pod") or m.group("podafter") or "").lower(), "")
    mod = "START" if (m.group("early") or "").lower().startswith("früh") else \
        "END" if m.group("early") else ""
    cand = Candidate(m.start(), m.end(), CAL, year=year, month=month_of(m.group("mon")),
                     day=int(m.group("d")), pod=pod, mod=mod, priority=3)
    if m.group("rely"):
        cand.year_rel = _year_rel(m.group("rely"))
    return cand


def _day_range(m: re.Match[str], text: str) -> Candidate | None:
    conj = m.group("conj").strip()
    if conj in ("auf", "auf den", "zum") and not (m.group("pre") or "").strip().lower() \
            .endswith(("vom", "nacht vom")):
        return None
    month2 = month_of(m.group("mon2"))
    month1 = month_of(m.group("mon1")) if m.group("mon1") else month2
    year = int(m.group("y")) if m.group("y") else None
    d1, d2 = int(m.group("d1")), int(m.group("d2"))
    year1 = year - 1 if year and month1 > month2 else year
    night = "nacht" in (m.group("pre") or "").lower()
    first_start = m.start("d1")
    if night:
        first_start = m.start("pre") + (m.group("pre").lower().find("nacht"))
    first_end = m.end("mon1") if m.group("mon1") else m.end("d1") + 1
    first = Candidate(first_start, first_end, CAL, year=year1, month=month1, day=d1,
                      pod="NI" if night else "", priority=3)
    second = Candidate(m.start("d2"), m.end(), CAL, year=year, month=month2, day=d2, priority=3)
    start = m.start("pre") if m.group("pre") else m.start("d1")
    return Candidate(start, m.end(), RANGE, begin=first, last=second, priority=4)


def _month_date(m: re.Match[str], text: str) -> Candidate | None:
    month = month_of(m.group("mon"))
    year = _year_number(m.group("y"), m.group("bc")) if m.group("y") else None
    mod = _mod_of(m.group("mod"))
    if year is None and not m.group("rely") and not m.group("mod"):
        previous = _preceding_word(text, m.start())
        if previous not in _TEMPORAL_CONTEXT:
            return None
        if month == 8 and _following_word(text, m.end())[:1].isupper():
            return None  # "August Bebel"
    cand = Candidate(m.start(), m.end(), CAL, year=year, month=month, mod=mod, priority=2)
    if m.group("rely"):
        cand.year_rel = _year_rel(m.group("rely"))
    return cand


def _mod_of(word: str | None) -> str:
    if not word:
        return ""
    word = word.strip().lower()
    if word.startswith(("anfang", "beginn", "jahresbeginn", "jahresanfang", "monatsanfang")):
        return "START"
    if word.startswith(("mitte", "jahresmitte", "monatsmitte")):
        return "MID"
    if "ende" in word:
        return "END"
    return ""


def _year_word(m: re.Match[str], text: str) -> Candidate | None:
    year = _year_number(m.group("y"), m.group("bc"))
    start = m.start("word")
    word = m.group("word").strip().lower()
    if word.startswith("das "):
        start += 4
    if abs(year) > 2200 or year == 0:
        return None
    return Candidate(start, m.end(), CAL, year=year, priority=2)


def _year_mod(m: re.Match[str], text: str) -> Candidate | None:
    year = _year_number(m.group("y"), m.group("bc"))
    return Candidate(m.start(), m.end(), CAL, year=year, mod=_mod_of(m.group("mod")), priority=2)


def _bc_year(m: re.Match[str], text: str) -> Candidate | None:
    return Candidate(m.start(), m.end(), CAL, year=-int(m.group("y")), priority=2)


def _bare_year(m: re.Match[str], text: str) -> Candidate | None:
    if _in_quantity_change(m, text):
        return None
    previous = _preceding_word(text, m.start())
    if previous in _COUNT_BLOCKERS:
        return None
    following = _following_word(text, m.end())
    if following.lower() in _UNIT_AFTER:
        return None
    month_before = previous.rstrip(".") in MONTHS or previous.rstrip(".") in MONTH_ABBREVIATIONS
    at_line_start = P.LINE_START.search(text, max(0, m.start() - 8), m.start()) is not None
    if following[:1].isupper() and previous not in _YEAR_CONTEXT and not month_before \
            and not (at_line_start and previous in ("*", "•", "·", "-", "–", "")) \
            and following.lower() not in MONTHS:
        return None  # "1500 Soldaten": a count, not a year
    return Candidate(m.start(), m.end(), CAL, year=int(m.group("y")), priority=1)


def _in_quantity_change(m: re.Match[str], text: str) -> bool:
    """"stieg von 1200 auf 1500": two numbers of a rise or fall, not years."""
    change = P.QUANTITY_CHANGE.search(text, max(0, m.start() - 30), min(len(text), m.end() + 30))
    if change is None or not (change.start() <= m.start() and m.end() <= change.end()):
        return False
    window = text[max(0, change.start() - 80):change.end() + 40].lower()
    return any(word in QUANTITY_CHANGE_WORDS for word in P.WORD.findall(window))


def _year_slash(m: re.Match[str], text: str) -> Candidate | None:
    """1941/42, 1940–1943, 264–260 v. Chr.: a range of two years."""
    first, digits = int(m.group("y")), m.group("y2")
    second = int(digits)
    if len(digits) == 2 and first >= 100:
        second += first - first % 100
    if m.group("bc"):
        first, second = -first, -second
        if second <= first:
            return None
    elif not (1000 <= first < second <= 2100) or (m.group("sep") == "/" and second != first + 1):
        return None
    begin = Candidate(m.start("y"), m.end("y"), CAL, year=first, priority=1)
    last = Candidate(m.start("y2"), m.end(), CAL, year=second, priority=1)
    return Candidate(m.start(), m.end(), RANGE, begin=begin, last=last, priority=2)


def _month_pair(m: re.Match[str], text: str) -> Candidate | None:
    """Mai/Juni 1940, Februar bis Juni 1776."""
    year = int(m.group("y"))
    first_month, last_month = month_of(m.group("m1")), month_of(m.group("m2"))
    begin = Candidate(m.start("m1"), m.end("m1"), CAL, month=first_month,
                      year=year - 1 if first_month > last_month else year, priority=2)
    last = Candidate(m.start("m2"), m.end(), CAL, month=last_month, year=year, priority=2)
    return Candidate(m.start(), m.end(), RANGE, begin=begin, last=last, priority=3)


def _day_only(m: re.Match[str], text: str) -> Candidate | None:
    return Candidate(m.start(), m.end(), ANA, spec="DOM", amount=int(m.group("d")), priority=1)


_DECADE_WORDS = {"zwanziger": 20, "dreißiger": 30, "vierziger": 40, "fünfziger": 50,
                 "sechziger": 60, "siebziger": 70, "achtziger": 80, "neunziger": 90}


def _decade(m: re.Match[str], text: str) -> Candidate | None:
    digits = m.group("y") or m.group("y2")
    if digits:
        year = int(digits)
        if year % 10 or (len(digits) == 3):
            return None
    else:
        year = _DECADE_WORDS[m.group("w").lower()]
    start = m.start()
    if text.startswith(("den ", "die "), start) and not m.group("mod"):
        start += 4
    cand = Candidate(start, m.end(), CAL, decade=year, mod=_mod_of(m.group("mod")), priority=3)
    if year < 100:
        cand.decade = None
        cand.spec = f"DEC{year}"   # two-digit decade: the century comes from the reference
    return cand


def _century(m: re.Match[str], text: str) -> Candidate | None:
    number = int(m.group("n"))
    if not 1 <= number <= 21:
        return None
    # 8. Jh. v. Chr. = 800–701 BC, TIMEX "BC07"
    first = -((number - 1) * 100) - 1 if m.group("bc") else (number - 1) * 100
    return Candidate(m.start(), m.end(), CAL, century=first, mod=_mod_of(m.group("mod")),
                     priority=3)


def _season_code(word: str) -> str:
    word = word.lower()
    for suffix in ("es", "s", ""):
        stem = word[: len(word) - len(suffix)] if suffix else word
        if word.endswith(suffix) and stem in SEASONS:
            return SEASONS[stem]
    return ""


def _season(m: re.Match[str], text: str) -> Candidate | None:
    code = _season_code(m.group("s"))
    if not code:
        return None
    year = _year_number(m.group("y"), m.group("bc")) if m.group("y") else None
    adj = (m.group("adj") or "").lower()
    mod = "START" if adj.startswith("früh") else "END" if adj else ""
    word = m.group("s").lower()
    if word.startswith("früh") and word not in ("frühjahr", "frühjahrs", "frühjahres",
                                                 "frühling", "frühlings"):
        mod = "START"
    elif word.startswith(("spät", "hoch")):
        mod = "END" if word.startswith("spät") else "MID"
    if year is None and not m.group("rely") and not m.group("adj"):
        if _preceding_word(text, m.start()) not in _TEMPORAL_CONTEXT | {"der", "diesen", "dem"}:
            return None
    cand = Candidate(m.start(), m.end(), CAL, year=year, season=code, mod=mod, priority=2)
    if m.group("rely"):
        cand.year_rel = _year_rel(m.group("rely"))
    return cand


_ORDINAL = {"ersten": 1, "zweiten": 2, "dritten": 3, "vierten": 4, "letzten": -1}


def _quarter(m: re.Match[str], text: str) -> Candidate | None:
    number = _ORDINAL[m.group("ord")]
    unit = m.group("unit").lower()
    year = int(m.group("y")) if m.group("y") else None
    cand = Candidate(m.start(), m.end(), CAL, year=year, priority=2)
    if "quartal" in unit:
        cand.quarter = 4 if number == -1 else number
    else:
        if number not in (1, 2, -1):
            return None
        cand.half = 2 if number == -1 else number
    if year is None and m.group("rely"):
        cand.year_rel = _year_rel(m.group("rely"))
    elif year is None:
        # "im dritten Quartal": which year depends on the tense, like a month without one.
        spec = f"QUA{cand.quarter}" if cand.quarter else f"HAL{cand.half}"
        return Candidate(m.start(), m.end(), REL, spec=spec, priority=2)
    return cand


def _year_part(m: re.Match[str], text: str) -> Candidate | None:
    word = m.group("word") or ""
    unit = "M" if "monat" in (m.group("unit") or word).lower() else "Y"
    mod = _mod_of(m.group("mod") or word)
    rel = m.group("rel")
    if rel and rel.lower() not in ("laufenden",):
        return Candidate(m.start(), m.end(), ANA, spec=unit, amount=_year_rel(rel), mod=mod,
                         priority=2)
    return Candidate(m.start(), m.end(), REL, spec=f"{unit}+0", mod=mod, priority=2)


_DEICTIC_OFFSETS = {"vorgestern": -2, "gestern": -1, "heute": 0, "morgen": 1, "übermorgen": 2}


def _deictic_day(m: re.Match[str], text: str) -> Candidate | None:
    offset = _DEICTIC_OFFSETS[m.group("w").lower()]
    pod = _POD_OF_WORD.get((m.group("pod") or "").lower(), "")
    spec = f"D{offset:+d}" + (f"@{pod}" if pod else "")
    cand = Candidate(m.start(), m.end(), REL, spec=spec, priority=2, news_deixis=offset != 0)
    if offset == 0 and not pod:
        cand.value = "heute"  # may mean "nowadays" in a historical narrative
    return cand


_DIRECTION_WORDS = {"kommenden": "future", "nächsten": "future", "vergangenen": "past",
                    "letzten": "past", "vorigen": "past", "diesen": "present",
                    "diesem": "present"}
_WEEK_SHIFT = {"vergangenen": -1, "letzten": -1, "vorigen": -1, "nächsten": 1, "kommenden": 1,
               "dieser": 0, "übernächsten": 2}


def _weekday(m: re.Match[str], text: str) -> Candidate | None:
    weekday = WEEKDAYS[m.group("wd").lower()]
    pod = _POD_OF_WORD.get((m.group("pod") or m.group("pod2") or "").lower(), "")
    direction = _DIRECTION_WORDS.get((m.group("dir") or "").strip().lower(), "")
    # "letzten Mittwoch" / "nächsten Mittwoch" never mean today, even on a Wednesday.
    named = {"past": "L", "future": "N"}.get(direction, "")
    spec = f"WD{weekday}"
    if m.group("wk"):
        shift = _WEEK_SHIFT[m.group("wk").split()[-2].lower()]
        spec += f"W{shift:+d}"
    else:
        spec += named
    if pod:
        spec += f"@{pod}"
    early = (m.group("early") or "").lower()
    mod = "START" if early.startswith("früh") else "END" if early else ""
    return Candidate(m.start(), m.end(), REL, spec=spec, direction=direction, mod=mod,
                     priority=2, news_deixis=True)


def _weekday_set(m: re.Match[str], text: str) -> Candidate | None:
    word = (m.group("wd") or m.group("adv")).lower().rstrip("s")
    if word not in WEEKDAYS:
        word = (m.group("wd") or m.group("adv")).lower()
    return Candidate(m.start(), m.end(), SET, value=f"XXXX-WXX-{WEEKDAYS[word]}", priority=2)


_REL_UNITS = {"woche": "W", "wochenende": "WE", "monat": "M", "jahr": "Y", "jahrzehnt": "DE",
              "jahrhundert": "CE", "quartal": "Q", "tag": "D", "abend": "D@EV", "morgen": "D@MO",
              "vormittag": "D@MO", "nachmittag": "D@AF", "nacht": "D@NI"}


def _rel_unit_key(word: str) -> str:
    word = word.lower()
    for key in sorted(_REL_UNITS, key=len, reverse=True):
        if word.startswith(key):
            return key
    return ""


def _relative_unit(m: re.Match[str], text: str) -> Candidate | None:
    rel = m.group("rel").lower()
    unit_word = m.group("unit")
    mod = _mod_of(m.group("mod"))
    season = _season_code(unit_word)
    previous = _preceding_word(text, m.start())
    if unit_word in ("Jahre", "Tage") and previous not in ("im", "am"):
        return None  # plural: "die folgenden Jahre" is a duration
    key = "" if season else _rel_unit_key(unit_word)
    if not season and not key:
        return None
    unit = _REL_UNITS.get(key, "")
    day_level = unit.startswith("D") and not unit.startswith("DE")
    base = rel.rstrip("nrms") if rel not in ("selben", "gleichen", "desselben") else rel
    if base.startswith(("nächste", "kommende", "übernächste")):
        shift = 2 if base.startswith("über") else 1
        anaphoric = day_level
    elif base.startswith(("vergangene", "letzte", "vorige", "vorvergangene")):
        if day_level:
            return None  # "am letzten Tag" is the final day of something, not yesterday
        shift, anaphoric = (-2 if base.startswith("vorver") else -1), False
    elif base.startswith(("diese", "laufende")):
        shift, anaphoric = 0, day_level
    elif base in ("selben", "gleichen", "desselben"):
        shift, anaphoric = 0, True
    elif base.startswith(("folgende", "darauffolgende")):
        shift, anaphoric = 1, True
    else:  # vorangegangene
        shift, anaphoric = -1, True
    if season:
        return _relative_season(m, season, shift, anaphoric, mod)
    unit_code, _, pod = unit.partition("@")
    if unit_code == "WE":
        direction = "future" if shift > 0 else "past" if shift < 0 else "present"
        return Candidate(m.start(), m.end(), REL, spec="WE", direction=direction, priority=2)
    if anaphoric:
        return Candidate(m.start(), m.end(), ANA, spec=unit_code, amount=shift, pod=pod, mod=mod,
                         priority=2)
    spec = f"{unit_code}{shift:+d}" + (f"@{pod}" if pod else "")
    return Candidate(m.start(), m.end(), REL, spec=spec, mod=mod, priority=2,
                     news_deixis=unit_code == "W")


def _relative_season(m: re.Match[str], season: str, shift: int, anaphoric: bool,
                     mod: str) -> Candidate:
    if anaphoric:
        return Candidate(m.start(), m.end(), ANA, spec=f"SEA{season}", amount=shift, mod=mod,
                         priority=2)
    direction = "future" if shift > 0 else "past" if shift < 0 else "present"
    return Candidate(m.start(), m.end(), REL, spec=f"SEA{season}", direction=direction,
                     mod=mod, priority=2)


_SINGLE_WORDS: dict[str, tuple[str, str, int, str]] = {
    # stem → (kind, unit, amount, part of day)
    "vorjahr": (REL, "Y", -1, ""), "folgejahr": (ANA, "Y", 1, ""),
    "vorwoche": (REL, "W", -1, ""), "vormonat": (REL, "M", -1, ""),
    "vortag": (ANA, "D", -1, ""), "folgetag": (ANA, "D", 1, ""),
    "tags darauf": (ANA, "D", 1, ""), "tags zuvor": (ANA, "D", -1, ""),
    "tag darauf": (ANA, "D", 1, ""), "tage darauf": (ANA, "D", 1, ""),
    "tag zuvor": (ANA, "D", -1, ""), "jahr darauf": (ANA, "Y", 1, ""),
    "morgen darauf": (ANA, "D", 1, "MO"), "abend darauf": (ANA, "D", 1, "EV"),
}


def _single_word(m: re.Match[str], text: str) -> Candidate | None:
    word = re.sub(r"\s+", " ", m.group("w").lower())
    if word.startswith("wochenende"):
        return Candidate(m.start(), m.end(), REL, spec="WE", priority=1)
    if word == "jahreswechsel":
        return None
    for stem, (kind, unit, amount, pod) in _SINGLE_WORDS.items():
        if word.startswith(stem):
            if kind == REL:
                return Candidate(m.start(), m.end(), REL, spec=f"{unit}{amount:+d}", priority=1)
            return Candidate(m.start(), m.end(), ANA, spec=unit, amount=amount, pod=pod,
                             priority=1)
    return None


def _pod_alone(m: re.Match[str], text: str) -> Candidate | None:
    word = (m.group("pod") or m.group("pod2")).lower()
    early = (m.group("early") or "").lower()
    mod = "START" if early.startswith("früh") else "END" if early else ""
    start = m.start("early") if m.group("early") else m.start("pod" if m.group("pod") else "pod2")
    return Candidate(start, m.end(), ANA, spec="D", amount=0, pod=_POD_OF_WORD[word], mod=mod,
                     priority=1)


_TIME_UNITS = ("TH", "TM", "TS")


def _ago(m: re.Match[str], text: str) -> Candidate | None:
    prep = m.group("prep").lower()
    unit = unit_of(m.group("unit"))
    amount = number_of(m.group("n"))
    if not unit:
        return None
    if text[m.start("unit") - 7:m.start("unit")].strip().lower() in ("halben", "halbe"):
        amount = (amount or 1) * 0.5 if amount != 1 else 0.5
    mod = approx_mod(m.group("q"))
    start, end = m.start(), m.end()
    if prep == "binnen" or (amount is None and prep in ("seit", "nach", "in")):
        return Candidate(start, end, DUR, value=duration_text(amount, unit), mod=mod, priority=3)
    if amount is None:  # "vor wenigen Tagen"
        return Candidate(start, end, REF, value="PAST_REF", priority=3)
    if unit in _TIME_UNITS:
        if prep in ("seit", "in", "nach"):
            return Candidate(start, end, DUR, value=duration_text(amount, unit), priority=3)
        return Candidate(start, end, REL, spec="D+0", mod=mod, priority=3)
    unit, count = _whole_units(amount, unit)
    if prep == "nach":
        return Candidate(start, end, ANA, spec=unit, amount=count, mod=mod, priority=3,
                         duration_if_past=duration_text(amount, unit_of(m.group("unit"))))
    sign = 1 if prep == "in" else -1
    cand = Candidate(start, end, REL, spec=f"{unit}{sign * count:+d}", mod=mod, priority=3)
    if prep == "in":
        cand.duration_if_past = duration_text(amount, unit_of(m.group("unit")))
        cand.direction = ""
    return cand


def _whole_units(amount: float, unit: str) -> tuple[str, int]:
    """Express a (possibly fractional) amount as whole units: 0.5 Y → 6 M."""
    if amount == int(amount):
        return unit, int(amount)
    factors = {"Y": ("M", 12), "DE": ("Y", 10), "CE": ("Y", 100), "QC": ("Y", 25),
               "M": ("D", 30), "W": ("D", 7), "Q": ("M", 3)}
    smaller, factor = factors.get(unit, (unit, 1))
    return smaller, int(round(amount * factor))


def _anaphoric_offset(m: re.Match[str], text: str) -> Candidate | None:
    unit_word = m.group("unit")
    unit = "D" if unit_word == "Nächte" else unit_of(unit_word)
    backwards = m.group("dir").lower() in ("zuvor", "vorher", "früher")
    n = m.group("n")
    amount = None if n.lower().startswith("kurze") else number_of(n)
    if amount is None or not unit:
        return Candidate(m.start(), m.end(), REF,
                         value="PAST_REF" if backwards else "FUTURE_REF", priority=3)
    pod = "NI" if unit_word == "Nächte" else ""
    if unit in _TIME_UNITS:
        return Candidate(m.start(), m.end(), ANA, spec="D", amount=0, priority=3)
    unit, count = _whole_units(amount, unit)
    return Candidate(m.start(), m.end(), ANA, spec=unit, amount=-count if backwards else count,
                     pod=pod, mod=approx_mod(m.group("q")), priority=3)


def _since_vague(m: re.Match[str], text: str) -> Candidate | None:
    word = m.group("unit").lower()
    if word in ("langem", "kurzem"):
        value = "PAST_REF"
        if m.group("prep").lower() == "seit":
            return Candidate(m.start(), m.end(), DUR, value="PXY" if word == "langem" else "PXD",
                             priority=2)
        return Candidate(m.start(), m.end(), REF, value=value, priority=2)
    unit = unit_of(word)
    if m.group("prep").lower() == "vor":
        return Candidate(m.start(), m.end(), REF, value="PAST_REF", priority=2)
    return Candidate(m.start(), m.end(), DUR, value=duration_text(None, unit), priority=2)


def _duration(m: re.Match[str], text: str) -> Candidate | None:
    unit = unit_of(m.group("unit"))
    n = m.group("n")
    amount = number_of(n)
    if not unit:
        return None
    if n.lower() == "eines" and m.group("unit").lower() in ("tages", "jahres"):
        return None  # "eines Tages": some day
    if amount is None and n.lower() not in {v.lower() for v in _VAGUE}:
        return None
    half = text[m.start("unit") - 7:m.start("unit")].strip().lower()
    if half in ("halben", "halbe"):
        amount = 0.5 if amount in (None, 1) else amount + 0.5
    start = m.start("q") if m.group("q") else m.start("n")
    if m.group("ord"):
        start = m.start("ord")
    return Candidate(start, m.end(), DUR, value=duration_text(amount, unit),
                     mod=approx_mod(m.group("q")), priority=1)


_VAGUE = ("einige", "einigen", "einiger", "mehrere", "mehreren", "mehrerer", "wenige", "wenigen",
          "weniger", "viele", "vielen", "vieler", "etliche", "etlichen", "zahlreiche",
          "zahlreichen", "paar", "ein paar")
_ADJ_UNITS = {"tägig": "D", "wöchig": "W", "monatig": "M", "jährig": "Y", "stündig": "TH",
              "minütig": "TM"}


def _duration_adjective(m: re.Match[str], text: str) -> Candidate | None:
    n = m.group("n")
    amount = None if n.lower() in ("mehr", "viel") else number_of(n)
    if amount is None and n.lower() not in ("mehr", "viel"):
        return None
    return Candidate(m.start(), m.end(), DUR,
                     value=duration_text(amount, _ADJ_UNITS[m.group("unit").lower()]),
                     priority=1)


def _duration_long(m: re.Match[str], text: str) -> Candidate | None:
    unit = unit_of(m.group("unit"))
    return Candidate(m.start(), m.end(), DUR, value=duration_text(None, unit), priority=1)


def _clock(m: re.Match[str], text: str) -> Candidate | None:
    if m.group("midnight"):
        return Candidate(m.start(), m.end(), CLOCK, clock=(24, 0), priority=1)
    if m.group("hh2"):
        return Candidate(m.start("hh2"), m.end(), CLOCK,
                         clock=(int(m.group("hh2")), int(m.group("mm3"))), priority=2)
    if m.group("hh3"):
        # A bare "10:25" only right after a date ("18.06.2024 10:25"); elsewhere it is as
        # likely a score, a duration or a media player's "00:00 / 02:15".
        if not _DATE_BEFORE.search(text, max(0, m.start() - 14), m.start()):
            return None
        return Candidate(m.start(), m.end(), CLOCK,
                         clock=(int(m.group("hh3")), int(m.group("mm4"))), priority=2)
    minutes = m.group("mm") or m.group("mm2") or "0"
    hour = int(m.group("hh"))
    pod = (m.group("pod") or "").lower()
    if pod in ("abends", "nachmittags", "nachts") and hour < 12 and not (pod == "nachts"
                                                                         and hour < 6):
        hour += 12
    return Candidate(m.start(), m.end(), CLOCK, clock=(hour, int(minutes)), priority=2)


_DATE_BEFORE = re.compile(r"(?:\d\.\s?\d{1,2}\.\s?\d{2,4}|\d{4}-\d\d-\d\d)[ ,|–-]*$")

_REF_VALUES = {
    "jetzt": "PRESENT_REF", "derzeit": "PRESENT_REF", "zurzeit": "PRESENT_REF",
    "gegenwärtig": "PRESENT_REF", "momentan": "PRESENT_REF", "heutzutage": "PRESENT_REF",
    "heutigen tag": "PRESENT_REF", "bisher": "PRESENT_REF", "bislang": "PRESENT_REF",
    "inzwischen": "PRESENT_REF", "mittlerweile": "PRESENT_REF",
    "bald": "FUTURE_REF", "demnächst": "FUTURE_REF", "künftig": "FUTURE_REF",
    "zukünftig": "FUTURE_REF", "in zukunft": "FUTURE_REF", "wenig später": "FUTURE_REF",
    "kurz darauf": "FUTURE_REF", "kurz danach": "FUTURE_REF", "kurz später": "FUTURE_REF",
    "kurze zeit später": "FUTURE_REF", "kurze zeit darauf": "FUTURE_REF",
    "folgezeit": "FUTURE_REF", "in der folgezeit": "FUTURE_REF", "binnen kurzem": "FUTURE_REF",
    "so bald wie möglich": "FUTURE_REF",
    "kurz zuvor": "PAST_REF", "kurz vorher": "PAST_REF", "kürzlich": "PAST_REF",
    "jüngst": "PAST_REF", "unlängst": "PAST_REF", "damals": "PAST_REF",
    "zwischenzeitlich": "PAST_REF",
}


def _ref_word(m: re.Match[str], text: str) -> Candidate | None:
    word = re.sub(r"\s+", " ", m.group("w").lower())
    value = _REF_VALUES.get(word)
    if value is None:
        return None
    return Candidate(m.start(), m.end(), REF, value=value, priority=1)


_SET_VALUES = {"täglich": "P1D", "wöchentlich": "P1W", "monatlich": "P1M", "jährlich": "P1Y",
               "stündlich": "PT1H", "alljährlich": "P1Y", "jeden tag": "P1D",
               "jede woche": "P1W", "jeden monat": "P1M", "jedes jahr": "P1Y",
               "pro tag": "P1D", "pro woche": "P1W", "pro monat": "P1M", "pro jahr": "P1Y"}


def _vague_future(m: re.Match[str], text: str) -> Candidate | None:
    """"in den kommenden Wochen", "in den nächsten Tagen": some time soon (FUTURE_REF)."""
    return Candidate(m.start(), m.end(), REF, value="FUTURE_REF", priority=2)


def _set_word(m: re.Match[str], text: str) -> Candidate | None:
    word = re.sub(r"\s+", " ", m.group("w").lower())
    return Candidate(m.start(), m.end(), SET, value=_SET_VALUES[word], priority=1)


_FIXED_HOLIDAYS = {"heiligabend": (12, 24), "heiligen abend": (12, 24),
                   "weihnachten": (12, 25), "ersten weihnachtstag": (12, 25),
                   "zweiten weihnachtstag": (12, 26), "silvester": (12, 31),
                   "neujahrstag": (1, 1), "neujahr": (1, 1),
                   "tag der deutschen einheit": (10, 3), "tag der arbeit": (5, 1)}
_EASTER_OFFSETS = {"ostern": 0, "ostersonntag": 0, "ostermontag": 1, "karfreitag": -2,
                   "pfingsten": 49, "pfingstsonntag": 49, "pfingstmontag": 50,
                   "himmelfahrt": 39}


def _holiday(m: re.Match[str], text: str) -> Candidate | None:
    name = re.sub(r"\s+", " ", m.group("h").lower())
    year = int(m.group("y")) if m.group("y") else None
    if name in _FIXED_HOLIDAYS:
        month, day = _FIXED_HOLIDAYS[name]
        return Candidate(m.start(), m.end(), CAL, year=year, month=month, day=day, priority=2)
    return Candidate(m.start(), m.end(), EASTER, year=year, amount=_EASTER_OFFSETS[name],
                     priority=2)


RULES: tuple[tuple[re.Pattern[str], Handler], ...] = (
    (P.NUMERIC_DATE, _numeric_date),
    (P.ISO_DATE, _iso_date),
    (P.WRITTEN_DATE, _written_date),
    (P.DAY_RANGE, _day_range),
    (P.MONTH_DATE, _month_date),
    (P.YEAR_WORD, _year_word),
    (P.YEAR_MOD, _year_mod),
    (P.BC_YEAR, _bc_year),
    (P.BARE_YEAR, _bare_year),
    (P.YEAR_SLASH, _year_slash),
    (P.MONTH_PAIR, _month_pair),
    (P.DAY_ONLY, _day_only),
    (P.DECADE, _decade),
    (P.CENTURY, _century),
    (P.SEASON_DATE, _season),
    (P.QUARTER, _quarter),
    (P.YEAR_PART, _year_part),
    (P.DEICTIC_DAY, _deictic_day),
    (P.WEEKDAY_EXPR, _weekday),
    (P.WEEKDAY_SET, _weekday_set),
    (P.RELATIVE_UNIT, _relative_unit),
    (P.SINGLE_WORD, _single_word),
    (P.POD_ALONE, _pod_alone),
    (P.AGO, _ago),
    (P.ANAPHORIC_OFFSET, _anaphoric_offset),
    (P.SINCE_VAGUE, _since_vague),
    (P.DURATION, _duration),
    (P.DURATION_ADJ, _duration_adjective),
    (P.DURATION_LONG, _duration_long),
    (P.CLOCK, _clock),
    (P.REF_WORDS, _ref_word),
    (P.VAGUE_FUTURE, _vague_future),
    (P.SET_WORDS, _set_word),
    (P.HOLIDAY, _holiday),
)

# Cheap pre-check: a text without a digit and without any of these letters has no timex.
_HINT = re.compile(
    r"\d|[Tt]ag|Mittwoch|[Tt]äglich|[Jj]ährlich|[Ww]öchentlich|[Ss]tündlich|tägig|wöchig|monatig|jährig|Quartal|Jh\.|[Jj]ahr|[Ww]oche|[Mm]onat|[Mm]orgen|[Aa]bend|[Nn]acht|[Hh]eute|[Gg]estern|"
    r"[Jj]anuar|[Ff]ebruar|März|April|Mai|Juni|Juli|August|[Ss]eptember|[Oo]ktober|"
    r"[Nn]ovember|[Dd]ezember|[Ff]rüh|[Ss]ommer|[Hh]erbst|[Ww]inter|[Ss]tunde|[Mm]inute|"
    r"[Jj]etzt|[Bb]ald|[Dd]erzeit|[Ss]päter|[Zz]uvor|[Dd]amals|[Dd]anach|[Dd]arauf|[Kk]ünftig|"
    r"[Ee]nde|[Ww]eihnacht|[Oo]stern|[Pp]fingst|[Ss]ilvester|[Nn]eujahr|[Hh]immelfahrt|"
    r"[Kk]arfreitag|[Ff]olgezeit|[Jj]üngst|[Kk]ürzlich|[Uu]nlängst|[Zz]eit|[Bb]islang|"
    r"[Bb]isher|[Mm]ittag|[Zz]ukunft|[Mm]omentan|[Ii]nzwischen|[Mm]ittlerweile|[Gg]egenwärtig"
)


def find_candidates(text: str) -> list[Candidate]:
    """All non-overlapping candidates in ``text``, longest (then highest priority) first wins."""
    if not _HINT.search(text):
        return []
    found: list[Candidate] = []
    for pattern, handler in RULES:
        for match in pattern.finditer(text):
            if match.end() == match.start():
                continue
            candidate = handler(match, text)
            if candidate is not None and candidate.end > candidate.start:
                found.append(candidate)
    return _without_overlaps(found)


def _without_overlaps(found: list[Candidate]) -> list[Candidate]:
    found.sort(key=lambda c: (-(c.end - c.start), -c.priority, c.start))
    starts: list[int] = []
    kept: list[Candidate] = []
    for cand in found:
        i = bisect_left(starts, cand.start)
        if i > 0 and kept[i - 1].end > cand.start:
            continue
        if i < len(kept) and kept[i].start < cand.end:
            continue
        starts.insert(i, cand.start)
        kept.insert(i, cand)
    return kept


def copy(cand: Candidate, **changes: object) -> Candidate:
    return replace(cand, **changes)  # type: ignore[arg-type]
