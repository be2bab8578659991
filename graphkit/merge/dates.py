"""Infer an undated article's publication date from other articles on the same events.

Each piece of evidence pairs a relative expression of the undated article (tagged without a
reference, so it keeps its re-resolvable spec in ``Timex.relative`` and its tense in
``Timex.direction``) with the value the same event has in a dated article. The inferred date
is the one under which most expressions land inside their known values.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from datetime import date, timedelta

from graphkit.merge.entities import resolve_entities
from graphkit.merge.events import cluster_time_pairs
from graphkit.model import (
    DATE_INFERRED,
    DAY,
    AnalysedArticle,
    EventMention,
    PublicationDate,
    TimeValue,
    Timex,
)
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


def _matches_on(
    day: date, usable: list[tuple[Timex, TimeValue]]
) -> tuple[list[tuple[Timex, tuple[date, date]]], int, int]:
    """Pairs whose expression lands on its known value if published on ``day`` (a day of
    slack allowed for day-precise values), how many needed the slack, and their distance."""
    matches: list[tuple[Timex, tuple[date, date]]] = []
    slack_matches = distance = 0
    for timex, known in usable:
        span = _span_under(timex, day)
        if span is None:
            continue
        if _overlaps(span, known):
            matches.append((timex, span))
        elif known.precision == DAY and _overlaps(span, known, slack_days=1):
            matches.append((timex, span))
            slack_matches += 1
        else:
            continue
        distance += _distance(day, known)
    return matches, slack_matches, distance


def infer_reference_date(evidence: list[tuple[Timex, TimeValue]]) -> tuple[date, str] | None:
    """The publication date that makes most relative expressions agree with their known
    values (ties: closest to the known values, then earliest), with an explanation."""
    usable = [(t, k) for t, k in evidence
              if t.relative and k.begin is not None and k.end is not None]
    if not usable:
        return None
    candidates: set[date] = set()
    for timex, known in usable:
        candidates.update(_candidate_days(timex, known))
    best: tuple[int, int, int, date] | None = None
    best_matches: list[tuple[Timex, tuple[date, date]]] = []
    for day in sorted(candidates):
        matches, slack_matches, distance = _matches_on(day, usable)
        if not matches:
            continue
        # Most expressions explained (one expression may be paired with several candidate
        # events), then fewest needing a day of slack (time zones), then closest, earliest.
        agreeing = len({id(t) for t, _ in matches})
        key = (-agreeing, slack_matches, distance, day)
        if best is None or key < best:
            best, best_matches = key, matches
    if best is None:
        return None
    day = best[3]
    usable_count = len({id(t) for t, _ in usable})
    best_matches = list({id(t): (t, span) for t, span in best_matches}.values())
    shown = "; ".join(f"„{t.text}“ → {s[0].isoformat()}" + (f"..{s[1].isoformat()}"
                                                           if s[1] != s[0] else "")
                      for t, s in best_matches[:3])
    explanation = (f"{len(best_matches)} of {usable_count} relative expressions agree with "
                   f"dated reports of the same events if published on {day.isoformat()} "
                   f"({shown})")
    return day, explanation


# --- publication dates of undated articles ------------------------------------------

MAX_INFERENCE_ROUNDS = 3
MentionsOf = Callable[[list[AnalysedArticle]], list[EventMention]]


def publication_dates(articles: Iterable[AnalysedArticle]) -> dict[str, date | None]:
    return {
        a.article.id: a.article.published.value if a.article.published else None
        for a in articles
    }


def infer_publication_dates(
    analysed: list[AnalysedArticle], mentions_of: MentionsOf
) -> list[AnalysedArticle]:
    """Date undated articles from the dated articles that report the same events.

    First by aligning their relative dates ("am frühen Mittwoch") with the dates the same
    events have in dated reports, repeating while that dates more articles (a newly dated
    article is evidence for the next); then, for the rest, by the dated article they share
    most events with.
    """
    for _ in range(MAX_INFERENCE_ROUNDS):
        analysed, changed = inference_round(analysed, mentions_of, closest_report=False)
        if not changed:
            break
    analysed, _ = inference_round(analysed, mentions_of, closest_report=True)
    return analysed


def inference_round(
    analysed: list[AnalysedArticle], mentions_of: MentionsOf, *, closest_report: bool
) -> tuple[list[AnalysedArticle], bool]:
    dates = publication_dates(analysed)
    if all(dates.values()) or not any(dates.values()):
        return analysed, False
    mentions = mentions_of(analysed)
    pairs, shared = cluster_time_pairs(mentions, resolve_entities(analysed, dates), dates)
    result, changed = [], False
    for item in analysed:
        if item.article.published is None:
            evidence = [(m.time, known) for m, known in pairs.get(item.article.id, []) if m.time]
            inferred = infer_reference_date(evidence) if evidence else None
            if inferred is None and closest_report:
                inferred = date_of_closest_report(shared.get(item.article.id, {}), dates)
            if inferred is not None:
                published = PublicationDate(inferred[0], DATE_INFERRED, inferred[1])
                item = AnalysedArticle(replace(item.article, published=published),
                                       item.sentences)
                changed = True
        result.append(item)
    return result, changed


def date_of_closest_report(
    shared_events: Mapping[str, int], dates: Mapping[str, date | None]
) -> tuple[date, str] | None:
    """Without relative dates to align, an undated article takes the date of the dated
    article it shares most events with (the latest on a tie): it reports the same news."""
    if not shared_events:
        return None
    other = max(shared_events, key=lambda a: (shared_events[a], dates[a] or date.min, a))
    day = dates[other]
    if day is None:
        return None
    count = shared_events[other]
    return day, f"reports {count} of the same events as {other} (published {day.isoformat()})"
