"""Build time per character on pathological text beside ordinary text (is cost linear?).

For each size (default 10 KB, 100 KB, 1 MB) and each kind of text, one article file of
that size is built with the full ``graphkit.build`` (ingest → … → RDF, no HTML) in a
fresh process, after the pipeline is loaded and warmed, so the time is the build's own.
Kinds:

- ordinary: the seed articles (../shared/seeds, read by this benchmark only) repeated;
- long_tokens: words of 100-5,000 characters (URLs, hashes) between ordinary sentences;
- huge_sentence: one sentence of ordinary words without a full stop;
- name_dense: one sentence listing person names ("… Olaf Scholz, Emmanuel Macron, …");
- random_bytes: bytes from a seeded generator (refused as not UTF-8: the cost of saying so).

Each line prints seconds, microseconds per character and the ratio to ordinary text of the
same size; the nlp, temporal and events stages are also timed on their own so a
super-linear stage shows. A small build runs first (imports, knowledge base); the tagger's
word cache is emptied before each measurement. A case that runs past ``--timeout`` is
reported as stopped.

Usage: python benchmarks/robustness.py [--sizes 10000,100000,1000000] [--timeout 600]
"""

from __future__ import annotations

import argparse
import json
import random
import string
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO.parent / "shared" / "seeds"
KINDS = ["ordinary", "long_tokens", "huge_sentence", "name_dense", "random_bytes"]
NAMES = ["Olaf Scholz", "Emmanuel Macron", "Wladimir Putin", "Xi Jinping", "Angela Merkel",
         "Joe Biden", "Kim Jong Un", "Annalena Baerbock", "Recep Tayyip Erdoğan",
         "Giorgia Meloni", "Donald Tusk", "Pedro Sánchez"]

RUN = """
import json, sys, time
from pathlib import Path
import graphkit
from graphkit.ingest import read_articles
from graphkit.nlp import load_pipeline
from graphkit.nlp.pipeline import analyse_articles_safely
from graphkit.pipeline import tag_times
from graphkit.events import extract_event_mentions
nlp = load_pipeline(None)  # the key graphkit.build uses
source, out = Path(sys.argv[1]), Path(sys.argv[2])
warm = out.parent / "warm"
warm.mkdir()
(warm / "a.txt").write_text("Treffen\\n\\nOlaf Scholz traf am Dienstag in Berlin Macron.")
graphkit.build([warm], out.parent / "warm-out", render=False)  # imports, caches of the kb
tagger = nlp.get_pipe("graphkit_hanta")
tagger._cache.clear()  # the tagger's word cache starts empty for each measurement
timings = {}
start = time.perf_counter()
try:
    graphkit.build([source], out, render=False)
    outcome = "built"
except graphkit.errors.GraphkitError as error:
    outcome = str(error)[:80]
timings["build"] = time.perf_counter() - start
articles, _ = read_articles([source])
tagger._cache.clear()
start = time.perf_counter()
analysed, _ = analyse_articles_safely(articles, nlp)
timings["nlp"] = time.perf_counter() - start
start = time.perf_counter()
times = [tag_times(a.article) for a in analysed]
timings["temporal"] = time.perf_counter() - start
start = time.perf_counter()
for item, timexes in zip(analysed, times):
    extract_event_mentions(item, timexes)
timings["events"] = time.perf_counter() - start
print(json.dumps({"timings": timings, "outcome": outcome}))
"""


def ordinary(size: int, rng: random.Random) -> str:
    texts = [p.read_text("utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    if not texts:
        raise SystemExit(f"no seed articles in {SEEDS}")
    parts, length = [], 0
    while length < size:
        body = rng.choice(texts).split("\n", 1)[-1]
        parts.append(body)
        length += len(body) + 2
    return ("Bericht\n\n" + "\n\n".join(parts))[:size]


def long_tokens(size: int, rng: random.Random) -> str:
    alphabet = string.ascii_letters + string.digits + "/:.-_?=&%"
    parts, length = ["Quellen"], 0
    while length < size:
        token = "https://" + "".join(rng.choices(alphabet, k=rng.randint(100, 5000)))
        parts.append(f"Olaf Scholz nannte am Montag in Berlin {token} als Quelle.")
        length += len(parts[-1]) + 2
    return "\n\n".join(parts)[:size]


def huge_sentence(size: int, rng: random.Random) -> str:
    from graphkit.ingest import clean_text

    kept, _ = clean_text(ordinary(size * 2, rng))  # page furniture out, as ingest would
    words = kept.replace(".", " ").replace("\n", " ").split()
    return "Bericht\n\n" + " ".join(words)[:size - 10] + "."


def name_dense(size: int, rng: random.Random) -> str:
    names, length = [], 0
    while length < size:
        names.append(rng.choice(NAMES))
        length += len(names[-1]) + 2
    return ("Gipfel\n\nAm Dienstag trafen sich in Berlin " + ", ".join(names)
            + " und sagten, man werde reden.")[:size]


def random_bytes(size: int, rng: random.Random) -> bytes:
    return bytes(rng.getrandbits(8) for _ in range(size))


def make_input(kind: str, size: int, folder: Path, seed: int) -> Path:
    rng = random.Random(seed)
    data = globals()[kind](size, rng)
    path = folder / f"{kind}.txt"
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def run_case(kind: str, size: int, seed: int, timeout: int) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as folder:
        source = make_input(kind, size, Path(folder), seed)
        chars = len(source.read_bytes()) if kind == "random_bytes" else \
            len(source.read_text("utf-8"))
        try:
            done = subprocess.run([sys.executable, "-c", RUN, str(source),
                                   str(Path(folder) / "out")], capture_output=True, text=True,
                                  timeout=timeout, cwd=REPO)
        except subprocess.TimeoutExpired:
            return {"chars": chars, "stopped": True}
    if done.returncode != 0:
        return {"chars": chars, "error": done.stderr.strip().splitlines()[-1:]}
    return {"chars": chars, **json.loads(done.stdout.strip().splitlines()[-1])}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--kinds", default=",".join(KINDS))
    parser.add_argument("--timeout", type=int, default=600, help="seconds per case")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    print(f"{'kind':14} {'chars':>9} {'build s':>8} {'µs/char':>8} {'× ordinary':>10} "
          f"{'nlp s':>7} {'temporal s':>10} {'events s':>8}  outcome")
    for size in (int(s) for s in args.sizes.split(",")):
        base = None
        for kind in args.kinds.split(","):
            case = run_case(kind, size, args.seed, args.timeout)
            if case.get("stopped") or case.get("error"):
                reason = f"stopped after {args.timeout} s" if case.get("stopped") else \
                    f"error: {case['error']}"
                print(f"{kind:14} {case['chars']:>9,} {'-':>8} {'-':>8} {'-':>10} {'':>7} "
                      f"{'':>10} {'':>8}  {reason}", flush=True)
                continue
            timings = case["timings"]
            per_char = timings["build"] / int(case["chars"]) * 1e6
            base = per_char if kind == "ordinary" else base
            ratio = f"{per_char / base:.2f}" if base else "-"
            print(f"{kind:14} {case['chars']:>9,} {timings['build']:>8.2f} {per_char:>8.1f} "
                  f"{ratio:>10} {timings['nlp']:>7.2f} {timings['temporal']:>10.2f} "
                  f"{timings['events']:>8.2f}  {case['outcome']}", flush=True)


if __name__ == "__main__":
    main()
