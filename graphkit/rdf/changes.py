"""What changes in the stored dataset when the merged graph changes: quads out, quads in.

A store's ``add`` or ``remove`` redoes the cross-article merge, but most records come out
the same: a new generation of the Oxigraph store is the previous one with the changed
records' triples swapped, not a reload of every triple (see ``graphkit.rdf.store``).

Every triple's subject belongs to one record: an article, an entity, an event (with its
role, mention and time nodes), a position (with its post and mention nodes) or the build
activity. So the merged graph changes by the
triples of the records that differ; an article graph (its article, the core of the
entities its events use, what it says about its events) is rewritten whole when anything
it shows differs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from rdflib import URIRef

from graphkit.model import Entity, KnowledgeGraph
from graphkit.rdf.namespaces import MERGED_GRAPH, article_graph_iri
from graphkit.rdf.write import (
    Triple,
    activity_triples,
    article_triples,
    entity_triples,
    event_parts,
    events_by_article,
    position_parts,
    positions_by_article,
    used_entities,
)

Record = TypeVar("Record")
Quad = tuple[URIRef, URIRef, object, URIRef]


@dataclass
class DatasetChange:
    """Apply in this order: drop ``dropped_graphs``, remove ``removed``, add ``added``."""

    dropped_graphs: list[URIRef] = field(default_factory=list)
    removed: list[Quad] = field(default_factory=list)
    added: list[Quad] = field(default_factory=list)

    @property
    def size(self) -> int:
        return len(self.removed) + len(self.added)


def dataset_change(old: KnowledgeGraph, new: KnowledgeGraph) -> DatasetChange:
    """The quads that turn the stored dataset of ``old`` into that of ``new``."""
    old_actors, new_actors = actor_ids(old), actor_ids(new)
    gone_articles, new_articles = changed(old.articles, new.articles, lambda a: (a.id, a))
    gone_entities, new_entities = changed(
        old.entities, new.entities, lambda e: (e.id, (e, e.id in old_actors)),
        lambda e: (e.id, (e, e.id in new_actors)))
    gone_events, new_events = changed(old.events, new.events, lambda e: (e.id, e))
    gone_positions, new_positions = changed(old.positions, new.positions,
                                            lambda p: (p.id, p))

    removed: list[Triple] = [*set(activity_triples(old)) - set(activity_triples(new))]
    added: list[Triple] = [*set(activity_triples(new)) - set(activity_triples(old))]
    for article in gone_articles:
        removed += article_triples(article)
    for article in new_articles:
        added += article_triples(article)
    for entity in gone_entities:
        removed += entity_triples(entity, entity.id in old_actors)
    for entity in new_entities:
        added += entity_triples(entity, entity.id in new_actors)
    for event in gone_events:
        removed += event_parts(event).triples()
    for event in new_events:
        added += event_parts(event).triples()
    for position in gone_positions:
        removed += position_parts(position).triples()
    for position in new_positions:
        added += position_parts(position).triples()
    change = DatasetChange(removed=_quads(set(removed) - set(added), MERGED_GRAPH),
                           added=_quads(set(added) - set(removed), MERGED_GRAPH))

    touched = {a.id for a in [*gone_articles, *new_articles]}
    touched |= {s.article_id for e in [*gone_events, *new_events] for s in e.sources}
    touched |= {s.article_id for p in [*gone_positions, *new_positions] for s in p.sources}
    core_changed = _core_changes(gone_entities, new_entities, old_actors, new_actors)
    touched |= _articles_showing(old, core_changed) | _articles_showing(new, core_changed)
    _rewrite_article_graphs(change, new, touched, new_actors)
    return change


def actor_ids(kg: KnowledgeGraph) -> set[str]:
    return {p.entity_id for event in kg.events for p in event.participants}


def changed(old: Sequence[Record], new: Sequence[Record],
            old_key: Callable[[Record], tuple[str, object]],
            new_key: Callable[[Record], tuple[str, object]] | None = None,
            ) -> tuple[list[Record], list[Record]]:
    """Records of ``old`` that ``new`` lacks or holds otherwise, and the reverse."""
    new_key = new_key or old_key
    before = [old_key(r) for r in old]
    after = [new_key(r) for r in new]
    old_values, new_values = dict(before), dict(after)
    gone = [r for r, (key, value) in zip(old, before) if new_values.get(key) != value]
    came = [r for r, (key, value) in zip(new, after) if old_values.get(key) != value]
    return gone, came


def _core_changes(gone: Iterable[Entity], came: Iterable[Entity], old_actors: set[str],
                  new_actors: set[str]) -> set[str]:
    """Entities whose core (what article graphs repeat: types, id, name) differs."""
    def cores(entities: Iterable[Entity], actors: set[str]) -> dict[str, list[Triple]]:
        return {e.id: entity_triples(e, e.id in actors, full=False) for e in entities}

    before, after = cores(gone, old_actors), cores(came, new_actors)
    return {entity_id for entity_id in before.keys() | after.keys()
            if before.get(entity_id) != after.get(entity_id)}


def _articles_showing(kg: KnowledgeGraph, entity_ids: set[str]) -> set[str]:
    if not entity_ids:
        return set()
    showing = {source.article_id for event in kg.events
               if used_entities([event]) & entity_ids for source in event.sources}
    return showing | {source.article_id for position in kg.positions
                      if used_entities([], [position]) & entity_ids
                      for source in position.sources}


def _rewrite_article_graphs(change: DatasetChange, kg: KnowledgeGraph, article_ids: set[str],
                            actors: set[str]) -> None:
    """Drop the touched article graphs; put back those of articles ``kg`` still holds."""
    supported_by, stated_by = events_by_article(kg), positions_by_article(kg)
    entities = {entity.id: entity for entity in kg.entities}
    for article_id in sorted(article_ids):
        change.dropped_graphs.append(article_graph_iri(article_id))
    for article in kg.articles:
        if article.id not in article_ids:
            continue
        events, positions = supported_by[article.id], stated_by[article.id]
        triples = article_triples(article)
        for entity_id in sorted(used_entities(events, positions) & entities.keys()):
            triples += entity_triples(entities[entity_id], entity_id in actors, full=False)
        for event in events:
            triples += event_parts(event).triples(article.id)
        for position in positions:
            triples += position_parts(position).triples(article.id)
        change.added += _quads(dict.fromkeys(triples), article_graph_iri(article.id))


def _quads(triples: Iterable[Triple], graph: URIRef) -> list[Quad]:
    return [(s, p, o, graph) for s, p, o in triples]
