"""graphkit.network: the actor–event network as networkx, GraphML, GEXF, CSV and node-link JSON.

Every export is read back with networkx (or csv) and checked for the 2019 meeting of Putin and
Kim Jong Un in Wladiwostok: its actors, roles, place and date. The seeds test reads
../shared/seeds (tests may); the others use the hand-built sample graph of test_render.
GEXF's XSD is not available offline, so the GEXF test checks the structure Gephi reads
(namespace, version, dynamic mode, date time format, start/end intervals) instead.
"""

from __future__ import annotations

import csv
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner
from test_render import sample_graph

import graphkit
from graphkit.cli import main
from graphkit.errors import ExportError
from graphkit.network import FORMATS, entity_node, event_node, export
from graphkit.rdf import write_outputs

GEXF_NS = "{http://www.gexf.net/1.2draft}"
MEETING = event_node("meeting-2019-04")


def _check_2019_meeting(network: nx.MultiDiGraph, meeting: str, putin: str, kim: str,
                        place: str) -> None:
    attrs = network.nodes[meeting]
    assert attrs["node_type"] == "event" and attrs["event_type"] == "Meeting"
    begin = attrs.get("begin", attrs.get("start"))      # GEXF: the node's time interval
    assert begin == "2019-04-01" and attrs["end"] == "2019-04-30"
    assert attrs["precision"] == "month" and attrs["date"] == "2019-04"
    assert attrs["support"] >= 1
    targets = {(b, data["role"]) for _, b, data in network.out_edges(meeting, data=True)}
    assert {(putin, "participant"), (kim, "participant"), (place, "place")} <= targets
    assert network.nodes[putin]["node_type"] == "entity"
    assert network.nodes[putin]["class"] == "PER"


def _sample_check(network: nx.MultiDiGraph) -> None:
    _check_2019_meeting(network, MEETING, entity_node("wladimir-putin"),
                        entity_node("kim-jong-un"), entity_node("wladiwostok"))


def test_to_networkx_is_a_multidigraph_with_types_dates_roles_and_support():
    network = graphkit.to_networkx(sample_graph())
    assert isinstance(network, nx.MultiDiGraph)
    _sample_check(network)
    visit = event_node("visit-2024-06-18")
    assert network.nodes[visit]["support"] == 3 and network.nodes[visit]["ordinal"] == 2
    assert network.has_edge(visit, entity_node("kim-jong-un"), key="host")
    planned = network.nodes[event_node("agreement-planned")]
    assert planned["status"] == "planned" and "begin" not in planned    # undated: no date
    assert network.number_of_nodes() == 6 + 5
    post = network.get_edge_data(entity_node("kim-jong-un"), entity_node("partei-der-arbeit"))
    assert [(d["edge_type"], d["role"]) for d in post.values()] == [("position", "Vorsitzender")]


def test_export_graphml_reads_back(tmp_path):
    path = export(sample_graph(), tmp_path, format="graphml")["graphml"]
    assert path == tmp_path / "graph.graphml"
    _sample_check(nx.read_graphml(path, force_multigraph=True))


def test_export_networkx_json_reads_back(tmp_path):
    path = export(sample_graph(), tmp_path / "net.json", format="networkx-json")["networkx-json"]
    data = json.loads(path.read_text(encoding="utf-8"))
    _sample_check(nx.node_link_graph(data, edges="edges"))


def test_export_gexf_has_time_intervals_for_gephi(tmp_path):
    path = export(sample_graph(), tmp_path / "g.gexf", format="gexf")["gexf"]
    root = ET.parse(path).getroot()
    assert root.tag == GEXF_NS + "gexf" and root.get("version") == "1.2"
    graph = root.find(GEXF_NS + "graph")
    assert graph.get("mode") == "dynamic" and graph.get("timeformat") == "date"
    assert graph.get("defaultedgetype") == "directed"
    nodes = {n.get("id"): n for n in graph.iter(GEXF_NS + "node")}
    assert nodes[MEETING].get("start") == "2019-04-01"
    assert nodes[MEETING].get("end") == "2019-04-30"
    assert nodes[entity_node("wladimir-putin")].get("start") is None    # always present
    declared = {a.get("title") for a in graph.iter(GEXF_NS + "attribute")}
    assert {"node_type", "event_type", "role", "support", "status"} <= declared
    network = nx.read_gexf(path)
    assert network.nodes[MEETING]["label"] == "Treffen: Wladimir Putin, Kim Jong Un"
    roles = {(b, d["role"]) for _, b, d in network.out_edges(MEETING, data=True)}
    assert (entity_node("wladiwostok"), "place") in roles


def test_export_csv_writes_node_and_edge_lists(tmp_path):
    paths = export(sample_graph(), tmp_path / "csv", format="csv")
    nodes = list(csv.DictReader(paths["nodes"].open(encoding="utf-8")))
    edges = list(csv.DictReader(paths["edges"].open(encoding="utf-8")))
    meeting = next(n for n in nodes if n["id"] == MEETING)
    assert (meeting["begin"], meeting["end"], meeting["event_type"]) == (
        "2019-04-01", "2019-04-30", "Meeting")
    mine = {(e["target_label"], e["role"]) for e in edges if e["source"] == MEETING}
    assert mine == {("Wladimir Putin", "participant"), ("Kim Jong Un", "participant"),
                    ("Wladiwostok", "place")}
    with pytest.raises(ExportError, match="give a folder"):
        export(sample_graph(), tmp_path / "x.csv", format="csv")


def test_export_is_deterministic(tmp_path):
    for fmt in ("graphml", "gexf", "networkx-json"):
        first = export(sample_graph(), tmp_path / "a", format=fmt)[fmt].read_bytes()
        second = export(sample_graph(), tmp_path / "b", format=fmt)[fmt].read_bytes()
        assert first == second, fmt


def test_export_without_format_writes_what_build_writes(tmp_path):
    written = export(sample_graph(), tmp_path / "all", ui_lang="en")
    assert set(written) == {"ttl", "trig", "jsonld", "network", "timeline", "explorer"}
    assert '<html lang="en">' in written["explorer"].read_text(encoding="utf-8")
    with pytest.raises(ExportError, match="unknown format 'xml'"):
        export(sample_graph(), tmp_path, format="xml")


def test_cli_export_every_format(tmp_path):
    graph = write_outputs(sample_graph(), tmp_path)["ttl"]
    runner = CliRunner()
    for fmt in FORMATS:
        out = tmp_path / fmt
        result = runner.invoke(main, ["export", str(graph), "--format", fmt, "--out", str(out)])
        assert result.exit_code == 0, result.output
    _sample_check(nx.read_gexf(tmp_path / "gexf" / "graph.gexf"))
    result = runner.invoke(main, ["export", str(graph), "--out", str(tmp_path / "pages")])
    assert result.exit_code == 0 and (tmp_path / "pages" / "explorer.html").exists()
    result = runner.invoke(main, ["export", str(graph), "--format", "dot"])
    assert result.exit_code == 2 and "dot" in result.output


@pytest.mark.slow
def test_export_seeds_2019_meeting(seeds_build, tmp_path: Path):
    kg = seeds_build.graph
    by_name = {e.name: e.id for e in kg.entities}
    putin = next(i for n, i in by_name.items() if "Putin" in n)
    kim = next(i for n, i in by_name.items() if "Kim Jong" in n and "Il" not in n)
    meeting = next(e for e in kg.events if e.type == "Meeting" and e.time and e.time.begin
                   and (e.time.begin.year, e.time.begin.month) == (2019, 4)
                   and {putin, kim} <= {p.entity_id for p in e.participants})
    assert meeting.place and "wladiwostok" in meeting.place
    nodes = (event_node(meeting.id), entity_node(putin), entity_node(kim),
             entity_node(meeting.place))
    readers = {
        "graphml": lambda p: nx.read_graphml(p, force_multigraph=True),
        "gexf": nx.read_gexf,
        "networkx-json": lambda p: nx.node_link_graph(json.loads(p.read_text("utf-8")),
                                                      edges="edges"),
    }
    for fmt, read in readers.items():
        _check_2019_meeting(read(export(kg, tmp_path, format=fmt)[fmt]), *nodes)
    edges = list(csv.DictReader(export(kg, tmp_path / "csv", format="csv")["edges"].open()))
    assert {e["target"] for e in edges if e["source"] == nodes[0]} >= set(nodes[1:])


def test_cli_render_ui_lang(tmp_path):
    graph = write_outputs(sample_graph(), tmp_path)["ttl"]
    runner = CliRunner()
    result = runner.invoke(main, ["render", str(graph), "--ui-lang", "en"])
    assert result.exit_code == 0, result.output
    assert '<html lang="en">' in (tmp_path / "explorer.html").read_text(encoding="utf-8")
    result = runner.invoke(main, ["render", str(graph)])
    assert '<html lang="de">' in (tmp_path / "timeline.html").read_text(encoding="utf-8")
    assert runner.invoke(main, ["render", str(graph), "--ui-lang", "fr"]).exit_code == 2
