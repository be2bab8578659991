"""Acceptance on the seed articles (../shared/seeds), asked by SPARQL over graph.ttl."""

from __future__ import annotations

import pytest

from graphkit.rdf.query import run_query

PREFIXES = """
PREFIX gk: <https://graphkit.example.org/ontology#>
PREFIX gkt: <https://graphkit.example.org/ontology/event-type/>
PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX schema: <https://schema.org/>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX wd: <http://www.wikidata.org/entity/>
"""

EVENTS_WITH = PREFIXES + """
SELECT ?event ?begin ?end ?place (COUNT(DISTINCT ?mention) AS ?sources) WHERE {
  ?event sem:eventType ?type ; sem:hasActor ?x , ?y ; gk:hasSource ?mention .
  FILTER (STRENDS(STR(?type), CONCAT("/", ?typename)))
  ?mention nif:anchorOf ?sentence .
  ?x rdfs:label ?xname . ?y rdfs:label ?yname .
  OPTIONAL { ?event sem:hasBeginTimeStamp ?begin ; sem:hasEndTimeStamp ?end }
  OPTIONAL { ?event sem:hasPlace/rdfs:label ?place }
} GROUP BY ?event ?begin ?end ?place
"""


@pytest.fixture(scope="module")
def graph_ttl(seeds_build):
    return seeds_build.outputs["ttl"]


def events_of(graph_ttl, event_type: str, x: str, y: str) -> list[dict]:
    params = {"typename": event_type, "xname": x, "yname": y}
    result = run_query(graph_ttl, EVENTS_WITH, params)
    return [dict(zip(result.columns, row)) for row in result.rows]


def dated(rows: list[dict], begin: str, end: str) -> list[dict]:
    """Rows whose time lies within [begin, end] (ISO dates)."""
    return [r for r in rows if r["begin"] and begin <= r["begin"] and r["end"] <= end]


def test_seed_meeting_2019_in_wladiwostok(graph_ttl):
    rows = dated(events_of(graph_ttl, "Meeting", "Wladimir Putin", "Kim Jong Un"),
                 "2019-04-01", "2019-04-30")
    assert any(r["place"] == "Wladiwostok" and int(r["sources"]) >= 1 for r in rows), rows


def test_seed_meeting_september_2023(graph_ttl):
    rows = dated(events_of(graph_ttl, "Meeting", "Wladimir Putin", "Kim Jong Un"),
                 "2023-09-01", "2023-09-30")
    assert rows and all(int(r["sources"]) >= 1 for r in rows)


def test_seed_meeting_june_2024_in_pjoengjang(graph_ttl):
    rows = dated(events_of(graph_ttl, "Meeting", "Wladimir Putin", "Kim Jong Un"),
                 "2024-06-18", "2024-06-19")
    assert any(r["place"] == "Pjöngjang" for r in rows), rows
    assert max(int(r["sources"]) for r in rows) >= 2  # several articles report it


def test_seed_meeting_2000_with_kim_jong_il(graph_ttl):
    rows = dated(events_of(graph_ttl, "Meeting", "Wladimir Putin", "Kim Jong Il"),
                 "2000-01-01", "2000-12-31")
    assert rows, "no meeting of Putin with Kim Jong Il in 2000"


def test_seed_visit_to_vietnam_after_pjoengjang(graph_ttl):
    query = PREFIXES + """
    SELECT ?event ?begin ?end WHERE {
      ?event sem:eventType gkt:Visit ; sem:hasActor ?putin ; sem:hasPlace ?place ;
             sem:hasBeginTimeStamp ?begin ; sem:hasEndTimeStamp ?end ; gk:hasSource ?m .
      ?putin rdfs:label "Wladimir Putin" . ?place rdfs:label "Vietnam" .
    }"""
    rows = run_query(graph_ttl, query).rows
    assert any(begin == "2024-06-19" and end == "2024-06-20" for _, begin, end in rows), rows


def test_seed_kim_spellings_are_one_entity_linked_to_wikidata(graph_ttl):
    query = PREFIXES + """
    SELECT ?e WHERE { ?e owl:sameAs wd:Q56226 }"""
    assert len(run_query(graph_ttl, query).rows) == 1


def test_seed_publication_dates_stated_or_inferred(graph_ttl):
    query = PREFIXES + """
    SELECT ?id ?date ?how ?confidence ?evidence WHERE {
      ?a a schema:NewsArticle ; dcterms:identifier ?id ; schema:datePublished ?date ;
         gk:datePublishedHow ?how .
      OPTIONAL { ?a gk:datePublishedConfidence ?confidence ; gk:datePublishedEvidence ?evidence }
    } ORDER BY ?id"""
    rows = {row[0][:3]: row[1:] for row in run_query(graph_ttl, query).rows}
    assert rows["002"][0] == "2024-06-18" and rows["002"][1].endswith("dateline")
    # Two relative dates each align with the dated report 002: inferred, with evidence.
    for other in ("000", "004"):
        assert other in rows and rows[other][1].endswith("inferred"), rows
        assert rows[other][0] == "2024-06-18"
        assert float(rows[other][2]) > 0 and "agree" in rows[other][3]
    # One alignment and no clue in the text (001: "am frühen Mittwoch" only; 003: no
    # relative date that a dated report shares) is too little: the date stays unknown.
    assert "001" not in rows and "003" not in rows, rows


BOILERPLATE = ["Kommentarfunktion", "play_arrow", "showPaywall", "console", "Geschwindigkeit",
               "SMIRNOV", "Zemlianichenko", "Kostenlose Spiele", "Netiquette", "krone.at-Team"]


def test_seed_boilerplate_gives_no_entity_or_event(seeds_build):
    graph = seeds_build.graph
    names = " | ".join(n for e in graph.entities for n in [e.name, *e.aliases])
    sentences = " | ".join(s.text for e in graph.events for s in e.sources)
    for word in BOILERPLATE:
        assert word not in names and word not in sentences, word


def test_seed_graph_conforms_to_the_shapes(seeds_build):
    assert seeds_build.conforms is True, seeds_build.validation_report[:2000]
