"""Categorise NER errors on GermEval 2014 dev (never on a test split).

    python benchmarks/ner_errors.py                       # held-out 10 % of dev, model + shipped
    python benchmarks/ner_errors.py --model training/runs/ho/model/model-best
    python benchmarks/ner_errors.py --split all --examples 5

Only the held-out 10 % (``--split heldout``, the sentences ``training/prepare.py`` keeps out
of a held-out run) is fair for a model trained with the hold-out; the shipped model trained
on all of dev, so on ``--split all`` its own errors are understated, but every change the
rules make to a right model span still shows (``--changes``).

Each error is put in one category, in this order:
- ``label X→Y``: a predicted span with the gold span's bounds, another label;
- ``deriv/part as entity``: a predicted span inside a gold *deriv/*part span (scored O at the
  outer level: "deutschen", "EU-Staaten");
- ``bounds longer`` / ``bounds shorter`` / ``bounds shifted`` (same label) and
  ``bounds+label``: a predicted span that overlaps a gold span;
- ``spurious``: a predicted span that overlaps no gold entity;
- ``missed LABEL``: a gold span that no prediction overlaps.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))
sys.path.insert(0, str(REPO / "training"))

import ner_eval  # noqa: E402
from spacy.tokens import Doc  # noqa: E402

from graphkit.nlp import ner_model  # noqa: E402

Span3 = tuple[int, int, str]


def read_raw(path: Path) -> list[tuple[list[str], list[str]]]:
    """(words, raw outer-level BIO tags with *deriv/*part kept) per sentence."""
    sents, words, tags = [], [], []
    for line in path.open(encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("#"):
            continue
        if not line.strip():
            if words:
                sents.append((words, tags))
            words, tags = [], []
            continue
        cols = line.split("\t")
        words.append(cols[1])
        tags.append(cols[2])
    if words:
        sents.append((words, tags))
    return sents


def bio_spans(tags: list[str]) -> list[Span3]:
    spans, start, label = [], None, None
    for i, tag in enumerate([*tags, "O"]):
        if tag == "O" or tag.startswith("B-") or (tag.startswith("I-") and tag[2:] != label):
            if start is not None:
                spans.append((start, i, label))
            start, label = (i, tag[2:]) if tag != "O" else (None, None)
    return spans


OUTER = {"PER": "PER", "LOC": "LOC", "ORG": "ORG", "OTH": "MISC"}


def dev_sentences(split: str) -> list[tuple[list[str], list[str]]]:
    sents = read_raw(ner_eval.SHARED_DATA / "germeval2014" / "NER-de-dev.tsv")
    random.Random(0).shuffle(sents)     # the order training/prepare.py uses
    n_heldout = max(1, len(sents) // 10)
    return sents[:n_heldout] if split == "heldout" else sents


def predict(nlp, sents) -> list[set[Span3]]:
    """Predicted spans in gold token offsets (the pipeline may split a token: '1973.')."""
    docs = [Doc(nlp.vocab, words=w, spaces=[True] * (len(w) - 1) + [False]) for w, _ in sents]
    out = []
    for (words, _), doc in zip(sents, nlp.pipe(docs, batch_size=128), strict=True):
        starts, ends, position = {}, {}, 0
        for i, word in enumerate(words):
            starts[position] = i
            ends[position + len(word)] = i + 1
            position += len(word) + 1
        out.append({(starts.get(e.start_char, -1), ends.get(e.end_char, -1), e.label_)
                    for e in doc.ents})
    return out


def categorise(gold: set[Span3], other: list[Span3], pred: set[Span3]
               ) -> list[tuple[str, Span3 | None, Span3 | None]]:
    """(category, gold span, predicted span) for every error of one sentence."""
    out = []
    gold_left, pred_left = gold - pred, pred - gold
    used_gold: set[Span3] = set()
    for p in sorted(pred_left):
        same = [g for g in gold_left if g[:2] == p[:2]]
        over = [g for g in gold_left if g[0] < p[1] and p[0] < g[1]]
        if same:
            out.append((f"label {same[0][2]}→{p[2]}", same[0], p))
            used_gold.add(same[0])
        elif any(o[0] <= p[0] and p[1] <= o[1] for o in other) and not over:
            out.append(("deriv/part as entity", None, p))
        elif over:
            g = over[0]
            used_gold.add(g)
            if g[2] != p[2]:
                kind = "bounds+label"
            elif p[0] <= g[0] and g[1] <= p[1]:
                kind = "bounds longer"
            elif g[0] <= p[0] and p[1] <= g[1]:
                kind = "bounds shorter"
            else:
                kind = "bounds shifted"
            out.append((kind, g, p))
        else:
            out.append(("spurious " + p[2], None, p))
    for g in sorted(gold_left - used_gold):
        if not any(g[0] < p[1] and p[0] < g[1] for p in pred):
            out.append(("missed " + g[2], g, None))
    return out


def text(words: list[str], span: Span3 | None) -> str:
    return "-" if span is None else f"{' '.join(words[span[0]:span[1]])}/{span[2]}"


def report(name: str, sents, preds, examples: int) -> Counter:
    counts: Counter = Counter()
    shown: dict[str, list[str]] = defaultdict(list)
    tp = fp = fn = 0
    for (words, raw), pred in zip(sents, preds, strict=True):
        spans = bio_spans(raw)
        gold = {(s, e, OUTER[label]) for s, e, label in spans if label in OUTER}
        other = [(s, e, label) for s, e, label in spans if label not in OUTER]
        tp += len(gold & pred)
        fp += len(pred - gold)
        fn += len(gold - pred)
        for category, g, p in categorise(gold, other, pred):
            counts[category] += 1
            if len(shown[category]) < examples:
                shown[category].append(f"    {text(words, g)}  ->  {text(words, p)}   | "
                                       f"{' '.join(words)[:160]}")
    prec, rec = tp / max(1, tp + fp), tp / max(1, tp + fn)
    f1 = 2 * prec * rec / max(1e-9, prec + rec)
    print(f"\n## {name}: P {100 * prec:.1f} R {100 * rec:.1f} F1 {100 * f1:.1f} "
          f"(tp {tp}, fp {fp}, fn {fn})")
    for category, n in counts.most_common():
        print(f"  {n:4d}  {category}")
        for line in shown[category]:
            print(line)
    return counts


def changes(sents, model_preds, shipped_preds, examples: int) -> None:
    """What the rules change: spans the model had right and lost, wrong and fixed."""
    lost, won = Counter(), Counter()
    shown: dict[str, list[str]] = defaultdict(list)
    for (words, raw), m, s in zip(sents, model_preds, shipped_preds, strict=True):
        gold = {(a, b, OUTER[label]) for a, b, label in bio_spans(raw) if label in OUTER}
        for g in (gold & m) - s:
            repl = [p for p in s if p[0] < g[1] and g[0] < p[1]]
            key = "lost: " + ("removed" if not repl else "changed")
            lost[key] += 1
            if len(shown[key]) < examples:
                shown[key].append(f"    {text(words, g)} -> {[text(words, p) for p in repl]}")
        won["won"] += len((gold & s) - m)
        for p in s - m - gold:
            key = "new fp: " + ("added" if not any(q[0] < p[1] and p[0] < q[1] for q in m)
                                else "changed")
            lost[key] += 1
            if len(shown[key]) < examples:
                shown[key].append(f"    {text(words, p)}  | {' '.join(words)[:120]}")
    print("\n## rules vs model:", dict(won), dict(lost))
    for key, lines in shown.items():
        print(" ", key)
        print("\n".join(lines))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=["heldout", "all"], default="heldout")
    parser.add_argument("--model", type=Path, default=None)
    parser.add_argument("--examples", type=int, default=3)
    parser.add_argument("--changes", action="store_true")
    args = parser.parse_args(argv)
    if args.model:
        ner_model.SHIPPED_MODEL_DIR = args.model.resolve()
        ner_model.load_shipped_model.cache_clear()
    sents = dev_sentences(args.split)
    model_preds = predict(ner_eval.model_pipeline(), sents)
    shipped_preds = predict(ner_eval.shipped_pipeline(), sents)
    report("model", sents, model_preds, args.examples)
    report("shipped", sents, shipped_preds, args.examples)
    if args.changes:
        changes(sents, model_preds, shipped_preds, args.examples)
    return 0


if __name__ == "__main__":
    sys.exit(main())
