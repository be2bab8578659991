"""A store growing by one batch: add time for --new new articles into a store of --base
articles, and saved-query latency on the store (Oxigraph on disk, nothing parsed) against
the same queries on the exported graph.ttl (parsed per query, as `graphkit query FILE`).

The add runs in its own process: its stage timings, CPU and peak memory are its own.
Articles: the synthetic distinct articles of benchmarks/build.py.

Usage: python benchmarks/store.py [--base 10000] [--new 100] [--workers 0] [--base-workers N]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build import make_corpus  # noqa: E402

import graphkit  # noqa: E402
from graphkit.corpus import open_store  # noqa: E402
from graphkit.rdf.query import load_saved_query, query_parameters, run_query  # noqa: E402
from graphkit.rdf.store import open_store_graph  # noqa: E402

# The add runs in a fresh process, so its peak memory is the add's own, not the base build's.
ADD = """
import json, resource, sys, time
import graphkit
options = graphkit.RunOptions(workers=int(sys.argv[3]))
start = time.perf_counter()
change = graphkit.add([sys.argv[1]], sys.argv[2], options=options)
seconds = time.perf_counter() - start
own = resource.getrusage(resource.RUSAGE_SELF)
kids = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"seconds": seconds, "timings": options.timings,
                  "cpu_timings": options.cpu_timings, "added": len(change.added),
                  "articles": change.articles, "events": change.events,
                  "peak_mb": own.ru_maxrss / 1024, "worker_peak_mb": kids.ru_maxrss / 1024,
                  "cpu": own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime}))
"""

QUERIES = {"meetings": {"a": "Anna Berger", "b": "Jonas Berger"},
           "timeline": {"actor": "Anna Berger"}, "cooccurrence": {}}


def timed(function, *args, **kwargs):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = function(*args, **kwargs)
    return time.perf_counter() - start, result


def add_in_process(new: Path, store: Path, workers: int) -> dict:
    done = subprocess.run([sys.executable, "-c", ADD, str(new), str(store), str(workers)],
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=int, default=10000)
    parser.add_argument("--new", type=int, default=100)
    parser.add_argument("--workers", type=int, default=0)
    parser.add_argument("--base-workers", type=int, default=None,
                        help="Dask workers for building the base store (default: --workers)")
    args = parser.parse_args()
    sys.stdout.reconfigure(line_buffering=True)  # type: ignore[union-attr]  (a log shows progress)
    with tempfile.TemporaryDirectory() as tmp:
        base, new, store = Path(tmp) / "base", Path(tmp) / "new", Path(tmp) / "store"
        make_corpus(base, args.base)
        make_corpus(new, args.new, start=args.base)
        base_workers = args.workers if args.base_workers is None else args.base_workers
        options = graphkit.RunOptions(workers=base_workers)
        seconds, _ = timed(graphkit.add, [base], store, options=options)
        print(f"store of {args.base:,} articles built in {seconds:.1f} s")
        added = add_in_process(new, store, args.workers)
        stages = ", ".join(f"{k} {v:.1f} s (CPU {added['cpu_timings'].get(k, 0):.1f} s)"
                           for k, v in added["timings"].items())
        print(f"add {added['added']} new articles: {added['seconds']:.1f} s ({stages}); "
              f"CPU {added['cpu']:.1f} s; peak memory {added['peak_mb']:.0f} MB"
              f" (largest worker {added['worker_peak_mb']:.0f} MB); store now "
              f"{added['articles']:,} articles, {added['events']:,} events")
        seconds, _ = timed(graphkit.add, [new], store)
        print(f"add the same {args.new} again (nothing changes): {seconds:.2f} s")
        graphkit.export(store=str(store), out=str(Path(tmp) / "out"), render=False)
        ttl = Path(tmp) / "out" / "graph.ttl"
        print(f"graph.ttl: {ttl.stat().st_size / 1e6:.1f} MB")
        print(f"{'saved query':14} {'store s':>8} {'graph.ttl s':>11} {'rows':>6}")
        for name, params in QUERIES.items():
            text = load_saved_query(name)
            params = {k: v for k, v in params.items() if k in query_parameters(text)}
            on_store, result = timed(
                lambda t=text, p=params: run_query(open_store_graph(open_store(store)), t, p))
            on_file, _ = timed(run_query, ttl, text, params)
            print(f"{name:14} {on_store:8.3f} {on_file:11.3f} {len(result.rows):6}")


if __name__ == "__main__":
    main()
