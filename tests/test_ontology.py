"""The ontology and the shapes: they parse, and they match the code's vocabulary."""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SH, SKOS

from graphkit import __version__
from graphkit.model import EVENT_TYPES, PRECISIONS, ROLES
from graphkit.rdf.namespaces import GK, GKR, GKS, GKT, ONTOLOGY_IRI
from graphkit.rdf.validate import ontology_graph, shapes_graph
from graphkit.rdf.write import PRECISION_UNITS


def _terms(namespace: type) -> set[URIRef]:
    return {namespace[name] for name in namespace.__annotations__}


def _languages(graph: Graph, term: URIRef, predicate: URIRef) -> set[str | None]:
    return {o.language for o in graph.objects(term, predicate) if isinstance(o, Literal)}


def test_ontology_is_versioned_owl_ontology() -> None:
    graph = ontology_graph()
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in graph
    assert graph.value(ONTOLOGY_IRI, OWL.versionIRI) == URIRef(f"{ONTOLOGY_IRI}/{__version__}")
    assert graph.value(ONTOLOGY_IRI, OWL.versionInfo) == Literal(__version__)


def test_ontology_declares_every_term_with_english_and_german_labels() -> None:
    graph = ontology_graph()
    for term in _terms(GK) | _terms(GKT) | _terms(GKR) | _terms(GKS):
        assert {"en", "de"} <= _languages(graph, term, RDFS.label), term
        described = _languages(graph, term, RDFS.comment) | _languages(graph, term, SKOS.definition)
        assert {"en", "de"} <= described, term


def test_ontology_declares_nothing_the_code_does_not_know() -> None:
    graph = ontology_graph()
    known = _terms(GK) | _terms(GKT) | _terms(GKR) | _terms(GKS)
    declared = {
        s for s in graph.subjects()
        if isinstance(s, URIRef) and str(s).startswith("https://graphkit.example.org/ontology")
        and s != ONTOLOGY_IRI
    }
    assert declared == known


def test_ontology_concept_schemes_match_the_model() -> None:
    graph = ontology_graph()
    assert {str(t).rsplit("/", 1)[-1] for t in graph.subjects(SKOS.inScheme, GK.EventTypeScheme)} \
        == set(EVENT_TYPES)
    assert {str(t).rsplit("/", 1)[-1] for t in graph.subjects(SKOS.inScheme, GK.RoleScheme)} \
        == set(ROLES)
    assert len(set(graph.subjects(SKOS.inScheme, GK.StatusScheme))) == 3
    assert set(PRECISION_UNITS) == set(PRECISIONS)


def test_shapes_parse_and_use_only_declared_graphkit_terms() -> None:
    shapes = shapes_graph()
    assert len(set(shapes.subjects(RDF.type, SH.NodeShape))) >= 6
    known = _terms(GK) | _terms(GKT) | _terms(GKR) | _terms(GKS)
    used = {
        node for triple in shapes for node in triple
        if isinstance(node, URIRef) and str(node).startswith("https://graphkit.example.org/ontology")
    }
    assert used <= known, used - known
