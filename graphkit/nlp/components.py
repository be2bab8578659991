"""spaCy components of graphkit's default German pipeline (no trained model needed).

- ``graphkit_line_sentencizer``: sentence boundaries that respect line breaks (web text puts
  headings, captions and datelines on lines of their own) and German ordinals ("28. Juni").
- ``graphkit_hanta``: STTS tags and lemmas from HanTa, whose model ships on PyPI; with
  ``mode="lemma"`` only the lemmas, beside a trained tagger (graphkit's default pipeline:
  HanTa's lexicon lemmatises better than a lemmatiser trained on ~33k treebank tokens).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

import numpy
from spacy.attrs import LEMMA, ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Token

from graphkit.nlp.lemmas import table_lemma

SENTENCE_FINAL = {".", "!", "?", "…", "..."}
CLOSING = {"“", "”", "\"", "'", "’", "»", "«", ")", "]"}
OPENING = {"„", "“", "\"", "»", "«", "(", "‚", "-", "–"}
# HanTa's morphological analysis grows faster than quadratically with word length (a
# 400-character token: ~10 s; 3,000 characters: minutes). No German word needs more; longer
# tokens (URLs, hashes, base64) get a tag from their shape instead.
MAX_TAGGED_WORD = 40
# Each unseen word costs HanTa 10-100 ms, so the fragments the tokenizer cuts out of URLs
# and hashes (digits or capitals inside a longer token: "Xk9fQz2LmP0a") would make such
# text cost ~1 ms per character; they get their shape tag too.
SHAPE_ONLY_FROM = 12
# Longest sentence passed on (tokens); real sentences stay far below it.
MAX_SENTENCE_TOKENS = 200
BREAKS = {",", ";", ":"}


@lru_cache(maxsize=1)
def sentence_words() -> dict[str, frozenset[str]]:
    path = resources.files("graphkit.data") / "lexicon" / "sentences.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    return {key: frozenset(words) for key, words in data.items() if not key.startswith("_")}


def ends_sentence(doc: Doc, i: int) -> bool:
    """Does a sentence end after token i (its closing quotes/brackets included)?"""
    token = doc[i]
    if token.text not in SENTENCE_FINAL and not (token.text.endswith(".") and len(token) > 1):
        return False
    words = sentence_words()
    if token.text.lower() in words["abbreviations"]:
        return False
    if len(token.text) == 2 and token.text[0].isupper():
        return False        # an initial: "W. Müller"
    if token.text == "." and i > 0 and abbreviated(doc[i - 1].text):
        return False        # the same, its period a token of its own: "St . Georg"
    nxt = after_closing(doc, i)
    if nxt >= len(doc):
        return False
    following = doc[nxt]
    if following.is_space:
        return True
    if token.text.endswith(".") and token.text[:-1].isdigit():
        # "28. Juni" and "ihr 14. Paket" are ordinals; "2019. Die" ends a sentence.
        if (i > 0 and doc[i - 1].lower_ in words["determiners"]) or in_heading(doc, i):
            return False
        return following.lower_ not in words["month_words"] and following.text[:1].isupper()
    return following.text[:1].isupper() or following.text in OPENING or following.is_digit


HEADING_TOKENS = 30  # a line this short without a closing full stop is a heading


def in_heading(doc: Doc, i: int) -> bool:
    """'EU beschließt 14. Sanktionspaket': token i stands on a short line that ends without
    sentence punctuation, a heading or caption, where a number with a period is an ordinal."""
    end = min(len(doc), i + HEADING_TOKENS)
    line_end = next((j for j in range(i + 1, end) if "\n" in doc[j].text), None)
    if line_end is None and end < len(doc):
        return False        # a long line: running text
    last = doc[(line_end if line_end is not None else end) - 1]
    return last.text not in SENTENCE_FINAL and not last.text.endswith(".")


def after_closing(doc: Doc, i: int) -> int:
    """The first token after token i and the quotes and brackets that close its sentence.
    A quote written apart from the period opens the next sentence ('sinkt. "Das ist …'):
    straight quotes look the same either way."""
    nxt = i + 1
    while nxt < len(doc) and doc[nxt].text in CLOSING and not doc[nxt - 1].whitespace_:
        nxt += 1
    return nxt


def abbreviated(word: str) -> bool:
    """'St', 'Dr', 'R' before a period written (or pre-tokenised) apart from it."""
    return ((word + ".").lower() in sentence_words()["abbreviations"]
            or (len(word) == 1 and word.isupper()))


# A number that is never an ordinal, so a period after it ends the sentence ("im Jahr 2024.",
# "mit 5:0.", "28,5 Prozent" ... "auf 18.000."): spaCy's German tokenizer keeps the period on
# every number ("28." is an ordinal), which hides the sentence's punctuation from the parser.
CLUB_YEAR = re.compile(r"0\d")
NOT_ORDINAL = re.compile(r"(?:1[89]|20)\d\d|\d+[:,]\d+|\d{1,3}(?:\.\d{3})+")


def split_sentence_final_numbers(doc: Doc) -> Doc:
    """'2024.' at a sentence end becomes '2024' '.'."""
    found = [token for token in doc if token.text.endswith(".") and token.text[:1].isdigit()
             and (NOT_ORDINAL.fullmatch(token.text[:-1]) or club_year(doc, token.i))
             and (ends_sentence(doc, token.i) or ends_text(doc, token.i))]
    if found:
        with doc.retokenize() as retokenizer:
            for token in found:
                retokenizer.split(token, [token.text[:-1], "."],
                                  heads=[(token, 0), (token, 0)])
    return doc


def club_year(doc: Doc, i: int) -> bool:
    """'gegen Mainz 05.': a two-digit number with a leading zero after a name is a club's
    year, no ordinal ('am 05. Mai' stays one token: the month keeps the sentence going)."""
    return (CLUB_YEAR.fullmatch(doc[i].text[:-1]) is not None and i > 0
            and doc[i - 1].text[:1].isupper())


def ends_text(doc: Doc, i: int) -> bool:
    return all(token.is_space for token in doc[i + 1:])


def set_line_aware_sentence_starts(doc: Doc) -> Doc:
    if len(doc) == 0:
        return doc
    doc = split_sentence_final_numbers(doc)
    starts = [False] * len(doc)
    starts[0] = True
    for i in range(1, len(doc)):
        prev = doc[i - 1]
        starts[i] = "\n" in prev.text or "\n" in prev.whitespace_
    for i in range(len(doc) - 1):
        if ends_sentence(doc, i):
            nxt = after_closing(doc, i)
            if nxt < len(doc) and not doc[nxt].is_space:
                starts[nxt] = True
    cap_sentence_length(doc, starts)
    # One array write: setting Token.is_sent_start checks the whole doc for a parse each
    # time, which made this component quadratic in the length of the text.
    values = numpy.array([1 if start else -1 for start in starts], dtype="int64")
    doc.from_array([SENT_START], values.astype("uint64").reshape(-1, 1))
    return doc


def cap_sentence_length(doc: Doc, starts: list[bool], limit: int = MAX_SENTENCE_TOKENS) -> None:
    """Start a new sentence after at most ``limit`` tokens (after a comma, semicolon or
    colon in the last quarter if there is one): the later stages look at pairs of words in
    a sentence, so a run-on "sentence" of 20 KB must not reach them whole."""
    last = 0
    for i in range(1, len(starts)):
        if starts[i]:
            last = i
            continue
        if i - last < limit:
            continue
        cut = next((j for j in range(i, i - limit // 4, -1) if doc[j - 1].text in BREAKS), i)
        starts[cut] = True
        last = cut


@Language.component("graphkit_line_sentencizer")
def line_sentencizer(doc: Doc) -> Doc:
    return set_line_aware_sentence_starts(doc)


MODES = ("word", "sentence", "lemma")


@lru_cache(maxsize=1)
def hanta_model():  # type: ignore[no-untyped-def]
    from HanTa import HanoverTagger

    return HanoverTagger.HanoverTagger("morphmodel_ger.pgz")


def is_word_like(word: str) -> bool:
    """Worth HanTa's analysis: not too long, and (if longer than a short name such as
    "McDonald") each hyphen-joined part all capitals or without digits and capitals after
    its first letter ("CDU-Vorsitzender" yes, "Xk9fQz2LmP0a" no)."""
    if len(word) > MAX_TAGGED_WORD:
        return False
    if len(word) <= SHAPE_ONLY_FROM:
        return True
    return all(part.isupper() or (not any(c.isdigit() for c in part)
                                  and not any(c.isupper() for c in part[1:]))
               for part in word.split("-"))


def shape_tag(word: str) -> str:
    """STTS tag of a word too long for HanTa: a capitalised letter-only word is a noun
    compound, anything else (a URL, a hash) is a non-word (XY)."""
    return "NN" if word[:1].isupper() and word.isalpha() else "XY"


class HantaTagger:
    """Sets ``token.tag_`` (STTS, as HanTa writes it, e.g. ``VV(FIN)``) and ``token.lemma_``.

    ``mode="word"`` analyses each word type once and caches it (fast, context-free);
    ``mode="sentence"`` runs HanTa's HMM over each sentence (better tags, ~4k tokens/s);
    ``mode="lemma"`` is word mode that sets only ``token.lemma_`` and keeps the tags.
    """

    def __init__(self, *, mode: str = "word", cache_size: int = 200_000) -> None:
        if mode not in MODES:
            raise ValueError(f"graphkit_hanta: mode must be one of {MODES}, not {mode!r}")
        self.mode = mode
        self.cache_size = cache_size
        self._cache: dict[tuple[str, str], tuple[str, str]] = {}
        self._lemma_ids: dict[int, int] = {}  # word id → lemma id (lemma mode)

    def analyse_word(self, word: str, pos: str = "EMPTY") -> tuple[str, str]:
        if not is_word_like(word):
            return word, shape_tag(word)
        key = (word, pos)
        cached = self._cache.get(key)
        if cached is None:
            lemma, tag = hanta_model().analyze(word, pos=pos)
            cached = (str(lemma), str(tag))
            if len(self._cache) < self.cache_size:
                self._cache[key] = cached
        return cached

    def tag_token(self, token: Token, pos: str = "EMPTY") -> None:
        if token.is_space:
            token.tag_ = "_SP"
            token.lemma_ = token.text
            return
        if token.is_punct:
            token.tag_ = "$."
            token.lemma_ = token.text
            return
        lemma, tag = self.analyse_word(token.text, pos)
        token.tag_ = tag
        token.lemma_ = lemma

    def lemma(self, word: str) -> str:
        """HanTa's lemma of ``word``: from graphkit's table of HanTa's analyses when it has
        the word, from HanTa otherwise (``graphkit.nlp.lemmas``)."""
        if not is_word_like(word):
            return word
        return table_lemma(word) or self.analyse_word(word)[0]

    def lemmatise(self, doc: Doc) -> Doc:
        """Set each token's lemma; a lemma depends on the word alone, so each distinct word
        of the doc is looked up once (by its id: no Token object per token)."""
        if len(doc) == 0:
            return doc
        unique, index = numpy.unique(doc.to_array(ORTH), return_inverse=True)
        values = numpy.array([self.lemma_id(int(orth), doc) for orth in unique], dtype="uint64")
        doc.from_array([LEMMA], values[index.reshape(-1)].reshape(-1, 1))
        return doc

    def lemma_id(self, orth: int, doc: Doc) -> int:
        cached = self._lemma_ids.get(orth)
        if cached is None:
            lexeme = doc.vocab[orth]
            text = lexeme.orth_
            lemma = text if lexeme.is_space or lexeme.is_punct else self.lemma(text)
            cached = doc.vocab.strings.add(lemma)
            if len(self._lemma_ids) < self.cache_size:
                self._lemma_ids[orth] = cached
        return cached

    def __call__(self, doc: Doc) -> Doc:
        if self.mode == "lemma":
            return self.lemmatise(doc)
        if self.mode == "word":
            for token in doc:
                self.tag_token(token)
            return doc
        for sent in doc.sents:
            words = [t for t in sent if not t.is_space]
            texts = [t.text if is_word_like(t.text) else "X" for t in words]
            tags = hanta_model().tag_sent(texts, taglevel=0)
            for token, tag in zip(words, tags):
                self.tag_token(token, tag if isinstance(tag, str) else tag[-1])
        for token in doc:
            if token.is_space:
                self.tag_token(token)
        return doc


@Language.factory(
    "graphkit_hanta",
    assigns=["token.tag", "token.lemma"],
    default_config={"mode": "word"},
)
def make_hanta_tagger(nlp: Language, name: str, mode: str) -> HantaTagger:
    return HantaTagger(mode=mode)
