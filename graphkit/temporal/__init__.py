"""German temporal tagging: TIMEX3-style values resolved against a publication date.

Public API::

    find_timexes(text, reference=None, *, narrative=True, ranges=True) -> list[Timex]
    find_dateline(text) -> PublicationDate | None
    tense_of(sentence, offset) -> "future" | "past" | "present"
"""

from graphkit.temporal.dateline import find_dateline
from graphkit.temporal.tagger import find_timexes
from graphkit.temporal.tense import tense_of

__all__ = ["find_dateline", "find_timexes", "tense_of"]
