"""Throughput and peak memory of ``graphkit build`` against the bare spaCy tokenizer.

Generates DISTINCT synthetic German articles from templates (different people, places,
event kinds, dates and filler per article; no text repeated) and, for each size, runs in a
fresh process each (so peak memory is its own):

- baseline: ``spacy.blank("de")`` tokenising the same texts;
- graphkit single-process: ``graphkit.build``;
- graphkit on Dask: ``graphkit.build`` with ``--workers`` local worker processes.

Articles/s per core divides by the cores used (1, or the number of workers). CPU ms/article
is user+sys time of the process and (Dask) its worker processes. Peak memory is the main
process's; with Dask the largest worker's peak is printed apart. With several sizes a last
block compares the largest with the smallest (CPU per article and peak memory ratios).

Usage: python benchmarks/build.py [--sizes 1000 10000] [--workers 2] [--no-render]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BASELINE = """
import json, resource, sys, time
from pathlib import Path
import spacy
files = sorted(Path(sys.argv[1]).glob("*.txt"))
start = time.perf_counter()
nlp = spacy.blank("de")
tokens = 0
for doc in nlp.pipe(f.read_text("utf-8") for f in files):
    tokens += len(doc)
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
own = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({"seconds": seconds, "peak_mb": peak, "tokens": tokens, "articles": len(files),
                  "cpu": own.ru_utime + own.ru_stime}))
"""

GRAPHKIT = """
import json, os, resource, sys, threading, time
import psutil
import graphkit

# Worker CPU two ways: RUSAGE_CHILDREN (complete, but only for children reaped when the
# cluster closes) and psutil samples of every descendant (a cross-check that the local
# cluster's worker processes are really counted; it misses a worker's last ~0.2 s).
seen, stop = {}, threading.Event()
def sample():
    me = psutil.Process()
    while not stop.is_set():
        for child in me.children(recursive=True):
            try:
                times = child.cpu_times()
                seen[child.pid] = times.user + times.system
            except psutil.Error:
                pass
        stop.wait(0.2)
sampler = threading.Thread(target=sample, daemon=True)
sampler.start()
options = graphkit.RunOptions(workers=int(sys.argv[4]))
start = time.perf_counter()
result = graphkit.build([sys.argv[1]], sys.argv[2], render=sys.argv[3] == "render",
                        options=options)
seconds = time.perf_counter() - start
stop.set()
sampler.join()
own = resource.getrusage(resource.RUSAGE_SELF)
kids = resource.getrusage(resource.RUSAGE_CHILDREN)
g = result.graph
print(json.dumps({"seconds": seconds, "peak_mb": own.ru_maxrss / 1024,
                  "worker_peak_mb": kids.ru_maxrss / 1024,
                  "cpu_self": own.ru_utime + own.ru_stime,
                  "cpu_children": kids.ru_utime + kids.ru_stime,
                  "cpu_children_sampled": sum(seen.values()), "child_processes": len(seen),
                  "articles": len(g.articles), "entities": len(g.entities),
                  "events": len(g.events), "timings": options.timings,
                  "cpu_timings": options.cpu_timings}))
"""

FIRST = ["Anna", "Jonas", "Miriam", "Karl", "Sofia", "Lukas", "Helga", "Tarek", "Ines",
         "Viktor", "Paula", "Emre", "Greta", "Milan", "Rosa", "Henrik", "Lea", "Omar"]
LAST = ["Berger", "Kowalski", "Lindqvist", "Okafor", "Marquardt", "Petrov", "Santos",
        "Yilmaz", "Hoffmann", "Novak", "Brandt", "Ferreira", "Keller", "Wagner", "Dumont"]
PLACES = ["Berlin", "Wien", "Prag", "Warschau", "Madrid", "Lissabon", "Oslo", "Kairo",
          "Nairobi", "Seoul", "Hanoi", "Lima", "Ottawa", "Dublin", "Athen", "Riga"]
ORGS = ["Vereinten Nationen", "Europäischen Union", "Weltbank", "NATO", "OSZE",
        "Afrikanischen Union"]
MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
          "September", "Oktober", "November", "Dezember"]
EVENTS = [
    "{a} und {b} trafen sich am {d} in {p} zu Gesprächen über die Lage in der Region.",
    "{a} besuchte am {d} {p} und wurde dort von {b} empfangen.",
    "Am {d} unterzeichneten {a} und {b} in {p} ein Abkommen über den Handel.",
    "{a} erklärte am {d} in {p}, man werde die Zusammenarbeit mit {b} ausbauen.",
    "{a} warf {b} am {d} vor, die Vereinbarungen von {p} gebrochen zu haben.",
]
FILLER = [
    "Beobachter der {o} sprachen von einem wichtigen Schritt.",
    "Vertreter der {o} hatten das Treffen seit Wochen vorbereitet.",
    "Die Opposition kritisierte das Vorgehen als übereilt.",
    "Bereits im Vorjahr hatte es ähnliche Gespräche gegeben.",
    "Ein Sprecher kündigte weitere Beratungen für die kommenden Monate an.",
]


def person(k: int) -> str:
    return f"{FIRST[k % len(FIRST)]} {LAST[(k // len(FIRST)) % len(LAST)]}"


def synthetic_article(i: int) -> str:
    """Article ``i``: its own people, place, dates and sentence mix (deterministic)."""
    day, month, year = 1 + i % 27, i // 27 % 12, 2000 + i // 324 % 25
    stamp = f"{day + 1:02d}.{month + 1:02d}.{year} {8 + i % 10:02d}:{i % 60:02d}"
    a, b = person(i), person(i * 7 + 3)
    place, org = PLACES[i % len(PLACES)], ORGS[i % len(ORGS)]
    when = f"{day}. {MONTHS[month]} {year}"
    lines = [f"Meldung {i}: {a} und {b} in {place}", stamp]
    for k in range(3 + i % 3):
        first, second = (a, b) if k % 2 == 0 else (b, a)
        lines.append(EVENTS[(i + k) % len(EVENTS)].format(a=first, b=second, d=when, p=place))
        lines.append(FILLER[(i + 2 * k) % len(FILLER)].format(o=org))
    return "\n".join(lines) + "\n"


def make_corpus(target: Path, count: int, start: int = 0) -> int:
    target.mkdir(parents=True, exist_ok=True)
    for i in range(start, start + count):
        (target / f"{i:06d}.txt").write_text(synthetic_article(i), "utf-8")
    return sum(f.stat().st_size for f in target.iterdir())


def run(script: str, *args: str) -> dict:
    done = subprocess.run([sys.executable, "-c", script, *args], capture_output=True,
                          text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def measure(n: int, workers: int, render: bool) -> dict[str, dict]:
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        size = make_corpus(corpus, n)
        base = run(BASELINE, str(corpus))
        mode = "render" if render else "plain"
        single = run(GRAPHKIT, str(corpus), str(Path(tmp) / "a"), mode, "0")
        dask = run(GRAPHKIT, str(corpus), str(Path(tmp) / "b"), mode, str(workers))
    for result in (single, dask):
        result["cpu"] = result["cpu_self"] + result["cpu_children"]
    print(f"\n{n:,} distinct articles, {size / 1e6:.1f} MB, {base['tokens']:,} tokens")
    print(f"{'run':30} {'seconds':>8} {'art/s':>7} {'art/s/core':>10} {'CPU ms/art':>10} "
          f"{'peak MB':>8} {'×tokenizer':>10}")
    print(f"{'spaCy blank(de) tokenizer':30} {base['seconds']:8.1f} "
          f"{n / base['seconds']:7.1f} {n / base['seconds']:10.1f} "
          f"{1000 * base['cpu'] / n:10.1f} {base['peak_mb']:8.0f} {1:10.1f}")
    for label, result, cores in (("graphkit, 1 process", single, 1),
                                 (f"graphkit, {workers} Dask workers", dask, workers)):
        rate = n / result["seconds"]
        print(f"{label:30} {result['seconds']:8.1f} {rate:7.1f} {rate / cores:10.1f} "
              f"{1000 * result['cpu'] / n:10.1f} {result['peak_mb']:8.0f} "
              f"{result['seconds'] / base['seconds']:10.1f}")
    print(f"  Dask: largest worker peak {dask['worker_peak_mb']:.0f} MB; CPU main "
          f"{dask['cpu_self']:.0f} s + workers {dask['cpu_children']:.0f} s (RUSAGE_CHILDREN; "
          f"psutil samples of {dask['child_processes']} child processes: "
          f"{dask['cpu_children_sampled']:.0f} s)")
    for label, result in (("1 process", single), ("Dask", dask)):
        stages = ", ".join(f"{k} {v:.1f} s (CPU {result['cpu_timings'].get(k, 0):.1f} s)"
                           for k, v in result["timings"].items())
        print(f"  stages ({label}; CPU of the main process): {stages}")
    print(f"  graph: {single['entities']} entities, {single['events']} events")
    return {"n": {"articles": n}, "tokenizer": base, "single": single, "dask": dask}


def compare(small: dict[str, dict], large: dict[str, dict]) -> None:
    """CPU per article and peak memory of the largest size against the smallest. The
    marginal CPU (difference over the extra articles) leaves out the fixed start-up cost
    (model loading, cluster start) that flatters the larger size's plain ratio."""
    n, m = small["n"]["articles"], large["n"]["articles"]
    print(f"\n{m:,} vs {n:,} articles ({m / n:.0f}× the articles):")
    for key, label in (("tokenizer", "tokenizer"), ("single", "1 process"),
                       ("dask", "Dask")):
        a, b = small[key], large[key]
        per_article = (b["cpu"] / m) / (a["cpu"] / n)
        print(f"  {label:10} CPU/article ×{per_article:.2f} "
              f"({1000 * a['cpu'] / n:.1f} → {1000 * b['cpu'] / m:.1f} ms), "
              f"peak memory ×{b['peak_mb'] / a['peak_mb']:.2f} "
              f"({a['peak_mb']:.0f} → {b['peak_mb']:.0f} MB); "
              f"marginal CPU of the extra {m - n:,} articles "
              f"{1000 * (b['cpu'] - a['cpu']) / (m - n):.1f} ms/article")
    worker = large["dask"]["worker_peak_mb"] / small["dask"]["worker_peak_mb"]
    print(f"  Dask worker peak memory ×{worker:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--no-render", action="store_true")
    args = parser.parse_args()
    sys.stdout.reconfigure(line_buffering=True)  # type: ignore[union-attr]  (a log shows progress)
    started = time.perf_counter()
    measured = [measure(n, args.workers, not args.no_render) for n in args.sizes]
    if len(measured) > 1:
        compare(measured[0], measured[-1])
    print(f"\ntotal {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
