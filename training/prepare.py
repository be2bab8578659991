"""Convert the open German NER corpora in ``../shared/data`` into spaCy DocBins.

Output (under ``--out``, default ``training/runs/corpus``):

- ``train.spacy``: GermEval 2014 dev (90 %) + DFKI SmartData v1 (train, and with
  ``--smartdata-test`` also v1 test) without any document of SmartData v3 test
  (matched by document id *and* by text) + optionally Europeana.
- ``dev.spacy``: the held-out 10 % of GermEval 2014 dev (early stopping only).
- ``germeval_test.spacy`` / ``smartdata_v3_test.spacy``: the evaluation sets (never trained on).

Label mapping (documented in ``training/README.md``): GermEval outer level PER/LOC/ORG and
OTH→MISC, ``*deriv``/``*part`` → O; SmartData person→PER, organization(-company)→ORG,
location/-city/-stop/-street→LOC, location-route and money→missing, everything else → O. Corpora
without MISC (SmartData, Europeana) mark tokens that look like names (HanTa ``NE``/``FM``)
but lie outside every annotated span as *missing* rather than O, so they do not teach
"MISC is O".

Every doc carries HanTa STTS tags in ``token.tag_`` (used as a NER feature and as the
teacher signal for the distilled tagger).

Usage: ``python training/prepare.py [--out DIR] [--europeana] [--limit N]``
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import random
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO / ".." / "shared" / "data"

GERMEVAL_OUTER = {"PER": "PER", "LOC": "LOC", "ORG": "ORG", "OTH": "MISC"}
SMARTDATA_LABELS = {
    "person": "PER",
    "organization": "ORG",
    "organization-company": "ORG",
    "location": "LOC",
    "location-city": "LOC",
    "location-stop": "LOC",
    "location-street": "LOC",
}
# Train/bus lines have no GermEval counterpart; money spans hold currencies ("Euro"), which
# GermEval tags OTH → MISC while SmartData leaves them unannotated.
SMARTDATA_MISSING = {"location-route", "money"}
NAME_LIKE_TAGS = {"NE", "FM"}
# One-word adjectival/inhabitant forms ("italienische", "Berliner") are *deriv in GermEval → O.
DERIV_RE = re.compile(r"(isch|ische|ischen|ischer|isches|ischem|er)$")
TRIM_CHARS = " \t\r\n.,;:!?\"'„“”‚‘’«»()[]{}-–—/"


# --------------------------------------------------------------------------- readers


def read_germeval(path: Path) -> Iterator[tuple[list[str], list[str]]]:
    """Yield (words, outer-level BIO tags mapped to PER/LOC/ORG/MISC) per sentence."""
    words: list[str] = []
    tags: list[str] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line.startswith("#"):
                continue
            if not line.strip():
                if words:
                    yield words, tags
                words, tags = [], []
                continue
            cols = line.split("\t")
            words.append(cols[1])
            tags.append(map_germeval_tag(cols[2]))
    if words:
        yield words, tags


def map_germeval_tag(tag: str) -> str:
    if tag == "O":
        return "O"
    prefix, _, label = tag.partition("-")
    mapped = GERMEVAL_OUTER.get(label)  # PERderiv, LOCpart, ... → None → O
    return f"{prefix}-{mapped}" if mapped else "O"


def read_concatenated_json(path: Path) -> list[dict]:
    """SmartData files hold pretty-printed JSON objects one after another (not JSON lines)."""
    text = gzip.open(path, "rt", encoding="utf-8").read()
    decoder = json.JSONDecoder()
    objects, pos = [], 0
    while True:
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if pos >= len(text):
            return objects
        obj, pos = decoder.raw_decode(text, pos)
        objects.append(obj)


def smartdata_text(doc: dict) -> str:
    text = doc.get("text")
    return text.get("string", "") if isinstance(text, dict) else (text or "")


def text_signature(text: str) -> str:
    return hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()


def smartdata_training_docs(data_dir: Path, include_v1_test: bool) -> list[dict]:
    """SmartData v1 documents that may be trained on: none of v3 test, by id or by text."""
    v3_test = read_concatenated_json(data_dir / "smartdata" / "v3" / "test.json.gz")
    banned_ids = {d["id"] for d in v3_test}
    banned_texts = {text_signature(smartdata_text(d)) for d in v3_test}
    files = ["train.json.gz"] + (["test.json.gz"] if include_v1_test else [])
    kept: list[dict] = []
    seen: set[str] = set()
    for name in files:
        for doc in read_concatenated_json(data_dir / "smartdata" / "v1" / name):
            sig = text_signature(smartdata_text(doc))
            if doc["id"] in banned_ids or sig in banned_texts or sig in seen:
                continue
            seen.add(sig)
            kept.append(doc)
    return kept


def read_europeana(path: Path) -> Iterator[tuple[list[str], list[str]]]:
    """Europeana BIO has no sentence breaks: cut after sentence punctuation."""
    words: list[str] = []
    tags: list[str] = []
    for line in path.open(encoding="utf-8", errors="replace"):
        if line.startswith("#") or not line.strip():
            continue
        parts = line.split()
        if len(parts) < 2:
            continue
        word, tag = parts[0], normalise_bio(parts[-1])
        words.append(word)
        tags.append(tag)
        if word in {".", "!", "?"} and len(words) >= 4:
            yield words, tags
            words, tags = [], []
    if words:
        yield words, tags


def normalise_bio(tag: str) -> str:
    tag = tag.replace("_", "-").upper()
    if tag == "O" or "-" not in tag:
        return "O"
    prefix, label = tag.split("-", 1)
    return f"{prefix}-{label}" if label in {"PER", "LOC", "ORG", "MISC"} else "O"


# --------------------------------------------------------------------------- tagging


class HanTaTagger:
    """STTS tags from HanTa, cached per sentence-independent call."""

    def __init__(self) -> None:
        from HanTa import HanoverTagger as ht

        self.tagger = ht.HanoverTagger("morphmodel_ger.pgz")

    def tags(self, words: list[str]) -> list[str]:
        if not words:
            return []
        return [tag for _, _, tag in self.tagger.tag_sent(words, taglevel=1)]


def tag_doc(doc: Doc, tagger: HanTaTagger | None) -> None:
    if tagger is None:
        return
    for token, tag in zip(doc, tagger.tags([t.text for t in doc]), strict=True):
        token.tag_ = tag


# --------------------------------------------------------------------------- doc building


def doc_from_bio(vocab, words: list[str], tags: list[str]) -> Doc:
    spaces = [True] * len(words)
    spaces[-1] = False
    safe = [t if t == "O" or t[:2] in {"B-", "I-"} else "O" for t in tags]
    safe = repair_bio(safe)
    return Doc(vocab, words=words, spaces=spaces, ents=safe)


def repair_bio(tags: list[str]) -> list[str]:
    """Turn an I- that does not continue a same-label entity into a B-."""
    out = []
    for i, tag in enumerate(tags):
        if tag.startswith("I-") and (i == 0 or out[i - 1][2:] != tag[2:]):
            tag = "B-" + tag[2:]
        out.append(tag)
    return out


def mark_name_like_missing(doc: Doc) -> None:
    """In corpora without MISC: name-like tokens outside every entity become missing."""
    ents = list(doc.ents)
    covered = {i for ent in ents for i in range(ent.start, ent.end)}
    missing = [
        Span(doc, t.i, t.i + 1)
        for t in doc
        if t.i not in covered and t.tag_ in NAME_LIKE_TAGS
    ]
    if missing:
        doc.set_ents(ents, missing=missing, default="outside")


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in TRIM_CHARS:
        start += 1
    while end > start and text[end - 1] in TRIM_CHARS:
        end -= 1
    return start, end


def is_germeval_deriv(span: Span) -> bool:
    """'deutsch', 'italienische', 'Berliner': adjectival/inhabitant forms, O in GermEval."""
    if len(span) != 1:
        return False
    word = span.text
    return word[:1].islower() or (DERIV_RE.search(word) is not None and span[0].tag_ != "NE")


def smartdata_sentences(nlp: Language, doc_json: dict, tagger: HanTaTagger | None) -> list[Doc]:
    """Tokenise a SmartData document, set its mapped entities, split into sentences."""
    text = smartdata_text(doc_json)
    doc = nlp.make_doc(text)
    tag_doc(doc, tagger)
    spans: list[Span] = []
    missing: list[Span] = []
    mentions = (doc_json.get("conceptMentions") or {}).get("array") or []
    for mention in mentions:
        kind = mention["type"].lower().replace("_", "-")
        start, end = trim_span(text, mention["span"]["start"], mention["span"]["end"])
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not span.text.strip():
            continue
        if kind in SMARTDATA_MISSING:
            missing.append(span)
        elif kind in SMARTDATA_LABELS:
            if is_germeval_deriv(span):
                continue
            if all(t.tag_ not in NAME_LIKE_TAGS for t in span) and all(
                t.tag_ == "NN" for t in span
            ) and tagger is not None:
                missing.append(span)  # "Gruppe", "Stadt": coreferent nouns, not names
                continue
            spans.append(Span(doc, span.start, span.end, label=SMARTDATA_LABELS[kind]))
    spans = spacy.util.filter_spans(spans)
    taken = {i for s in spans for i in range(s.start, s.end)}
    missing = [s for s in spacy.util.filter_spans(missing) if not any(
        i in taken for i in range(s.start, s.end))]
    doc.set_ents(spans, missing=missing, default="outside")
    mark_name_like_missing(doc)
    return split_sentences(doc)


def split_sentences(doc: Doc) -> list[Doc]:
    """Cut at line breaks and sentence punctuation; keep entities within one piece."""
    pieces: list[Doc] = []
    start = 0
    ent_end_at = {i: ent.end for ent in doc.ents for i in range(ent.start, ent.end)}
    for token in doc:
        boundary = "\n" in token.text or token.text in {".", "!", "?"} and not (
            token.i in ent_end_at and ent_end_at[token.i] > token.i + 1
        )
        if boundary or "\n" in token.whitespace_:
            end = token.i + 1
            piece = doc[start:end]
            if any(not t.is_space for t in piece):
                pieces.append(piece.as_doc())
            start = end
    if start < len(doc):
        piece = doc[start:]
        if any(not t.is_space for t in piece):
            pieces.append(piece.as_doc())
    return [strip_space_tokens(p) for p in pieces if len(p) > 1]


def strip_space_tokens(doc: Doc) -> Doc:
    """Drop whitespace tokens at the ends (they only make for empty predictions)."""
    start, end = 0, len(doc)
    while start < end and doc[start].is_space:
        start += 1
    while end > start and doc[end - 1].is_space:
        end -= 1
    return doc[start:end].as_doc() if (start, end) != (0, len(doc)) else doc


def bio_docs(
    nlp: Language,
    sentences: Iterable[tuple[list[str], list[str]]],
    tagger: HanTaTagger | None,
    no_misc: bool,
) -> list[Doc]:
    docs = []
    for words, tags in sentences:
        doc = doc_from_bio(nlp.vocab, words, tags)
        tag_doc(doc, tagger)
        if no_misc:
            mark_name_like_missing(doc)
        docs.append(doc)
    return docs


# --------------------------------------------------------------------------- augmentation

Mention = tuple[tuple[str, ...], tuple[str, ...]]  # words, tags


def mention_pool(
    docs: list[Doc], tagger: HanTaTagger | None, use_gazetteer: bool
) -> dict[str, list[Mention]]:
    """Entity mentions by label, from the training docs and graphkit's gazetteer names."""
    pool: dict[str, set[Mention]] = {}
    for doc in docs:
        for ent in doc.ents:
            words = tuple(t.text for t in ent)
            pool.setdefault(ent.label_, set()).add((words, tuple(t.tag_ for t in ent)))
    if use_gazetteer:
        tokenizer = spacy.blank("de").tokenizer
        for label, names in gazetteer_names().items():
            for name in names:
                words = tuple(t.text for t in tokenizer(name))
                tags = tuple(tagger.tags(list(words))) if tagger else ("",) * len(words)
                pool.setdefault(label, set()).add((words, tags))
    return {label: sorted(mentions) for label, mentions in pool.items()}


def gazetteer_names() -> dict[str, set[str]]:
    try:
        from graphkit.kb.gazetteer import load_gazetteer

        gazetteer = load_gazetteer()
    except Exception as err:  # the gazetteer is optional for training
        print(f"gazetteer not used: {err}", file=sys.stderr)
        return {}
    names: dict[str, set[str]] = {}
    for entry in getattr(gazetteer, "entries", ()):
        if entry.label in {"PER", "LOC", "ORG", "MISC"}:
            names.setdefault(entry.label, set()).update(entry.names)
    return names


def replace_mentions(
    docs: list[Doc], pool: dict[str, list[Mention]], copies: int, rng: random.Random
) -> list[Doc]:
    """Copies of ``docs`` with every entity swapped for a random mention of its label.

    More name variety in the same contexts: the model learns that the context, not the
    memorised name, makes an entity (mention replacement, Dai & Adel 2020).
    """
    out = []
    for doc in docs:
        if not doc.ents:
            continue
        for _ in range(copies):
            words: list[str] = []
            tags: list[str] = []
            bio: list[str] = []
            pos = 0
            for ent in doc.ents:
                for t in doc[pos:ent.start]:
                    words.append(t.text)
                    tags.append(t.tag_)
                    bio.append(t.ent_iob_ + "-" + t.ent_type_ if t.ent_type_ else "O")
                new_words, new_tags = rng.choice(pool[ent.label_])
                words.extend(new_words)
                tags.extend(new_tags)
                bio.extend(["B-" + ent.label_] + ["I-" + ent.label_] * (len(new_words) - 1))
                pos = ent.end
            for t in doc[pos:]:
                words.append(t.text)
                tags.append(t.tag_)
                bio.append("O")
            new = doc_from_bio(doc.vocab, words, bio)
            for token, tag in zip(new, tags, strict=True):
                token.tag_ = tag
            out.append(new)
    return out


# --------------------------------------------------------------------------- main


def save(docs: list[Doc], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    db = DocBin(attrs=["ORTH", "TAG", "ENT_IOB", "ENT_TYPE", "SENT_START"], store_user_data=False)
    for doc in docs:
        db.add(doc)
    tmp = path.with_suffix(".tmp")
    db.to_disk(tmp)
    tmp.replace(path)
    n_ents = sum(len(d.ents) for d in docs)
    print(f"{path.name}: {len(docs)} docs, {sum(len(d) for d in docs)} tokens, {n_ents} entities")


def prepare(
    data_dir: Path,
    out_dir: Path,
    europeana: bool = False,
    smartdata_test: bool = True,
    limit: int | None = None,
    with_tags: bool = True,
    seed: int = 0,
    augment: int = 0,
    augment_gazetteer: bool = True,
    holdout: bool = True,
) -> dict[str, Path]:
    """Write train.spacy and dev.spacy. Without ``holdout`` the held-out 10 % is trained on
    too (for the final model, once the number of steps is chosen on the held-out run);
    dev.spacy then still holds those sentences, but their scores mean nothing."""
    nlp = spacy.blank("de")
    tagger = HanTaTagger() if with_tags else None
    germeval_dev = list(read_germeval(data_dir / "germeval2014" / "NER-de-dev.tsv"))
    if limit:
        germeval_dev = germeval_dev[:limit]
    rng = random.Random(seed)
    rng.shuffle(germeval_dev)
    n_dev = max(1, len(germeval_dev) // 10)
    train = bio_docs(nlp, germeval_dev[n_dev if holdout else 0:], tagger, no_misc=False)
    dev = bio_docs(nlp, germeval_dev[:n_dev], tagger, no_misc=False)

    germeval_train = list(train)
    smart_docs = smartdata_training_docs(data_dir, include_v1_test=smartdata_test)
    if limit:
        smart_docs = smart_docs[: max(1, limit // 20)]
    for doc_json in smart_docs:
        train.extend(smartdata_sentences(nlp, doc_json, tagger))
    if augment:
        pool = mention_pool(train, tagger, augment_gazetteer)
        train.extend(replace_mentions(germeval_train, pool, augment, rng))
    if europeana:
        for path in sorted((data_dir / "europeana-ner-de").glob("*.bio")):
            sents = list(read_europeana(path))
            train.extend(bio_docs(nlp, sents[:limit] if limit else sents, tagger, no_misc=True))

    paths = {"train": out_dir / "train.spacy", "dev": out_dir / "dev.spacy"}
    save(train, paths["train"])
    save(dev, paths["dev"])
    return paths


def prepare_test_sets(data_dir: Path, out_dir: Path, with_tags: bool = True) -> dict[str, Path]:
    """The evaluation sets, in the same form (gold tokens, mapped labels, HanTa tags)."""
    nlp = spacy.blank("de")
    tagger = HanTaTagger() if with_tags else None
    germeval = bio_docs(
        nlp, read_germeval(data_dir / "germeval2014" / "NER-de-test.tsv"), tagger, no_misc=False
    )
    smart: list[Doc] = []
    for doc_json in read_concatenated_json(data_dir / "smartdata" / "v3" / "test.json.gz"):
        smart.extend(smartdata_test_sentences(nlp, doc_json, tagger))
    paths = {
        "germeval_test": out_dir / "germeval_test.spacy",
        "smartdata_v3_test": out_dir / "smartdata_v3_test.spacy",
    }
    save(germeval, paths["germeval_test"])
    save(smart, paths["smartdata_v3_test"])
    return paths


def smartdata_test_sentences(nlp: Language, doc_json: dict, tagger) -> list[Doc]:
    """v3 test is already tokenised with BIO tags per token: use them (mapped) as gold."""
    text = smartdata_text(doc_json)
    tokens = (doc_json.get("tokens") or {}).get("array") or []
    sentences = (doc_json.get("sentences") or {}).get("array") or []
    out = []
    for sent in sentences:
        s, e = sent["span"]["start"], sent["span"]["end"]
        toks = [t for t in tokens if t["span"]["start"] >= s and t["span"]["end"] <= e]
        words = [text[t["span"]["start"]:t["span"]["end"]] for t in toks]
        keep = [i for i, w in enumerate(words) if w.strip()]
        if len(keep) < 2:
            continue
        words = [words[i].replace(" ", "_") for i in keep]
        tags = [map_smartdata_bio(toks[i]["ner"]["string"]) for i in keep]
        doc = doc_from_bio(nlp.vocab, words, tags)
        tag_doc(doc, tagger)
        out.append(doc)
    return out


def map_smartdata_bio(tag: str) -> str:
    if tag == "O" or "-" not in tag:
        return "O"
    prefix, label = tag.split("-", 1)
    mapped = SMARTDATA_LABELS.get(label.lower().replace("_", "-"))
    return f"{prefix}-{mapped}" if mapped else "O"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=SHARED_DATA)
    parser.add_argument("--out", type=Path, default=REPO / "training" / "runs" / "corpus")
    parser.add_argument("--europeana", action="store_true", help="add Europeana (historic OCR)")
    parser.add_argument("--no-smartdata-test", action="store_true",
                        help="use only SmartData v1 train (not v1 test minus v3 test)")
    parser.add_argument("--limit", type=int, default=None, help="tiny slice (CI)")
    parser.add_argument("--no-tags", action="store_true", help="skip HanTa tagging")
    parser.add_argument("--test-sets", action="store_true", help="also write the test sets")
    parser.add_argument("--augment", type=int, default=0, metavar="N",
                        help="add N mention-replaced copies of each GermEval sentence")
    args = parser.parse_args(argv)
    if not (args.data / "germeval2014").is_dir():
        print(f"data not found: {args.data}", file=sys.stderr)
        return 2
    prepare(args.data, args.out, europeana=args.europeana,
            smartdata_test=not args.no_smartdata_test, limit=args.limit,
            with_tags=not args.no_tags, augment=args.augment)
    if args.test_sets:
        prepare_test_sets(args.data, args.out, with_tags=not args.no_tags)
    return 0


if __name__ == "__main__":
    sys.exit(main())
