"""Turn a KnowledgeGraph into the plain, JSON-ready view model the HTML pages read.

Everything the pages show is computed here once, in Python, so that the browser code only
draws: node positions, display strings for dates, and sentence pieces around the event words.
Offsets are split here because Python counts code points and JavaScript counts UTF-16 units.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from datetime import date, timedelta

from graphkit.events.lexicon import type_label
from graphkit.model import (
    ACCUSATION,
    AGREEMENT,
    DAY,
    EVENT_TYPES,
    HAPPENED,
    LOC,
    MEETING,
    MILITARY_ACTION,
    MISC,
    MONTH,
    ORG,
    PER,
    PUBLICATION,
    STATEMENT,
    VISIT,
    WEEK,
    YEAR,
    Article,
    Entity,
    Event,
    KnowledgeGraph,
    PublicationDate,
    SourceSentence,
    TimeValue,
)
from graphkit.render.i18n import DEFAULT_UI_LANG, fill, ui_strings
from graphkit.render.layout import force_layout

EPOCH = date(1970, 1, 1)

ENTITY_PREFIX, EVENT_PREFIX = "ent:", "evt:"

# One colour per node type; entities are dots, events diamonds (shape tells them apart too).
ENTITY_COLOURS = {PER: "#1c7ed6", ORG: "#6741d9", LOC: "#2b8a3e", MISC: "#868e96"}
EVENT_COLOURS = {
    MEETING: "#e8590c",
    VISIT: "#c2255c",
    AGREEMENT: "#f59f00",
    STATEMENT: "#0c8599",
    PUBLICATION: "#5c7cfa",
    MILITARY_ACTION: "#c92a2a",
    ACCUSATION: "#ae3ec9",
}
# The other types take these in the order of EVENT_TYPES (a colour may recur after 14).
MORE_EVENT_COLOURS = ("#2f9e44", "#1971c2", "#e67700", "#862e9c", "#0b7285", "#d9480f",
                      "#5f3dc4", "#a61e4d", "#66a80f", "#364fc7", "#b35900", "#087f5b",
                      "#9c36b5", "#c92a2a")
EVENT_COLOURS.update({t: MORE_EVENT_COLOURS[i % len(MORE_EVENT_COLOURS)] for i, t in
                      enumerate(t for t in EVENT_TYPES if t not in EVENT_COLOURS)})
FALLBACK_COLOUR = "#495057"
EDGE_STYLES = {  # kind: (colour, key of its legend text in i18n.json, dashed)
    "actor": ("#adb5bd", "edgeActor", False),
    "place": ("#69db7c", "edgePlace", True),
}
# At most this share of the dated events may fall outside the span the timeline opens on.
OUTLIER_SHARE = 0.2

_QID = re.compile(r"^Q[1-9][0-9]*$")
_WEB_URL = re.compile(r"^https?://[^\s\"'<>]+$", re.IGNORECASE)
_WORD_BREAK = re.compile(r"(?<=[a-z])(?=[A-Z])")


def day_number(value: date) -> int:
    """Days since 1970-01-01: a plain integer the browser can compare and scale."""
    return (value - EPOCH).days


def _month_end(value: date) -> bool:
    return value == date.max or (value + timedelta(days=1)).day == 1


class _Dates:
    """Date texts in one UI language (templates from i18n.json)."""

    def __init__(self, lang: str) -> None:
        self.ui = ui_strings(lang)

    def month(self, value: date) -> str:
        return self.ui["months"][value.month - 1]

    def day(self, value: date) -> str:
        return fill(self.ui["dateDay"], d=value.day, month=self.month(value), y=value.year)

    def publication(self, published: PublicationDate) -> str:
        """At the precision the date was given: a day, "November 2024" or "2024"."""
        if published.precision == MONTH:
            return fill(self.ui["dateMonth"], month=self.month(published.value),
                        y=published.value.year)
        if published.precision == YEAR:
            return str(published.value.year)
        return self.day(published.value)

    def span(self, first: str, last: str) -> str:
        return fill(self.ui["dateRange"], **{"from": first, "to": last})

    def day_span(self, begin: date, end: date) -> str:
        if begin == end:
            return self.day(begin)
        if (begin.year, begin.month) == (end.year, end.month):
            return fill(self.ui["dateDayRangeSameMonth"], d1=begin.day, d2=end.day,
                        month=self.month(end), y=end.year)
        if begin.year == end.year:
            first = fill(self.ui["dateDayNoYear"], d=begin.day, month=self.month(begin))
            return self.span(first, self.day(end))
        return self.span(self.day(begin), self.day(end))

    def month_span(self, begin: date, end: date) -> str:
        first = fill(self.ui["dateMonth"], month=self.month(begin), y=begin.year)
        if (begin.year, begin.month) == (end.year, end.month):
            return first
        last = fill(self.ui["dateMonth"], month=self.month(end), y=end.year)
        if begin.year == end.year:
            return self.span(self.month(begin), last)
        return self.span(first, last)

    def year_span(self, begin: date, end: date) -> str:
        if begin.year == end.year:
            return str(begin.year)
        if begin.year % 10 == 0 and end.year == begin.year + 9:
            return fill(self.ui["dateDecade"], y=begin.year)
        return f"{begin.year}–{end.year}"

    def time(self, time: TimeValue | None) -> str:
        if time is None:
            return self.ui["dateUnknown"]
        if not time.resolved:  # "XXXX-WXX-2" (a weekday of no known week) means nothing to a reader
            return self.ui["dateUnknown"]
        begin = time.begin or time.end
        end = time.end or time.begin
        assert begin is not None and end is not None
        if on_or_before(time):
            return fill(self.ui["dateOnOrBefore"], date=self.day(end))
        if time.precision == DAY:
            return self.day_span(begin, end)
        whole_months = begin.day == 1 and _month_end(end)
        if whole_months and (begin.month, end.month) == (1, 12):
            return self.year_span(begin, end)
        if whole_months:
            return self.month_span(begin, end)
        text = self.day_span(begin, end)
        return fill(self.ui["dateWeekOf"], text=text) if time.precision == WEEK else text


def on_or_before(time: TimeValue | None) -> bool:
    """A time only known as an upper bound (the article's publication date)."""
    return time is not None and time.on_or_before


def format_time(time: TimeValue | None, lang: str = DEFAULT_UI_LANG) -> str:
    """A short human text for a time value that keeps its precision (a month stays a month)."""
    return _Dates(lang).time(time)


def _time_view(time: TimeValue | None, dates: _Dates) -> dict | None:
    if time is None:
        return None
    view: dict = {
        "value": time.value,
        "precision": time.precision,
        "range": time.is_range,
        "text": dates.time(time),
    }
    if on_or_before(time):
        view["onOrBefore"] = True
    elif time.resolved:
        begin = time.begin or time.end
        end = time.end or time.begin
        assert begin is not None and end is not None
        view["begin"], view["end"] = sorted((day_number(begin), day_number(end)))
    return view


def sentence_pieces(source: SourceSentence) -> list[str]:
    """[before, event words, after] of the sentence; one piece if the offsets do not fit."""
    text = source.text
    rel_start = source.trigger_start - source.start
    rel_end = source.trigger_end - source.start
    if 0 <= rel_start < rel_end <= len(text):
        return [text[:rel_start], text[rel_start:rel_end], text[rel_end:]]
    return [text]


def safe_web_url(url: str | None) -> str | None:
    """Only plain http(s) addresses become links; anything else (javascript:, data:) is dropped."""
    return url if url and _WEB_URL.match(url) else None


def type_name(event_type: str, lang: str = DEFAULT_UI_LANG) -> str:
    """'MilitaryAction' -> 'Militäraktion' / 'Military action'; unknown types split at capitals."""
    known = ui_strings(lang)["types"].get(event_type)
    if known:
        return known
    label = type_label(event_type, lang)  # the scheme's label (graphkit/data/events)
    if label != event_type:
        return label[:1].upper() + label[1:]
    words = _WORD_BREAK.sub(" ", event_type).split(" ")
    return " ".join([words[0]] + [w.lower() for w in words[1:]])


def _article_view(article: Article, dates: _Dates) -> dict:
    published = article.published
    return {
        "id": article.id,
        "title": article.title,
        "source": article.source or "",
        "url": safe_web_url(article.url),
        "date": published.value.isoformat() if published else None,
        "dateText": dates.publication(published) if published else dates.ui["articleNoDate"],
        "dateHow": published.how if published else None,
        "inferred": bool(published and published.inferred),
        "dateEvidence": published.evidence if published else "",
    }


def _source_view(source: SourceSentence) -> dict:
    return {
        "article": source.article_id,
        "sentence": source.sentence_index,
        "pieces": sentence_pieces(source),
        "timeText": source.time_text,
    }


def _event_view(event: Event, known_entities: set[str], dates: _Dates, lang: str) -> dict:
    sources = sorted(event.sources, key=lambda s: (s.article_id, s.sentence_index, s.start))
    participants = [
        {"entity": p.entity_id, "role": p.role, "known": p.entity_id in known_entities}
        for p in event.participants
    ]
    return {
        "id": event.id,
        "node": EVENT_PREFIX + event.id,
        "type": event.type,
        "typeName": type_name(event.type, lang),
        "label": event.label,
        "status": event.status,
        "support": event.support,
        "ordinal": event.ordinal,
        "place": event.place,
        "placeKnown": event.place in known_entities if event.place else False,
        "participants": participants,
        "time": _time_view(event.time, dates),
        "statedTimes": [
            {"article": article_id, "text": dates.time(t), "value": t.value,
             "precision": t.precision}
            for article_id, t in event.stated_times
        ],
        "sources": [_source_view(s) for s in sources],
    }


def _position_views(kg: KnowledgeGraph, known: set[str]) -> dict[str, list[dict]]:
    """Each entity's posts (a person's) or post holders (an organisation's): the post,
    the entity on the other side and how many articles state it."""
    views: dict[str, list[dict]] = defaultdict(list)
    for position in sorted(kg.positions, key=lambda p: p.id):
        if position.person not in known or position.organisation not in known:
            continue
        for this, other in ((position.person, position.organisation),
                            (position.organisation, position.person)):
            views[this].append({"post": position.post, "entity": other,
                                "support": position.support})
    return views


def _entity_view(entity: Entity, event_ids: list[str], article_ids: list[str],
                 positions: list[dict]) -> dict:
    return {
        "id": entity.id,
        "node": ENTITY_PREFIX + entity.id,
        "name": entity.name,
        "label": entity.label,
        "kind": entity.kind or "",
        "aliases": sorted({a for a in entity.aliases if a and a != entity.name}),
        "wikidata": entity.wikidata if entity.wikidata and _QID.match(entity.wikidata) else None,
        "mentions": entity.mention_count,
        "events": event_ids,
        "articles": article_ids,
        "positions": positions,
    }


def _dated(event: Event) -> bool:
    return bool(event.time and event.time.resolved and not on_or_before(event.time))


def _event_sort_key(event: Event) -> tuple:
    if _dated(event):
        assert event.time is not None
        begin = event.time.begin or event.time.end
        end = event.time.end or event.time.begin
        return (begin, end, event.id)
    return (date.max, date.max, event.id)


def _links(events: Iterable[Event], known: set[str]) -> list[dict]:
    """One edge per (event, entity, role); the place edge marked as such."""
    edges: list[dict] = []
    for event in events:
        seen: set[tuple[str, str]] = set()
        for p in event.participants:
            if p.entity_id in known and (p.entity_id, p.role) not in seen:
                seen.add((p.entity_id, p.role))
                edges.append({"from": EVENT_PREFIX + event.id,
                              "to": ENTITY_PREFIX + p.entity_id, "kind": "actor",
                              "role": p.role})
        if event.place and event.place in known:
            edges.append({"from": EVENT_PREFIX + event.id, "to": ENTITY_PREFIX + event.place,
                          "kind": "place", "role": "place"})
    return edges


def _legend(entities: list[dict], events: list[dict], ui: dict, lang: str) -> dict:
    """The classes the network draws: entities without an edge (one named only as the
    organisation of a post) are no node of it."""
    labels = sorted({e["label"] for e in entities if e.get("linked", True)},
                    key=lambda x: (x not in ENTITY_COLOURS, x))
    types = sorted({e["type"] for e in events},
                   key=lambda t: (EVENT_TYPES.index(t) if t in EVENT_TYPES else 99, t))
    return {
        "entities": [{"key": x, "name": ui["entityLabels"].get(x, x),
                      "colour": ENTITY_COLOURS.get(x, FALLBACK_COLOUR)} for x in labels],
        "events": [{"key": t, "name": type_name(t, lang),
                    "colour": EVENT_COLOURS.get(t, FALLBACK_COLOUR)} for t in types],
        "edges": [{"key": k, "name": ui[text_key], "colour": colour, "dashed": dashed}
                  for k, (colour, text_key, dashed) in EDGE_STYLES.items()],
    }


def _published_by(kg: KnowledgeGraph) -> dict[str, date]:
    return {a.id: a.published.value for a in kg.articles if a.published}


def _story(events: list[Event], published: dict[str, date], dates: _Dates) -> list[dict]:
    """Every event once, in date order: dated events first; then events that happened but
    carry no date of their own, on or before the earliest article reporting them; then the
    rest (planned or unreported) under "date unknown"."""
    dated, before, unknown = [], [], []
    for event in events:
        if _dated(event):
            dated.append({"event": event.id, "group": "dated", "when": dates.time(event.time)})
            continue
        bound = event.time.end if on_or_before(event.time) and event.time else None
        if bound is None and event.status == HAPPENED:
            days = [published[s.article_id] for s in event.sources if s.article_id in published]
            bound = min(days) if days else None
        if bound is None:
            unknown.append({"event": event.id, "group": "unknown", "when": "–"})
        else:
            before.append((bound, event.id, {
                "event": event.id, "group": "onOrBefore",
                "when": fill(dates.ui["dateOnOrBefore"], date=dates.day(bound))}))
    before.sort(key=lambda item: (item[0], item[1]))
    return dated + [item for _, _, item in before] + unknown


def _time_window(events: list[Event]) -> dict | None:
    """The span the timeline opens on (days since 1970): the whole span, unless leaving out
    at most OUTLIER_SHARE of the dated events at its ends makes it less than half as long;
    then as few events as that takes are left out (one event 20 years before the others
    must not squeeze them into a corner). Those events stay reachable by zooming out."""
    begins = sorted(day_number(e.time.begin or e.time.end) for e in events
                    if _dated(e) and e.time is not None)
    ends = sorted(day_number(e.time.end or e.time.begin) + 1 for e in events
                  if _dated(e) and e.time is not None)
    if not begins:
        return None
    n = len(begins)
    whole = ends[-1] - begins[0]

    def best_split(dropped: int) -> tuple[int, int] | None:
        spans = [(ends[n - 1 - (dropped - a)] - begins[a], a) for a in range(dropped + 1)]
        span, a = min(spans)
        return (begins[a], ends[n - 1 - (dropped - a)]) if span < 0.5 * whole else None

    # Fewest events to leave out (at least one may go once there are four): binary search,
    # since leaving out more never widens the span.
    low, high = 0, max(1, int(OUTLIER_SHARE * n))
    if n < 4 or best_split(high) is None:
        return {"from": begins[0], "to": ends[-1]}
    while low < high:
        middle = (low + high) // 2
        if best_split(middle) is None:
            low = middle + 1
        else:
            high = middle
    window = best_split(low)
    assert window is not None
    return {"from": window[0], "to": window[1]}


def build_view(kg: KnowledgeGraph, *, with_layout: bool = True,
               ui_lang: str = DEFAULT_UI_LANG) -> dict:
    """The JSON-ready view model of a graph; sorted so the same graph gives the same bytes."""
    dates = _Dates(ui_lang)
    entities = sorted(kg.entities, key=lambda e: e.id)
    known = {e.id for e in entities}
    events = sorted(kg.events, key=_event_sort_key)
    events_of: dict[str, list[str]] = defaultdict(list)
    articles_of: dict[str, set[str]] = defaultdict(set)
    for event in events:
        involved = {p.entity_id for p in event.participants} | ({event.place} - {None})
        for entity_id in involved:
            events_of[entity_id].append(event.id)
            articles_of[entity_id].update(s.article_id for s in event.sources)
    positions = _position_views(kg, known)
    entity_views = [_entity_view(e, events_of[e.id], sorted(articles_of[e.id]), positions[e.id])
                    for e in entities]
    event_views = [_event_view(e, known, dates, ui_lang) for e in events]
    edges = _links(events, known)
    _mark_linked(entity_views + event_views, edges)
    view = {
        "lang": ui_lang,
        "ui": dates.ui,
        "entities": entity_views,
        "events": event_views,
        "edges": edges,
        "articles": [_article_view(a, dates) for a in sorted(kg.articles, key=lambda a: a.id)],
        "story": _story(events, _published_by(kg), dates),
        "timeWindow": _time_window(events),
        "legend": _legend(entity_views, event_views, dates.ui, ui_lang),
        "colours": {
            "entities": dict(ENTITY_COLOURS),
            "events": dict(EVENT_COLOURS),
            "fallback": FALLBACK_COLOUR,
            "edges": {k: v[0] for k, v in EDGE_STYLES.items()},
        },
    }
    if with_layout:
        _add_positions(view)
    return view


def _mark_linked(items: list[dict], edges: list[dict]) -> None:
    """``linked``: the node has at least one edge; the others stay out of the network canvas."""
    ends = {edge["from"] for edge in edges} | {edge["to"] for edge in edges}
    for item in items:
        item["linked"] = item["node"] in ends


def _add_positions(view: dict) -> None:
    """Positions for the linked nodes only, and ``component``: 0 for the largest connected
    part (where the network opens), 1 for the next, and so on."""
    items = [item for item in view["entities"] + view["events"] if item["linked"]]
    index = {item["node"]: i for i, item in enumerate(items)}
    pairs = [(index[edge["from"]], index[edge["to"]]) for edge in view["edges"]]
    positions, components = force_layout(len(items), pairs, with_components=True)
    for item, (x, y), part in zip(items, positions.tolist(), components.tolist(), strict=True):
        item["x"], item["y"], item["component"] = round(x, 1), round(y, 1), part
