"""Benchmark: graphkit's explorer page against stock pyvis on generated graphs.

For each size (nodes:edges) it generates a knowledge graph (30 % entities, 70 % events; each
event linked to a few Zipf-chosen entities, one of them a place when it is a LOC), then
prints side by side, for the explorer and for stock pyvis (default physics, nodes and
edges added with add_node/add_edge, ``cdn_resources="in_line"`` because the default "local"
loads vis-network from a CDN and shows nothing offline):

* build time (graph → HTML file), file size,
* time to interactive in headless Chromium with the network blocked: wall time from
  navigation until the first frame is drawn with final positions (explorer: positions are
  computed in Python; stock pyvis: until its physics stabilisation has finished),
* for the explorer, the time one selectEvent (highlight) and one setRange (filter) take.

Usage: python benchmarks/render.py [--sizes 1000:3000,10000:30000] [--stock-timeout 120]
       [--no-stock] [--keep DIR]
Needs Debian chromium and the playwright python package.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from graphkit.model import (  # noqa: E402
    DATE_FROM_METADATA,
    DAY,
    EVENT_TYPES,
    LOC,
    MONTH,
    ORG,
    PER,
    YEAR,
    Article,
    Entity,
    Event,
    KnowledgeGraph,
    Participant,
    PublicationDate,
    SourceSentence,
    TimeValue,
)
from graphkit.render import render_explorer  # noqa: E402

STOCK_HOOK = """<script>
window.__stock = {};
network.once("stabilizationIterationsDone", function () {
  requestAnimationFrame(function () { window.__stock.drawn = performance.now(); });
});
network.once("stabilized", function () { window.__stock.stabilized = performance.now(); });
</script>
</body>"""


def _time_value(rng: np.random.Generator) -> TimeValue:
    day = date(2000, 1, 1) + timedelta(days=int(rng.integers(0, 365 * 25)))
    kind = rng.random()
    if kind < 0.7:
        return TimeValue(day.isoformat(), DAY, day, day)
    if kind < 0.9:
        first = day.replace(day=1)
        last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        return TimeValue(first.strftime("%Y-%m"), MONTH, first, last)
    return TimeValue(str(day.year), YEAR, date(day.year, 1, 1), date(day.year, 12, 31))


def generate(n_nodes: int, n_edges: int, seed: int = 1) -> KnowledgeGraph:
    """A synthetic graph with about n_nodes nodes and n_edges event–entity links."""
    rng = np.random.default_rng(seed)
    n_entities = n_nodes * 3 // 10
    n_events = n_nodes - n_entities
    labels = rng.choice([PER, ORG, LOC], size=n_entities, p=[0.5, 0.2, 0.3])
    entities = [Entity(f"entity-{i}", f"Entity {i}", str(labels[i]), [f"E{i}"],
                       mention_count=int(rng.integers(1, 50))) for i in range(n_entities)]
    weights = 1.0 / np.arange(1, n_entities + 1) ** 0.9
    weights /= weights.sum()
    n_articles = max(3, n_events // 10)
    articles = [Article(f"art-{i}", f"art-{i}.txt", f"Article {i}", f"Article {i}\n\nText.",
                        published=PublicationDate(date(2024, 1, 1) + timedelta(days=i % 300),
                                                  DATE_FROM_METADATA))
                for i in range(n_articles)]
    per_event = n_edges / n_events
    events = []
    for i in range(n_events):
        k = min(n_entities, max(1, int(rng.poisson(per_event - 1)) + 1))
        chosen = rng.choice(n_entities, size=k, replace=False, p=weights)
        places = [c for c in chosen if labels[c] == LOC]
        place = f"entity-{places[0]}" if places else None
        actors = [Participant(f"entity-{c}", "participant") for c in chosen
                  if f"entity-{c}" != place]
        sources = []
        for j in range(int(rng.integers(1, 4))):
            text = f"Satz {j} über Ereignis {i}, das stattfand."
            sources.append(SourceSentence(f"art-{int(rng.integers(0, n_articles))}", j, 0,
                                          len(text), text, 5, 6))
        events.append(Event(f"event-{i}", EVENT_TYPES[i % len(EVENT_TYPES)], f"Ereignis {i}",
                            actors, place, _time_value(rng), sources=sources))
    return KnowledgeGraph(articles=articles, entities=entities, events=events)


def build_stock_pyvis(kg: KnowledgeGraph, path: Path) -> None:
    from pyvis.network import Network

    net = Network(cdn_resources="in_line")
    for entity in kg.entities:
        net.add_node(entity.id, label=entity.name, title=entity.name)
    for event in kg.events:
        net.add_node(event.id, label=event.label, title=event.label, shape="diamond")
    for event in kg.events:
        for p in event.participants:
            net.add_edge(event.id, p.entity_id, title=p.role)
        if event.place:
            net.add_edge(event.id, event.place, title="place")
    net.write_html(str(path), notebook=False)
    html = path.read_text(encoding="utf-8")
    path.write_text(html.replace("</body>", STOCK_HOOK, 1), encoding="utf-8")


def _open(browser, path: Path, ready_js: str, timeout_s: float):
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    context = browser.new_context(viewport={"width": 1400, "height": 900},
                                  bypass_csp=True)   # the page's CSP forbids Playwright's eval
    page = context.new_page()
    blocked: list[str] = []

    def block(route):
        if route.request.url.startswith(("file:", "data:")):
            route.continue_()
        else:
            blocked.append(route.request.url)
            route.abort()

    page.route("**/*", block)
    start = time.perf_counter()
    page.goto(path.as_uri(), wait_until="commit", timeout=timeout_s * 1000)
    try:
        page.wait_for_function(ready_js, timeout=timeout_s * 1000, polling=50)
        wall = time.perf_counter() - start
    except PlaywrightTimeout:
        wall = None                                 # reported as "more than the timeout"
    return context, page, wall, blocked


def measure_explorer(browser, kg: KnowledgeGraph, work: Path) -> dict:
    path = work / "explorer.html"
    start = time.perf_counter()
    render_explorer(kg, path)
    build = time.perf_counter() - start
    context, page, wall, blocked = _open(browser, path, "window.graphkitExplorer && "
                                         "window.graphkitExplorer.ready", 60)
    result = {"build_s": build, "size_mb": path.stat().st_size / 1e6, "ready_s": wall,
              "blocked": blocked}
    if wall is not None:
        ids = [e.id for e in kg.events[:: max(1, len(kg.events) // 5)]][:5]
        select = page.evaluate("""ids => ids.map(id => {
            const t = performance.now(); graphkitExplorer.selectEvent(id);
            return performance.now() - t; })""", ids)
        ranges = page.evaluate("""() => [[2005, 2010], [2020, 2024], [2000, 2024]].map(r => {
            const t = performance.now(); graphkitExplorer.setRange(r[0], r[1]);
            return performance.now() - t; })""")
        result["select_ms"] = statistics.median(select)
        result["range_ms"] = statistics.median(ranges)
    context.close()
    return result


def measure_stock(browser, kg: KnowledgeGraph, work: Path, timeout_s: float) -> dict:
    path = work / "stock.html"
    start = time.perf_counter()
    build_stock_pyvis(kg, path)
    build = time.perf_counter() - start
    context, page, wall, blocked = _open(browser, path, "window.__stock && "
                                         "window.__stock.drawn", timeout_s)
    context.close()
    return {"build_s": build, "size_mb": path.stat().st_size / 1e6, "ready_s": wall,
            "blocked": blocked, "timeout_s": timeout_s}


def _fmt(value, unit: str, timeout: float | None = None) -> str:
    if value is None:
        return f"> {timeout:.0f} s" if timeout else "n/a"
    return f"{value:.2f} {unit}" if unit == "s" else f"{value:.1f} {unit}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000:3000,10000:30000")
    parser.add_argument("--stock-timeout", type=float, default=120.0)
    parser.add_argument("--no-stock", action="store_true")
    parser.add_argument("--keep", type=Path, help="keep the generated pages in this folder")
    args = parser.parse_args(argv)
    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        parser.error("Debian chromium is needed (apt-get install chromium)")
    rows = []
    with sync_playwright() as p, tempfile.TemporaryDirectory() as tmp:
        browser = p.chromium.launch(executable_path=chromium, args=[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        for size in args.sizes.split(","):
            n_nodes, n_edges = (int(x) for x in size.split(":"))
            kg = generate(n_nodes, n_edges)
            links = sum(len(e.participants) + bool(e.place) for e in kg.events)
            work = args.keep / size.replace(":", "-") if args.keep else Path(tmp) / size
            work.mkdir(parents=True, exist_ok=True)
            label = f"{n_nodes} nodes / {links} edges"
            rows.append((label, "graphkit explorer", measure_explorer(browser, kg, work)))
            print(f"measured explorer for {label}", file=sys.stderr, flush=True)
            if not args.no_stock:
                rows.append((label, "stock pyvis", measure_stock(browser, kg, work,
                                                                 args.stock_timeout)))
                print(f"measured stock pyvis for {label}", file=sys.stderr, flush=True)
        browser.close()
    header = ("graph", "page", "build", "file", "interactive", "select", "range filter")
    table = [header]
    for label, variant, r in rows:
        table.append((label, variant, _fmt(r["build_s"], "s"), _fmt(r["size_mb"], "MB"),
                      _fmt(r["ready_s"], "s", r.get("timeout_s")),
                      _fmt(r.get("select_ms"), "ms"), _fmt(r.get("range_ms"), "ms")))
    widths = [max(len(row[i]) for row in table) for i in range(len(header))]
    for row in table:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
    outside = sorted({url for _, _, r in rows for url in r["blocked"]})
    if outside:
        print("blocked requests (network is off):", ", ".join(outside))
    return 0


if __name__ == "__main__":
    sys.exit(main())
