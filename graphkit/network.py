"""The actor–event network for the tools people already use: networkx, Gephi, CSV.

``to_networkx`` turns the plain KnowledgeGraph into a ``networkx.MultiDiGraph``: one node
per entity and per event, one edge per (event, entity, role) from the event to the entity
(the role is the edge key), plus a ``place`` edge to where it happened, and one edge per
position from the person to the organisation (``edge_type`` "position", ``role`` the post:
"Chef", "Mitglied"). networkx writes
GraphML, GEXF (event times as GEXF time intervals, so Gephi's timeline works) and
node-link JSON; CSV is a node list and an edge list built from the same graph.

``export`` is what ``graphkit export`` calls. Its graph source is one parameter, so another
source (a store) only has to produce a KnowledgeGraph.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import networkx as nx

from graphkit.errors import ExportError
from graphkit.fileio import write_atomically
from graphkit.model import Event, KnowledgeGraph

FORMATS = ("graphml", "gexf", "csv", "networkx-json")
SUFFIXES = {"graphml": ".graphml", "gexf": ".gexf", "networkx-json": ".json"}
ENTITY_NODE, EVENT_NODE = "entity", "event"
NODE_COLUMNS = ["id", "label", "node_type", "class", "kind", "wikidata", "mentions", "aliases",
                "event_type", "status", "support", "date", "precision", "begin", "end",
                "ordinal", "place", "iri"]
EDGE_COLUMNS = ["source", "target", "role", "edge_type", "support", "begin", "end",
                "source_label", "target_label"]


def entity_node(entity_id: str) -> str:
    return f"{ENTITY_NODE}:{entity_id}"


def event_node(event_id: str) -> str:
    return f"{EVENT_NODE}:{event_id}"


def _plain(attrs: dict) -> dict:
    """GraphML and GEXF cannot write None: leave unknown values out."""
    return {key: value for key, value in attrs.items() if value is not None and value != ""}


def _days(event: Event) -> tuple[str | None, str | None]:
    """First and last day the event's time covers, as ISO dates (None when undated)."""
    time = event.time
    if time is None or not time.resolved:
        return None, None
    ends = sorted(d for d in (time.begin, time.end) if isinstance(d, date))
    return ends[0].isoformat(), ends[-1].isoformat()


def to_networkx(graph: KnowledgeGraph) -> nx.MultiDiGraph:
    """The actor–event network: entities and events as nodes with their types, dates and
    support counts; edges from each event to its actors (key and ``role``: the role) and to
    its place (``role`` "place"); edges from people to the organisations where they hold a
    post. Node and edge order is sorted, so output is deterministic."""
    from graphkit.rdf.namespaces import entity_iri, event_iri

    network = nx.MultiDiGraph(name="graphkit actor-event network")
    names = {e.id: e.name for e in graph.entities}
    for entity in sorted(graph.entities, key=lambda e: e.id):
        network.add_node(entity_node(entity.id), **_plain({
            "label": entity.name, "node_type": ENTITY_NODE, "class": entity.label,
            "kind": entity.kind, "wikidata": entity.wikidata, "mentions": entity.mention_count,
            "aliases": "; ".join(sorted({a for a in entity.aliases if a != entity.name})),
            "iri": str(entity_iri(entity.id)),
        }))
    for event in sorted(graph.events, key=lambda e: e.id):
        begin, end = _days(event)
        time = event.time
        network.add_node(event_node(event.id), **_plain({
            "label": event.label, "node_type": EVENT_NODE, "event_type": event.type,
            "status": event.status, "support": event.support,
            "date": time.value if time else None, "precision": time.precision if time else None,
            "begin": begin, "end": end, "ordinal": event.ordinal,
            "place": names.get(event.place) if event.place else None,
            "iri": str(event_iri(event.id)),
        }))
        _add_event_edges(network, event, names, begin, end)
    for position in sorted(graph.positions, key=lambda p: p.id):
        if position.person in names and position.organisation in names:
            network.add_edge(entity_node(position.person), entity_node(position.organisation),
                             key=f"post:{position.post}", role=position.post,
                             edge_type="position", support=position.support)
    return network


def _add_event_edges(network: nx.MultiDiGraph, event: Event, names: dict[str, str],
                     begin: str | None, end: str | None) -> None:
    links = sorted({(p.entity_id, p.role, "actor") for p in event.participants
                    if p.entity_id in names})
    if event.place in names:
        links.append((event.place, "place", "place"))
    for entity_id, role, kind in links:
        if network.has_edge(event_node(event.id), entity_node(entity_id), key=role):
            continue  # an actor that is also the place keeps both edges; duplicates do not
        network.add_edge(event_node(event.id), entity_node(entity_id), key=role, **_plain({
            "role": role, "edge_type": kind, "support": event.support,
            "begin": begin, "end": end,
        }))


# ---------------------------------------------------------------- writers


def _dynamic(network: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose dated events and their edges carry GEXF ``start``/``end`` (the days they
    cover), which networkx writes as time intervals; entities are always present."""
    copy = network.copy()
    for _, attrs in copy.nodes(data=True):
        _to_interval(attrs)
    for _, _, attrs in copy.edges(data=True):
        _to_interval(attrs)
    return copy


def _to_interval(attrs: dict) -> None:
    begin, end = attrs.pop("begin", None), attrs.pop("end", None)
    if begin and end:
        attrs["start"], attrs["end"] = begin, end


def graphml_text(network: nx.MultiDiGraph) -> str:
    return "\n".join(nx.generate_graphml(network)) + "\n"


def gexf_text(network: nx.MultiDiGraph) -> str:
    return "\n".join(nx.generate_gexf(_dynamic(network))) + "\n"


def node_link_text(network: nx.MultiDiGraph) -> str:
    data = nx.node_link_data(network, edges="edges")
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def _csv_text(columns: list[str], rows: list[dict]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, columns, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def csv_texts(network: nx.MultiDiGraph) -> dict[str, str]:
    """``nodes.csv`` (one row per node) and ``edges.csv`` (one row per edge)."""
    nodes = [{"id": node, **attrs} for node, attrs in network.nodes(data=True)]
    labels = dict(network.nodes(data="label"))
    edges = [{"source": a, "target": b, **attrs, "source_label": labels.get(a, ""),
              "target_label": labels.get(b, "")}
             for a, b, attrs in network.edges(data=True)]
    return {"nodes.csv": _csv_text(NODE_COLUMNS, nodes),
            "edges.csv": _csv_text(EDGE_COLUMNS, edges)}


def _target_file(out: Path, fmt: str) -> Path:
    """``out`` itself when it names a file; ``out/graph.<ext>`` when it is a folder."""
    if out.is_dir() or not out.suffix:
        return out / f"graph{SUFFIXES[fmt]}"
    return out


def export(graph: KnowledgeGraph | str | Path | None = None, out: str | Path = "output", *,
           format: str | None = None, ui_lang: str = "de", store: str | Path | None = None,
           render: bool = True) -> dict[str, Path]:
    """Write ``graph`` (a KnowledgeGraph, a graph file to read, or the graph of ``store``)
    to ``out``.

    ``format`` "graphml", "gexf" or "networkx-json": one file (``out`` is the file, or a
    folder for graph.<ext>); "csv": nodes.csv and edges.csv in the folder ``out``; None:
    what ``build`` writes (graph.ttl, .trig, .jsonld and, with ``render``, the HTML pages in
    ``ui_lang``) into the folder ``out``. Returns the written paths by kind.
    """
    if format is not None and format not in FORMATS:
        raise ExportError(f"unknown format {format!r}; expected one of {', '.join(FORMATS)}")
    if store is not None:
        from graphkit.corpus import store_graph

        graph = store_graph(store)
    elif graph is None:
        raise ExportError("nothing to export: give a graph or a store")
    elif not isinstance(graph, KnowledgeGraph):
        from graphkit.rdf import read_graph

        graph = read_graph(Path(graph))
    out = Path(out)
    if format is None:
        return _write_build_outputs(graph, out, ui_lang, render)
    network = to_networkx(graph)
    if format == "csv":
        if out.suffix == ".csv" or out.is_file():
            raise ExportError(f"{out}: csv writes nodes.csv and edges.csv; give a folder")
        out.mkdir(parents=True, exist_ok=True)
        return {name.removesuffix(".csv"): write_atomically(out / name, text)
                for name, text in csv_texts(network).items()}
    target = _target_file(out, format)
    target.parent.mkdir(parents=True, exist_ok=True)
    writers = {"graphml": graphml_text, "gexf": gexf_text, "networkx-json": node_link_text}
    return {format: write_atomically(target, writers[format](network))}


def _write_build_outputs(graph: KnowledgeGraph, out: Path, ui_lang: str,
                         render: bool) -> dict[str, Path]:
    from graphkit.pipeline import write_output_set
    from graphkit.render.i18n import ui_strings

    ui_strings(ui_lang)  # fail before writing anything
    return write_output_set(graph, out, render=render, ui_lang=ui_lang)
