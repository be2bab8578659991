"""Compiled regular expressions for German temporal expressions (built once at import)."""

from __future__ import annotations

import re

from graphkit.temporal.lexicon import (
    MONTH_ABBREVIATIONS,
    MONTHS,
    NUMBER_WORDS,
    SEASONS,
    UNIT_OF_WORD,
    VAGUE_QUANTITIES,
    WEEKDAYS,
    alternation,
    cap_alternation,
)

L = r"(?<![\w.,\-/:])"          # left edge: not inside a word or number
R = r"(?![\w])"                  # right edge
DAYNUM = r"(?:0?[1-9]|[12]\d|3[01])"
YEAR4 = r"(?:1\d\d\d|20\d\d)"
BC = r"\s+v\.\s?Chr\."
AD = r"\s+n\.\s?Chr\."
MONTH = (rf"(?:(?:{alternation(m.capitalize() for m in MONTHS)})s?{R}"
         rf"|(?:{alternation(a.capitalize() for a in MONTH_ABBREVIATIONS)})\.)")
WEEKDAY = alternation(w.capitalize() for w in WEEKDAYS)
POD_SUFFIX = r"(?:abend|morgen|vormittag|mittag|nachmittag|nacht|früh)"
POD_WORD = r"(?:Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht|Morgenstunden|Abendstunden)"
NUMWORD = cap_alternation(NUMBER_WORDS)
VAGUE = cap_alternation(VAGUE_QUANTITIES)
UNIT = cap_alternation(UNIT_OF_WORD)
QUANT = (r"(?:(?:fast|knapp|etwa|rund|gut|über|mehr\s+als|weniger\s+als|ungefähr|circa|ca\.|"
         r"mindestens|höchstens|maximal|nur|genau|beinahe|nahezu|annähernd|gerade\s+einmal)\s+)")
NUMBER = rf"(?:\d{{1,4}}|{NUMWORD}|halbes|halben|anderthalb|eineinhalb)"
SEASON = alternation(
    {s.capitalize() for s in SEASONS} | {s.capitalize() + "s" for s in SEASONS}
    | {"Herbstes", "Frühjahres", "Frühlings"}
)
MOD = r"(?:[Aa]nfang|[Mm]itte|[Ee]nde|[Bb]eginn|[Gg]egen\s+Ende|[Ii]m\s+Laufe|Laufe)"
REL_YEAR = (r"(?:des\s+(?:selben|gleichen|folgenden|nächsten|darauffolgenden|kommenden|"
            r"vorangegangenen|vorigen|vergangenen|letzten|vorherigen)\s+Jahres|desselben\s+Jahres|"
            r"des\s+Vorjahres|des\s+Folgejahres|dieses\s+Jahres|des\s+Jahres(?!\s+\d))")


def _c(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


# 18.06.2024, 18.6.24, 18.6. — optionally followed by a clock time.
NUMERIC_DATE = _c(
    rf"{L}(?P<d>{DAYNUM})\.\s?(?P<m>0?[1-9]|1[0-2])\.(?:\s?(?P<y>\d{{4}}|\d{{2}})(?![\d.]))?"
    rf"(?!\d)"
)
ISO_DATE = _c(
    r"(?<![\w\-])(?P<y>\d{4})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])"
    r"(?:[T ](?P<hh>[01]\d|2[0-3]):(?P<mm>[0-5]\d)(?::\d\d)?)?(?![\w\-])"
)
# (frühen) Morgen des 22. Juni 1941 / 19. Juni 2024 / 8. Mai desselben Jahres / 18. Juni, 10 Uhr
WRITTEN_DATE = _c(
    rf"{L}(?:(?P<early>(?:[Ff]rühen|[Ss]päten)\s+)?(?P<pod>{POD_WORD})\s+(?:des|vom)\s+)?"
    rf"(?P<d>{DAYNUM})\.\s?(?P<mon>{MONTH})"
    rf"(?:,?\s+(?:(?:des\s+)?Jahres\s+)?(?P<y>{YEAR4}|\d{{1,4}}(?={BC}))(?P<bc>{BC})?(?!\d)"
    rf"|\s+(?P<rely>{REL_YEAR}))?"
    rf"(?:\s+(?P<podafter>morgens|abends|nachmittags|vormittags|nachts))?"
)
# vom 18. bis 20. Juni 2024 / 18.–20. Juni / in der Nacht vom 19. zum 20. März
DAY_RANGE = _c(
    rf"(?P<pre>(?:(?:in\s+der\s+)?[Nn]acht\s+)?(?:[Vv]om|[Zz]wischen\s+dem|[Aa]m)\s+)?{L}"
    rf"(?P<d1>{DAYNUM})\.\s?(?:(?P<mon1>{MONTH})\s?)?"
    rf"(?P<conj>\s?(?:–|-|—|/|bis(?:\s+(?:zum|einschließlich))?|und(?:\s+dem|\s+am)?|"
    rf"auf(?:\s+den)?|zum)\s?)"
    rf"(?P<d2>{DAYNUM})\.\s?(?P<mon2>{MONTH})(?:\s+(?P<y>{YEAR4}))?(?!\d)"
)
MONTH_DATE = _c(
    rf"{L}(?P<mod>{MOD}\s+)?(?P<mon>{MONTH})"
    rf"(?:,?\s+(?:des\s+Jahres\s+)?(?P<y>{YEAR4}|\d{{1,4}}(?={BC}))(?P<bc>{BC})?(?!\d)"
    rf"|\s+(?P<rely>{REL_YEAR}))?"
)
# "im Jahr 2000", "Jahres 1777", "das Jahr 256 v. Chr."
YEAR_WORD = _c(
    rf"(?P<word>{L}(?:[Dd]as\s+)?(?:Jahr|Jahre|Jahres|Kriegsjahr|Wahljahr|Jahren)\s+)"
    rf"(?P<y>\d{{1,4}})(?P<bc>{BC})?(?:{AD})?(?![\d.,]\d)(?!\w)"
)
# Anfang 2023, Ende des Jahres 1939, Frühjahr 479 v. Chr., Jahresende 1980
YEAR_MOD = _c(
    rf"{L}(?P<mod>(?:{MOD})(?:\s+des\s+Jahres)?|Jahresende|Jahresbeginn|Jahresanfang|"
    rf"Jahresmitte|Jahreswechsel)\s+(?P<y>{YEAR4}|\d{{1,4}}(?={BC}))(?P<bc>{BC})?(?![\d.,]\d)(?!\w)"
)
BC_YEAR = _c(rf"{L}(?P<y>\d{{1,4}}){BC}")
BARE_YEAR = _c(rf"{L}(?P<y>{YEAR4})(?:{AD})?(?![\d.,:]\d)(?!\w)(?!\s*(?:%|€|\$))")
YEAR_SLASH = _c(
    rf"{L}(?P<y>{YEAR4}|\d{{1,4}}(?=\s?[–/-]\s?\d{{1,4}}{BC}))\s?(?P<sep>[/–-])\s?"
    rf"(?P<y2>\d{{2,4}})(?P<bc>{BC})?(?![\d.,]\d)(?!\w)"
)
MONTH_PAIR = _c(
    rf"{L}(?P<m1>{MONTH})\s?(?:/|–|-|bis|und)\s?(?P<m2>{MONTH})\s+(?P<y>{YEAR4})(?!\d)"
)
# "am 24. die rumänische Armee": a day of the month last mentioned.
DAY_ONLY = _c(rf"(?<=\b[Aa]m\s)(?P<d>{DAYNUM})\.(?=\s+(?:de[mnrs]|die|das|ein|eine|eines|einer)\s)")
DECADE = _c(
    rf"{L}(?:(?P<mod>[Aa]nfang|[Mm]itte|[Ee]nde)\s+der\s+)?(?:den\s+|die\s+)?"
    r"(?:(?P<y>\d{2,4})er(?:\s*-\s*|\s+)?[Jj]ahre[n]?|(?P<y2>\d{2,4})ern"
    r"|(?P<w>[Zz]wanziger|[Dd]reißiger|[Vv]ierziger|[Ff]ünfziger|[Ss]echziger|[Ss]iebziger|"
    r"[Aa]chtziger|[Nn]eunziger)(?:\s*-\s*|\s+)?[Jj]ahre[n]?)(?!\w)"
)
CENTURY = _c(
    rf"{L}(?:(?P<mod>{MOD})\s+(?:des\s+)?)?(?P<n>\d{{1,2}})\.\s?(?:Jahrhunderts?|Jh\.)"
    rf"(?P<bc>{BC})?"
)
SEASON_DATE = _c(
    rf"{L}(?P<adj>(?:[Ff]rühen|[Ss]päten)\s+)?(?P<s>{SEASON})"
    rf"(?:\s+(?:des\s+Jahres\s+)?(?P<y>{YEAR4}|\d{{1,4}}(?={BC}))(?:\s?/\s?(?P<y2>\d{{2,4}}))?"
    rf"(?P<bc>{BC})?(?![\d.]\d)|\s+(?P<rely>{REL_YEAR}))?{R}"
)
QUARTER = _c(
    rf"{L}(?P<ord>ersten|zweiten|dritten|vierten|letzten)\s+"
    r"(?P<unit>Quartal|Quartals|Jahresquartal|Halbjahr|Halbjahres|Jahreshälfte|Hälfte\s+des\s+Jahres)"
    rf"(?:\s+(?P<y>{YEAR4})|\s+(?P<rely>{REL_YEAR}))?{R}"
)
YEAR_PART = _c(
    rf"{L}(?:(?P<mod>{MOD})\s+des\s+(?:(?P<rel>selben|gleichen|folgenden|nächsten|"
    r"darauffolgenden|kommenden|vorangegangenen|vorigen|vergangenen|letzten|laufenden)\s+)?"
    r"(?P<unit>Jahres|Monats)|(?P<word>Jahresende|Jahresbeginn|Jahresanfang|Jahresmitte|"
    r"Monatsende|Monatsanfang|Monatsmitte))(?!\s+\d)(?!\w)"
)
DEICTIC_DAY = _c(
    r"(?<![\w])(?P<w>vorgestern|gestern|heute|übermorgen|morgen|Vorgestern|Gestern|Heute|"
    r"Übermorgen)(?:\s+(?P<pod>früh|[Mm]orgen|[Vv]ormittag|[Mm]ittag|[Nn]achmittag|[Aa]bend|"
    r"[Nn]acht))?(?!\w)"
)
WEEKDAY_EXPR = _c(
    rf"(?<![\w])(?P<dir>(?:[Kk]ommenden|[Nn]ächsten|[Vv]ergangenen|[Ll]etzten|[Vv]origen|"
    r"[Dd]iesen|[Dd]iesem)\s+)?(?P<early>(?:[Ff]rühen|[Ss]päten)\s+)?"
    rf"(?P<wd>{WEEKDAY})(?P<pod>{POD_SUFFIX})?"
    r"(?:\s+(?P<pod2>früh|[Mm]orgen|[Vv]ormittag|[Mm]ittag|[Nn]achmittag|[Aa]bend|[Nn]acht)"
    r"(?!\s+(?:des|vom))|\s+(?P<wk>(?:der\s+)?(?:vergangenen|letzten|vorigen|nächsten|"
    r"kommenden|dieser|übernächsten)\s+Woche))?(?!\w)"
)
WEEKDAY_SET = _c(
    rf"(?<![\w])(?:(?P<each>[Jj]eden)\s+(?P<wd>{WEEKDAY})|(?P<adv>"
    rf"{alternation(w + 's' for w in WEEKDAYS)}))(?!\w)"
)
RELATIVE_UNIT = _c(
    rf"(?<![\w])(?:(?P<mod>{MOD})\s+(?:(?:der|des)\s+)?)?"
    r"(?P<rel>[Nn]ächste[nrms]?|[Kk]ommende[nrms]?|[Vv]ergangene[nrms]?|[Ll]etzte[nrms]?|"
    r"[Vv]orige[nrms]?|[Dd]iese[nrms]?|[Ll]aufende[nrms]?|[Ss]elben|[Gg]leichen|"
    r"[Ff]olgende[nrms]?|[Dd]arauffolgende[nrms]?|[Vv]orangegangene[nrms]?|[Üü]bernächste[nrms]?|"
    r"[Vv]orvergangene[nrms]?|[Dd]esselben)\s+"
    r"(?P<unit>Woche|Wochenende[ns]?|Monat[s]?|Jahr|Jahre[s]?|Jahrzehnt(?:s|es)?|"
    r"Jahrhundert[s]?|Quartal[s]?|Tag|Tage[s]?|Abend[s]?|Morgen[s]?|Vormittag[s]?|"
    r"Nachmittag[s]?|Nacht|Sommer[s]?|Herbst(?:es|s)?|Winter[s]?|Frühjahr[s]?|Frühling[s]?)"
    r"(?!\w)"
)
SINGLE_WORD = _c(
    r"(?<![\w])(?P<w>Vorjahr(?:es|s)?|Folgejahr(?:es|s)?|Vorwoche|Vormonat(?:s)?|Vortag(?:es|s)?|"
    r"Folgetag(?:es|s)?|Wochenende[ns]?|[Tt]ags\s+(?:darauf|zuvor)|"
    r"Tag(?:e)?\s+darauf|Jahr\s+darauf|Morgen\s+darauf|Abend\s+darauf|Tag\s+zuvor|"
    r"Jahreswechsel)(?!\w)"
)
# am Abend, am Morgen, in der Nacht — the part of the day last talked about.
POD_ALONE = _c(
    r"(?<=\b[Aa]m\s)(?P<early>(?:frühen|späten)\s+)?(?P<pod>Morgen|Vormittag|Mittag|Nachmittag|"
    r"Abend)(?!\s+(?:des|vom|darauf|zuvor))(?!\w)"
    r"|(?<=\b[Ii]n\sder\s)(?P<pod2>Nacht)(?!\s+(?:des|vom|zum|darauf|auf))(?!\w)"
)
AGO = _c(
    rf"(?<![\w])(?P<prep>[Vv]or|[Ss]eit|[Ii]n|[Bb]innen|[Nn]ach)\s+(?P<q>{QUANT})?"
    rf"(?P<n>{NUMBER}|{VAGUE})\s+(?:(?:halben|halbe)\s+)?(?P<unit>{UNIT})(?!\w)"
)
ANAPHORIC_OFFSET = _c(
    rf"(?<![\w])(?P<q>{QUANT})?(?P<n>{NUMBER}|{VAGUE}|[Kk]urze\s+Zeit)\s+(?P<unit>{UNIT}|Nächte)"
    r"\s+(?P<dir>später|danach|darauf|zuvor|vorher|früher)(?!\w)"
)
SINCE_VAGUE = _c(
    r"(?<![\w])(?P<prep>[Ss]eit|[Vv]or)\s+(?P<unit>Jahren|Monaten|Wochen|Tagen|Jahrzehnten|"
    r"Stunden|langem|kurzem|Langem|Kurzem)(?!\w)"
)
DURATION = _c(
    rf"(?<![\w])(?:(?P<ord>ersten|letzten|nächsten|folgenden|vergangenen|kommenden)\s+)?"
    rf"(?P<q>{QUANT})?(?P<n>{NUMBER}|{VAGUE})\s+(?:(?:halben|halbe|ganzen|ganze|vollen|volle)\s+)?"
    rf"(?P<unit>{UNIT})(?:\s+(?P<lang>lang))?(?!\w)"
)
DURATION_ADJ = _c(
    rf"(?<![\w])(?P<n>\d{{1,3}}|{NUMWORD}|mehr|viel)-?"
    r"(?P<unit>tägig|wöchig|monatig|jährig|stündig|minütig)(?:e|en|er|es|em)?(?!\w)"
)
DURATION_LONG = _c(
    r"(?<![\w])(?P<unit>tage|wochen|monate|jahre|jahrzehnte|stunden|Tage|Wochen|Monate|Jahre|"
    r"Jahrzehnte|Stunden)lang(?:e|en|er|es|em)?(?!\w)"
)
CLOCK = _c(
    r"(?<![\w:.,])(?P<hh>[01]?\d|2[0-3])(?:[:.](?P<mm>[0-5]\d))?\s*Uhr"
    r"(?:\s+(?P<mm2>[0-5]\d)(?!\s*(?:Minuten|Sekunden|\w)))?"
    r"(?:\s+(?P<pod>früh|morgens|abends|nachmittags|vormittags|nachts))?"
    r"(?:\s+(?P<tz>Ortszeit|MEZ|MESZ|UTC|GMT|mitteleuropäischer\s+(?:Sommer)?[Zz]eit))?(?!\w)"
    r"|(?<![\w])(?:[Uu]m|[Aa]b|[Gg]egen|[Bb]is)\s+(?P<hh2>[01]?\d|2[0-3]):(?P<mm3>[0-5]\d)"
    r"(?:\s*Uhr)?(?![\d:])(?!\s*(?:Stunden|Minuten|h\b|Std))"
    r"|(?<![\w:.,\-])(?P<hh3>[01]?\d|2[0-3]):(?P<mm4>[0-5]\d)(?![\d:])(?=\s*(?:Uhr|$|\n|[),]))"
    r"|(?<![\w])(?P<midnight>Mitternacht)(?!\w)"
)
REF_WORDS = _c(
    r"(?<![\w])(?P<w>[Jj]etzt|[Dd]erzeit|[Zz]urzeit|[Gg]egenwärtig|[Mm]omentan|[Hh]eutzutage|"
    r"[Bb]ald|[Dd]emnächst|[Kk]ünftig|[Zz]ukünftig|[Ii]n\s+Zukunft|[Ww]enig\s+später|"
    r"[Kk]urz\s+(?:darauf|danach|später|zuvor|vorher)|[Kk]urze\s+Zeit\s+(?:später|darauf)|"
    r"(?:in\s+der\s+|In\s+der\s+)?Folgezeit|[Kk]ürzlich|[Jj]üngst|[Uu]nlängst|"
    r"[Zz]wischenzeitlich|"
    r"heutigen\s+Tag|[Bb]innen\s+kurzem|[Ss]o\s+bald\s+wie\s+möglich)(?!\w)"
)
VAGUE_FUTURE = _c(
    r"(?<![\w])[Ii]n\s+den\s+(?:kommenden|nächsten|folgenden|bevorstehenden)\s+"
    r"(?:Tagen|Wochen|Monaten|Jahren|Stunden)(?!\w)"
)
# "von 1200 auf 1500": a change between two four-digit numbers.
QUANTITY_CHANGE = _c(r"(?<![\w])(?:von|um)\s+\d{4}\s+(?:auf|bis\s+auf)\s+\d{4}(?!\d)")
WORD = _c(r"[A-Za-zÄÖÜäöüß]+")
SET_WORDS = _c(
    r"(?<![\w])(?P<w>täglich|wöchentlich|monatlich|jährlich|stündlich|alljährlich|"
    r"[Jj]eden\s+Tag|[Jj]ede\s+Woche|[Jj]eden\s+Monat|[Jj]edes\s+Jahr|pro\s+Tag|pro\s+Woche|"
    r"pro\s+Monat|pro\s+Jahr)(?:e|en|er|es|em)?(?!\w)"
)
HOLIDAY = _c(
    rf"{L}(?P<h>Heiligabend|Heiligen\s+Abend|Weihnachten|Ersten\s+Weihnachtstag|"
    r"Zweiten\s+Weihnachtstag|Silvester|Neujahrstag|Neujahr|Ostern|Ostersonntag|Ostermontag|"
    r"Karfreitag|Pfingsten|Pfingstsonntag|Pfingstmontag|Himmelfahrt|Tag\s+der\s+Deutschen\s+Einheit|"
    rf"Tag\s+der\s+Arbeit)(?:\s+(?P<y>{YEAR4}))?{R}"
)

# Joining pieces: ranges and open ranges.
RANGE_JOIN = _c(r"\s?(?:–|-|—|bis(?:\s+(?:zum|zur|Ende|Anfang|Mitte|einschließlich))?|"
                r"auf(?:\s+den)?)\s?$")
AND_JOIN = _c(r"\s+(?:und|oder|bis)\s+(?:am\s+)?$")
RANGE_PREFIX = _c(r"(?<![\w])(?:[Vv]om|[Vv]on|[Zz]wischen(?:\s+dem|\s+den)?|[Aa]m|[Ss]eit|[Ii]m|"
                  r"[Ii]n\s+der\s+Zeit\s+von)\s+(?:(?:dem|den|der)\s+)?$")
OPEN_BEFORE = _c(r"(?<![\w])(?P<w>[Ss]eit|[Aa]b|[Bb]is|[Ss]pätestens)(?:\s+(?:zum|zur|dem|den|"
                 r"am|im|spätestens|einschließlich|zum\s+spätestens))?\s+$")
WEEKDAY_DATE_JOIN = _c(r",?\s+(?:(?:den|dem)\s+)?$")
DATE_CLOCK_JOIN = _c(r",?\s+(?:um|gegen|ab)?\s*$")
PRECEDING_WORD = _c(r"([\wäöüÄÖÜß.]+)\s+$")
FOLLOWING_WORD = _c(r"[ \t]+([\wäöüÄÖÜß%€$]+)")
LINE_START = _c(r"(?:^|\n)[ \t]*(?:[*•·\-–][ \t]*)?$")
SENTENCE_END = _c(
    r"(?<!\b[A-Za-z])(?<!\b\d)(?<!\b\d\d)(?<!\bChr)(?<!\bNr)(?<!\bca)(?<!\bbzw)(?<!\bDr)"
    r"(?<!\bvgl)(?<!\bSt)[.!?]+(?=\s+[\"„»(]?[A-ZÄÖÜ0-9])|\n"
)
