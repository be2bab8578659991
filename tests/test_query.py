"""Store and SPARQL: saved queries on a small hand-made graph, on both stores."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.plugins.sparql import prepareQuery

from graphkit.model import (
    ACCUSATION,
    DATE_FROM_METADATA,
    DAY,
    HOST,
    LOC,
    MEETING,
    MONTH,
    ORG,
    PARTICIPANT,
    PER,
    PLANNED,
    SPEAKER,
    STATEMENT,
    TARGET,
    VISIT,
    VISITOR,
    YEAR,
    Article,
    Entity,
    Event,
    KnowledgeGraph,
    Participant,
    Position,
    PublicationDate,
    SourceSentence,
    TimeValue,
)
from graphkit.rdf import write_outputs
from graphkit.rdf.query import (
    QueryError,
    QueryResult,
    bind_parameters,
    format_result,
    list_saved_queries,
    load_saved_query,
    parameter_types,
    query_parameters,
    run_query,
)
from graphkit.rdf.store import GraphLoadError, default_backend, open_graph

SENTENCES = [
    "Putin trifft Kim in Pjöngjang.",
    "Kim und Putin trafen sich 2019 in Wladiwostok.",
    "Lawrow trifft Kim.",
    "Putin besucht Nordkorea.",
    "Die Nato wirft Nordkorea Waffenlieferungen vor.",
    "Kim sagt, man plane ein neues Treffen.",
    "Nato-Generalsekretär Jens Stoltenberg warnt.",
]
TEXT = " ".join(SENTENCES)


def _source(index: int, trigger: str, article: str = "a1") -> SourceSentence:
    start = TEXT.index(SENTENCES[index])
    sentence = SENTENCES[index]
    trigger_start = start + sentence.index(trigger)
    return SourceSentence(
        article, index, start, start + len(sentence), sentence,
        trigger_start, trigger_start + len(trigger),
    )


def _day(year: int, month: int, day: int) -> TimeValue:
    value = date(year, month, day)
    return TimeValue(value.isoformat(), DAY, value, value)


def query_kg() -> KnowledgeGraph:
    article = Article(
        "a1", "a1.txt", "Putin in Pjöngjang", TEXT,
        published=PublicationDate(date(2024, 6, 19), DATE_FROM_METADATA),
    )
    entities = [
        Entity("kim", "Kim Jong Un", PER, ["Kim", "Kim Jong-un"], "Q56226", "person", 4),
        Entity("lawrow", "Sergej Lawrow", PER, ["Lawrow"], None, "person", 1),
        Entity("nato", "Nato", ORG, ["NATO"], None, None, 1),
        Entity("nordkorea", "Nordkorea", LOC, [], "Q423", "country", 2),
        Entity("pjoengjang", "Pjöngjang", LOC, [], None, "city", 1),
        Entity("putin", "Wladimir Putin", PER, ["Putin"], "Q7747", "person", 3),
        Entity("stoltenberg", "Jens Stoltenberg", PER, [], None, "person", 1),
        Entity("wladiwostok", "Wladiwostok", LOC, [], None, "city", 1),
    ]
    both = [Participant("putin", PARTICIPANT), Participant("kim", PARTICIPANT)]
    events = [
        Event("m2024", MEETING, "Treffen 2024", both, "pjoengjang", _day(2024, 6, 19),
              sources=[_source(0, "trifft")]),
        Event("m2019", MEETING, "Treffen 2019", list(reversed(both)), "wladiwostok",
              TimeValue("2019", YEAR, date(2019, 1, 1), date(2019, 12, 31)),
              sources=[_source(1, "trafen")]),
        Event("m-lawrow", MEETING, "Treffen Lawrow",
              [Participant("lawrow", PARTICIPANT), Participant("kim", PARTICIPANT)],
              time=TimeValue("2024-06", MONTH, date(2024, 6, 1), date(2024, 6, 30)),
              sources=[_source(2, "trifft")]),
        Event("v2024", VISIT, "Besuch",
              [Participant("putin", VISITOR), Participant("kim", HOST)], "nordkorea",
              _day(2024, 6, 18), sources=[_source(3, "besucht")], ordinal=2),
        Event("acc", ACCUSATION, "Vorwurf",
              [Participant("nato", SPEAKER), Participant("nordkorea", TARGET)],
              sources=[_source(4, "wirft")]),
        Event("plan", STATEMENT, "Ankündigung", [Participant("kim", SPEAKER)],
              time=TimeValue("2024-06-20/2024-06-22", DAY, date(2024, 6, 20), date(2024, 6, 22),
                             True),
              status=PLANNED, sources=[_source(5, "sagt")]),
    ]
    positions = [Position("stoltenberg-nato", "Jens Stoltenberg: Generalsekretär, Nato",
                          "stoltenberg", "nato", "Generalsekretär",
                          [_source(6, "Nato-Generalsekretär")])]
    return KnowledgeGraph(articles=[article], entities=entities, events=events,
                          positions=positions)


BACKENDS = ["oxigraph", "memory"]
EXAMPLE_PARAMS = {
    "meetings": {"a": "Wladimir Putin", "b": "Kim Jong Un"},
    "timeline": {"actor": "Kim Jong Un"},
    "events_between": {"from": "2024-06-01", "to": "2024-06-30"},
}


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write_outputs(query_kg(), tmp_path_factory.mktemp("graph"))


@pytest.fixture(scope="module", params=BACKENDS)
def graph(request: pytest.FixtureRequest, files: dict[str, Path]) -> Graph:
    return open_graph(files["ttl"], backend=request.param)


def _column(result: QueryResult, name: str) -> list[str | None]:
    index = result.columns.index(name)
    return [row[index] for row in result.rows]


def test_query_saved_queries_are_listed_with_descriptions() -> None:
    saved = list_saved_queries()
    expected = {"meetings", "timeline", "events_between", "cooccurrence", "events", "entities",
                "posts"}
    assert expected <= set(saved)
    assert all(description for description in saved.values())
    assert query_parameters(load_saved_query("meetings")).keys() == {"a", "b"}


@pytest.mark.parametrize("name", sorted(list_saved_queries()))
def test_query_saved_query_parses(name: str) -> None:
    prepareQuery(load_saved_query(name))


def test_query_unknown_saved_query_lists_the_available_ones() -> None:
    with pytest.raises(QueryError, match="available: .*meetings"):
        load_saved_query("meeting")


def test_query_meetings_between_two_actors(graph: Graph) -> None:
    result = run_query(graph, load_saved_query("meetings"), {"a": "putin", "b": "KIM JONG UN"})
    assert _column(result, "label") == ["Treffen 2019", "Treffen 2024"]
    assert _column(result, "place") == ["Wladiwostok", "Pjöngjang"]
    assert _column(result, "date") == ["2019", "2024-06-19"]
    assert _column(result, "sentence") == [SENTENCES[1], SENTENCES[0]]
    assert _column(result, "support") == ["1", "1"]
    assert _column(result, "article") == ["a1", "a1"]
    swapped = run_query(graph, load_saved_query("meetings"), {"a": "Kim", "b": "Putin"})
    assert _column(swapped, "label") == _column(result, "label")
    assert run_query(graph, load_saved_query("meetings"), {"a": "Putin", "b": "Lawrow"}).rows == []


def test_query_timeline_orders_one_actors_events(graph: Graph) -> None:
    result = run_query(graph, load_saved_query("timeline"), {"actor": "kim jong-un"})
    assert _column(result, "label") == [
        "Treffen 2019", "Treffen Lawrow", "Besuch", "Treffen 2024", "Ankündigung"
    ]
    roles = ["participant", "participant", "host", "participant", "speaker"]
    assert _column(result, "role") == roles
    assert _column(result, "status")[-1] == "planned"
    # any case and stray spaces: the value is bound as the entity's name key
    spaced = run_query(graph, load_saved_query("timeline"), {"actor": "  KIM   Jong-un "})
    assert spaced.rows == result.rows


def test_query_events_between_overlaps_months_years_and_ranges(graph: Graph) -> None:
    query = load_saved_query("events_between")
    june_19 = run_query(graph, query, {"from": "2024-06-19", "to": "2024-06-19"})
    assert _column(june_19, "label") == ["Treffen Lawrow", "Treffen 2024"]
    late_june = run_query(graph, query, {"from": "2024-06-21", "to": "2024-07-31"})
    assert _column(late_june, "label") == ["Treffen Lawrow", "Ankündigung"]
    whole_2019 = run_query(graph, query, {"from": "2019", "to": "2019"})
    assert _column(whole_2019, "label") == ["Treffen 2019"]
    assert run_query(graph, query, {"from": "2020-01-01", "to": "2023-12-31"}).rows == []


def test_query_cooccurrence_counts_shared_events(graph: Graph) -> None:
    result = run_query(graph, load_saved_query("cooccurrence"))
    assert result.columns == ["a", "b", "events"]
    assert result.rows[0] == ["Kim Jong Un", "Wladimir Putin", "3"]
    assert ["Kim Jong Un", "Sergej Lawrow", "1"] in result.rows
    assert ["Nato", "Nordkorea", "1"] in result.rows
    assert len(result.rows) == 3


def test_query_events_and_entities(graph: Graph) -> None:
    events = run_query(graph, load_saved_query("events"))
    assert _column(events, "label")[0] == "Treffen 2019"
    assert _column(events, "label")[-1] == "Vorwurf"  # undated last
    assert _column(events, "ordinal")[_column(events, "label").index("Besuch")] == "2"
    entities = run_query(graph, load_saved_query("entities"))
    assert entities.rows[0][:3] == [
        "https://graphkit.example.org/id/entity/kim", "Kim Jong Un", "PER"
    ]
    assert _column(entities, "events")[0] == "5"


def test_query_posts_lists_who_holds_which_post(graph: Graph) -> None:
    result = run_query(graph, load_saved_query("posts"))
    assert result.columns == ["person", "post", "organisation", "articles"]
    assert result.rows == [["Jens Stoltenberg", "Generalsekretär", "Nato", "1"]]


def test_query_stores_give_the_same_answers(files: dict[str, Path]) -> None:
    graphs = {backend: open_graph(files["ttl"], backend=backend) for backend in BACKENDS}
    for name in list_saved_queries():
        results = [
            run_query(g, load_saved_query(name), EXAMPLE_PARAMS.get(name)) for g in graphs.values()
        ]
        assert results[0] == results[1], name
        assert results[0].rows, name


@pytest.mark.parametrize("key", ["ttl", "trig", "jsonld"])
def test_query_every_output_file_can_be_queried(files: dict[str, Path], key: str) -> None:
    result = run_query(files[key], load_saved_query("cooccurrence"))
    assert result.rows[0] == ["Kim Jong Un", "Wladimir Putin", "3"]


@pytest.mark.parametrize(
    "hostile",
    [
        'Putin" ) } } SELECT * WHERE { ?s ?p ?o } #',
        '") } ?event ?p ?o . {',
        "Putin\\",
        "Putin' } UNION { ?event ?x ?y }",
        'Putin"""',
        "}\n}\n#",
    ],
)
def test_query_parameter_values_cannot_change_the_query(graph: Graph, hostile: str) -> None:
    result = run_query(graph, load_saved_query("meetings"), {"a": hostile, "b": "Kim"})
    assert result.rows == []


def test_query_parameter_value_is_matched_literally(graph: Graph) -> None:
    query = 'SELECT ?v WHERE { BIND (STR(?x) AS ?v) }'
    value = 'a "quoted" {braced} \\ back\nslash'
    assert run_query(graph, query, {"x": value}).rows == [[value]]


def test_query_parameters_are_checked() -> None:
    query = load_saved_query("meetings")
    with pytest.raises(QueryError, match="missing parameter.*b"):
        run_query(Graph(), query, {"a": "Putin"})
    with pytest.raises(QueryError, match="no variable \\?zz"):
        run_query(Graph(), query, {"a": "x", "b": "y", "zz": "z"})
    with pytest.raises(QueryError, match="bad parameter name"):
        bind_parameters("SELECT * WHERE { ?s ?p ?o }", {"s }": "x"})


def test_query_values_block_opens_the_where_clause() -> None:
    query = "PREFIX ex: <http://ex/{x}> CONSTRUCT { ?s ex:where ?o } WHERE { ?s ?p ?o . # {\n}"
    bound = bind_parameters(query, {"o": "v"})
    assert bound.endswith('WHERE { VALUES (?o) { ("v") }  ?s ?p ?o . # {\n}')


@pytest.mark.parametrize("backend", BACKENDS)
def test_query_malformed_sparql_gives_the_parser_message(
    files: dict[str, Path], backend: str
) -> None:
    graph = open_graph(files["ttl"], backend=backend)
    with pytest.raises(QueryError) as error:
        run_query(graph, "SELECT ?x WHERE { ?x ?y }")
    message = str(error.value)
    assert "\n" not in message
    assert message.startswith("SPARQL error: ")
    assert len(message) > len("SPARQL error: ") + 5


def test_query_ask_and_construct(graph: Graph) -> None:
    ask = run_query(graph, "ASK { ?e a <http://semanticweb.cs.vu.nl/2009/11/sem/Event> }")
    assert ask.boolean is True and ask.rows == [["true"]]
    construct = run_query(
        graph,
        "CONSTRUCT { ?e <http://example.org/label> ?l } WHERE { "
        "?e a <http://semanticweb.cs.vu.nl/2009/11/sem/Event> ; "
        "<http://www.w3.org/2000/01/rdf-schema#label> ?l }",
    )
    assert construct.columns == ["subject", "predicate", "object"]
    assert len(construct.rows) == 6
    assert construct.rows == sorted(construct.rows)


def test_query_format_result() -> None:
    result = QueryResult(columns=["a", "b"], rows=[["x, y", None], ['"q"', "ü" * 100]])
    table = format_result(result, "table", max_width=10)
    assert table.splitlines()[0].split() == ["a", "b"]
    assert "ü" * 9 + "…" in table
    assert table.rstrip().endswith("(2 rows)")
    rows = list(csv.reader(io.StringIO(format_result(result, "csv"))))
    assert rows == [["a", "b"], ["x, y", ""], ['"q"', "ü" * 100]]
    document = json.loads(format_result(result, "json"))
    assert document["rows"] == [{"a": "x, y", "b": None}, {"a": '"q"', "b": "ü" * 100}]
    assert json.loads(format_result(QueryResult(["result"], [["true"]], True), "json"))["boolean"]
    with pytest.raises(QueryError, match="unknown format"):
        format_result(result, "xml")


def test_store_errors_and_default(tmp_path: Path) -> None:
    assert default_backend() == "oxigraph"
    with pytest.raises(GraphLoadError, match="no such file"):
        open_graph(tmp_path / "missing.ttl")
    (tmp_path / "graph.xyz").write_text("")
    with pytest.raises(GraphLoadError, match="unknown suffix"):
        open_graph(tmp_path / "graph.xyz")
    (tmp_path / "bad.ttl").write_text("<a> <b> .")
    with pytest.raises(GraphLoadError, match="cannot parse bad.ttl"):
        open_graph(tmp_path / "bad.ttl")


def test_query_json_keeps_numbers_and_booleans(files: dict[str, Path]) -> None:
    result = run_query(files["ttl"], load_saved_query("events"))
    rows = json.loads(format_result(result, "json"))["rows"]
    supports = [row["support"] for row in rows]
    assert supports and all(isinstance(s, int) and not isinstance(s, bool) for s in supports)
    assert {row["label"]: row["ordinal"] for row in rows}["Besuch"] == 2
    assert all(isinstance(row["label"], str) for row in rows)
    ask = run_query(files["ttl"], "ASK { ?s ?p ?o }")
    assert json.loads(format_result(ask, "json"))["boolean"] is True


def test_query_turtle_for_construct_only(files: dict[str, Path]) -> None:
    construct = run_query(
        files["ttl"],
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
        "PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/> "
        "CONSTRUCT { ?e rdfs:label ?l } WHERE { ?e a sem:Event ; rdfs:label ?l }")
    text = format_result(construct, "turtle")
    parsed = Graph().parse(data=text, format="turtle")
    assert len(parsed) == 6 and "@prefix rdfs:" in text
    select = run_query(files["ttl"], "SELECT ?s WHERE { ?s ?p ?o } LIMIT 1")
    with pytest.raises(QueryError, match="CONSTRUCT or DESCRIBE"):
        format_result(select, "turtle")


def test_query_table_keeps_long_iris_unless_max_width() -> None:
    iri = "https://graphkit.example.org/id/event/" + "x" * 80
    result = QueryResult(columns=["event"], rows=[[iri]])
    assert iri in format_result(result, "table")
    assert iri not in format_result(result, "table", max_width=30)


@pytest.mark.parametrize("value", ["June", "2024-13-01", "2024-02-30", "24-06-01", ""])
def test_query_date_parameters_are_checked(files: dict[str, Path], value: str) -> None:
    query = load_saved_query("events_between")
    with pytest.raises(QueryError, match=f"parameter 'from' must be a date .*not '{value}'"):
        run_query(files["ttl"], query, {"from": value, "to": "2024"})


def test_query_date_parameters_accept_day_month_and_year(files: dict[str, Path]) -> None:
    query = load_saved_query("events_between")
    for value in ("2024-06-01", "2024-06", "2024"):
        assert run_query(files["ttl"], query, {"from": value, "to": "2024-12-31"}).rows
    assert parameter_types(query) == {"from": "date", "to": "date"}
    assert query_parameters(query)["from"].startswith("first day")


def test_cli_query_messages_keep_their_quotes(files: dict[str, Path]) -> None:
    from click.testing import CliRunner

    from graphkit.cli import main

    runner = CliRunner()
    graph = str(files["ttl"])
    result = runner.invoke(main, ["query", graph, "--saved", "events_between",
                                  "--param", "from=June", "--param", "to=2024"])
    assert result.exit_code == 1
    assert "parameter 'from' must be a date (YYYY-MM-DD, YYYY-MM or YYYY), not 'June'" \
        in result.output
    result = runner.invoke(main, ["query", graph, "--saved", "nope"])
    assert "no saved query 'nope'" in result.output
    result = runner.invoke(main, ["query", graph, "SELECT ?e WHERE { ?e a ?t }",
                                  "--max-width", "12"])
    assert result.exit_code == 0 and "https://gra…" in result.output
    result = runner.invoke(main, ["query", graph, "SELECT ?e WHERE { ?e a ?t }"])
    assert "https://graphkit.example.org/id/event/m2019" in result.output
    result = runner.invoke(main, ["query", graph, "--format", "turtle",
                                  "DESCRIBE <https://graphkit.example.org/id/entity/putin>"])
    assert result.exit_code == 0, result.output
    assert len(Graph().parse(data=result.output, format="turtle")) > 0
