"""`graphkit serve` over real HTTP (loopback only) and builds on a two-worker Dask cluster.

Articles: the bundled examples (examples/articles), self-written.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

import graphkit
from graphkit.corpus import add
from graphkit.distribute import RunOptions

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples" / "articles"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory):
    store = tmp_path_factory.mktemp("served") / "corpus"
    add([EXAMPLES / "01_singapur_gipfel.txt", EXAMPLES / "02_hanoi_abbruch.txt"], store)
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    process = subprocess.Popen([sys.executable, "-m", "graphkit.cli", "serve", "--store",
                                str(store), "--host", "127.0.0.1", "--port", str(port)],
                               env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                httpx.get(f"{base}/queries", timeout=1.0)
                break
            except httpx.TransportError:
                time.sleep(0.2)
        else:
            raise AssertionError("server did not start")
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_sparql_protocol_get_and_post(server: str):
    got = httpx.get(f"{server}/sparql", params={"query": COUNT})
    assert got.status_code == 200
    assert got.headers["content-type"].startswith("application/sparql-results+json")
    count = int(got.json()["results"]["bindings"][0]["n"]["value"])
    assert count > 100
    posted = httpx.post(f"{server}/sparql", content=COUNT.encode(),
                        headers={"Content-Type": "application/sparql-query",
                                 "Accept": "text/csv"})
    assert posted.status_code == 200 and posted.text.splitlines()[1] == str(count)
    bad = httpx.get(f"{server}/sparql", params={"query": "SELECT WHERE {"})
    assert bad.status_code == 400


def test_sparqlwrapper_reads_the_endpoint(server: str):
    from SPARQLWrapper import JSON, SPARQLWrapper

    client = SPARQLWrapper(f"{server}/sparql")
    client.setQuery("PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/> "
                    "SELECT ?e WHERE { ?e a sem:Event }")
    client.setReturnFormat(JSON)
    rows = client.queryAndConvert()["results"]["bindings"]
    assert rows and all(r["e"]["value"].startswith("https://") for r in rows)


def test_saved_query_by_name_with_parameters(server: str):
    listing = httpx.get(f"{server}/queries").json()
    assert "meetings" in listing and "a" in listing["meetings"]["parameters"]
    got = httpx.get(f"{server}/queries/meetings",
                    params={"a": "Donald Trump", "b": "Kim Jong Un"},
                    headers={"Accept": "text/csv"})
    assert got.status_code == 200 and len(got.text.strip().splitlines()) >= 2
    assert httpx.get(f"{server}/queries/meetings").status_code == 400   # parameters missing
    bad_date = httpx.get(f"{server}/queries/events_between", params={"from": "June", "to": "2024"})
    assert bad_date.status_code == 400 and "must be a date" in bad_date.text
    assert httpx.get(f"{server}/queries/no-such-query").status_code == 404


def test_updates_are_refused(server: str):
    update = "INSERT DATA { <urn:a> <urn:b> <urn:c> }"
    assert httpx.post(f"{server}/sparql", data={"update": update}).status_code == 403
    assert httpx.post(f"{server}/update", data={"update": update}).status_code == 403
    assert httpx.post(f"{server}/sparql", content=update.encode(),
                      headers={"Content-Type": "application/sparql-update"}).status_code == 403
    ask = httpx.get(f"{server}/sparql", params={"query": "ASK { <urn:a> ?p ?o }"})
    assert ask.json()["boolean"] is False


def test_explorer_page_beside_the_endpoint(server: str):
    page = httpx.get(f"{server}/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "<html" in page.text.lower()


@pytest.mark.slow
def test_two_dask_workers_build_the_same_bytes(tmp_path: Path):
    files = [EXAMPLES / "01_singapur_gipfel.txt", EXAMPLES / "02_hanoi_abbruch.txt",
             EXAMPLES / "06_scholz_xi_nachlese.txt"]
    # One article per task, so both workers get some.
    graphkit.build(files, tmp_path / "single", render=False,
                   options=RunOptions(batch_size=1))
    graphkit.build(files, tmp_path / "dask", render=False,
                   options=RunOptions(workers=2, batch_size=1))
    for name in ("graph.ttl", "graph.trig", "graph.jsonld"):
        assert (tmp_path / "single" / name).read_bytes() == (tmp_path / "dask" / name).read_bytes()


@pytest.mark.slow
def test_ingest_on_the_workers_builds_what_ingest_in_this_process_built(tmp_path: Path):
    # build: the workers read the files (scan, then read again to analyse); before, this
    # process read every article and sent the texts. Same articles, batches, bytes; the
    # input has a .jsonl, one file name twice and a batch across two files.
    import shutil

    from graphkit.ingest import read_articles
    from graphkit.pipeline import extract_graph, write_output_set

    for folder in ("d1", "d2"):
        (tmp_path / "in" / folder).mkdir(parents=True)
        shutil.copy(EXAMPLES / "01_singapur_gipfel.txt", tmp_path / "in" / folder)
    shutil.copy(EXAMPLES / "04_agenturmeldungen.jsonl", tmp_path / "in" / "d2")
    dates = {"04_agenturmeldungen-2": "2019-03-01"}
    graphkit.build([tmp_path / "in"], tmp_path / "new", render=False, dates=dates,
                   options=RunOptions(batch_size=3))
    articles, skipped = read_articles([tmp_path / "in"], graphkit.pipeline.parse_dates(dates))
    graph = extract_graph(articles, skipped=skipped, options=RunOptions(batch_size=3))
    write_output_set(graph, tmp_path / "old", render=False)
    assert len(graph.articles) == 4
    for name in ("graph.ttl", "graph.trig", "graph.jsonld"):
        assert (tmp_path / "new" / name).read_bytes() == (tmp_path / "old" / name).read_bytes()


@pytest.mark.slow
def test_an_existing_cluster_by_scheduler_address(tmp_path: Path):
    from distributed import LocalCluster

    files = [EXAMPLES / "01_singapur_gipfel.txt", EXAMPLES / "03_panmunjom.html"]
    graphkit.build(files, tmp_path / "single", render=False, options=RunOptions(batch_size=1))
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None, host="127.0.0.1") as cluster:
        change = add(files, tmp_path / "store",
                     options=RunOptions(scheduler=cluster.scheduler_address, batch_size=1))
    assert change.articles == 2
    from graphkit.corpus import export_store

    export_store(tmp_path / "store", tmp_path / "export", render=False)
    for name in ("graph.ttl", "graph.trig", "graph.jsonld"):
        assert (tmp_path / "single" / name).read_bytes() == \
            (tmp_path / "export" / name).read_bytes()
