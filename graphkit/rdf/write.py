"""KnowledgeGraph → RDF (the merged graph and one named graph per article).

Each ``*_triples`` helper returns the triples of one record; with ``article_id`` set, an
event helper returns only what that article supports (its mentions, its stated times),
which is how the per-article named graphs are cut.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import (
    DCTERMS,
    OWL,
    PROV,
    RDF,
    RDFS,
    SDO,
    SKOS,
    TIME,
    XSD,
    DefinedNamespace,
)

from graphkit.model import (
    CENTURY,
    DAY,
    DECADE,
    HALF_YEAR,
    LOC,
    MISC,
    MONTH,
    ORG,
    PER,
    QUARTER,
    SEASON,
    WEEK,
    YEAR,
    Article,
    Entity,
    Event,
    KnowledgeGraph,
    Position,
    PublicationDate,
    SourceSentence,
    TimeValue,
)
from graphkit.rdf.namespaces import (
    GK,
    GKR,
    GKS,
    GKT,
    MERGED_GRAPH,
    NIF,
    SEM,
    W3C_ORG,
    _segment,
    activity_iri,
    article_graph_iri,
    article_iri,
    bind_prefixes,
    entity_iri,
    event_iri,
    event_part_iri,
    position_iri,
    position_part_iri,
    software_iri,
    wikidata_iri,
)

Triple = tuple[URIRef, URIRef, URIRef | Literal]

PRECISION_UNITS: dict[str, URIRef] = {
    DAY: TIME.unitDay,
    WEEK: TIME.unitWeek,
    MONTH: TIME.unitMonth,
    SEASON: GK.unitSeason,
    QUARTER: GK.unitQuarter,
    HALF_YEAR: GK.unitHalfYear,
    YEAR: TIME.unitYear,
    DECADE: GK.unitDecade,
    CENTURY: GK.unitCentury,
}

LABEL_CLASSES: dict[str, tuple[URIRef, ...]] = {
    PER: (SDO.Person,),
    ORG: (SDO.Organization,),
    LOC: (SDO.Place, SEM.Place),
    MISC: (SDO.Thing,),
}

# Finer schema.org classes for gazetteer kinds; kinds not listed keep the label's classes.
KIND_CLASSES: dict[str, tuple[URIRef, ...]] = {
    "person": (SDO.Person,),
    "country": (SDO.Country,),
    "city": (SDO.City,),
    "state": (SDO.State,),
    "region": (SDO.AdministrativeArea,),
    "continent": (SDO.Continent,),
    "organization": (SDO.Organization,),
    "organisation": (SDO.Organization,),
    "party": (SDO.Organization,),
    "government": (SDO.GovernmentOrganization,),
    "agency": (SDO.GovernmentOrganization,),
    "company": (SDO.Corporation,),
    "news": (SDO.NewsMediaOrganization,),
}


def _graphkit_version() -> str:
    # Imported late: graphkit/__init__ imports the build, which imports this module.
    from graphkit import __version__

    return __version__


def concept(scheme: type[DefinedNamespace], value: str, what: str) -> URIRef:
    """The scheme's concept for a model value; an unknown value is an error, not a new IRI."""
    try:
        return scheme[value]
    except AttributeError:
        known = ", ".join(scheme.__annotations__)
        raise ValueError(f"unknown {what} {value!r}; expected one of: {known}") from None


# Literals are immutable and short values recur (names, ids, offsets, dates), while building
# one costs ~10 µs of rdflib checks: reuse them. Long texts (sentences, article bodies) are
# rarely repeated, so they are not kept. Bounded, so a long-lived process stays small.
SHORT_STRING = 80


def _string(value: str) -> Literal:
    return _short_string(value) if len(value) <= SHORT_STRING else Literal(value)


@lru_cache(maxsize=1 << 16, typed=True)
def _short_string(value: str) -> Literal:
    return Literal(value)


@lru_cache(maxsize=1 << 14, typed=True)
def _integer(value: int, datatype: URIRef = XSD.integer) -> Literal:
    return Literal(str(value), datatype=datatype)


@lru_cache(maxsize=1 << 12, typed=True)
def _date(value: date) -> Literal:
    return Literal(value.isoformat(), datatype=XSD.date)


def clear_caches() -> None:
    """Forget memoised literals and quoted ids (so a benchmark can time a cold run)."""
    for cached in (_short_string, _integer, _date, _segment):
        cached.cache_clear()


# TIMEX value prefixes that make a stamp at each precision ("2024-06-18TEV" → 2024-06-18).
STAMP_PATTERNS = {
    DAY: re.compile(r"^\d{4}-\d{2}-\d{2}(?=$|T)"),
    MONTH: re.compile(r"^\d{4}-\d{2}$"),
    YEAR: re.compile(r"^\d{4}$"),
}


def _timestamp(time: TimeValue) -> Literal | None:
    """The single time stamp typed by precision, or None for ranges and coarse values.

    Taken from the TIMEX value, not from begin/end: an approximate "vor fast 25 Jahren"
    is stamped 1999 although its bounds cover 1998–2000.
    """
    if time.is_range or time.begin is None:
        return None
    pattern = STAMP_PATTERNS.get(time.precision)
    match = pattern.match(time.value) if pattern else None
    if match is None:
        return None
    if time.precision == DAY:
        return Literal(match.group(0), datatype=XSD.date)
    datatype = XSD.gYearMonth if time.precision == MONTH else XSD.gYear
    return Literal(match.group(0), datatype=datatype)


def time_triples(node: URIRef, time: TimeValue) -> list[Triple]:
    """Time stamp, begin/end bounds (always xsd:date, so ranges compare), precision, TIMEX3."""
    triples: list[Triple] = [(node, GK.timexValue, _string(time.value))]
    unit = PRECISION_UNITS.get(time.precision)
    if unit is not None:
        triples.append((node, GK.timePrecision, unit))
    stamp = _timestamp(time)
    if stamp is not None:
        triples.append((node, SEM.hasTimeStamp, stamp))
    if time.begin is not None:
        triples.append((node, SEM.hasBeginTimeStamp, _date(time.begin)))
    if time.end is not None:
        # An upper bound only (no time stated, the article's date): SEM's latest end.
        bound = SEM.hasLatestEndTimeStamp if time.on_or_before else SEM.hasEndTimeStamp
        triples.append((node, bound, _date(time.end)))
    if time.is_range:
        triples.append((node, GK.isRange, Literal(True)))
    return triples


def article_triples(article: Article) -> list[Triple]:
    node = article_iri(article.id)
    triples: list[Triple] = [
        (node, RDF.type, SDO.NewsArticle),
        (node, DCTERMS.identifier, _string(article.id)),
        (node, SDO.headline, _string(article.title)),
        (node, SDO.inLanguage, _string("de")),
        (node, SDO.articleBody, _string(article.text)),
        (node, GK.sourcePath, _string(article.path)),
    ]
    if article.url:
        triples.append((node, SDO.url, Literal(article.url, datatype=XSD.anyURI)))
    if article.source:
        triples.append((node, DCTERMS.publisher, _string(article.source)))
    published = article.published
    if published is not None:
        triples += [
            (node, SDO.datePublished, publication_literal(published)),
            (node, GK.datePublishedHow, _string(published.how)),
            (node, GK.datePublishedInferred, Literal(published.inferred)),
        ]
        if published.evidence:
            triples.append((node, GK.datePublishedEvidence, _string(published.evidence)))
        if published.confidence is not None:
            triples.append((node, GK.datePublishedConfidence,
                            Literal(f"{published.confidence:.2f}", datatype=XSD.decimal)))
    return triples


def publication_literal(published: PublicationDate) -> Literal:
    """xsd:date, or xsd:gYearMonth / xsd:gYear when only a month or a year is known."""
    if published.precision == MONTH:
        return Literal(published.text, datatype=XSD.gYearMonth)
    if published.precision == YEAR:
        return Literal(published.text, datatype=XSD.gYear)
    return _date(published.value)


def name_key(name: str) -> str:
    """A name as saved queries look it up: lower case, single spaces (``gk:nameKey``)."""
    return " ".join(name.split()).lower()


def entity_classes(entity: Entity, is_actor: bool) -> list[URIRef]:
    classes = [GK.Entity, *LABEL_CLASSES.get(entity.label, (SDO.Thing,))]
    classes += KIND_CLASSES.get((entity.kind or "").lower(), ())
    if is_actor:
        classes.append(SEM.Actor)
    return list(dict.fromkeys(classes))


def entity_triples(entity: Entity, is_actor: bool, *, full: bool = True) -> list[Triple]:
    """``full=False`` gives the core (types, id, label) repeated in article graphs."""
    node = entity_iri(entity.id)
    triples: list[Triple] = [(node, RDF.type, cls) for cls in entity_classes(entity, is_actor)]
    triples += [
        (node, DCTERMS.identifier, _string(entity.id)),
        (node, RDFS.label, _string(entity.name)),
        (node, GK.nerClass, _string(entity.label)),
    ]
    if not full:
        return triples
    triples += [(node, SKOS.altLabel, _string(alias)) for alias in entity.aliases]
    triples += [(node, GK.nameKey, _string(key))
                for key in dict.fromkeys(map(name_key, [entity.name, *entity.aliases])) if key]
    triples.append((node, GK.mentionCount, _integer(entity.mention_count)))
    if entity.kind:
        triples.append((node, GK.kind, _string(entity.kind)))
    if entity.wikidata:
        triples.append((node, OWL.sameAs, wikidata_iri(entity.wikidata)))
    triples.append((node, PROV.wasGeneratedBy, activity_iri(_graphkit_version())))
    return triples


def _trigger_text(source: SourceSentence) -> str:
    """The trigger words, cut from the sentence (offsets are article offsets)."""
    if not source.start <= source.trigger_start < source.trigger_end <= source.end:
        return ""
    return source.text[source.trigger_start - source.start : source.trigger_end - source.start]


def mention_triples(node: URIRef, source: SourceSentence) -> list[Triple]:
    return [
        (node, RDF.type, GK.SourceMention),
        (node, RDF.type, NIF.String),
        (node, PROV.wasDerivedFrom, article_iri(source.article_id)),
        (node, GK.sentenceIndex, _integer(source.sentence_index)),
        (node, NIF.beginIndex, _integer(source.start, XSD.nonNegativeInteger)),
        (node, NIF.endIndex, _integer(source.end, XSD.nonNegativeInteger)),
        (node, NIF.anchorOf, _string(source.text)),
        (node, GK.triggerBeginIndex, _integer(source.trigger_start, XSD.nonNegativeInteger)),
        (node, GK.triggerEndIndex, _integer(source.trigger_end, XSD.nonNegativeInteger)),
        *([(node, GK.triggerText, _string(trigger))] if (trigger := _trigger_text(source)) else []),
        *([(node, GK.timeText, _string(source.time_text))] if source.time_text else []),
    ]


def _event_core(event: Event) -> list[Triple]:
    node = event_iri(event.id)
    triples: list[Triple] = [
        (node, RDF.type, SEM.Event),
        (node, RDF.type, SDO.Event),
        (node, DCTERMS.identifier, _string(event.id)),
        (node, RDFS.label, _string(event.label)),
        (node, SEM.eventType, concept(GKT, event.type, "event type")),
        (node, GK.status, concept(GKS, event.status, "event status")),
    ]
    for number, participant in enumerate(event.participants, start=1):
        role = event_part_iri(event.id, "role", number)
        triples += [
            (node, SEM.hasActor, entity_iri(participant.entity_id)),
            (node, GK.participant, role),
            (role, RDF.type, SEM.Role),
            (role, RDF.value, entity_iri(participant.entity_id)),
            (role, SEM.roleType, concept(GKR, participant.role, "role")),
        ]
    if event.place:
        triples.append((node, SEM.hasPlace, entity_iri(event.place)))
    if event.ordinal is not None:
        triples.append((node, GK.ordinal, _integer(event.ordinal)))
    return triples


@dataclass
class EventParts:
    """An event's triples cut by provenance, so merged and article graphs share them."""

    node: URIRef
    core: list[Triple]  # types, label, type, status, roles, place, ordinal
    merged_only: list[Triple]  # support count, build activity, resolved time
    # article id → triples of the mentions / stated times that article gives, in list order
    mentions: dict[str, list[Triple]] = field(default_factory=dict)
    stated_times: dict[str, list[Triple]] = field(default_factory=dict)

    def triples(self, article_id: str | None = None) -> list[Triple]:
        """All of the event (``article_id=None``) or what one article says about it."""
        if article_id is None:
            triples = self.core + self.merged_only
            for mentions in self.mentions.values():
                triples += mentions
            for statements in self.stated_times.values():
                triples += statements
            derived_from = sorted(self.mentions)
        else:
            triples = self.core + self.mentions.get(article_id, [])
            triples += self.stated_times.get(article_id, [])
            derived_from = [article_id] if article_id in self.mentions else []
        triples += [(self.node, PROV.wasDerivedFrom, article_iri(a)) for a in derived_from]
        return triples


def event_parts(event: Event) -> EventParts:
    node = event_iri(event.id)
    merged_only: list[Triple] = [
        (node, GK.supportCount, _integer(event.support)),
        (node, PROV.wasGeneratedBy, activity_iri(_graphkit_version())),
    ]
    if event.time is not None:
        merged_only += time_triples(node, event.time)
    parts = EventParts(node, _event_core(event), merged_only)
    for number, source in enumerate(event.sources, start=1):
        mention = event_part_iri(event.id, "source", number)
        triples = [(node, GK.hasSource, mention), *mention_triples(mention, source)]
        parts.mentions.setdefault(source.article_id, []).extend(triples)
    for number, (stated_by, time) in enumerate(event.stated_times, start=1):
        statement = event_part_iri(event.id, "time", number)
        triples = [
            (node, GK.statedTime, statement),
            (statement, RDF.type, GK.TimeStatement),
            (statement, PROV.wasDerivedFrom, article_iri(stated_by)),
            *time_triples(statement, time),
        ]
        parts.stated_times.setdefault(stated_by, []).extend(triples)
    return parts


def event_triples(event: Event, article_id: str | None = None) -> list[Triple]:
    """All of an event (``article_id=None``) or what one article says about it."""
    return event_parts(event).triples(article_id)


@dataclass
class PositionParts:
    """A position's triples: its core (person, organisation, post) and what each article
    says (its source mentions), so merged and article graphs share them."""

    node: URIRef
    core: list[Triple]
    merged_only: list[Triple]
    mentions: dict[str, list[Triple]] = field(default_factory=dict)

    def triples(self, article_id: str | None = None) -> list[Triple]:
        """All of the position (``article_id=None``) or what one article says about it."""
        if article_id is None:
            triples = self.core + self.merged_only
            for mentions in self.mentions.values():
                triples += mentions
            derived_from = sorted(self.mentions)
        else:
            triples = self.core + self.mentions.get(article_id, [])
            derived_from = [article_id] if article_id in self.mentions else []
        triples += [(self.node, PROV.wasDerivedFrom, article_iri(a)) for a in derived_from]
        return triples


def position_parts(position: Position) -> PositionParts:
    """An ``org:Membership``: the person (``org:member``) holds the post (``org:role``, an
    ``org:Role`` of its own) at the organisation (``org:organization``)."""
    node, post = position_iri(position.id), position_part_iri(position.id, "role")
    core: list[Triple] = [
        (node, RDF.type, W3C_ORG.Membership),
        (node, DCTERMS.identifier, _string(position.id)),
        (node, RDFS.label, _string(position.label)),
        (node, W3C_ORG.member, entity_iri(position.person)),
        (node, W3C_ORG.organization, entity_iri(position.organisation)),
        (node, W3C_ORG.role, post),
        (post, RDF.type, W3C_ORG.Role),
        (post, RDFS.label, _string(position.post)),
    ]
    merged_only: list[Triple] = [
        (node, GK.supportCount, _integer(position.support)),
        (node, PROV.wasGeneratedBy, activity_iri(_graphkit_version())),
    ]
    parts = PositionParts(node, core, merged_only)
    for number, source in enumerate(position.sources, start=1):
        mention = position_part_iri(position.id, "source", number)
        triples = [(node, GK.hasSource, mention), *mention_triples(mention, source)]
        parts.mentions.setdefault(source.article_id, []).extend(triples)
    return parts


def position_triples(position: Position, article_id: str | None = None) -> list[Triple]:
    return position_parts(position).triples(article_id)


def activity_triples(kg: KnowledgeGraph) -> list[Triple]:
    """The build as a prov:Activity (no timestamps: the output must be reproducible)."""
    version = _graphkit_version()
    activity, software = activity_iri(version), software_iri(version)
    triples: list[Triple] = [
        (activity, RDF.type, PROV.Activity),
        (activity, RDFS.label, _string(f"graphkit {version} build")),
        (activity, PROV.wasAssociatedWith, software),
        (software, RDF.type, PROV.SoftwareAgent),
        (software, RDF.type, SDO.SoftwareApplication),
        (software, RDFS.label, _string("graphkit")),
        (software, SDO.softwareVersion, _string(version)),
    ]
    triples += [(activity, PROV.used, article_iri(a.id)) for a in kg.articles]
    return triples


def _actor_ids(events: Iterable[Event]) -> set[str]:
    return {p.entity_id for event in events for p in event.participants}


def used_entities(events: Iterable[Event], positions: Iterable[Position] = ()) -> set[str]:
    """The entities an article graph lists for these events (actors and places) and
    positions (people and organisations)."""
    events = list(events)
    used = _actor_ids(events) | {e.place for e in events if e.place}
    return used | {entity for p in positions for entity in (p.person, p.organisation)}


def merged_triples(kg: KnowledgeGraph) -> Iterator[Triple]:
    actors = _actor_ids(kg.events)
    yield from activity_triples(kg)
    for article in kg.articles:
        yield from article_triples(article)
    for entity in kg.entities:
        yield from entity_triples(entity, entity.id in actors)
    for event in kg.events:
        yield from event_triples(event)
    for position in kg.positions:
        yield from position_triples(position)


def article_graph_triples(
    kg: KnowledgeGraph, article: Article, events: list[Event], actors: set[str],
    positions: Sequence[Position] = (),
) -> Iterator[Triple]:
    """The article, its events' and positions' mentions, and the events, positions and
    entities it supports."""
    used = used_entities(events, positions)
    yield from article_triples(article)
    for entity in kg.entities:
        if entity.id in used:
            yield from entity_triples(entity, entity.id in actors, full=False)
    for event in events:
        yield from event_triples(event, article.id)
    for position in positions:
        yield from position_triples(position, article.id)


def events_by_article(kg: KnowledgeGraph) -> dict[str, list[Event]]:
    by_article: dict[str, list[Event]] = {a.id: [] for a in kg.articles}
    for event in kg.events:
        for article_id in dict.fromkeys(s.article_id for s in event.sources):
            by_article.setdefault(article_id, []).append(event)
    return by_article


def positions_by_article(kg: KnowledgeGraph) -> dict[str, list[Position]]:
    by_article: dict[str, list[Position]] = {a.id: [] for a in kg.articles}
    for position in kg.positions:
        for article_id in dict.fromkeys(s.article_id for s in position.sources):
            by_article.setdefault(article_id, []).append(position)
    return by_article


@dataclass
class DatasetTriples:
    """The triples of every graph of the dataset, each record built once and shared."""

    merged: list[Triple]
    # article graph IRI → its triples, in article order (an IRI met twice gets both lists)
    articles: dict[URIRef, list[Triple]]


def dataset_triples(kg: KnowledgeGraph) -> DatasetTriples:
    """What :func:`merged_triples` and :func:`article_graph_triples` give, built faster.

    The per-article graphs repeat parts of the merged graph (an article's own triples, the
    core of its entities and events, its mentions and stated times); here each part is built
    once and the article graphs reuse the very same tuples.
    """
    actors = _actor_ids(kg.events)
    article_parts = [article_triples(article) for article in kg.articles]
    entity_full = {e.id: entity_triples(e, e.id in actors) for e in kg.entities}
    entity_core = {e.id: entity_triples(e, e.id in actors, full=False) for e in kg.entities}
    events = {id(event): event_parts(event) for event in kg.events}
    positions = {id(position): position_parts(position) for position in kg.positions}

    merged = activity_triples(kg)
    for triples in article_parts:
        merged += triples
    for triples in entity_full.values():
        merged += triples
    for parts in events.values():
        merged += parts.triples()
    for held in positions.values():
        merged += held.triples()

    supported_by, stated_by = events_by_article(kg), positions_by_article(kg)
    order = {entity_id: index for index, entity_id in enumerate(entity_core)}
    articles: dict[URIRef, list[Triple]] = {}
    for article, own in zip(kg.articles, article_parts):
        supported, stated = supported_by[article.id], stated_by[article.id]
        graph = articles.setdefault(article_graph_iri(article.id), [])
        graph += own
        # in entity order, as the merged graph lists them (not a scan of all entities)
        used = used_entities(supported, stated) & order.keys()
        for entity_id in sorted(used, key=order.__getitem__):
            graph += entity_core[entity_id]
        for event in supported:
            graph += events[id(event)].triples(article.id)
        for position in stated:
            graph += positions[id(position)].triples(article.id)
    return DatasetTriples(merged, articles)


def new_graph(identifier: URIRef | None = None) -> Graph:
    return bind_prefixes(Graph(identifier=identifier, bind_namespaces="none"))


def to_graph(kg: KnowledgeGraph) -> Graph:
    """The merged graph: every article, entity and event of the build."""
    graph = new_graph(MERGED_GRAPH)
    graph.addN((s, p, o, graph) for s, p, o in merged_triples(kg))
    return graph


def to_dataset(kg: KnowledgeGraph) -> Dataset:
    """One named graph per article plus the merged graph (``graph/merged``)."""
    triples = dataset_triples(kg)
    dataset = Dataset()
    bind_prefixes(dataset)
    merged = dataset.graph(MERGED_GRAPH)
    dataset.addN((s, p, o, merged) for s, p, o in triples.merged)
    for name, graph_triples in triples.articles.items():
        named = dataset.graph(name)
        dataset.addN((s, p, o, named) for s, p, o in graph_triples)
    return dataset
