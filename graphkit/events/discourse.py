"""Times and places that a sentence takes from the text around it, by German discourse
conventions: a definite reference back to the reported occasion ("nach dem Abpfiff", "in
der Debatte") and adverbs tying an event to the one told just before ("Zugleich …",
"Anschließend …")."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace

from graphkit.events.lexicon import function_words
from graphkit.events.time import CLAUSE_MARKS, NARRATIVE_ANCHOR, paragraph_ends, paragraph_of
from graphkit.model import HAPPENED, STATEMENT, AnalysedSentence, EventMention, Timex, Token
from graphkit.temporal.tense import tense_of

_WORDS = function_words()
OCCASION_NOUNS = tuple(_WORDS["occasion_nouns"])
OCCASION_PREPOSITIONS = frozenset(_WORDS["occasion_prepositions"])
DEFINITE_ARTICLES = frozenset(_WORDS["definite_articles"])
PLUPERFECT_AUXILIARIES = frozenset(_WORDS["pluperfect_auxiliaries"])
SAME_TIME_ADVERBS = frozenset(_WORDS["same_time_adverbs"])
SAME_PLACE_ADVERBS = frozenset(_WORDS["same_place_adverbs"])
PLACE_ANAPHORS = frozenset(_WORDS["place_anaphors"])
CALENDAR_NOUNS = frozenset(_WORDS["calendar_nouns"])
# Adjectives between article and noun ("nach der zweiten Finalniederlage").
ADJECTIVE_REACH = 2
# Tokens after the verb of a V2 clause an adverb may stand at ("warnte er zugleich").
ADVERB_REACH = 3


# --- definite references to the occasion ------------------------------------------------------

def is_occasion_noun(token: Token) -> bool:
    word = token.text.lower()
    return token.text[:1].isupper() and word.endswith(OCCASION_NOUNS)


def occasion_reference(tokens: Sequence[Token], index: int, quoted: set[int]) -> bool:
    """Whether ``tokens[index]`` opens "preposition (+ definite article) (+ adjectives) +
    occasion noun", or a sentence opening "article + occasion noun", outside quotation
    marks, with no time of its own after the noun ("bei der Wahl im Juli" is another
    occasion)."""
    if index in quoted:
        return False
    # "Das Rennen gewann X": a definite occasion noun opening the sentence refers back too.
    opening = index == 0 and tokens[index].text.lower() in DEFINITE_ARTICLES
    if not opening and tokens[index].text.lower() not in OCCASION_PREPOSITIONS:
        return False
    position = index + 1
    contracted = opening or tokens[index].text.lower() in ("beim", "im")
    if not contracted:
        if position >= len(tokens) or tokens[position].text.lower() not in DEFINITE_ARTICLES:
            return False
        position += 1
    for noun in range(position, min(position + ADJECTIVE_REACH + 1, len(tokens))):
        if is_occasion_noun(tokens[noun]):
            return not any(t.text in CALENDAR_NOUNS for t in tokens[noun + 1:noun + 3])
        if tokens[noun].text[:1].isupper():
            return False
    return False


def told_before(text: str) -> bool:
    """A sentence in the Plusquamperfekt ("hatte … gesprochen") tells what came before the
    narrative's time."""
    return any(word in PLUPERFECT_AUXILIARIES for word in text.lower().split())


def occasion_paragraphs(sentences: Sequence[AnalysedSentence], text: str,
                        quoted_of: dict[int, set[int]]) -> frozenset[int]:
    """Paragraphs that refer back to the reported occasion by a definite phrase in a past
    clause: "Der Trainer kämpfte nach dem Abpfiff mit den Tränen." (``quoted_of``: the
    quoted token indices of each sentence, by its start offset.)"""
    ends = paragraph_ends(text)
    found = set()
    for analysed in sentences:
        sentence = analysed.sentence
        if told_before(sentence.text):
            continue
        tokens = analysed.tokens
        quoted = quoted_of.get(sentence.start, set())
        for index in range(len(tokens)):
            if occasion_reference(tokens, index, quoted) and tense_of(
                    sentence.text, tokens[index].start - sentence.start) == "past":
                found.add(paragraph_of(text, sentence.start, ends))
                break
    return frozenset(found)


# --- "zugleich", "anschließend" -----------------------------------------------------------------

def linking_adverb(mention: EventMention, words: frozenset[str]) -> bool:
    """The sentence opens with one of ``words`` or has it right after its verb."""
    sentence = mention.sentence
    text = sentence.text
    first = text.split(maxsplit=1)[0].lower() if text.strip() else ""
    if first in words:
        return True
    after = text[mention.trigger.end - sentence.start:].split()[:ADVERB_REACH]
    if any(word.strip(",.").lower() in words for word in after):
        return True
    # A participle or infinitive closes its clause ("X wurde anschließend … gewählt"): the
    # adverb stands in the clause before it.
    before = text[:mention.trigger.start - sentence.start]
    clause = before[max(before.rfind(mark) for mark in CLAUSE_MARKS) + 1:]
    return mention.trigger.text[:1].islower() and any(
        word.strip(",.").lower() in words for word in clause.split()[1:])


def previous_sentence(mention: EventMention, sentence_starts: Sequence[int],
                      described: frozenset[int] = frozenset()) -> int | None:
    """Start of the sentence before the mention's (``sentence_starts`` sorted), passing
    over sentences that only describe the occasion in the Präteritum (``described``: "Bester
    Werfer war X.", "Für Y war es die dritte Niederlage."): they tell no event of their own,
    and the narrative goes on across them."""
    at = bisect_left(sentence_starts, mention.sentence.start) - 1
    while at > 0 and sentence_starts[at] in described:
        at -= 1
    return sentence_starts[at] if at >= 0 else None


def previous_time(mention: EventMention, told_in: Mapping[int, Sequence[EventMention]],
                  sentence_starts: Sequence[int], scene_times: Sequence[Timex],
                  scene_starts: Sequence[int], described: frozenset[int] = frozenset()
                  ) -> tuple[Timex | None, EventMention | None]:
    """The time (and event) of the sentence just before: its last event's, or, where it
    tells no event, its own time expression ("Die Regierungschefs hatten sie Ende Juni
    nominiert. Zugleich wählten sie …"). An adverb links to what was just told, not to
    anything further back. ``told_in``: the mentions by sentence start; ``scene_times``
    sorted by start, ``scene_starts`` their starts; ``described``: see
    ``previous_sentence``."""
    start = previous_sentence(mention, sentence_starts, described)
    if start is None:
        return None, None
    told = told_in.get(start, ())
    if told:
        # A plan named inside the sentence ("sagte, China unterstütze eine Konferenz") is
        # what was said, not what was told: the sentence's last happened event counts, and
        # of a sentence of reported speech its speech act.
        happened = [m for m in told if m.status == HAPPENED]
        if not happened:
            return None, None
        speech = [m for m in happened if m.type == STATEMENT]
        last = max(speech or happened, key=lambda m: m.trigger.start)
        usable = last.time is not None and not last.time.time.on_or_before
        return (last.time if usable else None), last
    after = bisect_right(sentence_starts, start)
    end = sentence_starts[after] if after < len(sentence_starts) else mention.sentence.start
    first, last = bisect_left(scene_starts, start), bisect_left(scene_starts, end)
    return (scene_times[last - 1] if last > first else None), None


def follow_linking_adverbs(mentions: list[EventMention], sentence_starts: Sequence[int],
                           scene_times: Sequence[Timex] = (),
                           in_praeteritum: frozenset[int] = frozenset()) -> None:
    """'Xi sagte … Zugleich warnte der Präsident …': an undated event whose clause a
    same-time adverb ties to the sentence just before takes its time, and with
    'zugleich', 'gleichzeitig', 'dabei' also its event's place. (``scene_times``: time
    expressions of past clauses; ``in_praeteritum``: starts of sentences told in the
    Präteritum, see ``previous_sentence``.)"""
    told_in: dict[int, list[EventMention]] = defaultdict(list)
    for mention in mentions:
        told_in[mention.sentence.start].append(mention)
    scene_times = sorted(scene_times, key=lambda t: t.start)
    scene_starts = [t.start for t in scene_times]
    timed = {sentence_starts[bisect_right(sentence_starts, t) - 1] for t in scene_starts
             if bisect_right(sentence_starts, t)}
    described = frozenset(in_praeteritum - told_in.keys() - timed)
    for mention in mentions:
        if mention.status != HAPPENED or not linking_adverb(mention, SAME_TIME_ADVERBS):
            continue
        time, before = previous_time(mention, told_in, sentence_starts, scene_times,
                                     scene_starts, described)
        if mention.time is None and time is not None:
            mention.time = replace(time, anchor=NARRATIVE_ANCHOR)
        if mention.place is None and before is not None \
                and linking_adverb(mention, SAME_PLACE_ADVERBS):
            mention.place = before.place


# --- "dort" ---------------------------------------------------------------------------------

def follow_place_anaphors(mentions: list[EventMention], text: str) -> None:
    """'… über ein Treffen im November in Potsdam. X hatte dort gesprochen.': an event without
    a place whose sentence says "dort" happened at the place of the last event told before
    it in its paragraph, and, without a time of its own, at that event's time."""
    ends = paragraph_ends(text)
    placed = sorted((m for m in mentions if m.place is not None),
                    key=lambda m: m.trigger.start)
    starts = [m.trigger.start for m in placed]
    for mention in mentions:
        if mention.place is not None or not says_there(mention):
            continue
        # The last placed event before it, if that one is in its paragraph (paragraphs
        # are contiguous: any earlier one of the paragraph would come after it).
        last = bisect_left(starts, mention.trigger.start) - 1
        if last < 0 or paragraph_of(text, placed[last].sentence.start, ends) != \
                paragraph_of(text, mention.sentence.start, ends):
            continue
        antecedent = placed[last]
        mention.place = antecedent.place
        time = antecedent.time
        if mention.time is None and time is not None and not time.time.on_or_before:
            mention.time = replace(time, anchor=NARRATIVE_ANCHOR)


def says_there(mention: EventMention) -> bool:
    """The mention's sentence has a place anaphor outside quotation marks."""
    unquoted = re.sub(r"[„“\"»«][^„“\"»«]*[„“\"»«]", " ", mention.sentence.text)
    return any(word.strip(",.;:").lower() in PLACE_ANAPHORS for word in unquoted.split())
