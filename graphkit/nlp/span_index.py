"""Overlap look-ups among spans (anything with ``start`` and ``end``: spaCy spans, entity
mentions) without testing every pair: a name-dense text has thousands of them."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from itertools import accumulate
from typing import Generic, Protocol, TypeVar


class Bounded(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


S = TypeVar("S", bound=Bounded)


class SpanIndex(Generic[S]):
    """Spans sorted by start, with the furthest end reached so far."""

    def __init__(self, spans: Iterable[S]) -> None:
        self.spans = sorted(spans, key=lambda span: (span.start, span.end))
        self.starts = [span.start for span in self.spans]
        self.reach = list(accumulate((span.end for span in self.spans), max))

    def overlapping(self, span: Bounded) -> list[S]:
        """The indexed spans overlapping ``span``, in order of start."""
        found = []
        k = bisect_left(self.starts, span.end) - 1   # the last one starting before its end
        while k >= 0 and self.reach[k] > span.start:
            if self.spans[k].end > span.start:
                found.append(self.spans[k])
            k -= 1
        return found[::-1]

    def overlaps_any(self, span: Bounded) -> bool:
        k = bisect_left(self.starts, span.end) - 1
        return k >= 0 and self.reach[k] > span.start
