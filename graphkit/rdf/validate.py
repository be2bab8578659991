"""SHACL validation against ontologies/shapes.ttl."""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files

from pyshacl import validate as shacl_validate
from rdflib import Graph

ONTOLOGY_PACKAGE = "graphkit.ontologies"


def ontology_text(name: str) -> str:
    """The text of a packaged Turtle file (``graphkit.ttl`` or ``shapes.ttl``)."""
    return files(ONTOLOGY_PACKAGE).joinpath(name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def shapes_graph() -> Graph:
    return Graph().parse(data=ontology_text("shapes.ttl"), format="turtle")


@lru_cache(maxsize=1)
def ontology_graph() -> Graph:
    return Graph().parse(data=ontology_text("graphkit.ttl"), format="turtle")


def validate(graph: Graph) -> tuple[bool, str]:
    """Check ``graph`` against the shapes; returns (conforms, pySHACL's report text)."""
    conforms, _report, text = shacl_validate(
        graph, shacl_graph=shapes_graph(), inference="none", advanced=True, allow_warnings=True
    )
    return bool(conforms), str(text)
