"""Build the spaCy pipeline and turn articles into plain analysed sentences.

Default (offline, from PyPI only): ``spacy.blank("de")`` + line-aware sentencizer +
graphkit's shipped syntax model (STTS tags, UD morphology, dependency parse) + HanTa's
lemmas (looked up in graphkit's table of HanTa's analyses, ``lemmas``) +
graphkit's shipped NER model + the gazetteer, whose matches are reconciled with the model's
entities (``entity_reconcile``); without the models, HanTa's tags/lemmas. ``spacy_model`` (a
package name such as ``de_core_news_lg`` or a path) replaces the default and keeps the
gazetteers; graphkit adds its parser/morphologiser where it lacks them.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.attrs import (
    DEP,
    HEAD,
    IDX,
    IS_SPACE,
    LEMMA,
    LENGTH,
    MORPH,
    ORTH,
    POS,
    SENT_START,
    SPACY,
    TAG,
)
from spacy.language import Language
from spacy.morphology import Morphology
from spacy.parts_of_speech import NAMES as POS_NAMES
from spacy.tokens import Doc, Span

from graphkit.errors import PipelineError, PipelineNote
from graphkit.inputs import skipped_article
from graphkit.kb.gazetteer import Gazetteer, load_gazetteer
from graphkit.model import (
    ENTITY_LABELS,
    MISC,
    AnalysedArticle,
    AnalysedSentence,
    Article,
    EntityMention,
    Sentence,
    SkippedFile,
    Token,
)
from graphkit.nlp import (
    components,  # noqa: F401  (registers the graphkit_* factories)
    entity_reconcile,
    ner_model,
    syntax,
)
from graphkit.nlp.blas import one_blas_thread
from graphkit.nlp.chunks import MAX_CHUNK_CHARS, shift_sentences, split_text
from graphkit.nlp.offices import find_office_mentions, office_words
from graphkit.nlp.span_index import SpanIndex
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
    """graphkit's own pipeline; ``use_model=False`` gives the rules-only variant (tests:
    HanTa's tags and lemmas, no parse, no statistical NER)."""
    nlp = spacy.blank("de")
    nlp.add_pipe("graphkit_line_sentencizer")
    if use_model and syntax.shipped_syntax_available():
        # Trained tags (better than HanTa's on GSD test), HanTa's lemmas (better than ours;
        # from the table of HanTa's analyses, HanTa itself for the ~4 % of words not in it).
        syntax.add_shipped_syntax(nlp, components=syntax.DEFAULT_COMPONENTS)
        nlp.add_pipe("graphkit_hanta", config={"mode": "lemma"})
    else:
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
    missing = syntax.missing_analyses(nlp)
    if missing and syntax.shipped_syntax_available():
        syntax.add_standalone_components(nlp, missing)
        warnings.warn(f"spaCy pipeline {name_or_path!r} has no {' or '.join(missing)}; "
                      f"graphkit adds its own", PipelineNote, stacklevel=2)
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


@lru_cache(maxsize=4096)
def lowercase_reading(word: str) -> str:
    """HanTa's tag for the word written in lower case ("Flankiert" → VV(PP))."""
    from graphkit.nlp.components import hanta_model, is_word_like, shape_tag

    if not is_word_like(word):  # HanTa's cost grows steeply with word length
        return shape_tag(word.lower())
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


TOKEN_ATTRS = (IDX, LENGTH, LEMMA, TAG, POS, MORPH, DEP)


def doc_text(doc: Doc) -> str:
    """``doc.text`` from arrays: spaCy builds it from a Token object per word, on every
    access. A token's trailing white space is one space or none."""
    strings = doc.vocab.strings
    rows = doc.to_array([ORTH, SPACY]).tolist()
    return "".join(strings[orth] + (" " if space else "") for orth, space in rows)


def plain_tokens(doc: Doc, text: str
                 ) -> list[tuple[int, int, str, str, str, str, str, str, int]]:
    """Each token's fields (start, end, text, lemma, tag, UPOS, features, relation, head
    index), read as arrays once per doc: a spaCy Token object per token and attribute cost
    more than the rest of this stage. Values are those of the Token's ``idx``, ``text``,
    ``lemma_``, ``tag_``, ``pos_``, ``str(morph)``, ``dep_`` and ``head.i``."""
    strings = doc.vocab.strings
    heads = doc.to_array(HEAD).astype("int64").tolist()  # offsets, negative ones too
    rows = doc.to_array(list(TOKEN_ATTRS)).tolist()
    # Each distinct key looked up once (a dict index per field, no call per field).
    keys = {key for row in rows for key in row[2:4] + row[5:7]}
    names = {key: strings[key] if key else "" for key in keys}
    # str(token.morph) of an empty analysis is "", though its key is that of "_"
    morphs = dict(names)
    morphs[strings.add(Morphology.EMPTY_MORPH)] = ""
    return [(idx, idx + length, text[idx:idx + length], names[lemma], names[tag],
             POS_NAMES.get(pos, ""), morphs[morph], names[dep], i + heads[i])
            for i, (idx, length, lemma, tag, pos, morph, dep) in enumerate(rows)]


def plain_token(fields: tuple[int, int, str, str, str, str, str, str, int], i: int,
                position: dict[int, int], parsed: bool) -> Token:
    """graphkit's Token of doc token ``i``; ``position`` maps doc indices to indices in the
    sentence. A token whose head is outside the sentence (or a line break) is a root of its
    own."""
    start, end, text, lemma, tag, pos, morph, dep, head_i = fields
    head, relation = -1, ""
    if parsed:
        head = position.get(head_i, position[i])
        relation = "root" if head == position[i] else dep
    return Token(start, end, text, lemma or text, tag, pos, morph, relation, head)


def outside_spans(mentions: list[EntityMention], spans: list[EntityMention]
                  ) -> list[EntityMention]:
    """The mentions that overlap none of ``spans`` (an index of the spans: testing every
    pair made a name-dense sentence quadratic)."""
    if not spans:
        return mentions
    index = SpanIndex(spans)
    return [mention for mention in mentions if not index.overlaps_any(mention)]


def sentence_bounds(doc: Doc, space: list[int]) -> list[tuple[int, int]]:
    """(start, end) of the doc's sentences that hold more than white space: ``doc.sents``
    read from one array (Doc.sents and Span.text walk every token in Python)."""
    starts = [0] + [i for i, value in enumerate(doc.to_array(SENT_START).tolist())
                    if value == 1 and i > 0]
    bounds = zip(starts, starts[1:] + [len(doc)])
    return [(start, end) for start, end in bounds if not all(space[start:end])]


def doc_to_sentences(doc: Doc, article_id: str) -> list[AnalysedSentence]:
    space = doc.to_array(IS_SPACE).tolist()
    spans = sentence_bounds(doc, space)
    sentence_of = {i: index for index, (start, end) in enumerate(spans)
                   for i in range(start, end)}
    mentions_by_sentence = entity_mentions(doc, article_id, sentence_of)
    gazetteer = load_gazetteer()
    text = doc_text(doc)
    fields = plain_tokens(doc, text)
    parsed = any(field[7] for field in fields)  # doc.has_annotation("DEP"), without Tokens
    sentences: list[AnalysedSentence] = []
    for index, (sent_start, sent_end) in enumerate(spans):
        words = [i for i in range(sent_start, sent_end) if not space[i]]
        start, end = fields[words[0]][0], fields[words[-1]][1]
        sentence = Sentence(article_id, index, start, end, text[start:end])
        position = {i: k for k, i in enumerate(words)}
        tokens = [plain_token(fields[i], i, position, parsed) for i in words]
        mentions = mentions_by_sentence.get(index, [])
        offices = find_office_mentions(article_id, index, tokens, mentions, gazetteer)
        mentions = outside_spans(mentions, offices)
        mentions = sorted(mentions + offices, key=lambda m: m.start)
        sentences.append(AnalysedSentence(sentence, tokens, mentions))
    add_surname_mentions(sentences, gazetteer)
    return sentences


def analyse_text(text: str, article_id: str, nlp: Language) -> list[AnalysedSentence]:
    """The text's sentences; a text over ``MAX_CHUNK_CHARS`` goes to spaCy in pieces."""
    if len(text) <= MAX_CHUNK_CHARS:
        return doc_to_sentences(nlp(text), article_id)
    sentences: list[AnalysedSentence] = []
    for offset, piece in split_text(text, MAX_CHUNK_CHARS):
        found = doc_to_sentences(nlp(piece), article_id)
        sentences.extend(shift_sentences(found, offset, len(sentences)))
    return sentences


def analyse_article(article: Article, nlp: Language | None = None) -> AnalysedArticle:
    nlp = nlp or load_pipeline()
    return AnalysedArticle(article, analyse_text(article.text, article.id, nlp))


def analyse_articles(
    articles: Iterable[Article], nlp: Language | None = None, *, batch_size: int = 16
) -> Iterator[AnalysedArticle]:
    nlp = nlp or load_pipeline()
    articles = list(articles)
    short = [a for a in articles if len(a.text) <= MAX_CHUNK_CHARS]
    docs = iter(nlp.pipe((a.text for a in short), batch_size=batch_size))
    for article in articles:
        if len(article.text) <= MAX_CHUNK_CHARS:
            yield AnalysedArticle(article, doc_to_sentences(next(docs), article.id))
        else:
            yield analyse_article(article, nlp)


def analyse_articles_safely(
    articles: Iterable[Article], nlp: Language | None = None, *, batch_size: int = 16
) -> tuple[list[AnalysedArticle], list[SkippedFile]]:
    """``analyse_articles``, but an article whose analysis raises is skipped with a
    one-line reason instead of ending the build (its batch is redone one by one)."""
    nlp = nlp or load_pipeline()
    articles = list(articles)
    analysed: list[AnalysedArticle] = []
    skipped: list[SkippedFile] = []
    for start in range(0, len(articles), batch_size):
        batch = articles[start:start + batch_size]
        try:
            with one_blas_thread():
                done = list(analyse_articles(batch, nlp, batch_size=batch_size))
        except Exception:  # noqa: BLE001  find the article at fault below
            done = []
        if done:
            analysed.extend(done)
            continue
        for article in batch:
            try:
                analysed.append(analyse_article(article, nlp))
            except Exception as error:  # noqa: BLE001  one article, not the build
                skipped.append(skipped_article(article, "language analysis", error))
    return analysed, skipped
