"""Train graphkit's German syntax components and (optionally) ship them.

    python training/train_syntax.py --out training/runs/syntax   # held-out run: pick steps
    python training/train_syntax.py --no-holdout --max-steps 2000 --ship   # final model
    python training/train_syntax.py --limit 20 --max-steps 4 --out /tmp/x   # smoke run (CI)
    python training/train_syntax.py --self-train 4000 --out training/runs/self   # + silver parses

Data (read at training time only): UD German GSD **dev** and UD German PUD (see
``../shared/data/README.md``; GSD test is never read here). Every tenth sentence of that
pool is held out to choose steps and settings; ``--no-holdout`` trains on all of it.

Steps: CoNLL-U → DocBins under ``<out>/corpus`` (surface tokens: a contraction such as
"zum" = "zu dem" stays one token, see ``merge_multiword``) → ``spacy train`` with
``training/syntax.cfg`` → ``<out>/model``. ``--ship`` copies the pipeline to
``graphkit/data/syntax_model`` with its ``ATTRIBUTION.md``; without it the shipped model
is never touched.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

TRAINING_DIR = Path(__file__).resolve().parent
REPO = TRAINING_DIR.parent
sys.path.insert(0, str(REPO))

import spacy  # noqa: E402
from shipping import ship_pipeline  # noqa: E402
from spacy.cli.train import train as spacy_train  # noqa: E402
from spacy.tokens import Doc, DocBin  # noqa: E402

from graphkit.nlp import subword_vectors, syntax  # noqa: E402  (registers architectures)

SHARED_DATA = REPO.parent / "shared" / "data"
TRAIN_FILES = (
    Path("ud-german-gsd/de_gsd-ud-dev.conllu"),
    Path("ud-german-pud/de_pud-ud-test.conllu"),
)
# PUD's XPOS column is Penn-style (NN, VBC, JJ), not STTS: its XPOS are left missing, so the
# tagger learns STTS from GSD alone while the other components learn from both.
STTS_FILES = {"ud-german-gsd/de_gsd-ud-dev.conllu"}
ATTRIBUTION = TRAINING_DIR / "SYNTAX_ATTRIBUTION.md"
HOLDOUT_EVERY = 10


@dataclass
class Word:
    form: str
    lemma: str
    upos: str
    xpos: str
    feats: str
    head: int  # 1-based, 0 = root (CoNLL-U)
    deprel: str
    space_after: bool = True


@dataclass
class Sentence:
    sent_id: str
    words: list[Word] = field(default_factory=list)


def _column(value: str) -> str:
    return "" if value == "_" else value


def read_conllu(path: Path) -> Iterator[Sentence]:
    """Sentences of a CoNLL-U file with multi-word tokens merged into their surface token."""
    block: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if line.strip():
            block.append(line)
        elif block:
            yield parse_block(block)
            block = []


def parse_block(lines: list[str]) -> Sentence:
    sent_id = next((ln.split("=", 1)[1].strip() for ln in lines if ln.startswith("# sent_id")), "")
    words: dict[int, Word] = {}
    ranges: list[tuple[int, int, str, bool]] = []
    for line in lines:
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        space = "SpaceAfter=No" not in cols[9]
        if "-" in cols[0]:
            first, last = (int(x) for x in cols[0].split("-"))
            ranges.append((first, last, cols[1], space))
        elif "." not in cols[0]:  # empty nodes (enhanced UD) are skipped
            words[int(cols[0])] = Word(cols[1], _column(cols[2]), _column(cols[3]),
                                       _column(cols[4]), _column(cols[5]), int(cols[6]),
                                       _column(cols[7]), space)
    return Sentence(sent_id, merge_multiword(words, ranges))


def merge_multiword(words: dict[int, Word], ranges: list[tuple[int, int, str, bool]]
                    ) -> list[Word]:
    """Keep the surface token of a contraction ("zum" = "zu" + "dem") as one word.

    The merged word takes its head and relation from the part attached outside the range
    (for "zum": the preposition's ``case`` to the noun), its lemma and UPOS from the first
    part (``zu``, ADP; as HanTa and STTS's APPRART do), and the features of all parts.
    """
    new_id: dict[int, int] = {}
    merged: dict[int, tuple[int, str, bool]] = {first: (last, form, space)
                                                for first, last, form, space in ranges}
    order: list[int] = []
    i = 1
    while i <= len(words):
        order.append(i)
        last = merged[i][0] if i in merged else i
        for j in range(i, last + 1):
            new_id[j] = len(order)
        i = last + 1
    out: list[Word] = []
    for first in order:
        if first not in merged:
            word = words[first]
            out.append(Word(word.form, word.lemma, word.upos, word.xpos, word.feats,
                            new_id.get(word.head, 0), word.deprel, word.space_after))
            continue
        last, form, space = merged[first]
        parts = [words[j] for j in range(first, last + 1)]
        outside = [p for p in parts if not first <= p.head <= last] or parts[:1]
        head = outside[0]
        xpos = "APPRART" if parts[0].upos == "ADP" and parts[-1].upos == "DET" else head.xpos
        feats = merge_feats(p.feats for p in parts)
        out.append(Word(form, parts[0].lemma, parts[0].upos, xpos, feats,
                        new_id.get(head.head, 0), head.deprel, space))
    return out


def merge_feats(all_feats: Iterator[str]) -> str:
    features: dict[str, str] = {}
    for feats in all_feats:
        for pair in filter(None, feats.split("|")):
            key, _, value = pair.partition("=")
            features.setdefault(key, value)
    return "|".join(f"{k}={v}" for k, v in sorted(features.items()))


def sentence_doc(vocab, sentence: Sentence, *, with_tags: bool) -> Doc:  # type: ignore[no-untyped-def]
    words = sentence.words
    heads = [(w.head - 1) if w.head else i for i, w in enumerate(words)]
    return Doc(
        vocab,
        words=[w.form for w in words],
        spaces=[w.space_after for w in words[:-1]] + [False],
        tags=[w.xpos if with_tags else "" for w in words],
        pos=[w.upos or "X" for w in words],
        morphs=[w.feats for w in words],
        lemmas=[w.lemma or w.form for w in words],
        heads=heads,
        deps=[w.deprel or "dep" for w in words],
        sent_starts=[True] + [False] * (len(words) - 1),
    )


def training_sentences(data: Path) -> list[tuple[Sentence, bool]]:
    """The training pool: (sentence, has STTS tags), GSD dev first, then PUD."""
    pool = []
    for name in TRAIN_FILES:
        if "test" in name.name and "gsd" in name.name:  # never GSD test
            raise ValueError(f"refusing to train on {name}")
        for sentence in read_conllu(data / name):
            pool.append((sentence, str(name) in STTS_FILES))
    return pool


def prepare(data: Path, corpus: Path, *, limit: int | None = None,
            holdout: bool = True) -> dict[str, int]:
    """Write ``train.spacy`` and ``dev.spacy`` (every tenth sentence, or a copy of train)."""
    pool = training_sentences(data)
    if limit:
        pool = pool[: limit // 2] + pool[-(limit - limit // 2):]  # some of each treebank
    nlp = spacy.blank("de")
    train, dev = DocBin(), DocBin()
    for i, (sentence, stts) in enumerate(pool):
        doc = sentence_doc(nlp.vocab, sentence, with_tags=stts)
        (dev if holdout and i % HOLDOUT_EVERY == HOLDOUT_EVERY - 1 else train).add(doc)
        if not holdout and i % HOLDOUT_EVERY == HOLDOUT_EVERY - 1:
            dev.add(doc)  # spaCy needs a dev set; its scores are then of trained-on text
    corpus.mkdir(parents=True, exist_ok=True)
    train.to_disk(corpus / "train.spacy")
    dev.to_disk(corpus / "dev.spacy")
    return {"train": len(train), "dev": len(dev)}


def unlabelled_sentences(data: Path) -> Iterator[list[str]]:
    """News-like sentences without syntax annotation that may be trained on: GermEval 2014
    dev, then SmartData v1 train less every v3 test document (tweets, traffic reports and
    fragments are skipped: a sentence of 6-40 words, capitalised, ending in . ! or ?)."""
    from prepare import read_germeval, smartdata_sentences, smartdata_training_docs

    def news_like(words: list[str]) -> bool:
        return (6 <= len(words) <= 40 and words[0][:1].isupper() and words[-1] in {".", "!", "?"}
                and not any(w[:1] in {"@", "#"} or w.startswith("http") or not w.strip()
                            for w in words))

    for words, _ in read_germeval(data / "germeval2014" / "NER-de-dev.tsv"):
        if news_like(words):
            yield words
    blank = spacy.blank("de")
    for doc_json in smartdata_training_docs(data, include_v1_test=False):
        for doc in smartdata_sentences(blank, doc_json, None):
            words = [t.text for t in doc]
            if news_like(words):
                yield words


def silver_docs(vocab, model: Path, count: int) -> list[Doc]:  # type: ignore[no-untyped-def]
    """Self-training: ``count`` unlabelled sentences with the heads and relations ``model``
    predicts. Tags, features and lemmas stay missing, so only the parser (and the shared
    tok2vec under it) learns from them."""
    nlp = spacy.load(model)
    sentences = list(itertools.islice(unlabelled_sentences(SHARED_DATA), count))
    unparsed = (Doc(nlp.vocab, words=words) for words in sentences)
    silver = []
    for doc in nlp.pipe(unparsed, batch_size=64):
        silver.append(Doc(vocab, words=[t.text for t in doc],
                          spaces=[bool(t.whitespace_) for t in doc],
                          heads=[t.head.i for t in doc], deps=[t.dep_ for t in doc]))
    return silver


def train(config: Path, out: Path, *, limit: int | None = None, max_steps: int | None = None,
          seed: int = 0, holdout: bool = True, overrides: dict | None = None,
          silver: tuple[Path, int] | None = None) -> Path:
    corpus = out / "corpus"
    counts = prepare(SHARED_DATA, corpus, limit=limit, holdout=holdout)
    if silver:
        train_bin = DocBin().from_disk(corpus / "train.spacy")
        for doc in silver_docs(spacy.blank("de").vocab, *silver):
            train_bin.add(doc)
        train_bin.to_disk(corpus / "train.spacy")
        counts["train"] = len(train_bin)
    print(f"corpus: {counts['train']} training sentences, {counts['dev']} dev", flush=True)
    settings = {
        "paths.train": str(corpus / "train.spacy"),
        "paths.dev": str(corpus / "dev.spacy"),
        "system.seed": seed,
        **(overrides or {}),
    }
    if max_steps is not None:
        settings["training.max_steps"] = max_steps
        settings["training.eval_frequency"] = max(1, min(200, max_steps // 2))
    if not holdout:
        settings["training.patience"] = 0
    spacy_train(config, out / "model", overrides=settings)
    return out / "model" / ("model-best" if holdout else "model-last")


def ship(model_dir: Path, target: Path = syntax.SHIPPED_SYNTAX_DIR) -> None:
    """Copy a trained pipeline into the package, atomically replacing the old one."""
    ship_pipeline(model_dir, target, ATTRIBUTION, META)


# Name, licence and sources in the shipped pipeline's meta.json.
META = {
    "name": "graphkit_syntax_de",
    "version": "0.1.0",
    "description": "German STTS tagger, UD morphologiser, lemmatiser and dependency "
                   "parser for graphkit; see ATTRIBUTION.md",
    "license": "CC BY-SA 4.0 (trained on UD German GSD, CC BY-SA 4.0, and UD German "
               "PUD, CC BY-SA 3.0; see ATTRIBUTION.md)",
    "sources": [
        {"name": "UD German GSD v2 (dev split)", "license": "CC BY-SA 4.0",
         "url": "https://github.com/UniversalDependencies/UD_German-GSD"},
        {"name": "UD German PUD v2", "license": "CC BY-SA 3.0",
         "url": "https://github.com/UniversalDependencies/UD_German-PUD"},
    ],
    "requirements": [subword_vectors.REQUIREMENT],
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="train graphkit's German syntax components")
    parser.add_argument("--config", type=Path, default=TRAINING_DIR / "syntax.cfg")
    parser.add_argument("--out", type=Path, default=TRAINING_DIR / "runs" / "syntax")
    parser.add_argument("--limit", type=int, default=None, help="tiny data slice (CI)")
    parser.add_argument("--max-steps", type=int, default=None)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--no-holdout", action="store_true",
                        help="train on the whole pool for --max-steps steps, keep the last")
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                        help="config override, e.g. components.tok2vec.model.encode.depth=3")
    parser.add_argument("--self-train", type=int, default=0, metavar="N",
                        help="add N unlabelled news sentences parsed by --silver-model")
    parser.add_argument("--silver-model", type=Path, default=syntax.SHIPPED_SYNTAX_DIR)
    parser.add_argument("--ship", action="store_true", help="install as graphkit's model")
    parser.add_argument("--ship-only", type=Path, default=None, metavar="MODEL_DIR")
    args = parser.parse_args(argv)
    if args.ship_only:
        ship(args.ship_only)
        print(f"shipped {args.ship_only} → {syntax.SHIPPED_SYNTAX_DIR}")
        return 0
    if args.no_holdout and args.max_steps is None:
        parser.error("--no-holdout needs --max-steps (chosen on a run with the held-out set)")
    overrides = {}
    for item in args.set:
        key, _, value = item.partition("=")
        overrides[key] = json.loads(value) if value[:1] in "0123456789[{tf-\"" else value
    model = train(args.config, args.out, limit=args.limit, max_steps=args.max_steps,
                  seed=args.seed, holdout=not args.no_holdout, overrides=overrides,
                  silver=(args.silver_model, args.self_train) if args.self_train else None)
    if args.ship:
        ship(model)
        print(f"shipped {model} → {syntax.SHIPPED_SYNTAX_DIR}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
