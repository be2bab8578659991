"""Infer an undated article's publication date from other articles on the same events
(failing that, from its own lead: ``graphkit.temporal.lead``).

Each piece of evidence pairs a relative expression of the undated article (tagged without a
reference, so it keeps its re-resolvable spec in ``Timex.relative`` and its tense in
``Timex.direction``) with the value the same event has in a dated article. The inferred date
is the one under which most expressions land inside their known values.

Evidence rule (issue 11): a date is inferred only from articles whose date was *stated*
(metadata, ``--date`` or a dateline), never from another inferred date, and only when the
evidence agrees: at least two event mentions of the article align on the same date, or one
does and a clue in the article's own text agrees (a yearless day near the top — a partial
dateline — that falls on that date, a stated year equal to its year, or "seit/vor N Jahren"
counted from a stated or known year). Otherwise the date stays unknown, and so do the
article's relative dates. Sharing events with a dated article is not evidence by itself.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from graphkit.merge.entities import resolve_entities
from graphkit.merge.events import cluster_time_pairs
from graphkit.model import (
    DATE_INFERRED,
    DAY,
    MONTH,
    YEAR,
    AnalysedArticle,
    Article,
    EventMention,
    PublicationDate,
    TimeValue,
    Timex,
)
from graphkit.temporal import find_timexes
from graphkit.temporal.lead import lead_date
from graphkit.temporal.resolve import PRESENT, parse_spec, resolve_spec
from graphkit.temporal.values import MONTHS_PER_UNIT

WEEK_SPAN = timedelta(days=7)
_SEARCH_MARGIN_DAYS = 8   # a weekday or "gestern" lies within a week of the publication date


def _span_under(timex: Timex, reference: date) -> tuple[date, date] | None:
    """Days the expression covers if the article was published on ``reference``."""
    begins: list[date] = []
    ends: list[date] = []
    for spec in timex.relative.split("/"):
        if spec in ("", ".."):
            continue
        value = resolve_spec(spec, reference, timex.direction or PRESENT, timex.mod)
        if value is None or value.begin is None or value.end is None:
            return None
        begins.append(value.begin)
        ends.append(value.end)
    if not begins:
        return None
    if len(begins) == 2 and begins[1] < begins[0]:
        # "am Mittwoch und Donnerstag" read on a Thursday: the range ends a week later.
        begins[1], ends[1] = begins[1] + WEEK_SPAN, ends[1] + WEEK_SPAN
    return min(begins), max(ends)


def _candidate_days(timex: Timex, known: TimeValue) -> list[date]:
    """Publication dates worth trying for one pair: around the known days, shifted back by
    the expression's own offset ("vor 24 Jahren" → 24 years later)."""
    assert known.begin is not None and known.end is not None
    shift_days = 0
    parsed = parse_spec(timex.relative.split("/")[0])
    if parsed is not None:
        kind, arg, _ = parsed
        if kind == "D" and arg:
            shift_days = -int(arg)
        elif kind == "W" and arg:
            shift_days = -7 * int(arg)
        elif kind in MONTHS_PER_UNIT and arg.lstrip("+-").isdigit():
            shift_days = -int(30.44 * MONTHS_PER_UNIT[kind] * int(arg))
    first = known.begin + timedelta(days=shift_days - _SEARCH_MARGIN_DAYS)
    last = known.end + timedelta(days=shift_days + _SEARCH_MARGIN_DAYS)
    if (last - first).days > 800:
        last = first + timedelta(days=800)
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def _overlaps(span: tuple[date, date], known: TimeValue, slack_days: int = 0) -> bool:
    assert known.begin is not None and known.end is not None
    slack = timedelta(days=slack_days)
    return span[0] <= known.end + slack and span[1] >= known.begin - slack


def _distance(day: date, known: TimeValue) -> int:
    """Days from the known span to a publication date; reports after the event are likelier,
    so a date before the event counts double."""
    assert known.begin is not None and known.end is not None
    if day < known.begin:
        return 2 * (known.begin - day).days
    return max(0, (day - known.end).days)


@dataclass
class _DayScore:
    """What publication on one candidate day explains."""

    matches: list[tuple[Timex, tuple[date, date]]] = field(default_factory=list)
    slack: int = 0            # pairs that needed a day of slack
    distance: int = 0         # summed distance of the matched known values

    def key(self, day: date) -> tuple[int, int, int, date]:
        # Most expressions explained (one expression may be paired with several candidate
        # events), then fewest needing a day of slack (time zones), then closest, earliest.
        return (-len({id(t) for t, _ in self.matches}), self.slack, self.distance, day)


def _score_days(usable: list[tuple[Timex, TimeValue]]) -> dict[date, _DayScore]:
    """For each pair, the candidate days on which its expression lands on its known value
    (a day of slack allowed for day-precise values). Each pair is tried only on its own
    candidate days, so the cost is linear in the evidence."""
    scores: dict[date, _DayScore] = {}
    spans: dict[tuple[int, date], tuple[date, date] | None] = {}
    for timex, known in usable:
        for day in _candidate_days(timex, known):
            cache_key = (id(timex), day)
            if cache_key not in spans:
                spans[cache_key] = _span_under(timex, day)
            span = spans[cache_key]
            if span is None:
                continue
            slack = 0
            if not _overlaps(span, known):
                if known.precision != DAY or not _overlaps(span, known, slack_days=1):
                    continue
                slack = 1
            score = scores.setdefault(day, _DayScore())
            score.matches.append((timex, span))
            score.slack += slack
            score.distance += _distance(day, known)
    return scores


@dataclass
class Alignment:
    """The best publication date for a set of evidence pairs."""

    day: date
    matches: list[tuple[Timex, tuple[date, date]]]   # one per agreeing expression
    usable: int                                      # expressions that could be aligned
    explanation: str


def infer_reference_date(evidence: list[tuple[Timex, TimeValue]]) -> tuple[date, str] | None:
    """The publication date that makes most relative expressions agree with their known
    values (ties: closest to the known values, then earliest), with an explanation."""
    found = align(evidence)
    return (found.day, found.explanation) if found is not None else None


def align(evidence: list[tuple[Timex, TimeValue]]) -> Alignment | None:
    """Like :func:`infer_reference_date`, keeping which expressions agree."""
    usable = [(t, k) for t, k in evidence
              if t.relative and k.begin is not None and k.end is not None]
    if not usable:
        return None
    scores = _score_days(usable)
    if not scores:
        return None
    day = min(scores, key=lambda d: scores[d].key(d))
    best_matches = scores[day].matches
    usable_count = len({id(t) for t, _ in usable})
    best_matches = list({id(t): (t, span) for t, span in best_matches}.values())
    shown = "; ".join(f"„{t.text}“ → {s[0].isoformat()}" + (f"..{s[1].isoformat()}"
                                                           if s[1] != s[0] else "")
                      for t, s in best_matches[:3])
    explanation = (f"{len(best_matches)} of {usable_count} relative expressions agree with "
                   f"dated reports of the same events if published on {day.isoformat()} "
                   f"({shown})")
    return Alignment(day, best_matches, usable_count, explanation)


# --- publication dates of undated articles ------------------------------------------

MentionsOf = Callable[[list[AnalysedArticle]], list[EventMention]]
DATELINE_CHARS = 300      # a yearless day this near the top reads as a partial dateline
MIN_ALIGNED = 2           # aligned event mentions that suffice without a text clue


def publication_dates(articles: Iterable[AnalysedArticle]) -> dict[str, date | None]:
    return {
        a.article.id: a.article.published.value if a.article.published else None
        for a in articles
    }


def stated_publications(articles: Iterable[AnalysedArticle]) -> dict[str, PublicationDate]:
    """Publication dates that were stated (metadata, option, dateline), not inferred."""
    return {a.article.id: a.article.published for a in articles
            if a.article.published is not None and not a.article.published.inferred}


def infer_publication_dates(
    analysed: list[AnalysedArticle], mentions_of: MentionsOf
) -> list[AnalysedArticle]:
    """Date undated articles: from the articles with stated dates that report the same
    events, else from the dates their own lead tells (``graphkit.temporal.lead``)."""
    return [dated_by_lead(item) for item in dated_by_other_articles(analysed, mentions_of)]


def dated_by_lead(item: AnalysedArticle) -> AnalysedArticle:
    if item.article.published is not None:
        return item
    published = lead_date(item.article.text)
    if published is None:
        return item
    return AnalysedArticle(replace(item.article, published=published), item.sentences)


def dated_by_other_articles(
    analysed: list[AnalysedArticle], mentions_of: MentionsOf
) -> list[AnalysedArticle]:
    """Date undated articles from the articles with stated dates that report the same events.

    One pass: evidence comes only from stated dates, so no inferred date feeds another.
    An article is dated only when the evidence rule of this module holds; the date carries
    its evidence and a confidence (the share of its alignable expressions that agree).
    """
    stated = stated_publications(analysed)
    if not stated or len(stated) == len(analysed):
        return analysed
    mentions = mentions_of(analysed)
    dates = {a.article.id: (stated[a.article.id].value if a.article.id in stated else None)
             for a in analysed}
    pairs = cluster_time_pairs(mentions, resolve_entities(analysed, dates), stated)
    result = []
    for item in analysed:
        if item.article.published is None and pairs.get(item.article.id):
            published = inferred_date(item.article.text, pairs[item.article.id])
            if published is not None:
                item = AnalysedArticle(replace(item.article, published=published),
                                       item.sentences)
        result.append(item)
    return result


def inferred_date(text: str, pairs: list[tuple[EventMention, TimeValue]]
                  ) -> PublicationDate | None:
    """The publication date the evidence supports under the evidence rule, or None."""
    evidence = [(m.time, known) for m, known in pairs if m.time is not None]
    found = align(evidence)
    if found is None:
        return None
    # Distinct expressions, not event words: "traf am Mittwoch zum Besuch ein" is one
    # alignment however many triggers share its time.
    aligned = {(t.start, t.text) for t, _ in found.matches}
    reason = found.explanation
    if len(aligned) < MIN_ALIGNED:
        clue = text_clue(text, found.day, [known for _, known in pairs])
        if clue is None:
            return None
        reason += f"; {clue}"
    confidence = round(len(found.matches) / found.usable, 2) if found.usable else 0.0
    return PublicationDate(found.day, DATE_INFERRED, reason, confidence=confidence)


def text_clue(text: str, day: date, known: Iterable[TimeValue]) -> str | None:
    """A clue in the article's own text that agrees with publication on ``day``."""
    timexes = find_timexes(text)
    for timex in timexes:
        spec = timex.relative
        if spec.startswith("DAY") and timex.start < DATELINE_CHARS:
            value = resolve_spec(spec.split("/")[0], day, timex.direction or PRESENT)
            if value is not None and value.begin is not None and \
                    abs((value.begin - day).days) <= 1:
                return f"the dateline „{timex.text}“ agrees"
    stated_years = {t.time.begin.year for t in timexes
                    if t.anchor == "absolute" and t.time.precision == YEAR
                    and t.time.begin is not None and not t.time.is_range}
    stated_years |= {t.time.begin.year for t in timexes
                     if t.anchor == "absolute" and t.time.precision in (DAY, MONTH)
                     and t.time.begin is not None and not t.time.is_range}
    if day.year in stated_years:
        return f"the text states the year {day.year}"
    anchors = stated_years | {k.begin.year for k in known if k.begin is not None}
    for timex in timexes:
        years = years_ago(timex)
        if years and day.year - years in anchors:
            return (f"„{timex.text}“ counted from {day.year - years} agrees")
    return None


def years_ago(timex: Timex) -> int:
    """N for "seit N Jahren" (a duration) or "vor N Jahren" (a relative year); else 0."""
    value = timex.time.value
    if timex.type == "DURATION" and value.startswith("P") and value.endswith("Y") \
            and value[1:-1].isdigit():
        return int(value[1:-1])
    parsed = parse_spec(timex.relative) if timex.relative else None
    if parsed is not None and parsed[0] == "Y" and parsed[1].startswith("-") and \
            parsed[1][1:].isdigit():
        return int(parsed[1][1:])
    return 0


def date_warnings(articles: Iterable[Article]) -> list[str]:
    """One line per article whose publication date is inferred or unknown."""
    lines = []
    for article in articles:
        published = article.published
        if published is None:
            lines.append(f"{article.path}: no publication date (none stated, too little "
                         "evidence to infer one); its relative dates stay unresolved")
        elif published.inferred:
            confidence = ("" if published.confidence is None
                          else f" (confidence {published.confidence:.2f})")
            lines.append(f"{article.path}: publication date {published.text} inferred"
                         f"{confidence}: {published.evidence}")
    return lines
