"""Evaluate graphkit's NER: P/R/F1 per label on three test sets, for three systems; speed.

    python benchmarks/ner_eval.py                 # full table + speed (~10 min on 1 core)
    python benchmarks/ner_eval.py --quick         # 500 GermEval sentences, no speed
    python benchmarks/ner_eval.py --positions     # also: ruler before / after the model

Test sets (read from ``../shared/data`` and ``tests/data``; skipped when absent):
- GermEval 2014 test, outer level (OTH→MISC, *deriv/*part→O), gold tokens;
- DFKI SmartData v3 test (person→PER, organization*→ORG, location/-city/-stop/-street→LOC;
  no MISC in this corpus, so MISC predictions are ignored there), gold tokens;
- the seed articles' entities annotated in ``tests/data/seed_entities.jsonl`` (our tokens).

Systems: (a) ``rules``: gazetteer EntityRuler (+ HanTa) without the model; (b) ``model``:
the shipped NER alone; (c) ``shipped``: graphkit's default pipeline (``load_pipeline()``).
Scores are exact span + label matches.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO / ".." / "shared" / "data"
SEEDS = REPO / ".." / "shared" / "seeds"
SEED_ENTITIES = REPO / "tests" / "data" / "seed_entities.jsonl"
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "training"))

from graphkit.nlp import ner_model  # noqa: E402

LABELS = ("PER", "LOC", "ORG", "MISC")
ANCHORS = [
    ("Flair de-ner-germeval (GermEval 2014 test, full 24k-sentence train split)", "84.9"),
    ("spaCy de_core_news_sm / lg 3.8 (their own WikiNER split)", "82.1 / 84.9"),
]

Span3 = tuple[int, int, str]  # start, end (token or char offsets), label


@dataclass
class Counts:
    tp: Counter = field(default_factory=Counter)
    fp: Counter = field(default_factory=Counter)
    fn: Counter = field(default_factory=Counter)

    def add(self, gold: set[Span3], pred: set[Span3], labels: Iterable[str]) -> None:
        keep = set(labels)
        gold = {s for s in gold if s[2] in keep}
        pred = {s for s in pred if s[2] in keep}
        for s in gold & pred:
            self.tp[s[2]] += 1
        for s in pred - gold:
            self.fp[s[2]] += 1
        for s in gold - pred:
            self.fn[s[2]] += 1

    def prf(self, label: str | None = None) -> tuple[float, float, float, int]:
        pick = (lambda c: c[label]) if label else (lambda c: sum(c.values()))
        tp, fp, fn = pick(self.tp), pick(self.fp), pick(self.fn)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f, tp + fn


# --------------------------------------------------------------------------- systems


def rules_pipeline() -> Language:
    """(a) graphkit's default pipeline without the statistical model."""
    from graphkit.nlp import components  # noqa: F401
    from graphkit.nlp.pipeline import add_gazetteer_ruler

    nlp = spacy.blank("de")
    nlp.add_pipe("graphkit_line_sentencizer")
    nlp.add_pipe("graphkit_hanta")
    add_gazetteer_ruler(nlp, position="after")
    return nlp


def model_pipeline() -> Language:
    """(b) the shipped NER alone."""
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    ner_model.add_shipped_ner(nlp)
    return nlp


def shipped_pipeline() -> Language:
    """(c) what ``graphkit build`` uses by default."""
    from graphkit.nlp.pipeline import default_pipeline

    return default_pipeline()


def positioned_pipeline(position: str) -> Callable[[], Language]:
    def build() -> Language:
        from graphkit.nlp import components  # noqa: F401
        from graphkit.nlp.pipeline import add_gazetteer_ruler

        nlp = spacy.blank("de")
        nlp.add_pipe("graphkit_line_sentencizer")
        nlp.add_pipe("graphkit_hanta")
        ner_model.add_shipped_ner(nlp)
        add_gazetteer_ruler(nlp, position=position)
        return nlp

    return build


SYSTEMS: dict[str, Callable[[], Language]] = {
    "(a) rules": rules_pipeline,
    "(b) model": model_pipeline,
    "(c) shipped": shipped_pipeline,
}


# --------------------------------------------------------------------------- test sets


def gold_token_docs(name: str, limit: int | None) -> list[Doc] | None:
    import prepare

    vocab = spacy.blank("de").vocab
    if name == "GermEval dev held-out":
        # the 10 % of GermEval dev that training/prepare.py keeps out of training
        path = SHARED_DATA / "germeval2014" / "NER-de-dev.tsv"
        if not path.is_file():
            return None
        sents = list(prepare.read_germeval(path))
        random.Random(0).shuffle(sents)
        sents = sents[: max(1, len(sents) // 10)][: limit or None]
        return [prepare.doc_from_bio(vocab, w, t) for w, t in sents]
    if name == "GermEval 2014 test":
        path = SHARED_DATA / "germeval2014" / "NER-de-test.tsv"
        if not path.is_file():
            return None
        sents = list(prepare.read_germeval(path))[: limit or None]
        return [prepare.doc_from_bio(vocab, w, t) for w, t in sents]
    path = SHARED_DATA / "smartdata" / "v3" / "test.json.gz"
    if not path.is_file():
        return None
    nlp = spacy.blank("de")
    docs = []
    for doc_json in prepare.read_concatenated_json(path):
        docs.extend(prepare.smartdata_test_sentences(nlp, doc_json, tagger=None))
    return docs[: limit or None]


def score_token_docs(nlp: Language, gold_docs: list[Doc], labels: tuple[str, ...]) -> Scores:
    scores = Scores()
    inputs = [Doc(nlp.vocab, words=[t.text for t in d], spaces=[bool(t.whitespace_) for t in d])
              for d in gold_docs]
    for gold, pred in zip(gold_docs, nlp.pipe(inputs, batch_size=256), strict=True):
        # character offsets: the pipeline may split a token ('2010.' at a sentence end)
        g = {(e.start_char, e.end_char, e.label_) for e in gold.ents}
        p = {(e.start_char, e.end_char, e.label_) for e in pred.ents}
        scores.add(g, p, labels, lambda span, text=gold.text: text[span[0]:span[1]])
    return scores


def load_seed_gold() -> dict[str, set[Span3]] | None:
    if not SEED_ENTITIES.is_file() or not SEEDS.is_dir():
        return None
    gold: dict[str, set[Span3]] = {}
    for line in SEED_ENTITIES.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            gold.setdefault(row["article"], set()).add((row["start"], row["end"], row["label"]))
    return gold


def score_seeds(nlp: Language, gold: dict[str, set[Span3]]) -> Scores:
    scores = Scores()
    for article, spans in sorted(gold.items()):
        text = (SEEDS / article).read_text(encoding="utf-8")
        doc = nlp(text)
        pred = {(e.start_char, e.end_char, e.label_) for e in doc.ents}
        scores.add(spans, pred, LABELS, lambda span, text=text: text[span[0]:span[1]])
    return scores


NEWS_SENTENCES = REPO / "benchmarks" / "data" / "ner_news" / "sentences.txt"
NEWS_DEV_SENTENCES = REPO / "benchmarks" / "data" / "ner_news" / "sentences_dev.txt"
MARKUP = re.compile(r"\[\[([^\]|]+)\|(PER|LOC|ORG|MISC)\]\]")


@dataclass(frozen=True)
class NewsSentence:
    domain: str
    split: str            # "dev" (tune on it) or "test" (report it)
    text: str
    gold: frozenset[Span3]  # character offsets


def parse_markup(marked: str) -> tuple[str, frozenset[Span3]]:
    """'Der [[VfB Stuttgart|ORG]] siegte.' → plain text and its gold character spans."""
    parts, gold, position, last = [], set(), 0, 0
    for match in MARKUP.finditer(marked):
        parts.append(marked[last:match.start()])
        position += match.start() - last
        surface = match.group(1)
        gold.add((position, position + len(surface), match.group(2)))
        parts.append(surface)
        position += len(surface)
        last = match.end()
    parts.append(marked[last:])
    return "".join(parts), frozenset(gold)


def news_sentences(split: str | None = None) -> list[NewsSentence]:
    """graphkit's own news sentences (benchmarks/data/ner_news/README.md): in
    ``sentences.txt`` even lines dev, odd lines test; ``sentences_dev.txt`` all dev."""
    sentences = []
    for number, row in enumerate(news_rows(NEWS_SENTENCES)):
        sentences.append(news_sentence(row, "dev" if number % 2 == 0 else "test"))
    if NEWS_DEV_SENTENCES.is_file():
        sentences.extend(news_sentence(row, "dev") for row in news_rows(NEWS_DEV_SENTENCES))
    return [s for s in sentences if split in (None, s.split)]


def news_rows(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def news_sentence(row: str, split: str) -> NewsSentence:
    domain, marked = row.split("\t", 1)
    text, gold = parse_markup(marked)
    return NewsSentence(domain, split, text, gold)


def in_gazetteer(text: str) -> bool:
    from graphkit.kb.gazetteer import load_gazetteer

    return load_gazetteer().lookup(text) is not None


def split_by_gazetteer(spans: set[Span3], text_of: Callable[[Span3], str]) -> dict[
        str, set[Span3]]:
    parts: dict[str, set[Span3]] = {"in gazetteer": set(), "outside": set()}
    for span in spans:
        parts["in gazetteer" if in_gazetteer(text_of(span)) else "outside"].add(span)
    return parts


@dataclass
class Scores:
    """Counts overall and for names inside / outside the gazetteer (by the name's text)."""

    all: Counts = field(default_factory=Counts)
    parts: dict[str, Counts] = field(default_factory=lambda: {
        "in gazetteer": Counts(), "outside": Counts()})

    def add(self, gold: set[Span3], pred: set[Span3], labels: Iterable[str],
            text_of: Callable[[Span3], str]) -> None:
        self.all.add(gold, pred, labels)
        gold_parts = split_by_gazetteer(gold, text_of)
        pred_parts = split_by_gazetteer(pred, text_of)
        for name, counts in self.parts.items():
            counts.add(gold_parts[name], pred_parts[name], labels)


def score_news(nlp: Language, sentences: list[NewsSentence]) -> Scores:
    scores = Scores()
    docs = nlp.pipe([s.text for s in sentences], batch_size=64)
    for sentence, doc in zip(sentences, docs, strict=True):
        pred = {(e.start_char, e.end_char, e.label_) for e in doc.ents}
        scores.add(set(sentence.gold), pred, LABELS,
                   lambda span, text=sentence.text: text[span[0]:span[1]])
    return scores


# --------------------------------------------------------------------------- speed


def speed_text(n_chars: int = 1_000_000) -> list[str]:
    """~1 MB of German text: SmartData v1 documents, then GermEval dev sentences in groups
    of 20 (no test split)."""
    import prepare

    texts: list[str] = []
    for name in ("train.json.gz", "test.json.gz"):
        path = SHARED_DATA / "smartdata" / "v1" / name
        if path.is_file():
            texts.extend(prepare.smartdata_text(d) for d in prepare.read_concatenated_json(path))
    dev = SHARED_DATA / "germeval2014" / "NER-de-dev.tsv"
    if dev.is_file():
        sents = [" ".join(words) for words, _ in prepare.read_germeval(dev)]
        texts.extend(" ".join(sents[i:i + 20]) for i in range(0, len(sents), 20))
    out, total = [], 0
    for text in texts:
        if total >= n_chars:
            break
        out.append(text)
        total += len(text)
    return out


COLD_LOAD = """
import time
t0 = time.perf_counter()
from graphkit.nlp import ner_model
nlp = ner_model.load_shipped_model()
t1 = time.perf_counter()
nlp("Angela Merkel besuchte Paris.")
t2 = time.perf_counter()
print(t1 - t0, t2 - t1)
"""


def cold_load_times() -> tuple[float, float]:
    """Import + spacy.load, and the first doc (loads the subword table), in a fresh process."""
    import subprocess

    result = subprocess.run([sys.executable, "-c", COLD_LOAD], capture_output=True, text=True,
                            cwd=REPO, check=True)
    load, first = result.stdout.split()[-2:]
    return float(load), float(first)


def measure_speed(texts: list[str]) -> list[tuple[str, str]]:
    blank = spacy.blank("de")
    t0 = time.perf_counter()
    n_words = sum(sum(1 for t in d if not t.is_space) for d in blank.pipe(texts))
    t_blank = time.perf_counter() - t0

    t_load, t_first = cold_load_times()
    rows = [
        ("text", f"{sum(map(len, texts)) / 1e6:.2f} MB, {n_words} words, {len(texts)} docs"),
        ("model load, fresh process (import + spacy.load of graphkit/data/ner_model)",
         f"{t_load:.2f} s"),
        ("first doc after load (reads the subword table from the installed wheel)",
         f"{t_first:.2f} s"),
        ('spacy.blank("de") tokenisation', f"{n_words / t_blank:,.0f} words/s"),
    ]
    for label, build in (("model only (sentencizer + shipped NER)", model_pipeline),
                         ("default pipeline (load_pipeline())", shipped_pipeline)):
        nlp = build()
        list(nlp.pipe(texts[:20]))  # warm caches the way a build would after a few articles
        t0 = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=64):
            pass
        rows.append((label, f"{n_words / (time.perf_counter() - t0):,.0f} words/s"))
    return rows


# --------------------------------------------------------------------------- report


def table(results: list[tuple[str, str, Scores, tuple[str, ...]]]) -> str:
    lines = [
        "| test set | system | label | P | R | F1 | gold |",
        "|---|---|---|---|---|---|---|",
    ]
    for dataset, system, scores, labels in results:
        for label in (*labels, None):
            p, r, f, n = scores.all.prf(label)
            name = label or "**all**"
            lines.append(f"| {dataset} | {system} | {name} | {100 * p:.1f} | {100 * r:.1f} | "
                         f"{100 * f:.1f} | {n} |")
    return "\n".join(lines)


def summary(results: list[tuple[str, str, Scores, tuple[str, ...]]]) -> str:
    """Overall F1, and P/R/F1 of names inside and outside the gazetteer, per system."""
    lines = [
        "| test set | system | F1 | in gazetteer P / R / F1 (gold) | outside P / R / F1 (gold) |",
        "|---|---|---|---|---|",
    ]
    for dataset, system, scores, _ in results:
        cells = []
        for part in ("in gazetteer", "outside"):
            p, r, f, n = scores.parts[part].prf()
            cells.append(f"{100 * p:.1f} / {100 * r:.1f} / {100 * f:.1f} ({n})")
        lines.append(f"| {dataset} | {system} | {100 * scores.all.prf()[2]:.1f} | "
                     f"{cells[0]} | {cells[1]} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="500 GermEval sentences, no speed")
    parser.add_argument("--limit", type=int, default=None, help="sentences per test set")
    parser.add_argument("--positions", action="store_true",
                        help="also score the gazetteer ruler before / after the model")
    parser.add_argument("--systems", default="abc", help="subset of a, b, c")
    parser.add_argument("--no-speed", action="store_true")
    parser.add_argument("--speed-only", action="store_true")
    parser.add_argument("--dev", action="store_true",
                        help="score on the held-out GermEval dev sentences instead of the tests "
                             "(for decisions such as the ruler position)")
    parser.add_argument("--news-only", action="store_true",
                        help="only graphkit's own news sentences (test half; dev with --dev)")
    parser.add_argument("--model", type=Path, default=None,
                        help="score this trained pipeline instead of the shipped one")
    args = parser.parse_args(argv)
    if args.model:
        ner_model.SHIPPED_MODEL_DIR = args.model.resolve()
        ner_model.load_shipped_model.cache_clear()
    limit = 500 if args.quick and args.limit is None else args.limit
    if not ner_model.shipped_model_available():
        print("the shipped NER model is not available", file=sys.stderr)
        return 2

    systems = {k: v for k, v in SYSTEMS.items() if k[1] in args.systems}
    if args.positions:
        systems["ruler before model"] = positioned_pipeline("before")
        systems["ruler after model"] = positioned_pipeline("after")
        systems["reconcile after model"] = positioned_pipeline("reconcile")
    if args.dev:
        test_sets = {"GermEval dev held-out": (gold_token_docs("GermEval dev held-out", limit),
                                               LABELS)}
    elif args.news_only:
        test_sets = {}
    else:
        test_sets = {
            "GermEval 2014 test": (gold_token_docs("GermEval 2014 test", limit), LABELS),
            "SmartData v3 test": (gold_token_docs("SmartData v3 test", limit),
                                  ("PER", "LOC", "ORG")),
        }
    news_split = "dev" if args.dev else "test"
    news = news_sentences(news_split)
    seed_gold = None if args.dev or args.news_only else load_seed_gold()
    results = []
    for system, build in ({} if args.speed_only else systems).items():
        nlp = build()
        for dataset, (docs, labels) in test_sets.items():
            if docs is not None:
                results.append((dataset, system, score_token_docs(nlp, docs, labels), labels))
        results.append((f"news sentences {news_split}", system, score_news(nlp, news), LABELS))
        if seed_gold is not None:
            results.append(("seed articles", system, score_seeds(nlp, seed_gold), LABELS))
    print(f"RULER_POSITION = {ner_model.RULER_POSITION!r}\n")
    if results:
        print(summary(results))
        print()
        print(table(results))
    print("\nPublished anchors (overall F1):")
    for name, score in ANCHORS:
        print(f"- {name}: {score}")
    if not (args.quick or args.no_speed):
        print("\n| speed | value |\n|---|---|")
        for name, value in measure_speed(speed_text()):
            print(f"| {name} | {value} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
