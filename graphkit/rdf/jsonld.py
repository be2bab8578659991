"""Compact JSON-LD straight from grouped triples (``turtle.group_triples``), canonical order.

The document is what rdflib's JSON-LD serializer gives with graphkit's prefixes as the
context and ``auto_compact`` (a ``@graph`` of flat node objects: IRIs as compact
``{"@id": …}``, ``rdf:type`` as ``@type``, strings, integers and booleans as JSON values,
other typed literals as ``{"@type": …, "@value": …}``), put in canonical order: every array
sorted by its items' JSON text, keys sorted. Names come from rdflib's own ``Context``, so
they are the ones rdflib would choose.

Unlike rdflib (7.x), a value that is false, zero or empty is never dropped when the same
property has another value.
"""

from __future__ import annotations

import json
from typing import Any

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, XSD
from rdflib.plugins.shared.jsonld.context import Context
from rdflib.term import Node

from graphkit.rdf.turtle import Statements

# rdflib writes these literals as native JSON values once a context is active.
NATIVE_TYPES = {XSD.boolean, XSD.integer, XSD.double, XSD.string}
TYPE = str(RDF.type)


class _Names:
    """Compact IRIs from rdflib's JSON-LD ``Context``, memoised."""

    def __init__(self, context: dict[str, str]) -> None:
        self._context = Context(context)
        self._ids: dict[str, str] = {}
        self._symbols: dict[str, str] = {}

    def id(self, iri: str) -> str:
        """A node reference (``@id`` value)."""
        name = self._ids.get(iri)
        if name is None:
            name = self._ids[iri] = self._context.shrink_iri(iri)
        return name

    def symbol(self, iri: str) -> str:
        """A property, class or datatype name."""
        name = self._symbols.get(iri)
        if name is None:
            name = self._symbols[iri] = self._context.to_symbol(iri)
        return name


def _value(node: Node, names: _Names) -> Any:
    if isinstance(node, URIRef):
        return {"@id": names.id(str(node))}
    if not isinstance(node, Literal):
        raise ValueError(f"cannot write {node!r}: only IRIs and literals are supported")
    if node.datatype in NATIVE_TYPES:
        return node.toPython()
    if node.datatype is not None:
        return {"@type": names.symbol(str(node.datatype)), "@value": str(node)}
    if node.language:
        return {"@language": node.language, "@value": str(node)}
    return str(node)


def _json_text(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def _node_object(subject: str, predicates: dict[str, list[Node]], names: _Names) -> dict:
    """One subject as a node object: one value as itself, several as a sorted array."""
    node: dict[str, list[Any]] = {"@id": [names.id(subject)]}
    for predicate, objects in predicates.items():
        if predicate == TYPE:
            values = node.setdefault("@type", [])
            for o in objects:
                values.append(names.symbol(str(o)) if isinstance(o, URIRef) else _value(o, names))
        else:
            values = node.setdefault(names.symbol(predicate), [])
            values += [_value(o, names) for o in objects]
    return {
        key: values[0] if len(values) == 1 else sorted(values, key=_json_text)
        for key, values in node.items()
    }


def jsonld_bytes(statements: Statements, context: dict[str, str]) -> bytes:
    """A graph (see ``turtle.group_triples``) as compact JSON-LD (UTF-8, canonical order)."""
    names = _Names(context)
    nodes = [_node_object(s, predicates, names) for s, predicates in statements.items()]
    nodes.sort(key=_json_text)
    if len(nodes) == 1:  # rdflib writes a lone node without @graph
        document: dict[str, Any] = dict(nodes[0])
    else:
        document = {"@graph": nodes}
    document["@context"] = context
    text = json.dumps(document, sort_keys=True, indent=2, ensure_ascii=False)
    return (text + "\n").encode("utf-8")
