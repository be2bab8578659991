"""Throughput and peak memory of ``graphkit build`` against the bare spaCy tokenizer.

Reads the seed articles from ../shared/seeds, repeats them to ~1,000 articles (each copy a
file of its own), and runs, each in a fresh process so peak memory is its own:

- baseline: ``spacy.blank("de")`` tokenising the same texts;
- graphkit: the full ``graphkit.build`` (ingest → … → RDF + HTML).

Usage: python benchmarks/build.py [--articles 1000] [--no-render]
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO.parent / "shared" / "seeds"

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
start = time.perf_counter()
result = graphkit.build([sys.argv[1]], sys.argv[2], render=sys.argv[3] == "render")
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
g = result.graph
print(json.dumps({"seconds": seconds, "peak_mb": peak, "articles": len(g.articles),
                  "entities": len(g.entities), "events": len(g.events)}))
"""


def make_corpus(target: Path, count: int) -> int:
    seeds = sorted(SEEDS.glob("*.txt"))
    for i in range(count):
        seed = seeds[i % len(seeds)]
        shutil.copy(seed, target / f"{i:05d}_{seed.name}")
    return sum(f.stat().st_size for f in target.iterdir())


def run(script: str, *args: str) -> dict:
    done = subprocess.run([sys.executable, "-c", script, *args], capture_output=True,
                          text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--no-render", action="store_true")
    args = parser.parse_args()
    if not SEEDS.is_dir():
        sys.exit(f"needs the seed articles in {SEEDS}")
    with tempfile.TemporaryDirectory() as tmp:
        corpus, out = Path(tmp) / "corpus", Path(tmp) / "out"
        corpus.mkdir()
        size = make_corpus(corpus, args.articles)
        base = run(BASELINE, str(corpus))
        started = time.perf_counter()
        full = run(GRAPHKIT, str(corpus), str(out), "plain" if args.no_render else "render")
        wall = time.perf_counter() - started
    n = args.articles
    print(f"corpus: {n} articles, {size / 1e6:.1f} MB, {base['tokens']:,} tokens")
    print(f"{'run':34} {'seconds':>9} {'articles/s':>11} {'peak MB':>9}")
    print(f"{'spaCy blank(de) tokenizer':34} {base['seconds']:9.2f} "
          f"{n / base['seconds']:11.1f} {base['peak_mb']:9.0f}")
    label = "graphkit build" + (" (no render)" if args.no_render else "")
    print(f"{label:34} {full['seconds']:9.2f} {n / full['seconds']:11.1f} "
          f"{full['peak_mb']:9.0f}")
    print(f"ratio graphkit/tokenizer: time ×{full['seconds'] / base['seconds']:.1f}, "
          f"peak memory ×{full['peak_mb'] / base['peak_mb']:.1f}; process wall {wall:.1f} s")
    print(f"graph: {full['entities']} entities, {full['events']} events")


if __name__ == "__main__":
    main()
