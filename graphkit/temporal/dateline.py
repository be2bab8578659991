"""Publication stamps in article text ("Stand: 18.06.2024", "(dpa, 23.4.2019)", ...).

Only stamps count: a line that is nothing but a date (and time), or a place and a date
("Berlin, 13. September 2024"), a labelled stamp
("Stand:", "Veröffentlicht am", "aktualisiert am", "Datum:") or an agency parenthesis. A date
in running text ("im Jahr 2000", "am 19. Juni 2024 traf ...") is never a dateline.
"""

from __future__ import annotations

import re
from datetime import date

from graphkit.model import DATE_FROM_DATELINE, PublicationDate
from graphkit.temporal.candidates import month_of
from graphkit.temporal.patterns import MONTH, WEEKDAY

_NUMERIC = r"(?P<d>0?[1-9]|[12]\d|3[01])\.\s?(?P<m>0?[1-9]|1[0-2])\.\s?(?P<y>(?:19|20)\d\d|\d\d)"
_WRITTEN = rf"(?P<wd2>0?[1-9]|[12]\d|3[01])\.\s?(?P<mon>{MONTH})\s+(?P<wy>(?:19|20)\d\d)"
_ISO = r"(?P<iy>(?:19|20)\d\d)-(?P<im>0[1-9]|1[0-2])-(?P<id>0[1-9]|[12]\d|3[01])"
_DATE = rf"(?:(?:{WEEKDAY}),?\s+(?:den\s+)?)?(?:{_NUMERIC}|{_WRITTEN}|{_ISO})"
_PLACE_WORD = r"[A-ZÄÖÜ(][\w.')-]+"
_PLACE_LINK = r"(?:am|an|der|im|in|ob|bei|vor)"  # Frankfurt am Main, Halle an der Saale
_CLOCK = r"(?:(?:,|\s+-|\s+um|\s*\|)?\s*(?:[01]?\d|2[0-3])[:.][0-5]\d(?::[0-5]\d)?\s*(?:Uhr)?)?"

# Labels, best first: the first publication beats a later update.
_LABELLED = (
    ("published", re.compile(
        rf"(?:[Vv]eröffentlicht|[Ee]rschienen|[Pp]ubliziert|[Ee]rstellt)(?:\s+am)?\s*:?\s*"
        rf"{_DATE}{_CLOCK}")),
    ("line", re.compile(rf"(?m)^[ \t]*(?:Datum:\s*)?{_DATE}{_CLOCK}[ \t]*(?:Uhr)?[ \t]*$")),
    # A place-and-date line ("Berlin, 13. September 2024", "Frankfurt am Main, 3.3.2022").
    ("placed", re.compile(
        rf"(?m)^[ \t]*{_PLACE_WORD}(?:[ /-](?:{_PLACE_WORD}|{_PLACE_LINK})){{0,3}},"
        rf"[ \t]*{_DATE}{_CLOCK}[ \t]*(?:Uhr)?[ \t]*$")),
    # The same stamp opening the lead paragraph ("Kourou, 10. Juli 2024 – Die Rakete ...",
    # "Berlin, 26.03.2024 (dpa). Nach ..."): wire and press-release style.
    ("lead", re.compile(
        rf"(?m)^[ \t]*{_PLACE_WORD}(?:[ /-](?:{_PLACE_WORD}|{_PLACE_LINK})){{0,3}},"
        rf"[ \t]*{_DATE}{_CLOCK}"
        rf"(?=(?:[ \t]*\([\w./ -]{{1,30}}\))?[ \t]*[-–—:.][ \t]+[A-ZÄÖÜ„\"])")),
    ("agency", re.compile(
        rf"\(\s*[A-Za-zÄÖÜäöü][\w./ -]{{1,30}},\s*{_DATE}{_CLOCK}\s*\)")),
    ("updated", re.compile(
        rf"(?:[Ss]tand|[Aa]ktualisiert|[Zz]uletzt\s+aktualisiert|[Gg]eändert)(?:\s+am)?\s*:?\s*"
        rf"{_DATE}{_CLOCK}")),
)


PLACED_WITHIN = 1500  # characters from the start of the text


def _date_of(match: re.Match[str]) -> date | None:
    try:
        if match.group("y"):
            year = int(match.group("y"))
            year += 2000 if year < 100 else 0
            return date(year, int(match.group("m")), int(match.group("d")))
        if match.group("wy"):
            return date(int(match.group("wy")), month_of(match.group("mon")),
                        int(match.group("wd2")))
        return date(int(match.group("iy")), int(match.group("im")), int(match.group("id")))
    except (ValueError, KeyError):
        return None


def find_dateline(text: str) -> PublicationDate | None:
    """The publication date stamped in ``text`` (how = "dateline"), or None."""
    for label, pattern in _LABELLED:
        # A place-and-date stamp is a dateline only at the top, not in a list in the body.
        searched = text[:PLACED_WITHIN] if label in ("placed", "lead") else text
        for match in pattern.finditer(searched):
            day = _date_of(match)
            if day is not None:
                return PublicationDate(day, DATE_FROM_DATELINE, match.group(0).strip())
    return None
