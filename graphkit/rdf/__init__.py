"""The RDF stage: KnowledgeGraph ↔ RDF (Turtle, TriG, JSON-LD) and SHACL validation.

Only this package knows RDF. Vocabulary and the IRI scheme: ``graphkit.rdf.namespaces``
and ``ontologies/graphkit.ttl``. Triples: ``write``; files: ``serialize`` (text written by
``turtle`` and ``jsonld``, or by rdflib's serializers with ``engine="rdflib"``).
"""

from graphkit.rdf.namespaces import (
    MERGED_GRAPH,
    article_graph_iri,
    article_iri,
    bind_prefixes,
    entity_iri,
    event_iri,
)
from graphkit.rdf.read import GraphReadError, parse_graph, read_graph
from graphkit.rdf.serialize import write_outputs
from graphkit.rdf.validate import validate
from graphkit.rdf.write import to_dataset, to_graph

__all__ = [
    "MERGED_GRAPH",
    "GraphReadError",
    "article_graph_iri",
    "article_iri",
    "bind_prefixes",
    "entity_iri",
    "event_iri",
    "parse_graph",
    "read_graph",
    "to_dataset",
    "to_graph",
    "validate",
    "write_outputs",
]
