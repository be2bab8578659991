"""The evaluation gate: event quality on the development set may not fall below its floors.

``benchmarks/floors.json`` pins event F1, argument F1, role, date and status accuracy on
``benchmarks/data/events_dev`` (and SmartData v3 test once it has a floor above zero). A
change that lowers one fails here unless it lowers the floor in the same commit; raise the
floors as the extractor improves (``python benchmarks/events_eval.py`` prints the numbers).
The SmartData check reads ../shared (or $GRAPHKIT_SHARED) and skips without it.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

import events_scoring as scoring  # noqa: E402

FLOORS = json.loads(scoring.FLOORS.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def dev_summary() -> dict:
    from graphkit.pipeline import extract_graph

    articles, ids = scoring.dev_articles()
    return scoring.score_dev(extract_graph(articles), ids).summary()


def test_dev_gold_is_consistent():
    articles, ids = scoring.dev_articles()
    texts = {ids[a.id]: a.text for a in articles}
    records = scoring.load_jsonl(scoring.DEV_DIR / "gold.jsonl")
    assert scoring.gold_problems(records, texts) == []
    assert len(articles) >= 40
    assert len({r["topic"] for r in scoring.load_jsonl(scoring.DEV_DIR / "articles.jsonl")}) >= 10


def test_dev_set_stays_above_its_floors(dev_summary):
    assert scoring.below_floors(dev_summary, FLOORS["dev"]) == []


def test_smartdata_stays_above_its_floors():
    floors = {k: v for k, v in FLOORS["smartdata"].items() if not k.startswith("_")}
    if not any(floors.values()):
        pytest.skip("no SmartData floor above zero yet")
    shared = Path(os.environ.get("GRAPHKIT_SHARED") or REPO.parent / "shared")
    path = shared / "data" / "smartdata" / "v3" / "test.json.gz"
    if not path.exists():
        pytest.skip(f"{path} not found")
    from graphkit.pipeline import extract_graph

    docs = scoring.read_smartdata(path)
    graph = extract_graph(scoring.smartdata_articles(docs))
    summary = scoring.score_smartdata(graph, docs).summary()
    assert scoring.below_floors(summary, floors) == []


def test_gold_scores_perfectly_against_itself():
    # Guards the scorer and the gold together: sentences are found, names match themselves.
    articles, ids = scoring.dev_articles()
    gold = scoring.load_gold()
    assert scoring.set_gold_spans(gold, {ids[a.id]: a.text for a in articles}) == []
    echo = [scoring.SystemEvent(
        g.article, g.type, g.spans, {r: [[v] for v in vs] for r, vs in g.roles.items()},
        [[p] for p in g.place], g.time.value if g.time else "", g.time.precision if g.time else "",
        g.time.on_or_before if g.time else "", g.status) for g in gold]
    summary = scoring.score(gold, echo).summary()
    assert scoring.headline(summary) == {
        "event_f1": 1.0, "argument_f1": 1.0, "role_accuracy": 1.0, "date_accuracy": 1.0,
        "status_accuracy": 1.0}
