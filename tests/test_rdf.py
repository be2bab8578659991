"""The RDF stage: KnowledgeGraph → Turtle / TriG / JSON-LD, read back, SHACL."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from rdflib import BNode, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SDO, SKOS, TIME, XSD

from graphkit.model import (
    AGENT,
    AGREEMENT,
    CANCELLED,
    DATE_FROM_DATELINE,
    DATE_INFERRED,
    DAY,
    DISMISSAL,
    ENTITY_LABELS,
    EVENT_TYPES,
    HAPPENED,
    HOST,
    LOC,
    MEETING,
    MONTH,
    ON_OR_BEFORE,
    ORG,
    PARTICIPANT,
    PER,
    PERSON,
    PLANNED,
    PRECISIONS,
    REPORTED,
    ROLES,
    SIGNATORY,
    SPEAKER,
    STATEMENT,
    VISIT,
    VISITOR,
    WEEK,
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
from graphkit.rdf import (
    MERGED_GRAPH,
    article_graph_iri,
    article_iri,
    entity_iri,
    event_iri,
    read_graph,
    serialize,
    to_dataset,
    to_graph,
    turtle,
    validate,
    write_outputs,
)
from graphkit.rdf.namespaces import (
    GK,
    GKR,
    GKS,
    GKT,
    NIF,
    SEM,
    W3C_ORG,
    bind_prefixes,
    position_iri,
)
from graphkit.rdf.write import (
    _actor_ids,
    article_graph_triples,
    dataset_triples,
    events_by_article,
    merged_triples,
    new_graph,
    positions_by_article,
)

TEXT_A = "Putin trifft Kim. Putin ist am Dienstag in Pjöngjang eingetroffen."
TEXT_B = 'Kim empfängt Putin. Am frühen Mittwoch landete Putin. "Zitat" {x}'


def _day(value: date) -> TimeValue:
    return TimeValue(value.isoformat(), DAY, value, value)


def sample_kg() -> KnowledgeGraph:
    """Two articles (one with an id that needs escaping), four entities, four events."""
    articles = [
        Article(
            id="a", path="in/a.txt", title="Putin trifft Kim", text=TEXT_A,
            url="https://example.org/a?x=1&y=2", source="dpa",
            published=PublicationDate(date(2024, 6, 18), DATE_FROM_DATELINE, "18.06.2024 10:25"),
        ),
        Article(
            id="b#2", path="in/b.jsonl", title="Kim empfängt Putin", text=TEXT_B,
            published=PublicationDate(date(2024, 6, 19), DATE_INFERRED, "a"),
        ),
    ]
    entities = [
        Entity("kim-jong-un", "Kim Jong Un", PER, ["Kim", "Kim Jong-un"], "Q56226", "person", 3),
        Entity("nordkorea", "Nordkorea", LOC, ["DVRK"], "Q423", "country", 1),
        Entity("pjoengjang", "Pjöngjang", LOC, ["Pyongyang"], None, "city", 1),
        Entity("wladimir-putin", "Wladimir Putin", PER, ["Putin"], "Q7747", "person", 4),
    ]
    meeting_a = SourceSentence("a", 0, 0, 17, "Putin trifft Kim.", 6, 12)
    meeting_b = SourceSentence("b#2", 0, 0, 19, "Kim empfängt Putin.", 4, 12)
    arrival_a = SourceSentence("a", 1, 18, 66, TEXT_A[18:66], 53, 65, "am Dienstag")
    arrival_b = SourceSentence("b#2", 1, 20, 53, TEXT_B[20:53], 39, 46, "Am frühen Mittwoch")
    events = [
        Event(
            "agreement-2024", AGREEMENT, "Abkommen", [Participant("nordkorea", SIGNATORY)],
            time=TimeValue("2024", YEAR, date(2024, 1, 1), date(2024, 12, 31)),
            status=PLANNED, sources=[meeting_b],
        ),
        Event(
            "meeting-2024-06", MEETING, "Treffen: Wladimir Putin, Kim Jong Un",
            [Participant("wladimir-putin", PARTICIPANT), Participant("kim-jong-un", PARTICIPANT)],
            place="pjoengjang",
            time=TimeValue("2024-06", MONTH, date(2024, 6, 1), date(2024, 6, 30)),
            sources=[meeting_a, meeting_b],
        ),
        Event(
            "statement-range", STATEMENT, "Äußerung", [Participant("kim-jong-un", SPEAKER)],
            time=TimeValue(
                "2024-06-18/2024-06-20", DAY, date(2024, 6, 18), date(2024, 6, 20), True
            ),
            status=REPORTED, sources=[meeting_b],
        ),
        Event(
            "visit-nordkorea", VISIT, "Besuch: Wladimir Putin in Nordkorea",
            [Participant("wladimir-putin", VISITOR), Participant("kim-jong-un", HOST)],
            place="nordkorea", time=_day(date(2024, 6, 18)), status=HAPPENED,
            sources=[arrival_a, arrival_b], ordinal=2,
            stated_times=[
                ("a", TimeValue("2024-06-18TEV", DAY, date(2024, 6, 18), date(2024, 6, 18))),
                ("b#2", TimeValue("2024-06-19TMO", DAY, date(2024, 6, 19), date(2024, 6, 19))),
            ],
        ),
    ]
    entities.append(Entity("rodong-sinmun", "Rodong Sinmun", ORG, [], None, "news", 1))
    entities.sort(key=lambda e: e.id)
    chief = SourceSentence("a", 1, 18, 66, TEXT_A[18:66], 18, 25)
    positions = [Position("kim-jong-un-1", "Kim Jong Un: Herausgeber, Rodong Sinmun",
                          "kim-jong-un", "rodong-sinmun", "Herausgeber", [chief])]
    return KnowledgeGraph(articles=articles, entities=entities, events=events,
                          positions=positions)


@pytest.fixture(scope="module")
def graph() -> Graph:
    return to_graph(sample_kg())


def test_rdf_positions_are_w3c_org_memberships_with_their_sources(graph: Graph) -> None:
    node = position_iri("kim-jong-un-1")
    assert (node, RDF.type, W3C_ORG.Membership) in graph
    assert graph.value(node, W3C_ORG.member) == entity_iri("kim-jong-un")
    assert graph.value(node, W3C_ORG.organization) == entity_iri("rodong-sinmun")
    post = graph.value(node, W3C_ORG.role)
    assert (post, RDF.type, W3C_ORG.Role) in graph
    assert str(graph.value(post, RDFS.label)) == "Herausgeber"
    source = graph.value(node, GK.hasSource)
    assert graph.value(source, GK.triggerText) == Literal("Putin i")
    assert graph.value(node, GK.supportCount) == Literal(1)


def test_rdf_event_types_and_actors(graph: Graph) -> None:
    visit = event_iri("visit-nordkorea")
    assert (visit, RDF.type, SEM.Event) in graph
    assert (visit, RDF.type, SDO.Event) in graph
    assert (visit, SEM.eventType, GKT.Visit) in graph
    assert set(graph.objects(visit, SEM.hasActor)) == {
        entity_iri("wladimir-putin"), entity_iri("kim-jong-un")
    }
    roles = {
        (graph.value(role, RDF.value), graph.value(role, SEM.roleType))
        for role in graph.objects(visit, GK.participant)
    }
    assert roles == {
        (entity_iri("wladimir-putin"), GKR.visitor),
        (entity_iri("kim-jong-un"), GKR.host),
    }
    assert (visit, SEM.hasPlace, entity_iri("nordkorea")) in graph
    assert graph.value(visit, GK.ordinal) == Literal(2)
    assert graph.value(visit, GK.status) == GKS.happened
    assert graph.value(event_iri("agreement-2024"), GK.status) == GKS.planned


def test_rdf_time_literals_typed_by_precision(graph: Graph) -> None:
    day, month = event_iri("visit-nordkorea"), event_iri("meeting-2024-06")
    year, span = event_iri("agreement-2024"), event_iri("statement-range")
    assert graph.value(day, SEM.hasTimeStamp) == Literal("2024-06-18", datatype=XSD.date)
    assert graph.value(month, SEM.hasTimeStamp) == Literal("2024-06", datatype=XSD.gYearMonth)
    assert graph.value(year, SEM.hasTimeStamp) == Literal("2024", datatype=XSD.gYear)
    assert graph.value(month, SEM.hasBeginTimeStamp) == Literal("2024-06-01", datatype=XSD.date)
    assert graph.value(month, SEM.hasEndTimeStamp) == Literal("2024-06-30", datatype=XSD.date)
    assert graph.value(year, SEM.hasEndTimeStamp) == Literal("2024-12-31", datatype=XSD.date)
    assert graph.value(day, GK.timePrecision) == TIME.unitDay
    assert graph.value(month, GK.timePrecision) == TIME.unitMonth
    assert graph.value(year, GK.timePrecision) == TIME.unitYear
    assert graph.value(month, GK.timexValue) == Literal("2024-06")
    # an explicit range: begin and end, no single time stamp
    assert graph.value(span, SEM.hasTimeStamp) is None
    assert graph.value(span, SEM.hasBeginTimeStamp) == Literal("2024-06-18", datatype=XSD.date)
    assert graph.value(span, SEM.hasEndTimeStamp) == Literal("2024-06-20", datatype=XSD.date)
    assert graph.value(span, GK.isRange) == Literal(True)


def test_rdf_week_and_unresolved_times_have_no_time_stamp() -> None:
    kg = sample_kg()
    kg.events[0].time = TimeValue("2024-W24", WEEK, date(2024, 6, 10), date(2024, 6, 16))
    kg.events[1].time = TimeValue("XXXX-WXX-2", DAY)
    graph = to_graph(kg)
    week, unresolved = event_iri(kg.events[0].id), event_iri(kg.events[1].id)
    assert graph.value(week, SEM.hasTimeStamp) is None
    assert graph.value(week, GK.timePrecision) == TIME.unitWeek
    assert graph.value(week, SEM.hasBeginTimeStamp) == Literal("2024-06-10", datatype=XSD.date)
    assert graph.value(unresolved, SEM.hasBeginTimeStamp) is None
    assert graph.value(unresolved, GK.timexValue) == Literal("XXXX-WXX-2")


def test_rdf_stated_times_kept_apart_with_their_article(graph: Graph) -> None:
    statements = list(graph.objects(event_iri("visit-nordkorea"), GK.statedTime))
    said = {
        (graph.value(s, PROV.wasDerivedFrom), str(graph.value(s, GK.timexValue)))
        for s in statements
    }
    assert said == {(article_iri("a"), "2024-06-18TEV"), (article_iri("b#2"), "2024-06-19TMO")}


def test_rdf_publication_date_stated_or_inferred(graph: Graph) -> None:
    a, b = article_iri("a"), article_iri("b#2")
    assert graph.value(a, SDO.datePublished) == Literal("2024-06-18", datatype=XSD.date)
    assert graph.value(a, GK.datePublishedInferred) == Literal(False)
    assert graph.value(a, GK.datePublishedHow) == Literal("dateline")
    assert graph.value(b, GK.datePublishedInferred) == Literal(True)
    assert graph.value(b, GK.datePublishedHow) == Literal("inferred")
    assert graph.value(b, GK.datePublishedEvidence) == Literal("a")
    assert graph.value(a, SDO.inLanguage) == Literal("de")
    assert graph.value(a, SDO.headline) == Literal("Putin trifft Kim")
    assert str(b) == "https://graphkit.example.org/id/article/b%232"


def test_rdf_source_mentions_carry_offsets_and_article(graph: Graph) -> None:
    event = event_iri("visit-nordkorea")
    mentions = sorted(graph.objects(event, GK.hasSource))
    assert len(mentions) == 2
    first = mentions[0]
    assert graph.value(first, PROV.wasDerivedFrom) == article_iri("a")
    assert graph.value(first, NIF.beginIndex).toPython() == 18
    assert graph.value(first, NIF.endIndex).toPython() == 66
    assert str(graph.value(first, NIF.anchorOf)) == TEXT_A[18:66]
    assert str(graph.value(first, GK.triggerText)) == "eingetroffen"
    assert str(graph.value(first, GK.timeText)) == "am Dienstag"
    assert graph.value(event, GK.supportCount) == Literal(2)
    assert set(graph.objects(event, PROV.wasDerivedFrom)) == {article_iri("a"), article_iri("b#2")}


def test_rdf_entities_labels_aliases_wikidata(graph: Graph) -> None:
    putin = entity_iri("wladimir-putin")
    assert graph.value(putin, RDFS.label) == Literal("Wladimir Putin")
    assert set(graph.objects(putin, SKOS.altLabel)) == {Literal("Putin")}
    assert graph.value(putin, OWL.sameAs) == URIRef("http://www.wikidata.org/entity/Q7747")
    assert {SDO.Person, SEM.Actor, GK.Entity} <= set(graph.objects(putin, RDF.type))
    korea = entity_iri("nordkorea")
    assert {SDO.Country, SDO.Place, SEM.Place} <= set(graph.objects(korea, RDF.type))
    city = entity_iri("pjoengjang")
    assert SEM.Actor not in set(graph.objects(city, RDF.type))  # a place, never an actor
    assert graph.value(city, OWL.sameAs) is None


def test_rdf_build_activity_has_version_and_no_timestamp(graph: Graph) -> None:
    from graphkit import __version__

    activity = graph.value(event_iri("visit-nordkorea"), PROV.wasGeneratedBy)
    assert __version__ in str(activity)
    software = graph.value(activity, PROV.wasAssociatedWith)
    assert graph.value(software, SDO.softwareVersion) == Literal(__version__)
    assert not [o for o in graph.objects() if isinstance(o, Literal) and o.datatype == XSD.dateTime]


def test_rdf_unknown_event_type_is_an_error() -> None:
    kg = sample_kg()
    kg.events[0].type = "Picnic"
    with pytest.raises(ValueError, match="unknown event type 'Picnic'"):
        to_graph(kg)


def test_rdf_dataset_has_one_graph_per_article_plus_merged() -> None:
    dataset = to_dataset(sample_kg())
    names = {g.identifier for g in dataset.graphs() if len(g)}
    assert names == {article_graph_iri("a"), article_graph_iri("b#2"), MERGED_GRAPH}
    only_a = dataset.graph(article_graph_iri("a"))
    # article a supports the meeting and the visit, not the agreement or the statement
    events = set(only_a.subjects(RDF.type, SEM.Event))
    assert events == {event_iri("meeting-2024-06"), event_iri("visit-nordkorea")}
    mentions = only_a.objects(None, GK.hasSource)
    mention_articles = {only_a.value(m, PROV.wasDerivedFrom) for m in mentions}
    assert mention_articles == {article_iri("a")}
    assert len(list(only_a.objects(event_iri("visit-nordkorea"), GK.statedTime))) == 1
    assert isomorphic(dataset.graph(MERGED_GRAPH), to_graph(sample_kg()))


def test_rdf_write_outputs_files_parse_back(tmp_path: Path) -> None:
    written = write_outputs(sample_kg(), tmp_path)
    assert {k: p.name for k, p in written.items()} == {
        "ttl": "graph.ttl", "trig": "graph.trig", "jsonld": "graph.jsonld"
    }
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.jsonld", "graph.trig", "graph.ttl"]
    merged = to_graph(sample_kg())
    assert isomorphic(Graph().parse(written["ttl"], format="turtle"), merged)
    assert isomorphic(Graph().parse(written["jsonld"], format="json-ld"), merged)
    json.loads(written["jsonld"].read_text(encoding="utf-8"))
    dataset = Dataset()
    dataset.parse(written["trig"], format="trig")
    names = {str(g.identifier) for g in dataset.graphs() if len(g)}
    assert names == {str(article_graph_iri("a")), str(article_graph_iri("b#2")), str(MERGED_GRAPH)}


def test_rdf_output_is_byte_identical(tmp_path: Path) -> None:
    first = write_outputs(sample_kg(), tmp_path / "one")
    second = write_outputs(sample_kg(), tmp_path / "two")
    for key in first:
        assert first[key].read_bytes() == second[key].read_bytes(), key


def test_rdf_output_is_identical_across_hash_seeds(tmp_path: Path) -> None:
    here = write_outputs(sample_kg(), tmp_path / "here")
    script = (
        "import importlib.util, sys; from pathlib import Path; "
        f"spec = importlib.util.spec_from_file_location('fixture', {str(Path(__file__))!r}); "
        "module = importlib.util.module_from_spec(spec); spec.loader.exec_module(module); "
        "from graphkit.rdf import write_outputs; "
        "write_outputs(module.sample_kg(), Path(sys.argv[1]))"
    )
    for seed in ("1", "4242"):
        out = tmp_path / f"seed{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-c", script, str(out)], check=True, env=env)
        for key, path in here.items():
            assert (out / path.name).read_bytes() == path.read_bytes(), (seed, key)


ODD_TEXTS = [
    'Er sagte: "Wir kommen." Danach\\nnichts.',
    "Zeile eins\nZeile zwei mit \"\"\"drei\"\"\" Anführungszeichen",
    "Tab\tund Backslash \\ und ' Apostroph",
    "Endet mit Anführungszeichen \"",
    "Grüße aus Pjöngjang – ‚typografisch‘ … 😀",
]


def varied_kg(seed: int, n_articles: int = 12, n_entities: int = 10, n_events: int = 30):
    """A random but reproducible graph exercising every kind of record and odd strings."""
    rng = random.Random(seed)
    articles = []
    for i in range(n_articles):
        text = " ".join(rng.sample(ODD_TEXTS, 3))
        published = rng.choice([
            None,
            PublicationDate(date(2024, 6, 1) + timedelta(days=i), DATE_FROM_DATELINE, "1.6."),
            PublicationDate(date(2024, 6, 2), DATE_INFERRED, rng.choice(["", "a „b“"])),
        ])
        articles.append(Article(
            id=rng.choice([f"art{i}", f"art {i}#ü/x", f"{i:03d}_ab.c"]), path=f"in/{i}.txt",
            title=rng.choice(ODD_TEXTS), text=text,
            url=rng.choice([None, f"https://example.org/{i}?q=a&b=(c)"]),
            source=rng.choice([None, "dpa", "AFP"]), published=published,
        ))
    kinds = [None, "person", "country", "city", "agency", "news", "Volcano"]
    entities = [
        Entity(
            f"entity-{i}", rng.choice(ODD_TEXTS[:3]) + str(i), rng.choice(ENTITY_LABELS),
            rng.sample(["A", "B", "Ä", "b", "Z z"], rng.randint(0, 3)) * rng.randint(1, 2),
            rng.choice([None, f"Q{i + 1}"]), rng.choice(kinds), rng.randint(0, 5),
        )
        for i in range(n_entities)
    ]
    events = [_varied_event(rng, i, articles, entities) for i in range(n_events)]
    positions = [
        Position(f"position-{i}", rng.choice(ODD_TEXTS), rng.choice(entities).id,
                 rng.choice(entities).id, rng.choice(["Chef", "Vorsitzende", "a „b“ <c>"]),
                 _varied_event(rng, i, articles, entities).sources)
        for i in range(n_events // 5)
    ]
    return KnowledgeGraph(articles=articles, entities=entities, events=events,
                          positions=positions)


def _varied_time(rng: random.Random) -> TimeValue:
    begin = date(2024, 1, 1) + timedelta(days=rng.randrange(400))
    end = rng.choice([begin, begin + timedelta(days=rng.randrange(40)), None])
    return TimeValue(
        rng.choice([begin.isoformat(), "XXXX-WXX-2", "2024-W24", "198X"]),
        rng.choice(PRECISIONS), rng.choice([begin, None]), end, rng.random() < 0.2,
    )


def _varied_event(
    rng: random.Random, i: int, articles: list[Article], entities: list[Entity]
) -> Event:
    sources = []
    for _ in range(rng.randint(1, 4)):
        article = rng.choice(articles)
        start = rng.randrange(len(article.text) - 20)
        end = start + rng.randint(5, 20)
        sources.append(SourceSentence(
            article.id, rng.randrange(5), start, end, article.text[start:end],
            start + rng.randint(-1, 2), end - rng.randint(0, 2), rng.choice(["", "am Dienstag"]),
        ))
    return Event(
        f"event-{i}", rng.choice(EVENT_TYPES), rng.choice(ODD_TEXTS),
        [Participant(rng.choice(entities).id, rng.choice(ROLES)) for _ in range(rng.randint(0, 3))],
        place=rng.choice([None, rng.choice(entities).id]),
        time=rng.choice([None, _varied_time(rng)]),
        status=rng.choice([HAPPENED, PLANNED, REPORTED]), sources=sources,
        ordinal=rng.choice([None, 1, 2]),
        stated_times=[(rng.choice(sources).article_id, _varied_time(rng))
                      for _ in range(rng.randint(0, 2))],
    )


@pytest.mark.parametrize("make_kg", [sample_kg, lambda: varied_kg(1), lambda: varied_kg(2, 40)])
def test_rdf_fast_engine_writes_the_rdflib_engines_bytes(make_kg) -> None:
    kg = make_kg()
    fast, slow = serialize.fast_payloads(kg), serialize.rdflib_payloads(kg)
    for key in ("ttl", "trig", "jsonld"):
        assert fast[key] == slow[key], key


def test_rdf_write_outputs_engines_write_the_same_files(tmp_path: Path) -> None:
    fast = write_outputs(varied_kg(3), tmp_path / "fast")
    slow = write_outputs(varied_kg(3), tmp_path / "rdflib", engine="rdflib")
    for key, path in fast.items():
        assert path.read_bytes() == slow[key].read_bytes(), key
    with pytest.raises(ValueError, match="unknown engine 'oxigraph'"):
        write_outputs(sample_kg(), tmp_path, engine="oxigraph")


def test_rdf_dataset_triples_are_the_per_record_triples() -> None:
    kg = varied_kg(4)
    triples = dataset_triples(kg)
    assert set(triples.merged) == set(merged_triples(kg))
    actors, events = _actor_ids(kg.events), events_by_article(kg)
    positions = positions_by_article(kg)
    for article in kg.articles:
        expected = set(article_graph_triples(kg, article, events[article.id], actors,
                                             positions[article.id]))
        assert set(triples.articles[article_graph_iri(article.id)]) == expected


def test_rdf_turtle_writer_matches_rdflib_on_other_rdf() -> None:
    """Terms graphkit does not write itself still come out as rdflib writes them."""
    ex, other = Namespace("http://example.org/"), Namespace("http://other.example/ns#")
    triples = [
        (ex.Thing, RDF.type, RDFS.Class),
        (ex["a.b"], ex.p, Literal("x", lang="de")),
        (ex["a.b"], ex.p, Literal("1.5", datatype=XSD.decimal)),
        (ex["a.b"], ex.p, Literal(2.5)),
        (ex["a.b"], ex.p, Literal("y", datatype=XSD.string)),
        (ex["a.b"], other.q, RDF.nil),
        (ex["c(d)"], ex.p, Literal("ends with a quote\"")),
        (ex["c(d)"], ex.p, Literal("x", datatype=ex.customType)),
        (ex["c(d)"], RDFS.label, Literal("multi\nline '''and''' \"\"\"")),
        (URIRef("urn:x:1"), ex.p, ex.Thing),
    ]
    def bound_graph() -> Graph:
        graph = new_graph()
        graph.bind("ex", ex)
        graph.bind("other", other)
        return graph

    graph = bound_graph()
    for triple in triples:
        graph.add(triple)
    expected = graph.serialize(format="turtle", encoding="utf-8")
    assert turtle.turtle_bytes(turtle.group_triples(triples), bound_graph()) == expected
    # Unbound namespaces get generated prefixes (ns1, ns2); rdflib numbers them in its
    # store's hash order, so there only the graph is comparable, and ours stays fixed.
    unbound = turtle.turtle_bytes(turtle.group_triples(triples), new_graph())
    assert isomorphic(Graph().parse(data=unbound, format="turtle"), graph)
    assert unbound.startswith(b"@prefix ns1: <http://example.org/> .\n")

    def bound_dataset() -> Dataset:
        dataset = bind_prefixes(Dataset())
        dataset.bind("ex", ex)
        dataset.bind("other", other)
        return dataset

    dataset = bound_dataset()
    for name, part in ((ex.g1, triples[:5]), (ex.g2, triples[3:])):
        dataset.graph(name).addN((*t, dataset.graph(name)) for t in part)
    graphs = {ex.g2: turtle.group_triples(triples[3:]), ex.g1: turtle.group_triples(triples[:5])}
    assert turtle.trig_bytes(graphs, bound_dataset()) == serialize.trig_bytes(dataset)


def test_rdf_turtle_writer_rejects_blank_nodes() -> None:
    with pytest.raises(ValueError, match="subject and predicate must be IRIs"):
        turtle.group_triples([(BNode(), RDF.type, RDFS.Class)])
    statements = turtle.group_triples([(RDFS.Class, RDF.type, BNode())])
    with pytest.raises(ValueError, match="only IRIs and literals"):
        turtle.turtle_bytes(statements, new_graph())


def test_rdf_jsonld_keeps_a_false_or_empty_value_next_to_another(tmp_path: Path) -> None:
    # rdflib's own JSON-LD serializer drops a falsy first value when a second one follows
    kg = sample_kg()
    kg.entities[0].aliases = ["", "Kim"]
    written = write_outputs(kg, tmp_path)
    back = Graph().parse(written["jsonld"], format="json-ld")
    assert isomorphic(back, to_graph(kg))


def test_rdf_outputs_parse_in_oxigraph(tmp_path: Path) -> None:
    pyoxigraph = pytest.importorskip("pyoxigraph")
    if not hasattr(pyoxigraph.RdfFormat, "JSON_LD"):
        pytest.skip("this pyoxigraph has no JSON-LD parser")
    kg = varied_kg(5)
    written = write_outputs(kg, tmp_path)

    def triples(key: str, fmt: object) -> set[tuple[str, str, str]]:
        quads = pyoxigraph.parse(path=str(written[key]), format=fmt)
        return {(str(q.subject), str(q.predicate), str(q.object)) for q in quads}

    turtle_triples = triples("ttl", pyoxigraph.RdfFormat.TURTLE)
    assert len(turtle_triples) == len(to_graph(kg))
    assert triples("jsonld", pyoxigraph.RdfFormat.JSON_LD) == turtle_triples
    quads = list(pyoxigraph.parse(path=str(written["trig"]), format=pyoxigraph.RdfFormat.TRIG))
    names = {q.graph_name.value for q in quads}
    assert names == {str(article_graph_iri(a.id)) for a in kg.articles} | {str(MERGED_GRAPH)}
    merged = {(str(q.subject), str(q.predicate), str(q.object))
              for q in quads if q.graph_name.value == str(MERGED_GRAPH)}
    assert merged == turtle_triples


@pytest.mark.parametrize("key", ["ttl", "trig", "jsonld"])
def test_rdf_read_graph_round_trip(tmp_path: Path, key: str) -> None:
    kg = sample_kg()
    back = read_graph(write_outputs(kg, tmp_path)[key])
    assert back.articles == sorted(kg.articles, key=lambda a: a.id)
    assert back.entities == sorted(kg.entities, key=lambda e: e.id)
    assert back.events == sorted(kg.events, key=lambda e: e.id)


def test_rdf_validate_accepts_a_good_graph(graph: Graph) -> None:
    conforms, report = validate(graph)
    assert conforms, report


def test_rdf_validate_rejects_event_without_source() -> None:
    kg = sample_kg()
    kg.events[1].sources.clear()
    conforms, report = validate(to_graph(kg))
    assert not conforms
    assert "source mention" in report


def test_rdf_validate_rejects_unknown_actor_and_bad_offsets() -> None:
    kg = sample_kg()
    kg.events[0].participants.append(Participant("nobody", HOST))
    source = kg.events[2].sources[0]
    kg.events[2].sources[0] = SourceSentence(source.article_id, 0, 10, 5, "x", 1, 2)
    conforms, report = validate(to_graph(kg))
    assert not conforms
    assert "entity:nobody" in report
    assert "LessThan" in report


def test_rdf_validate_rejects_entity_without_label_and_bad_time_literal() -> None:
    graph = to_graph(sample_kg())
    graph.remove((entity_iri("nordkorea"), RDFS.label, None))
    graph.set((event_iri("agreement-2024"), SEM.hasTimeStamp, Literal("2024")))
    conforms, report = validate(graph)
    assert not conforms
    assert "label" in report
    assert "hasTimeStamp" in report


def test_rdf_approximate_year_is_stamped_with_its_value_not_its_wider_bounds() -> None:
    from graphkit.rdf.write import time_triples

    node = URIRef("https://graphkit.example.org/id/event/x")
    approx = TimeValue("1999", YEAR, date(1998, 1, 1), date(2000, 12, 31))
    triples = {(p, o) for _, p, o in time_triples(node, approx)}
    assert (SEM.hasTimeStamp, Literal("1999", datatype=XSD.gYear)) in triples
    assert (SEM.hasBeginTimeStamp, Literal("1998-01-01", datatype=XSD.date)) in triples


@pytest.mark.parametrize("key", ["ttl", "trig", "jsonld"])
def test_rdf_publication_precision_and_confidence_round_trip(tmp_path: Path, key: str) -> None:
    from dataclasses import replace

    kg = sample_kg()
    month = PublicationDate(date(2024, 11, 1), "metadata", "published field", precision=MONTH)
    year = PublicationDate(date(2024, 1, 1), "option", "--date x", precision=YEAR)
    inferred = PublicationDate(date(2024, 6, 18), "inferred", "2 of 2 agree", confidence=0.75)
    kg.articles = [replace(a, published=p)
                   for a, p in zip(kg.articles, [month, year, inferred] * len(kg.articles))]
    back = read_graph(write_outputs(kg, tmp_path)[key])
    assert back.articles == sorted(kg.articles, key=lambda a: a.id)
    graph = to_graph(kg)
    stamps = {str(o.datatype) for o in graph.objects(None, SDO.datePublished)}
    assert str(XSD.gYearMonth) in stamps
    conforms, report = validate(graph)
    assert conforms, report


def test_rdf_on_or_before_time_new_type_and_cancelled_status_round_trip(tmp_path: Path) -> None:
    kg = sample_kg()
    bound = TimeValue("2024-06-18", DAY, None, date(2024, 6, 18), mod=ON_OR_BEFORE)
    kg.events.append(Event(
        "dismissal-undated", DISMISSAL, "Entlassung: Kim Jong Un",
        [Participant("kim-jong-un", PERSON), Participant("wladimir-putin", AGENT)],
        time=bound, status=CANCELLED, sources=[kg.events[1].sources[0]],
    ))
    graph = to_graph(kg)
    node = next(graph.subjects(DCTERMS.identifier, Literal("dismissal-undated")))
    assert graph.value(node, SEM.hasLatestEndTimeStamp) == Literal("2024-06-18",
                                                                  datatype=XSD.date)
    assert graph.value(node, SEM.hasEndTimeStamp) is None
    conforms, report = validate(graph)
    assert conforms, report
    back = read_graph(write_outputs(kg, tmp_path)["ttl"])
    event = next(e for e in back.events if e.id == "dismissal-undated")
    assert event.time == bound and event.time.on_or_before and event.status == CANCELLED
