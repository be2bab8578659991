"""Syntax on UD German GSD test: graphkit's shipped components beside HanTa, published
parsers, and speed.

    python benchmarks/syntax_eval.py                 # accuracy + speed (~3 min)
    python benchmarks/syntax_eval.py --no-speed
    python benchmarks/syntax_eval.py --model training/runs/syntax/model/model-best
    python benchmarks/syntax_eval.py --no-accuracy --compare training/runs/syn_b/model/model-best

Reads ``../shared/data`` (GSD test for accuracy, GermEval 2014 test sentences as the news
text for speed); graphkit itself never does. Scores are on surface tokens with gold
tokenisation and gold sentences: a contraction such as "zum" is one token (as graphkit's
tokenizer keeps it), scored against the merged gold word (``training/train_syntax.py``).
Published systems score syntactic words ("zu" + "dem"), so their figures are an anchor,
not a like-for-like comparison; they also trained on GSD train (13,800 sentences), which
graphkit does not have.

LAS counts the universal relation (``obl:tmod`` → ``obl``), as the CoNLL 2018 evaluation
does. nsubj/obj/obl F1: a token counts when both its head and its (universal) relation
match; precision over predicted, recall over gold tokens with that relation.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")  # per-core figures: one thread

import argparse  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections import Counter  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402
from pathlib import Path  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "training"))
sys.path.insert(0, str(REPO))

import spacy  # noqa: E402
from spacy.tokens import Doc  # noqa: E402
from train_syntax import Sentence, read_conllu  # noqa: E402

from graphkit.nlp import syntax  # noqa: E402

SHARED_DATA = REPO / ".." / "shared" / "data"
GSD_TEST = SHARED_DATA / "ud-german-gsd" / "de_gsd-ud-test.conllu"
GERMEVAL_TEST = SHARED_DATA / "germeval2014" / "NER-de-test.tsv"
ROLES = ("nsubj", "obj", "obl")

# Published GSD test scores, trained on GSD train (+ multilingual BERT for UDPipe 2).
# Source: ufal/udpipe docs/models_ud212.md ("german-gsd-ud-2.12-230717", CoNLL 2018 eval).
ANCHORS = [
    # (system, UPOS, XPOS, UFeats, Lemmas, UAS, LAS)
    ("UDPipe 2, UD 2.12 model, gold tokens", 96.47, 97.80, 91.21, 97.18, 88.79, 84.99),
    ("UDPipe 2, UD 2.12 model, raw text", 96.16, 97.53, 90.78, 96.91, 87.04, 83.20),
]
# Not quoted: Stanza's and spaCy's UD-benchmark GSD figures could not be retrieved
# offline here; spaCy's de_core_news_* pipelines train on TIGER (not UD) and publish no
# GSD score.


@dataclass
class Scores:
    counts: Counter = field(default_factory=Counter)

    def add(self, key: str, correct: bool) -> None:
        self.counts[key + "_n"] += 1
        self.counts[key + "_ok"] += int(correct)

    def acc(self, key: str) -> float:
        n = self.counts[key + "_n"]
        return 100.0 * self.counts[key + "_ok"] / n if n else float("nan")

    def role_f1(self, role: str) -> tuple[float, float, float]:
        tp, pred, gold = (self.counts[f"{role}_{k}"] for k in ("tp", "pred", "gold"))
        p = tp / pred if pred else 0.0
        r = tp / gold if gold else 0.0
        return 100 * p, 100 * r, (200 * p * r / (p + r) if p + r else 0.0)


def universal(deprel: str) -> str:
    return deprel.split(":")[0].lower()


def gold_doc(vocab, sentence: Sentence) -> Doc:  # type: ignore[no-untyped-def]
    words = sentence.words
    spaces = [w.space_after for w in words[:-1]] + [False]
    doc = Doc(vocab, words=[w.form for w in words], spaces=spaces)
    doc[0].is_sent_start = True
    for token in doc[1:]:
        token.is_sent_start = False
    return doc


def score_syntax(nlp, sentences: list[Sentence]) -> Scores:  # type: ignore[no-untyped-def]
    """Run the syntax components on gold tokens and compare with the gold annotation."""
    scores = Scores()
    docs = (gold_doc(nlp.vocab, s) for s in sentences)
    for sentence, doc in zip(sentences, nlp.pipe(docs, batch_size=64)):
        for token, gold in zip(doc, sentence.words):
            scores.add("upos", token.pos_ == gold.upos)
            scores.add("xpos", token.tag_ == gold.xpos)
            scores.add("feats", str(token.morph) == gold.feats)
            scores.add("lemma", token.lemma_ == gold.lemma)
            gold_head = gold.head - 1 if gold.head else token.i
            predicted = "root" if token.dep_ == "ROOT" else token.dep_
            head_ok = token.head.i == gold_head
            label_ok = universal(predicted) == universal(gold.deprel)
            scores.add("uas", head_ok)
            scores.add("las", head_ok and label_ok)
            for role in ROLES:
                is_gold = universal(gold.deprel) == role
                is_pred = universal(predicted) == role
                scores.counts[f"{role}_gold"] += is_gold
                scores.counts[f"{role}_pred"] += is_pred
                scores.counts[f"{role}_tp"] += is_gold and is_pred and head_ok
    return scores


def hanta_tag(tag: str) -> str:
    """HanTa writes 'VV(FIN)', 'ADJ(A)'; STTS is 'VVFIN', 'ADJA'."""
    return tag.replace("(", "").replace(")", "")


CONTENT = {"NOUN", "PROPN", "VERB", "ADJ", "ADV"}


def score_hanta(sentences: list[Sentence]) -> dict[str, Scores]:
    """HanTa on the same gold tokens: word mode (graphkit's old default) and sentence mode."""
    from graphkit.nlp.components import hanta_model

    model = hanta_model()
    word, sent = Scores(), Scores()
    cache: dict[str, tuple[str, str]] = {}
    for sentence in sentences:
        forms = [w.form for w in sentence.words]
        tagged = model.tag_sent(forms, taglevel=1)
        for gold, (_, lemma_s, tag_s) in zip(sentence.words, tagged):
            if gold.form not in cache:
                lemma_w, tag_w = model.analyze(gold.form)
                cache[gold.form] = (str(lemma_w), str(tag_w))
            lemma_w, tag_w = cache[gold.form]
            for scores, lemma, tag in ((word, lemma_w, tag_w), (sent, lemma_s, tag_s)):
                scores.add("xpos", hanta_tag(tag) == gold.xpos)
                scores.add("lemma", lemma == gold.lemma)
                if gold.upos in CONTENT:
                    scores.add("lemma_content", lemma == gold.lemma)
    return {"HanTa, word mode": word, "HanTa, sentence mode": sent,
            "default pipeline (lemma table, HanTa)": table_lemmas(sentences)}


def table_lemmas(sentences: list[Sentence]) -> Scores:
    """The default pipeline's lemmas: graphkit's table of HanTa's analyses, HanTa for the
    forms not in it (``graphkit.nlp.lemmas``); ``in_table`` counts the tokens it covers."""
    from graphkit.nlp.components import HantaTagger, is_word_like
    from graphkit.nlp.lemmas import table_lemma

    tagger = HantaTagger(mode="lemma")
    scores = Scores()
    for sentence in sentences:
        for gold in sentence.words:
            lemma = tagger.lemma(gold.form)
            scores.add("lemma", lemma == gold.lemma)
            scores.add("in_table", not is_word_like(gold.form) or
                       table_lemma(gold.form) is not None)
            if gold.upos in CONTENT:
                scores.add("lemma_content", lemma == gold.lemma)
    return scores


def content_lemmas(nlp, sentences: list[Sentence]) -> float:  # type: ignore[no-untyped-def]
    scores = Scores()
    docs = (gold_doc(nlp.vocab, s) for s in sentences)
    for sentence, doc in zip(sentences, nlp.pipe(docs, batch_size=64)):
        for token, gold in zip(doc, sentence.words):
            if gold.upos in CONTENT:
                scores.add("lemma_content", token.lemma_ == gold.lemma)
    return scores.acc("lemma_content")


def news_text(limit_words: int) -> list[str]:
    """GermEval 2014 test sentences, ten to a paragraph, as plain news text."""
    sentences, words = [], []
    for line in GERMEVAL_TEST.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        if not line.strip():
            if words:
                sentences.append(" ".join(words))
                words = []
            continue
        words.append(line.split("\t")[1])
    texts, total = [], 0
    for i in range(0, len(sentences), 10):
        chunk = " ".join(sentences[i:i + 10])
        texts.append(chunk)
        total += len(chunk.split())
        if total >= limit_words:
            break
    return texts


def words_per_second(nlp, texts: list[str]) -> tuple[float, int]:  # type: ignore[no-untyped-def]
    for _ in nlp.pipe(texts[:5]):  # warm up: loading, subword table, caches
        pass
    start = time.perf_counter()
    n_words = sum(len([t for t in doc if not t.is_space]) for doc in nlp.pipe(texts))
    return n_words / (time.perf_counter() - start), n_words


def component_times(nlp, texts: list[str]) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """Seconds each component takes on the texts (one pass, after a warm-up pass)."""
    docs = [nlp.make_doc(t) for t in texts]
    times: Counter = Counter()
    for name, proc in nlp.pipeline:
        start = time.perf_counter()
        docs = list(proc.pipe(docs)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
        times[name] += time.perf_counter() - start
    return dict(times)


def previous_default():  # type: ignore[no-untyped-def]
    """graphkit's pipeline before the syntax model: sentencizer, HanTa (word mode), NER,
    gazetteer ruler."""
    from graphkit.nlp import ner_model
    from graphkit.nlp.pipeline import add_gazetteer_ruler

    nlp = spacy.blank("de")
    nlp.add_pipe("graphkit_line_sentencizer")
    nlp.add_pipe("graphkit_hanta")
    ner_model.add_shipped_ner(nlp)
    add_gazetteer_ruler(nlp, position=ner_model.RULER_POSITION)
    return nlp


def print_accuracy(model: Path | None, limit: int | None) -> None:
    sentences = list(read_conllu(GSD_TEST))[:limit]
    n_tokens = sum(len(s.words) for s in sentences)
    nlp = spacy.load(model) if model else syntax.load_shipped_syntax()
    print(f"UD German GSD test: {len(sentences)} sentences, {n_tokens} surface tokens "
          f"(gold tokens and sentences)\n")
    ours = score_syntax(nlp, sentences)
    hanta = score_hanta(sentences)
    header = f"{'system':44} {'UPOS':>6} {'XPOS':>6} {'UFeats':>6} {'Lemma':>6} " \
             f"{'UAS':>6} {'LAS':>6}"
    print(header)
    print("-" * len(header))
    print(f"{'graphkit (GSD dev + PUD, ~1.8k sentences)':44} {ours.acc('upos'):6.1f} "
          f"{ours.acc('xpos'):6.1f} {ours.acc('feats'):6.1f} {ours.acc('lemma'):6.1f} "
          f"{ours.acc('uas'):6.1f} {ours.acc('las'):6.1f}")
    for name, scores in hanta.items():
        xpos = scores.acc("xpos")
        xpos_text = "–" if xpos != xpos else f"{xpos:.1f}"  # NaN: no tags scored
        print(f"{name:44} {'–':>6} {xpos_text:>6} {'–':>6} "
              f"{scores.acc('lemma'):6.1f} {'–':>6} {'–':>6}")
    for name, *values in ANCHORS:
        print(f"{name:44} " + " ".join(f"{v:6.1f}" for v in values))
    print("\nPublished systems trained on GSD train (13,800 sentences, not available here) "
          "and score syntactic words.")
    print("graphkit's default pipeline takes HanTa's word-mode lemmas (the first HanTa row), "
          "not the trained lemmatiser's,\nfrom a table of HanTa's analyses (last HanTa row; "
          f"{hanta['default pipeline (lemma table, HanTa)'].acc('in_table'):.1f} % of the "
          "tokens in the table, HanTa for the rest).")
    print("\nLemma accuracy on content words (NOUN, PROPN, VERB, ADJ, ADV), where lemma "
          "conventions differ least:")
    print(f"  graphkit {content_lemmas(nlp, sentences):.1f}; " + "; ".join(
        f"{name} {scores.acc('lemma_content'):.1f}" for name, scores in hanta.items()))
    print("\nAttachment F1 of the relations event roles use (head and relation both right):")
    for role in ROLES:
        p, r, f = ours.role_f1(role)
        print(f"  {role:6} P {p:5.1f}  R {r:5.1f}  F1 {f:5.1f}  "
              f"(gold {ours.counts[role + '_gold']})")


def syntax_only(model: Path | None):  # type: ignore[no-untyped-def]
    """tok2vec + tagger + morphologiser + parser of a trained syntax pipeline, no lemmatiser."""
    nlp = spacy.load(model or syntax.SHIPPED_SYNTAX_DIR)  # a private copy: pipes are removed
    keep = {syntax.TOK2VEC, *syntax.DEFAULT_COMPONENTS}
    for name in [n for n in nlp.pipe_names if n not in keep]:
        nlp.remove_pipe(name)
    return nlp


def print_speed(words: int, compare: list[Path]) -> None:
    from graphkit.nlp.pipeline import default_pipeline

    texts = news_text(words)
    print(f"\nSpeed, one thread, GermEval 2014 test sentences as news text "
          f"({sum(len(t.split()) for t in texts):,} words):")
    blank_rate, _ = words_per_second(spacy.blank("de"), texts)
    print(f"  spacy.blank('de') tokenisation        {blank_rate:10,.0f} words/s")
    nlp = default_pipeline()
    rate, _ = words_per_second(nlp, texts)
    print(f"  graphkit default pipeline             {rate:10,.0f} words/s  "
          f"({blank_rate / rate:.0f}x slower than tokenising; HanTa's cache cold)")
    rate, _ = words_per_second(nlp, texts)
    print(f"    the same texts again                {rate:10,.0f} words/s  (HanTa's cache warm)")
    print(f"    components: {', '.join(nlp.pipe_names)}")
    times = component_times(nlp, texts)
    total = sum(times.values())
    print("    share of time (warm): " + ", ".join(f"{k} {100 * v / total:.0f}%"
                                                   for k, v in times.items()))
    old_rate, _ = words_per_second(previous_default(), texts)
    print(f"  previous default (HanTa, NER, ruler)  {old_rate:10,.0f} words/s  (cache cold)")
    for model in [None, *compare]:
        rate, _ = words_per_second(syntax_only(model), texts)
        print(f"  syntax only (tok2vec, tagger, morphologiser, parser) of "
              f"{model or 'the shipped model'}: {rate:,.0f} words/s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", type=Path, default=None,
                        help="a trained syntax pipeline (default: the shipped one)")
    parser.add_argument("--limit", type=int, default=None, help="first N test sentences")
    parser.add_argument("--no-speed", action="store_true")
    parser.add_argument("--no-accuracy", action="store_true")
    parser.add_argument("--speed-words", type=int, default=60_000)
    parser.add_argument("--compare", type=Path, action="append", default=[],
                        help="another trained syntax pipeline to time (repeatable)")
    args = parser.parse_args(argv)
    if not args.no_accuracy:
        print_accuracy(args.model, args.limit)
    if not args.no_speed:
        print_speed(args.speed_words, args.compare)
    return 0


if __name__ == "__main__":
    sys.exit(main())
