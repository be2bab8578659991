"""An undated report's own evidence of when it was written: the dates its lead tells.

News leads report the latest news ("Der Konzern teilte am Freitag, dem 26. April 2024,
mit …"), so an article that states no publication date was written on the latest day its
title and lead paragraph name in the past tense, or soon after. graphkit uses that day as an
inferred publication date (flagged, with this evidence) only when no dateline and no other
article dates it: a day in a plan ("am 18. Mai endet die Saison") or a date without its
year says nothing about the writing.
"""

from __future__ import annotations

import re

from graphkit.model import DATE_INFERRED, DAY, PublicationDate, Timex
from graphkit.temporal.tagger import find_timexes
from graphkit.temporal.tense import PAST, tense_of

LEAD_CHARS = 1500   # the title and the lead paragraph of a news report
# A period after a number ends a sentence only after a year ("… 2024. Die"), not after a
# day ("am 26. April").
_SENTENCE_END = re.compile(r"(?:(?<!\d)|(?<=\d{4}))[.!?]\s+(?=[A-ZÄÖÜ„\"])|\n")


def lead_date(text: str) -> PublicationDate | None:
    """The latest absolute day of the text's lead told in the past tense, as an inferred
    publication date (the report was written then or soon after), or None."""
    lead = text[:LEAD_CHARS]
    told = [timex for timex in find_timexes(lead, narrative=False)
            if is_past_day(timex, lead)]
    if not told:
        return None
    latest = max(told, key=lambda timex: timex.time.begin)
    evidence = (f"the lead's latest past date „{latest.text}“: written that day or soon "
                "after")
    return PublicationDate(latest.time.begin, DATE_INFERRED, evidence)


def is_past_day(timex: Timex, text: str) -> bool:
    """A whole day with its year, in a clause told in the past tense."""
    time = timex.time
    if timex.anchor != "absolute" or time.precision != DAY or time.is_range \
            or time.begin is None:
        return False
    start, end = sentence_bounds(text, timex.start)
    return tense_of(text[start:end], timex.start - start) == PAST


def sentence_bounds(text: str, offset: int) -> tuple[int, int]:
    starts = [m.end() for m in _SENTENCE_END.finditer(text, 0, offset)]
    after = _SENTENCE_END.search(text, offset)
    return (starts[-1] if starts else 0), (after.end() if after else len(text))
