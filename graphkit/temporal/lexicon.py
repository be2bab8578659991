"""German words for time: months, weekdays, seasons, parts of day, units and number words.

Everything here is plain data plus regex fragments built from it once at import time.
"""

from __future__ import annotations

import json

from graphkit.paths import LEXICON_DIR

_WORDS = json.loads((LEXICON_DIR / "temporal.json").read_text("utf-8"))
# Verbs of saying: their tense is the report's, not the reported event's.
REPORTING_VERBS: frozenset[str] = frozenset(_WORDS["reporting_verbs"])
# Words that make "von 1200 auf 1500" a change of a quantity, not two years.
QUANTITY_CHANGE_WORDS: frozenset[str] = frozenset(_WORDS["quantity_change_words"])
# Words opening a side clause ("als …", "nachdem …", relative pronouns).
SIDE_CLAUSE_OPENERS: frozenset[str] = frozenset(_WORDS["side_clause_openers"])

MONTHS: dict[str, int] = {
    "januar": 1, "jänner": 1, "februar": 2, "feber": 2, "märz": 3, "april": 4, "mai": 5,
    "juni": 6, "juli": 7, "august": 8, "september": 9, "oktober": 10, "november": 11,
    "dezember": 12,
}
# Abbreviations only count with their full stop ("Jan.", "Sept."), never bare.
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1, "feb": 2, "mär": 3, "mrz": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "okt": 10, "nov": 11, "dez": 12,
}

WEEKDAYS: dict[str, int] = {
    "montag": 1, "dienstag": 2, "mittwoch": 3, "donnerstag": 4, "freitag": 5,
    "samstag": 6, "sonnabend": 6, "sonntag": 7,
}

# TIMEX3 part-of-day codes.
PARTS_OF_DAY: dict[str, str] = {
    "morgen": "MO", "früh": "MO", "frühe": "MO", "vormittag": "MO", "morgenstunden": "MO",
    "mittag": "MI", "mittagszeit": "MI", "nachmittag": "AF", "abend": "EV",
    "abendstunden": "EV", "nacht": "NI", "nachtstunden": "NI",
}

# Season codes and the months they cover (meteorological seasons, winter spans two years).
SEASONS: dict[str, str] = {
    "frühjahr": "SP", "frühling": "SP", "sommer": "SU", "herbst": "FA", "winter": "WI",
    "frühsommer": "SU", "spätsommer": "SU", "hochsommer": "SU", "spätherbst": "FA",
    "frühherbst": "FA", "spätfrühjahr": "SP",
}
SEASON_MONTHS: dict[str, tuple[int, int]] = {
    "SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2),
}

# Anfang / Mitte / Ende → TIMEX mod.
MODIFIERS: dict[str, str] = {
    "anfang": "START", "beginn": "START", "mitte": "MID", "ende": "END",
    "gegen ende": "END", "frühen": "START", "früher": "START", "späten": "END", "später": "END",
}

_UNITS = {
    "D": ("tag", "tage", "tagen", "tages"),
    "W": ("woche", "wochen"),
    "M": ("monat", "monate", "monaten", "monats"),
    "Y": ("jahr", "jahre", "jahren", "jahres"),
    "DE": ("jahrzehnt", "jahrzehnte", "jahrzehnten", "jahrzehnts"),
    "CE": ("jahrhundert", "jahrhunderte", "jahrhunderten", "jahrhunderts"),
    "QC": ("vierteljahrhundert", "vierteljahrhunderts"),
    "Q": ("quartal", "quartale", "quartalen", "quartals"),
    "TH": ("stunde", "stunden"),
    "TM": ("minute", "minuten"),
    "TS": ("sekunde", "sekunden"),
}
UNIT_OF_WORD: dict[str, str] = {w: code for code, words in _UNITS.items() for w in words}

_ONES = {
    "ein": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7,
    "acht": 8, "neun": 9,
}
_TEENS = {
    "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15,
    "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19,
}
_TENS = {
    "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60,
    "siebzig": 70, "achtzig": 80, "neunzig": 90,
}


def _number_words() -> dict[str, int]:
    words: dict[str, int] = {
        "eine": 1, "einem": 1, "einen": 1, "einer": 1, "eines": 1, "zwo": 2,
        "beiden": 2, "beide": 2, "hundert": 100, "einhundert": 100, "tausend": 1000,
    }
    words.update({k: v for k, v in _ONES.items()})
    words.update(_TEENS)
    words.update(_TENS)
    for tens_word, tens in _TENS.items():
        for one_word, one in _ONES.items():
            words[f"{one_word}und{tens_word}"] = tens + one
    return words


NUMBER_WORDS: dict[str, int] = _number_words()

# Vague quantities: "einige Tage" → PXD.
VAGUE_QUANTITIES = (
    "einige", "einigen", "einiger", "mehrere", "mehreren", "mehrerer", "wenige", "wenigen",
    "weniger", "viele", "vielen", "vieler", "etliche", "etlichen", "zahlreiche", "zahlreichen",
    "ein paar", "paar",
)

# Ordinal words for "am ersten Tag", "im zweiten Quartal", "in der ersten Jahreshälfte".
ORDINALS: dict[str, int] = {
    "erste": 1, "ersten": 1, "erster": 1, "zweite": 2, "zweiten": 2, "zweiter": 2,
    "dritte": 3, "dritten": 3, "dritter": 3, "vierte": 4, "vierten": 4, "vierter": 4,
    "letzte": -1, "letzten": -1,
}


def alternation(words: object) -> str:
    """Regex alternation of ``words``, longest first so the regex prefers full words."""
    items = sorted({str(w) for w in words}, key=lambda w: (-len(w), w))  # type: ignore[attr-defined]
    return "|".join(_escape(w) for w in items)


def _escape(word: str) -> str:
    return word.replace(".", r"\.").replace(" ", r"\s+")


def cap_alternation(words: object) -> str:
    """Like :func:`alternation` but also accepting a capitalised first letter."""
    variants: set[str] = set()
    for w in words:  # type: ignore[attr-defined]
        w = str(w)
        variants.add(w)
        variants.add(w[:1].upper() + w[1:])
    return alternation(variants)
