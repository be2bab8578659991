"""The ontology and the shapes: they parse, and they match the code's vocabulary."""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SH, SKOS

from graphkit import __version__
from graphkit.events.lexicon import event_type_data
from graphkit.model import EVENT_TYPES, PRECISIONS, ROLES, STATUSES
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
    assert {str(t).rsplit("/", 1)[-1] for t in graph.subjects(SKOS.inScheme, GK.StatusScheme)} \
        == set(STATUSES)
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


def test_event_type_data_matches_the_model_and_the_ontology() -> None:
    data = event_type_data()
    assert tuple(data["types"]) == EVENT_TYPES and len(EVENT_TYPES) >= 30
    assert tuple(data["roles"]) == ROLES
    graph = ontology_graph()
    namespaces = data["namespaces"]
    for name, spec in data["types"].items():
        concept = GKT[name]
        labels = {(str(o), o.language) for o in graph.objects(concept, SKOS.prefLabel)}
        assert labels == {(spec["en"], "en"), (spec["de"], "de")}, name
        assert set(spec["roles"]) <= set(ROLES), name
        for predicate, key in ((SKOS.exactMatch, "exactMatch"), (SKOS.closeMatch, "closeMatch")):
            expected = {URIRef(namespaces[m.split(":", 1)[0]] + m.split(":", 1)[1])
                        for m in spec[key]}
            assert set(graph.objects(concept, predicate)) == expected, (name, key)


def test_event_types_map_to_every_smartdata_relation_type() -> None:
    smartdata = {m.split(":", 1)[1] for spec in event_type_data()["types"].values()
                 for m in spec["exactMatch"] + spec["closeMatch"] if m.startswith("SmartData:")}
    assert smartdata == {"Acquisition", "Merger", "SpinOff", "Insolvency", "Layoffs", "Strike",
                         "OrganizationLeadership", "Disaster", "Accident"}
