"""Reconcile the statistical NER with the gazetteer: the gazetteer links and completes what
the model finds instead of overriding it.

The gazetteer's phrase matches are written to ``doc.spans["gazetteer"]`` by a SpanRuler
(``gazetteer_spans``) that runs after the model; ``graphkit_entity_reconcile`` then merges
them with ``doc.ents``:

- a model span with the same boundaries as a gazetteer match keeps its place and takes the
  entry's id (and the entry's label, except between place and organisation, where the model
  saw the context: a club written with its town's name, "Leverkusen gewann");
- a longer model span wins over a gazetteer match inside it ("FC Bayern München" is one
  ORG, not Bavaria and Munich), and stays unlinked: it names itself, not the place;
- a gazetteer match longer than the model spans it covers replaces them;
- a gazetteer match where the model found nothing is added, unless a word before or after
  it makes it an organisation's name ("Landgericht Berlin", "Hannover 96"): then the whole
  name is added as an unlinked ORG.

Before that, the model's spans are cleaned: a person or place list is split at separators
("Kim: Putin"), an organisation or title only where the gazetteer knows a piece
("Skidmore, Owings and Merrill" stays whole); a leading article before a name the
gazetteer knows ("Die Grünen"), a leading describing noun ("Verein Union Berlin",
"Weltraumteleskop Euclid") and a trailing finite verb ("SC Freiburg trennte") are dropped.
After it, rules from ``data/lexicon/organisation_words.json`` find names the model and the
gazetteer miss: institutions named after places, in hyphenated compounds
("Wallraf-Richartz-Museum") or after a capitalised adjective ("das Deutsche Museum"),
federal authorities in one word ("Bundesnetzagentur"), an institution's 'für' complement
("Max-Planck-Institut für Astronomie"), titles after work nouns (also in quotes) and
competitions and awards (MISC), names after organisation nouns ("der Konzern Siemens").

Where this goes was measured (``benchmarks/ner_eval.py --positions``): see
``graphkit/nlp/ner_model.py``.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, fields
from functools import lru_cache
from importlib import resources

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from graphkit.nlp.span_index import SpanIndex

SPANS_KEY = "gazetteer"
ORG, LOC, PER = "ORG", "LOC", "PER"
SEPARATORS = {":", ";", ",", "|"}    # never inside a name
QUOTES = {"„", "“", "”", "\"", "»", "«", "‚", "‘", "’", "''", "``"}  # around a title
MAX_TITLE_TOKENS = 12
TWO_DIGIT_CLUB_YEAR = re.compile(r"^\d{2}$")  # "Mainz 05", "Hannover 96"
NUMBER = re.compile(r"^\d{1,4}$")                 # "Fußball-Weltmeisterschaft 2014", "iPhone 16"


@dataclass(frozen=True)
class OrganisationWords:
    before: frozenset[str]
    after: frozenset[str]
    adjective_before: frozenset[str]
    misc_endings: tuple[str, ...]
    work_nouns: frozenset[str]
    org_endings: tuple[str, ...]
    descriptor_endings: tuple[str, ...]
    venue_endings: tuple[str, ...]
    museum_endings: tuple[str, ...]
    complement_heads: tuple[str, ...]
    institution_heads: tuple[str, ...]
    articles: frozenset[str]
    before_endings: tuple[str, ...]
    federal_prefixes: tuple[str, ...]
    federal_heads: tuple[str, ...]
    compound_endings: tuple[str, ...]
    state_prefixes: tuple[str, ...]
    work_compound_heads: tuple[str, ...]
    legal_forms: frozenset[str]
    place_institution_nouns: frozenset[str]

    def is_work_noun(self, word: str) -> bool:
        """'Film', 'Trägerrakete': a noun after which a name is a work's title."""
        return word in self.work_nouns or (
            word[:1].isupper() and len(word) > 6 and word.casefold().endswith(
                self.work_compound_heads))


@lru_cache(maxsize=1)
def organisation_words() -> OrganisationWords:
    path = resources.files("graphkit.data") / "lexicon" / "organisation_words.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    # Every field is the list of the same name in the file: sets for look-ups, tuples of
    # endings for str.endswith.
    return OrganisationWords(**{
        f.name: (frozenset if f.type.startswith("frozenset") else tuple)(data[f.name])
        for f in fields(OrganisationWords)})


def covers(outer: Span, inner: Span) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def organisation_extent(doc: Doc, span: Span, words: OrganisationWords) -> tuple[int, int]:
    """Token bounds of the organisation name around a place match, or the span's own."""
    start, end = span.start, span.end
    while start > 0 and is_before_word(doc[start - 1].text, words):
        start -= 1
    if start < span.start or doc[start].text in words.before:
        if start > 0 and doc[start - 1].text in words.adjective_before:
            start -= 1
        if start > 0 and doc[start - 1].text == "1.":   # "1. FC Köln"
            start -= 1
    while end < len(doc) and (doc[end].text in words.after or club_year(doc, end)):
        end += 1
    return start, end


def is_before_word(word: str, words: OrganisationWords) -> bool:
    """'Landgericht', 'FC', or a noun ending like one ('Konzerthausorchester')."""
    return word in words.before or (word[:1].isupper()
                                    and has_ending(word, words.before_endings))


def club_year(doc: Doc, i: int) -> bool:
    """'Hannover 96 verlor': a club's two-digit year; not a count ('23 Runden')."""
    if not TWO_DIGIT_CLUB_YEAR.match(doc[i].text):
        return False
    return i + 1 >= len(doc) or doc[i + 1].tag_ not in ("NN", "ADJA")


def possessive_head(model: Span, match: Span) -> bool:
    """'Putins Brief', 'Russlands Krieg': a model span that starts with a person's or place's
    genitive names the person or place, not a thing of its own."""
    if match.start != model.start or match.end >= model.end or match.label_ not in (PER, LOC):
        return False
    from graphkit.kb.gazetteer import load_gazetteer

    entry = load_gazetteer().get(match.id_)
    genitive = match.text.endswith(("s", "'", "’"))
    return entry is not None and genitive and match.text not in entry.names


def split_at_separators(span: Span, known: set[tuple[int, int]]) -> list[Span]:
    """'Kim: Putin', 'Berlin, Hamburg' (a headline or list the model read as one name): the
    names on either side. An organisation or title keeps its separators ('Skidmore, Owings
    and Merrill', 'Wallace und Gromit: Auf der Jagd') unless the gazetteer knows a piece as
    written."""
    pieces = [part for piece in separated_pieces(span)
              for part in coordinated_pieces(piece, known)]
    if len(pieces) <= 1:
        return pieces       # 'Weltron ,': a separator at the edge is no part of a name
    if span.label_ in (PER, LOC) or any((p.start, p.end) in known for p in pieces):
        return pieces
    return [Span(span.doc, pieces[0].start, pieces[-1].end, label=span.label_)]


def with_trailing_person_apart(span: Span, people: Mapping[int, list[int]]) -> list[Span]:
    """'im Schloss Bellevue Christian Lindner' read as one place: a place or organisation
    name does not end in a person's full name the gazetteer knows ('Robert Koch Institut'
    begins with one), so that name is a person of its own."""
    if span.label_ == PER:
        return [span]
    start = next((start for start in people.get(span.end, ()) if span.start < start), None)
    if start is None:
        return [span]
    return [Span(span.doc, span.start, start, label=span.label_),
            Span(span.doc, start, span.end, label=PER)]


def coordinated_pieces(span: Span, known: set[tuple[int, int]]) -> list[Span]:
    """'GDL und Bahn einigen sich' (a headline's two subjects read as one name): the names on
    either side of a conjunction, when the gazetteer knows one of them as written and not
    the whole ('Bosnien und Herzegowina' stays one)."""
    cuts = [token.i for token in span[1:-1]
            if (token.pos_ == "CCONJ" or token.tag_ == "KON") and token.is_alpha]
    if not cuts or (span.start, span.end) in known:
        return [span]
    bounds = zip([span.start] + [cut + 1 for cut in cuts], cuts + [span.end])
    pieces = [Span(span.doc, start, end, label=span.label_) for start, end in bounds]
    return pieces if any((p.start, p.end) in known for p in pieces) else [span]


def separated_pieces(span: Span) -> list[Span]:
    pieces, start = [], span.start
    for token in span:
        if token.text in SEPARATORS:
            if token.i > start:
                pieces.append(Span(span.doc, start, token.i, label=span.label_))
            start = token.i + 1
    if start == span.start:
        return [span]
    if start < span.end:
        pieces.append(Span(span.doc, start, span.end, label=span.label_))
    return pieces


def without_leading_compounds(span: Span) -> Span:
    """'nach Kremlangaben Nordkorea', 'Kreml-Sprecher Dmitri Peskow': a compound of a name and
    a common noun is a common noun (its head decides), so it starts no person's or place's
    name; the name is what follows it."""
    if span.label_ not in (PER, LOC):
        return span
    start = span.start
    while start < span.end - 1 and common_noun_compound(span.doc[start].text):
        start += 1
    if start == span.start or not names_a_name(span.doc[start]):
        return span
    return Span(span.doc, start, span.end, label=span.label_)


def part_or_derivation(span: Span, words: OrganisationWords) -> bool:
    """'in Nordkoreanischen Medien', 'nach Kreml-Angaben': a country's adjective, or a
    compound whose head is a common noun, is no name (GermEval 2014's *deriv and *part,
    outside its outer level); an institution's compound ('Robert-Koch-Institut') is one."""
    if len(span) != 1:
        return False
    from graphkit.kb.gazetteer import load_gazetteer

    word = span[0].text
    gazetteer = load_gazetteer()
    if gazetteer.lookup(word) is None and gazetteer.country_by_adjective(word) is not None:
        return True
    return common_noun_compound(word) and not has_ending(
        word, words.org_endings + words.misc_endings)


def names_a_name(token: Token) -> bool:
    """A capitalised proper noun (or, untagged, any capitalised word)."""
    if not token.text[:1].isupper():
        return False
    return token.tag_ in ("NE", "FM") or token.pos_ == "PROPN" or not token.doc.has_annotation(
        "TAG")


@lru_cache(maxsize=8192)
def common_noun_compound(word: str) -> bool:
    """'Kremlangaben' (Kreml + Angaben), 'Kremlsprecher' (Kreml + s + Sprecher),
    'Kreml-Sprecher': a gazetteer name followed by a known common noun."""
    if not word[:1].isupper() or len(word) < 7:
        return False
    head, _, tail = word.rpartition("-")
    if head:
        return tail[:1].isupper() and is_common_noun(tail) and names_something(head)
    for cut in range(3, len(word) - 3):
        modifier, tail = word[:cut], word[cut:]
        if tail[0].islower() and names_exactly(modifier) and is_common_noun(tail.capitalize()):
            return True
    return False


def names_exactly(modifier: str) -> bool:
    """A gazetteer name as written, also before a linking s ('Kreml', 'Russland-s')."""
    from graphkit.kb.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    for name in (modifier, modifier[:-1] if modifier.endswith("s") else ""):
        entry = gazetteer.lookup(name) if name else None
        if entry is not None and name in entry.names:
            return True
    return False


def is_common_noun(word: str) -> bool:
    """A word of the lexicon that HanTa reads as a common noun."""
    from graphkit.nlp.components import hanta_model
    from graphkit.nlp.lemmas import table_lemma

    return table_lemma(word) is not None and str(hanta_model().analyze(word)[1]) == "NN"


def same_span_label(model: Span, match: Span) -> str:
    """The label of a span both found: the entry's, but between place and organisation the
    model's, which sees the context ("Leverkusen gewann", "im Kreml")."""
    if {model.label_, match.label_} <= {ORG, LOC}:
        if match.label_ == ORG and is_abbreviation(match.text):
            return ORG      # "der G7": an abbreviation the gazetteer knows as a body
        return model.label_
    return match.label_


def is_abbreviation(text: str) -> bool:
    """'G7', 'OECD', 'EU': capitals (and digits), no lower-case letter."""
    return any(c.isupper() for c in text) and not any(c.islower() for c in text)


def reconcile(doc: Doc, matches: list[Span], words: OrganisationWords) -> list[Span]:
    """Merge model entities and gazetteer matches (see the module docstring)."""
    known = {(m.start, m.end) for m in matches}
    people: dict[int, list[int]] = defaultdict(list)     # full names by end: their starts
    for m in matches:
        if m.label_ == PER and len(m) > 1:
            people[m.end].append(m.start)
    model = [without_common_noun_before_genitive(without_leading_descriptor(
        without_leading_article(without_leading_compounds(without_trailing_verb(piece)),
                                matches, words), words))
        for span in doc.ents for part in split_at_separators(span, known)
        for piece in with_trailing_person_apart(part, people)]
    model = [span for span in model if not part_or_derivation(span, words)]
    result: list[Span] = []
    replaced: set[tuple[int, int]] = set()
    model_index = SpanIndex(model)
    for match in filter_spans(articleless(matches, words)):
        hits = model_index.overlapping(match)
        same = [m for m in hits if (m.start, m.end) == (match.start, match.end)]
        if same:
            label = same_span_label(same[0], match)
            result.append(Span(doc, match.start, match.end, label=label, span_id=match.id))
            replaced.add((match.start, match.end))
        elif len(hits) == 1 and possessive_head(hits[0], match):
            result.append(match)
            replaced.add((hits[0].start, hits[0].end))
        elif hits and all(covers(match, m) for m in hits):
            result.append(match)
            replaced.update((m.start, m.end) for m in hits)
        elif not hits:
            result.append(with_number(completed(doc, match, model_index, words)))
        elif len(hits) == 1 and covers(hits[0], match) and misc_head(hits[0], match):
            result.append(Span(doc, hits[0].start, hits[0].end, label="MISC"))
            replaced.add((hits[0].start, hits[0].end))
    kept = [span for span in model if (span.start, span.end) not in replaced]
    spans = filter_spans(result + kept)
    spans = filter_spans([organisation_named_after_place(doc, s, words) for s in spans])
    spans = [as_institution(as_misc(s, words), words) for s in spans]
    spans = titled_works(doc, spans, words)
    spans = described_organisations(doc, spans, words)
    spans = filter_spans(place_institutions(doc, spans, words) + spans)
    spans = companies(doc, spans, words)
    taken = {t.i for s in spans for t in s}
    compounds = (misc_compounds(doc, words) + institution_compounds(doc, words)
                 + venue_compounds(doc, words) + federal_authorities(doc, words))
    spans = filter_spans(spans + [s for s in compounds if not any(t.i in taken for t in s)])
    spans = filter_spans(spans + adjective_institutions(doc, words))
    return with_complements(doc, spans, words)


def has_ending(word: str, endings: tuple[str, ...]) -> bool:
    folded = word.casefold()
    return any(folded.endswith(e) and len(folded) > len(e) for e in endings)


def as_institution(span: Span, words: OrganisationWords) -> Span:
    """'Robert Koch-Institut' (PER), 'Ludwig-Maximilians-Universität', 'Bodemuseum' (LOC):
    an institution."""
    if span.label_ in (PER, LOC) and not span.id_ and has_ending(
            span[-1].text, words.org_endings + words.museum_endings):
        return Span(span.doc, span.start, span.end, label=ORG)
    return span


def hyphenated(doc: Doc) -> list[Token]:
    """The doc's tokens with a hyphen: only they can be compounds of a name (the part before
    the last hyphen must name something), and testing every token's ending cost more than
    the rest of the reconciliation."""
    return [doc[i] for i, word in enumerate(token_texts(doc)) if "-" in word]


_texts_of: list[tuple[Doc, list[str]]] = []   # the last doc's token texts


def token_texts(doc: Doc) -> list[str]:
    """The text of each token, read once per doc from arrays: the scans below look at every
    word, and a spaCy Token object per word and scan cost more than the reconciliation."""
    if _texts_of and _texts_of[0][0] is doc and len(_texts_of[0][1]) == len(doc):
        return _texts_of[0][1]
    strings = doc.vocab.strings   # Doc.text would build the text from Token objects
    texts = [strings[orth] for orth in doc.to_array(ORTH).tolist()]
    _texts_of[:] = [(doc, texts)]
    return texts


def institution_compounds(doc: Doc, words: OrganisationWords) -> list[Span]:
    """'Helmholtz-Gemeinschaft', 'Ludwig-Maximilians-Universität', 'Wallraf-Richartz-Museum':
    a hyphenated name ending in an institution word."""
    found = []
    for token in hyphenated(doc):
        head, _, rest = token.text.rpartition("-")
        endings = words.org_endings + words.museum_endings
        institution = (rest.casefold().endswith(endings)
                       or rest.casefold() in words.compound_endings)
        if rest[:1].isupper() and institution and names_something(head):
            found.append(Span(doc, token.i, token.i + 1, label=ORG))
    return found


def misc_head(model: Span, match: Span) -> bool:
    """'iPhone 16': a named product or event and its number, whatever the model called it."""
    rest = model.doc[match.end:model.end]
    return (match.label_ == "MISC" and match.start == model.start and model.label_ != "PER"
            and all(NUMBER.match(token.text) for token in rest))


def with_number(span: Span) -> Span:
    """'die Fußball-Weltmeisterschaft 2014', 'das iPhone 16': a named competition with its
    year, a product with its model number."""
    doc = span.doc
    named_thing = span.id_ and span.label_ == "MISC"
    if named_thing and span.end < len(doc) and NUMBER.match(doc[span.end].text):
        return Span(doc, span.start, span.end + 1, label="MISC")
    return span


def titled_works(doc: Doc, spans: list[Span], words: OrganisationWords) -> list[Span]:
    """'den Film Perfect Days', 'die Sonde Juice', 'die Rakete Ariane 6': the capitalised
    name (and its number) after a work noun is the work's title (MISC), whatever the model
    called it, unless it is a person; a known common noun there is none. In quotes ('das
    Album „Zwei Welten“') the title is all between them."""
    by_start = {span.start: span for span in spans}
    taken = {t.i for s in spans for t in s}
    out = list(spans)
    for i, word in enumerate(token_texts(doc)[:-1]):
        if not words.is_work_noun(word):
            continue
        start = i + 1
        quoted = quoted_title(doc, start)
        if quoted is not None:
            if not any(t.i in taken and by_label(spans, t.i) == PER for t in quoted):
                out = [s for s in out if not overlaps(s, quoted)] + [quoted]
            continue
        found = by_start.get(start)
        if found is not None:
            if found.label_ not in ("PER", "MISC") and not found.id_:
                end = found.end + (found.end < len(doc) and bool(
                    NUMBER.match(doc[found.end].text)) and found.end not in taken)
                out[out.index(found)] = Span(doc, found.start, end, label="MISC")
            continue
        if doc[start].tag_.startswith("NN") and is_common_noun(doc[start].text):
            continue        # "im Film Szenen zeigen": a common noun, no title
        end = start
        while end < len(doc) and doc[end].text[:1].isupper() and end not in taken:
            end += 1
        if end > start:
            if end < len(doc) and NUMBER.match(doc[end].text) and end not in taken:
                end += 1    # "die Rakete Ariane 6"
            out.append(Span(doc, start, end, label="MISC"))
    return filter_spans(out)


def quoted_title(doc: Doc, start: int) -> Span | None:
    """'der Song „One Last Ride“': the words between quotes after a work noun, the title."""
    if doc[start].text not in QUOTES:
        return None
    for end in range(start + 2, min(len(doc), start + MAX_TITLE_TOKENS + 2)):
        if doc[end].text in QUOTES:
            first = doc[start + 1].text
            if first[:1].isupper() or first[:1].isdigit():
                return Span(doc, start + 1, end, label="MISC")
            return None
    return None


def by_label(spans: list[Span], i: int) -> str | None:
    return next((s.label_ for s in spans if s.start <= i < s.end), None)


def described_organisations(doc: Doc, spans: list[Span], words: OrganisationWords
                            ) -> list[Span]:
    """'der Chipkonzern Micron', 'die Plattform Bluesky': a name in close apposition after a
    noun that describes an organisation is that organisation's, whatever the model called
    it. A linked name (a genitive place: 'die Großbank Argentiniens') keeps its own label;
    a common noun there ('dass der Konzern Stellen abbaut') is no name. The noun may be a
    genitive ('des Spieleherstellers Muster Games'), the name several words."""
    by_start = {span.start: span for span in spans}
    taken = {t.i for s in spans for t in s}
    out = list(spans)
    for i, word in enumerate(token_texts(doc)[:-1]):
        if not (word[:1].isupper() and is_descriptor(word, words)):
            continue
        name = doc[i + 1]
        found = by_start.get(name.i)
        if found is not None:
            if found.label_ in (PER, LOC) and (not found.id_ or gazetteer_label(found) == ORG):
                out[out.index(found)] = Span(doc, found.start, found.end, label=ORG,
                                             span_id=found.id_)
        elif name.i not in taken and (apposed_name_word(name) or starts_organisation(
                doc, name.i, by_start) or before_proper_noun(doc, name.i, taken)):
            end = name.i + 1
            while end < len(doc) and end not in taken and further_name_word(doc[end]):
                end += 1
            after = by_start.get(end)
            if after is not None and after.label_ in (ORG, LOC) and not after.id_:
                out.remove(after)   # 'Muster' + the model's 'Games': one name
                end = after.end
            out.append(Span(doc, name.i, end, label=ORG))
    return filter_spans(out)


def is_descriptor(word: str, words: OrganisationWords) -> bool:
    """'Chipkonzern', and its genitive 'Chipkonzerns'."""
    folded = word.casefold()
    return folded.endswith(words.descriptor_endings) or (
        folded.endswith("s") and folded[:-1].endswith(words.descriptor_endings))


def starts_organisation(doc: Doc, i: int, by_start: dict[int, Span]) -> bool:
    """'des Herstellers Muster Games' with the model's 'Games' (ORG): the capitalised word
    before it starts the name, whatever the lexicon guesses for it."""
    after = by_start.get(i + 1)
    tagged = doc[i].tag_ in ("NN", "NE", "FM") or not doc.has_annotation("TAG")
    return (doc[i].text[:1].isupper() and tagged
            and after is not None and after.label_ == ORG and not after.id_)


def before_proper_noun(doc: Doc, i: int, taken: set[int]) -> bool:
    """'des Spieleherstellers Muster Blitz' with 'Muster' in the lexicon as a common noun: a
    capitalised word that a proper noun no name holds follows starts the name (a common
    noun after the descriptor is never followed by a bare proper noun)."""
    after = i + 1
    return (doc[i].text[:1].isupper() and after < len(doc) and after not in taken
            and doc[after].tag_ in ("NE", "FM") and doc[after].text[:1].isupper())


def further_name_word(token: Token) -> bool:
    """A noun going on a name in the same sentence ('Muster Games'; not 'X. Mit')."""
    tagged = token.tag_ in ("NE", "FM", "NN") or not token.doc.has_annotation("TAG")
    return not token.is_sent_start and tagged and (
        apposed_name_word(token))


def apposed_name_word(token: Token) -> bool:
    """A capitalised proper noun or unknown word, no common noun ('Stellen')."""
    return token.text[:1].isupper() and not token.is_punct and (
        token.tag_ in ("NE", "FM") or not is_common_noun(token.text))


def gazetteer_label(span: Span) -> str | None:
    """The label of the gazetteer entry a linked span names ('Rheinmetall': ORG)."""
    from graphkit.kb.gazetteer import load_gazetteer

    entry = load_gazetteer().get(span.id_) if span.id_ else None
    return entry.label if entry is not None else None


def venue_compounds(doc: Doc, words: OrganisationWords) -> list[Span]:
    """'Olympiastadion', 'Goethestraße' (LOC), 'Bodemuseum' (ORG): one word of a name and a
    venue noun; not of a common noun HanTa may call a name ('Landstraße')."""
    found = []
    for i, word in enumerate(token_texts(doc)):
        if not word[:1].isupper() or "-" in word:
            continue
        lower = word.lower()  # not casefold(): casefold writes 'ß' as 'ss', shifting the cut
        if not lower.endswith(words.venue_endings + words.museum_endings):
            continue
        for endings, label in ((words.venue_endings, LOC), (words.museum_endings, ORG)):
            ending = next((e for e in endings if lower.endswith(e)), None)
            if ending is None or len(word) <= len(ending) + 2:
                continue
            first = word[:-len(ending)]
            if names_something(first) and not is_common_noun(first):
                found.append(Span(doc, i, i + 1, label=label))
    return found


def organisation_named_after_place(doc: Doc, span: Span, words: OrganisationWords) -> Span:
    """'Landgericht Braunschweig', 'RB Leipzig', 'Mainz 05': the place's organisation."""
    if span.label_ not in (LOC, ORG):
        return span
    start, end = organisation_extent(doc, span, words)
    if (start, end) == (span.start, span.end):
        if span.label_ == LOC and len(span) > 1 and span[0].text in words.before:
            return Span(doc, start, end, label=ORG)  # the model's "Fortuna Düsseldorf" LOC
        return span
    return Span(doc, start, end, label=ORG)


def has_misc_ending(word: str, words: OrganisationWords) -> bool:
    folded = word.casefold()
    return folded.endswith(words.misc_endings) and len(folded) > len(
        next(e for e in words.misc_endings if folded.endswith(e)))


def as_misc(span: Span, words: OrganisationWords) -> Span:
    """A competition, award or festival the model called an organisation ('Europa League')."""
    last = span[-1].text
    if span.label_ != ORG or span.id_ or not (has_misc_ending(last, words) or (
            len(span) > 1 and last.casefold() in words.misc_endings)):
        return span
    return Span(doc=span.doc, start=span.start, end=span.end, label="MISC")


def misc_compounds(doc: Doc, words: OrganisationWords) -> list[Span]:
    """'Georg-Büchner-Preis', 'DFB-Pokal': a hyphenated name ending in an award or
    competition word, which the model often misses."""
    found = []
    for token in hyphenated(doc):
        head, _, rest = token.text.rpartition("-")
        ending = has_misc_ending(rest, words) or rest.casefold() in words.misc_endings
        if rest[:1].isupper() and ending and names_something(head):
            found.append(Span(doc, token.i, token.i + 1, label="MISC"))
    return found


@lru_cache(maxsize=4096)
def names_something(head: str) -> bool:
    """'Kleist', 'DFB', 'Georg-Büchner' name something; 'Fußball', 'Gesamt' do not (the
    first part of 'Fußball-Liga' and 'Gesamt-Weltcup')."""
    if not head[:1].isupper() or len(head) < 2:
        return False        # 'B-Liga': a league's level, no name
    if head.isupper() or "-" in head:
        return True
    from graphkit.nlp.components import hanta_model

    return str(hanta_model().analyze(head)[1]) == "NE"


def completed(doc: Doc, match: Span, model: SpanIndex, words: OrganisationWords) -> Span:
    """A gazetteer match the model missed, widened to the organisation named after it."""
    if match.label_ not in (LOC, ORG):
        return match
    start, end = organisation_extent(doc, match, words)
    if (start, end) == (match.start, match.end):
        return match
    widened = Span(doc, start, end, label=ORG)
    return match if model.overlapping(widened) else widened


@Language.factory("graphkit_entity_reconcile", assigns=["doc.ents"],
                  default_config={"spans_key": SPANS_KEY})
def make_entity_reconcile(nlp: Language, name: str, spans_key: str) -> EntityReconciler:
    return EntityReconciler(spans_key=spans_key)


class EntityReconciler:
    """Merges ``doc.spans[spans_key]`` (gazetteer matches) into ``doc.ents``."""

    def __init__(self, *, spans_key: str = SPANS_KEY) -> None:
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        matches = list(doc.spans.get(self.spans_key, []))
        doc.ents = reconcile(doc, matches, organisation_words())
        return doc


def without_leading_article(span: Span, matches: list[Span], words: OrganisationWords) -> Span:
    """'Die Grünen' (the model's span at a sentence start): an article before a name the
    gazetteer knows is no part of it (titles of works keep theirs)."""
    if len(span) < 2 or not is_article(span[0], words) or span.label_ == "MISC":
        return span
    if not any((m.start, m.end) == (span.start + 1, span.end) for m in matches):
        return span
    return Span(span.doc, span.start + 1, span.end, label=span.label_)


def without_trailing_verb(span: Span) -> Span:
    """'SC Freiburg trennte': a lower-case verb after a name is no part of it (a title,
    MISC, may end in one)."""
    last = span[-1]
    if len(span) < 2 or span.label_ == "MISC" or not last.text[:1].islower():
        return span
    if not (last.tag_.startswith("V") and is_finite_verb(last.text)):
        return span     # "Côte d'Or": a foreign word the tagger misread
    return Span(span.doc, span.start, span.end - 1, label=span.label_)


@lru_cache(maxsize=4096)
def is_finite_verb(word: str) -> bool:
    """'trennte', 'gewann': a word of the lexicon that HanTa reads as a finite verb."""
    from graphkit.nlp.components import hanta_model
    from graphkit.nlp.lemmas import table_lemma

    return table_lemma(word) is not None and str(hanta_model().analyze(word)[1]).endswith(
        "(FIN)")


def articleless(matches: list[Span], words: OrganisationWords) -> list[Span]:
    """The gazetteer's 'Die Grünen' where it also matched 'Grünen': the name without the
    article ('Den Haag', with no 'Haag', keeps it)."""
    bounds = {(m.start, m.end) for m in matches}
    return [m for m in matches if not (is_article(m[0], words) and len(m) > 1
                                      and (m.start + 1, m.end) in bounds)]


def is_article(token: Token, words: OrganisationWords) -> bool:
    """'die', or 'Die' starting a sentence; inside a sentence a capitalised 'Den' belongs to
    the name ('in Den Haag')."""
    return token.text in words.articles and (token.text[:1].islower() or token.i == 0
                                             or bool(token.is_sent_start))


def without_leading_descriptor(span: Span, words: OrganisationWords) -> Span:
    """'Verein Union Berlin', 'Weltraumteleskop Euclid': a noun that describes a name is no
    part of it (the rules for descriptors and work nouns then label the name)."""
    first = span[0].text
    if len(span) < 2 or not span[1].text[:1].isupper() or span.label_ in (PER, "MISC"):
        return span     # the model's 'Serie FB' (MISC): the title is the whole
    if is_adjective(span[1].text):
        return span     # 'Gewerkschaft Deutscher Lokomotivführer': the noun is the name's
    describes = first in words.work_nouns or (
        first[:1].isupper() and first.casefold().endswith(words.descriptor_endings))
    return Span(span.doc, span.start + 1, span.end, label=span.label_) if describes else span


def without_common_noun_before_genitive(span: Span) -> Span:
    """'die Ostküste Taiwans', 'im Süden Frankreichs': a common noun before a genitive name
    is no part of it; the name is the place (GermEval 2014 labels only 'Taiwans')."""
    if len(span) != 2 or span.label_ not in (LOC, ORG):
        return span
    noun, name = span[0].text, span[1].text
    if not (name.endswith("s") and len(name) > 3 and names_something(name[:-1])
            and is_common_noun(noun)):
        return span
    return Span(span.doc, span.start + 1, span.end, label=span.label_)


def adjective_institutions(doc: Doc, words: OrganisationWords) -> list[Span]:
    """'das Deutsche Museum', 'im Deutschen Theater': after a definite article, a
    capitalised adjective before an institution noun starts the institution's name ('ein
    Großes Theater' and a headline's 'Großes Theater um Geld' do not). A town adjective,
    capitalised anyway ('das Münchner Museum'), describes; it names only with a 'für'
    complement ('das Karlsruher Institut für Technologie')."""
    found = []
    texts = token_texts(doc)
    for i in range(2, len(texts)):
        if not (texts[i][:1].isupper() and texts[i].casefold().endswith(words.institution_heads)):
            continue
        head = doc[i]
        start = head.i    # back over capitalised adjectives: 'die Königlich Schwedische …'
        while start > 1 and doc[start - 1].text[:1].isupper() and is_adjective(
                doc[start - 1].text):
            start -= 1
        if start == head.i or doc[start - 1].text not in words.articles:
            continue
        town = any(t.text.casefold().endswith("er") for t in doc[start:head.i])
        if town and not (head.i + 1 < len(doc) and doc[head.i + 1].text == "für"):
            continue
        found.append(Span(doc, start, head.i + 1, label=ORG))
    return found


@lru_cache(maxsize=4096)
def is_adjective(word: str) -> bool:
    """'Deutsche' (written lower-case, HanTa reads an attributive adjective); not a
    compound with a name ('FDP-geführte')."""
    if "-" in word:
        return False
    from graphkit.nlp.components import hanta_model

    return str(hanta_model().analyze(word.casefold())[1]).startswith("ADJ")


def with_complements(doc: Doc, spans: list[Span], words: OrganisationWords) -> list[Span]:
    """'Max-Planck-Institut für Astronomie', 'Bundesamt für Migration und Flüchtlinge': an
    institution's 'für' complement of capitalised nouns belongs to its name (a new name,
    unlinked)."""
    out = []
    for span in spans:
        end = complement_end(doc, span, words)
        if end > span.end and any(other.start < end and other.end > span.end
                                  for other in spans if other is not span):
            end = span.end      # "für Migration und Innenministerin Anna Weber": no
        out.append(span if end == span.end else Span(doc, span.start, end, label=ORG))
    return filter_spans(out)


def attributive(doc: Doc, i: int) -> bool:
    """'für politische Bildung': a lower-case adjective before a capitalised noun."""
    word = doc[i].text
    if not (word[:1].islower() and i + 1 < len(doc) and doc[i + 1].text[:1].isupper()):
        return False
    if doc.has_annotation("TAG"):
        return doc[i].tag_ == "ADJA"
    return is_adjective(word) and not is_finite_verb(word)   # 'veröffentlichte Karten'


def has_complement(span: Span, words: OrganisationWords) -> bool:
    """'Bundesamt für Migration': an institution noun and 'für' inside the span."""
    return any(token.text == "für" and token.i > span.start
               and token.nbor(-1).text.casefold().endswith(words.complement_heads)
               for token in span[:-1])


def complement_end(doc: Doc, span: Span, words: OrganisationWords) -> int:
    """The end of ``span`` with its 'für' complement ('für Luft- und Raumfahrt'), if any."""
    if span.label_ != ORG or span.end + 1 >= len(doc):
        return span.end
    if span[-1].text.casefold().endswith(words.complement_heads) and doc[span.end].text == "für":
        end, i = span.end, span.end + 1
    elif has_complement(span, words) and doc[span.end].text == "und":
        end, i = span.end, span.end     # the model's 'Bundesamt für Migration' + 'und ...'
    else:
        return span.end
    while i < len(doc):
        word = doc[i].text
        if word[:1].isupper() and word[-1:] != "-" and not doc[i].is_punct:
            end = i + 1
        elif not (word == "und" or (word[:1].isupper() and word.endswith("-"))
                  or attributive(doc, i)):
            break
        i += 1
    return end


def federal_authorities(doc: Doc, words: OrganisationWords) -> list[Span]:
    """'Bundesnetzagentur', 'Generalbundesanwaltschaft': a federal prefix and an authority
    noun in one word name that authority ('Bundesregierung', 'Bundesland' and
    'Bundestrainer' end in no authority noun). Every state has a 'Landeskriminalamt': a
    state prefix names one only with a 'für' complement ('Landesamt für Umwelt')."""
    texts = token_texts(doc)
    return [Span(doc, i, i + 1, label=ORG) for i, word in enumerate(texts)
            if word.casefold().endswith(words.federal_heads) and (
                word.startswith(words.federal_prefixes)
                or (word.startswith(words.state_prefixes) and i + 1 < len(texts)
                    and texts[i + 1] == "für"))]


def place_institutions(doc: Doc, spans: list[Span], words: OrganisationWords) -> list[Span]:
    """'Landgericht Halle', 'des Landeskriminalamts Sachsen': an institution noun and the
    proper noun or place after it (the place it serves) are one name, also where the
    gazetteer knows no such place."""
    by_start = {span.start: span for span in spans}
    taken = {t.i for s in spans for t in s}
    found = []
    for i, word in enumerate(token_texts(doc)[:-1]):
        if i in taken or not is_place_institution_noun(word, words):
            continue
        name = doc[i + 1]
        place = by_start.get(name.i)
        if place is not None and place.label_ == LOC:
            if not genitive_of_known_place(place):     # 'die Polizei Frankreichs'
                found.append(Span(doc, i, place.end, label=ORG))
        elif name.i not in taken and name.text[:1].isupper() and (
                name.tag_ == "NE" or not (doc.has_annotation("TAG")
                                          or is_common_noun(name.text))):
            found.append(Span(doc, i, name.i + 1, label=ORG))
    return found


def genitive_of_known_place(place: Span) -> bool:
    """'Frankreichs': a gazetteer place in a form that is not one of its names."""
    from graphkit.kb.gazetteer import load_gazetteer

    entry = load_gazetteer().get(place.id_) if place.id_ else None
    return entry is not None and place.text not in entry.names and place.text.endswith("s")


def is_place_institution_noun(word: str, words: OrganisationWords) -> bool:
    """'Landgericht', and its genitive 'Landgerichts' / 'Landgerichtes'."""
    nouns = words.place_institution_nouns
    return word in nouns or (word.endswith("s") and word[:-1] in nouns) or (
        word.endswith("es") and word[:-2] in nouns)


def companies(doc: Doc, spans: list[Span], words: OrganisationWords) -> list[Span]:
    """'Procter & Gamble', 'Muster Holding GmbH': names joined by an ampersand, and
    capitalised words before a legal form ('AG', 'GmbH', 'SE & Co. KG'), are one company."""
    out = list(spans)
    for i, word in enumerate(token_texts(doc)):
        if word == "&":
            bounds = ampersand_bounds(doc, i, out)
        elif word in words.legal_forms:
            bounds = legal_form_bounds(doc, i, out, words)
        else:
            continue
        if bounds is None:
            continue
        company = Span(doc, *bounds, label=ORG)
        if all(covers(company, s) for s in out if overlaps(s, company)):
            # never cut a longer name ('Muster-Werk Witten a. d. Ruhr GmbH')
            out = [s for s in out if not overlaps(s, company)] + [company]
    return filter_spans(out)


def span_at(spans: list[Span], i: int) -> Span | None:
    return next((s for s in spans if s.start <= i < s.end), None)


def name_word(token: Token) -> bool:
    """A capitalised word that may be part of a company's name (no article or verb)."""
    return token.text[:1].isupper() and token.tag_ not in ("ART", "APPRART", "KON") and not (
        token.tag_.startswith("V"))


def ampersand_bounds(doc: Doc, i: int, spans: list[Span]) -> tuple[int, int] | None:
    """'Procter & Gamble': one capitalised word (or a found organisation) either side."""
    if i == 0 or i + 1 >= len(doc):
        return None
    left, right = doc[i - 1], doc[i + 1]
    if right.text in ("Co.", "Co"):
        return None     # '& Co. KG': part of a legal form
    if not (name_word(left) and name_word(right)):
        return None
    found = [span_at(spans, left.i), span_at(spans, right.i)]
    if any(s is not None and s.label_ in (PER, "MISC") for s in found):
        return None     # 'Tom & Jerry', a title
    proper = all(t.tag_ in ("NE", "FM") for t in (left, right)) or not doc.has_annotation("TAG")
    if not (proper or any(s is not None and s.label_ == ORG for s in found)):
        return None     # 'Rock & Pop': common nouns, unless one side names a company
    start = found[0].start if found[0] is not None else left.i
    end = found[1].end if found[1] is not None else right.i + 1
    return start, end


def legal_form_bounds(doc: Doc, i: int, spans: list[Span], words: OrganisationWords
                      ) -> tuple[int, int] | None:
    """'die Muster Holding GmbH & Co. KG': the capitalised words before the legal form (and
    an '& Co.' and further forms after it)."""
    if i > 0 and (doc[i - 1].text in ("Co.", "Co") or doc[i - 1].text in words.legal_forms):
        return None     # 'KG' of '& Co. KG': part of the form found before
    start = i
    while start > 0 and name_word(doc[start - 1]) and doc[start - 1].text not in words.articles:
        start -= 1
    if start == i or doc[start].is_sent_start and start + 1 == i and not (
            doc[start].tag_ == "NE"):
        return None
    found = span_at(spans, start)
    if found is not None and found.label_ in (PER, "MISC"):
        return None
    end = i + 1
    while end + 2 < len(doc) and doc[end].text == "&" and doc[end + 1].text in ("Co.", "Co"):
        end += 2
        while end < len(doc) and doc[end].text in words.legal_forms:
            end += 1
    return start, end
