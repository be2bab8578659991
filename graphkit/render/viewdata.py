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

from graphkit.model import (
    ACCUSATION,
    AGREEMENT,
    DAY,
    EVENT_TYPES,
    LOC,
    MEETING,
    MILITARY_ACTION,
    MISC,
    ORG,
    PER,
    PUBLICATION,
    STATEMENT,
    VISIT,
    WEEK,
    Article,
    Entity,
    Event,
    KnowledgeGraph,
    SourceSentence,
    TimeValue,
)
from graphkit.render.layout import force_layout

EPOCH = date(1970, 1, 1)
MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun",
               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

ENTITY_PREFIX, EVENT_PREFIX = "ent:", "evt:"

# One colour per node type; entities are dots, events diamonds (shape tells them apart too).
ENTITY_STYLE = {
    PER: ("#1c7ed6", "Person"),
    ORG: ("#6741d9", "Organisation"),
    LOC: ("#2b8a3e", "Place"),
    MISC: ("#868e96", "Other"),
}
EVENT_COLOURS = {
    MEETING: "#e8590c",
    VISIT: "#c2255c",
    AGREEMENT: "#f59f00",
    STATEMENT: "#0c8599",
    PUBLICATION: "#5c7cfa",
    MILITARY_ACTION: "#c92a2a",
    ACCUSATION: "#ae3ec9",
}
FALLBACK_COLOUR = "#495057"
EDGE_STYLES = {
    "actor": ("#adb5bd", "actor (edge label: role)", False),
    "place": ("#69db7c", "place", True),
}

_QID = re.compile(r"^Q[1-9][0-9]*$")
_WEB_URL = re.compile(r"^https?://[^\s\"'<>]+$", re.IGNORECASE)
_WORD_BREAK = re.compile(r"(?<=[a-z])(?=[A-Z])")


def day_number(value: date) -> int:
    """Days since 1970-01-01: a plain integer the browser can compare and scale."""
    return (value - EPOCH).days


def _month_end(value: date) -> bool:
    return value == date.max or (value + timedelta(days=1)).day == 1


def _day_text(value: date) -> str:
    return f"{value.day} {MONTH_NAMES[value.month - 1]} {value.year}"


def _day_span_text(begin: date, end: date) -> str:
    if begin == end:
        return _day_text(begin)
    if (begin.year, begin.month) == (end.year, end.month):
        return f"{begin.day}–{end.day} {MONTH_NAMES[end.month - 1]} {end.year}"
    if begin.year == end.year:
        return f"{begin.day} {MONTH_NAMES[begin.month - 1]} – {_day_text(end)}"
    return f"{_day_text(begin)} – {_day_text(end)}"


def _month_span_text(begin: date, end: date) -> str:
    first = f"{MONTH_NAMES[begin.month - 1]} {begin.year}"
    if (begin.year, begin.month) == (end.year, end.month):
        return first
    if begin.year == end.year:
        return f"{MONTH_NAMES[begin.month - 1]} – {MONTH_NAMES[end.month - 1]} {end.year}"
    return f"{first} – {MONTH_NAMES[end.month - 1]} {end.year}"


def _year_span_text(begin: date, end: date) -> str:
    if begin.year == end.year:
        return str(begin.year)
    if begin.year % 10 == 0 and end.year == begin.year + 9:
        return f"{begin.year}s"
    return f"{begin.year}–{end.year}"


def format_time(time: TimeValue | None) -> str:
    """A short human text for a time value that keeps its precision (a month stays a month)."""
    if time is None:
        return "undated"
    if not time.resolved:
        return time.value or "undated"
    if time.on_or_before and time.end is not None:
        return f"on or before {time.end.isoformat()}"
    begin = time.begin or time.end
    end = time.end or time.begin
    assert begin is not None and end is not None
    if time.precision == DAY:
        return _day_span_text(begin, end)
    whole_months = begin.day == 1 and _month_end(end)
    if whole_months and (begin.month, end.month) == (1, 12):
        return _year_span_text(begin, end)
    if whole_months:
        return _month_span_text(begin, end)
    text = _day_span_text(begin, end)
    return f"week of {text}" if time.precision == WEEK else text


def _time_view(time: TimeValue | None) -> dict | None:
    if time is None:
        return None
    view: dict = {
        "value": time.value,
        "precision": time.precision,
        "range": time.is_range,
        "text": format_time(time),
    }
    if time.on_or_before:
        view["onOrBefore"] = True   # only an upper bound: the timeline marks it as such
    if time.resolved:
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


def type_name(event_type: str) -> str:
    """'MilitaryAction' -> 'Military action'."""
    words = _WORD_BREAK.sub(" ", event_type).split(" ")
    return " ".join([words[0]] + [w.lower() for w in words[1:]])


def _article_view(article: Article) -> dict:
    published = article.published
    return {
        "id": article.id,
        "title": article.title,
        "source": article.source or "",
        "url": safe_web_url(article.url),
        "date": published.value.isoformat() if published else None,
        "dateText": _day_text(published.value) if published else "no date",
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


def _event_view(event: Event, known_entities: set[str]) -> dict:
    sources = sorted(event.sources, key=lambda s: (s.article_id, s.sentence_index, s.start))
    participants = [
        {"entity": p.entity_id, "role": p.role, "known": p.entity_id in known_entities}
        for p in event.participants
    ]
    return {
        "id": event.id,
        "node": EVENT_PREFIX + event.id,
        "type": event.type,
        "typeName": type_name(event.type),
        "label": event.label,
        "status": event.status,
        "support": event.support,
        "ordinal": event.ordinal,
        "place": event.place,
        "placeKnown": event.place in known_entities if event.place else False,
        "participants": participants,
        "time": _time_view(event.time),
        "statedTimes": [
            {"article": article_id, "text": format_time(t), "value": t.value,
             "precision": t.precision}
            for article_id, t in event.stated_times
        ],
        "sources": [_source_view(s) for s in sources],
    }


def _entity_view(entity: Entity, event_ids: list[str], article_ids: list[str]) -> dict:
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
    }


def _event_sort_key(event: Event) -> tuple:
    begin = event.time.begin if event.time and event.time.begin else date.max
    return (begin, event.id)


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


def _legend(entities: list[dict], events: list[dict]) -> dict:
    labels = sorted({e["label"] for e in entities}, key=lambda x: (x not in ENTITY_STYLE, x))
    types = sorted({e["type"] for e in events},
                   key=lambda t: (EVENT_TYPES.index(t) if t in EVENT_TYPES else 99, t))
    return {
        "entities": [{"key": x, "name": ENTITY_STYLE.get(x, (None, x))[1],
                      "colour": ENTITY_STYLE.get(x, (FALLBACK_COLOUR,))[0]} for x in labels],
        "events": [{"key": t, "name": type_name(t),
                    "colour": EVENT_COLOURS.get(t, FALLBACK_COLOUR)} for t in types],
        "edges": [{"key": k, "name": name, "colour": colour, "dashed": dashed}
                  for k, (colour, name, dashed) in EDGE_STYLES.items()],
    }


def build_view(kg: KnowledgeGraph, *, with_layout: bool = True) -> dict:
    """The JSON-ready view model of a graph; sorted so the same graph gives the same bytes."""
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
    entity_views = [_entity_view(e, events_of[e.id], sorted(articles_of[e.id]))
                    for e in entities]
    event_views = [_event_view(e, known) for e in events]
    edges = _links(events, known)
    view = {
        "entities": entity_views,
        "events": event_views,
        "edges": edges,
        "articles": [_article_view(a) for a in sorted(kg.articles, key=lambda a: a.id)],
        "legend": _legend(entity_views, event_views),
        "colours": {
            "entities": {k: v[0] for k, v in ENTITY_STYLE.items()},
            "events": dict(EVENT_COLOURS),
            "fallback": FALLBACK_COLOUR,
            "edges": {k: v[0] for k, v in EDGE_STYLES.items()},
        },
    }
    if with_layout:
        _add_positions(view)
    return view


def _add_positions(view: dict) -> None:
    nodes = [e["node"] for e in view["entities"]] + [e["node"] for e in view["events"]]
    index = {node: i for i, node in enumerate(nodes)}
    pairs = [(index[edge["from"]], index[edge["to"]]) for edge in view["edges"]]
    positions = force_layout(len(nodes), pairs)
    for item, (x, y) in zip(view["entities"] + view["events"], positions.tolist(),
                            strict=True):
        item["x"], item["y"] = round(x, 1), round(y, 1)
