"""A store growing by one batch: add time for --new new articles into a store of --base
articles, and saved-query latency on the store (Oxigraph on disk, nothing parsed) against
the same queries on the exported graph.ttl (parsed per query, as `graphkit query FILE`).

The add runs in its own process: its stage timings, CPU and peak memory are its own.
Articles: the synthetic distinct articles of benchmarks/build.py.

With ``--baseline-code DIR`` (a checkout of an earlier graphkit, e.g. a ``git worktree``),
the same add also runs with that code on a copy of the same store, printed side by side.

Usage: python benchmarks/store.py [--base 10000] [--new 100] [--workers 0] [--base-workers N]
                                  [--baseline-code DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
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
code_file = graphkit.__file__
seconds = time.perf_counter() - start
own = resource.getrusage(resource.RUSAGE_SELF)
kids = resource.getrusage(resource.RUSAGE_CHILDREN)
# ru_maxrss carries over the parent's peak through fork and exec (and the parent holds the
# base store's build): the process's own high-water mark is VmHWM.
status = open("/proc/self/status").read().split("VmHWM:")
peak_mb = int(status[1].split()[0]) / 1024 if len(status) > 1 else own.ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "timings": options.timings,
                  "cpu_timings": options.cpu_timings, "added": len(change.added),
                  "articles": change.articles, "events": change.events,
                  "peak_mb": peak_mb, "worker_peak_mb": kids.ru_maxrss / 1024,
                  "cpu": own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime,
                  "code_file": code_file}))
"""

QUERIES = {"meetings": {"a": "Emre Hoffmann", "b": "Ines Berger"},
           "timeline": {"actor": "Anna Berger"}, "cooccurrence": {}}


def timed(function, *args, **kwargs):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = function(*args, **kwargs)
    return time.perf_counter() - start, result


def add_in_process(new: Path, store: Path, workers: int, code: Path | None = None) -> dict:
    """One add in a fresh process; ``code``: a graphkit checkout to run instead of this one."""
    # "python -c" puts its working folder first on sys.path: run it in the checkout meant
    code = Path(code or REPO).resolve()
    env = {**os.environ, "PYTHONPATH": str(code)}
    done = subprocess.run([sys.executable, "-c", ADD, str(new), str(store), str(workers)],
                          capture_output=True, text=True, check=True, env=env, cwd=code)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["code"] = result.pop("code_file")
    return result


def describe_add(added: dict) -> str:
    stages = ", ".join(f"{k} {v:.1f} s (CPU {added['cpu_timings'].get(k, 0):.1f} s)"
                       for k, v in added["timings"].items())
    return (f"{added['seconds']:.1f} s ({stages}); CPU {added['cpu']:.1f} s; peak memory "
            f"{added['peak_mb']:.0f} MB (largest worker {added['worker_peak_mb']:.0f} MB); "
            f"store now {added['articles']:,} articles, {added['events']:,} events")


def compare_adds(new: dict, old: dict) -> None:
    print(f"{'add':10} {'this':>9} {'baseline':>9} {'ratio':>6}")
    rows = [("wall s", new["seconds"], old["seconds"]), ("CPU s", new["cpu"], old["cpu"])]
    rows += [(f"{stage} s", new["timings"].get(stage, 0.0), old["timings"].get(stage, 0.0))
             for stage in old["timings"]]
    rows.append(("peak MB", new["peak_mb"], old["peak_mb"]))
    for name, this, baseline in rows:
        ratio = f"{this / baseline:6.2f}" if baseline else "     -"
        print(f"{name:10} {this:9.1f} {baseline:9.1f} {ratio}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=int, default=10000)
    parser.add_argument("--new", type=int, default=100)
    parser.add_argument("--workers", type=int, default=0)
    parser.add_argument("--base-workers", type=int, default=None,
                        help="Dask workers for building the base store (default: --workers)")
    parser.add_argument("--baseline-code", type=Path, default=None,
                        help="an earlier graphkit checkout: its add runs on a copy of the store")
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
        baseline = None
        if args.baseline_code:
            copy = Path(tmp) / "baseline-store"
            shutil.copytree(store, copy)
            baseline = add_in_process(new, copy, args.workers, args.baseline_code)
            print(f"baseline ({baseline['code']}) add {baseline['added']} new articles: "
                  + describe_add(baseline))
            shutil.rmtree(copy)
        added = add_in_process(new, store, args.workers)
        print(f"add {added['added']} new articles ({added['code']}): " + describe_add(added))
        if baseline:
            compare_adds(added, baseline)
        seconds, _ = timed(graphkit.add, [new], store)
        print(f"add the same {args.new} again (nothing changes): {seconds:.2f} s")
        gone = sorted(a.id for a in open_store(store).articles)[0]
        seconds, _ = timed(graphkit.remove, gone, store)
        print(f"remove one article: {seconds:.1f} s")
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
