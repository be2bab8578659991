"""Speed of graphkit's default language pipeline per CPU core, beside spaCy's tokenizer.

    python benchmarks/nlp_speed.py                    # ~60k words, best of 3 (~3 min)
    python benchmarks/nlp_speed.py --words 20000 --repeat 2 --batch-size 64
    taskset -c 0 python benchmarks/nlp_speed.py       # pin it to one core as well

Speed is CPU time per word (``time.process_time``: the CPU seconds of this process, all
threads together), so other processes on a busy machine do not slow the figure down and a
second thread would not flatter it; numpy/BLAS are held to one thread. Each figure is the
best of ``--repeat`` passes, spaCy's tokenizer always measured in the same run.

"cold" passes start with empty word caches (HanTa's per-word analyses, the subword vectors,
the embedding rows of ``graphkit.nlp.word_cache``) as the first articles of a build do;
"warm" passes run the same text again. The shares come from running the pipeline's
components one by one over the same docs. Text: GermEval 2014 test sentences, ten to a
paragraph (``benchmarks/syntax_eval.py``'s news text; speed only, nothing is scored or
trained on it).
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")  # per-core figures: one thread

import argparse  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections import Counter  # noqa: E402
from collections.abc import Callable  # noqa: E402
from pathlib import Path  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))
sys.path.insert(0, str(REPO / "training"))
sys.path.insert(0, str(REPO))

import spacy  # noqa: E402
from spacy.language import Language  # noqa: E402
from spacy.tokens import Doc  # noqa: E402
from syntax_eval import news_text  # noqa: E402

from graphkit.nlp import subword_vectors  # noqa: E402
from graphkit.nlp.pipeline import default_pipeline, doc_to_sentences  # noqa: E402
from graphkit.nlp.word_cache import forget_words  # noqa: E402


def count_words(docs: list[Doc]) -> int:
    return sum(1 for doc in docs for token in doc if not token.is_space)


def clear_caches(nlp: Language) -> None:
    """Forget every per-word result, as a fresh process has (the models stay loaded)."""
    subword_vectors.get_table()._cache.clear()
    forget_words(nlp)
    for _, component in nlp.pipeline:
        cache = getattr(component, "_cache", None)
        if isinstance(cache, dict):
            cache.clear()


def cpu_seconds(work: Callable[[], object]) -> float:
    start = time.process_time()
    work()
    return time.process_time() - start


def best_rate(n_words: int, repeat: int, work: Callable[[], object],
              before: Callable[[], None] = lambda: None) -> float:
    """Words per CPU second of the fastest of ``repeat`` passes."""
    best = float("inf")
    for _ in range(repeat):
        before()
        best = min(best, cpu_seconds(work))
    return n_words / best


def component_seconds(nlp: Language, texts: list[str], batch_size: int) -> Counter:
    """CPU seconds of each component over the texts, run one component at a time."""
    seconds: Counter = Counter()
    docs: list[Doc] = []
    seconds["tokenizer"] = cpu_seconds(lambda: docs.extend(nlp.make_doc(t) for t in texts))
    for name, proc in nlp.pipeline:
        def run(proc=proc) -> None:  # type: ignore[no-untyped-def]
            nonlocal docs
            if hasattr(proc, "pipe"):
                docs = list(proc.pipe(docs, batch_size=batch_size))
            else:
                docs = [proc(doc) for doc in docs]
        seconds[name] = cpu_seconds(run)
    seconds["graphkit sentences (doc_to_sentences)"] = cpu_seconds(
        lambda: [doc_to_sentences(doc, "a") for doc in docs])
    return seconds


def report(texts: list[str], repeat: int, batch_size: int, shares: bool = True) -> None:
    blank = spacy.blank("de")
    n_words = count_words(list(blank.pipe(texts)))
    print(f"Text: {len(texts)} paragraphs, {n_words:,} words (GermEval 2014 test sentences); "
          f"best of {repeat}, CPU time, one thread, batch size {batch_size}\n")
    blank_rate = best_rate(n_words, repeat, lambda: list(blank.pipe(texts)))
    label = 'spacy.blank("de") tokenisation'
    print(f"  {label:44} {blank_rate:10,.0f} words/s")
    nlp = default_pipeline()
    list(nlp.pipe(texts[:3]))  # load the models and the subword table outside the clock

    def run() -> None:
        for _ in nlp.pipe(texts, batch_size=batch_size):
            pass

    cold = best_rate(n_words, repeat, run, before=lambda: clear_caches(nlp))
    warm = best_rate(n_words, repeat, run)
    print(f"  {'default pipeline, word caches cold':44} {cold:10,.0f} words/s  "
          f"({blank_rate / cold:.0f}x the tokenizer's time)")
    print(f"  {'default pipeline, word caches warm':44} {warm:10,.0f} words/s  "
          f"({blank_rate / warm:.0f}x)")
    print(f"  components: {', '.join(nlp.pipe_names)}")
    for label, before in (("cold", lambda: clear_caches(nlp)), ("warm", lambda: None)) * shares:
        before()
        seconds = component_seconds(nlp, texts, batch_size)
        total = sum(seconds.values())
        print(f"\n  share of CPU time, components one by one, caches {label} "
              f"({n_words / total:,.0f} words/s in all):")
        for name, value in seconds.items():
            print(f"    {name:40} {100 * value / total:5.1f} %  {n_words / value:12,.0f} words/s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--words", type=int, default=60_000, help="about this many words")
    parser.add_argument("--repeat", type=int, default=3, help="passes; the best counts")
    parser.add_argument("--batch-size", type=int, default=16,
                        help="nlp.pipe batch size (graphkit's analyse_articles uses 16)")
    parser.add_argument("--no-shares", action="store_true", help="skip the components' shares")
    args = parser.parse_args(argv)
    report(news_text(args.words), args.repeat, args.batch_size, not args.no_shares)
    return 0


if __name__ == "__main__":
    sys.exit(main())
