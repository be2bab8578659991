"""Throughput and peak memory of ``graphkit build`` against the bare spaCy tokenizer.

Generates DISTINCT synthetic German articles from templates (different people, places,
event kinds, dates and filler per article; no text repeated) and, for each size, runs in a
fresh process each (so peak memory is its own):

- baseline: ``spacy.blank("de")`` tokenising the same texts;
- graphkit single-process: ``graphkit.build``;
- graphkit on Dask: ``graphkit.build`` with ``--workers`` local worker processes.

Articles/s per core divides by the cores used (1, or the number of workers). Peak memory is
the main process's; with Dask the largest worker's peak is printed apart.

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
print(json.dumps({"seconds": seconds, "peak_mb": peak, "tokens": tokens, "articles": len(files)}))
"""

GRAPHKIT = """
import json, resource, sys, time
import graphkit
options = graphkit.RunOptions(workers=int(sys.argv[4]))
start = time.perf_counter()
result = graphkit.build([sys.argv[1]], sys.argv[2], render=sys.argv[3] == "render",
                        options=options)
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
g = result.graph
print(json.dumps({"seconds": seconds, "peak_mb": peak, "worker_peak_mb": children,
                  "articles": len(g.articles), "entities": len(g.entities),
                  "events": len(g.events), "timings": options.timings}))
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


def measure(n: int, workers: int, render: bool) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        size = make_corpus(corpus, n)
        base = run(BASELINE, str(corpus))
        mode = "render" if render else "plain"
        single = run(GRAPHKIT, str(corpus), str(Path(tmp) / "a"), mode, "0")
        dask = run(GRAPHKIT, str(corpus), str(Path(tmp) / "b"), mode, str(workers))
    print(f"\n{n:,} distinct articles, {size / 1e6:.1f} MB, {base['tokens']:,} tokens")
    print(f"{'run':30} {'seconds':>8} {'art/s':>7} {'art/s/core':>10} {'peak MB':>8} "
          f"{'×tokenizer':>10}")
    print(f"{'spaCy blank(de) tokenizer':30} {base['seconds']:8.1f} "
          f"{n / base['seconds']:7.1f} {n / base['seconds']:10.1f} {base['peak_mb']:8.0f} "
          f"{1:10.1f}")
    for label, result, cores in (("graphkit, 1 process", single, 1),
                                 (f"graphkit, {workers} Dask workers", dask, workers)):
        rate = n / result["seconds"]
        print(f"{label:30} {result['seconds']:8.1f} {rate:7.1f} {rate / cores:10.1f} "
              f"{result['peak_mb']:8.0f} {result['seconds'] / base['seconds']:10.1f}")
    print(f"  Dask: largest worker peak {dask['worker_peak_mb']:.0f} MB")
    for label, result in (("1 process", single), ("Dask", dask)):
        stages = ", ".join(f"{k} {v:.1f} s" for k, v in result["timings"].items())
        print(f"  stages ({label}): {stages}")
    print(f"  graph: {single['entities']} entities, {single['events']} events")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--no-render", action="store_true")
    args = parser.parse_args()
    started = time.perf_counter()
    for n in args.sizes:
        measure(n, args.workers, not args.no_render)
    print(f"\ntotal {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
