"""Tense of the clause around a position in a German sentence (future / past / present).

A light heuristic without a parser: it looks for tense markers (auxiliaries, modal verbs of
intention, Präteritum forms, Perfekt auxiliary + participle) and takes the one nearest to the
position, preferring markers in the same comma-delimited clause.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from graphkit.temporal.lexicon import REPORTING_VERBS

FUTURE, PAST, PRESENT = "future", "past", "present"

# Werden-future, intention and plans. "wird" also covers the present passive
# ("wird unterzeichnet"), which in news almost always announces something still to come.
_FUTURE_WORDS = (
    "wird", "werden", "werde", "wirst", "werdet", "soll", "sollen", "sollst", "sollt",
    "will", "wollen", "willst", "plant", "planen", "plane", "planten", "geplant",
    "beabsichtigt", "beabsichtigen", "vorgesehen", "angesetzt", "anberaumt", "erwartet",
    "bevorstehend", "bevorstehenden", "bevorstehende", "bevorsteht", "bevorstehen",
    "künftig", "demnächst", "kommende", "kommenden", "nächste", "nächsten",
)
# Auxiliaries and modals in the past, Perfekt/Plusquamperfekt pieces.
_PAST_WORDS = (
    "war", "waren", "warst", "wart", "wurde", "wurden", "wurdest", "hatte", "hatten",
    "hattest", "worden", "gewesen", "konnte", "konnten", "musste", "mussten", "durfte",
    "durften", "wollte", "wollten", "mochte", "gab", "gaben", "vergangene", "vergangenen",
    "vergangener", "vorigen", "vorige", "letzte", "letzten", "gestern", "vorgestern",
    "zuvor", "damals",
)
# Common strong / mixed Präteritum stems (singular; plural adds -en / -n).
_STRONG_PAST = (
    "traf", "kam", "ging", "sprach", "fand", "flog", "hielt", "stand", "begann", "schrieb",
    "rief", "lag", "sah", "nahm", "fuhr", "zog", "fiel", "ließ", "trat", "blieb", "wies",
    "hieß", "bot", "brach", "warf", "schlug", "wuchs", "las", "bat", "brachte", "dachte",
    "kannte", "nannte", "rannte", "sandte", "wandte", "wusste", "saß", "schloss", "floh",
    "starb", "gewann", "verlor", "stieg", "sank", "sprang", "lief", "griff", "litt", "schoss",
    "verließ", "erhielt", "empfing", "unterzeichnete", "betrat", "bestand", "entstand",
    "geschah", "gelang", "misslang", "erschien", "verschwand", "schwieg", "zwang", "beschloss",
    "entschied", "unterschrieb", "besprach", "versprach", "widersprach", "vertrat", "trug",
    "lud", "wog", "log", "riet", "stahl", "traf", "half", "warb", "bewarb", "gebot", "verbot",
    "befahl", "empfahl", "erfuhr", "erwog", "hob", "schuf", "schien", "stieß", "tat", "vergaß",
    "verlieh", "lieh", "mied", "rieb", "litten", "ritt", "schnitt", "stritt", "wich", "zerbrach",
)
# Lowercase -te(n) words that are not verbs in the past (adjectives, adverbs, subjunctives).
_NOT_WEAK_PAST = frozenset((
    "mitte", "mitten", "unten", "hinten", "leute", "sollte", "sollten", "könnte", "könnten",
    "möchte", "möchten", "würde", "würden", "hätte", "hätten", "dürfte", "dürften",
    "müsste", "müssten", "gute", "guten", "alte", "alten", "harte", "harten", "rechte",
    "rechten", "breite", "breiten", "weite", "weiten", "halbe", "halben", "bunte", "bunten",
    "konkrete", "konkreten", "bekannte", "bekannten", "gesamte", "gesamten", "echte",
    "echten", "späte", "späten", "zweite", "zweiten", "dritte", "dritten", "vierte",
    "vierten", "fünfte", "fünften", "sechste", "sechsten", "siebte", "siebten", "achte",
    "achten", "neunte", "neunten", "zehnte", "zehnten", "hunderte", "hunderten",
    "tausende", "tausenden", "arte", "bitte", "beste", "besten", "selten", "gelten",
    "halten", "walten", "warten", "starten", "arbeiten", "fürchten", "achten", "richten",
    "berichten", "leisten", "kosten", "testen", "retten", "bitten", "treten", "vertreten",
    "betreten", "antreten", "auftreten", "eintreten", "heute", "heuten", "konnte", "konnten",
    "musste", "mussten", "durfte", "durften", "wollte", "wollten", "mochte", "mochten",
    "erste", "ersten", "letzte", "letzten", "nächste", "nächsten", "meisten", "meiste",
    "gewalttaten", "staaten", "daten", "soldaten", "raketen", "minuten", "monate", "monaten",
    "zuletzt", "bereits", "seiten", "weiten", "zeiten", "lasten", "kosten", "rechten",
    "mächte", "mächten", "nächte", "nächten", "zuletzt", "geräte", "geräten", "kräfte",
    "kräften", "inhalte", "inhalten", "verträge", "gebiete", "gebieten", "welten",
))
_DETERMINERS = frozenset((
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer",
    "eines", "am", "im", "zum", "zur", "vom", "beim", "ins", "aufs", "diese", "dieser",
    "diesen", "diesem", "dieses", "jene", "jener", "jenen", "seine", "seinen", "seiner",
    "seinem", "ihre", "ihren", "ihrer", "ihrem", "unsere", "unseren", "kein", "keine",
    "keinen", "bei", "mit", "von", "nach", "seit", "aus", "zu", "für", "gegen", "ohne",
    "um", "über", "unter", "vor", "hinter", "neben", "zwischen", "in", "an", "auf", "sehr",
    "besonders", "so", "zu", "als", "wie", "und", "oder", "alle", "allen", "viele", "vielen",
    "mehrere", "mehreren", "beiden", "zwei", "drei", "vier", "fünf", "welche", "welchen",
))
_PERFECT_AUX = frozenset(("hat", "haben", "habe", "hast", "habt", "ist", "sind", "bin", "bist",
                          "seid"))
# Participles after "ist/sind" that announce something ("ist geplant").
_PLANNED_PARTICIPLES = frozenset(("geplant", "vorgesehen", "angesetzt", "anberaumt",
                                  "angekündigt", "erwartet", "geplante"))

_WORD = re.compile(r"[A-Za-zÄÖÜäöüß]+")
_CLAUSE_BREAK = re.compile(r"[,;:–()\"„“»«]")
_PARTICIPLE = re.compile(r"[a-zäöüß]*ge[a-zäöüß]{2,}(?:t|en)|[a-zäöüß]{3,}iert")
_NOT_PARTICIPLE = frozenset(("gegen", "wegen", "morgen", "genug", "gern", "gerne", "gestern",
                             "gegenwart", "geben", "gehen", "gelten", "gewinnen"))
_STRONG_PAST_SET = frozenset(_STRONG_PAST) | frozenset(
    w + ("n" if w.endswith("e") else "en") for w in _STRONG_PAST
)
_FUTURE_SET = frozenset(_FUTURE_WORDS)
_PAST_MODALS = frozenset(("konnte", "konnten", "musste", "mussten", "durfte", "durften",
                          "wollte", "wollten"))
_PAST_SET = frozenset(_PAST_WORDS)


def _after_past_modal(words: list[re.Match[str]], i: int) -> bool:
    """A Präteritum modal verb ("musste", "konnte") among the words before ``i``."""
    return any(w.group(0).lower() in _PAST_MODALS for w in words[max(0, i - PARTICIPLE_REACH):i])


def _marker(words: list[re.Match[str]], i: int, clause_end: int = 1 << 30,
            clause_start: int = -1) -> str | None:
    """Tense signalled by the i-th word of a clause, if any (``clause_end``,
    ``clause_start``: the offsets of the breaks around the word's clause)."""
    token = words[i].group(0)
    word = token.lower()
    if word == "werden" and _after_past_modal(words, i):
        return PAST  # "musste … beendet werden": the passive infinitive; the modal's tense
    if word in _PLANNED_PARTICIPLES and _after_have(words, i, clause_start):
        return PAST  # "hatte einen Besuch geplant": the planning is told, and it is past
    if word in _FUTURE_SET:
        return FUTURE
    if word in _PAST_SET:
        return PAST
    if token[0].isupper() and i > 0:
        return None  # a noun, not a verb
    if word in _STRONG_PAST_SET:
        return PAST
    if word in ("hat", "haben", "habe", "hast", "habt") and i + 1 < len(words) \
            and words[i + 1].group(0) == "vor":
        return FUTURE  # "hat vor" = intends
    if word in _PERFECT_AUX:
        if i > 0 and words[i - 1].group(0).lower() == "zu":
            return None  # "gewarnt zu haben": an infinitive, no tense of a clause
        return _perfect(words, i, clause_end)
    if _looks_weak_past(words, i, word):
        return PAST
    return None


def _after_have(words: list[re.Match[str]], i: int, clause_start: int) -> bool:
    """A form of "haben" before the i-th word in its clause: the participle makes a
    Perfekt or Plusquamperfekt ("hat … geplant"), not the state of "ist geplant"."""
    return any(w.group(0).lower() in _HAVE_FORMS and w.start() > clause_start
               for w in words[max(0, i - CLAUSE_PARTICIPLE_REACH):i])


_HAVE_FORMS = frozenset(("hat", "hatte", "hatten", "haben", "habe", "hätte", "hätten"))


# Words after an auxiliary searched for its participle: within its clause, the bracket
# closes late ("sind am Wochenende in ganz Deutschland … auf die Straße gegangen").
PARTICIPLE_REACH = 12
CLAUSE_PARTICIPLE_REACH = 30


def _perfect(words: list[re.Match[str]], i: int, clause_end: int = 1 << 30) -> str | None:
    """"hat … getroffen", "ist … eingetroffen" → past; "ist geplant" → future."""
    reach = CLAUSE_PARTICIPLE_REACH if clause_end < 1 << 30 else PARTICIPLE_REACH
    for later in words[i + 1:i + 1 + reach]:
        if later.start() >= clause_end:
            break
        w = later.group(0)
        if w[0].isupper():
            continue
        if w in _PLANNED_PARTICIPLES:
            return FUTURE
        if w not in _NOT_PARTICIPLE and _PARTICIPLE.fullmatch(w):
            return PAST
    if words[i].group(0).lower() in ("hat", "haben", "habe", "hast", "habt"):
        return PAST  # in news "hat" is nearly always the Perfekt auxiliary
    return None


def _looks_weak_past(words: list[re.Match[str]], i: int, word: str) -> bool:
    if len(word) < 5 or word in _NOT_WEAK_PAST or word.endswith(("ste", "sten")):
        return False
    # "-tet" is nearly always the present of a verb stem in -t or -d ("bestreitet",
    # "meldet"), hardly ever the rare "ihr sagtet".
    if not word.endswith(("te", "ten", "test")):
        return False
    # Adjectives ending in -te(n) follow a determiner or preposition and precede their noun
    # ("am späten Abend"); "Das teilte das Unternehmen mit" is a verb after a pronoun.
    if i == 0 or words[i - 1].group(0).lower() not in _DETERMINERS:
        return True
    return i + 1 < len(words) and not words[i + 1].group(0)[0].isupper()


def tense_of(sentence: str, offset: int) -> str:
    """Tense ("future" | "past" | "present") of the clause of ``sentence`` around ``offset``.

    The nearest tense marker in the same clause wins; failing that, the nearest in the
    sentence; with none, "present".
    """
    words = list(_WORD.finditer(sentence))
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(sentence)]
    clause_start = max((b for b in breaks if b < offset), default=-1)
    clause_end = min((b for b in breaks if b >= offset), default=len(sentence))
    best_in_clause: tuple[int, str] | None = None
    best_anywhere: tuple[int, str] | None = None
    for i, match in enumerate(words):
        after = bisect_left(breaks, match.start())
        tense = _marker(words, i, breaks[after] if after < len(breaks) else len(sentence),
                        breaks[after - 1] if after else -1)
        if tense is None:
            continue
        distance = abs(match.start() - offset)
        candidate = (distance, tense)
        if clause_start < match.start() < clause_end:
            if best_in_clause is None or candidate[0] < best_in_clause[0]:
                best_in_clause = candidate
        # "… findet am 25. April statt, teilte der Kreml mit": the report's tense says
        # nothing about a date in another clause.
        reporting = match.group(0).lower() in REPORTING_VERBS
        if not reporting and (best_anywhere is None or candidate[0] < best_anywhere[0]):
            best_anywhere = candidate
    chosen = best_in_clause or best_anywhere
    return chosen[1] if chosen else PRESENT
