"""Build the spaCy pipeline and turn articles into plain analysed sentences.

Default (offline, from PyPI only): ``spacy.blank("de")`` + line-aware sentencizer + HanTa
tags/lemmas + graphkit's shipped NER model (when present) + the gazetteer, whose matches are
reconciled with the model's entities (``entity_reconcile``). ``spacy_model`` (a package name
such as ``de_core_news_lg`` or a path) replaces the default and keeps the gazetteers.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from graphkit.errors import PipelineError
from graphkit.kb.gazetteer import Gazetteer, load_gazetteer
from graphkit.model import (
    ENTITY_LABELS,
    MISC,
    AnalysedArticle,
    AnalysedSentence,
    Article,
    EntityMention,
    Sentence,
    Token,
)
from graphkit.nlp import (
    components,  # noqa: F401  (registers the graphkit_* factories)
    entity_reconcile,
    ner_model,
)
from graphkit.nlp.offices import find_office_mentions, office_words
from graphkit.nlp.surnames import add_surname_mentions

# Labels of other pipelines mapped onto graphkit's four (e.g. OntoNotes-style models).
LABEL_MAP = {
    "PER": "PER", "PERSON": "PER", "LOC": "LOC", "GPE": "LOC", "FAC": "LOC", "ORG": "ORG",
    "NORP": MISC, "MISC": MISC, "EVENT": MISC, "OTH": MISC,
}


TRAILING_PUNCTUATION = ".,;:!?"
NAME_PARTICLES = {"von", "van", "de", "der", "den", "bin", "al", "da", "di", "du", "la", "le",
                  "zu", "ibn", "el"}


def add_gazetteer_ruler(nlp: Language, *, position: str) -> None:
    """Add the gazetteer EntityRuler before or after the statistical NER.

    ``position="before"`` lets gazetteer matches win over the model; "after" only fills
    gaps; "reconcile" matches after the model and merges both (``entity_reconcile``).
    Without a statistical NER the ruler simply runs last.
    """
    if position == "reconcile":
        add_gazetteer_reconciler(nlp)
        return
    config = {"overwrite_ents": position == "before", "validate": False}
    has_ner = "ner" in nlp.pipe_names
    where = {"before": "ner"} if has_ner and position == "before" else {}
    ruler = nlp.add_pipe("entity_ruler", name="gazetteer_ruler", config=config, **where)
    ruler.add_patterns(load_gazetteer().ruler_patterns())  # type: ignore[attr-defined]


def add_gazetteer_reconciler(nlp: Language) -> None:
    """Gazetteer matches into ``doc.spans``, then merged with the model's entities."""
    config = {"spans_key": entity_reconcile.SPANS_KEY, "annotate_ents": False,
              "validate": False}
    ruler = nlp.add_pipe("span_ruler", name="gazetteer_ruler", config=config)
    ruler.add_patterns(load_gazetteer().ruler_patterns())  # type: ignore[attr-defined]
    nlp.add_pipe("graphkit_entity_reconcile")


def default_pipeline(*, hanta_mode: str = "word", use_model: bool = True) -> Language:
    """graphkit's own pipeline; ``use_model=False`` gives the rules-only variant (tests)."""
    nlp = spacy.blank("de")
    nlp.add_pipe("graphkit_line_sentencizer")
    nlp.add_pipe("graphkit_hanta", config={"mode": hanta_mode})
    with_model = use_model and ner_model.shipped_model_available()
    if with_model:
        ner_model.add_shipped_ner(nlp)
    add_gazetteer_ruler(nlp, position=ner_model.RULER_POSITION if with_model else "reconcile")
    return nlp


def user_pipeline(name_or_path: str) -> Language:
    try:
        nlp = spacy.load(name_or_path)
    except OSError as error:
        raise PipelineError(
            f"cannot load spaCy pipeline {name_or_path!r}: install it or pass a path "
            f"({str(error).splitlines()[0][:200]})"
        ) from None
    if not ({"parser", "senter", "sentencizer"} & set(nlp.pipe_names)):
        nlp.add_pipe("graphkit_line_sentencizer", first=True)
    if "lemmatizer" not in nlp.pipe_names and "tagger" not in nlp.pipe_names:
        nlp.add_pipe("graphkit_hanta", after="graphkit_line_sentencizer")
    add_gazetteer_ruler(nlp, position="reconcile")
    return nlp


@lru_cache(maxsize=4)
def load_pipeline(spacy_model: str | None = None) -> Language:
    """The pipeline ``graphkit build`` uses (cached per process)."""
    return user_pipeline(spacy_model) if spacy_model else default_pipeline()


def mention_label(label: str) -> str | None:
    return LABEL_MAP.get(label.upper()) if label.upper() not in ENTITY_LABELS else label.upper()


def trim_lowercase_tail(ent: Span) -> Span | None:
    """'Kim treffen' → 'Kim': a model span that runs into the verb after a name."""
    end = ent.end
    while end > ent.start and ent.doc[end - 1].text[:1].islower() and (
            ent.doc[end - 1].lower_ not in NAME_PARTICLES):
        end -= 1
    return ent.doc[ent.start:end] if end > ent.start else None


def looks_like_a_name(span: Span, gazetteer: Gazetteer) -> bool:
    """Reject what the statistical model tags but GermEval-style names are not: adjectives
    ("nordkoreanischen"), inhabitants ("Nordkoreanern"), office words ("Kremlchef"),
    capitalised verbs at a sentence start ("Flankiert wurde …") and compounds of a name and
    a common noun ("Kreml-Angaben")."""
    first = span[0]
    if not first.text[:1].isupper():
        return False
    if len(span) > 1:
        return True
    word = first.text.lower()
    titles, heads = office_words(gazetteer)
    if first.tag_.startswith("ADJ") or word in titles or word in heads:
        return False
    if word in demonym_forms(gazetteer):
        return False
    if first.is_sent_start and lowercase_reading(first.text).startswith(NOT_NAME_TAGS):
        return False
    if "-" in first.text and first.tag_.startswith("NN"):
        return first.lemma_ == first.text  # an inflected common-noun head is no name
    return True


def inside_longer_name(span: Span) -> bool:
    """'des Nationalen Sicherheitsrates': a gazetteer word after a capitalised adjective is
    part of another body's name (the US National Security Council, not the UN's)."""
    if span.start == 0 or len(span) > 1:
        return False
    before = span.doc[span.start - 1]
    return (before.tag_.startswith("ADJ") and before.text[:1].isupper()
            and not before.is_sent_start)


NOT_NAME_TAGS = ("V", "ADJ", "ADV", "PW", "PD", "PI", "KO", "AP")


def lowercase_reading(word: str) -> str:
    """HanTa's tag for the word written in lower case ("Flankiert" → VV(PP))."""
    from graphkit.nlp.components import hanta_model

    return str(hanta_model().analyze(word.lower())[1])


@lru_cache(maxsize=4)
def demonym_forms(gazetteer: Gazetteer) -> frozenset[str]:
    """Inhabitant nouns with their inflections: Russe, Russen; Nordkoreaner, -n, -innen."""
    forms = set()
    for entry in gazetteer.entries:
        for demonym in entry.demonyms:
            base = demonym.lower()
            forms.update({base, base + "n", base + "s", base + "en", base + "nen"})
    return frozenset(forms)


def entity_mentions(doc: Doc, article_id: str, sentence_of: dict[int, int]) -> dict[
        int, list[EntityMention]]:
    """The document's entities as mentions, by sentence index (one pass over doc.ents)."""
    gazetteer = load_gazetteer()
    by_sentence: dict[int, list[EntityMention]] = {}
    for ent in doc.ents:
        label = mention_label(ent.label_)
        trimmed = trim_lowercase_tail(ent)
        index = sentence_of.get(ent.start)
        if label is None or trimmed is None or index is None:
            continue
        text = trimmed.text.rstrip().rstrip(TRAILING_PUNCTUATION)  # "Kim.\n" at a line end
        if not text:
            continue
        source = "gazetteer" if ent.ent_id_ else "model"
        if source == "model" and not looks_like_a_name(trimmed, gazetteer):
            continue
        if source == "gazetteer" and inside_longer_name(trimmed):
            continue
        by_sentence.setdefault(index, []).append(
            EntityMention(article_id, index, trimmed.start_char, trimmed.start_char + len(text),
                          text, label, ent.ent_id_ or None, source))
    return by_sentence


def doc_to_sentences(doc: Doc, article_id: str) -> list[AnalysedSentence]:
    spans = [s for s in doc.sents if s.text.strip()]
    sentence_of = {token.i: index for index, span in enumerate(spans) for token in span}
    mentions_by_sentence = entity_mentions(doc, article_id, sentence_of)
    gazetteer = load_gazetteer()
    text = doc.text  # spaCy rebuilds Doc.text on every access
    sentences: list[AnalysedSentence] = []
    for index, sent in enumerate(spans):
        words = [t for t in sent if not t.is_space]
        start = words[0].idx
        end = words[-1].idx + len(words[-1].text)
        sentence = Sentence(article_id, index, start, end, text[start:end])
        tokens = [Token(t.idx, t.idx + len(t.text), t.text, t.lemma_ or t.text, t.tag_ or "")
                  for t in words]
        mentions = mentions_by_sentence.get(index, [])
        offices = find_office_mentions(article_id, index, tokens, mentions, gazetteer)
        mentions = [m for m in mentions if not any(o.start < m.end and m.start < o.end
                                                   for o in offices)]
        mentions = sorted(mentions + offices, key=lambda m: m.start)
        sentences.append(AnalysedSentence(sentence, tokens, mentions))
    add_surname_mentions(sentences, gazetteer)
    return sentences


def analyse_article(article: Article, nlp: Language | None = None) -> AnalysedArticle:
    nlp = nlp or load_pipeline()
    return AnalysedArticle(article, doc_to_sentences(nlp(article.text), article.id))


def analyse_articles(
    articles: Iterable[Article], nlp: Language | None = None, *, batch_size: int = 16
) -> Iterator[AnalysedArticle]:
    nlp = nlp or load_pipeline()
    articles = list(articles)
    docs = nlp.pipe((a.text for a in articles), batch_size=batch_size)
    for article, doc in zip(articles, docs):
        yield AnalysedArticle(article, doc_to_sentences(doc, article.id))
