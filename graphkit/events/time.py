"""A date for every event: its own time, else its clause's, else the article's date as an
upper bound (the event is reported, so it happened on or before publication)."""

from __future__ import annotations

from datetime import date

from graphkit.model import DAY, HAPPENED, ON_OR_BEFORE, REPORTED, EventMention, TimeValue, Timex

PUBLICATION_ANCHOR = "publication"


def on_or_before(published: date) -> TimeValue:
    return TimeValue(value=published.isoformat(), precision=DAY, begin=None, end=published,
                     mod=ON_OR_BEFORE)


def publication_bound(mention: EventMention, published: date | None) -> Timex | None:
    """The article's date as an upper bound, for an event that happened (or is reported)
    and has no time of its own; a planned or cancelled one has none."""
    if published is None or mention.status not in (HAPPENED, REPORTED):
        return None
    start = mention.sentence.start
    return Timex(start=start, end=start, text="", type="DATE", time=on_or_before(published),
                 anchor=PUBLICATION_ANCHOR)


def bound_undated(mentions: list[EventMention], published: date | None) -> None:
    for mention in mentions:
        if mention.time is None:
            mention.time = publication_bound(mention, published)

