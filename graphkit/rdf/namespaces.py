"""Vocabularies and instance IRIs used by graphkit's RDF.

Every term is a member of a ``DefinedNamespace`` (a typo is an ``AttributeError``, not a
new IRI), and every prefix is bound in :func:`bind_prefixes` only. Instance IRIs are made
by the ``*_iri`` helpers below from the ids of the data model:

- ``https://graphkit.example.org/id/article/{article id}``
- ``https://graphkit.example.org/id/entity/{entity id}``
- ``https://graphkit.example.org/id/event/{event id}`` with sub-resources
  ``…/role/{n}`` (a participant), ``…/source/{n}`` (a source mention) and
  ``…/time/{n}`` (a time stated by one article), ``n`` counting from 1 in list order
- ``https://graphkit.example.org/id/position/{position id}`` (a person's post at an
  organisation, an ``org:Membership``) with ``…/role/1`` (the post) and ``…/source/{n}``
- ``https://graphkit.example.org/id/activity/graphkit-{version}`` (the build activity)
- ``https://graphkit.example.org/graph/article/{article id}`` and
  ``https://graphkit.example.org/graph/merged`` (named graphs in the TriG output)

Ids are percent-encoded (RFC 3986 unreserved characters kept), so any file stem is safe.
"""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import quote

from rdflib import Graph, Namespace, URIRef
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
from rdflib.namespace import ORG as W3C_ORG  # graphkit.model.ORG is the entity label

BASE = "https://graphkit.example.org/"
ONTOLOGY_IRI = URIRef(BASE + "ontology")
ID = Namespace(BASE + "id/")
GRAPH = Namespace(BASE + "graph/")
MERGED_GRAPH = GRAPH["merged"]
# Wikidata items are open-ended, so this one is a plain Namespace.
WD = Namespace("http://www.wikidata.org/entity/")


class GK(DefinedNamespace):
    """graphkit's own terms (declared in ontologies/graphkit.ttl)."""

    _NS = Namespace(BASE + "ontology#")
    _fail = True

    # classes
    Entity: URIRef
    SourceMention: URIRef
    TimeStatement: URIRef
    # concept schemes
    EventTypeScheme: URIRef
    RoleScheme: URIRef
    StatusScheme: URIRef
    # event properties
    hasSource: URIRef
    participant: URIRef
    status: URIRef
    supportCount: URIRef
    ordinal: URIRef
    statedTime: URIRef
    # time properties (on events and on time statements)
    timexValue: URIRef
    timePrecision: URIRef
    isRange: URIRef
    # mention properties
    sentenceIndex: URIRef
    triggerBeginIndex: URIRef
    triggerEndIndex: URIRef
    triggerText: URIRef
    timeText: URIRef
    # article properties
    sourcePath: URIRef
    datePublishedHow: URIRef
    datePublishedEvidence: URIRef
    datePublishedInferred: URIRef
    datePublishedConfidence: URIRef
    # entity properties
    nerClass: URIRef
    kind: URIRef
    mentionCount: URIRef
    nameKey: URIRef
    # annotations on event-type concepts
    cameoCode: URIRef
    ploverCategory: URIRef
    # temporal units OWL-Time lacks
    unitSeason: URIRef
    unitQuarter: URIRef
    unitHalfYear: URIRef
    unitDecade: URIRef
    unitCentury: URIRef


class GKT(DefinedNamespace):
    """Concepts of the graphkit event-type scheme (model.EVENT_TYPES)."""

    _NS = Namespace(BASE + "ontology/event-type/")
    _fail = True

    Meeting: URIRef
    Visit: URIRef
    Agreement: URIRef
    Statement: URIRef
    Publication: URIRef
    MilitaryAction: URIRef
    Accusation: URIRef
    Election: URIRef
    Appointment: URIRef
    Resignation: URIRef
    Dismissal: URIRef
    Nomination: URIRef
    CourtRuling: URIRef
    Charge: URIRef
    Arrest: URIRef
    Sentence: URIRef
    Protest: URIRef
    Strike: URIRef
    Sanction: URIRef
    Aid: URIRef
    Threat: URIRef
    Accident: URIRef
    Disaster: URIRef
    Death: URIRef
    Acquisition: URIRef
    Merger: URIRef
    SpinOff: URIRef
    Insolvency: URIRef
    Layoffs: URIRef
    Award: URIRef
    Match: URIRef
    Launch: URIRef
    Legislation: URIRef
    Cancellation: URIRef


class GKR(DefinedNamespace):
    """Concepts of the graphkit role scheme (model.ROLES)."""

    _NS = Namespace(BASE + "ontology/role/")
    _fail = True

    agent: URIRef
    visitor: URIRef
    host: URIRef
    speaker: URIRef
    target: URIRef
    participant: URIRef
    signatory: URIRef
    addressee: URIRef
    winner: URIRef
    candidate: URIRef
    office: URIRef
    person: URIRef
    organisation: URIRef
    predecessor: URIRef
    successor: URIRef
    court: URIRef
    plaintiff: URIRef
    defendant: URIRef
    employer: URIRef
    recipient: URIRef
    victim: URIRef
    buyer: URIRef
    acquired: URIRef
    seller: URIRef
    parent: URIRef
    spun_off: URIRef
    company: URIRef
    award: URIRef
    work: URIRef
    loser: URIRef
    product: URIRef
    law: URIRef


class GKS(DefinedNamespace):
    """Concepts of the graphkit event-status scheme (model.STATUSES)."""

    _NS = Namespace(BASE + "ontology/status/")
    _fail = True

    happened: URIRef
    planned: URIRef
    reported: URIRef
    cancelled: URIRef


class SEM(DefinedNamespace):
    """Simple Event Model (the terms graphkit uses)."""

    _NS = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
    _fail = True

    Event: URIRef
    Actor: URIRef
    Place: URIRef
    Role: URIRef
    RoleType: URIRef
    EventType: URIRef
    eventType: URIRef
    hasActor: URIRef
    hasPlace: URIRef
    roleType: URIRef
    hasTimeStamp: URIRef
    hasBeginTimeStamp: URIRef
    hasEndTimeStamp: URIRef
    hasLatestEndTimeStamp: URIRef


class NIF(DefinedNamespace):
    """NLP Interchange Format core (the terms graphkit uses)."""

    _NS = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
    _fail = True

    String: URIRef
    beginIndex: URIRef
    endIndex: URIRef
    anchorOf: URIRef


class GAF(DefinedNamespace):
    """Grounded Annotation Framework (NewsReader's link from an instance to its mentions)."""

    _NS = Namespace("http://groundedannotationframework.org/gaf#")
    _fail = True

    denotedBy: URIRef


PREFIXES: dict[str, Namespace | type[DefinedNamespace]] = {
    "gk": GK,
    "gkt": GKT,
    "gkr": GKR,
    "gks": GKS,
    "article": Namespace(ID["article/"]),
    "entity": Namespace(ID["entity/"]),
    "event": Namespace(ID["event/"]),
    "position": Namespace(ID["position/"]),
    "gkg": GRAPH,
    "sem": SEM,
    "nif": NIF,
    "gaf": GAF,
    "schema": SDO,
    "org": W3C_ORG,
    "dcterms": DCTERMS,
    "prov": PROV,
    "time": TIME,
    "skos": SKOS,
    "owl": OWL,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "wd": WD,
}


def bind_prefixes(graph: Graph) -> Graph:
    """Bind graphkit's prefixes (replacing rdflib's defaults for the same namespaces)."""
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, URIRef(str(namespace)), override=True, replace=True)
    return graph


@lru_cache(maxsize=1 << 14)  # the same ids are quoted for every triple that names them
def _segment(identifier: str) -> str:
    return quote(identifier, safe="-._~")


def article_iri(article_id: str) -> URIRef:
    return ID[f"article/{_segment(article_id)}"]


def entity_iri(entity_id: str) -> URIRef:
    return ID[f"entity/{_segment(entity_id)}"]


def event_iri(event_id: str) -> URIRef:
    return ID[f"event/{_segment(event_id)}"]


def position_iri(position_id: str) -> URIRef:
    return ID[f"position/{_segment(position_id)}"]


def position_part_iri(position_id: str, part: str, number: int = 1) -> URIRef:
    """``part`` is "role" (the post) or "source"."""
    return URIRef(f"{position_iri(position_id)}/{part}/{number}")


def event_part_iri(event_id: str, part: str, number: int) -> URIRef:
    """``part`` is "role", "source" or "time"; ``number`` counts from 1."""
    return URIRef(f"{event_iri(event_id)}/{part}/{number}")


def activity_iri(version: str) -> URIRef:
    return ID[f"activity/graphkit-{_segment(version)}"]


def software_iri(version: str) -> URIRef:
    return ID[f"software/graphkit-{_segment(version)}"]


def article_graph_iri(article_id: str) -> URIRef:
    return GRAPH[f"article/{_segment(article_id)}"]


def wikidata_iri(qid: str) -> URIRef:
    return WD[qid]
