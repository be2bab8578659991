"""RDF written by graphkit → KnowledgeGraph (what ``graphkit render GRAPH`` starts from).

Reads the merged graph. Articles, entities, events and positions come back sorted by id,
aliases sorted; participants, sources and stated times keep their order (numbered in the
IRIs).
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SDO, SKOS
from rdflib.term import Node

from graphkit.errors import BadLiteralError, GraphReadError
from graphkit.model import (
    ON_OR_BEFORE,
    Article,
    Entity,
    Event,
    KnowledgeGraph,
    Participant,
    Position,
    PublicationDate,
    SourceSentence,
    TimeValue,
)
from graphkit.rdf.namespaces import GK, GKR, GKS, GKT, NIF, SEM, W3C_ORG, WD
from graphkit.rdf.write import PRECISION_UNITS
from graphkit.temporal.values import parse_partial_date

UNITS_TO_PRECISION = {unit: precision for precision, unit in PRECISION_UNITS.items()}


def parse_graph(path: Path) -> Graph:
    """Parse a graphkit output file into an in-memory graph (the merged graph for TriG).

    Loading is graphkit.rdf.store's (one table of formats); the memory store is used because
    reading walks the graph triple by triple, which Oxigraph does slowly.
    """
    from graphkit.rdf.store import MEMORY, GraphLoadError, open_graph  # store imports graphkit.rdf

    term_log = logging.getLogger("rdflib.term")
    level = term_log.level
    # rdflib logs a traceback for each ill-typed literal; reading reports the triple instead.
    term_log.setLevel(logging.CRITICAL)
    try:
        return open_graph(Path(path), backend=MEMORY)
    except GraphLoadError as error:
        raise GraphReadError(str(error)) from error
    finally:
        term_log.setLevel(level)


def _one(graph: Graph, node: Node, predicate: URIRef) -> Node | None:
    """The smallest value (values are sorted so duplicates cannot make reading random)."""
    values = sorted(graph.objects(node, predicate))
    return values[0] if values else None


def _text(graph: Graph, node: Node, predicate: URIRef, default: str = "") -> str:
    value = _one(graph, node, predicate)
    return str(value) if value is not None else default


def _optional_text(graph: Graph, node: Node, predicate: URIRef) -> str | None:
    value = _one(graph, node, predicate)
    return str(value) if value is not None else None


def _int(graph: Graph, node: Node, predicate: URIRef) -> int | None:
    value = _one(graph, node, predicate)
    try:
        return int(str(value)) if value is not None else None
    except ValueError:
        raise bad_literal(node, predicate, value, "an integer") from None


def _date(graph: Graph, node: Node, predicate: URIRef) -> date | None:
    value = _one(graph, node, predicate)
    try:
        return date.fromisoformat(str(value)) if value is not None else None
    except ValueError:
        raise bad_literal(node, predicate, value, "a date (YYYY-MM-DD)") from None


def bad_literal(node: Node, predicate: URIRef, value: Node | None, expected: str
                ) -> BadLiteralError:
    """The error for a hand-edited literal that is not a value of its type, naming the
    triple."""
    shown = value.n3() if isinstance(value, Literal) else repr(str(value))
    return BadLiteralError(f"bad literal in the triple <{node}> <{predicate}> {shown}: "
                           f"not {expected}")


def _local_name(term: Node | None, namespace: type) -> str:
    return str(term).removeprefix(str(namespace)) if term is not None else ""


def _position(part: Node) -> int:
    """Order of a numbered event part (``…/role/3`` → 3)."""
    tail = str(part).rsplit("/", 1)[-1]
    return int(tail) if tail.isdigit() else 0


def _ordered(graph: Graph, node: Node, predicate: URIRef) -> list[Node]:
    return sorted(graph.objects(node, predicate), key=lambda part: (_position(part), str(part)))


def _identifier(graph: Graph, node: Node) -> str:
    return _text(graph, node, DCTERMS.identifier) or str(node).rsplit("/", 1)[-1]


def read_time(graph: Graph, node: Node) -> TimeValue | None:
    value = _optional_text(graph, node, GK.timexValue)
    if value is None:
        return None
    unit = _one(graph, node, GK.timePrecision)
    latest_end = _date(graph, node, SEM.hasLatestEndTimeStamp)
    return TimeValue(
        value=value,
        precision=UNITS_TO_PRECISION.get(unit, ""),
        begin=_date(graph, node, SEM.hasBeginTimeStamp),
        end=latest_end or _date(graph, node, SEM.hasEndTimeStamp),
        is_range=_one(graph, node, GK.isRange) == Literal(True),
        mod=ON_OR_BEFORE if latest_end else "",
    )


def read_article(graph: Graph, node: Node) -> Article:
    published = None
    stamp = _one(graph, node, SDO.datePublished)
    parsed = parse_partial_date(str(stamp)) if stamp is not None else None
    if stamp is not None and parsed is None:
        raise bad_literal(node, SDO.datePublished, stamp, "a day, month or year "
                          "(YYYY-MM-DD, YYYY-MM, YYYY)")
    if parsed is not None:
        confidence = _one(graph, node, GK.datePublishedConfidence)
        published = PublicationDate(
            value=parsed[0],
            how=_text(graph, node, GK.datePublishedHow),
            evidence=_text(graph, node, GK.datePublishedEvidence),
            precision=parsed[1],
            confidence=float(str(confidence)) if confidence is not None else None,
        )
    return Article(
        id=_identifier(graph, node),
        path=_text(graph, node, GK.sourcePath),
        title=_text(graph, node, SDO.headline),
        text=_text(graph, node, SDO.articleBody),
        url=_optional_text(graph, node, SDO.url),
        source=_optional_text(graph, node, DCTERMS.publisher),
        published=published,
    )


def read_entity(graph: Graph, node: Node) -> Entity:
    same_as = [str(t) for t in graph.objects(node, OWL.sameAs) if str(t).startswith(str(WD))]
    return Entity(
        id=_identifier(graph, node),
        name=_text(graph, node, RDFS.label),
        label=_text(graph, node, GK.nerClass),
        aliases=sorted(str(alias) for alias in graph.objects(node, SKOS.altLabel)),
        wikidata=min(same_as).removeprefix(str(WD)) if same_as else None,
        kind=_optional_text(graph, node, GK.kind),
        mention_count=_int(graph, node, GK.mentionCount) or 0,
    )


def read_source(graph: Graph, mention: Node, ids: dict[Node, str]) -> SourceSentence:
    article = _one(graph, mention, PROV.wasDerivedFrom)
    return SourceSentence(
        article_id=ids.get(article, str(article).rsplit("/", 1)[-1]),
        sentence_index=_int(graph, mention, GK.sentenceIndex) or 0,
        start=_int(graph, mention, NIF.beginIndex) or 0,
        end=_int(graph, mention, NIF.endIndex) or 0,
        text=_text(graph, mention, NIF.anchorOf),
        trigger_start=_int(graph, mention, GK.triggerBeginIndex) or 0,
        trigger_end=_int(graph, mention, GK.triggerEndIndex) or 0,
        time_text=_text(graph, mention, GK.timeText),
    )


def read_event(graph: Graph, node: Node, ids: dict[Node, str]) -> Event:
    def entity_id(term: Node | None) -> str:
        return ids.get(term, str(term).rsplit("/", 1)[-1])

    participants = [
        Participant(
            entity_id=entity_id(_one(graph, role, RDF.value)),
            role=_local_name(_one(graph, role, SEM.roleType), GKR),
        )
        for role in _ordered(graph, node, GK.participant)
    ]
    stated_times = []
    for statement in _ordered(graph, node, GK.statedTime):
        time = read_time(graph, statement)
        if time is not None:
            stated_times.append((entity_id(_one(graph, statement, PROV.wasDerivedFrom)), time))
    place = _one(graph, node, SEM.hasPlace)
    return Event(
        id=_identifier(graph, node),
        type=_local_name(_one(graph, node, SEM.eventType), GKT),
        label=_text(graph, node, RDFS.label),
        participants=participants,
        place=entity_id(place) if place is not None else None,
        time=read_time(graph, node),
        status=_local_name(_one(graph, node, GK.status), GKS),
        sources=[read_source(graph, m, ids) for m in _ordered(graph, node, GK.hasSource)],
        ordinal=_int(graph, node, GK.ordinal),
        stated_times=stated_times,
    )


def read_position(graph: Graph, node: Node, ids: dict[Node, str]) -> Position:
    def entity_id(predicate: URIRef) -> str:
        term = _one(graph, node, predicate)
        return ids.get(term, str(term).rsplit("/", 1)[-1])

    post = _one(graph, node, W3C_ORG.role)
    return Position(
        id=_identifier(graph, node),
        label=_text(graph, node, RDFS.label),
        person=entity_id(W3C_ORG.member),
        organisation=entity_id(W3C_ORG.organization),
        post=_text(graph, post, RDFS.label) if post is not None else "",
        sources=[read_source(graph, m, ids) for m in _ordered(graph, node, GK.hasSource)],
    )


def graph_to_kg(graph: Graph) -> KnowledgeGraph:
    article_nodes = set(graph.subjects(RDF.type, SDO.NewsArticle))
    entity_nodes = set(graph.subjects(RDF.type, GK.Entity))
    ids = {node: _identifier(graph, node) for node in article_nodes | entity_nodes}
    return KnowledgeGraph(
        articles=sorted((read_article(graph, n) for n in article_nodes), key=lambda a: a.id),
        entities=sorted((read_entity(graph, n) for n in entity_nodes), key=lambda e: e.id),
        events=sorted(
            (read_event(graph, n, ids) for n in set(graph.subjects(RDF.type, SEM.Event))),
            key=lambda e: e.id,
        ),
        positions=sorted(
            (read_position(graph, n, ids)
             for n in set(graph.subjects(RDF.type, W3C_ORG.Membership))),
            key=lambda p: p.id,
        ),
    )


def read_graph(path: Path) -> KnowledgeGraph:
    """Read graph.ttl (or .trig / .jsonld / .nt) written by graphkit back into the dataclasses."""
    return graph_to_kg(parse_graph(path))

