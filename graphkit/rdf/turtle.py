"""Turtle and TriG text straight from lists of triples, byte for byte what rdflib writes.

rdflib's serializers load the triples into a store and then query the store per subject
and per predicate; that, not the writing, is where their time goes. Here the triples are
grouped once in plain dicts and written in rdflib's order and layout (kept so that
graph.ttl and graph.trig do not change):

- prefixes: the ones used, sorted; a term is written as rdflib names it (``get_pname``,
  ``Literal._literal_n3``), so escaping and prefixed names are rdflib's own;
- subjects: ``rdfs:Class`` members first, then by (times used as object, IRI); in TriG the
  counts add up over the graphs written so far and each graph a subject is in counts once
  (that is how rdflib's TriG serializer counts);
- predicates: ``rdf:type``, ``rdfs:label``, then by IRI; objects by rdflib's term order;
- TriG graphs by IRI (graphkit's choice: rdflib writes them in set order).

Only what graphkit writes is supported: IRI subjects and predicates, IRI or literal objects.
Blank nodes are an error (rdflib would nest them; graphkit never makes any).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS
from rdflib.plugins.serializers.turtle import TurtleSerializer
from rdflib.term import Node

Triple = tuple[Node, Node, Node]
# subject IRI → predicate IRI → objects (terms), each as first seen
Statements = dict[str, dict[str, list[Node]]]

INDENT = "    "
TYPE, LABEL = str(RDF.type), str(RDFS.label)


class TermNames:
    """How rdflib's Turtle serializer writes each term, memoised, and the prefixes it used.

    ``namespaces`` supplies the prefix bindings (use a graph bound like the one rdflib
    would serialize). rdflib's own ``get_pname`` is called once per distinct term.
    """

    def __init__(self, namespaces: Graph) -> None:
        self._rdflib = TurtleSerializer(namespaces)
        self._bound = sorted((str(ns) for _, ns in namespaces.namespaces()), key=len,
                             reverse=True)
        self._subject_or_object: dict[Node, str] = {}
        self._iri: dict[str, str] = {}
        self._verb: dict[str, str] = {}

    def name_predicates(self, graphs: Iterable[Statements]) -> None:
        """Name every predicate first, as rdflib's preprocess does before writing anything.

        A predicate in an unbound namespace gets a generated prefix (``ns1``); subjects and
        objects in that namespace then use it too (sorted, so the numbering is stable).
        """
        for predicate in sorted({p for graph in graphs for ps in graph.values() for p in ps}):
            self.verb(predicate)

    def prefixes(self) -> list[tuple[str, URIRef]]:
        """The prefixes named so far (rdflib declares only those), sorted."""
        return sorted(self._rdflib.namespaces.items())

    def name(self, node: Node) -> str:
        """An object or a graph name."""
        text = self._subject_or_object.get(node)
        if text is None:
            text = self._subject_or_object[node] = self._name(node, verb=False)
        return text

    def iri(self, iri: str) -> str:
        """A subject, given as its IRI string."""
        text = self._iri.get(iri)
        if text is None:
            text = self._iri[iri] = self.name(URIRef(iri))
        return text

    def verb(self, iri: str) -> str:
        """A predicate, given as its IRI string."""
        text = self._verb.get(iri)
        if text is None:
            text = self._verb[iri] = self._name(URIRef(iri), verb=True)
        return text

    def _name(self, node: Node, verb: bool) -> str:
        # Same calls, so the same prefixes get declared, as rdflib's preprocess + label.
        rdflib = self._rdflib
        if isinstance(node, Literal):
            if node.datatype is not None:
                rdflib.get_pname(node.datatype, False)  # declared even if written bare
            return node._literal_n3(
                use_plain=True, qname_callback=lambda datatype: rdflib.get_pname(datatype, False)
            )
        if not isinstance(node, URIRef):
            raise ValueError(f"cannot write {node!r}: only IRIs and literals are supported")
        if verb and node == RDF.type:
            return "a"
        if not verb and not self._may_have_pname(str(node)):
            return node.n3()
        pname = rdflib.get_pname(node, verb)
        if node == RDF.nil:
            return "()"
        return pname or node.n3()


    def _may_have_pname(self, iri: str) -> bool:
        """Whether rdflib could write ``iri`` as a prefixed name. Not when no bound namespace
        leaves a local part without "/": asking rdflib anyway would make the IRI's own
        namespace a candidate in its prefix trie, which costs time linear in the
        candidates so far (each event's source and role IRIs: quadratic in events)."""
        return any(iri.startswith(ns) and "/" not in iri[len(ns):] for ns in self._bound)


def group_triples(triples: Iterable[Triple]) -> Statements:
    """Triples as subject → predicate → distinct objects (a graph is a set)."""
    statements: Statements = {}
    for s, p, o in triples:
        if not isinstance(s, URIRef) or not isinstance(p, URIRef):
            raise ValueError(f"cannot write ({s!r}, {p!r}, …): subject and predicate must be IRIs")
        # Keyed by the plain string: hashing rdflib terms runs Python code per call.
        subject, predicate = str(s), str(p)
        predicates = statements.get(subject)
        if predicates is None:
            predicates = statements[subject] = {}
        objects = predicates.get(predicate)
        if objects is None:
            predicates[predicate] = [o]
        else:
            objects.append(o)
    for predicates in statements.values():
        for p, objects in predicates.items():
            if len(objects) > 1:
                predicates[p] = list(dict.fromkeys(objects))
    return statements


def count_objects(statements: Statements, counts: defaultdict[str, int]) -> None:
    """Add how often each IRI is used as an object (what orders the subjects)."""
    for predicates in statements.values():
        for objects in predicates.values():
            for o in objects:
                if isinstance(o, URIRef):
                    counts[str(o)] += 1


def order_subjects(statements: Statements, counts: defaultdict[str, int]) -> list[str]:
    classes = sorted(
        s for s, predicates in statements.items() if RDFS.Class in predicates.get(TYPE, ())
    )
    first = set(classes)
    rest = sorted((counts[s], s) for s in statements if s not in first)
    return classes + [s for _count, s in rest]


class StatementWriter:
    """Writes one subject with its predicate list, laid out as rdflib lays it out."""

    def __init__(self, names: TermNames, depth: int) -> None:
        self._names = names
        self._subject = "\n" + INDENT * depth
        self._next_predicate = " ;\n" + INDENT * (depth + 1)
        self._next_object = ",\n" + INDENT * (depth + 2)
        # predicate keys (as grouped) → [(predicate, its text with what goes before it)]
        self._orders: dict[tuple[str, ...], list[tuple[str, str]]] = {}

    def _order(self, keys: tuple[str, ...]) -> list[tuple[str, str]]:
        """rdf:type, rdfs:label, then the others by IRI."""
        ordered = [p for p in (TYPE, LABEL) if p in keys]
        ordered += sorted(p for p in keys if p != TYPE and p != LABEL)
        verbs = [self._names.verb(p) for p in ordered]
        lead = [" "] + [self._next_predicate] * (len(ordered) - 1)
        return [(p, f"{before}{verb} ") for p, before, verb in zip(ordered, lead, verbs)]

    def write(self, out: list[str], subject: str, predicates: dict[str, list[Node]]) -> None:
        keys = tuple(predicates)
        order = self._orders.get(keys)
        if order is None:
            order = self._orders[keys] = self._order(keys)
        name = self._names.name
        out += (self._subject, self._names.iri(subject))
        for predicate, verb in order:
            objects = predicates[predicate]
            if len(objects) == 1:
                out += (verb, name(objects[0]))
            else:  # rdflib's term order (literals by value)
                out += (verb, self._next_object.join([name(o) for o in sorted(objects)]))
        out.append(" .\n")


def _prefix_lines(names: TermNames) -> list[str]:
    return [f"@prefix {prefix}: <{namespace}> .\n" for prefix, namespace in names.prefixes()]


def _encode(parts: Sequence[str]) -> bytes:
    return "".join(parts).encode("utf-8", "replace")


def turtle_bytes(statements: Statements, namespaces: Graph) -> bytes:
    """A graph (see :func:`group_triples`) as rdflib's Turtle serializer writes it (UTF-8)."""
    counts: defaultdict[str, int] = defaultdict(int)
    count_objects(statements, counts)
    names = TermNames(namespaces)
    names.name_predicates([statements])
    writer = StatementWriter(names, depth=0)
    body: list[str] = []
    for subject in order_subjects(statements, counts):
        writer.write(body, subject, statements[subject])
    return _encode([*_prefix_lines(names), *body, "\n"])


def trig_bytes(graphs: dict[URIRef, Statements], namespaces: Graph) -> bytes:
    """Named graphs (written sorted by IRI) as rdflib's TriG serializer writes them (UTF-8)."""
    names = TermNames(namespaces)
    names.name_predicates(graphs.values())
    writer = StatementWriter(names, depth=1)
    counts: defaultdict[str, int] = defaultdict(int)
    body: list[str] = []
    for graph_iri in sorted(graphs, key=str):
        statements = graphs[graph_iri]
        if not statements:
            continue
        count_objects(statements, counts)
        for subject in statements:
            counts[subject] += 1
        body.append(f"\n{names.name(graph_iri)} {{")
        for subject in order_subjects(statements, counts):
            writer.write(body, subject, statements[subject])
        body.append("}\n")
    return _encode([*_prefix_lines(names), *body, "\n"])
